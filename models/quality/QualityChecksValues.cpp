// SPDX-License-Identifier: GPL-3.0-or-later
// Value-level checks: price outliers, spelling variants, equipment tokens, freshness, whitespace.
#include "models/quality/CivilDate.h"
#include "models/quality/EquipmentVocabulary.h"
#include "models/quality/NameKeys.h"
#include "models/quality/QualityChecks.h"
#include "models/quality/TableRows.h"
#include "models/typing/ListTokens.h"

#include <QJsonArray>

#include <algorithm>
#include <map>
#include <set>

namespace valuator {

namespace {

const QStringList kIdentity {QStringLiteral("plate"), QStringLiteral("brand"), QStringLiteral("model"),
    QStringLiteral("sale_date"), QStringLiteral("sale_price")};

QJsonArray tokenList(const std::vector<std::pair<std::string, qint64>>& tokens)
{
    QJsonArray out;
    for (const auto& [token, rows] : tokens)
        out.append(
            QJsonObject {{QStringLiteral("token"), QString::fromStdString(token)}, {QStringLiteral("rows"), rows}});
    return out;
}

/// Equipment tokens compared by ListTokens key: per dictionary code its key, per key whether it is unknown or rare.
struct TokenStats {
    std::vector<int> keyOfCode;
    std::vector<uint8_t> unknown, rare; ///< per key
    std::vector<std::pair<std::string, qint64>> unknownList, rareList; ///< key, rows using it
    qint64 extraKnown = 0;
};

TokenStats tokenStats(const Column& column, const QualityOptions& o)
{
    TokenStats out;
    std::set<std::string> extra;
    for (const QString& t : o.extraEquipmentTokens)
        extra.insert(ListTokens::key(t.toStdString()));
    out.extraKnown = qint64(extra.size());
    const Dictionary& dict = column.dictionary();
    std::map<std::string, int> keyIndex;
    std::vector<std::string> keys;
    out.keyOfCode.resize(size_t(dict.size()));
    for (int32_t code = 0; code < dict.size(); ++code) {
        auto [it, added] = keyIndex.try_emplace(ListTokens::key(dict.at(code)), int(keys.size()));
        if (added)
            keys.push_back(it->first);
        out.keyOfCode[size_t(code)] = it->second;
    }
    std::vector<qint64> rowsOfKey(keys.size(), 0), lastRow(keys.size(), -1);
    for (qint64 r = 0; r < column.size(); ++r)
        for (int32_t code : column.listCodes(r)) {
            const auto k = size_t(out.keyOfCode[size_t(code)]);
            if (lastRow[k] != r) { // a token listed twice in a row counts once
                lastRow[k] = r;
                ++rowsOfKey[k];
            }
        }
    out.unknown.assign(keys.size(), 0);
    out.rare.assign(keys.size(), 0);
    for (size_t k = 0; k < keys.size(); ++k) {
        if (rowsOfKey[k] == 0 || keys[k].empty())
            continue;
        out.unknown[k] = !EquipmentVocabulary::isKnown(keys[k]) && !extra.count(keys[k]);
        out.rare[k] = rowsOfKey[k] <= o.rareTokenMaxRows;
        if (out.unknown[k])
            out.unknownList.emplace_back(keys[k], rowsOfKey[k]);
        if (out.rare[k])
            out.rareList.emplace_back(keys[k], rowsOfKey[k]);
    }
    return out;
}

bool hasWhitespaceIssue(std::string_view v)
{
    return v != ListTokens::normalised(v);
}

} // namespace

QualityCheck QualityChecks::priceOutliers(
    const CheckContext& ctx, const std::atomic<bool>& cancelled, PriceOutlierModel& fitted)
{
    QualityCheck c;
    const QualityOptions& o = ctx.options();
    const PriceOutlierModel::Rows rows
        = PriceOutlierModel::rowsOf(ctx.table(), o.outliers, [&ctx](const QString& brand, const QString& model) {
              const QString canonicalBrand = ctx.brands().canonicalOf(QString(), brand);
              return PriceOutlierModel::defaultKeys(
                  canonicalBrand, model.isEmpty() ? model : ctx.models().canonicalOf(canonicalBrand, model));
          });
    if (rows.logPrice.empty())
        return c;
    fitted = PriceOutlierModel::fit(rows, o.outliers);
    const PriceOutlierModel::Scores scores = fitted.score(rows, &cancelled);
    c.id = QStringLiteral("outliers.sale_price");
    c.title = tr("Price outliers");
    c.severity = Severity::Warning;
    qint64 perLevel[5] = {};
    const QStringList shown = kIdentity + QStringList {QStringLiteral("model_year"), QStringLiteral("mileage_km")};
    for (size_t r = 0; r < scores.z.size(); ++r) {
        if (std::isnan(scores.z[r]))
            continue;
        ++c.evaluated;
        ++perLevel[int(scores.level[r])];
        if (scores.isOutlier[r])
            ctx.addRow(c, qint64(r), shown, [&scores, r] {
                return QJsonObject {{QStringLiteral("robust_z"), double(scores.z[r])},
                    {QStringLiteral("group_median_price"), double(scores.groupMedian[r])},
                    {QStringLiteral("group"), PriceOutlierModel::levelName(scores.level[r])}};
            });
    }
    c.count = qint64(c.rows.size());
    QJsonObject levels;
    for (int l = 1; l < 5; ++l)
        levels.insert(PriceOutlierModel::levelName(PriceOutlierModel::Level(l)), perLevel[l]);
    c.details = {{QStringLiteral("threshold"), o.outliers.threshold},
        {QStringLiteral("min_group_size"), o.outliers.minGroupSize},
        {QStringLiteral("age_band_years"), o.outliers.ageBandYears}, {QStringLiteral("groups"), fitted.groupCount()},
        {QStringLiteral("rows_per_level"), levels}};
    c.description = tr("%1 of %2 prices are more than %3 robust standard deviations (median absolute deviation of "
                       "log price) from comparable cars (brand, model, age band; small groups fall back to brand "
                       "and age, brand, all cars).")
                        .arg(c.count)
                        .arg(c.evaluated)
                        .arg(o.outliers.threshold);
    c.settle();
    return c;
}

QList<QualityCheck> QualityChecks::spelling(const CheckContext& ctx)
{
    const Column* brand = ctx.column(QStringLiteral("brand"));
    if (!brand || brand->type() != ColumnType::Text)
        return {};
    QList<QualityCheck> out {brandSpelling(ctx, *brand)};
    const Column* model = ctx.column(QStringLiteral("model"));
    if (model && model->type() == ColumnType::Text)
        out.append(modelSpelling(ctx, *brand, *model));
    return out;
}

QualityCheck QualityChecks::brandSpelling(const CheckContext& ctx, const Column& brand)
{
    QualityCheck b;
    b.id = QStringLiteral("spelling.brand");
    b.title = tr("Brand spelling variants");
    b.severity = Severity::Warning;
    std::vector<uint8_t> variant(size_t(brand.dictionary().size()), 0);
    for (int32_t code = 0; code < brand.dictionary().size(); ++code)
        variant[size_t(code)] = ctx.canonicalBrand(code) != brand.dictionary().text(code);
    const QStringList brandOnly {QStringLiteral("brand")};
    for (size_t r = 0; r < brand.codes().size(); ++r) {
        const int32_t code = brand.codes()[r];
        if (code < 0)
            continue;
        ++b.evaluated;
        if (variant[size_t(code)])
            ctx.addRow(b, qint64(r), brandOnly, [&ctx, code] {
                return QJsonObject {{QStringLiteral("canonical"), ctx.canonicalBrand(code)}};
            });
    }
    b.count = qint64(b.rows.size());
    b.details = {{QStringLiteral("clusters"), ctx.brands().toJson()}};
    b.description = tr("%1 rows write the brand differently from its canonical spelling (%2 variant spellings).")
                        .arg(b.count)
                        .arg(ctx.brands().variantCount());
    b.settle();
    return b;
}

QualityCheck QualityChecks::modelSpelling(const CheckContext& ctx, const Column& brand, const Column& model)
{
    QualityCheck m;
    m.id = QStringLiteral("spelling.model");
    m.title = tr("Model spelling variants");
    m.severity = Severity::Warning;
    std::vector<std::pair<int32_t, int32_t>> pairs;
    const std::vector<int32_t> pairOfRow = TableRows::pairIds(brand, model, pairs);
    std::vector<QString> canonical(pairs.size()); // per (brand, model) code pair; empty: not a variant
    for (size_t i = 0; i < pairs.size(); ++i) {
        const auto [bc, mc] = pairs[i];
        if (bc < 0 || mc < 0)
            continue;
        const QString spelling = model.dictionary().text(mc);
        const QString c = ctx.models().canonicalOf(ctx.canonicalBrand(bc), spelling);
        if (c != spelling)
            canonical[i] = c;
    }
    const QStringList brandModel {QStringLiteral("brand"), QStringLiteral("model")};
    for (size_t r = 0; r < pairOfRow.size(); ++r) {
        const auto [bc, mc] = pairs[size_t(pairOfRow[r])];
        if (bc < 0 || mc < 0)
            continue;
        ++m.evaluated;
        if (const QString& c = canonical[size_t(pairOfRow[r])]; !c.isEmpty())
            ctx.addRow(m, qint64(r), brandModel, [&c] { return QJsonObject {{QStringLiteral("canonical"), c}}; });
    }
    m.count = qint64(m.rows.size());
    m.details = {{QStringLiteral("clusters"), ctx.models().toJson()}};
    m.description = tr("%1 rows write the model differently from its canonical spelling within the brand (%2 "
                       "variant spellings; trim text after a comma or quote counts as a variant).")
                        .arg(m.count)
                        .arg(ctx.models().variantCount());
    m.settle();
    return m;
}

QList<QualityCheck> QualityChecks::equipment(const CheckContext& ctx)
{
    QList<QualityCheck> out;
    const Column* column = ctx.column(QStringLiteral("equipment"));
    if (!column || column->type() != ColumnType::TextList)
        return out;
    const QualityOptions& o = ctx.options();
    const TokenStats stats = tokenStats(*column, o);
    const std::vector<int>& keyOfCode = stats.keyOfCode;
    const std::vector<uint8_t>& unknown = stats.unknown;
    const std::vector<uint8_t>& rare = stats.rare;
    const qint64 rows = column->size();
    QualityCheck u;
    u.id = QStringLiteral("equipment.unknown_tokens");
    u.title = tr("Unknown equipment items");
    u.severity = Severity::Warning;
    QualityCheck rr;
    rr.id = QStringLiteral("equipment.rare_tokens");
    rr.title = tr("Rare equipment items");
    rr.severity = Severity::Info;
    const QStringList shown {QStringLiteral("brand"), QStringLiteral("model"), QStringLiteral("equipment")};
    for (qint64 r = 0; r < rows; ++r) {
        const auto codes = column->listCodes(r);
        if (codes.empty())
            continue;
        ++u.evaluated;
        ++rr.evaluated;
        bool isUnknown = false, isRare = false;
        for (int32_t code : codes) {
            isUnknown = isUnknown || unknown[size_t(keyOfCode[size_t(code)])];
            isRare = isRare || rare[size_t(keyOfCode[size_t(code)])];
        }
        if (isUnknown)
            ctx.addRow(u, r, shown);
        if (isRare)
            ctx.addRow(rr, r, shown);
    }
    u.count = qint64(u.rows.size());
    u.details = {{QStringLiteral("tokens"), tokenList(stats.unknownList)},
        {QStringLiteral("vocabulary_size"), qint64(EquipmentVocabulary::keys().size()) + stats.extraKnown}};
    u.description = tr("%1 rows list equipment outside the known vocabulary (%2 distinct unknown items).")
                        .arg(u.count)
                        .arg(stats.unknownList.size());
    u.settle();
    out.append(u);
    rr.details
        = {{QStringLiteral("tokens"), tokenList(stats.rareList)}, {QStringLiteral("max_rows"), o.rareTokenMaxRows}};
    rr.count = qint64(rr.rows.size());
    rr.description = tr("%1 rows list an equipment item that at most %2 rows use (%3 such items).")
                         .arg(rr.count)
                         .arg(o.rareTokenMaxRows)
                         .arg(stats.rareList.size());
    rr.settle();
    if (o.rareTokenMaxRows > 0)
        out.append(rr);
    return out;
}

QList<QualityCheck> QualityChecks::freshness(const CheckContext& ctx)
{
    const Column* sale = ctx.column(QStringLiteral("sale_date"));
    const QDate reference = ctx.options().referenceDate;
    if (!sale || sale->type() != ColumnType::Date || !reference.isValid())
        return {};
    QualityCheck c;
    c.id = QStringLiteral("freshness.stale");
    c.title = tr("Stale data");
    c.severity = Severity::Warning;
    int32_t newest = Column::kNullDate;
    for (int32_t d : sale->days())
        if (d != Column::kNullDate) {
            newest = std::max(newest, d);
            ++c.evaluated;
        }
    c.details.insert(QStringLiteral("reference_date"), reference.toString(Qt::ISODate));
    c.details.insert(QStringLiteral("stale_after_days"), ctx.options().staleAfterDays);
    if (newest == Column::kNullDate) {
        c.description = tr("No row has a sale date.");
        c.settle();
        return {c};
    }
    const int age = int(CivilDate::fromQDate(reference, 0) - newest);
    c.details.insert(QStringLiteral("newest"), CivilDate::toQDate(newest).toString(Qt::ISODate));
    c.details.insert(QStringLiteral("age_days"), age);
    const bool stale = age > ctx.options().staleAfterDays;
    c.count = stale ? c.evaluated : 0;
    c.description = stale
        ? tr("The newest sale (%1) is %2 days old, more than %3 days: prices may have moved since.")
              .arg(CivilDate::toQDate(newest).toString(Qt::ISODate))
              .arg(age)
              .arg(ctx.options().staleAfterDays)
        : tr("The newest sale (%1) is %2 days old.").arg(CivilDate::toQDate(newest).toString(Qt::ISODate)).arg(age);
    c.settle();
    return {c};
}

QualityCheck QualityChecks::whitespace(const CheckContext& ctx)
{
    const Table& t = ctx.table();
    QualityCheck c;
    c.id = QStringLiteral("text.whitespace");
    c.title = tr("Whitespace in text");
    c.severity = Severity::Info;
    c.evaluated = t.rowCount();
    std::vector<uint8_t> flagged(size_t(t.rowCount()), 0);
    QJsonObject perColumn;
    QStringList shown;
    for (int index : TableRows::columnsExcept(t, ctx.options().profile.excludedColumns)) {
        const Column& column = t.column(index);
        if (column.type() != ColumnType::Text && column.type() != ColumnType::TextList)
            continue;
        std::vector<uint8_t> bad(size_t(column.dictionary().size()), 0);
        bool any = false;
        for (int32_t code = 0; code < column.dictionary().size(); ++code) {
            bad[size_t(code)] = hasWhitespaceIssue(column.dictionary().at(code)) ? 1 : 0;
            any = any || bad[size_t(code)];
        }
        if (!any)
            continue;
        qint64 rows = 0;
        for (qint64 r = 0; r < t.rowCount(); ++r) {
            const auto codes = column.listCodes(r);
            if (std::any_of(codes.begin(), codes.end(), [&bad](int32_t code) { return bad[size_t(code)] != 0; })) {
                ++rows;
                flagged[size_t(r)] = 1;
            }
        }
        perColumn.insert(column.name(), rows);
        shown << column.name();
    }
    for (size_t r = 0; r < flagged.size(); ++r)
        if (flagged[r])
            ctx.addRow(c, qint64(r), shown);
    c.count = qint64(c.rows.size());
    c.details = {{QStringLiteral("rows_per_column"), perColumn}};
    c.description = tr("%1 rows have text with leading, trailing or repeated spaces.").arg(c.count);
    c.settle();
    return c;
}

} // namespace valuator
