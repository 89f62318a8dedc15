// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/datasets/DatasetTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace valuator {

/// Rejected source rows of one dataset version (line, column, reason, raw value), filled page by page with
/// appendRows(). Read-only. GUI thread only.
class RejectsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, SourceColumn, Reason, Raw, ColumnCount };

    explicit RejectsModel(QObject* parent = nullptr);

    void clear();
    /// Appends one page of rows at the end (rows are expected in line order).
    void appendRows(const QList<RejectedRow>& rows);
    const QList<RejectedRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RejectedRow> m_rows;
};

} // namespace valuator
