// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/MemoryByteSource.h"
#include "models/importing/ImportEngine.h"
#include "models/importing/ImportPlanner.h"
#include "models/importing/TableSink.h"
#include "models/typing/DateParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace valuator;

namespace {

QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(VALUATOR_FIXTURES_DIR "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QJsonObject fixtureStats(const char* name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

const Column& col(const Table& t, const char* name)
{
    const Column* c = t.find(QLatin1String(name));
    if (!c)
        qFatal("no column %s", name);
    return *c;
}

QString cell(const Table& t, const char* name, int64_t row)
{
    return col(t, name).displayText(row);
}

InMemoryImport import(const QByteArray& csv, const ImportOverrides& o = {})
{
    auto r = importCsvToTable(csv, o);
    if (!r)
        qFatal("import failed: %s", qPrintable(r.error().userMessage));
    return std::move(*r);
}

QStringList codes(const QList<ImportReject>& rejects)
{
    QStringList out;
    for (const ImportReject& r : rejects)
        out << r.code;
    return out;
}

} // namespace

class TestImportEngine : public QObject {
    Q_OBJECT
private slots:
    void cleanFixture()
    {
        const InMemoryImport r = import(fixture("sales-clean-10k.csv"));
        QCOMPARE(r.stats.recordsRead, 10000);
        QCOMPARE(r.stats.rowsImported, 10000);
        QCOMPARE(r.stats.rowsRejected, 0);
        QCOMPARE(r.table.rowCount(), 10000);
        // Every fixture column maps to a canonical field: no extras, plus the source line.
        QCOMPARE(r.table.columnCount(), 18);
        QCOMPARE(cell(r.table, "plate", 0), QStringLiteral("FR-GO 6795"));
        QCOMPARE(cell(r.table, "brand", 0), QStringLiteral("BMW"));
        QCOMPARE(col(r.table, "model_year").ints()[0], 2019);
        QCOMPARE(col(r.table, "mileage_km").doubles()[0], 25299.0);
        QCOMPARE(cell(r.table, "sale_date", 0), QStringLiteral("2021-11-10"));
        QCOMPARE(col(r.table, "sale_price").doubles()[0], 26990.0);
        QCOMPARE(col(r.table, "engine_l").doubles()[0], 1.8);
        QCOMPARE(col(r.table, "equipment").listCodes(0).size(), size_t(13));
        QCOMPARE(cell(r.table, "region", 0), QStringLiteral("Baden-Württemberg"));
        QCOMPARE(col(r.table, "source_line").ints()[0], 2);
        QCOMPARE(col(r.table, "source_line").ints()[9999], 10001);
    }

    void euroFixturesAgreeAcrossEncodings()
    {
        const InMemoryImport utf8 = import(fixture("sales-euro-5k.csv"));
        const InMemoryImport cp1252 = import(fixture("sales-euro-cp1252-5k.csv"));
        QCOMPARE(utf8.stats.recordsRead, 5000);
        QCOMPARE(utf8.stats.rowsImported + utf8.stats.rowsRejected, 5000);
        QCOMPARE(col(utf8.table, "sale_price").doubles()[0], 8590.0);
        QCOMPARE(col(utf8.table, "engine_l").doubles()[0], 1.3);
        QCOMPARE(cell(utf8.table, "sale_date", 0), QStringLiteral("2024-04-26"));
        QCOMPARE(utf8.table.rowCount(), cp1252.table.rowCount());
        QCOMPARE(utf8.table.columnNames(), cp1252.table.columnNames());
        for (int c = 0; c < utf8.table.columnCount(); ++c)
            for (int64_t row = 0; row < utf8.table.rowCount(); ++row)
                QCOMPARE(utf8.table.column(c).displayText(row), cp1252.table.column(c).displayText(row));
    }

    void dirtyFixtureKeepsEveryRowOrSaysWhy()
    {
        const QJsonObject stats = fixtureStats("sales-dirty-10k.stats.json");
        const InMemoryImport r = import(fixture("sales-dirty-10k.csv"));
        QCOMPARE(r.stats.recordsRead, qint64(stats.value(QStringLiteral("_rows")).toInt()));
        QCOMPARE(r.stats.rowsImported + r.stats.rowsRejected, r.stats.recordsRead);
        // Every reject names its line, column and reason.
        for (const ImportReject& reject : r.rejects) {
            QVERIFY(reject.line > 1);
            QVERIFY(!reject.reason.isEmpty());
            QVERIFY(!reject.code.isEmpty());
        }
        // Units parse: no mileage or price cell is rejected for text like "85000 km" or "12.490 EUR".
        for (const ImportReject& reject : r.rejects)
            QVERIFY2(reject.code != QStringLiteral("unknown_unit"), qPrintable(reject.raw));
        // Nulls where the file has missing tokens; the sale_price column keeps them (quality reports them).
        int64_t missingPrice = 0;
        const Column& price = col(r.table, "sale_price");
        for (int64_t i = 0; i < price.size(); ++i)
            missingPrice += price.isNull(i);
        QVERIFY(missingPrice >= stats.value(QStringLiteral("missing_sale_price")).toInt());
    }

    void germanDemoHeadersMap()
    {
        QFile f(QStringLiteral(VALUATOR_SOURCE_DIR "/resources/demo/demo-sales.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        auto preview = ImportPlanner::plan(csv, true);
        QVERIFY(preview);
        QVERIFY2(preview->settings.mapping.missingRequired().isEmpty(),
            qPrintable(preview->settings.headers.join(QLatin1Char(','))));
        QCOMPARE(preview->settings.dialect.delimiter, ';');
        QCOMPARE(preview->settings.inference.numberFormat.decimal, ',');
        const InMemoryImport r = import(csv);
        QCOMPARE(r.stats.recordsRead, 3000);
        QCOMPARE(r.stats.rowsImported + r.stats.rowsRejected, 3000);
        QVERIFY(r.stats.rowsImported > 2900);
    }

    void emptyAndBinaryFilesFail()
    {
        auto empty = ImportPlanner::plan(QByteArray(), true);
        QVERIFY(!empty);
        QVERIFY(empty.error().userMessage.contains(QStringLiteral("empty")));
        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 256);
        auto binary = ImportPlanner::plan(junk, true);
        QVERIFY(!binary);
        QVERIFY(binary.error().userMessage.contains(QStringLiteral("binary")));
    }

    void headerOnlyGivesNoRows()
    {
        const InMemoryImport r = import("brand,model,model_year,mileage_km,sale_date,sale_price\n");
        QCOMPARE(r.stats.recordsRead, 0);
        QCOMPARE(r.table.rowCount(), 0);
        QCOMPARE(r.table.columnCount(), 7);
    }

    void raggedAndBrokenRecordsAreRejectedPrecisely()
    {
        const QByteArray csv = "brand,model,model_year,mileage_km,sale_date,sale_price\n"
                               "VW,Golf,2015,100000,2020-01-02,9000\n"
                               "VW,Golf,2015,100000\n" // line 3: too few fields
                               "VW,Polo,2016,90000,2020-01-03,8000,extra\n" // line 4: too many
                               "VW,Up,2017,not much,2020-01-04,7000\n" // line 5: bad number
                               "VW,Up,2017,5000,2020-02-30,7000\n" // line 6: bad date
                               "VW,\"Golf\nVariant\",2018,1000,2020-01-05,9000\n" // lines 7-8: quoted newline
                               "VW,\"Passat,2019,1000,2020-01-06,9000\n"; // line 9: unterminated quote
        const InMemoryImport r = import(csv);
        QCOMPARE(r.stats.recordsRead, 7);
        QCOMPARE(r.stats.rowsImported, 2);
        QCOMPARE(r.stats.rowsRejected, 5);
        QCOMPARE(codes(r.rejects),
            QStringList({QStringLiteral("field_count"), QStringLiteral("field_count"), QStringLiteral("not_a_number"),
                QStringLiteral("invalid_day"), QStringLiteral("unterminated_quote")}));
        QCOMPARE(r.rejects[0].line, 3);
        QCOMPARE(r.rejects[2].line, 5);
        QCOMPARE(r.rejects[2].column, QStringLiteral("mileage_km"));
        QCOMPARE(r.rejects[2].raw, QStringLiteral("not much"));
        QCOMPARE(r.rejects[4].line, 9);
        QCOMPARE(cell(r.table, "model", 1), QStringLiteral("Golf\nVariant"));
        QCOMPARE(col(r.table, "source_line").ints()[1], 7);
    }

    void rejectedRecordsMaskThePlate()
    {
        const InMemoryImport r = import("plate,brand,model,model_year,mileage_km,sale_date,sale_price\n"
                                        "M-AB 1234,VW,Golf,2015,100000,2020-01-02,9000\n"
                                        "HH-CD 567,VW,Golf,2015\n");
        QCOMPARE(r.rejects.size(), 1);
        QCOMPARE(r.rejects.first().raw, QStringLiteral("HH-** ***,VW,Golf,2015"));
        QCOMPARE(cell(r.table, "plate", 0), QStringLiteral("M-AB 1234")); // stored data keeps the real plate
    }

    void columnCountChangingHalfwayIsRejectedFromThere()
    {
        QByteArray csv = "brand,model,model_year,mileage_km,sale_date,sale_price\n";
        for (int i = 0; i < 50; ++i)
            csv += "VW,Golf,2015,100000,2020-01-02,9000\n";
        for (int i = 0; i < 50; ++i)
            csv += "VW,Golf,2015,100000,2020-01-02,9000,blue,5\n";
        const InMemoryImport r = import(csv);
        QCOMPARE(r.stats.rowsImported, 50);
        QCOMPARE(r.stats.rowsRejected, 50);
        QCOMPARE(r.rejects.first().line, 52);
        QVERIFY(r.rejects.first().reason.contains(QStringLiteral("expected 6 fields")));
    }

    void invalidUtf8RowIsRejectedOthersKept()
    {
        QByteArray csv = "brand,model,model_year,mileage_km,sale_date,sale_price\n"
                         "Škoda,Octavia,2015,100000,2020-01-02,9000\n"
                         "Sk\xF6"
                         "da,Fabia,2015,100000,2020-01-02,9000\n"
                         "Škoda,Superb,2015,100000,2020-01-02,9000\n";
        const InMemoryImport r = import(csv);
        QCOMPARE(r.stats.rowsImported, 2);
        QCOMPARE(codes(r.rejects), QStringList {QStringLiteral("invalid_encoding")});
        QCOMPARE(r.rejects.first().line, 3);
        QCOMPARE(r.rejects.first().column, QStringLiteral("brand"));
    }

    void windows1252AndUtf16Files()
    {
        const QString text = QStringLiteral("Marke;Modell;Baujahr;Kilometerstand;Verkaufsdatum;Preis\n"
                                            "Volkswagen;Käfer;1972;120.000;01.02.2020;12.500,50 €\n"
                                            "Škoda;Öko;2019;5.000;02.02.2020;9.000,00 €\n");
        const InMemoryImport utf16 = import(
            QByteArray("\xFF\xFE", 2) + QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2));
        QCOMPARE(utf16.stats.rowsImported, 2);
        QCOMPARE(cell(utf16.table, "model", 0), QStringLiteral("Käfer"));
        QCOMPARE(col(utf16.table, "sale_price").doubles()[0], 12500.5);
        QCOMPARE(col(utf16.table, "mileage_km").doubles()[0], 120000.0);
        QCOMPARE(cell(utf16.table, "sale_date", 1), QStringLiteral("2020-02-02"));

        const QByteArray cp1252 = "Marke;Modell;Baujahr;Kilometerstand;Verkaufsdatum;Preis\n"
                                  "Volkswagen;K\xE4"
                                  "fer;1972;120.000;01.02.2020;12.500,50 \x80\n"
                                  "Opel;Gr\xF6\xDF"
                                  "e;2019;5.000;02.02.2020;9.000,00 \x80\n";
        const InMemoryImport ansi = import(cp1252);
        QCOMPARE(ansi.stats.rowsImported, 2);
        QCOMPARE(cell(ansi.table, "model", 1), QStringLiteral("Größe"));
        QCOMPARE(col(ansi.table, "sale_price").doubles()[0], 12500.5);
    }

    void hugeFieldSurvives()
    {
        QByteArray csv = "brand,model,model_year,mileage_km,sale_date,sale_price,notes\n";
        const QByteArray big(10 * 1024 * 1024, 'x');
        csv += "VW,Golf,2015,100000,2020-01-02,9000,\"" + big + "\"\n";
        csv += "VW,Polo,2016,90000,2020-01-03,8000,short\n";
        const InMemoryImport r = import(csv);
        QCOMPARE(r.stats.rowsImported, 2);
        QCOMPARE(col(r.table, "notes").displayText(0).size(), big.size());
    }

    void duplicateHeadersAreRenamed()
    {
        auto preview = ImportPlanner::plan("brand,model,model_year,mileage_km,sale_date,sale_price,note,note\n"
                                           "VW,Golf,2015,1,2020-01-02,9000,a,b\n",
            true);
        QVERIFY(preview);
        QCOMPARE(preview->settings.headers.mid(6), QStringList({QStringLiteral("note"), QStringLiteral("note_2")}));
        QVERIFY(!preview->warnings.isEmpty());
    }

    void missingRequiredFieldStopsWithItsName()
    {
        auto preview
            = ImportPlanner::plan("brand,model,mileage_km,sale_date,sale_price\nVW,Golf,1,2020-01-02,9\n", true);
        QVERIFY(preview);
        auto engine = ImportEngine::create(preview->settings);
        QVERIFY(!engine);
        QVERIFY(engine.error().userMessage.contains(QStringLiteral("'model_year'")));
    }

    void constantsAndIndicators()
    {
        const QByteArray csv = "Buick,Cadillac,model,odometer,price\n"
                               "1,0,LeSabre,100000,9000\n"
                               "0,1,DeVille,90000,12000\n"
                               "0,0,Unknown,1000,500\n"
                               "1,1,Both,1000,500\n";
        auto preview = ImportPlanner::plan(csv, true);
        QVERIFY(preview);
        ColumnMapping& m = preview->settings.mapping;
        m.setSource(CarField::Brand,
            {FieldSource::Kind::Indicators, {}, {}, {QStringLiteral("Buick"), QStringLiteral("Cadillac")}});
        m.setSource(CarField::ModelYear, {FieldSource::Kind::Constant, {}, QStringLiteral("2005"), {}});
        m.setSource(CarField::SaleDate, {FieldSource::Kind::Constant, {}, QStringLiteral("2005-06-30"), {}});
        auto engine = ImportEngine::create(preview->settings);
        QVERIFY2(engine, engine ? "" : qPrintable(engine.error().userMessage));
        MemoryByteSource source(csv);
        TableSink sink;
        auto stats = engine->run(source, sink, {});
        QVERIFY(stats);
        QCOMPARE(stats->rowsImported, 3);
        QCOMPARE(codes(sink.rejects()), QStringList {QStringLiteral("indicator_conflict")});
        const Table& t = sink.table();
        QCOMPARE(cell(t, "brand", 0), QStringLiteral("Buick"));
        QCOMPARE(cell(t, "brand", 1), QStringLiteral("Cadillac"));
        QVERIFY(col(t, "brand").isNull(2));
        QCOMPARE(col(t, "model_year").ints()[2], 2005);
        QCOMPARE(cell(t, "sale_date", 1), QStringLiteral("2005-06-30"));
        // The indicator columns are consumed, not kept as extras.
        QVERIFY(!t.find(QStringLiteral("Buick")));
    }

    void ambiguousDateColumnNeedsADecision()
    {
        const QByteArray csv = "brand,model,model_year,mileage_km,sale_date,sale_price\n"
                               "VW,Golf,2015,1,03/04/2020,9000\n"
                               "VW,Golf,2015,1,05/06/2020,9000\n"
                               "VW,Golf,2015,1,07/08/2020,9000\n";
        auto preview = ImportPlanner::plan(csv, true);
        QVERIFY(preview);
        auto engine = ImportEngine::create(preview->settings);
        QVERIFY(!engine);
        QVERIFY(engine.error().userMessage.contains(QStringLiteral("day/month")));
        ImportOverrides o;
        o.dateOrder = DateFormat::MonthDayYearSlash;
        const InMemoryImport r = import(csv, o);
        QCOMPARE(cell(r.table, "sale_date", 0), QStringLiteral("2020-03-04"));
    }

    void strayAmbiguousDatesFollowTheColumnsEvidence()
    {
        // 300 ISO rows: the 200-record sample sees none of the slash dates that follow.
        QByteArray csv = "brand,model,model_year,mileage_km,sale_date,sale_price\n";
        for (int i = 0; i < 300; ++i)
            csv += "VW,Golf,2015,1,2020-01-02,9000\n";
        csv += "VW,Golf,2015,1,03/04/2021,9000\n"; // line 302: ambiguous alone
        csv += "VW,Golf,2015,1,02/23/2022,9000\n"; // line 303: proves mm/dd
        const InMemoryImport r = import(csv);
        QCOMPARE(r.stats.rowsImported, 302);
        QCOMPARE(r.stats.rowsRejected, 0);
        // Held-back rows come last; source_line keeps the file order.
        QCOMPARE(cell(r.table, "sale_date", 300), QStringLiteral("2022-02-23"));
        QCOMPARE(cell(r.table, "sale_date", 301), QStringLiteral("2021-03-04"));
        QCOMPARE(col(r.table, "source_line").ints()[301], 302);

        QByteArray undecided = "brand,model,model_year,mileage_km,sale_date,sale_price\n";
        for (int i = 0; i < 300; ++i)
            undecided += "VW,Golf,2015,1,2020-01-02,9000\n";
        undecided += "VW,Golf,2015,1,03/04/2021,9000\n";
        const InMemoryImport u = import(undecided);
        QCOMPARE(u.stats.rowsRejected, 1);
        QCOMPARE(codes(u.rejects), QStringList {QStringLiteral("ambiguous_date")});
    }

    void chunkingDoesNotChangeTheResult()
    {
        const QByteArray csv = fixture("sales-dirty-10k.csv");
        auto preview = ImportPlanner::plan(csv, true);
        QVERIFY(preview);
        ImportSettings small = preview->settings;
        small.chunkRows = 777;
        auto engine = ImportEngine::create(small);
        QVERIFY(engine);
        MemoryByteSource source(csv);
        TableSink sink;
        QVERIFY(engine->run(source, sink, {}));
        const InMemoryImport whole = import(csv);
        QCOMPARE(sink.table().rowCount(), whole.table.rowCount());
        for (int c = 0; c < whole.table.columnCount(); ++c)
            for (int64_t row = 0; row < whole.table.rowCount(); row += 97)
                QCOMPARE(sink.table().column(c).displayText(row), whole.table.column(c).displayText(row));
    }

    void cancelStopsWithCancelled()
    {
        const QByteArray csv = fixture("sales-clean-10k.csv");
        auto preview = ImportPlanner::plan(csv, true);
        auto engine = ImportEngine::create(preview->settings);
        MemoryByteSource source(csv);
        TableSink sink;
        int calls = 0;
        auto stats = engine->run(source, sink, [&](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!stats);
        QCOMPARE(stats.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestImportEngine)
#include "TestImportEngine.moc"
