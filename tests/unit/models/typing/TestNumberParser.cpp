// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/NumberParser.h"

#include <QTest>

#include "TypingTests.h"

using namespace valuator;

namespace {

/// "d g": decimal and grouping characters; '_' = no grouping.
NumberFormat formatOf(const QByteArray& spec)
{
    return NumberFormat {spec.at(0), spec.at(1) == '_' ? char(0) : spec.at(1)};
}

} // namespace

class TestNumberParser : public QObject {
    Q_OBJECT

private:
    static void addParseColumns();

private slots:
    void parses_data();
    void parses();
    void parsesUnits_data();
    void parsesUnits() { parses(); }
    void rejects_data();
    void rejects();
    void ambiguousGroups_data();
    void ambiguousGroups();
    void failureMessages();
    void formatHelpers();
};

void TestNumberParser::addParseColumns()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("isInteger");
    QTest::addColumn<bool>("hasFraction");
    QTest::addColumn<int>("unit");
}

void TestNumberParser::parses_data()
{
    addParseColumns();

    const int none = int(Unit::None);
    QTest::newRow("plain") << QByteArray("25299") << QByteArray("._") << 25299.0 << true << false << none;
    QTest::newRow("padded") << QByteArray("  25299\t") << QByteArray("._") << 25299.0 << true << false << none;
    QTest::newRow("nbsp padded") << QByteArray("\xC2\xA0"
                                               "25299\xC2\xA0")
                                 << QByteArray("._") << 25299.0 << true << false << none;
    QTest::newRow("negative") << QByteArray("-145339") << QByteArray("._") << -145339.0 << true << false << none;
    QTest::newRow("plus") << QByteArray("+7") << QByteArray(",.") << 7.0 << true << false << none;
    QTest::newRow("decimal comma cents") << QByteArray("8590,00") << QByteArray(",.") << 8590.0 << false << true
                                         << none;
    QTest::newRow("decimal comma") << QByteArray("1,3") << QByteArray(",.") << 1.3 << false << true << none;
    QTest::newRow("negative comma") << QByteArray("-3,5") << QByteArray(",.") << -3.5 << false << true << none;
    QTest::newRow("decimal point") << QByteArray("1.8") << QByteArray("._") << 1.8 << false << true << none;
    QTest::newRow("leading point") << QByteArray(".5") << QByteArray("._") << 0.5 << false << true << none;
    QTest::newRow("zero point 500") << QByteArray("0.500") << QByteArray("._") << 0.5 << false << true << none;
    QTest::newRow("german grouping") << QByteArray("12.500,50") << QByteArray(",.") << 12500.5 << false << true << none;
    QTest::newRow("space grouping") << QByteArray("12 500,50") << QByteArray(", ") << 12500.5 << false << true << none;
    QTest::newRow("nbsp grouping") << QByteArray("12\xC2\xA0"
                                                 "500,50")
                                   << QByteArray(", ") << 12500.5 << false << true << none;
    QTest::newRow("narrow nbsp grouping") << QByteArray("1\xE2\x80\xAF"
                                                        "234\xE2\x80\xAF"
                                                        "567")
                                          << QByteArray(", ") << 1234567.0 << true << false << none;
    QTest::newRow("us grouping") << QByteArray("12,500.50") << QByteArray(".,") << 12500.5 << false << true << none;
    QTest::newRow("us millions") << QByteArray("1,234,567") << QByteArray(".,") << 1234567.0 << true << false << none;
    QTest::newRow("swiss apostrophe") << QByteArray("1'234.50") << QByteArray(".'") << 1234.5 << false << true << none;
    QTest::newRow("swiss u2019") << QByteArray("1\xE2\x80\x99"
                                               "234.50")
                                 << QByteArray(".'") << 1234.5 << false << true << none;
    QTest::newRow("german millions") << QByteArray("1.234.567") << QByteArray(",.") << 1234567.0 << true << false
                                     << none;
    QTest::newRow("exponent") << QByteArray("1e5") << QByteArray("._") << 100000.0 << false << true << none;
    QTest::newRow("exponent comma") << QByteArray("1,5E+03") << QByteArray(",.") << 1500.0 << false << true << none;
    QTest::newRow("beyond int64") << QByteArray("99999999999999999999") << QByteArray("._") << 1e20 << false << false
                                  << none;
}

void TestNumberParser::parsesUnits_data()
{
    addParseColumns();
    const int eur = int(Unit::Eur);
    QTest::newRow("km suffix") << QByteArray("85000 km") << QByteArray("._") << 85000.0 << true << false
                               << int(Unit::Kilometre);
    QTest::newRow("km no space") << QByteArray("85000km") << QByteArray("._") << 85000.0 << true << false
                                 << int(Unit::Kilometre);
    QTest::newRow("EUR suffix") << QByteArray("12.490 EUR") << QByteArray(",.") << 12490.0 << true << false << eur;
    QTest::newRow("euro sign suffix") << QByteArray("12490 \xE2\x82\xAC") << QByteArray("._") << 12490.0 << true
                                      << false << eur;
    QTest::newRow("euro prefix dash cents")
        << QByteArray("\xE2\x82\xAC 12.490,-") << QByteArray(",.") << 12490.0 << false << true << eur;
    QTest::newRow("sign before currency") << QByteArray("-\xE2\x82\xAC"
                                                        "5")
                                          << QByteArray("._") << -5.0 << true << false << eur;
    QTest::newRow("sign after currency") << QByteArray("\xE2\x82\xAC -5") << QByteArray("._") << -5.0 << true << false
                                         << eur;
    QTest::newRow("dollar") << QByteArray("$5,000.50") << QByteArray(".,") << 5000.5 << false << true << int(Unit::Usd);
    QTest::newRow("USD") << QByteArray("5000 USD") << QByteArray("._") << 5000.0 << true << false << int(Unit::Usd);
    QTest::newRow("CHF prefix") << QByteArray("CHF 12'500.00") << QByteArray(".'") << 12500.0 << false << true
                                << int(Unit::Chf);
    QTest::newRow("pound") << QByteArray("\xC2\xA3"
                                         "300")
                           << QByteArray("._") << 300.0 << true << false << int(Unit::Gbp);
    QTest::newRow("SEK") << QByteArray("149 900 SEK") << QByteArray(", ") << 149900.0 << true << false
                         << int(Unit::Sek);
    QTest::newRow("kr") << QByteArray("149\xC2\xA0"
                                      "900 kr")
                        << QByteArray(", ") << 149900.0 << true << false << int(Unit::Sek);
    QTest::newRow("miles to km") << QByteArray("50000 mi") << QByteArray("._") << 80467.2 << false << false
                                 << int(Unit::Mile);
    QTest::newRow("miles word") << QByteArray("10 miles") << QByteArray("._") << 16.09344 << false << false
                                << int(Unit::Mile);
    QTest::newRow("Meilen") << QByteArray("10 Meilen") << QByteArray(",.") << 16.09344 << false << false
                            << int(Unit::Mile);
    QTest::newRow("swedish mil is 10 km")
        << QByteArray("1 500 mil") << QByteArray(", ") << 15000.0 << true << false << int(Unit::ScandinavianMile);
    QTest::newRow("Tkm") << QByteArray("85 Tkm") << QByteArray(",.") << 85000.0 << true << false
                         << int(Unit::ThousandKilometres);
    QTest::newRow("kW") << QByteArray("110 kW") << QByteArray("._") << 110.0 << true << false << int(Unit::Kilowatt);
    QTest::newRow("PS to kW") << QByteArray("150 PS") << QByteArray("._") << 110.3248125 << false << false
                              << int(Unit::MetricHorsepower);
    QTest::newRow("hp to kW") << QByteArray("150 hp") << QByteArray("._") << 111.8549808 << false << false
                              << int(Unit::Horsepower);
    QTest::newRow("hk to kW") << QByteArray("150 hk") << QByteArray(", ") << 110.3248125 << false << false
                              << int(Unit::MetricHorsepower);
    QTest::newRow("litre") << QByteArray("1,6 l") << QByteArray(",.") << 1.6 << false << true << int(Unit::Litre);
    QTest::newRow("ccm to litre") << QByteArray("1598 ccm") << QByteArray("._") << 1.598 << false << false
                                  << int(Unit::CubicCentimetre);
}

void TestNumberParser::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, format);
    QFETCH(double, value);
    QFETCH(bool, isInteger);
    QFETCH(bool, hasFraction);
    QFETCH(int, unit);

    const NumberParser parser(formatOf(format));
    const auto result = parser.parse(std::string_view(input.constData(), size_t(input.size())));
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->value, value);
    QCOMPARE(result->isInteger, isInteger);
    QCOMPARE(result->hasFraction, hasFraction);
    QCOMPARE(int(result->unit), unit);
    if (isInteger) {
        QCOMPARE(result->integer, qint64(value));
    }
}

void TestNumberParser::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QByteArray>("token");

    using R = ParseFailure::Reason;
    QTest::newRow("empty") << QByteArray("   ") << QByteArray("._") << int(R::Empty) << QByteArray();
    QTest::newRow("text") << QByteArray("hatchback") << QByteArray("._") << int(R::NotANumber)
                          << QByteArray("hatchback");
    QTest::newRow("dash") << QByteArray("-") << QByteArray("._") << int(R::NotANumber) << QByteArray();
    QTest::newRow("trailing point") << QByteArray("5.") << QByteArray("._") << int(R::NotANumber) << QByteArray();
    QTest::newRow("1,3 with comma grouping")
        << QByteArray("1,3") << QByteArray(".,") << int(R::MisplacedGrouping) << QByteArray();
    QTest::newRow("1.5 with dot grouping")
        << QByteArray("1.5") << QByteArray(",.") << int(R::MisplacedGrouping) << QByteArray();
    QTest::newRow("first group too long")
        << QByteArray("1234,567.5") << QByteArray(".,") << int(R::MisplacedGrouping) << QByteArray();
    QTest::newRow("short inner group") << QByteArray("1,23,456") << QByteArray(".,") << int(R::MisplacedGrouping)
                                       << QByteArray();
    QTest::newRow("grouping after decimal")
        << QByteArray("12.500,50") << QByteArray(".,") << int(R::MisplacedGrouping) << QByteArray();
    QTest::newRow("space grouping wrong")
        << QByteArray("12 50") << QByteArray(", ") << int(R::MisplacedGrouping) << QByteArray();
    QTest::newRow("1,3 without grouping")
        << QByteArray("1,3") << QByteArray("._") << int(R::UnexpectedSeparator) << QByteArray(",");
    QTest::newRow("two decimals") << QByteArray("1,2,3") << QByteArray(",.") << int(R::TwoDecimalSeparators)
                                  << QByteArray();
    QTest::newRow("spaces without grouping")
        << QByteArray("12 500") << QByteArray("._") << int(R::NotANumber) << QByteArray();
    QTest::newRow("unknown unit") << QByteArray("12 xy") << QByteArray("._") << int(R::UnknownUnit) << QByteArray("xy");
    QTest::newRow("unknown prefix") << QByteArray("A4") << QByteArray("._") << int(R::UnknownUnit) << QByteArray("A");
    QTest::newRow("two units") << QByteArray("\xE2\x82\xAC 5 EUR") << QByteArray("._") << int(R::NotANumber)
                               << QByteArray();
    QTest::newRow("prefix must be currency")
        << QByteArray("km 5") << QByteArray("._") << int(R::NotANumber) << QByteArray("km");
    QTest::newRow("iso date") << QByteArray("2021-11-10") << QByteArray("._") << int(R::NotANumber) << QByteArray();
    QTest::newRow("overflow") << QByteArray("1e400") << QByteArray("._") << int(R::OutOfRange) << QByteArray();
    QTest::newRow("too long") << QByteArray(80, '1').append(".5") << QByteArray("._") << int(R::TooLong)
                              << QByteArray();
}

void TestNumberParser::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, format);
    QFETCH(int, reason);
    QFETCH(QByteArray, token);

    const auto result = NumberParser(formatOf(format)).parse(std::string_view(input.constData(), size_t(input.size())));
    QVERIFY(!result.has_value());
    QCOMPARE(int(result.error().reason), reason);
    QCOMPARE(QByteArray(result.error().token.data(), qsizetype(result.error().token.size())), token);
}

void TestNumberParser::ambiguousGroups_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<double>("asDecimal");
    QTest::addColumn<double>("asGrouping");

    QTest::newRow("8.606 point file") << QByteArray("8.606") << QByteArray("._") << 8.606 << 8606.0;
    QTest::newRow("130.721") << QByteArray("130.721") << QByteArray("._") << 130.721 << 130721.0;
    QTest::newRow("8.390 euro sign") << QByteArray("8.390 \xE2\x82\xAC") << QByteArray("._") << 8.39 << 8390.0;
    QTest::newRow("1,234 comma file") << QByteArray("1,234") << QByteArray(",.") << 1.234 << 1234.0;
    QTest::newRow("several groups are grouping")
        << QByteArray("1.234.567") << QByteArray("._") << 1234567.0 << 1234567.0;
}

void TestNumberParser::ambiguousGroups()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, format);
    QFETCH(double, asDecimal);
    QFETCH(double, asGrouping);

    const std::string_view text(input.constData(), size_t(input.size()));
    const auto decimal = NumberParser(formatOf(format), AmbiguousGroups::AsDecimal).parse(text);
    const auto grouping = NumberParser(formatOf(format), AmbiguousGroups::AsGrouping).parse(text);
    QVERIFY(decimal && grouping);
    QCOMPARE(decimal->value, asDecimal);
    QCOMPARE(grouping->value, asGrouping);
    QVERIFY(decimal->decimalAsGrouping);
    QVERIFY(grouping->decimalAsGrouping);
    QVERIFY(grouping->isInteger);
}

void TestNumberParser::failureMessages()
{
    const NumberParser parser(NumberFormat {'.', ','});
    QCOMPARE(parser.parse("abc").error().message(), QStringLiteral("not a number"));
    QCOMPARE(parser.parse("1,3").error().message(), QStringLiteral("grouping separator in the wrong place"));
    QCOMPARE(parser.parse("12 xy").error().message(), QStringLiteral("unknown unit 'xy'"));
    QCOMPARE(NumberParser().parse("1,3").error().message(), QStringLiteral("unexpected separator ','"));
    QCOMPARE(ParseFailure::reasonName(ParseFailure::Reason::MisplacedGrouping), QStringLiteral("misplaced_grouping"));
}

void TestNumberParser::formatHelpers()
{
    QCOMPARE((NumberFormat {',', '.'}).example(), QStringLiteral("12.500,5"));
    QCOMPARE((NumberFormat {'.', 0}).example(), QStringLiteral("12500.5"));
    QCOMPARE((NumberFormat {',', ' '}).name(), QStringLiteral("decimal=, grouping=space"));
    QVERIFY((NumberFormat {',', '.'}).isValid());
    QVERIFY(!(NumberFormat {',', ','}).isValid());
    QVERIFY(!(NumberFormat {';', 0}).isValid());
    QCOMPARE(Units::find("Meilen"), Unit::Mile);
    QCOMPARE(Units::find("MIL"), Unit::ScandinavianMile);
    QCOMPARE(Units::find("furlong"), Unit::None);
    QCOMPARE(Units::factor(Unit::Mile), 1.609344);
    QCOMPARE(Units::canonical(UnitKind::Distance), Unit::Kilometre);
}

int runNumberParserTests(int argc, char** argv)
{
    TestNumberParser test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestNumberParser.moc"
