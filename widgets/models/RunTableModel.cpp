// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/RunTableModel.h"

#include <QDateTime>
#include <QLocale>

namespace valuator {

RunTableModel::RunTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RunTableModel::setRuns(const QList<RunRecord>& runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const RunRecord* RunTableModel::runById(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_runs.at(row) : nullptr;
}

int RunTableModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_runs.size(); ++i)
        if (m_runs.at(i).id == id)
            return int(i);
    return -1;
}

int RunTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord& run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(run, index.column());
    case Qt::UserRole:
        return sortValue(run, index.column());
    case kIdRole:
        return run.id;
    case Qt::TextAlignmentRole:
        return index.column() >= Mae && index.column() <= Seconds ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!run.gateOverride.isEmpty())
            return tr("Trained despite a failed quality gate: %1").arg(run.gateOverride);
        return tr("%1 out-of-fold predictions").arg(QLocale().toString(run.metrics.count));
    default:
        return {};
    }
}

QVariant RunTableModel::displayText(const RunRecord& run, int column) const
{
    const QLocale locale;
    const Metrics& m = run.metrics;
    switch (column) {
    case Name:
        return run.name;
    case Learner:
        return run.learner;
    case Dataset:
        return run.datasetRef;
    case Mae:
        return tr("%1 EUR").arg(locale.toString(m.mae, 'f', 0));
    case Rmse:
        return tr("%1 EUR").arg(locale.toString(m.rmse, 'f', 0));
    case Mape:
        return tr("%1 %").arg(locale.toString(m.mape * 100, 'f', 1));
    case MedianApe:
        return tr("%1 %").arg(locale.toString(m.medianApe * 100, 'f', 1));
    case R2:
        return locale.toString(m.r2, 'f', 3);
    case Within10:
        return tr("%1 %").arg(locale.toString(m.within10 * 100, 'f', 1));
    case Seconds:
        return tr("%1 s").arg(locale.toString(run.seconds, 'f', 1));
    case Created:
        return locale.toString(
            QDateTime::fromString(run.createdAt, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
    case Tags:
        return run.tags.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant RunTableModel::sortValue(const RunRecord& run, int column)
{
    const Metrics& m = run.metrics;
    switch (column) {
    case Mae:
        return m.mae;
    case Rmse:
        return m.rmse;
    case Mape:
        return m.mape;
    case MedianApe:
        return m.medianApe;
    case R2:
        return m.r2;
    case Within10:
        return m.within10;
    case Seconds:
        return run.seconds;
    case Created:
        return run.createdAt; // ISO 8601 in UTC sorts as text
    case Name:
        return run.name.toLower();
    case Learner:
        return run.learner;
    case Dataset:
        return run.datasetRef;
    case Tags:
        return run.tags.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Learner:
        return tr("Learner");
    case Dataset:
        return tr("Dataset");
    case Mae:
        return tr("MAE");
    case Rmse:
        return tr("RMSE");
    case Mape:
        return tr("MAPE");
    case MedianApe:
        return tr("Median APE");
    case R2:
        return tr("R²");
    case Within10:
        return tr("Within ±10 %");
    case Seconds:
        return tr("Seconds");
    case Created:
        return tr("Created");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}

} // namespace valuator
