// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/CleaningStep.h"

#include <QJsonArray>

namespace valuator {

namespace {

constexpr CleaningStepKind kKinds[] = {CleaningStepKind::TrimWhitespace, CleaningStepKind::MergeSpelling,
    CleaningStepKind::RemoveDuplicates, CleaningStepKind::DropImpossible, CleaningStepKind::Outliers};

QJsonArray stringsJson(const QStringList& list)
{
    QJsonArray out;
    for (const QString& s : list)
        out.append(s);
    return out;
}

Result<QStringList> stringsFrom(const QJsonValue& v)
{
    QStringList out;
    if (v.isUndefined())
        return out;
    if (!v.isArray())
        return fail(ErrorCode::Parse, {}, QStringLiteral("columns is not an array"));
    for (const QJsonValue& s : v.toArray()) {
        if (!s.isString())
            return fail(ErrorCode::Parse, {}, QStringLiteral("columns holds a non-string"));
        out << s.toString();
    }
    return out;
}

} // namespace

CleaningStep CleaningStep::trimWhitespace(const QStringList& columns)
{
    CleaningStep s;
    s.kind = CleaningStepKind::TrimWhitespace;
    s.columns = columns;
    return s;
}

CleaningStep CleaningStep::mergeSpelling(
    const QString& column, const QString& scopeColumn, const QList<SpellingMapEntry>& map)
{
    CleaningStep s;
    s.kind = CleaningStepKind::MergeSpelling;
    s.column = column;
    s.scopeColumn = scopeColumn;
    s.map = map;
    return s;
}

CleaningStep CleaningStep::removeDuplicates(const QStringList& columns)
{
    CleaningStep s;
    s.kind = CleaningStepKind::RemoveDuplicates;
    s.columns = columns;
    return s;
}

CleaningStep CleaningStep::dropImpossible(const ImpossibleRules& rules)
{
    CleaningStep s;
    s.kind = CleaningStepKind::DropImpossible;
    s.rules = rules;
    return s;
}

CleaningStep CleaningStep::outliers(OutlierAction action, const PriceOutlierModel& model)
{
    CleaningStep s;
    s.kind = CleaningStepKind::Outliers;
    s.action = action;
    s.outlierModel = model;
    return s;
}

QString CleaningStep::kindName(CleaningStepKind kind)
{
    switch (kind) {
    case CleaningStepKind::TrimWhitespace:
        return QStringLiteral("trim_whitespace");
    case CleaningStepKind::MergeSpelling:
        return QStringLiteral("merge_spelling");
    case CleaningStepKind::RemoveDuplicates:
        return QStringLiteral("remove_duplicates");
    case CleaningStepKind::DropImpossible:
        return QStringLiteral("drop_impossible");
    case CleaningStepKind::Outliers:
        return QStringLiteral("outliers");
    }
    return {};
}

QString CleaningStep::summary() const
{
    switch (kind) {
    case CleaningStepKind::TrimWhitespace:
        return tr("Trim whitespace in text");
    case CleaningStepKind::MergeSpelling:
        return tr("Merge %n spelling variant(s) of %1", nullptr, int(map.size())).arg(column);
    case CleaningStepKind::RemoveDuplicates:
        return tr("Remove exact duplicate rows");
    case CleaningStepKind::DropImpossible:
        return tr("Drop rows with impossible values");
    case CleaningStepKind::Outliers:
        return action == OutlierAction::Flag ? tr("Flag price outliers in column %1").arg(flagColumn)
                                             : tr("Drop price outliers");
    }
    return {};
}

QJsonObject CleaningStep::toJson() const
{
    QJsonObject o {{QStringLiteral("kind"), kindName(kind)}};
    switch (kind) {
    case CleaningStepKind::TrimWhitespace:
    case CleaningStepKind::RemoveDuplicates:
        o.insert(QStringLiteral("columns"), stringsJson(columns));
        break;
    case CleaningStepKind::MergeSpelling: {
        QJsonArray entries;
        for (const SpellingMapEntry& e : map) {
            QJsonObject entry {{QStringLiteral("from"), e.from}, {QStringLiteral("to"), e.to}};
            if (!e.scope.isEmpty())
                entry.insert(QStringLiteral("scope"), e.scope);
            entries.append(entry);
        }
        o.insert(QStringLiteral("column"), column);
        if (!scopeColumn.isEmpty())
            o.insert(QStringLiteral("scope_column"), scopeColumn);
        o.insert(QStringLiteral("match_keys"), matchKeys);
        o.insert(QStringLiteral("map"), entries);
        break;
    }
    case CleaningStepKind::DropImpossible:
        o.insert(QStringLiteral("rules"), rules.toJson());
        break;
    case CleaningStepKind::Outliers:
        o.insert(
            QStringLiteral("action"), action == OutlierAction::Flag ? QStringLiteral("flag") : QStringLiteral("drop"));
        o.insert(QStringLiteral("flag_column"), flagColumn);
        o.insert(QStringLiteral("model"), outlierModel.toJson()); // unfitted: options only, fitted on apply
        break;
    }
    return o;
}

Result<CleaningStep> CleaningStep::fromJson(const QJsonObject& json)
{
    auto bad = [](const QString& detail) {
        return fail(ErrorCode::Parse, tr("The cleaning plan has an invalid step."), detail);
    };
    CleaningStep s;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    const auto* k
        = std::find_if(std::begin(kKinds), std::end(kKinds), [&](CleaningStepKind c) { return kindName(c) == kind; });
    if (k == std::end(kKinds))
        return bad(QStringLiteral("unknown step kind '%1'").arg(kind));
    s.kind = *k;
    auto columns = stringsFrom(json.value(QStringLiteral("columns")));
    if (!columns)
        return bad(columns.error().detail);
    s.columns = *columns;
    switch (s.kind) {
    case CleaningStepKind::TrimWhitespace:
    case CleaningStepKind::RemoveDuplicates:
        break;
    case CleaningStepKind::MergeSpelling:
        s.column = json.value(QStringLiteral("column")).toString();
        s.scopeColumn = json.value(QStringLiteral("scope_column")).toString();
        s.matchKeys = json.value(QStringLiteral("match_keys")).toBool(true);
        if (s.column.isEmpty())
            return bad(QStringLiteral("merge_spelling without column"));
        for (const QJsonValue& v : json.value(QStringLiteral("map")).toArray()) {
            const QJsonObject e = v.toObject();
            if (!e.value(QStringLiteral("from")).isString() || !e.value(QStringLiteral("to")).isString())
                return bad(QStringLiteral("merge_spelling map entry without from/to"));
            s.map.append({e.value(QStringLiteral("scope")).toString(), e.value(QStringLiteral("from")).toString(),
                e.value(QStringLiteral("to")).toString()});
        }
        break;
    case CleaningStepKind::DropImpossible: {
        auto rules = ImpossibleRules::fromJson(json.value(QStringLiteral("rules")).toObject());
        if (!rules)
            return fail(rules.error());
        s.rules = *rules;
        break;
    }
    case CleaningStepKind::Outliers: {
        const QString action = json.value(QStringLiteral("action")).toString(QStringLiteral("flag"));
        if (action != QStringLiteral("flag") && action != QStringLiteral("drop"))
            return bad(QStringLiteral("outliers action '%1'").arg(action));
        s.action = action == QStringLiteral("flag") ? OutlierAction::Flag : OutlierAction::Drop;
        s.flagColumn = json.value(QStringLiteral("flag_column")).toString(QStringLiteral("outlier"));
        auto model = PriceOutlierModel::fromJson(json.value(QStringLiteral("model")).toObject());
        if (!model)
            return fail(model.error());
        s.outlierModel = *model;
        break;
    }
    }
    return s;
}

} // namespace valuator
