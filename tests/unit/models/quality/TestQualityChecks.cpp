// SPDX-License-Identifier: GPL-3.0-or-later
// Quality checks on the fixtures with known injected dirt. Each expected count is derived from the fixture's
// stats file where the injected defect maps 1:1 to what the check sees after import, and otherwise from an
// independent second computation (ReferenceChecks, FixtureTables) plus the literal number it gives.
#include "TestQualityChecks.h"

#include "models/quality/QualityChecker.h"

#include <QJsonArray>
#include <QtTest>

#include "FixtureTables.h"
#include "ReferenceChecks.h"

namespace valuator::test {

namespace {

QualityOptions options()
{
    QualityOptions o;
    o.referenceDate = QDate(2025, 6, 30);
    o.sampleSize = 1000000; // keep every offending row in the sample for the cross-checks below
    return o;
}

const QualityReport& report(const QString& fixture)
{
    static std::map<QString, QualityReport> cache;
    auto it = cache.find(fixture);
    if (it == cache.end()) {
        auto r = QualityChecker::run(fixtureTable(fixture + QStringLiteral(".csv")), options(), {});
        if (!r)
            qFatal("quality run failed: %s", qPrintable(r.error().detail));
        it = cache.emplace(fixture, *r).first;
    }
    return it->second;
}

qint64 countOf(const QString& fixture, const char* id)
{
    const QualityCheck* c = report(fixture).check(QLatin1String(id));
    if (!c)
        qFatal("no check %s", id);
    return c->count;
}

const Table& table(const QString& fixture)
{
    return fixtureTable(fixture + QStringLiteral(".csv"));
}

/// Later exact copies (second implementation) whose `field` is null: the generator copies a row after injecting
/// its defects, so a copied missing value is counted once in the stats but is missing twice in the file.
int missingInLaterCopies(const QString& fixture, const QString& field)
{
    const Table& t = table(fixture);
    const std::vector<bool> later = laterCopiesBySimpleKey(t);
    int n = 0;
    for (qint64 r = 0; r < t.rowCount(); ++r)
        n += later[size_t(r)] && t.find(field)->isNull(r) ? 1 : 0;
    return n;
}

/// Raw brand fields that are a clean brand name padded with spaces: the importer trims them, so these injected
/// "brand variants" are no longer variants in the table.
int paddedBrandsInFile(const QString& fixture, char delimiter)
{
    const QSet<QString> clean
        = vocabulary(fixtureTable(QStringLiteral("sales-clean-10k.csv")), QStringLiteral("brand"));
    const QList<QByteArray> lines = fixtureBytes(fixture + QStringLiteral(".csv")).split('\n');
    int n = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split(delimiter); // plate and brand never contain the delimiter
        if (fields.size() < 2)
            continue;
        const QString brand = QString::fromUtf8(fields[1]);
        n += brand != brand.trimmed() && clean.contains(brand.trimmed()) ? 1 : 0;
    }
    return n;
}

/// Rows whose `column` value is not in the clean fixture's vocabulary, and how many of them are later copies.
QPair<int, int> outsideCleanVocabulary(const QString& fixture, const QString& column)
{
    const QSet<QString> clean = vocabulary(fixtureTable(QStringLiteral("sales-clean-10k.csv")), column);
    const Table& t = table(fixture);
    const std::vector<bool> later = laterCopiesBySimpleKey(t);
    int rows = 0, copies = 0;
    for (qint64 r = 0; r < t.rowCount(); ++r)
        if (!t.find(column)->isNull(r) && !clean.contains(t.find(column)->displayText(r))) {
            ++rows;
            copies += later[size_t(r)] ? 1 : 0;
        }
    return {rows, copies};
}

std::vector<qint64> rowsOf(const QString& fixture, const char* id)
{
    return report(fixture).check(QLatin1String(id))->rows;
}

} // namespace

void TestQualityChecks::completenessCountsEveryMissingRequiredValue_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("expected");
    // Literal expectations; the test body derives each from the stats file as well.
    const char* dirty = "sales-dirty-10k";
    const char* euro = "sales-euro-5k";
    QTest::newRow("dirty brand") << QString::fromLatin1(dirty) << QStringLiteral("brand") << 0;
    QTest::newRow("dirty model") << QString::fromLatin1(dirty) << QStringLiteral("model") << 15;
    QTest::newRow("dirty model_year") << QString::fromLatin1(dirty) << QStringLiteral("model_year") << 25;
    QTest::newRow("dirty mileage_km") << QString::fromLatin1(dirty) << QStringLiteral("mileage_km") << 87;
    QTest::newRow("dirty sale_date") << QString::fromLatin1(dirty) << QStringLiteral("sale_date") << 12;
    QTest::newRow("dirty sale_price") << QString::fromLatin1(dirty) << QStringLiteral("sale_price") << 22;
    QTest::newRow("euro brand") << QString::fromLatin1(euro) << QStringLiteral("brand") << 0;
    QTest::newRow("euro model") << QString::fromLatin1(euro) << QStringLiteral("model") << 10;
    QTest::newRow("euro model_year") << QString::fromLatin1(euro) << QStringLiteral("model_year") << 9;
    QTest::newRow("euro mileage_km") << QString::fromLatin1(euro) << QStringLiteral("mileage_km") << 34;
    QTest::newRow("euro sale_date") << QString::fromLatin1(euro) << QStringLiteral("sale_date") << 2;
    QTest::newRow("euro sale_price") << QString::fromLatin1(euro) << QStringLiteral("sale_price") << 21;
}

void TestQualityChecks::completenessCountsEveryMissingRequiredValue()
{
    QFETCH(QString, fixture);
    QFETCH(QString, field);
    QFETCH(int, expected);
    const QualityCheck* c = report(fixture).check(QStringLiteral("completeness.") + field);
    QVERIFY(c);
    // stats count each injected missing value once; an exact duplicate row made after the injection copies it.
    const QJsonValue injected = fixtureStats(fixture).value(QStringLiteral("missing_") + field);
    const int fromStats = injected.toInt(0) + missingInLaterCopies(fixture, field);
    QCOMPARE(c->count, qint64(fromStats));
    QCOMPARE(c->count, qint64(expected));
    QCOMPARE(qint64(c->rows.size()), c->count);
    QCOMPARE(c->severity, Severity::Warning); // well under 5 % of the rows
    QCOMPARE(c->status, expected ? CheckStatus::Warn : CheckStatus::Pass);
    for (qint64 row : c->rows)
        QVERIFY(table(fixture).find(field)->isNull(row));
}

void TestQualityChecks::duplicatesMatchTheInjectedCopies()
{
    for (const char* name : {"sales-dirty-10k", "sales-euro-5k"}) {
        const QString fixture = QString::fromLatin1(name);
        const Table& t = table(fixture);
        const std::vector<bool> later = laterCopiesBySimpleKey(t);
        const auto simple = qint64(std::count(later.begin(), later.end(), true));
        QCOMPARE(countOf(fixture, "duplicates.exact_rows"), qint64(stat(fixture, "duplicate_row")));
        QCOMPARE(countOf(fixture, "duplicates.exact_rows"), simple);
        for (qint64 row : rowsOf(fixture, "duplicates.exact_rows"))
            QVERIFY(later[size_t(row)]);
        // A (plate, sale_date) repeat is only compared when both are present: every copy repeats its pair except
        // copies whose sale date is missing.
        const int undated = missingInLaterCopies(fixture, QStringLiteral("sale_date"));
        QCOMPARE(countOf(fixture, "duplicates.plate_sale_date"), qint64(stat(fixture, "duplicate_row") - undated));
        QCOMPARE(report(fixture).duplicates.exactRows, simple);
        QCOMPARE(report(fixture).duplicates.plateSaleDate, countOf(fixture, "duplicates.plate_sale_date"));
    }
    QCOMPARE(countOf(QStringLiteral("sales-dirty-10k"), "duplicates.plate_sale_date"), 78);
    QCOMPARE(countOf(QStringLiteral("sales-euro-5k"), "duplicates.plate_sale_date"), 35);
    // The sample names the earlier copy, whose values are equal.
    const QualityCheck* c = report(QStringLiteral("sales-dirty-10k")).check(QStringLiteral("duplicates.exact_rows"));
    const CheckSampleRow& s = c->sample.first();
    const auto first = qint64(s.values.value(QStringLiteral("duplicate_of_row")).toDouble());
    QVERIFY(first < s.row);
    QCOMPARE(cellText(table(QStringLiteral("sales-dirty-10k")), QStringLiteral("plate"), first),
        cellText(table(QStringLiteral("sales-dirty-10k")), QStringLiteral("plate"), s.row));
    QCOMPARE(s.sourceLine, s.row + 2); // header line + 1-based lines
}

void TestQualityChecks::impossibleValuesMatchTheStats()
{
    for (const char* name : {"sales-dirty-10k", "sales-euro-5k"}) {
        const QString f = QString::fromLatin1(name);
        const QJsonObject st = fixtureStats(f);
        auto s = [&st](const char* key) { return qint64(st.value(QLatin1String(key)).toInt(0)); };
        // No impossible value sits in a duplicated row in these files (else the copies would add to the stats).
        QCOMPARE(countOf(f, "impossible.model_year"), s("year_2099") + s("year_implausible_low"));
        QCOMPARE(countOf(f, "impossible.mileage_km"), s("mileage_negative") + s("mileage_9999999"));
        QCOMPARE(countOf(f, "impossible.power_kw"), s("power_impossible"));
        QCOMPARE(countOf(f, "impossible.sale_price"), 0);
        QCOMPARE(countOf(f, "impossible.sale_date"), 0);
        QCOMPARE(report(f).check(QStringLiteral("impossible.model_year"))->status, CheckStatus::Fail);
    }
    QCOMPARE(countOf(QStringLiteral("sales-dirty-10k"), "impossible.model_year"), 6);
    QCOMPARE(countOf(QStringLiteral("sales-dirty-10k"), "impossible.mileage_km"), 10);
    QCOMPARE(countOf(QStringLiteral("sales-euro-5k"), "impossible.model_year"), 2);
    // Every flagged row really breaks the rule (read with QDate and display text, not the production code).
    const Table& t = table(QStringLiteral("sales-dirty-10k"));
    for (qint64 row : rowsOf(QStringLiteral("sales-dirty-10k"), "impossible.model_year")) {
        const int year = ReferenceChecks::yearOf(t, "model_year", row);
        QVERIFY(year < 1950 || year > ReferenceChecks::yearOf(t, "sale_date", row) + 1);
    }
    for (qint64 row : rowsOf(QStringLiteral("sales-dirty-10k"), "impossible.mileage_km")) {
        const double km = cellText(t, QStringLiteral("mileage_km"), row).toDouble();
        QVERIFY(km < 0 || km > 1500000);
    }
}

void TestQualityChecks::mileagePerYearMatchesASimpleLoop()
{
    const QList<QPair<const char*, int>> expected {
        {"sales-clean-10k", 0}, {"sales-dirty-10k", 2}, {"sales-euro-5k", 1}};
    for (const auto& [name, count] : expected) {
        const QString f = QString::fromLatin1(name);
        // The fixtures' generator has heavy-use cars up to ~95,000 km a year; only a few go past 100,000.
        QCOMPARE(rowsOf(f, "plausibility.mileage_per_year"), ReferenceChecks::mileagePerYear(table(f), 100000));
        QCOMPARE(countOf(f, "plausibility.mileage_per_year"), qint64(count));
    }
}

void TestQualityChecks::priceOutliersMatchASecondImplementation()
{
    // stats count 17 injected outliers in dirty (and 9 in euro): prices a thousand times too small or about ten
    // times too large. The robust z-score also flags real but unusual prices (mostly cars with 250,000 km and
    // more, which the generator prices far below their group), so the count cannot map 1:1 to the stats; the
    // reference implementation recomputes groups, medians and MADs from scratch.
    const QList<QPair<const char*, int>> expected {
        {"sales-clean-10k", 71}, {"sales-dirty-10k", 111}, {"sales-euro-5k", 43}};
    for (const auto& [name, count] : expected) {
        const QString f = QString::fromLatin1(name);
        QCOMPARE(rowsOf(f, "outliers.sale_price"), ReferenceChecks::priceOutliers(table(f), report(f)));
        QCOMPARE(countOf(f, "outliers.sale_price"), qint64(count));
    }
    // The gross injected errors are all found: prices under 100 EUR (entered in thousands) and of a million or more.
    for (const char* name : {"sales-dirty-10k", "sales-euro-5k"}) {
        const QString f = QString::fromLatin1(name);
        const std::vector<qint64> flagged = rowsOf(f, "outliers.sale_price");
        int gross = 0;
        for (qint64 r = 0; r < table(f).rowCount(); ++r) {
            const double price = table(f).find(QStringLiteral("sale_price"))->number(r);
            if (price < 100 || price >= 1e6) {
                ++gross;
                QVERIFY2(std::binary_search(flagged.begin(), flagged.end(), r), qPrintable(QString::number(price)));
            }
        }
        QCOMPARE(gross, f.contains(QStringLiteral("dirty")) ? 7 : 5);
    }
}

void TestQualityChecks::brandSpellingVariantsMatchTheStats()
{
    const QList<QPair<const char*, char>> files {{"sales-dirty-10k", ','}, {"sales-euro-5k", ';'}};
    for (const auto& [name, delimiter] : files) {
        const QString f = QString::fromLatin1(name);
        // stats count every injected variant once, including names padded with spaces (" Audi "), which the
        // importer trims back to the clean name; a later exact copy repeats a variant.
        const auto [outside, copies] = outsideCleanVocabulary(f, QStringLiteral("brand"));
        const int padded = paddedBrandsInFile(f, delimiter);
        QCOMPARE(countOf(f, "spelling.brand"), qint64(stat(f, "brand_variant") - padded + copies));
        QCOMPARE(countOf(f, "spelling.brand"), qint64(outside));
        // Every suggested canonical name is the clean file's spelling.
        const QSet<QString> clean
            = vocabulary(fixtureTable(QStringLiteral("sales-clean-10k.csv")), QStringLiteral("brand"));
        for (const SpellingCluster& c : report(f).brandSpelling.clusters())
            QVERIFY2(clean.contains(c.canonical), qPrintable(c.canonical));
    }
    QCOMPARE(countOf(QStringLiteral("sales-dirty-10k"), "spelling.brand"), 162); // 188 - 27 padded + 1 copy
    QCOMPARE(countOf(QStringLiteral("sales-euro-5k"), "spelling.brand"), 90); // 109 - 19 padded
    const SpellingClusters& dirty = report(QStringLiteral("sales-dirty-10k")).brandSpelling;
    QCOMPARE(dirty.canonicalOf({}, QStringLiteral("V.W.")), QStringLiteral("Volkswagen"));
    QCOMPARE(dirty.canonicalOf({}, QStringLiteral("Volkswagon")), QStringLiteral("Volkswagen"));
    QCOMPARE(dirty.canonicalOf({}, QStringLiteral("Daimler")), QStringLiteral("Mercedes-Benz"));
    QCOMPARE(dirty.canonicalOf({}, QStringLiteral("Vauxhall")), QStringLiteral("Opel"));
    QCOMPARE(dirty.canonicalOf({}, QStringLiteral("Škoda")), QStringLiteral("Skoda"));
    QCOMPARE(dirty.canonicalOf({}, QStringLiteral("Hyundia")), QStringLiteral("Hyundai"));
    QCOMPARE(report(QStringLiteral("sales-euro-5k")).brandSpelling.canonicalOf({}, QStringLiteral("Cupra")),
        QStringLiteral("Seat"));
}

void TestQualityChecks::modelSpellingVariantsMatchTheCleanVocabulary()
{
    // stats' model_variant (32 dirty, 25 euro) cannot map 1:1: 9 (3) of the injected variants are only padded
    // with spaces, which the import trims, and lower-casing a name without letters ("208") changes nothing. The
    // independent count: rows whose model is not a clean-file model name (case variants and trim text appended
    // after a comma or in quotes, such as `Golf, M Sport` or `Golf "GTI"`).
    const QList<QPair<const char*, int>> expected {{"sales-dirty-10k", 31}, {"sales-euro-5k", 25}};
    for (const auto& [name, count] : expected) {
        const QString f = QString::fromLatin1(name);
        QCOMPARE(countOf(f, "spelling.model"), qint64(outsideCleanVocabulary(f, QStringLiteral("model")).first));
        QCOMPARE(countOf(f, "spelling.model"), qint64(count));
    }
    const SpellingClusters& models = report(QStringLiteral("sales-dirty-10k")).modelSpelling;
    QCOMPARE(models.canonicalOf(QStringLiteral("Volkswagen"), QStringLiteral("Golf, M Sport")), QStringLiteral("Golf"));
    QCOMPARE(
        models.canonicalOf(QStringLiteral("Mercedes-Benz"), QStringLiteral("c-klasse")), QStringLiteral("C-Klasse"));
}

void TestQualityChecks::cleanFixtureFindsOnlyUnusualPrices()
{
    // The clean file has no injected dirt. Everything passes except the price outlier check, which flags 71 real
    // cars whose price is far from comparable cars (see priceOutliersMatchASecondImplementation). engine_l and
    // equipment have empty values (electric cars, cars without options) but are not required fields.
    const QualityReport& r = report(QStringLiteral("sales-clean-10k"));
    for (const QualityCheck& c : r.checks) {
        if (c.id == QStringLiteral("outliers.sale_price"))
            QCOMPARE(c.count, 71);
        else
            QVERIFY2(c.count == 0 && c.status == CheckStatus::Pass, qPrintable(c.id));
    }
    QCOMPARE(r.checks.size(), 21);
    QVERIFY(r.brandSpelling.clusters().isEmpty()); // "Model S"/"Model Y", "XC40"/"XC60" are not merged
    QVERIFY(r.modelSpelling.clusters().isEmpty());
    QCOMPARE(r.status(), CheckStatus::Warn);
}

void TestQualityChecks::equipmentTokensOnFixturesAndSynthetic()
{
    for (const char* name : {"sales-clean-10k", "sales-dirty-10k", "sales-euro-5k"}) {
        // Every fixture token is in the vocabulary; the rarest one ("ventilated seats") has hundreds of rows.
        QCOMPARE(countOf(QString::fromLatin1(name), "equipment.unknown_tokens"), 0);
        QCOMPARE(countOf(QString::fromLatin1(name), "equipment.rare_tokens"), 0);
    }
    Table t;
    Column eq(QStringLiteral("equipment"), ColumnType::TextList);
    const QList<QStringList> rows {{QStringLiteral("navigation"), QStringLiteral("Flux Capacitor")},
        {QStringLiteral("Navigation"), QStringLiteral("heated seats")}, {}, {QStringLiteral("flux  capacitor")},
        {QStringLiteral("heated seats")}, {QStringLiteral("heated seats"), QStringLiteral("navigation")},
        {QStringLiteral("Heated Seats"), QStringLiteral("navigation"), QStringLiteral("Sitzheizung")}};
    for (const QStringList& tokens : rows) {
        for (const QString& token : tokens)
            eq.appendListToken(token.toStdString());
        eq.endListRow();
    }
    t.addColumn(std::move(eq));
    QualityOptions o;
    o.rareTokenMaxRows = 2; // "flux capacitor" (2 rows) and "sitzheizung" (1); navigation has 4, heated seats 4
    auto r = QualityChecker::run(t, o, {});
    QVERIFY(r);
    const QualityCheck* unknown = r->check(QStringLiteral("equipment.unknown_tokens"));
    QCOMPARE(unknown->rows, (std::vector<qint64> {0, 3, 6}));
    QCOMPARE(unknown->evaluated, 6);
    QCOMPARE(unknown->details.value(QStringLiteral("tokens")).toArray().size(), 2);
    QCOMPARE(r->check(QStringLiteral("equipment.rare_tokens"))->rows, (std::vector<qint64> {0, 3, 6}));
    o.extraEquipmentTokens = QStringList {QStringLiteral("Flux Capacitor")};
    r = QualityChecker::run(t, o, {});
    QCOMPARE(r->check(QStringLiteral("equipment.unknown_tokens"))->rows, (std::vector<qint64> {6}));
}

void TestQualityChecks::staleDataAgainstTheReferenceDate()
{
    // Newest sale in every fixture: 2024-12-31.
    const QualityCheck* fresh = report(QStringLiteral("sales-dirty-10k")).check(QStringLiteral("freshness.stale"));
    QCOMPARE(fresh->details.value(QStringLiteral("age_days")).toInt(), 181);
    QCOMPARE(fresh->details.value(QStringLiteral("newest")).toString(), QStringLiteral("2024-12-31"));
    QCOMPARE(fresh->status, CheckStatus::Pass);
    QualityOptions o;
    o.referenceDate = QDate(2026, 3, 1);
    auto r = QualityChecker::run(table(QStringLiteral("sales-euro-5k")), o, {});
    const QualityCheck* stale = r->check(QStringLiteral("freshness.stale"));
    QCOMPARE(stale->details.value(QStringLiteral("age_days")).toInt(), 425);
    QCOMPARE(stale->status, CheckStatus::Warn);
    QCOMPARE(stale->count, 4998); // all rows with a sale date (2 are missing)
    o.referenceDate = QDate();
    r = QualityChecker::run(table(QStringLiteral("sales-euro-5k")), o, {});
    QVERIFY(!r->check(QStringLiteral("freshness.stale"))); // no clock in the core: no reference, no check
}

void TestQualityChecks::whitespaceOnlyInTablesThatWereNotImported()
{
    // The dirty file pads 60 cells with spaces; the importer trims them, so its table has none left.
    QCOMPARE(countOf(QStringLiteral("sales-dirty-10k"), "text.whitespace"), 0);
    Table t;
    Column brand(QStringLiteral("brand"), ColumnType::Text);
    for (const char* v : {" Audi ", "Audi", "Mercedes  Benz", "BMW", " Audi "})
        brand.appendText(v);
    t.addColumn(std::move(brand));
    auto r = QualityChecker::run(t, QualityOptions {}, {});
    QCOMPARE(r->check(QStringLiteral("text.whitespace"))->rows, (std::vector<qint64> {0, 2, 4}));
    // Brand clustering folds case and spacing: " Audi " is a variant of "Audi".
    QCOMPARE(r->check(QStringLiteral("spelling.brand"))->count, 2);
}

void TestQualityChecks::reportJsonHasTheKeysTheCliNeeds()
{
    const QJsonObject j = report(QStringLiteral("sales-dirty-10k")).toJson();
    QCOMPARE(j.value(QStringLiteral("rows")).toInt(), 10000);
    const QJsonArray columns = j.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), 17); // source_line is bookkeeping, not profiled
    for (const QJsonValue& c : columns)
        for (const char* key : {"name", "type", "missing", "distinct", "min", "max", "quantiles"})
            QVERIFY2(c.toObject().contains(QLatin1String(key)), key);
    const QJsonArray checks = j.value(QStringLiteral("checks")).toArray();
    QCOMPARE(checks.size(), 21);
    for (const QJsonValue& c : checks)
        for (const char* key : {"id", "severity", "status", "count", "sample", "description"})
            QVERIFY2(c.toObject().contains(QLatin1String(key)), key);
    QCOMPARE(j.value(QStringLiteral("duplicates")).toObject().value(QStringLiteral("exact_rows")).toInt(), 79);
    QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(report(QStringLiteral("sales-dirty-10k")).check(QStringLiteral("completeness.model"))->sample.size(), 15);
    const QJsonObject first = report(QStringLiteral("sales-dirty-10k"))
                                  .check(QStringLiteral("completeness.model"))
                                  ->sample.first()
                                  .toJson();
    QVERIFY(first.contains(QStringLiteral("row")) && first.contains(QStringLiteral("source_line")));
    QVERIFY(first.value(QStringLiteral("values")).toObject().value(QStringLiteral("model")).isNull());
}

void TestQualityChecks::threadCountDoesNotChangeTheReport()
{
    QualityOptions o = options();
    o.threads = 1;
    auto one = QualityChecker::run(table(QStringLiteral("sales-euro-5k")), o, {});
    QVERIFY(one);
    QCOMPARE(one->toJson(), report(QStringLiteral("sales-euro-5k")).toJson());
}

void TestQualityChecks::progressCanCancel()
{
    int calls = 0;
    auto cancelAfter = [&calls](int n) { return [&calls, n](qint64, qint64) { return ++calls <= n; }; };
    // At most 2 callbacks come before the first check ends; later ones depend on which thread ends which check.
    for (int n : {0, 1, 2}) {
        calls = 0;
        auto r = QualityChecker::run(table(QStringLiteral("sales-euro-5k")), options(), cancelAfter(n));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
    }
    qint64 lastDone = -1, lastTotal = -1;
    auto r = QualityChecker::run(table(QStringLiteral("sales-euro-5k")), options(), [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    QVERIFY(r);
    QCOMPARE(lastDone, lastTotal);
    QVERIFY(lastTotal > 20);
}

} // namespace valuator::test
