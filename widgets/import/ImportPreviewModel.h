// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/csv/CsvSniffResult.h"
#include "models/schema/ColumnMapping.h"
#include "models/typing/MissingValues.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace valuator {

/// The first data rows of the file being imported, as the current dialect reads them. Column headers say where
/// each source column goes ("Kilometerstand → mileage_km"); missing values (empty, NA, -, …) are greyed. The
/// vertical header shows each row's line in the file.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kMaxRows = 100;

    explicit ImportPreviewModel(QObject* parent = nullptr);

    /// Shows the first kMaxRows of `rows` under `headers`.
    void setRows(
        const QStringList& headers, const std::vector<CsvSniffResult::Record>& rows, const MissingValues& missing = {});
    /// Updates the header labels to `mapping` (no reset).
    void setMapping(const ColumnMapping& mapping);
    void clear();

    QStringList headers() const { return m_headers; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        qint64 line = 0;
        QStringList cells;
        QList<bool> missing;
        QString problem;
    };
    QString targetOf(int column) const;

    QStringList m_headers;
    QList<Row> m_rows;
    ColumnMapping m_mapping;
};

} // namespace valuator
