// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/ColumnValueParser.h"
#include "models/typing/TypeInference.h"

#include <QTest>

#include "TypingTests.h"

using namespace valuator;

namespace {

/// Profiles `values` (lines 2, 3, ...) with `format`.
ColumnProfiler profile(const QList<QByteArray>& values, NumberFormat format = {})
{
    InferenceOptions options;
    options.numberFormat = format;
    ColumnProfiler profiler(options);
    qint64 line = 2;
    for (const QByteArray& v : values) {
        profiler.add(std::string_view(v.constData(), size_t(v.size())), line++);
    }
    return profiler;
}

const ColumnIssue* findIssue(const ColumnProposal& p, ColumnIssue::Kind kind)
{
    for (const ColumnIssue& issue : p.issues) {
        if (issue.kind == kind) {
            return &issue;
        }
    }
    return nullptr;
}

QList<QByteArray> repeat(const QByteArray& value, int n)
{
    return QList<QByteArray>(n, value);
}

} // namespace

class TestTypeInference : public QObject {
    Q_OBJECT

private slots:
    void proposesType_data();
    void proposesType();
    void countsEveryClass();
    void mixedTypesReportCountAndFirstLine();
    void ambiguousDateColumnNeedsDecision();
    void groupedThousandsInWholeNumberColumn();
    void fewFractionsKeepDecimal();
    void unitsAreReported();
    void allMissing();
    void sampleConfirmedWidenedRefuted();
    void mergeEqualsSinglePass();
    void valueParserFollowsProposal();
};

void TestTypeInference::proposesType_data()
{
    QTest::addColumn<QList<QByteArray>>("values");
    QTest::addColumn<int>("type");

    QTest::newRow("integers") << QList<QByteArray> {"2019", "2013", " 2020 ", "NA"} << int(InferredType::Integer);
    QTest::newRow("decimals") << QList<QByteArray> {"1.8", "", "2.7", "2"} << int(InferredType::Decimal);
    QTest::newRow("dates") << QList<QByteArray> {"2021-11-10", "2017-01-23", "null"} << int(InferredType::Date);
    QTest::newRow("text") << QList<QByteArray> {"BMW", "Audi", "3008"} << int(InferredType::Text);
    QTest::newRow("equipment list") << QList<QByteArray> {"navigation|heated seats|rear camera",
        "navigation;sunroof;heated seats", "rear camera, sunroof", "navigation", "heated seats;rear camera"}
                                    << int(InferredType::TextList);
    QTest::newRow("free text with semicolons is not a list")
        << QList<QByteArray> {"one owner; garage kept", "new tyres; full service history", "minor dent; cheap"}
        << int(InferredType::Text);
    QTest::newRow("booleans stay text") << QList<QByteArray> {"yes", "no", "Ja", "nein"} << int(InferredType::Text);
    QTest::newRow("85 % numbers is text") << (repeat("12", 17) << repeat("on request", 3)) << int(InferredType::Text);
}

void TestTypeInference::proposesType()
{
    QFETCH(QList<QByteArray>, values);
    QFETCH(int, type);
    QCOMPARE(int(profile(values).propose().type), type);
}

void TestTypeInference::countsEveryClass()
{
    const ColumnProfiler p
        = profile({"", "NA", "12", " 13 ", "1.5", "8.606", "2021-01-01", "yes", "BMW", "a;b;c", "85000 km"});
    const ColumnStats& s = p.stats();
    QCOMPARE(s.values, qint64(11));
    QCOMPARE(s.count[ColumnStats::Missing], qint64(2));
    QCOMPARE(s.count[ColumnStats::Integer], qint64(3));
    QCOMPARE(s.count[ColumnStats::Decimal], qint64(1));
    QCOMPARE(s.count[ColumnStats::GroupedAmbiguous], qint64(1));
    QCOMPARE(s.count[ColumnStats::Date], qint64(1));
    QCOMPARE(s.count[ColumnStats::Boolean], qint64(1));
    QCOMPARE(s.count[ColumnStats::Text], qint64(2));
    QCOMPARE(s.firstLine[ColumnStats::Text], qint64(10));
    QCOMPARE(s.padded, qint64(1));
    QCOMPARE(s.firstPaddedLine, qint64(5));
    QCOMPARE(s.units[size_t(Unit::Kilometre)], qint64(1));
    QCOMPARE(s.minLength, qint64(2));
    QCOMPARE(s.maxLength, qint64(10));
    QCOMPARE(s.listValues, qint64(1));
    QCOMPARE(s.listTokens, qint64(3));
    QCOMPARE(s.distinctTokens, qint64(3)); // a, b, c: only list tokens are hashed
}

void TestTypeInference::mixedTypesReportCountAndFirstLine()
{
    const ColumnProposal p = profile(repeat("25299", 40) << "unknown"
                                                         << "12"
                                                         << "?"
                                                         << "n/v"
                                                         << "2020-01-01")
                                 .propose();
    QCOMPARE(p.type, InferredType::Integer);
    QCOMPARE(p.issues.size(), 2);
    QCOMPARE(p.issues[0].kind, ColumnIssue::Kind::MixedTypes);
    QCOMPARE(p.issues[0].count, qint64(2));
    QCOMPARE(p.issues[0].firstLine, qint64(42));
    QCOMPARE(p.issues[0].message, QStringLiteral("2 value(s) are not numbers, e.g. \"unknown\" (first at line 42)."));
    QCOMPARE(p.issues[1].count, qint64(1));
    QCOMPARE(p.issues[1].firstLine, qint64(46));
}

void TestTypeInference::ambiguousDateColumnNeedsDecision()
{
    const ColumnProposal p = profile({"03/04/2024", "05/06/2023", "12/11/2020", ""}).propose();
    QCOMPARE(p.type, InferredType::Date);
    QVERIFY(p.dateOrderAmbiguous);
    QVERIFY(p.needsDecision());
    const ColumnIssue* issue = findIssue(p, ColumnIssue::Kind::AmbiguousDateOrder);
    QVERIFY(issue);
    QCOMPARE(issue->count, qint64(3));
    QCOMPARE(issue->severity, ColumnIssue::Severity::Decision);

    const ColumnProposal proven = profile({"03/04/2024", "05/06/2023", "12/31/2020"}).propose();
    QCOMPARE(proven.dateFormat, DateFormat::MonthDayYearSlash);
    QVERIFY(!proven.dateOrderAmbiguous);
    QVERIFY(!proven.needsDecision());
}

void TestTypeInference::groupedThousandsInWholeNumberColumn()
{
    const ColumnProposal p = profile(repeat("118600", 30) << "8.606"
                                                          << "130.721")
                                 .propose();
    QCOMPARE(p.type, InferredType::Integer);
    QCOMPARE(p.ambiguousGroups, AmbiguousGroups::AsGrouping);
    const ColumnIssue* issue = findIssue(p, ColumnIssue::Kind::GroupingReadAsThousands);
    QVERIFY(issue);
    QCOMPARE(issue->count, qint64(2));
    QCOMPARE(issue->firstLine, qint64(32));

    const ColumnProposal litres = profile({"1.8", "2.7", "1.598"}).propose();
    QCOMPARE(litres.type, InferredType::Decimal);
    QCOMPARE(litres.ambiguousGroups, AmbiguousGroups::AsDecimal);

    const ColumnProposal onlyAmbiguous = profile({"1.598", "1.968"}).propose();
    QCOMPARE(onlyAmbiguous.type, InferredType::Decimal);
    QVERIFY(onlyAmbiguous.needsDecision());
}

void TestTypeInference::fewFractionsKeepDecimal()
{
    const ColumnProposal p = profile(repeat("26990", 100) << "7.5"
                                                          << "8.390 \xE2\x82\xAC")
                                 .propose();
    QCOMPARE(p.type, InferredType::Decimal);
    QCOMPARE(p.ambiguousGroups, AmbiguousGroups::AsGrouping);
    QVERIFY(findIssue(p, ColumnIssue::Kind::FewFractions));
    const ColumnValueParser reader(p);
    QCOMPARE(reader.parse("8.390 \xE2\x82\xAC").decimal, 8390.0);
    QCOMPARE(reader.parse("7.5").decimal, 7.5);
}

void TestTypeInference::unitsAreReported()
{
    const ColumnProposal p = profile(repeat("45000", 10) << "50000 mi"
                                                         << "60000 mi"
                                                         << "85000 km"
                                                         << "5 EUR")
                                 .propose();
    QCOMPARE(p.type, InferredType::Integer);
    QCOMPARE(p.unit, Unit::Mile);
    QCOMPARE(p.unitKind, UnitKind::Distance);
    const ColumnIssue* units = findIssue(p, ColumnIssue::Kind::UnitsParsed);
    QVERIFY(units);
    QCOMPARE(units->count, qint64(4));
    QCOMPARE(units->message,
        QStringLiteral("4 value(s) were written with a unit (mostly mi); 2 converted (first at line 12)."));
    const ColumnIssue* mixed = findIssue(p, ColumnIssue::Kind::MixedUnitKinds);
    QVERIFY(mixed);
    QCOMPARE(mixed->count, qint64(1));
}

void TestTypeInference::allMissing()
{
    const ColumnProposal p = profile({"", "NA", "-"}).propose();
    QCOMPARE(p.type, InferredType::Text);
    QCOMPARE(p.issues.size(), 1);
    QCOMPARE(p.issues[0].kind, ColumnIssue::Kind::AllMissing);
}

void TestTypeInference::sampleConfirmedWidenedRefuted()
{
    const ColumnProposal integers = profile({"1", "2", "3"}).propose();
    const ProposalCheck same = profile({"4", "5", "6", ""}).check(integers);
    QCOMPARE(same.verdict, ProposalCheck::Verdict::Confirmed);
    QCOMPARE(same.offending, qint64(0));
    QVERIFY(same.reason.isEmpty());

    const ProposalCheck widened = profile({"4", "5", "6.5", "7"}).check(integers);
    QCOMPARE(widened.verdict, ProposalCheck::Verdict::Widened);
    QCOMPARE(widened.proposal.type, InferredType::Decimal);
    QCOMPARE(widened.offending, qint64(1));
    QCOMPARE(widened.firstOffendingLine, qint64(4));

    const ProposalCheck refuted = profile({"4", "BMW", "Audi", "VW"}).check(integers);
    QCOMPARE(refuted.verdict, ProposalCheck::Verdict::Refuted);
    QCOMPARE(refuted.proposal.type, InferredType::Text);
    QCOMPARE(refuted.offending, qint64(3));
    QCOMPARE(refuted.firstOffendingLine, qint64(3));
    QVERIFY(!refuted.reason.isEmpty());

    const ColumnProposal isoDates = profile({"2021-11-10", "2017-01-23"}).propose();
    const ProposalCheck moreFormats = profile(QList<QByteArray>(20, "2021-11-10") << "04.06.2021").check(isoDates);
    QCOMPARE(moreFormats.verdict, ProposalCheck::Verdict::Widened);
    QCOMPARE(moreFormats.offending, qint64(1));
    QCOMPARE(moreFormats.firstOffendingLine, qint64(22));

    const ColumnProposal ambiguous = profile({"03/04/2024", "05/06/2023"}).propose();
    const ProposalCheck resolved = profile({"03/04/2024", "05/06/2023", "12/31/2020"}).check(ambiguous);
    QCOMPARE(resolved.verdict, ProposalCheck::Verdict::Refuted);
    QCOMPARE(resolved.proposal.dateFormat, DateFormat::MonthDayYearSlash);
}

void TestTypeInference::mergeEqualsSinglePass()
{
    const QList<QByteArray> a {"1", "x", "", "2021-01-01", "a;b"};
    const QList<QByteArray> b {"2.5", "y", "NA", "b;c", " 7 "};
    ColumnProfiler first = profile(a);
    first.merge(profile(b));
    const ColumnProfiler whole = profile(a + b);
    QCOMPARE(first.stats().values, whole.stats().values);
    QVERIFY(first.stats().count == whole.stats().count);
    QCOMPARE(first.stats().distinctTokens, whole.stats().distinctTokens);
    QCOMPARE(first.stats().padded, whole.stats().padded);
    QCOMPARE(int(first.propose().type), int(whole.propose().type));
}

void TestTypeInference::valueParserFollowsProposal()
{
    ColumnProposal mileage;
    mileage.type = InferredType::Integer;
    mileage.unitKind = UnitKind::Distance;
    mileage.ambiguousGroups = AmbiguousGroups::AsGrouping;
    const ColumnValueParser km(mileage);
    QCOMPARE(km.parse("50000 mi").kind, ParsedValue::Kind::Integer);
    QCOMPARE(km.parse("50000 mi").integer, qint64(80467));
    QCOMPARE(km.parse("8.606").integer, qint64(8606));
    QCOMPARE(km.parse(" N/A ").kind, ParsedValue::Kind::Missing);
    QCOMPARE(km.parse("12.5").kind, ParsedValue::Kind::Decimal);
    const ParsedValue euro = km.parse("5 EUR");
    QCOMPARE(euro.kind, ParsedValue::Kind::Invalid);
    QCOMPARE(euro.failure.message(), QStringLiteral("unit 'EUR' does not fit this column"));
    QCOMPARE(km.parse("lots").failure.message(), QStringLiteral("not a number"));

    ColumnProposal saleDate;
    saleDate.type = InferredType::Date;
    saleDate.dateFormat = DateFormat::Iso;
    saleDate.alternateDateFormats
        = dateFormatBit(DateFormat::DayMonthYearDot) | dateFormatBit(DateFormat::MonthDayYearSlash);
    const ColumnValueParser dates(saleDate);
    QCOMPARE(dates.parse("2024-04-26").days, 19839);
    QCOMPARE(dates.parse("26.04.2024").days, 19839);
    QCOMPARE(dates.parse("26.04.2024").dateFormat, DateFormat::DayMonthYearDot);
    QCOMPARE(dates.parse("04/26/2024").days, 19839);
    QCOMPARE(dates.parse("2024-02-30").failure.reason, ParseFailure::Reason::InvalidDay);
    QCOMPARE(dates.parse("26/04/2024").kind, ParsedValue::Kind::Invalid);

    ColumnProposal text;
    const ParsedValue t = ColumnValueParser(text).parse("  Baden-W\xC3\xBCrttemberg ");
    QCOMPARE(t.kind, ParsedValue::Kind::Text);
    QCOMPARE(t.text, std::string_view("Baden-W\xC3\xBCrttemberg"));
}

int runTypeInferenceTests(int argc, char** argv)
{
    TestTypeInference test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestTypeInference.moc"
