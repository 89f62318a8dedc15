// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/schema/ColumnMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace valuator {
namespace {

const QString kFormat = QStringLiteral("car-valuator-mapping");
constexpr int kVersion = 1;

QString prefixed(const QString& origin, const QString& message)
{
    return origin.isEmpty() ? message : QStringLiteral("%1: %2").arg(origin, message);
}

// 1-based line and column of byte `offset` in `text`.
std::pair<int, int> lineColumn(const QByteArray& text, qsizetype offset)
{
    int line = 1, column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

void ColumnMapping::mapColumn(CarField field, const QString& header)
{
    m_sources[size_t(field)] = FieldSource {FieldSource::Kind::Column, header, {}, {}};
}

std::optional<CarField> ColumnMapping::fieldForColumn(const QString& header) const
{
    for (size_t i = 0; i < m_sources.size(); ++i)
        if (m_sources[i].kind == FieldSource::Kind::Column && m_sources[i].column == header)
            return CarField(i);
    return std::nullopt;
}

QStringList ColumnMapping::extraColumns(const QStringList& headers) const
{
    QSet<QString> used;
    for (const FieldSource& s : m_sources) {
        if (s.kind == FieldSource::Kind::Column)
            used.insert(s.column);
        else if (s.kind == FieldSource::Kind::Indicators)
            for (const QString& c : s.indicators)
                used.insert(c);
    }
    QStringList extras;
    for (const QString& h : headers)
        if (!used.contains(h))
            extras << h;
    return extras;
}

QList<CarField> ColumnMapping::missingRequired() const
{
    QList<CarField> missing;
    for (const FieldDef& def : CarSchema::fields())
        if (def.required && !source(def.field).isMapped())
            missing << def.field;
    return missing;
}

Status ColumnMapping::validate(const QStringList& headers) const
{
    for (const FieldDef& def : CarSchema::fields()) {
        const FieldSource& s = source(def.field);
        const QString key = QLatin1String(def.key);
        if (s.kind == FieldSource::Kind::Column && !headers.contains(s.column))
            return fail(ErrorCode::InvalidArgument,
                tr("The mapping maps field '%1' to column '%2', which the file does not have.").arg(key, s.column));
        if (s.kind == FieldSource::Kind::Indicators) {
            if (s.indicators.isEmpty())
                return fail(
                    ErrorCode::InvalidArgument, tr("Field '%1' has an empty list of indicator columns.").arg(key));
            for (const QString& c : s.indicators)
                if (!headers.contains(c))
                    return fail(ErrorCode::InvalidArgument,
                        tr("Indicator column '%1' for field '%2' is not in the file.").arg(c, key));
        }
    }
    const QList<CarField> missing = missingRequired();
    if (!missing.isEmpty()) {
        QStringList keys;
        for (CarField f : missing)
            keys << QLatin1String(CarSchema::field(f).key);
        const QString names = keys.join(QStringLiteral("', '"));
        return fail(ErrorCode::InvalidArgument,
            keys.size() == 1 ? tr("Required field '%1' is not mapped: map a column to it, or give a constant "
                                  "or indicator columns in the mapping.")
                                   .arg(names)
                             : tr("Required fields '%1' are not mapped: map columns to them, or give "
                                  "constants or indicator columns in the mapping.")
                                   .arg(names));
    }
    return {};
}

ColumnMapping ColumnMapping::autoMap(const QStringList& headers)
{
    ColumnMapping mapping;
    for (const QString& header : headers) {
        const FieldDef* def = CarSchema::matchHeader(header);
        if (def && !mapping.source(def->field).isMapped())
            mapping.mapColumn(def->field, header);
    }
    return mapping;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject fields;
    for (const FieldDef& def : CarSchema::fields()) {
        const FieldSource& s = source(def.field);
        switch (s.kind) {
        case FieldSource::Kind::None:
            break;
        case FieldSource::Kind::Column:
            fields.insert(QLatin1String(def.key), QJsonObject {{QStringLiteral("column"), s.column}});
            break;
        case FieldSource::Kind::Constant:
            fields.insert(QLatin1String(def.key), QJsonObject {{QStringLiteral("constant"), s.constant}});
            break;
        case FieldSource::Kind::Indicators:
            fields.insert(QLatin1String(def.key),
                QJsonObject {{QStringLiteral("indicators"), QJsonArray::fromStringList(s.indicators)}});
            break;
        }
    }
    return {
        {QStringLiteral("format"), kFormat}, {QStringLiteral("version"), kVersion}, {QStringLiteral("fields"), fields}};
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject& json, const QString& origin)
{
    if (json.value(QStringLiteral("format")).toString() != kFormat)
        return fail(
            ErrorCode::Parse, prefixed(origin, tr("not a column mapping (expected \"format\": \"%1\").").arg(kFormat)));
    if (json.value(QStringLiteral("version")).toInt() > kVersion)
        return fail(ErrorCode::Unsupported,
            prefixed(origin,
                tr("mapping version %1 is newer than this build "
                   "understands (%2).")
                    .arg(json.value(QStringLiteral("version")).toInt())
                    .arg(kVersion)));
    ColumnMapping mapping;
    const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const FieldDef* def = CarSchema::byKey(it.key());
        if (!def)
            return fail(ErrorCode::Parse, prefixed(origin, tr("unknown field '%1' in \"fields\".").arg(it.key())));
        const QJsonObject spec = it.value().toObject();
        FieldSource s;
        if (spec.contains(QStringLiteral("column"))) {
            s.kind = FieldSource::Kind::Column;
            s.column = spec.value(QStringLiteral("column")).toString();
        } else if (spec.contains(QStringLiteral("constant"))) {
            s.kind = FieldSource::Kind::Constant;
            const QJsonValue v = spec.value(QStringLiteral("constant"));
            s.constant = v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toString();
        } else if (spec.contains(QStringLiteral("indicators"))) {
            s.kind = FieldSource::Kind::Indicators;
            for (const QJsonValue& v : spec.value(QStringLiteral("indicators")).toArray())
                s.indicators << v.toString();
        }
        const bool empty = (s.kind == FieldSource::Kind::Column && s.column.isEmpty())
            || (s.kind == FieldSource::Kind::Constant && s.constant.isEmpty()) || s.kind == FieldSource::Kind::None;
        if (empty)
            return fail(ErrorCode::Parse,
                prefixed(origin,
                    tr("field '%1' needs a non-empty \"column\", \"constant\" "
                       "or \"indicators\".")
                        .arg(it.key())));
        mapping.setSource(def->field, s);
    }
    return mapping;
}

Result<ColumnMapping> ColumnMapping::fromJsonText(const QByteArray& text, const QString& origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(text, error.offset);
        return fail(ErrorCode::Parse,
            prefixed(origin, tr("line %1, column %2: %3").arg(line).arg(column).arg(error.errorString())));
    }
    if (!doc.isObject())
        return fail(ErrorCode::Parse, prefixed(origin, tr("line 1, column 1: expected a JSON object.")));
    return fromJson(doc.object(), origin);
}

} // namespace valuator
