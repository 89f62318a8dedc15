// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace valuator {

class Column;
class Table;

/// A read-only, virtualised view of a Table (up to millions of rows) for QTableView.
///
/// Holds the table through a shared_ptr to const, so a worker thread may scan the same table (search, profiling)
/// while the view shows it. Nothing is precomputed per row: data() formats only the cells the view asks for
/// (Column::displayText), so a view with uniform row heights stays smooth whatever the row count.
///
/// Two mappings sit between the model and the table:
/// - columns: which table columns are shown, in which order (setColumns(); default all, in table order);
/// - rows: an optional row filter, a vector of table row indices (setRowFilter(); e.g. search hits).
/// Use tableRow()/tableColumn() to go from a model index to the table, modelColumn() for the other way.
///
/// Display: numbers right-aligned, dates ISO, lists joined with "; ", nulls an empty cell with a grey background.
/// The vertical header shows the 1-based table row number (stable under filtering). GUI thread only.
class TableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        IsNullRole = Qt::UserRole + 1, ///< bool: the cell is null
        NumberRole, ///< double: Column::number() (NaN for null and text)
        TableRowRole, ///< qint64: the table row the model row shows
    };

    explicit TableModel(QObject* parent = nullptr);
    ~TableModel() override;

    /// Shows `table` (may be null: an empty model) with all its columns and rows; clears header labels, the
    /// column selection and the row filter.
    void setTable(std::shared_ptr<const Table> table);
    const std::shared_ptr<const Table>& table() const { return m_table; }

    /// Shows only these table columns, in this order; indices out of range are dropped. Empty = all columns.
    void setColumns(std::vector<int> tableColumns);
    /// Header text per model column; a missing or empty entry falls back to defaultHeader().
    void setHeaderLabels(const QStringList& labels);

    /// Shows only these table rows, in this order (out-of-range indices are dropped). Announced as a removal
    /// of all rows and an insertion of the new ones (not a reset), so views keep their column widths.
    void setRowFilter(std::vector<int64_t> tableRows);
    /// Shows all rows again.
    void clearRowFilter();
    bool hasRowFilter() const { return m_filtered; }

    /// Table row shown at `modelRow`, or -1.
    int64_t tableRow(int modelRow) const;
    /// Table column shown at `modelColumn`, or -1.
    int tableColumn(int modelColumn) const;
    /// Model column showing table column `tableColumn`, or -1 when it is not shown.
    int modelColumn(int tableColumn) const;
    /// Number of table rows (independent of the filter).
    int64_t tableRowCount() const;

    /// The field's display name (CarSchema::displayName) when the column is named after a canonical field,
    /// "Source line" for the import's line-number column, else the column's own name.
    static QString defaultHeader(const Column& column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    const Column* columnAt(int modelColumn) const;
    /// Leaves the model filtered with no rows, announcing the removal; the caller then inserts the new rows.
    void removeAllRows();

    std::shared_ptr<const Table> m_table;
    std::vector<int> m_columns; // model column -> table column
    std::vector<int64_t> m_rows; // model row -> table row, when m_filtered
    bool m_filtered = false;
    QStringList m_labels;
};

} // namespace valuator
