// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader: record structure, quoting, line ends and line numbers, progress.
#include <QTest>

#include <memory>

#include "CsvTestUtil.h"

using namespace valuator;
using namespace valuator::test;

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void emptyFile()
    {
        const ReadAll empty = readAll(QByteArray());
        QVERIFY(!empty.error);
        QCOMPARE(int(empty.records.size()), 0);
        QCOMPARE(empty.consumed, 0);
        QCOMPARE(empty.total, 0);

        const ReadAll blank = readAll("\n\r\n\r");
        QVERIFY(!blank.error);
        QCOMPARE(int(blank.records.size()), 0);
        QCOMPARE(blank.consumed, 4);

        const ReadAll bomOnly = readAll("\xEF\xBB\xBF");
        QVERIFY(!bomOnly.error);
        QCOMPARE(int(bomOnly.records.size()), 0);
        QCOMPARE(bomOnly.consumed, 3);
    }

    void headerOnly()
    {
        for (const QByteArray& data : {QByteArray("plate,brand,model\n"), QByteArray("plate,brand,model")}) {
            const ReadAll r = readAll(data);
            QVERIFY(!r.error);
            QCOMPARE(int(r.records.size()), 1);
            QCOMPARE(r.records[0].texts(), strings({"plate", "brand", "model"}));
            QCOMPARE(r.records[0].line, 1);
            QCOMPARE(r.records[0].byteOffset, 0);
            QVERIFY(r.records[0].problem.isNone());
            QCOMPARE(r.records[0].consumedAfter, data.size());
        }
    }

    void duplicateHeaderNames()
    {
        const ReadAll r = readAll("x,x,y\n1,2,3\n");
        QCOMPARE(int(r.records.size()), 2);
        QCOMPARE(r.records[0].texts(), strings({"x", "x", "y"}));
        QCOMPARE(r.records[1].texts(), strings({"1", "2", "3"}));
    }

    void raggedRows()
    {
        const ReadAll r = readAll("a,b,c\n1,2\n1,2,3,4\n\n5\n,\n");
        QCOMPARE(r.fieldCounts(), std::vector<qsizetype>({3, 2, 4, 1, 2}));
        QCOMPARE(r.records[3].line, 5);
        QCOMPARE(r.records[4].texts(), strings({"", ""}));
        for (const OwnedRecord& record : r.records)
            QVERIFY(record.problem.isNone());
    }

    void columnCountChangesHalfway()
    {
        const ReadAll r = readAll("a,b,c\n1,2,3\n4,5,6\nd,e,f,g,h\n1,2,3,4,5\n6,7,8,9,10\n");
        QCOMPARE(r.fieldCounts(), std::vector<qsizetype>({3, 3, 3, 5, 5, 5}));
        QCOMPARE(r.records[5].texts(), strings({"6", "7", "8", "9", "10"}));
        QCOMPARE(r.records[5].line, 6);
    }

    void quotesDelimitersAndLineBreaksInFields()
    {
        const QByteArray data = "\"a,b\",\"c\"\"d\",\"e\r\nf\"\r\nnext,\"x\ny\",\"z\rw\"\r\n\"\",\"\"\"\"";
        const ReadAll r = readAll(data);
        QVERIFY(!r.error);
        QCOMPARE(int(r.records.size()), 3);
        QCOMPARE(r.records[0].texts(), strings({"a,b", "c\"d", "e\r\nf"}));
        QCOMPARE(r.records[0].line, 1);
        QCOMPARE(r.records[1].texts(), strings({"next", "x\ny", "z\rw"}));
        QCOMPARE(r.records[1].line, 3);
        QCOMPARE(r.records[1].byteOffset, 21);
        QCOMPARE(r.records[2].texts(), strings({"", "\""}));
        QCOMPARE(r.records[2].line, 6); // CRLF, LF and CR inside quotes each count as one line break
        QCOMPARE(r.records[2].byteOffset, 39);
        for (const OwnedRecord& record : r.records)
            QVERIFY(record.problem.isNone());
    }

    void semicolonDialectWithQuotedSemicolons()
    {
        const ReadAll r = readAll("plate;equipment;model\r\nB-X 1;\"navi;seats\";\"Golf, \"\"GTI\"\"\"\r\n",
            CsvDialect {TextEncoding::Utf8, ';', '"'});
        QCOMPARE(int(r.records.size()), 2);
        QCOMPARE(r.records[1].texts(), strings({"B-X 1", "navi;seats", "Golf, \"GTI\""}));
    }

    void quoteOnlyOpensAFieldAtItsStart()
    {
        const ReadAll r = readAll("5\" rim,x\n \"a\",b\n");
        QCOMPARE(r.records[0].texts(), strings({"5\" rim", "x"}));
        QCOMPARE(r.records[1].texts(), strings({" \"a\"", "b"}));
        QVERIFY(r.records[0].problem.isNone());
        QVERIFY(r.records[1].problem.isNone());
    }

    void charactersAfterClosingQuote()
    {
        const ReadAll r = readAll("a,\"b\"c,d\n\"x\"y\"z\",w\n");
        QCOMPARE(int(r.records.size()), 2);
        QCOMPARE(r.records[0].texts(), strings({"a", "bc", "d"}));
        QCOMPARE(r.records[0].problem, (CsvProblem {CsvProblemKind::CharactersAfterQuote, 1, 5}));
        QCOMPARE(r.records[1].texts(), strings({"xy\"z\"", "w"}));
        QCOMPARE(r.records[1].problem, (CsvProblem {CsvProblemKind::CharactersAfterQuote, 0, 12}));
        QCOMPARE(r.records[1].line, 2);
    }

    void unterminatedQuoteAtEndOfFile()
    {
        const QByteArray data = "a,b\n1,\"open\nline3\r\nline4";
        const ReadAll r = readAll(data);
        QVERIFY(!r.error);
        QCOMPARE(int(r.records.size()), 2);
        QCOMPARE(r.records[0].texts(), strings({"a", "b"}));
        QVERIFY(r.records[0].problem.isNone());
        QCOMPARE(r.records[1].line, 2);
        QCOMPARE(r.records[1].texts(), strings({"1", "open\nline3\r\nline4"}));
        QCOMPARE(r.records[1].problem, (CsvProblem {CsvProblemKind::UnterminatedQuote, 1, 6}));
        QCOMPARE(r.consumed, data.size());

        const ReadAll escaped = readAll("\"ab\"\"");
        QCOMPARE(escaped.records[0].texts(), strings({"ab\""}));
        QCOMPARE(escaped.records[0].problem, (CsvProblem {CsvProblemKind::UnterminatedQuote, 0, 0}));
    }

    void lineEnds_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QList<qint64>>("lines");
        QTest::addColumn<QList<qint64>>("offsets");
        QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << strings({"a", "b"}) << QList<qint64>({1, 2})
                            << QList<qint64>({0, 4});
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << strings({"a", "b"}) << QList<qint64>({1, 2})
                              << QList<qint64>({0, 5});
        QTest::newRow("cr only") << QByteArray("a,b\r1,2\r\r3,4") << strings({"a", "b"}) << QList<qint64>({1, 2, 4})
                                 << QList<qint64>({0, 4, 9});
        QTest::newRow("mixed") << QByteArray("a\r\nb\nc\rd") << strings({"a"}) << QList<qint64>({1, 2, 3, 4})
                               << QList<qint64>({0, 3, 5, 7});
        QTest::newRow("lf then cr") << QByteArray("a\n\rb") << strings({"a"}) << QList<qint64>({1, 3})
                                    << QList<qint64>({0, 3});
        QTest::newRow("empty lines") << QByteArray("\n\na\n\n\nb\n\n") << strings({"a"}) << QList<qint64>({3, 6})
                                     << QList<qint64>({2, 6});
        QTest::newRow("empty crlf lines")
            << QByteArray("\r\n\r\na\r\n") << strings({"a"}) << QList<qint64>({3}) << QList<qint64>({4});
        QTest::newRow("no final line end")
            << QByteArray("a,b\n1,") << strings({"a", "b"}) << QList<qint64>({1, 2}) << QList<qint64>({0, 4});
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "a,b\n1,2\n")
                             << strings({"a", "b"}) << QList<qint64>({1, 2}) << QList<qint64>({3, 7});
    }

    void lineEnds()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, first);
        QFETCH(QList<qint64>, lines);
        QFETCH(QList<qint64>, offsets);
        for (TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Utf8Bom}) {
            const ReadAll r = readAll(data, CsvDialect {encoding, ',', '"'});
            QVERIFY(!r.error);
            QCOMPARE(r.records.front().texts(), first);
            QList<qint64> gotLines, gotOffsets;
            for (const OwnedRecord& record : r.records) {
                gotLines << record.line;
                gotOffsets << record.byteOffset;
                QVERIFY(record.problem.isNone());
            }
            QCOMPARE(gotLines, lines);
            QCOMPARE(gotOffsets, offsets);
            QCOMPARE(r.consumed, data.size());
        }
    }

    void lastFieldEmptyOrQuotedAtEnd()
    {
        QCOMPARE(readAll("1,").records[0].texts(), strings({"1", ""}));
        QCOMPARE(readAll("1,\n").records[0].texts(), strings({"1", ""}));
        QCOMPARE(readAll("\"x\"").records[0].texts(), strings({"x"}));
        QCOMPARE(readAll("\"x\",\"\"").records[0].texts(), strings({"x", ""}));
        QCOMPARE(readAll("\"\"\"\"").records[0].texts(), strings({"\""}));
    }

    void progressIsMonotonicAndEndsAtTheSize()
    {
        const QByteArray data = "a,b\n\n1,\"2\n3\"\r\nx,y";
        const ReadAll r = readAll(data);
        QCOMPARE(r.total, data.size());
        QList<qint64> consumed;
        for (const OwnedRecord& record : r.records)
            consumed << record.consumedAfter;
        // The LF of a CRLF is taken when the next record starts: the CR already ends the line.
        QCOMPARE(consumed, QList<qint64>({4, 13, data.size()}));
        QCOMPARE(r.consumed, data.size());
    }

    void unknownSizeAndReadErrors()
    {
        class FlakySource : public ByteSource {
        public:
            qint64 read(char* buffer, qint64 maxBytes) override
            {
                if (m_sent)
                    return -1;
                m_sent = true;
                const QByteArray data("a,b\n1,2\n");
                Q_ASSERT(maxBytes >= data.size());
                std::memcpy(buffer, data.constData(), size_t(data.size()));
                return data.size();
            }
            QString errorString() const override { return QStringLiteral("disk on fire"); }
            bool m_sent = false;
        } source;
        CsvReader reader(source, CsvDialect());
        QCOMPARE(reader.totalBytes(), -1);
        CsvRecord record;
        QCOMPARE(reader.next(record).value_or(false), true);
        QCOMPARE(reader.next(record).value_or(false), true);
        QCOMPARE(record.text(1), QStringLiteral("2"));
        const Result<bool> failed = reader.next(record);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::Io);
        QVERIFY(failed.error().userMessage.contains(QLatin1String("disk on fire")));
        const Result<bool> again = reader.next(record);
        QVERIFY(!again);
        QCOMPARE(again.error().detail, failed.error().detail);
    }

    void invalidDialectIsAnError()
    {
        for (const CsvDialect& dialect : {CsvDialect {TextEncoding::Utf8, '"', '"'},
                 CsvDialect {TextEncoding::Utf8, '\n', '"'}, CsvDialect {TextEncoding::Utf8, ',', '\r'}}) {
            const ReadAll r = readAll("a,b\n", dialect);
            QVERIFY(r.error);
            QCOMPARE(r.error->code, ErrorCode::InvalidArgument);
            QCOMPARE(int(r.records.size()), 0);
        }
    }

    void recordViewsStayValidUntilNextCall()
    {
        MemoryByteSource source("aa,\"b\"\"b\"\ncc,dd\n");
        CsvReader reader(source, CsvDialect(), withBuffer(3));
        CsvRecord record;
        QVERIFY(reader.next(record).value_or(false));
        const std::string first(record[0]), second(record[1]);
        QCOMPARE(QByteArray::fromStdString(first), QByteArray("aa"));
        QCOMPARE(QByteArray::fromStdString(second), QByteArray("b\"b"));
        QCOMPARE(record.toStrings(), std::vector<std::string>({"aa", "b\"b"}));
        QVERIFY(reader.next(record).value_or(false));
        QCOMPARE(record.toStrings(), std::vector<std::string>({"cc", "dd"}));
        QCOMPARE(reader.next(record).value_or(true), false);
        QCOMPARE(reader.next(record).value_or(true), false); // stays at the end
    }
};

namespace valuator::test {
std::unique_ptr<QObject> makeTestCsvReader()
{
    return std::make_unique<TestCsvReader>();
}
} // namespace valuator::test

#include "TestCsvReader.moc"
