// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/ListTokens.h"
#include "models/typing/MissingValues.h"
#include "models/typing/Utf8Text.h"

#include <QTest>

#include "TypingTests.h"

using namespace valuator;

namespace {

QStringList utf8List(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items) {
        out.append(QString::fromUtf8(item));
    }
    return out;
}

} // namespace

class TestMissingAndList : public QObject {
    Q_OBJECT

private slots:
    void missingDefaults_data();
    void missingDefaults();
    void missingCustomList();
    void trimming();
    void listSplit_data();
    void listSplit();
    void listKeys();
};

void TestMissingAndList::missingDefaults_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<bool>("missing");

    QTest::newRow("empty") << QByteArray("") << true;
    QTest::newRow("spaces") << QByteArray("   ") << true;
    QTest::newRow("nbsp only") << QByteArray("\xC2\xA0") << true;
    QTest::newRow("NA") << QByteArray("NA") << true;
    QTest::newRow("na lower") << QByteArray("na") << true;
    QTest::newRow("N/A") << QByteArray("N/A") << true;
    QTest::newRow("n/a padded") << QByteArray("  n/a ") << true;
    QTest::newRow("n.a.") << QByteArray("n.a.") << true;
    QTest::newRow("null") << QByteArray("null") << true;
    QTest::newRow("NULL") << QByteArray("NULL") << true;
    QTest::newRow("None") << QByteArray("None") << true;
    QTest::newRow("dash") << QByteArray("-") << true;
    QTest::newRow("double dash") << QByteArray("--") << true;
    QTest::newRow("question mark") << QByteArray("?") << true;
    QTest::newRow("nan") << QByteArray("NaN") << true;
    QTest::newRow("excel #N/A") << QByteArray("#N/A") << true;
    QTest::newRow("german excel #NV") << QByteArray("#NV") << true;
    QTest::newRow("zero") << QByteArray("0") << false;
    QTest::newRow("negative number") << QByteArray("-5") << false;
    QTest::newRow("triple dash") << QByteArray("---") << false;
    QTest::newRow("word") << QByteArray("nano") << false;
    QTest::newRow("Nash") << QByteArray("NAsh") << false;
}

void TestMissingAndList::missingDefaults()
{
    QFETCH(QByteArray, field);
    QFETCH(bool, missing);
    QCOMPARE(MissingValues().isMissing(std::string_view(field.constData(), size_t(field.size()))), missing);
}

void TestMissingAndList::missingCustomList()
{
    const MissingValues custom({QStringLiteral("k.A."), QStringLiteral(" unbekannt "), QString()});
    QVERIFY(custom.isMissing("K.A."));
    QVERIFY(custom.isMissing("Unbekannt"));
    QVERIFY(custom.isMissing(""));
    QVERIFY(!custom.isMissing("NA")); // the custom list replaces the defaults
    QCOMPARE(custom.tokens(), QStringList({QStringLiteral("k.A."), QStringLiteral("unbekannt")}));
}

void TestMissingAndList::trimming()
{
    QCOMPARE(Utf8Text::trimmed(" \t x y \r\n"), std::string_view("x y"));
    QCOMPARE(Utf8Text::trimmed("\xC2\xA0\xE2\x80\xAF"
                               "abc\xE2\x80\xAF"),
        std::string_view("abc"));
    QCOMPARE(Utf8Text::trimmed("\xEF\xBB\xBF"
                               "plate"),
        std::string_view("plate"));
    QCOMPARE(Utf8Text::trimmed("\xC3\xBC"), std::string_view("\xC3\xBC")); // ü is not a space
    QCOMPARE(Utf8Text::codePointCount("Baden-W\xC3\xBCrttemberg"), qsizetype(17));
}

void TestMissingAndList::listSplit_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<int>("separator");

    QTest::newRow("pipe") << QByteArray("navigation|heated seats|rear camera")
                          << utf8List({"navigation", "heated seats", "rear camera"}) << int(ListSeparator::Pipe);
    QTest::newRow("semicolon") << QByteArray("navigation;sunroof") << utf8List({"navigation", "sunroof"})
                               << int(ListSeparator::Semicolon);
    QTest::newRow("comma space") << QByteArray("cruise control, alloy wheels, tow bar")
                                 << utf8List({"cruise control", "alloy wheels", "tow bar"})
                                 << int(ListSeparator::CommaSpace);
    QTest::newRow("pipe wins over comma")
        << QByteArray("a, b|c") << utf8List({"a, b", "c"}) << int(ListSeparator::Pipe);
    QTest::newRow("empty tokens dropped")
        << QByteArray(" a ;; b ;") << utf8List({"a", "b"}) << int(ListSeparator::Semicolon);
    QTest::newRow("single") << QByteArray(" navigation ") << utf8List({"navigation"}) << int(ListSeparator::None);
    QTest::newRow("bare comma is no separator") << QByteArray("1,5") << utf8List({"1,5"}) << int(ListSeparator::None);
}

void TestMissingAndList::listSplit()
{
    QFETCH(QByteArray, value);
    QFETCH(QStringList, tokens);
    QFETCH(int, separator);

    const std::string_view text(value.constData(), size_t(value.size()));
    std::vector<std::string_view> out;
    QCOMPARE(ListTokens::split(text, out), int(tokens.size()));
    QStringList got;
    for (const std::string_view t : out) {
        got.append(QString::fromUtf8(t.data(), qsizetype(t.size())));
    }
    QCOMPARE(got, tokens);
    QCOMPARE(int(ListTokens::separatorOf(text)), separator);
}

void TestMissingAndList::listKeys()
{
    QCOMPARE(ListTokens::normalised("  Heated \t Seats "), std::string("Heated Seats"));
    QCOMPARE(ListTokens::key("  Heated \t Seats "), std::string("heated seats"));
    QCOMPARE(ListTokens::keyHash("Heated  Seats"), ListTokens::keyHash("heated seats"));
    QVERIFY(ListTokens::keyHash("heated seats") != ListTokens::keyHash("heated seat"));
}

int runMissingAndListTests(int argc, char** argv)
{
    TestMissingAndList test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestMissingAndList.moc"
