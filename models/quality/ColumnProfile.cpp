// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/ColumnProfile.h"

#include "models/quality/CivilDate.h"

#include <QJsonArray>

#include <cmath>

namespace valuator {

namespace {

QJsonValue valueJson(ColumnType type, const std::optional<double>& v)
{
    if (!v || std::isnan(*v))
        return QJsonValue::Null;
    if (type == ColumnType::Date)
        return CivilDate::toQDate(int32_t(std::floor(*v + 0.5))).toString(Qt::ISODate);
    return *v;
}

QJsonArray countsJson(const QList<ValueCount>& values)
{
    QJsonArray out;
    for (const ValueCount& v : values)
        out.append(QJsonObject {{QStringLiteral("value"), v.value}, {QStringLiteral("count"), v.count}});
    return out;
}

} // namespace

QJsonObject Histogram::toJson() const
{
    QJsonArray e, c, l;
    for (double x : edges)
        e.append(x);
    for (qint64 x : counts)
        c.append(x);
    for (const QString& x : labels)
        l.append(x);
    QJsonObject o {{QStringLiteral("edges"), e}, {QStringLiteral("counts"), c}};
    if (!labels.isEmpty())
        o.insert(QStringLiteral("labels"), l);
    if (below > 0 || above > 0) {
        o.insert(QStringLiteral("below"), below);
        o.insert(QStringLiteral("above"), above);
    }
    return o;
}

QJsonObject ColumnProfile::toJson() const
{
    QJsonObject o {{QStringLiteral("name"), name}, {QStringLiteral("type"), columnTypeName(type)},
        {QStringLiteral("count"), count}, {QStringLiteral("missing"), missing},
        {QStringLiteral("missing_share"), count > 0 ? double(missing) / double(count) : 0.0},
        {QStringLiteral("sentinels"), sentinels}, {QStringLiteral("distinct"), distinct},
        {QStringLiteral("top"), countsJson(top)}};
    o.insert(QStringLiteral("min"), valueJson(type, min));
    o.insert(QStringLiteral("max"), valueJson(type, max));
    o.insert(QStringLiteral("mean"), valueJson(type, mean));
    o.insert(QStringLiteral("std"), std ? QJsonValue(*std) : QJsonValue(QJsonValue::Null));
    QJsonObject q;
    for (qsizetype i = 0; i < quantiles.size() && i < qsizetype(std::size(kProfileQuantiles)); ++i)
        q.insert(QStringLiteral("p%1").arg(std::lround(kProfileQuantiles[i] * 100)), valueJson(type, quantiles[i]));
    o.insert(QStringLiteral("quantiles"), q);
    if (!histogram.counts.isEmpty())
        o.insert(QStringLiteral("histogram"), histogram.toJson());
    if (type == ColumnType::Date && freshnessDays)
        o.insert(QStringLiteral("freshness_days"), *freshnessDays);
    if (type == ColumnType::TextList) {
        o.insert(QStringLiteral("measure"), QStringLiteral("tokens_per_row"));
        o.insert(QStringLiteral("tokens"), countsJson(tokens));
    }
    return o;
}

} // namespace valuator
