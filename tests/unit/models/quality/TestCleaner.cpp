// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCleaner.h"

#include "models/quality/Cleaner.h"
#include "models/quality/QualityChecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <map>

#include "FixtureTables.h"

namespace valuator::test {

namespace {

QualityOptions options()
{
    QualityOptions o;
    o.referenceDate = QDate(2025, 6, 30);
    return o;
}

const Table& dirty()
{
    return fixtureTable(QStringLiteral("sales-dirty-10k.csv"));
}

const Table& euro()
{
    return fixtureTable(QStringLiteral("sales-euro-5k.csv"));
}

const QualityReport& reportOf(const Table& table)
{
    static std::map<const Table*, QualityReport> cache;
    auto it = cache.find(&table);
    if (it == cache.end())
        it = cache.emplace(&table, *QualityChecker::run(table, options(), {})).first;
    return it->second;
}

qint64 count(const QualityReport& r, const char* id)
{
    return r.check(QLatin1String(id))->count;
}

QStringList kinds(const CleaningPlan& plan)
{
    QStringList out;
    for (const CleaningStep& s : plan.steps)
        out << CleaningStep::kindName(s.kind) + (s.column.isEmpty() ? QString() : QLatin1Char(':') + s.column);
    return out;
}

CleaningResult applied(const Table& table, const CleaningPlan& plan)
{
    auto r = Cleaner::apply(table, plan, {});
    if (!r)
        qFatal("cleaning failed: %s", qPrintable(r.error().detail));
    return std::move(*r);
}

} // namespace

void TestCleaner::proposalFollowsTheFindings()
{
    const CleaningPlan plan = CleaningPlan::propose(reportOf(dirty()));
    QCOMPARE(kinds(plan),
        (QStringList {QStringLiteral("remove_duplicates"), QStringLiteral("merge_spelling:brand"),
            QStringLiteral("merge_spelling:model"), QStringLiteral("drop_impossible"), QStringLiteral("outliers")}));
    // The brand map lists every variant spelling the report clustered, with its canonical name.
    const CleaningStep& brands = plan.steps[1];
    QCOMPARE(brands.map.size(), reportOf(dirty()).brandSpelling.variantCount());
    QVERIFY(brands.map.contains(SpellingMapEntry {{}, QStringLiteral("V.W."), QStringLiteral("Volkswagen")}));
    QVERIFY(plan.steps[2].map.contains(
        SpellingMapEntry {QStringLiteral("Volkswagen"), QStringLiteral("Golf, M Sport"), QStringLiteral("Golf")}));
    QVERIFY(!plan.steps[3].rules.maxSaleDate.isValid()); // no sale after the reference date was found
    QCOMPARE(plan.steps[4].action, OutlierAction::Flag);
    QVERIFY(plan.steps[4].outlierModel == reportOf(dirty()).priceOutliers);
    // Nothing to fix in the clean file but unusual prices.
    QCOMPARE(kinds(CleaningPlan::propose(reportOf(fixtureTable(QStringLiteral("sales-clean-10k.csv"))))),
        QStringList {QStringLiteral("outliers")});
}

void TestCleaner::applyingTheProposalFixesTheDirtyFixture()
{
    const CleaningResult r = applied(dirty(), CleaningPlan::propose(reportOf(dirty())));
    // 79 duplicate copies, then the 18 rows with an impossible year (6), mileage (10) or power (2).
    QCOMPARE(r.cleaned.rowCount(), 10000 - 79 - 18);
    QCOMPARE(r.steps[0].rowsRemoved, 79);
    QCOMPARE(r.steps[1].rowsChanged, 162 - 1); // one brand variant was in a removed duplicate copy
    QCOMPARE(r.steps[2].rowsChanged, 31);
    QCOMPARE(r.steps[3].rowsRemoved, 18);
    QCOMPARE(r.steps[3]
                 .details.value(QStringLiteral("rows_per_field"))
                 .toObject()
                 .value(QStringLiteral("mileage_km"))
                 .toInt(),
        10);
    // The fitted model judges the remaining rows as the report did: none of its 111 outliers was a duplicate
    // copy or an impossible row.
    QCOMPARE(r.steps[4].rowsChanged, 111);
    const Column* flag = r.cleaned.find(QStringLiteral("outlier"));
    QVERIFY(flag && flag->type() == ColumnType::Int64);
    QCOMPARE(std::count(flag->ints().begin(), flag->ints().end(), 1), 111);
    QCOMPARE(r.toJson(10000).value(QStringLiteral("rows_after")).toInt(), 9903);

    const QualityReport after = *QualityChecker::run(r.cleaned, options(), {});
    for (const char* id : {"duplicates.exact_rows", "duplicates.plate_sale_date", "spelling.brand", "spelling.model",
             "impossible.model_year", "impossible.mileage_km", "impossible.power_kw"})
        QVERIFY2(count(after, id) == 0, id);
    // Without the duplicate copies the missing values are exactly the injected ones.
    const QJsonObject stats = fixtureStats(QStringLiteral("sales-dirty-10k"));
    for (const char* field : {"model", "model_year", "mileage_km", "sale_date", "sale_price"})
        QCOMPARE(after.check(QStringLiteral("completeness.") + QLatin1String(field))->count,
            qint64(stats.value(QStringLiteral("missing_") + QLatin1String(field)).toInt()));
}

void TestCleaner::sameTableSamePlanSameResult()
{
    const CleaningPlan plan = CleaningPlan::propose(reportOf(dirty()));
    const CleaningResult a = applied(dirty(), plan);
    const CleaningResult b = applied(dirty(), plan);
    QString why;
    QVERIFY2(identicalTables(a.cleaned, b.cleaned, &why), qPrintable(why));
    QCOMPARE(a.toJson(10000), b.toJson(10000));
    // Re-applying the plan to its own output changes nothing: the flag column is recomputed to the same values.
    const CleaningResult again = applied(a.cleaned, plan);
    QVERIFY2(identicalTables(a.cleaned, again.cleaned, &why), qPrintable(why));
    for (const CleaningStepReport& s : again.steps)
        QVERIFY2(
            s.rowsRemoved == 0 && (s.step == QStringLiteral("outliers") || s.rowsChanged == 0), qPrintable(s.step));
}

void TestCleaner::planJsonRoundTrip()
{
    const CleaningPlan plan = CleaningPlan::propose(reportOf(dirty()));
    const QByteArray bytes = QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact);
    auto back = CleaningPlan::fromJson(QJsonDocument::fromJson(bytes).object());
    QVERIFY(back);
    QVERIFY(*back == plan); // doubles of the fitted groups survive the text round trip exactly
    QCOMPARE(QJsonDocument(back->toJson()).toJson(QJsonDocument::Compact), bytes);
    QString why;
    QVERIFY2(identicalTables(applied(dirty(), plan).cleaned, applied(dirty(), *back).cleaned, &why), qPrintable(why));
}

void TestCleaner::planFromOneBatchAppliesItsParametersToAnother()
{
    const CleaningPlan fromDirty = CleaningPlan::propose(reportOf(dirty()));
    const CleaningResult r = applied(euro(), fromDirty);
    // Duplicates and impossible rows are found by rule in the new batch: 35 copies; 2 + 1 + 2 impossible rows.
    QCOMPARE(r.steps[0].rowsRemoved, 35);
    QCOMPARE(r.steps[3].rowsRemoved, 5);
    // Spellings: the dirty batch's map, matched exactly or by key (case, spacing, accents, aliases: "Cupra" ->
    // "Seat" although the dirty batch never had it). "TESLA" has no mapped key (no Tesla variant in the dirty
    // file), so it stays: the map is the plan's, not re-derived from the euro batch.
    const QualityReport after = *QualityChecker::run(r.cleaned, options(), {});
    const QualityCheck* brand = after.check(QStringLiteral("spelling.brand"));
    QStringList left;
    for (const CheckSampleRow& s : brand->sample)
        left << s.values.value(QStringLiteral("brand")).toString();
    left.removeDuplicates();
    left.sort();
    QCOMPARE(left, QStringList {QStringLiteral("TESLA")});
    QCOMPARE(brand->count, 1);
    // Its own proposal would have mapped it.
    QVERIFY(CleaningPlan::propose(reportOf(euro()))
                .steps[1]
                .map.contains(SpellingMapEntry {{}, QStringLiteral("TESLA"), QStringLiteral("Tesla")}));
    // Outliers are judged against the dirty batch's fitted groups, not refitted on the euro batch.
    QVERIFY(!r.steps[4].details.value(QStringLiteral("fitted_on_input")).toBool());
    const Table& merged = r.cleaned;
    const PriceOutlierModel::Rows rows
        = PriceOutlierModel::rowsOf(merged, fromDirty.steps[4].outlierModel.options(), &PriceOutlierModel::defaultKeys);
    QCOMPARE(r.steps[4].rowsChanged, fromDirty.steps[4].outlierModel.score(rows).outliers);
    const PriceOutlierModel own = PriceOutlierModel::fit(rows, PriceOutlierOptions {});
    QVERIFY(own.score(rows).outliers != r.steps[4].rowsChanged);
}

void TestCleaner::trimWhitespaceInTextAndLists()
{
    Table t;
    Column brand(QStringLiteral("brand"), ColumnType::Text);
    Column eq(QStringLiteral("equipment"), ColumnType::TextList);
    const QList<QPair<const char*, QStringList>> rows {{" Audi ", {QStringLiteral(" navigation ")}},
        {"Audi", {QStringLiteral("navigation")}},
        {"Mercedes  Benz", {QStringLiteral("heated   seats"), QStringLiteral(" ")}}, {"   ", {}},
        {"BMW", {QStringLiteral("navigation")}}};
    for (const auto& [b, tokens] : rows) {
        brand.appendText(b);
        for (const QString& token : tokens)
            eq.appendListToken(token.toStdString());
        eq.endListRow();
    }
    t.addColumn(std::move(brand));
    t.addColumn(std::move(eq));
    CleaningPlan plan;
    plan.steps << CleaningStep::trimWhitespace();
    const CleaningResult r = applied(t, plan);
    QCOMPARE(r.steps[0].rowsChanged, 3); // rows 0, 2, 3 (brand) and 0, 2 (equipment)
    QCOMPARE(r.cleaned.column(0).displayText(0), QStringLiteral("Audi"));
    QCOMPARE(r.cleaned.column(0).codes()[0], r.cleaned.column(0).codes()[1]); // same code as the clean "Audi"
    QCOMPARE(r.cleaned.column(0).displayText(2), QStringLiteral("Mercedes Benz"));
    QVERIFY(r.cleaned.column(0).isNull(3)); // only spaces: missing
    QCOMPARE(r.cleaned.column(1).displayText(2), QStringLiteral("heated seats")); // the blank token is dropped
    QCOMPARE(r.cleaned.column(1).displayText(0), QStringLiteral("navigation"));
    QCOMPARE(r.steps[0]
                 .details.value(QStringLiteral("rows_per_column"))
                 .toObject()
                 .value(QStringLiteral("equipment"))
                 .toInt(),
        2);
}

void TestCleaner::outliersCanBeDroppedOrFittedOnTheInput()
{
    const Table& clean = fixtureTable(QStringLiteral("sales-clean-10k.csv"));
    // A hand-written plan: no fitted model, default options.
    const QJsonObject json {{QStringLiteral("format"), QStringLiteral("valuator.cleaning-plan")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("steps"),
            QJsonArray {QJsonObject {{QStringLiteral("kind"), QStringLiteral("outliers")},
                {QStringLiteral("action"), QStringLiteral("drop")}}}}};
    auto plan = CleaningPlan::fromJson(json);
    QVERIFY(plan);
    QVERIFY(plan->steps[0] == CleaningStep::outliers(OutlierAction::Drop, PriceOutlierModel::unfitted({})));
    const CleaningResult r = applied(clean, *plan);
    // Fitted here on the same table with the same keys the check uses (the clean file has no spelling variants),
    // so it drops exactly the check's 71 rows.
    QVERIFY(r.steps[0].details.value(QStringLiteral("fitted_on_input")).toBool());
    QCOMPARE(r.steps[0].rowsRemoved, 71);
    QCOMPARE(r.cleaned.rowCount(), 10000 - 71);
    QVERIFY(!r.cleaned.find(QStringLiteral("outlier")));
    // A 'flag' column that exists with another type is a conflict, not silently replaced.
    Table t = clean;
    Column text(QStringLiteral("outlier"), ColumnType::Text);
    for (qint64 i = 0; i < t.rowCount(); ++i)
        text.appendText("x");
    t.addColumn(std::move(text));
    CleaningPlan flag;
    flag.steps << CleaningStep::outliers(OutlierAction::Flag, reportOf(clean).priceOutliers);
    auto bad = Cleaner::apply(t, flag, {});
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::Conflict);
}

void TestCleaner::onlySelectsStepKinds()
{
    const CleaningPlan plan = CleaningPlan::propose(reportOf(dirty()));
    auto some = plan.only({QStringLiteral("aliases"), QStringLiteral("duplicates")});
    QVERIFY(some);
    QCOMPARE(kinds(*some),
        (QStringList {QStringLiteral("remove_duplicates"), QStringLiteral("merge_spelling:brand"),
            QStringLiteral("merge_spelling:model")}));
    auto wrong = plan.only({QStringLiteral("typos")});
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::InvalidArgument);
}

void TestCleaner::badPlansAreErrors()
{
    QCOMPARE(CleaningPlan::fromJson(QJsonObject {}).error().code, ErrorCode::Parse);
    QJsonObject future = CleaningPlan {}.toJson();
    future.insert(QStringLiteral("version"), 99);
    QCOMPARE(CleaningPlan::fromJson(future).error().code, ErrorCode::Unsupported);
    QJsonObject unknown = CleaningPlan {}.toJson();
    unknown.insert(
        QStringLiteral("steps"), QJsonArray {QJsonObject {{QStringLiteral("kind"), QStringLiteral("shred")}}});
    auto r = CleaningPlan::fromJson(unknown);
    QVERIFY(!r);
    QVERIFY(r.error().detail.contains(QStringLiteral("step 1")));
    QJsonObject badRule = CleaningPlan {}.toJson();
    badRule.insert(QStringLiteral("steps"),
        QJsonArray {QJsonObject {{QStringLiteral("kind"), QStringLiteral("drop_impossible")},
            {QStringLiteral("rules"), QJsonObject {{QStringLiteral("min_sale_date"), QStringLiteral("yesterday")}}}}});
    QCOMPARE(CleaningPlan::fromJson(badRule).error().code, ErrorCode::Parse);
}

void TestCleaner::progressCanCancel()
{
    const CleaningPlan plan = CleaningPlan::propose(reportOf(dirty()));
    int calls = 0;
    auto r = Cleaner::apply(dirty(), plan, [&calls](qint64, qint64) { return ++calls < 3; });
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QCOMPARE(calls, 3); // before step 1, after step 1, after step 2: then it stopped
}

} // namespace valuator::test
