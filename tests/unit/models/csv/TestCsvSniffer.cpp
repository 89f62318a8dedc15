// SPDX-License-Identifier: GPL-3.0-or-later
// DelimiterDetector and CsvSniffer.
#include "models/csv/CsvSniffer.h"
#include "models/csv/DelimiterDetector.h"

#include <QTest>

#include <memory>

#include "CsvTestUtil.h"

using namespace valuator;
using namespace valuator::test;

class TestCsvSniffer : public QObject {
    Q_OBJECT

private slots:
    void delimiter_data()
    {
        QTest::addColumn<QByteArray>("sample");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<qsizetype>("fieldCount");
        QTest::addColumn<double>("confidence");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << true << ',' << qsizetype(3) << 1.0;
        QTest::newRow("semicolon with decimal commas")
            << QByteArray("name;price;km\nGolf;12,5;1000\nPolo;9,99;2000\nUp;5;3000\n") << true << ';' << qsizetype(3)
            << 1.0;
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << true << '\t' << qsizetype(2) << 1.0;
        QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << true << '|' << qsizetype(3) << 1.0;
        QTest::newRow("quoted semicolons in a comma file")
            << QByteArray("a,b\n\"x;y;z\",1\n\"p;q\",2\n\"1;2;3;4\",3\n") << true << ',' << qsizetype(2) << 1.0;
        QTest::newRow("one ragged row") << QByteArray("a;b;c\n1;2;3\n1;2\n1;2;3\n") << true << ';' << qsizetype(3)
                                        << 0.75;
        QTest::newRow("cut last record ignored")
            << QByteArray("a;b;c\n1;2;3\n4;5;6\n7;8") << false << ';' << qsizetype(3) << 1.0;
        QTest::newRow("single column") << QByteArray("price\n1\n2\n") << true << ',' << qsizetype(1) << 0.0;
        QTest::newRow("empty") << QByteArray() << true << ',' << qsizetype(1) << 0.0;
        // `x;1,5` splits into two fields on either character: ';' wins the tie, with half the confidence.
        QTest::newRow("ambiguous") << QByteArray("x;1,5\ny;2,5\n") << true << ';' << qsizetype(2) << 0.5;
    }

    void delimiter()
    {
        QFETCH(QByteArray, sample);
        QFETCH(bool, complete);
        QFETCH(char, delimiter);
        QFETCH(qsizetype, fieldCount);
        QFETCH(double, confidence);
        const DelimiterDetector::Detection detected
            = DelimiterDetector::detect(std::string_view(sample.constData(), size_t(sample.size())), complete);
        QCOMPARE(detected.delimiter, delimiter);
        QCOMPARE(detected.fieldCount, fieldCount);
        QCOMPARE(detected.confidence, confidence);
        QCOMPARE(int(detected.candidates.size()), 4);
    }

    void sniffFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("hasBom");
        QTest::addColumn<int>("lineEnding");
        QTest::newRow("clean") << QStringLiteral("sales-clean-10k.csv") << int(TextEncoding::Utf8) << ',' << false
                               << int(CsvSniffResult::LineEnding::Lf);
        QTest::newRow("dirty") << QStringLiteral("sales-dirty-10k.csv") << int(TextEncoding::Utf8) << ',' << false
                               << int(CsvSniffResult::LineEnding::Lf);
        QTest::newRow("euro") << QStringLiteral("sales-euro-5k.csv") << int(TextEncoding::Utf8Bom) << ';' << true
                              << int(CsvSniffResult::LineEnding::CrLf);
        QTest::newRow("cp1252") << QStringLiteral("sales-euro-cp1252-5k.csv") << int(TextEncoding::Windows1252) << ';'
                                << false << int(CsvSniffResult::LineEnding::CrLf);
    }

    void sniffFixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, encoding);
        QFETCH(char, delimiter);
        QFETCH(bool, hasBom);
        QFETCH(int, lineEnding);
        const QByteArray data = fixture(file.toLatin1().constData());
        MemoryByteSource source(data);
        const Result<CsvSniffResult> sniffed = CsvSniffer::sniff(source);
        QVERIFY_OK(sniffed);
        QCOMPARE(int(sniffed->encoding), encoding);
        QCOMPARE(sniffed->delimiter, delimiter);
        QCOMPARE(sniffed->hasBom, hasBom);
        QCOMPARE(int(sniffed->lineEnding), lineEnding);
        QCOMPARE(sniffed->delimiterConfidence, 1.0);
        QCOMPARE(sniffed->fieldCount, 17);
        // The euro files (~1 MB) fit into the 1 MiB sample, the 10k files (~2 MB) do not.
        QCOMPARE(sniffed->sampleIsWholeFile, data.size() <= (1 << 20));
        QCOMPARE(sniffed->sampleBytes, std::min(data.size(), qsizetype(1) << 20));
        QCOMPARE(int(sniffed->sampleRecords.size()), 200);
        const CsvSniffResult::Record& header = sniffed->sampleRecords.front();
        QCOMPARE(header.fields.front(), std::string("plate"));
        QCOMPARE(header.fields.back(), std::string("sale_price"));
        QCOMPARE(header.line, 1);
        for (const CsvSniffResult::Record& record : sniffed->sampleRecords) {
            QCOMPARE(int(record.fields.size()), 17);
            QVERIFY(record.problem.isNone());
        }
        QCOMPARE(sniffed->sampleRecords.back().line, 200);
        QCOMPARE(sniffed->dialect(), (CsvDialect {TextEncoding(encoding), delimiter, '"'}));
    }

    void sniffSmallHeadDropsTheCutRecord()
    {
        const QByteArray data = "a;b\r\n1;\"x\r\ny\"\r\n2;3\r\n";
        CsvSniffer::Options options;
        options.maxSampleBytes = 18; // ends inside the third record
        MemoryByteSource source(data);
        const Result<CsvSniffResult> sniffed = CsvSniffer::sniff(source, options);
        QVERIFY_OK(sniffed);
        QCOMPARE(sniffed->sampleIsWholeFile, false);
        QCOMPARE(int(sniffed->sampleRecords.size()), 2);
        QCOMPARE(sniffed->sampleRecords[1].fields, std::vector<std::string>({"1", "x\r\ny"}));
        QCOMPARE(sniffed->sampleRecords[1].line, 2);
        QCOMPARE(sniffed->lineEnding, CsvSniffResult::LineEnding::CrLf);

        const CsvSniffResult whole = CsvSniffer::sniff(data, true);
        QCOMPARE(int(whole.sampleRecords.size()), 3);
        QCOMPARE(whole.sampleRecords[2].line, 4);
        QCOMPARE(whole.delimiter, ';');
    }

    void overridesWin()
    {
        const QByteArray data = "a;b|c\n1;2|3\n";
        CsvSniffer::Options options;
        options.delimiter = '|';
        options.encoding = TextEncoding::Latin1;
        options.maxRecords = 1;
        const CsvSniffResult sniffed = CsvSniffer::sniff(data, true, options);
        QCOMPARE(sniffed.delimiter, '|');
        QCOMPARE(sniffed.delimiterConfidence, 1.0);
        QCOMPARE(sniffed.encoding, TextEncoding::Latin1);
        QCOMPARE(sniffed.asciiOnly, false);
        QCOMPARE(int(sniffed.sampleRecords.size()), 1);
        QCOMPARE(sniffed.sampleRecords[0].fields, std::vector<std::string>({"a;b", "c"}));
    }

    void sniffUtf16AndLineEndingNames()
    {
        const QByteArray data = utf16Bytes(QStringLiteral("a\tb\r1\t2\r"), false, true);
        const CsvSniffResult sniffed = CsvSniffer::sniff(data, true);
        QCOMPARE(sniffed.encoding, TextEncoding::Utf16LE);
        QCOMPARE(sniffed.hasBom, true);
        QCOMPARE(sniffed.delimiter, '\t');
        QCOMPARE(sniffed.lineEnding, CsvSniffResult::LineEnding::Cr);
        QCOMPARE(sniffed.sampleRecords[1].fields, std::vector<std::string>({"1", "2"}));
        QCOMPARE(CsvSniffResult::lineEndingName(CsvSniffResult::LineEnding::CrLf), QStringLiteral("crlf"));
        QCOMPARE(CsvSniffResult::lineEndingName(sniffed.lineEnding), QStringLiteral("cr"));
        QCOMPARE(CsvDialect::delimiterFromName(u"tab"), std::optional<char>('\t'));
        QCOMPARE(CsvDialect::delimiterFromName(u";"), std::optional<char>(';'));
        QCOMPARE(CsvDialect::delimiterFromName(u"semicolon"), std::optional<char>(';'));
        QCOMPARE(CsvDialect::delimiterFromName(u"\n"), std::optional<char>());
        QCOMPARE(CsvDialect::delimiterFromName(u"ab"), std::optional<char>());
        QCOMPARE(CsvDialect::delimiterName('\t'), QStringLiteral("tab"));
        QCOMPARE(CsvDialect::delimiterName(';'), QStringLiteral(";"));
    }
};

namespace valuator::test {
std::unique_ptr<QObject> makeTestCsvSniffer()
{
    return std::make_unique<TestCsvSniffer>();
}
} // namespace valuator::test

#include "TestCsvSniffer.moc"
