// SPDX-License-Identifier: GPL-3.0-or-later
// TextEncoding names, EncodingDetector, Transcoder and the UTF-8 validator.
#include "models/csv/EncodingDetector.h"
#include "models/csv/TextEncoding.h"
#include "models/csv/Transcoder.h"

#include <QTest>

#include <memory>

#include "CsvTestUtil.h"

using namespace valuator;
using namespace valuator::test;

namespace {

/// Feeds `input` to a Transcoder in pieces of `piece` bytes.
std::string decodeInPieces(TextEncoding encoding, const QByteArray& input, qsizetype piece, qsizetype* replaced)
{
    Transcoder transcoder(encoding);
    std::string out;
    std::vector<qsizetype> replacements;
    for (qsizetype at = 0;; at += piece) {
        const qsizetype from = std::min(at, input.size());
        const QByteArrayView chunk(input.constData() + from, std::min(piece, input.size() - from));
        const bool last = at + piece >= input.size();
        const size_t before = out.size();
        out.resize(before + size_t(Transcoder::maxOutputSize(encoding, chunk.size())));
        out.resize(before + size_t(transcoder.decode(chunk, out.data() + before, last, &replacements)));
        if (last)
            break;
    }
    *replaced = qsizetype(replacements.size());
    return out;
}

} // namespace

class TestCsvEncoding : public QObject {
    Q_OBJECT

private slots:
    void namesRoundTrip()
    {
        for (TextEncoding encoding : allTextEncodings())
            QCOMPARE(textEncodingFromName(textEncodingName(encoding)), std::optional<TextEncoding>(encoding));
        QCOMPARE(textEncodingName(TextEncoding::Utf8Bom), QStringLiteral("utf-8-bom"));
        QCOMPARE(textEncodingName(TextEncoding::Windows1252), QStringLiteral("windows-1252"));
        QCOMPARE(textEncodingName(TextEncoding::Latin1), QStringLiteral("iso-8859-1"));
        QCOMPARE(int(allTextEncodings().size()), 6);
    }

    void nameAliases_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("expected");
        QTest::newRow("UTF8") << QStringLiteral("UTF8") << int(TextEncoding::Utf8);
        QTest::newRow("ascii") << QStringLiteral("US-ASCII") << int(TextEncoding::Utf8);
        QTest::newRow("utf-8-sig") << QStringLiteral("utf-8-sig") << int(TextEncoding::Utf8Bom);
        QTest::newRow("utf-16") << QStringLiteral("utf-16") << int(TextEncoding::Utf16LE);
        QTest::newRow("UTF_16BE") << QStringLiteral("UTF_16BE") << int(TextEncoding::Utf16BE);
        QTest::newRow("unicode") << QStringLiteral("Unicode") << int(TextEncoding::Utf16LE);
        QTest::newRow("cp1252") << QStringLiteral("cp1252") << int(TextEncoding::Windows1252);
        QTest::newRow("windows 1252") << QStringLiteral(" Windows 1252 ") << int(TextEncoding::Windows1252);
        QTest::newRow("ansi") << QStringLiteral("ANSI") << int(TextEncoding::Windows1252);
        QTest::newRow("latin1") << QStringLiteral("latin1") << int(TextEncoding::Latin1);
        QTest::newRow("ISO_8859-1") << QStringLiteral("ISO_8859-1") << int(TextEncoding::Latin1);
        QTest::newRow("unknown") << QStringLiteral("koi8-r") << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void nameAliases()
    {
        QFETCH(QString, name);
        QFETCH(int, expected);
        const std::optional<TextEncoding> parsed = textEncodingFromName(name);
        QCOMPARE(parsed ? int(*parsed) : -1, expected);
    }

    void detection_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("bomLength");
        QTest::addColumn<bool>("asciiOnly");
        QTest::newRow("empty") << QByteArray() << int(TextEncoding::Utf8) << 0 << true;
        QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << int(TextEncoding::Utf8) << 0 << true;
        QTest::newRow("utf-8") << QByteArray("K\xC3\xB6ln;\xE2\x82\xAC\n") << int(TextEncoding::Utf8) << 0 << false;
        QTest::newRow("utf-8 cut at the end") << QByteArray("abc,\xE2\x82") << int(TextEncoding::Utf8) << 0 << false;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF"
                                                 "a;b")
                                   << int(TextEncoding::Utf8Bom) << 3 << false;
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE"
                                                    "a\0",
            4) << int(TextEncoding::Utf16LE)
                                      << 2 << false;
        QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0a", 4) << int(TextEncoding::Utf16BE) << 2 << false;
        QTest::newRow("utf-16le no bom") << utf16Bytes(QStringLiteral("a;b\r\n1;2"), false, false)
                                         << int(TextEncoding::Utf16LE) << 0 << false;
        QTest::newRow("utf-16be no bom") << utf16Bytes(QStringLiteral("a;b\r\n1;2"), true, false)
                                         << int(TextEncoding::Utf16BE) << 0 << false;
        QTest::newRow("cp1252 euro") << QByteArray("Preis\n\x80 5\n") << int(TextEncoding::Windows1252) << 0 << false;
        QTest::newRow("high bytes without C1 codes")
            << QByteArray("M\xE4rz;K\xF6ln\n") << int(TextEncoding::Windows1252) << 0 << false;
        QTest::newRow("byte undefined in cp1252")
            << QByteArray("M\xE4rz\x81;x\n") << int(TextEncoding::Latin1) << 0 << false;
        QTest::newRow("utf-8 with one damaged byte") << QByteArray("\xC5\xA0koda;K\xC3\xB6ln\nSk\xF6"
                                                                   "da;x\n")
                                                     << int(TextEncoding::Utf8) << 0 << false;
        QTest::newRow("cp1252 with an accidental utf-8 pair") << QByteArray("\xC3\xBC;M\xE4rz;K\xF6ln;Gr\xFC\xDF"
                                                                            "e\n")
                                                              << int(TextEncoding::Windows1252) << 0 << false;
        QTest::newRow("utf-8 with NULs") << QByteArray("a\0b\0\0c,d\n", 9) << int(TextEncoding::Utf8) << 0 << true;
    }

    void detection()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, encoding);
        QFETCH(int, bomLength);
        QFETCH(bool, asciiOnly);
        const EncodingDetector::Detection detected = EncodingDetector::detect(head);
        QCOMPARE(int(detected.encoding), encoding);
        QCOMPARE(detected.bomLength, bomLength);
        QCOMPARE(detected.hasBom(), bomLength > 0);
        QCOMPARE(detected.asciiOnly, asciiOnly);
    }

    void windows1252Table()
    {
        QByteArray all;
        for (int b = 0x80; b <= 0xFF; ++b)
            all.append(char(b));
        const std::string utf8 = Transcoder::decodeAll(TextEncoding::Windows1252, all);
        const QString text = QString::fromStdString(utf8);
        // 0x80–0x9F as Python's cp1252 codec gives them; the five undefined bytes keep their C1 code point.
        const char16_t expected[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
            0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
            0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
        QCOMPARE(text.size(), 128);
        for (int i = 0; i < 32; ++i)
            QCOMPARE(text.at(i).unicode(), expected[i]);
        for (int b = 0xA0; b <= 0xFF; ++b)
            QCOMPARE(text.at(b - 0x80).unicode(), char16_t(b));
        QCOMPARE(Transcoder::decodeAll(TextEncoding::Latin1, all), QString::fromLatin1(all).toStdString());
    }

    void utf16InAnyPieces()
    {
        const QString text = QString::fromUtf8("a;\xE2\x82\xAC\r\n\xF0\x9F\x9A\x97;\xC3\xA4\n");
        const std::string expected = text.toStdString();
        for (bool bigEndian : {false, true}) {
            const TextEncoding encoding = bigEndian ? TextEncoding::Utf16BE : TextEncoding::Utf16LE;
            const QByteArray data = utf16Bytes(text, bigEndian, true);
            for (qsizetype piece = 1; piece <= 9; ++piece) {
                qsizetype replaced = -1;
                QCOMPARE(decodeInPieces(encoding, data, piece, &replaced), expected);
                QCOMPARE(replaced, 0);
            }
        }
    }

    void utf16BomOfTheOtherOrderWins()
    {
        const QByteArray bigEndian = utf16Bytes(QStringLiteral("x,y"), true, true);
        Transcoder transcoder(TextEncoding::Utf16LE);
        std::string out(64, '\0');
        out.resize(size_t(transcoder.decode(bigEndian, out.data(), true)));
        QCOMPARE(out, std::string("x,y"));
        QCOMPARE(transcoder.skippedBomBytes(), 2);
    }

    void malformedUtf16BecomesReplacementCharacters()
    {
        QByteArray data = utf16Bytes(QString(QChar(0xDC00)) + QStringLiteral("a") + QChar(0xD800), false, false);
        data.append('z');
        qsizetype replaced = 0;
        const std::string out = decodeInPieces(TextEncoding::Utf16LE, data, 1, &replaced);
        QCOMPARE(out,
            std::string("\xEF\xBF\xBD"
                        "a\xEF\xBF\xBD\xEF\xBF\xBD"));
        QCOMPARE(replaced, 3);
    }

    void utf8PassesThroughAndDropsTheBom()
    {
        const QByteArray data = "\xEF\xBB\xBF"
                                "K\xC3\xB6ln,\xFF";
        for (qsizetype piece = 1; piece <= 4; ++piece) {
            qsizetype replaced = -1;
            QCOMPARE(decodeInPieces(TextEncoding::Utf8, data, piece, &replaced), std::string("K\xC3\xB6ln,\xFF"));
            QCOMPARE(replaced, 0);
        }
        qsizetype replaced = -1;
        QCOMPARE(decodeInPieces(TextEncoding::Utf8, "ab", 1, &replaced), std::string("ab"));
    }

    void utf8Validator()
    {
        QCOMPARE(utf8::firstInvalid("", 0), -1);
        const QByteArray good = "ascii K\xC3\xB6ln \xE2\x82\xAC \xF0\x9F\x9A\x97 \xF4\x8F\xBF\xBF";
        QCOMPARE(utf8::firstInvalid(good.constData(), good.size()), -1);
        const QByteArray cut = "0123456789\xF0\x9F\x9A";
        QCOMPARE(utf8::firstInvalid(cut.constData(), cut.size()), 10);
        QCOMPARE(utf8::firstInvalid(cut.constData(), cut.size(), true), -1);
        const QByteArray lateBad = QByteArray(37, 'a') + "\xC3\xA4" + QByteArray(20, 'b') + "\xC3";
        QCOMPARE(utf8::firstInvalid(lateBad.constData(), lateBad.size()), 59);
        QVERIFY(utf8::isAscii("plain text, 1234567890", 22));
        QVERIFY(!utf8::isAscii("plain text \xC3\xA4", 13));
    }
};

namespace valuator::test {
std::unique_ptr<QObject> makeTestCsvEncoding()
{
    return std::make_unique<TestCsvEncoding>();
}
} // namespace valuator::test

#include "TestCsvEncoding.moc"
