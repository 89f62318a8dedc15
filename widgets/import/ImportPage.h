// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/import/ImportService.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;
class QTableView;

namespace valuator {

class DialectPanel;
class ImportDropZone;
class ImportPreviewModel;
class ImportResultPanel;
class ImportRunBar;
class Job;
class MappingPanel;
class MessageBanner;
class Session;

/// The Import page: pick a CSV file (drop or dialog), check and edit its dialect with a live preview, map its
/// columns to the car schema, and import it into the session's workspace as a background job with progress and
/// cancel; then the summary and the rejected rows.
///
/// Threads: previews (the file's first MiB) run on the global thread pool and imports as JobRunner jobs; both are
/// observed with QFutureWatchers parented to the page, never waited for. A preview that finishes after the user
/// changed a choice again is dropped.
class ImportPage : public QWidget {
    Q_OBJECT
public:
    explicit ImportPage(Session& session, QWidget* parent = nullptr);
    ~ImportPage() override;

    QString filePath() const { return m_filePath; }
    /// What Import would start now: file, dataset name, append, dialect overrides, mapping and acting user.
    ImportRequest currentRequest() const;
    /// Why Import is disabled (translated), or empty when it is enabled.
    QString blockingReason() const;
    bool isPreviewRunning() const { return m_previewRunning; }
    bool isImportRunning() const { return m_importRunning; }
    /// The preview shown; empty before a file is read or when reading failed.
    const std::optional<ImportPreview>& preview() const { return m_preview; }

    MessageBanner* banner() const { return m_banner; }
    QTabWidget* tabs() const { return m_tabs; }
    ImportDropZone* dropZone() const { return m_dropZone; }
    DialectPanel* dialectPanel() const { return m_dialect; }
    ImportPreviewModel* previewModel() const { return m_previewModel; }
    MappingPanel* mappingPanel() const { return m_mapping; }
    ImportRunBar* runBar() const { return m_runBar; }
    ImportResultPanel* resultPanel() const { return m_result; }

public slots:
    /// Reads `path` with auto-detected dialect and shows its preview and proposed mapping.
    void openFile(const QString& path);
    /// "Choose CSV file…": a file dialog (non-blocking), then openFile().
    void chooseFile();
    void startImport();
    void cancelImport();

signals:
    /// An import succeeded; `ref` is "NAME@VERSION". Emitted after Session::notifyContentChanged("datasets").
    void datasetImported(const QString& ref);
    /// The user pressed "Open dataset" for `ref` ("NAME@VERSION").
    void openDatasetRequested(const QString& ref);
    /// A preview (successful or not) is shown.
    void previewFinished();
    /// An import ended: succeeded, failed or cancelled.
    void importFinished();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildFileTab();
    void connectParts();
    void startPreview();
    void applyPreview(Result<ImportPreview> preview);
    void onMappingChanged();
    void updateReadiness();
    void refreshDatasetNames();
    void setEditingEnabled(bool enabled);
    void onImportFinished(const Result<ImportResult>& result);
    void showInfo(const QString& text);

    Session& m_session;
    MessageBanner* m_banner;
    QTabWidget* m_tabs;
    ImportDropZone* m_dropZone;
    DialectPanel* m_dialect;
    ImportPreviewModel* m_previewModel;
    QTableView* m_previewView;
    QLabel* m_previewStatus;
    MappingPanel* m_mapping;
    ImportResultPanel* m_result;
    ImportRunBar* m_runBar;

    QString m_filePath;
    std::optional<ImportPreview> m_preview;
    QString m_previewError;
    bool m_bannerShowsPreviewError = false;
    quint64 m_previewGeneration = 0;
    bool m_previewRunning = false;
    bool m_importRunning = false;
    QPointer<Job> m_importJob;
};

} // namespace valuator
