// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace valuator {

class MessageBanner;
class RejectsModel;
class Session;

/// The "Rejected rows" tab of the Datasets page: the source rows the import of one version could not take,
/// loaded kPageSize at a time from the GUI thread's connection (one short indexed query per page), and exported
/// as CSV (all of them) by a background job with its own connection.
class RejectsTab : public QWidget {
    Q_OBJECT
public:
    static constexpr qint64 kPageSize = 1000;

    /// `banner` (not owned) shows errors and the export outcome.
    RejectsTab(Session& session, MessageBanner* banner, QWidget* parent = nullptr);

    /// Shows the rejects of dataset_versions.id `versionId` ("sales@2" = `ref`, for the export's file name):
    /// counts them and loads the first page.
    void setVersion(qint64 versionId, const QString& ref);
    void clear();

    RejectsModel* model() const { return m_model; }
    qint64 totalCount() const { return m_total; }
    QPushButton* loadMoreButton() const { return m_loadMore; }
    QPushButton* exportButton() const { return m_export; }

public slots:
    /// Appends the next page.
    void loadMore();
    /// Asks for a file name (a non-blocking save dialog), then exportTo().
    void chooseExportFile();
    /// Writes every reject of the version to `path` as CSV in a background job; the banner reports the outcome.
    void exportTo(const QString& path);

signals:
    /// The number of rejects of the shown version (0 after clear()).
    void countChanged(qint64 total);
    void exportFinished(bool ok);

private:
    void updateControls();

    Session& m_session;
    MessageBanner* m_banner;
    RejectsModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_loadMore;
    QPushButton* m_export;
    qint64 m_versionId = 0;
    QString m_ref;
    qint64 m_total = 0;
    bool m_exporting = false;
};

} // namespace valuator
