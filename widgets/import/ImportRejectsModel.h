// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/datasets/DatasetTypes.h"

#include <QAbstractTableModel>

namespace valuator {

/// The rows (or cells) an import rejected: line, source column, reason and the raw text, in line order.
class ImportRejectsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LineColumn, ColumnColumn, ReasonColumn, RawColumn, ColumnCount };

    explicit ImportRejectsModel(QObject* parent = nullptr);

    void setRejects(QList<RejectedRow> rejects);
    const QList<RejectedRow>& rejects() const { return m_rejects; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RejectedRow> m_rejects;
};

} // namespace valuator
