// SPDX-License-Identifier: GPL-3.0-or-later
// CarExplainer::carTable: one car as JSON -> a 1-row Table with the canonical columns.
#include "models/explain/CarExplainer.h"
#include "models/quality/CivilDate.h"
#include "models/schema/CarSchema.h"
#include "models/typing/ListTokens.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <optional>

namespace valuator {

namespace {

ColumnType columnTypeOf(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return ColumnType::Int64;
    case FieldType::Decimal:
        return ColumnType::Float64;
    case FieldType::Date:
        return ColumnType::Date;
    case FieldType::TextList:
        return ColumnType::TextList;
    case FieldType::Text:
    case FieldType::Category:
        break;
    }
    return ColumnType::Text;
}

QString shown(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.isArray() ? QStringLiteral("[...]") : QStringLiteral("{...}");
}

std::optional<double> numberOf(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble();
    if (!v.isString())
        return std::nullopt;
    bool ok = false;
    const double d = QLocale::c().toDouble(v.toString().trimmed(), &ok);
    return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

std::optional<int32_t> dateOf(const QJsonValue& v)
{
    const QDate d = QDate::fromString(v.toString().trimmed(), Qt::ISODate);
    if (!v.isString() || !d.isValid())
        return std::nullopt;
    return CivilDate::fromQDate(d, Column::kNullDate);
}

/// Appends `v` (not null) to `column`; false when it has the wrong type.
bool appendValue(Column& column, const QJsonValue& v)
{
    switch (column.type()) {
    case ColumnType::Int64:
    case ColumnType::Float64: {
        const auto n = numberOf(v);
        if (!n)
            return false;
        if (column.type() == ColumnType::Int64)
            column.appendInt(int64_t(std::llround(*n)));
        else
            column.appendDouble(*n);
        return true;
    }
    case ColumnType::Date: {
        const auto d = dateOf(v);
        if (d)
            column.appendDate(*d);
        return d.has_value();
    }
    case ColumnType::TextList: {
        QStringList tokens;
        if (v.isArray()) {
            for (const QJsonValue& t : v.toArray()) {
                if (!t.isString())
                    return false;
                tokens << t.toString();
            }
        } else if (v.isString()) {
            std::vector<std::string_view> parts;
            const std::string text = v.toString().toStdString();
            ListTokens::split(text, parts);
            for (std::string_view p : parts)
                tokens << QString::fromUtf8(p.data(), qsizetype(p.size()));
        } else
            return false;
        for (const QString& t : tokens)
            if (!t.trimmed().isEmpty())
                column.appendListToken(t.trimmed().toStdString());
        column.endListRow();
        return true;
    }
    case ColumnType::Text:
        if (!v.isString() && !v.isDouble())
            return false;
        column.appendText(shown(v).trimmed().toStdString());
        return true;
    }
    return false;
}

} // namespace

Result<Table> CarExplainer::carTable(const QJsonObject& car, const QDate& valuationDate)
{
    Table table;
    for (const FieldDef& def : CarSchema::fields()) {
        if (def.personal)
            continue; // the plate is personal data and never a feature: not even read
        const QString key = QLatin1String(def.key);
        Column column(key, columnTypeOf(def.type));
        QJsonValue v = car.value(key);
        if ((v.isNull() || v.isUndefined()) && def.field == CarField::SaleDate)
            v = (valuationDate.isValid() ? valuationDate : QDate::currentDate()).toString(Qt::ISODate);
        if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty()))
            column.appendNull();
        else if (!appendValue(column, v))
            return fail(ErrorCode::InvalidArgument,
                tr("The car's \"%1\" has an unusable value: %2 (expected %3).")
                    .arg(key, shown(v), CarSchema::typeName(def.type)),
                QStringLiteral("field %1").arg(key));
        table.addColumn(std::move(column));
    }
    return table;
}

} // namespace valuator
