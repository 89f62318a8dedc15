// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/DriftFeatureModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <cmath>

namespace valuator {
namespace {

QString share(double value)
{
    return std::isnan(value) ? QStringLiteral("–") : QLocale().toString(value * 100.0, 'f', 2) + QStringLiteral(" %");
}

} // namespace

DriftFeatureModel::DriftFeatureModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DriftFeatureModel::setReport(const DriftReport& report)
{
    beginResetModel();
    m_features = report.features;
    endResetModel();
}

void DriftFeatureModel::clear()
{
    beginResetModel();
    m_features.clear();
    endResetModel();
}

const FeatureDrift* DriftFeatureModel::featureAt(int row) const
{
    return row >= 0 && row < m_features.size() ? &m_features.at(row) : nullptr;
}

int DriftFeatureModel::rowOf(const QString& name) const
{
    for (qsizetype i = 0; i < m_features.size(); ++i)
        if (m_features.at(i).name == name)
            return int(i);
    return -1;
}

QString DriftFeatureModel::statusText(DriftStatus status)
{
    switch (status) {
    case DriftStatus::Ok:
        return tr("OK");
    case DriftStatus::Warn:
        return tr("Warn");
    case DriftStatus::Alert:
        return tr("Alert");
    }
    return {};
}

int DriftFeatureModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_features.size());
}

int DriftFeatureModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriftFeatureModel::data(const QModelIndex& index, int role) const
{
    const FeatureDrift* f = index.isValid() ? featureAt(index.row()) : nullptr;
    if (!f)
        return {};
    if (role == NameRole)
        return f->name;
    if (role == Qt::TextAlignmentRole && index.column() >= Psi && index.column() <= Missing)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status)
        return QBrush(f->status == DriftStatus::Alert ? QColor(0xc5, 0x22, 0x1f)
                : f->status == DriftStatus::Warn      ? QColor(0xb0, 0x60, 0x00)
                                                      : QColor(0x1e, 0x8e, 0x3e));
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Feature:
        return f->name;
    case Kind:
        return f->kind == DriftFeatureKind::Numeric ? tr("numeric") : tr("categorical");
    case Psi:
        return locale.toString(f->psi, 'f', 4);
    case Ks:
        return std::isnan(f->ks) ? QStringLiteral("–") : locale.toString(f->ks, 'f', 4);
    case Unseen:
        return share(f->unseenShare);
    case Missing:
        return tr("%1 → %2").arg(share(f->referenceMissingShare), share(f->currentMissingShare));
    case Status:
        return statusText(f->status);
    default:
        return {};
    }
}

QVariant DriftFeatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Feature:
        return tr("Feature");
    case Kind:
        return tr("Kind");
    case Psi:
        return tr("PSI");
    case Ks:
        return tr("KS D");
    case Unseen:
        return tr("Unseen share");
    case Missing:
        return tr("Missing (ref → cur)");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace valuator
