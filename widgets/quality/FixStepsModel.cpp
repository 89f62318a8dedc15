// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/FixStepsModel.h"

#include "models/quality/QualityReport.h"

#include <QJsonArray>
#include <QLocale>

#include <set>

namespace valuator {
namespace {

qint64 checkCount(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& c : report.value(QStringLiteral("checks")).toArray())
        if (c.toObject().value(QStringLiteral("id")).toString() == id)
            return c.toObject().value(QStringLiteral("count")).toInteger();
    return 0;
}

QString impossibleEffect(const QJsonObject& report, const QualityReport* inMemory)
{
    const QString prefix = QStringLiteral("impossible.");
    if (inMemory) {
        std::set<qint64> rows;
        for (const QualityCheck& c : inMemory->checks)
            if (c.id.startsWith(prefix))
                rows.insert(c.rows.begin(), c.rows.end());
        return FixStepsModel::tr(
            "Removes the %n row(s) with impossible values the checks found.", nullptr, int(rows.size()));
    }
    qint64 sum = 0;
    for (const QJsonValue& c : report.value(QStringLiteral("checks")).toArray())
        if (c.toObject().value(QStringLiteral("id")).toString().startsWith(prefix))
            sum += c.toObject().value(QStringLiteral("count")).toInteger();
    return FixStepsModel::tr(
        "Removes up to %n row(s) with impossible values (a row may break several rules).", nullptr, int(sum));
}

} // namespace

FixStepsModel::FixStepsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString FixStepsModel::shortName(const CleaningStep& step)
{
    switch (step.kind) {
    case CleaningStepKind::TrimWhitespace:
        return QStringLiteral("whitespace");
    case CleaningStepKind::MergeSpelling:
        return QStringLiteral("aliases");
    case CleaningStepKind::RemoveDuplicates:
        return QStringLiteral("duplicates");
    case CleaningStepKind::DropImpossible:
        return QStringLiteral("impossible");
    case CleaningStepKind::Outliers:
        return QStringLiteral("outliers");
    }
    return {};
}

QString FixStepsModel::effect(const CleaningStep& step, const QJsonObject& report, const QualityReport* inMemory)
{
    switch (step.kind) {
    case CleaningStepKind::TrimWhitespace:
        return tr("Trims whitespace in the %n row(s) the checks found.", nullptr,
            int(checkCount(report, QStringLiteral("text.whitespace"))));
    case CleaningStepKind::MergeSpelling:
        return tr("Rewrites the %n row(s) spelled differently to the canonical names (%1 mapped spellings).", nullptr,
            int(checkCount(report, QStringLiteral("spelling.") + step.column)))
            .arg(step.map.size());
    case CleaningStepKind::RemoveDuplicates:
        return tr("Removes %n row(s): later copies of earlier rows; the first copy stays.", nullptr,
            int(checkCount(report, QStringLiteral("duplicates.exact_rows"))));
    case CleaningStepKind::DropImpossible:
        return impossibleEffect(report, inMemory);
    case CleaningStepKind::Outliers: {
        const int n = int(checkCount(report, QStringLiteral("outliers.sale_price")));
        return step.action == OutlierAction::Flag
            ? tr("Marks %n row(s) with 1 in the new column “%1”; no row is removed.", nullptr, n).arg(step.flagColumn)
            : tr("Removes %n price outlier row(s).", nullptr, n);
    }
    }
    return {};
}

void FixStepsModel::setPlan(const CleaningPlan& plan, const QStringList& effects)
{
    beginResetModel();
    m_entries.clear();
    for (qsizetype i = 0; i < plan.steps.size(); ++i)
        m_entries << Entry {plan.steps.at(i), effects.value(i), true};
    endResetModel();
    emit checkedChanged();
}

void FixStepsModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
    emit checkedChanged();
}

CleaningPlan FixStepsModel::checkedPlan() const
{
    CleaningPlan plan;
    for (const Entry& e : m_entries)
        if (e.checked)
            plan.steps << e.step;
    return plan;
}

int FixStepsModel::checkedCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [](const Entry& e) { return e.checked; }));
}

void FixStepsModel::checkOnly(const QStringList& kinds)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        m_entries[i].checked = kinds.contains(shortName(m_entries.at(i).step));
        emit dataChanged(index(int(i), Step), index(int(i), Step), {Qt::CheckStateRole});
    }
    emit checkedChanged();
}

int FixStepsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FixStepsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FixStepsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& e = m_entries.at(index.row());
    if (role == KindRole)
        return shortName(e.step);
    if (role == Qt::CheckStateRole && index.column() == Step)
        return e.checked ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() == Step ? e.step.summary() : e.effect;
    return {};
}

bool FixStepsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != Step || role != Qt::CheckStateRole || index.row() >= m_entries.size())
        return false;
    m_entries[index.row()].checked = value.toInt() == Qt::Checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags FixStepsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Step)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant FixStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Step ? tr("Fix") : section == Effect ? tr("What it will do") : QVariant();
}

} // namespace valuator
