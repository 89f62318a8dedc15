// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QScrollArea>

class QFormLayout;
class QGroupBox;
class QTableWidget;

namespace valuator {

struct DatasetVersionInfo;

/// The "Details" tab of the Datasets page: where a dataset version came from (source file and its SHA-256,
/// content hash, parent version), how its CSV was read (dialect), the import report (counts, time, warnings)
/// and its columns (name, canonical field, type, source column). Everything comes from DatasetVersionInfo; no
/// database access.
class VersionDetails : public QScrollArea {
    Q_OBJECT
public:
    explicit VersionDetails(QWidget* parent = nullptr);

    /// Shows `version`; `parentRef` names its parent ("sales@1"), empty when it has none.
    void setVersion(const DatasetVersionInfo& version, const QString& parentRef);
    void clear();

    /// The text shown by the value with this object name ("sourceFileValue", "rowsReadValue", ...).
    QString valueText(const QString& objectName) const;
    QTableWidget* columnsTable() const { return m_columns; }

private:
    /// Adds a selectable value. Hashes (`hash`) are read-only line edits: they show what fits, scroll, and copy
    /// whole, where a label would force the page wider than the window.
    void addRow(QFormLayout* form, const QString& label, const QString& objectName, bool hash = false);
    void setValue(const QString& objectName, const QString& text);
    void showDialect(const DatasetVersionInfo& version);
    void showReport(const DatasetVersionInfo& version);
    void showColumns(const DatasetVersionInfo& version);

    QHash<QString, QWidget*> m_values; // QLabel or, for hashes, QLineEdit
    QGroupBox* m_columnsBox;
    QTableWidget* m_columns;
};

} // namespace valuator
