// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/import/ImportService.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace valuator {

class ImportRejectsModel;

/// Step 3 of the Import page: what the last import did (rows read, imported, rejected, time, the dataset
/// version) and the rejected rows, which can be exported as CSV. "Open dataset" asks the main window to show
/// the new version.
class ImportResultPanel : public QWidget {
    Q_OBJECT
public:
    explicit ImportResultPanel(QWidget* parent = nullptr);

    void setResult(const ImportResult& result);
    void clear();
    bool hasResult() const { return !m_ref.isEmpty(); }
    /// "NAME@VERSION" of the imported version; empty before an import.
    QString datasetRef() const { return m_ref; }
    ImportRejectsModel* rejectsModel() const { return m_rejectsModel; }

    /// Writes the rejected rows shown (CSV: line, column, reason, raw; UTF-8 with BOM) to `path`.
    Status exportRejects(const QString& path) const;

public slots:
    /// A save dialog (non-blocking), then exportRejects().
    void chooseExportFile();

signals:
    void openDatasetRequested(const QString& ref);
    void errorOccurred(const valuator::Error& error);
    void informed(const QString& text);

private:
    QLabel* addValue(const QString& objectName);

    QString m_ref;
    QString m_sourceName;
    QLabel* m_placeholder;
    QWidget* m_summary;
    QLabel* m_dataset;
    QLabel* m_rowsRead;
    QLabel* m_imported;
    QLabel* m_rejected;
    QLabel* m_seconds;
    QLabel* m_truncated;
    ImportRejectsModel* m_rejectsModel;
    QTableView* m_rejectsView;
    QGroupBox* m_rejectsBox = nullptr;
    QPushButton* m_open;
    QPushButton* m_export;
};

} // namespace valuator
