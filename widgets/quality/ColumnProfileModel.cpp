// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/ColumnProfileModel.h"

#include "models/schema/CarSchema.h"

#include <QLocale>

#include <cmath>

namespace valuator {
namespace {

const char* const kQuantileKeys[] = {"p1", "p5", "p25", "p50", "p75", "p95", "p99"};

QString number(const QJsonValue& v)
{
    if (v.isString())
        return v.toString(); // dates are ISO strings
    if (!v.isDouble())
        return {};
    const double x = v.toDouble();
    const QLocale locale;
    if (std::abs(x - std::round(x)) < 1e-9 && std::abs(x) < 1e15)
        return locale.toString(qint64(std::llround(x)));
    return locale.toString(x, 'f', std::abs(x) >= 100 ? 1 : 3);
}

QString typeText(const QString& type)
{
    if (type == QLatin1String("decimal"))
        return ColumnProfileModel::tr("decimal");
    if (type == QLatin1String("integer"))
        return ColumnProfileModel::tr("integer");
    if (type == QLatin1String("date"))
        return ColumnProfileModel::tr("date");
    if (type == QLatin1String("list"))
        return ColumnProfileModel::tr("list");
    return ColumnProfileModel::tr("text");
}

} // namespace

ColumnProfileModel::ColumnProfileModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ColumnProfileModel::setReport(const QJsonObject& report)
{
    beginResetModel();
    m_columns = report.value(QStringLiteral("columns")).toArray();
    endResetModel();
}

void ColumnProfileModel::clear()
{
    beginResetModel();
    m_columns = {};
    endResetModel();
}

QJsonObject ColumnProfileModel::columnAt(int row) const
{
    return row >= 0 && row < m_columns.size() ? m_columns.at(row).toObject() : QJsonObject();
}

int ColumnProfileModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).toObject().value(QStringLiteral("name")).toString() == name)
            return i;
    return -1;
}

int ColumnProfileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int ColumnProfileModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ColumnProfileModel::cell(const QJsonObject& c, int section) const
{
    const QLocale locale;
    switch (section) {
    case Name: {
        const QString name = c.value(QStringLiteral("name")).toString();
        const FieldDef* def = CarSchema::byKey(name);
        return def ? tr("%1 (%2)").arg(CarSchema::displayName(def->field), name) : name;
    }
    case Type:
        return typeText(c.value(QStringLiteral("type")).toString());
    case Missing:
        return locale.toString(c.value(QStringLiteral("missing_share")).toDouble() * 100.0, 'f', 2)
            + QStringLiteral(" %");
    case Distinct:
        return locale.toString(c.value(QStringLiteral("distinct")).toInteger());
    case Min:
        return number(c.value(QStringLiteral("min")));
    case Max:
        return number(c.value(QStringLiteral("max")));
    case Mean:
        return number(c.value(QStringLiteral("mean")));
    case Std:
        return number(c.value(QStringLiteral("std")));
    default:
        return number(
            c.value(QStringLiteral("quantiles")).toObject().value(QLatin1String(kQuantileKeys[section - P1])));
    }
}

QVariant ColumnProfileModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_columns.size())
        return {};
    const QJsonObject c = m_columns.at(index.row()).toObject();
    if (role == NameRole)
        return c.value(QStringLiteral("name")).toString();
    if (role == Qt::TextAlignmentRole && index.column() >= Missing)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Missing)
        return tr("%1 of %2 rows missing (%3 of them placeholder texts such as n/a)")
            .arg(QLocale().toString(c.value(QStringLiteral("missing")).toInteger()),
                QLocale().toString(c.value(QStringLiteral("count")).toInteger()),
                QLocale().toString(c.value(QStringLiteral("sentinels")).toInteger()));
    if (role != Qt::DisplayRole)
        return {};
    return cell(c, index.column());
}

QVariant ColumnProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Column");
    case Type:
        return tr("Type");
    case Missing:
        return tr("Missing");
    case Distinct:
        return tr("Distinct");
    case Min:
        return tr("Min");
    case Max:
        return tr("Max");
    case Mean:
        return tr("Mean");
    case Std:
        return tr("Std dev");
    case P1:
    case P5:
    case P25:
    case P50:
    case P75:
    case P95:
    case P99:
        return tr("p%1").arg(QLatin1String(kQuantileKeys[section - P1]).mid(1));
    default:
        return {};
    }
}

} // namespace valuator
