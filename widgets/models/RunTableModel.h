// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/training/RunRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace valuator {

/// The leaderboard's rows: one stored training run each (RunStore::list), with its pooled out-of-fold metrics.
/// Display texts are formatted (EUR, %, seconds); Qt::UserRole gives the raw value for sorting (numbers sort as
/// numbers) and kIdRole the run id in every column.
class RunTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Learner,
        Dataset,
        Mae,
        Rmse,
        Mape,
        MedianApe,
        R2,
        Within10,
        Seconds,
        Created,
        Tags,
        ColumnCount
    };
    static constexpr int kIdRole = Qt::UserRole + 1;

    explicit RunTableModel(QObject* parent = nullptr);

    void setRuns(const QList<RunRecord>& runs);
    const QList<RunRecord>& runs() const { return m_runs; }
    /// The run with `id`, or nullptr.
    const RunRecord* runById(qint64 id) const;
    /// The source row of run `id`, -1 when absent.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const RunRecord& run, int column) const;
    static QVariant sortValue(const RunRecord& run, int column);

    QList<RunRecord> m_runs;
};

} // namespace valuator
