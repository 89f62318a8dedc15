// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/SampleAnalyzer.h"

#include <QTest>

#include "FixtureCsv.h"
#include "TypingTests.h"

using namespace valuator;
using valuator::test::FixtureCsv;

namespace {

SampleAnalyzer::Records records(const char* text, char delimiter = ',')
{
    return FixtureCsv::parse(text, delimiter).records;
}

} // namespace

class TestSampleAnalyzer : public QObject {
    Q_OBJECT

private slots:
    void header_data();
    void header();
    void headerNamesAreUnique();
    void numberFormat_data();
    void numberFormat();
    void dateFormats_data();
    void dateFormats();
};

void TestSampleAnalyzer::header_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<QString>("names");

    const QByteArray rows = "FR-GO 6795,BMW,2019,25299,1.8,2021-11-10,26990\n"
                            "DD-NX 8872E,BMW,2013,43489,,2017-01-23,16400\n"
                            "A-W 9958,Audi,2020,45261,2.7,2023-12-17,37900\n";
    QTest::newRow("fixture header") << QByteArray("plate,brand,model_year,mileage_km,engine_l,sale_date,sale_price\n")
            + rows << true << QStringLiteral("plate brand model_year mileage_km engine_l sale_date sale_price");
    QTest::newRow("no header") << rows << false
                               << QStringLiteral("column_1 column_2 column_3 column_4 column_5 column_6 column_7");
    QTest::newRow("numeric-looking header: years over prices")
        << QByteArray("model,2019,2020\nGolf,12500.50,13990.00\nPolo,8990.00,9490.50\n") << true
        << QStringLiteral("model 2019 2020");
    QTest::newRow("first data row has a missing value") << QByteArray("BMW,,2019\nAudi,1.8,2020\nVW,2.0,2018\n")
                                                        << false << QStringLiteral("column_1 column_2 column_3");
    QTest::newRow("all text with header")
        << QByteArray("brand,colour\nBMW,blue\nAudi,red\nBMW,red\n") << true << QStringLiteral("brand colour");
    QTest::newRow("all text, first row recurs")
        << QByteArray("BMW,blue\nAudi,red\nBMW,black\n") << false << QStringLiteral("column_1 column_2");
    QTest::newRow("euro semicolons") << QByteArray("plate;engine_l;sale_date;sale_price\r\n"
                                                   "B-WJ 9746;1,3;26.04.2024;8590,00\r\n"
                                                   "M-FS 4425;3,9;23.11.2017;36090,00\r\n")
                                     << true << QStringLiteral("plate engine_l sale_date sale_price");
}

void TestSampleAnalyzer::header()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, hasHeader);
    QFETCH(QString, names);

    const char delimiter = csv.contains(';') ? ';' : ',';
    const HeaderDetection detection = SampleAnalyzer::detectHeader(records(csv.constData(), delimiter));
    QCOMPARE(detection.hasHeader, hasHeader);
    QCOMPARE(detection.names.join(QLatin1Char(' ')), names);
    QVERIFY(!detection.reason.isEmpty());
}

void TestSampleAnalyzer::headerNamesAreUnique()
{
    const HeaderDetection detection
        = SampleAnalyzer::detectHeader(records("price,price,,note\n1.5,2.5,3,x\n2.5,3.5,4,y\n"));
    QVERIFY(detection.hasHeader);
    QCOMPARE(detection.names,
        QStringList(
            {QStringLiteral("price"), QStringLiteral("price_2"), QStringLiteral("column_3"), QStringLiteral("note")}));
}

void TestSampleAnalyzer::numberFormat_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("decimal");
    QTest::addColumn<char>("grouping");
    QTest::addColumn<bool>("ambiguous");

    QTest::newRow("clean fixture") << QByteArray("2019;25299;1.8;2021-11-10;26990\n2013;43489;;2017-01-23;16400\n")
                                   << ';' << '.' << char(0) << false;
    QTest::newRow("euro fixture") << QByteArray(
        "2018;100009;1,3;26.04.2024;8590,00\n2012;109014;3,9;23.11.2017;36090,00\n")
                                  << ';' << ',' << '.' << false;
    QTest::newRow("euro with grouped mileage")
        << QByteArray("50.107;1,3\n100009;2,0\n12.490 EUR;3,9\n") << ';' << ',' << '.' << false;
    QTest::newRow("dirty: 8.606 among 1.8")
        << QByteArray("8.606,1.8\n130.721,2.7\n25299,1.6\n") << ',' << '.' << char(0) << false;
    QTest::newRow("german grouping and decimal")
        << QByteArray("\"12.500,50\"\n\"3.990,00\"\n") << ',' << ',' << '.' << false;
    QTest::newRow("us grouping and decimal")
        << QByteArray("\"12,500.50\"\n\"3,990.00\"\n") << ',' << '.' << ',' << false;
    QTest::newRow("space grouping, decimal comma") << QByteArray("12 500,50;1,3\n149\xC2\xA0"
                                                                 "900 kr;2,0\n")
                                                   << ';' << ',' << ' ' << false;
    QTest::newRow("swiss") << QByteArray("CHF 1'234.50\n12'990.00\n") << ',' << '.' << '\'' << false;
    QTest::newRow("several groups only") << QByteArray("1.234.567\n2.345.678\n") << ';' << ',' << '.' << false;
    QTest::newRow("1,234 alone in a comma file") << QByteArray("\"1,234\"\n\"5,678\"\n") << ',' << '.' << ',' << false;
    QTest::newRow("1,234 alone in a semicolon file") << QByteArray("1,234\n5,678\n") << ';' << ',' << '.' << false;
    QTest::newRow("1,234 alone in a tab file") << QByteArray("1,234\n5,678\n") << '\t' << ',' << '.' << true;
    QTest::newRow("decimal comma proven elsewhere")
        << QByteArray("1,234;8590,00\n5,678;990,50\n") << '\t' << ',' << '.' << false;
    QTest::newRow("decimal point proven elsewhere")
        << QByteArray("1,234;1.5\n5,678;2.25\n") << '\t' << '.' << ',' << false;
    QTest::newRow("conflict") << QByteArray("1.5;1,5\n2.5;2,5\n3.5;x\n") << ';' << '.' << char(0) << true;
    QTest::newRow("integers only") << QByteArray("2019,25299\n2013,43489\n") << ',' << '.' << char(0) << false;
    QTest::newRow("dates are no evidence") << QByteArray("26.04.2024;8590,00\n") << ';' << ',' << '.' << false;
}

void TestSampleAnalyzer::numberFormat()
{
    QFETCH(QByteArray, csv);
    QFETCH(char, delimiter);
    QFETCH(char, decimal);
    QFETCH(char, grouping);
    QFETCH(bool, ambiguous);

    const char splitOn = delimiter == '\t' ? ';' : delimiter; // the tab rows are written with ';' here
    const NumberFormatDetection d
        = SampleAnalyzer::detectNumberFormat(records(csv.constData(), splitOn), false, delimiter);
    QCOMPARE(d.format.decimal, decimal);
    QCOMPARE(d.format.grouping, grouping);
    QCOMPARE(d.ambiguous, ambiguous);
    QVERIFY(!d.reason.isEmpty());
}

void TestSampleAnalyzer::dateFormats_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("primary");
    QTest::addColumn<QString>("alternates");
    QTest::addColumn<bool>("orderAmbiguous");
    QTest::addColumn<int>("unresolved");

    QTest::newRow("iso") << QByteArray("2021-11-10\n2017-01-23\n") << QStringLiteral("iso") << QString() << false << 0;
    QTest::newRow("german") << QByteArray("26.04.2024\n1.4.2023\n") << QStringLiteral("dd.mm.yyyy") << QString()
                            << false << 0;
    QTest::newRow("all ambiguous slash") << QByteArray("03/04/2024\n05/06/2023\n12/11/2020\n")
                                         << QStringLiteral("dd/mm/yyyy") << QString() << true << 0;
    QTest::newRow("day first proven") << QByteArray("03/04/2024\n13/06/2023\n") << QStringLiteral("dd/mm/yyyy")
                                      << QString() << false << 0;
    QTest::newRow("month first proven") << QByteArray("03/04/2024\n06/13/2023\n") << QStringLiteral("mm/dd/yyyy")
                                        << QString() << false << 0;
    QTest::newRow("iso with dirty minority")
        << QByteArray("2021-11-10\n2017-01-23\n2019-04-20\n04.06.2021\n03/12/2016\n02/23/2022\n")
        << QStringLiteral("iso") << QStringLiteral("dd.mm.yyyy mm/dd/yyyy") << false << 0;
    QTest::newRow("iso with unprovable slash dates")
        << QByteArray("2021-11-10\n2017-01-23\n03/12/2016\n") << QStringLiteral("iso") << QString() << false << 1;
    QTest::newRow("text column") << QByteArray("BMW\nAudi\n") << QString() << QString() << false << 0;
}

void TestSampleAnalyzer::dateFormats()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, primary);
    QFETCH(QString, alternates);
    QFETCH(bool, orderAmbiguous);
    QFETCH(int, unresolved);

    const QList<DateFormatDecision> decisions = SampleAnalyzer::detectDateFormats(records(csv.constData()), false);
    QCOMPARE(decisions.size(), 1);
    const DateFormatDecision& d = decisions.front();
    QCOMPARE(d.found ? dateFormatName(d.primary) : QString(), primary);
    QStringList names;
    for (const DateFormat f : dateFormatsIn(d.alternates)) {
        names.append(dateFormatName(f));
    }
    QCOMPARE(names.join(QLatin1Char(' ')), alternates);
    QCOMPARE(d.orderAmbiguous, orderAmbiguous);
    QCOMPARE(d.unresolved, qint64(unresolved));
}

int runSampleAnalyzerTests(int argc, char** argv)
{
    TestSampleAnalyzer test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSampleAnalyzer.moc"
