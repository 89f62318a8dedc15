// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/CleanerSteps.h"

#include "models/importing/ImportTypes.h"
#include "models/quality/Cleaner.h"
#include "models/quality/NameKeys.h"
#include "models/quality/TableRows.h"
#include "models/typing/ListTokens.h"

#include <QHash>

#include <unordered_map>

namespace valuator {

namespace {

/// Rewrites a Text or TextList column through `newCode` (old code -> new code, -1 = drop the value/token);
/// marks changed rows.
void remapColumn(Column& column, const std::vector<int32_t>& newCode, std::vector<uint8_t>& changed)
{
    if (column.type() == ColumnType::Text) {
        for (size_t r = 0; r < column.codes().size(); ++r) {
            int32_t& code = column.codes()[r];
            if (code >= 0 && newCode[size_t(code)] != code) {
                code = newCode[size_t(code)];
                changed[r] = 1;
            }
        }
        return;
    }
    std::vector<int32_t> codes;
    std::vector<uint32_t> offsets {0};
    codes.reserve(column.codes().size());
    offsets.reserve(column.offsets().size());
    for (size_t r = 0; r + 1 < column.offsets().size(); ++r) {
        for (uint32_t i = column.offsets()[r]; i < column.offsets()[r + 1]; ++i) {
            const int32_t old = column.codes()[i];
            const int32_t now = newCode[size_t(old)];
            changed[r] |= now != old ? 1 : 0;
            if (now >= 0)
                codes.push_back(now);
        }
        offsets.push_back(uint32_t(codes.size()));
    }
    column.codes() = std::move(codes);
    column.offsets() = std::move(offsets);
}

std::function<QString(QStringView)> keyFunction(const QString& column)
{
    if (column == QStringLiteral("brand"))
        return [](QStringView s) { return NameKeys::brandRootOf(s); };
    if (column == QStringLiteral("model"))
        return [](QStringView s) { return NameKeys::modelKey(s); };
    return [](QStringView s) { return NameKeys::textKey(s); };
}

QString lookupKey(const QString& scope, const QString& value)
{
    return scope + QChar(0x1f) + value;
}

} // namespace

Status CleanerSteps::trimWhitespace(Table& table, const CleaningStep& step, CleaningStepReport& report)
{
    std::vector<uint8_t> changed(size_t(table.rowCount()), 0);
    QJsonObject perColumn;
    for (Column& column : table.columns()) {
        const bool text = column.type() == ColumnType::Text || column.type() == ColumnType::TextList;
        const bool wanted
            = step.columns.isEmpty() ? column.name() != sourceLineColumnName() : step.columns.contains(column.name());
        if (!text || !wanted)
            continue;
        Dictionary& dict = column.dictionary();
        const int32_t dictSize = dict.size();
        std::vector<int32_t> newCode(static_cast<size_t>(dictSize));
        bool any = false;
        for (int32_t c = 0; c < dictSize; ++c) {
            const std::string clean = ListTokens::normalised(dict.at(c));
            newCode[size_t(c)] = clean == dict.at(c) ? c : clean.empty() ? -1 : dict.intern(clean);
            any = any || newCode[size_t(c)] != c;
        }
        if (!any)
            continue;
        std::vector<uint8_t> columnChanged(changed.size(), 0);
        remapColumn(column, newCode, columnChanged);
        const auto n = qint64(std::count(columnChanged.begin(), columnChanged.end(), 1));
        perColumn.insert(column.name(), n);
        for (size_t r = 0; r < changed.size(); ++r)
            changed[r] |= columnChanged[r];
    }
    report.rowsChanged = qint64(std::count(changed.begin(), changed.end(), 1));
    report.details = {{QStringLiteral("rows_per_column"), perColumn}};
    return {};
}

Status CleanerSteps::mergeSpelling(Table& table, const CleaningStep& step, CleaningStepReport& report)
{
    const int index = table.indexOf(step.column);
    if (index < 0 || table.column(index).type() != ColumnType::Text) {
        report.details = {{QStringLiteral("skipped"), tr("The table has no text column %1.").arg(step.column)}};
        return {};
    }
    const int scopeIndex = step.scopeColumn.isEmpty() ? -1 : table.indexOf(step.scopeColumn);
    if (!step.scopeColumn.isEmpty() && (scopeIndex < 0 || table.column(scopeIndex).type() != ColumnType::Text))
        return fail(ErrorCode::InvalidArgument, tr("The cleaning step needs the text column %1.").arg(step.scopeColumn),
            QStringLiteral("merge_spelling scope column missing"));
    const auto key = keyFunction(step.column);
    auto scopeKey = [&](const QString& scope) { return step.matchKeys ? NameKeys::brandRootOf(scope) : scope; };
    QHash<QString, QString> exact, byKey;
    for (const SpellingMapEntry& e : step.map) {
        exact.insert(lookupKey(e.scope, e.from), e.to);
        if (step.matchKeys) {
            byKey.insert(lookupKey(scopeKey(e.scope), key(e.to)), e.to); // the canonical's own key wins
            if (!byKey.contains(lookupKey(scopeKey(e.scope), key(e.from))))
                byKey.insert(lookupKey(scopeKey(e.scope), key(e.from)), e.to);
        }
    }
    Column& column = table.column(index);
    const Column* scope = scopeIndex < 0 ? nullptr : &table.column(scopeIndex);
    std::unordered_map<uint64_t, int32_t> resolved; // (scope code, code) -> new code
    QHash<QString, qint64> rewritten;
    qint64 changed = 0;
    for (size_t r = 0; r < column.codes().size(); ++r) {
        const int32_t code = column.codes()[r];
        const int32_t scopeCode = scope ? scope->codes()[r] : -1;
        if (code < 0)
            continue;
        const uint64_t pair = (uint64_t(uint32_t(scopeCode)) << 32) | uint32_t(code);
        auto [it, added] = resolved.try_emplace(pair, code);
        if (added) {
            const QString value = column.dictionary().text(code);
            const QString scopeValue = scopeCode < 0 ? QString() : scope->dictionary().text(scopeCode);
            QString to = exact.value(lookupKey(scopeValue, value));
            if (to.isEmpty() && step.matchKeys)
                to = byKey.value(lookupKey(scopeKey(scopeValue), key(value)));
            if (!to.isEmpty() && to != value)
                it->second = column.dictionary().intern(to.toStdString());
        }
        if (it->second != code) {
            rewritten[column.dictionary().text(code)] += 1;
            column.codes()[r] = it->second;
            ++changed;
        }
    }
    report.rowsChanged = changed;
    QJsonObject perSpelling;
    for (auto it = rewritten.cbegin(); it != rewritten.cend(); ++it)
        perSpelling.insert(it.key(), it.value());
    report.details = {{QStringLiteral("column"), step.column}, {QStringLiteral("map_entries"), qint64(step.map.size())},
        {QStringLiteral("rows_per_spelling"), perSpelling}};
    return {};
}

Status CleanerSteps::removeDuplicates(Table& table, const CleaningStep& step, CleaningStepReport& report)
{
    std::vector<int> columns;
    if (step.columns.isEmpty()) {
        columns = TableRows::columnsExcept(table, {sourceLineColumnName()});
    } else {
        for (const QString& name : step.columns) {
            const int c = table.indexOf(name);
            if (c < 0)
                return fail(ErrorCode::InvalidArgument, tr("The table has no column %1 to compare.").arg(name),
                    QStringLiteral("remove_duplicates: column %1 missing").arg(name));
            columns.push_back(c);
        }
    }
    const std::vector<int64_t> firstOf = TableRows::firstCopies(table, columns, {});
    std::vector<uint8_t> keep(firstOf.size());
    for (size_t r = 0; r < firstOf.size(); ++r)
        keep[r] = firstOf[r] < 0 ? 1 : 0;
    const auto removed = qint64(std::count(keep.begin(), keep.end(), 0));
    if (removed > 0)
        table = TableRows::select(table, keep);
    report.details = {{QStringLiteral("columns_compared"), qint64(columns.size())}};
    return {};
}

Status CleanerSteps::dropImpossible(Table& table, const CleaningStep& step, CleaningStepReport& report)
{
    const std::vector<uint8_t> broken = step.rules.evaluate(table);
    std::vector<uint8_t> keep(broken.size());
    QJsonObject perRule;
    for (ImpossibleRules::Rule rule : ImpossibleRules::kAll) {
        qint64 n = 0;
        for (uint8_t b : broken)
            n += (b & rule) ? 1 : 0;
        perRule.insert(ImpossibleRules::fieldOf(rule), n);
    }
    for (size_t r = 0; r < broken.size(); ++r)
        keep[r] = broken[r] == 0 ? 1 : 0;
    if (std::count(keep.begin(), keep.end(), 0) > 0)
        table = TableRows::select(table, keep);
    report.details = {{QStringLiteral("rows_per_field"), perRule}, {QStringLiteral("rules"), step.rules.toJson()}};
    return {};
}

Status CleanerSteps::outliers(Table& table, const CleaningStep& step, CleaningStepReport& report)
{
    const PriceOutlierOptions& options = step.outlierModel.options();
    const PriceOutlierModel::Rows rows = PriceOutlierModel::rowsOf(table, options, &PriceOutlierModel::defaultKeys);
    const bool fitHere = !step.outlierModel.isFitted();
    const PriceOutlierModel model = fitHere ? PriceOutlierModel::fit(rows, options) : step.outlierModel;
    PriceOutlierModel::Scores scores = model.score(rows);
    if (scores.isOutlier.empty()) // no brand or price column: nothing is an outlier
        scores.isOutlier.assign(size_t(table.rowCount()), 0);
    report.details = {{QStringLiteral("action"),
                          step.action == OutlierAction::Flag ? QStringLiteral("flag") : QStringLiteral("drop")},
        {QStringLiteral("outliers"), scores.outliers}, {QStringLiteral("fitted_on_input"), fitHere},
        {QStringLiteral("threshold"), options.threshold}};
    if (step.action == OutlierAction::Drop) {
        std::vector<uint8_t> keep(scores.isOutlier.size());
        for (size_t r = 0; r < keep.size(); ++r)
            keep[r] = scores.isOutlier[r] ? 0 : 1;
        if (scores.outliers > 0)
            table = TableRows::select(table, keep);
        return {};
    }
    int flag = table.indexOf(step.flagColumn);
    if (flag >= 0 && table.column(flag).type() != ColumnType::Int64)
        return fail(ErrorCode::Conflict, tr("The column %1 exists and is not a 0/1 column.").arg(step.flagColumn),
            QStringLiteral("outliers: flag column type"));
    if (flag < 0)
        flag = table.addColumn(Column(step.flagColumn, ColumnType::Int64));
    std::vector<int64_t>& values = table.column(flag).ints();
    values.assign(scores.isOutlier.begin(), scores.isOutlier.end());
    report.rowsChanged = scores.outliers;
    return {};
}

} // namespace valuator
