// SPDX-License-Identifier: GPL-3.0-or-later
// The shared car-sales fixtures, read end to end. Expected counts were taken with Python's csv module.
#include "models/csv/CsvSniffer.h"

#include <QTest>

#include <memory>

#include "CsvTestUtil.h"

using namespace valuator;
using namespace valuator::test;

namespace {

CsvSniffResult sniffFixture(const QByteArray& data)
{
    MemoryByteSource source(data);
    return CsvSniffer::sniff(source).value();
}

ReadAll readFixture(const QByteArray& data, qsizetype bufferSize = qsizetype(1) << 20)
{
    return readAll(data, sniffFixture(data).dialect(), withBuffer(bufferSize));
}

} // namespace

class TestCsvFixtures : public QObject {
    Q_OBJECT

private slots:
    void everyFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("fieldsWithQuotes");
        QTest::addColumn<int>("fieldsWithDelimiter");
        QTest::addColumn<int>("badenWuerttemberg");
        QTest::addColumn<qint64>("fieldBytes");
        QTest::newRow("clean") << QStringLiteral("sales-clean-10k.csv") << 10001 << 0 << 0 << 1386 << qint64(1820650);
        QTest::newRow("dirty") << QStringLiteral("sales-dirty-10k.csv") << 10001 << 11 << 45 << 1361 << qint64(1805633);
        QTest::newRow("euro") << QStringLiteral("sales-euro-5k.csv") << 5001 << 7 << 3336 << 739 << qint64(921292);
        QTest::newRow("cp1252") << QStringLiteral("sales-euro-cp1252-5k.csv") << 5001 << 7 << 3336 << 739
                                << qint64(921292);
    }

    void everyFixture()
    {
        QFETCH(QString, file);
        QFETCH(int, records);
        QFETCH(int, fieldsWithQuotes);
        QFETCH(int, fieldsWithDelimiter);
        QFETCH(int, badenWuerttemberg);
        QFETCH(qint64, fieldBytes);
        const QByteArray data = fixture(file.toLatin1().constData());
        const CsvSniffResult sniffed = sniffFixture(data);
        const ReadAll r = readFixture(data);
        QVERIFY(!r.error);
        QCOMPARE(int(r.records.size()), records);
        int quotes = 0, delimiters = 0, region = 0;
        qint64 bytes = 0;
        for (size_t i = 0; i < r.records.size(); ++i) {
            const OwnedRecord& record = r.records[i];
            QCOMPARE(record.fields.size(), 17);
            QVERIFY(record.problem.isNone());
            QCOMPARE(record.line, qint64(i + 1));
            for (const QByteArray& field : record.fields) {
                quotes += field.contains('"');
                delimiters += field.contains(sniffed.delimiter);
                bytes += field.size();
            }
            region += record.fields[12] == "Baden-W\xC3\xBCrttemberg";
        }
        QCOMPARE(quotes, fieldsWithQuotes);
        QCOMPARE(delimiters, fieldsWithDelimiter);
        QCOMPARE(region, badenWuerttemberg);
        QCOMPARE(bytes, fieldBytes);
        QCOMPARE(r.consumed, data.size());
        QCOMPARE(
            r.records.back().consumedAfter, data.size() - (sniffed.lineEnding == CsvSniffResult::LineEnding::CrLf));
        // An odd buffer size that splits records, CRLFs and UTF-8 sequences everywhere gives the same records.
        const ReadAll small = readFixture(data, 4093);
        QVERIFY(small.records == r.records);
    }

    void cp1252DecodesLikeTheUtf8File()
    {
        const ReadAll utf8 = readFixture(fixture("sales-euro-5k.csv"));
        const ReadAll cp1252 = readFixture(fixture("sales-euro-cp1252-5k.csv"));
        QCOMPARE(utf8.records.size(), cp1252.records.size());
        for (size_t i = 0; i < utf8.records.size(); ++i)
            QVERIFY2(utf8.records[i].fields == cp1252.records[i].fields, qPrintable(QString::number(i)));
        // Spot checks of the non-ASCII text (Š is 0x8A in Windows-1252, one of its 0x80–0x9F characters).
        const QString skoda = cp1252.records[0].texts().join(QLatin1Char('|'));
        QCOMPARE(skoda.left(5), QStringLiteral("plate"));
        int skodas = 0;
        for (const OwnedRecord& record : cp1252.records)
            skodas += record.texts().at(1) == QString::fromUtf8("\xC5\xA0koda");
        QCOMPARE(skodas, 1);
    }
};

namespace valuator::test {
std::unique_ptr<QObject> makeTestCsvFixtures()
{
    return std::make_unique<TestCsvFixtures>();
}
} // namespace valuator::test

#include "TestCsvFixtures.moc"
