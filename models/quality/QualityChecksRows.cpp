// SPDX-License-Identifier: GPL-3.0-or-later
// Row-level checks: completeness, duplicates, impossible values, mileage per year.
#include "models/importing/ImportTypes.h"
#include "models/quality/QualityChecks.h"
#include "models/quality/TableRows.h"

#include <climits>

namespace valuator {

namespace {

const QStringList kIdentity {QStringLiteral("plate"), QStringLiteral("brand"), QStringLiteral("model"),
    QStringLiteral("sale_date"), QStringLiteral("sale_price")};

QualityCheck makeCheck(const QString& id, const QString& title, Severity severity, qint64 evaluated)
{
    QualityCheck c;
    c.id = id;
    c.title = title;
    c.severity = severity;
    c.evaluated = evaluated;
    return c;
}

} // namespace

QList<QualityCheck> QualityChecks::completeness(const CheckContext& ctx)
{
    QList<QualityCheck> out;
    const qint64 rows = ctx.table().rowCount();
    for (const QString& field : ctx.options().requiredFields) {
        QualityCheck c = makeCheck(
            QStringLiteral("completeness.") + field, tr("Completeness of %1").arg(field), Severity::Warning, rows);
        const Column* column = ctx.column(field);
        if (!column) {
            c.severity = Severity::Error;
            c.count = rows;
            c.description = tr("The required field %1 has no column.").arg(field);
            c.details.insert(QStringLiteral("column_present"), false);
            c.status = CheckStatus::Fail;
            out.append(c);
            continue;
        }
        const std::vector<uint8_t> missing = ctx.missingRows(*column);
        const QStringList shown = kIdentity + QStringList {field};
        for (size_t r = 0; r < missing.size(); ++r)
            if (missing[r])
                ctx.addRow(c, qint64(r), shown);
        c.count = qint64(c.rows.size());
        const double share = rows > 0 ? double(c.count) / double(rows) : 0.0;
        if (share > ctx.options().completenessErrorShare)
            c.severity = Severity::Error;
        c.details.insert(QStringLiteral("error_share"), ctx.options().completenessErrorShare);
        c.description = tr("%1 is missing in %2 of %3 rows (null, empty or a placeholder such as \"n/a\").")
                            .arg(field)
                            .arg(c.count)
                            .arg(rows);
        c.settle();
        out.append(c);
    }
    return out;
}

QualityCheck QualityChecks::exactDuplicates(const CheckContext& ctx, const std::atomic<bool>& cancelled)
{
    const Table& t = ctx.table();
    QualityCheck c = makeCheck(
        QStringLiteral("duplicates.exact_rows"), tr("Exact duplicate rows"), Severity::Warning, t.rowCount());
    const std::vector<int> columns = TableRows::columnsExcept(t, ctx.options().profile.excludedColumns);
    const std::vector<int64_t> firstOf = TableRows::firstCopies(t, columns, {}, &cancelled);
    const Column* line = t.find(sourceLineColumnName());
    std::vector<uint8_t> isOriginal(firstOf.size(), 0);
    for (size_t r = 0; r < firstOf.size(); ++r) {
        if (firstOf[r] < 0)
            continue;
        const int64_t first = firstOf[r];
        isOriginal[size_t(first)] = 1;
        ctx.addRow(c, qint64(r), kIdentity, [first, line] {
            QJsonObject extra {{QStringLiteral("duplicate_of_row"), qint64(first)}};
            if (line && line->type() == ColumnType::Int64)
                extra.insert(QStringLiteral("duplicate_of_line"), qint64(line->ints()[size_t(first)]));
            return extra;
        });
    }
    c.count = qint64(c.rows.size());
    const auto groups = qint64(std::count(isOriginal.begin(), isOriginal.end(), 1));
    c.details.insert(QStringLiteral("groups"), groups);
    c.details.insert(QStringLiteral("columns_compared"), qint64(columns.size()));
    c.description = tr("%1 rows repeat an earlier row in every data column (%2 distinct rows have copies); the "
                       "first copy is kept and not counted.")
                        .arg(c.count)
                        .arg(groups);
    c.settle();
    return c;
}

QualityCheck QualityChecks::plateSaleDateDuplicates(const CheckContext& ctx, const std::atomic<bool>& cancelled)
{
    const Table& t = ctx.table();
    QualityCheck c;
    const int plate = t.indexOf(QStringLiteral("plate"));
    const int sale = t.indexOf(QStringLiteral("sale_date"));
    if (plate < 0 || sale < 0)
        return c;
    std::vector<uint8_t> skip = ctx.missingRows(t.column(plate));
    const std::vector<uint8_t> noDate = ctx.missingRows(t.column(sale));
    for (size_t r = 0; r < skip.size(); ++r)
        skip[r] |= noDate[r];
    const auto compared = qint64(std::count(skip.begin(), skip.end(), 0));
    c = makeCheck(QStringLiteral("duplicates.plate_sale_date"), tr("Same car sold twice on one day"), Severity::Warning,
        compared);
    const std::vector<int64_t> firstOf = TableRows::firstCopies(t, {plate, sale}, skip, &cancelled);
    for (size_t r = 0; r < firstOf.size(); ++r)
        if (firstOf[r] >= 0)
            ctx.addRow(c, qint64(r), kIdentity, [first = firstOf[r]] {
                return QJsonObject {{QStringLiteral("duplicate_of_row"), qint64(first)}};
            });
    c.count = qint64(c.rows.size());
    c.description = tr("%1 rows repeat the plate and sale date of an earlier row (rows without a plate or sale "
                       "date are not compared).")
                        .arg(c.count);
    c.settle();
    return c;
}

QList<QualityCheck> QualityChecks::impossibleValues(const CheckContext& ctx)
{
    const ImpossibleRules& rules = ctx.options().impossible;
    const std::vector<uint8_t>& broken = ctx.impossible();
    QList<QualityCheck> out;
    for (ImpossibleRules::Rule rule : ImpossibleRules::kAll) {
        const QString field = ImpossibleRules::fieldOf(rule);
        const Column* column = ctx.column(field);
        if (!column)
            continue;
        QualityCheck c = makeCheck(
            QStringLiteral("impossible.") + field, tr("Impossible %1").arg(field), Severity::Error, column->size());
        QStringList shown = kIdentity;
        shown << field;
        if (rule == ImpossibleRules::ModelYear)
            shown << QStringLiteral("sale_date");
        for (size_t r = 0; r < broken.size(); ++r)
            if (broken[r] & rule)
                ctx.addRow(c, qint64(r), shown);
        c.count = qint64(c.rows.size());
        c.details = rules.toJson();
        switch (rule) {
        case ImpossibleRules::ModelYear:
            c.description = tr("%1 rows have a model year before %2 or more than %3 year(s) after the sale.")
                                .arg(c.count)
                                .arg(rules.minModelYear)
                                .arg(rules.maxYearsAfterSale);
            break;
        case ImpossibleRules::Mileage:
            c.description = tr("%1 rows have a negative mileage or one above %2 km.")
                                .arg(c.count)
                                .arg(rules.maxMileageKm, 0, 'f', 0);
            break;
        case ImpossibleRules::Price:
            c.description = tr("%1 rows have a sale price of zero or less.").arg(c.count);
            break;
        case ImpossibleRules::Power:
            c.description = tr("%1 rows have a power of 0 kW or less, or above %2 kW.")
                                .arg(c.count)
                                .arg(rules.maxPowerKw, 0, 'f', 0);
            break;
        case ImpossibleRules::SaleDate:
            c.description = tr("%1 rows have a sale date before %2 or after %3.")
                                .arg(c.count)
                                .arg(rules.minSaleDate.toString(Qt::ISODate),
                                    rules.maxSaleDate.isValid() ? rules.maxSaleDate.toString(Qt::ISODate)
                                                                : tr("(no upper bound)"));
            break;
        }
        c.settle();
        out.append(c);
    }
    return out;
}

QualityCheck QualityChecks::mileagePerYear(const CheckContext& ctx)
{
    QualityCheck c;
    const Column* mileage = ctx.column(QStringLiteral("mileage_km"));
    const Column* year = ctx.column(QStringLiteral("model_year"));
    const Column* sale = ctx.column(QStringLiteral("sale_date"));
    if (!mileage || !year || !sale)
        return c;
    const std::vector<uint8_t>& broken = ctx.impossible();
    const std::vector<double> km = TableRows::numbers(*mileage);
    const std::vector<int> years = TableRows::years(*year);
    const std::vector<int> saleYears = TableRows::years(*sale);
    constexpr uint8_t kInputs = ImpossibleRules::Mileage | ImpossibleRules::ModelYear | ImpossibleRules::SaleDate;
    c = makeCheck(QStringLiteral("plausibility.mileage_per_year"), tr("Mileage implausible for the car's age"),
        Severity::Warning, 0);
    const double limit = ctx.options().maxKmPerYear;
    const QStringList shown = kIdentity + QStringList {QStringLiteral("model_year"), QStringLiteral("mileage_km")};
    for (size_t r = 0; r < km.size(); ++r) {
        if (std::isnan(km[r]) || years[r] == INT_MIN || saleYears[r] == INT_MIN || (broken[r] & kInputs))
            continue;
        ++c.evaluated;
        const int age = std::max(1, saleYears[r] - years[r]);
        const double perYear = km[r] / age;
        if (perYear > limit)
            ctx.addRow(c, qint64(r), shown, [perYear, age] {
                return QJsonObject {{QStringLiteral("km_per_year"), perYear}, {QStringLiteral("age_years"), age}};
            });
    }
    c.count = qint64(c.rows.size());
    c.details.insert(QStringLiteral("max_km_per_year"), limit);
    c.description = tr("%1 rows have more than %2 km per year of age (age = sale year - model year, at least 1).")
                        .arg(c.count)
                        .arg(limit, 0, 'f', 0);
    c.settle();
    return c;
}

} // namespace valuator
