// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/workspace/AuditLog.h"

#include <QAbstractTableModel>

namespace valuator {

/// Read-only table of audit records (newest first) for the Overview page.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Time, Actor, Action, Target, Details, ColumnCount };

    explicit AuditLogModel(QObject* parent = nullptr);

    void setRecords(QList<AuditRecord> records);
    const AuditRecord& record(int row) const { return m_records.at(row); }
    /// Marks the row with this id as the first broken link (shown in red); -1 clears it.
    void setBrokenId(qint64 id);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditRecord> m_records;
    qint64 m_brokenId = -1;
};

} // namespace valuator
