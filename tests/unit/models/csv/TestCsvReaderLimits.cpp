// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader: encodings, damaged input, size limits and buffer boundaries.
#include "models/csv/EncodingDetector.h"

#include <QRandomGenerator>
#include <QTest>

#include <memory>

#include "CsvTestUtil.h"

using namespace valuator;
using namespace valuator::test;

namespace {

/// Inputs whose records must not depend on where buffer boundaries fall.
QList<QByteArray> boundaryInputs()
{
    return {
        "a,b\n1,2\n",
        "\xEF\xBB\xBF"
        "plate;model\r\nB-X 1;\"Golf, \"\"GTI\"\"\"\r\n\r\n;\"a\r\nb\"\r\n",
        "\"a,b\",\"c\"\"d\",\"e\r\nf\"\r\nnext,\"x\ny\",\"z\rw\"\r\n\"\",\"\"\"\"",
        "a,b\r1,2\r\r3,4",
        "a\r\n\r\nb\n\rc\r",
        "a,\"b\"c,d\n\"x\"y\"z\",w\n",
        "a,b\n1,\"open\nline3\r\nline4",
        "name,city\nok,K\xC3\xB6ln\nbad,K\xF6ln\n\"q\",\"a\"\"\xFF\"\nend,M\xC3\xBCnchen",
        "\xEF\xBB",
        "\xE2\x82\xAC,\xF0\x9F\x9A\x97\r\n\xE2\x82",
        ",,,\n,\n\"\"\n",
    };
}

void compareRecords(const ReadAll& expected, const ReadAll& actual, const QByteArray& label)
{
    QVERIFY2(!actual.error, label.constData());
    QCOMPARE(actual.records.size(), expected.records.size());
    for (size_t i = 0; i < expected.records.size(); ++i) {
        const QByteArray where = label + " record " + QByteArray::number(qulonglong(i));
        QVERIFY2(actual.records[i].fields == expected.records[i].fields, where.constData());
        QCOMPARE(actual.records[i].line, expected.records[i].line);
        QCOMPARE(actual.records[i].byteOffset, expected.records[i].byteOffset);
        QCOMPARE(actual.records[i].problem, expected.records[i].problem);
        QCOMPARE(actual.records[i].consumedAfter, expected.records[i].consumedAfter);
    }
    QCOMPARE(actual.consumed, expected.consumed);
}

} // namespace

class TestCsvReaderLimits : public QObject {
    Q_OBJECT

private slots:
    void invalidUtf8IsFlaggedNotAltered()
    {
        const QByteArray data = "name,city\nok,K\xC3\xB6ln\nbad,K\xF6ln\nok2,M\xC3\xBCnchen\n";
        const ReadAll r = readAll(data);
        QVERIFY(!r.error);
        QCOMPARE(int(r.records.size()), 4);
        QVERIFY(r.records[1].problem.isNone());
        QCOMPARE(r.records[1].texts(), strings({"ok", "Köln"}));
        QCOMPARE(r.records[2].problem, (CsvProblem {CsvProblemKind::InvalidEncoding, 1, 24}));
        QCOMPARE(r.records[2].line, 3);
        QCOMPARE(r.records[2].fields, QByteArrayList({"bad", "K\xF6ln"})); // bytes unchanged
        QVERIFY(r.records[3].problem.isNone());
        QCOMPARE(r.records[3].texts(), strings({"ok2", "München"}));
        QCOMPARE(r.records[3].byteOffset, 28);
    }

    void illFormedUtf8Forms_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::newRow("stray continuation") << QByteArray("\x80");
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF");
        QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\xAF");
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80");
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80");
        QTest::newRow("F5") << QByteArray("\xF5\x80\x80\x80");
        QTest::newRow("lead then ASCII") << QByteArray("\xC3(");
        QTest::newRow("cut by line end") << QByteArray("\xE2\x82\n");
    }

    void illFormedUtf8Forms()
    {
        QFETCH(QByteArray, bad);
        const QByteArray data = "a,b\nx," + bad + "y\nok,\xE2\x82\xAC\n";
        const ReadAll r = readAll(data);
        QVERIFY(!r.error);
        QCOMPARE(r.records[1].problem, (CsvProblem {CsvProblemKind::InvalidEncoding, 1, 6}));
        QVERIFY(r.records[1].fields[1].startsWith(bad.left(bad.indexOf('\n') < 0 ? bad.size() : bad.indexOf('\n'))));
        QVERIFY(r.records.back().problem.isNone());
        QCOMPARE(r.records.back().texts(), strings({"ok", "€"}));
    }

    void invalidUtf8InsideQuotesAndAtTheEnd()
    {
        const ReadAll escaped = readAll("q,\"a\"\"\xFF\"\n");
        QCOMPARE(escaped.records[0].problem, (CsvProblem {CsvProblemKind::InvalidEncoding, 1, 6}));
        QCOMPARE(escaped.records[0].fields, QByteArrayList({"q", "a\"\xFF"}));
        const ReadAll cut = readAll("x,\xE2\x82");
        QCOMPARE(cut.records[0].problem, (CsvProblem {CsvProblemKind::InvalidEncoding, 1, 2}));
        QCOMPARE(cut.records[0].fields, QByteArrayList({"x", "\xE2\x82"}));
        // The encoding problem outranks a quoting problem: unflagged fields are always valid UTF-8.
        const ReadAll both = readAll("\"a\"b,\xFF\n");
        QCOMPARE(both.records[0].problem, (CsvProblem {CsvProblemKind::InvalidEncoding, 1, 5}));
        QCOMPARE(both.records[0].fields, QByteArrayList({"ab", "\xFF"}));
    }

    void binaryJunkDoesNotCrash()
    {
        QRandomGenerator random(20240501);
        for (int round = 0; round < 20; ++round) {
            QByteArray junk(4096 + round * 333, Qt::Uninitialized);
            for (char& c : junk)
                c = char(random.bounded(256));
            for (int i = 0; i < junk.size(); i += 7)
                junk[i] = '\0';
            const EncodingDetector::Detection detected = EncodingDetector::detect(junk);
            for (TextEncoding encoding : {TextEncoding::Utf8, detected.encoding, TextEncoding::Utf16BE}) {
                const ReadAll r = readAll(junk, CsvDialect {encoding, ',', '"'});
                QVERIFY(!r.error);
                QVERIFY(!r.records.empty());
                QCOMPARE(r.consumed, junk.size());
                qint64 line = 0, offset = -1;
                for (const OwnedRecord& record : r.records) {
                    QVERIFY(record.line > line);
                    QVERIFY(record.byteOffset > offset);
                    QVERIFY(record.consumedAfter <= junk.size());
                    line = record.line;
                    offset = record.byteOffset;
                    if (record.problem.kind != CsvProblemKind::InvalidEncoding) {
                        for (const QByteArray& field : record.fields)
                            QCOMPARE(utf8::firstInvalid(field.constData(), field.size()), -1);
                    }
                }
                // The same junk in 5-byte reads gives the same records.
                compareRecords(r, readAll(junk, CsvDialect {encoding, ',', '"'}, withBuffer(5)), "junk");
            }
        }
        // NULs are ordinary bytes of a field.
        const ReadAll nul = readAll(bytes("\0\xFF\0,\x80\n", 6));
        QCOMPARE(nul.records[0].fields, QByteArrayList({bytes("\0\xFF\0", 3), "\x80"}));
        QCOMPARE(nul.records[0].problem, (CsvProblem {CsvProblemKind::InvalidEncoding, 0, 1}));
    }

    void tenMegabyteField()
    {
        const QByteArray unit = "0123456789,;\"x\"\n"; // 16 bytes, one line break, two quotes
        const qsizetype repeats = 10 * 1024 * 1024 / unit.size();
        const QByteArray content = unit.repeated(repeats);
        QByteArray raw = content;
        raw.replace("\"", "\"\"");
        const QByteArray data = "id,blob,tail\n1,\"" + raw + "\",end\n2,x,y\n";
        for (qsizetype buffer : {qsizetype(1) << 20, qsizetype(4096)}) {
            const ReadAll r = readAll(data, CsvDialect(), withBuffer(buffer));
            QVERIFY(!r.error);
            QCOMPARE(int(r.records.size()), 3);
            QCOMPARE(r.records[1].fields.size(), 3);
            QCOMPARE(r.records[1].fields[1].size(), 10 * 1024 * 1024);
            QVERIFY(r.records[1].fields[1] == content);
            QCOMPARE(r.records[1].fields[2], QByteArray("end"));
            QVERIFY(r.records[1].problem.isNone());
            QCOMPARE(r.records[2].line, 2 + repeats + 1);
            QCOMPARE(r.records[2].texts(), strings({"2", "x", "y"}));
        }
    }

    void recordLargerThanTheLimit()
    {
        CsvReader::Options options;
        options.maxRecordBytes = 1000;
        const QByteArray data = "a,b\n1,\"" + QByteArray(5000, 'x') + "\"\n2,ok\n" + QByteArray(2000, 'y') + ",z\n3,\""
            + QByteArray("abc\n").repeated(500) + "\"\nlast,1\n";
        const ReadAll expected = readAll(data, CsvDialect(), options);
        QVERIFY(!expected.error);
        QCOMPARE(int(expected.records.size()), 6);
        QCOMPARE(expected.records[1].problem, (CsvProblem {CsvProblemKind::FieldTooLarge, 1, 6}));
        QCOMPARE(expected.records[1].fields.size(), 0);
        QCOMPARE(expected.records[1].line, 2);
        QCOMPARE(expected.records[2].texts(), strings({"2", "ok"}));
        QCOMPARE(expected.records[2].line, 3);
        QCOMPARE(expected.records[3].problem, (CsvProblem {CsvProblemKind::FieldTooLarge, 0, 5014}));
        QCOMPARE(expected.records[4].problem.kind, CsvProblemKind::FieldTooLarge);
        QCOMPARE(expected.records[4].line, 5);
        QCOMPARE(expected.records[5].texts(), strings({"last", "1"}));
        QCOMPARE(expected.records[5].line, 5 + 500 + 1); // line breaks of a skipped record still count
        QCOMPARE(expected.consumed, data.size());
        for (qsizetype buffer : {1, 2, 3, 7, 64, 999, 1000, 1001, 4096}) {
            options.bufferSize = buffer;
            compareRecords(expected, readAll(data, CsvDialect(), options), "buffer " + QByteArray::number(buffer));
        }
    }

    void tooManyFields()
    {
        CsvReader::Options options;
        options.maxFields = 3;
        const QByteArray data = "a,b,c,d\n1,2\nx,y,z\n";
        const ReadAll r = readAll(data, CsvDialect(), options);
        QCOMPARE(int(r.records.size()), 3);
        QCOMPARE(r.records[0].problem, (CsvProblem {CsvProblemKind::TooManyFields, 3, 6}));
        QCOMPARE(r.records[0].fields.size(), 0);
        QCOMPARE(r.records[1].texts(), strings({"1", "2"}));
        QCOMPARE(r.records[2].texts(), strings({"x", "y", "z"}));
        QVERIFY(r.records[2].problem.isNone());
        for (qsizetype buffer : {1, 2, 5})
            compareRecords(r,
                readAll(data, CsvDialect(),
                    [&] {
                        CsvReader::Options small = options;
                        small.bufferSize = buffer;
                        return small;
                    }()),
                "fields");
    }

    void memoryStaysBounded()
    {
        // 30 MB of records generated on the fly: the buffer never holds more than a chunk and a partial record.
        class GeneratedSource : public ByteSource {
        public:
            qint64 read(char* buffer, qint64 maxBytes) override
            {
                static const QByteArray line = "B-X 1234,VW,\"Golf, \"\"GTI\"\"\",2019,45000\r\n";
                const qint64 n = std::min(maxBytes, size() - m_position);
                for (qint64 i = 0; i < n; ++i)
                    buffer[i] = line[(m_position + i) % line.size()];
                m_position += n;
                return n;
            }
            qint64 size() const override { return 30'000'021; } // 750,000 lines and a cut one
            qint64 m_position = 0;
        } generated;
        const qsizetype chunk = 64 * 1024;
        CsvReader reader(generated, CsvDialect(), withBuffer(chunk));
        CsvRecord record;
        qint64 records = 0, problems = 0;
        qsizetype largest = 0;
        while (reader.next(record).value_or(false)) {
            ++records;
            largest = std::max(largest, reader.bufferCapacity());
            if (!record.problem.isNone())
                ++problems; // the cut last line ends inside quotes
            else if (record.size() != 5 || record[2] != "Golf, \"GTI\"")
                QFAIL("wrong record");
        }
        QCOMPARE(records, 750'001);
        QCOMPARE(problems, 1);
        QCOMPARE(record.problem.kind, CsvProblemKind::UnterminatedQuote);
        QCOMPARE(reader.bytesConsumed(), 30'000'021);
        QCOMPARE(largest, 2 * chunk);

        // A 10 MB record grows the buffer; it shrinks back to the steady size afterwards.
        const QByteArray data = "a,\"" + QByteArray(10'000'000, 'x') + "\"\n" + QByteArray("1,2\n").repeated(100'000);
        MemoryByteSource source(data);
        CsvReader big(source, CsvDialect(), withBuffer(chunk));
        largest = 0;
        while (big.next(record).value_or(false))
            largest = std::max(largest, big.bufferCapacity());
        QVERIFY(largest >= 10'000'000);
        QCOMPARE(big.bufferCapacity(), 2 * chunk);
    }

    void windows1252()
    {
        const QByteArray data = "Marke;Preis;Stadt\r\nK\xE4"
                                "fer;\x80 9.990;K\xF6ln\r\n\x8A"
                                "koda;\x84x\x93;-\r\n";
        const EncodingDetector::Detection detected = EncodingDetector::detect(data);
        QCOMPARE(detected.encoding, TextEncoding::Windows1252);
        const ReadAll r = readAll(data, CsvDialect {detected.encoding, ';', '"'});
        QCOMPARE(int(r.records.size()), 3);
        QCOMPARE(r.records[1].texts(), strings({"Käfer", "€ 9.990", "Köln"}));
        QCOMPARE(r.records[1].fields[1], QByteArray("\xE2\x82\xAC 9.990"));
        QCOMPARE(r.records[2].texts(), strings({"Škoda", "„x“", "-"}));
        QCOMPARE(r.records[1].byteOffset, 19); // offsets count source bytes, not UTF-8 bytes
        QCOMPARE(r.records[2].byteOffset, 39);
        QCOMPARE(r.records[1].consumedAfter, 38); // the LF of CRLF is taken when the next record starts
        QCOMPARE(r.consumed, data.size());
        const ReadAll latin1 = readAll(data, CsvDialect {TextEncoding::Latin1, ';', '"'});
        QCOMPARE(latin1.records[1].fields[1], QByteArray("\xC2\x80 9.990"));
    }

    void utf16WithAndWithoutBom_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::addColumn<bool>("bom");
        QTest::newRow("LE with BOM") << false << true;
        QTest::newRow("BE with BOM") << true << true;
        QTest::newRow("LE without BOM") << false << false;
        QTest::newRow("BE without BOM") << true << false;
    }

    void utf16WithAndWithoutBom()
    {
        QFETCH(bool, bigEndian);
        QFETCH(bool, bom);
        const QString text
            = QString::fromUtf8("Marke;Preis\nVW;12.500 \xE2\x82\xAC\n\xC5\xA0koda;\"9.000\r\n\xF0\x9F\x9A\x97\"\r\n");
        const QByteArray data = utf16Bytes(text, bigEndian, bom);
        const EncodingDetector::Detection detected = EncodingDetector::detect(data);
        QCOMPARE(detected.encoding, bigEndian ? TextEncoding::Utf16BE : TextEncoding::Utf16LE);
        QCOMPARE(detected.bomLength, bom ? 2 : 0);
        const qint64 base = bom ? 2 : 0;
        for (qsizetype buffer : {qsizetype(1) << 20, qsizetype(1), qsizetype(3)}) {
            const ReadAll r = readAll(data, CsvDialect {detected.encoding, ';', '"'}, withBuffer(buffer));
            QVERIFY(!r.error);
            QCOMPARE(int(r.records.size()), 3);
            QCOMPARE(r.records[0].texts(), strings({"Marke", "Preis"}));
            QCOMPARE(r.records[1].texts(), strings({"VW", "12.500 \xE2\x82\xAC"}));
            QCOMPARE(r.records[2].texts(), strings({"\xC5\xA0koda", "9.000\r\n\xF0\x9F\x9A\x97"}));
            QCOMPARE(r.records[0].byteOffset, base);
            QCOMPARE(r.records[1].byteOffset, base + 2 * 12);
            QCOMPARE(r.records[2].byteOffset, base + 2 * 24);
            QCOMPARE(r.records[2].line, 3);
            QCOMPARE(r.consumed, data.size());
            for (const OwnedRecord& record : r.records)
                QVERIFY(record.problem.isNone());
        }
    }

    void malformedUtf16IsFlagged()
    {
        QByteArray data = utf16Bytes(QStringLiteral("a,b\n"), false, false);
        data += utf16Bytes(QString(QChar(0xD800)), false, false) + utf16Bytes(QStringLiteral("x,y\nz"), false, false);
        data += 'q'; // a dangling odd byte at the end
        const ReadAll r = readAll(data, CsvDialect {TextEncoding::Utf16LE, ',', '"'});
        QCOMPARE(int(r.records.size()), 3);
        QVERIFY(r.records[0].problem.isNone());
        QCOMPARE(r.records[1].fields, QByteArrayList({"\xEF\xBF\xBDx", "y"}));
        QCOMPARE(r.records[1].problem, (CsvProblem {CsvProblemKind::InvalidEncoding, 0, 8}));
        QCOMPARE(r.records[2].fields, QByteArrayList({"z\xEF\xBF\xBD"}));
        QCOMPARE(r.records[2].problem, (CsvProblem {CsvProblemKind::InvalidEncoding, 0, 20}));
        QCOMPARE(r.consumed, data.size());
    }

    void bufferBoundariesDoNotChangeRecords()
    {
        for (const QByteArray& input : boundaryInputs()) {
            const ReadAll expected = readAll(input);
            QVERIFY(!expected.records.empty());
            for (qsizetype buffer = 1; buffer <= 7; ++buffer) {
                compareRecords(expected, readAll(input, CsvDialect(), withBuffer(buffer)), input);
                compareRecords(expected, readAll(input, CsvDialect(), withBuffer(buffer), 2), input); // short reads
            }
            // The same text as UTF-16 (odd buffer sizes split code units): same fields and lines.
            const QByteArray utf16 = utf16Bytes(QString::fromUtf8(input), false, true);
            const ReadAll wide = readAll(utf16, CsvDialect {TextEncoding::Utf16LE, ',', '"'});
            for (qsizetype buffer = 1; buffer <= 7; ++buffer)
                compareRecords(wide, readAll(utf16, CsvDialect {TextEncoding::Utf16LE, ',', '"'}, withBuffer(buffer)),
                    "utf16 " + input);
        }
    }

    void utf8BomSplitAcrossReads()
    {
        for (qsizetype buffer : {1, 2, 3, 4}) {
            const ReadAll r = readAll("\xEF\xBB\xBF"
                                      "a,b\n",
                CsvDialect(), withBuffer(buffer));
            QCOMPARE(r.records[0].texts(), strings({"a", "b"}));
            QCOMPARE(r.records[0].byteOffset, 3);
        }
        const ReadAll cut = readAll("\xEF\xBB");
        QCOMPARE(cut.records[0].problem, (CsvProblem {CsvProblemKind::InvalidEncoding, 0, 0}));
    }
};

namespace valuator::test {
std::unique_ptr<QObject> makeTestCsvReaderLimits()
{
    return std::make_unique<TestCsvReaderLimits>();
}
} // namespace valuator::test

#include "TestCsvReaderLimits.moc"
