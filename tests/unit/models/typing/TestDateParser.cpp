// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/DateParser.h"

#include <QDate>
#include <QTest>

#include "TypingTests.h"

using namespace valuator;

class TestDateParser : public QObject {
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void candidates_data();
    void candidates();
    void epochDays();
    void civilRoundTripMatchesQDate();
    void formatNames();
};

void TestDateParser::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("iso");

    const int iso = int(DateFormat::Iso);
    const int dot = int(DateFormat::DayMonthYearDot);
    QTest::newRow("iso") << QByteArray("2024-04-26") << iso << QStringLiteral("2024-04-26");
    QTest::newRow("iso one digit") << QByteArray("2024-4-6") << iso << QStringLiteral("2024-04-06");
    QTest::newRow("iso T time") << QByteArray("2024-04-26T13:45:00") << iso << QStringLiteral("2024-04-26");
    QTest::newRow("iso space time") << QByteArray("2024-04-26 13:45") << iso << QStringLiteral("2024-04-26");
    QTest::newRow("iso millis Z") << QByteArray("2024-04-26T13:45:10.123Z") << iso << QStringLiteral("2024-04-26");
    QTest::newRow("iso offset") << QByteArray("2024-04-26T23:45+02:00") << iso << QStringLiteral("2024-04-26");
    QTest::newRow("iso padded") << QByteArray("  2024-04-26 ") << iso << QStringLiteral("2024-04-26");
    QTest::newRow("leap day 2024") << QByteArray("2024-02-29") << iso << QStringLiteral("2024-02-29");
    QTest::newRow("leap day 2000") << QByteArray("29.02.2000") << dot << QStringLiteral("2000-02-29");
    QTest::newRow("german") << QByteArray("26.04.2024") << dot << QStringLiteral("2024-04-26");
    QTest::newRow("german short") << QByteArray("1.4.2024") << dot << QStringLiteral("2024-04-01");
    QTest::newRow("german with time") << QByteArray("26.04.2024 00:00:00") << dot << QStringLiteral("2024-04-26");
    QTest::newRow("dd/mm") << QByteArray("26/04/2024") << int(DateFormat::DayMonthYearSlash)
                           << QStringLiteral("2024-04-26");
    QTest::newRow("mm/dd") << QByteArray("04/26/2024") << int(DateFormat::MonthDayYearSlash)
                           << QStringLiteral("2024-04-26");
    QTest::newRow("mm/dd short") << QByteArray("4/6/2024") << int(DateFormat::MonthDayYearSlash)
                                 << QStringLiteral("2024-04-06");
    QTest::newRow("yyyy/mm/dd") << QByteArray("2024/04/26") << int(DateFormat::YearMonthDaySlash)
                                << QStringLiteral("2024-04-26");
    QTest::newRow("dd-mm-yyyy") << QByteArray("26-04-2024") << int(DateFormat::DayMonthYearDash)
                                << QStringLiteral("2024-04-26");
    QTest::newRow("before epoch") << QByteArray("1900-01-01") << iso << QStringLiteral("1900-01-01");
}

void TestDateParser::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(int, format);
    QFETCH(QString, iso);

    const auto days = DateParser::parse(std::string_view(input.constData(), size_t(input.size())), DateFormat(format));
    QVERIFY2(days.has_value(), qPrintable(days ? QString() : days.error().message()));
    QCOMPARE(DateParser::isoString(*days), iso);
    const QDate expected = QDate::fromString(iso, Qt::ISODate);
    QCOMPARE(qint64(*days), expected.toJulianDay() - QDate(1970, 1, 1).toJulianDay());
}

void TestDateParser::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("reason");

    using R = ParseFailure::Reason;
    const int iso = int(DateFormat::Iso);
    const int dot = int(DateFormat::DayMonthYearDot);
    QTest::newRow("31.02.") << QByteArray("31.02.2024") << dot << int(R::InvalidDay);
    QTest::newRow("29.02. non-leap") << QByteArray("2023-02-29") << iso << int(R::InvalidDay);
    QTest::newRow("1900 not leap") << QByteArray("1900-02-29") << iso << int(R::InvalidDay);
    QTest::newRow("31 April") << QByteArray("2024-04-31") << iso << int(R::InvalidDay);
    QTest::newRow("day zero") << QByteArray("00.04.2024") << dot << int(R::InvalidDay);
    QTest::newRow("month 13") << QByteArray("2024-13-01") << iso << int(R::InvalidMonth);
    QTest::newRow("dd/mm read as mm/dd") << QByteArray("26/04/2024") << int(DateFormat::MonthDayYearSlash)
                                         << int(R::InvalidMonth);
    QTest::newRow("two-digit year") << QByteArray("26.04.24") << dot << int(R::TwoDigitYear);
    QTest::newRow("two-digit year slash")
        << QByteArray("04/26/24") << int(DateFormat::MonthDayYearSlash) << int(R::TwoDigitYear);
    QTest::newRow("other format") << QByteArray("26.04.2024") << iso << int(R::WrongDateFormat);
    QTest::newRow("bad hour") << QByteArray("2024-04-26T25:00") << iso << int(R::InvalidTime);
    QTest::newRow("bad minute") << QByteArray("2024-04-26 13:5") << iso << int(R::InvalidTime);
    QTest::newRow("trailing junk") << QByteArray("2024-04-26x") << iso << int(R::NotADate);
    QTest::newRow("mixed separators") << QByteArray("2024-04/26") << iso << int(R::NotADate);
    QTest::newRow("text") << QByteArray("tomorrow") << iso << int(R::NotADate);
    QTest::newRow("number") << QByteArray("25299") << iso << int(R::NotADate);
    QTest::newRow("five-digit year") << QByteArray("20245-01-01") << iso << int(R::NotADate);
    QTest::newRow("empty") << QByteArray(" ") << iso << int(R::Empty);
}

void TestDateParser::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(int, format);
    QFETCH(int, reason);

    const auto days = DateParser::parse(std::string_view(input.constData(), size_t(input.size())), DateFormat(format));
    QVERIFY(!days.has_value());
    QCOMPARE(int(days.error().reason), reason);
}

void TestDateParser::candidates_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("formats");

    QTest::newRow("iso") << QByteArray("2024-04-26") << QStringLiteral("iso");
    QTest::newRow("german") << QByteArray("26.04.2024") << QStringLiteral("dd.mm.yyyy");
    QTest::newRow("ambiguous slash") << QByteArray("03/04/2024") << QStringLiteral("dd/mm/yyyy mm/dd/yyyy");
    QTest::newRow("day first proven") << QByteArray("13/04/2024") << QStringLiteral("dd/mm/yyyy");
    QTest::newRow("month first proven") << QByteArray("04/13/2024") << QStringLiteral("mm/dd/yyyy");
    QTest::newRow("ymd slash") << QByteArray("2024/04/26") << QStringLiteral("yyyy/mm/dd");
    QTest::newRow("dash day first") << QByteArray("26-04-2024") << QStringLiteral("dd-mm-yyyy");
    QTest::newRow("impossible") << QByteArray("31.02.2024") << QString();
    QTest::newRow("number") << QByteArray("2019") << QString();
    QTest::newRow("text") << QByteArray("N/A") << QString();
}

void TestDateParser::candidates()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, formats);

    QStringList names;
    for (const DateFormat f :
        dateFormatsIn(DateParser::candidates(std::string_view(input.constData(), size_t(input.size()))))) {
        names.append(dateFormatName(f));
    }
    QCOMPARE(names.join(QLatin1Char(' ')), formats);
}

void TestDateParser::epochDays()
{
    QCOMPARE(*DateParser::parse("1970-01-01", DateFormat::Iso), 0);
    QCOMPARE(*DateParser::parse("31.12.1969", DateFormat::DayMonthYearDot), -1);
    QCOMPARE(*DateParser::parse("2024-04-26", DateFormat::Iso), 19839);
    QCOMPARE(*DateParser::parse("29.02.2000", DateFormat::DayMonthYearDot), 11016);
    QCOMPARE(*DateParser::parse("1900-01-01", DateFormat::Iso), -25567);
}

void TestDateParser::civilRoundTripMatchesQDate()
{
    const qint64 epoch = QDate(1970, 1, 1).toJulianDay();
    for (qint32 days = -800000; days <= 800000; days += 97) { // years ~ -220 to ~4160
        int y = 0, m = 0, d = 0;
        DateParser::civilFromDays(days, y, m, d);
        QCOMPARE(DateParser::daysFromCivil(y, m, d), days);
        if (y >= 1) {
            const QDate q = QDate::fromJulianDay(epoch + days);
            QCOMPARE(y, q.year());
            QCOMPARE(m, q.month());
            QCOMPARE(d, q.day());
        }
    }
}

void TestDateParser::formatNames()
{
    for (int f = 0; f < kDateFormatCount; ++f) {
        QCOMPARE(dateFormatFromName(dateFormatName(DateFormat(f))), std::optional<DateFormat>(DateFormat(f)));
    }
    QCOMPARE(dateFormatName(DateFormat::DayMonthYearDot), QStringLiteral("dd.mm.yyyy"));
    QCOMPARE(dateFormatFromName(u"DD.MM.YYYY"), std::optional<DateFormat>(DateFormat::DayMonthYearDot));
    QCOMPARE(dateFormatFromName(u"yy.mm.dd"), std::nullopt);
}

int runDateParserTests(int argc, char** argv)
{
    TestDateParser test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestDateParser.moc"
