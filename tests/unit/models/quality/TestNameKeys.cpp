// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestNameKeys.h"

#include "models/quality/CivilDate.h"
#include "models/quality/EquipmentVocabulary.h"
#include "models/quality/ImpossibleRules.h"
#include "models/quality/NameKeys.h"
#include "models/quality/SpellingClusters.h"

#include <QtTest>

namespace valuator::test {

namespace {

SpellingClusters brands(const QList<QPair<const char*, int>>& counts)
{
    QList<SpellingClusters::Entry> entries;
    for (const auto& [spelling, rows] : counts)
        entries.append({QString(), QString::fromUtf8(spelling), rows});
    return SpellingClusters::build(
        entries, [](QStringView s) { return NameKeys::brandKey(s); }, &NameKeys::brandRoot, SpellingOptions {});
}

} // namespace

void TestNameKeys::brandAndModelKeys()
{
    QCOMPARE(NameKeys::brandKey(u" Volkswagen AG "), QStringLiteral("volkswagen"));
    QCOMPARE(NameKeys::brandKey(u"V.W."), QStringLiteral("vw"));
    QCOMPARE(NameKeys::brandRootOf(u"V.W."), QStringLiteral("volkswagen"));
    QCOMPARE(NameKeys::brandKey(u"Škoda Auto"), QStringLiteral("skoda"));
    QCOMPARE(NameKeys::brandKey(u"Mercedes-Benz"), NameKeys::brandKey(u"mercedes  benz"));
    QCOMPARE(NameKeys::brandRootOf(u"Merc"), QStringLiteral("mercedes benz"));
    QCOMPARE(NameKeys::brandRootOf(u"Vauxhall"), QStringLiteral("opel"));
    QCOMPARE(NameKeys::brandKey(u"AG"), QStringLiteral("ag")); // a company form alone is kept
    QCOMPARE(NameKeys::modelKey(u"Golf, M Sport"), QStringLiteral("golf"));
    QCOMPARE(NameKeys::modelKey(u"Golf \"GTI\""), QStringLiteral("golf"));
    QCOMPARE(NameKeys::modelKey(u"C-HR"), QStringLiteral("c hr"));
    QCOMPARE(NameKeys::modelKey(u"ID.3"), QStringLiteral("id3"));
    QCOMPARE(NameKeys::digitsOf(u"xc 60"), QStringLiteral("60"));
    QVERIFY(EquipmentVocabulary::isKnown("heated seats"));
    QVERIFY(!EquipmentVocabulary::isKnown("Heated Seats")); // keys are lower case
}

void TestNameKeys::editDistanceCountsTranspositions()
{
    QCOMPARE(NameKeys::editDistance(u"adui", u"audi", 3), 1);
    QCOMPARE(NameKeys::editDistance(u"volkswagon", u"volkswagen", 3), 1);
    QCOMPARE(NameKeys::editDistance(u"toyta", u"toyota", 3), 1);
    QCOMPARE(NameKeys::editDistance(u"kitten", u"sitting", 5), 3);
    QCOMPARE(NameKeys::editDistance(u"abc", u"abc", 0), 0);
    QCOMPARE(NameKeys::editDistance(u"porsche", u"opel", 1), 2); // stops early: limit + 1
}

void TestNameKeys::clustersTheIssueExample()
{
    const SpellingClusters c = brands({{"Volkswagen", 100}, {"VW", 3}, {"volkswagen", 2}, {"Volkswagon", 1},
        {"Audi", 50}, {" Audi ", 2}, {"BMW", 40}});
    QCOMPARE(c.clusters().size(), 2);
    const SpellingCluster& vw = c.clusters()[0];
    QCOMPARE(vw.canonical, QStringLiteral("Volkswagen"));
    QCOMPARE(vw.rows, 106);
    QCOMPARE(vw.variants.size(), 3);
    QCOMPARE(vw.variants[0].spelling, QStringLiteral("VW"));
    QCOMPARE(vw.variants[0].reason, QStringLiteral("alias"));
    QCOMPARE(vw.variants[1].reason, QStringLiteral("same_key"));
    QCOMPARE(vw.variants[2].reason, QStringLiteral("edit_distance"));
    QCOMPARE(vw.variants[2].distance, 1);
    QCOMPARE(c.canonicalOf({}, QStringLiteral(" Audi ")), QStringLiteral("Audi"));
    QCOMPARE(c.variantRows(), 8);
    // Only aliases present: the table's display name is the suggestion.
    QCOMPARE(brands({{"VW", 5}, {"vw", 1}}).canonicalOf({}, QStringLiteral("vw")), QStringLiteral("Volkswagen"));
    // The most frequent spelling wins, even lower case, when it is the root's own key.
    QCOMPARE(brands({{"volkswagen", 9}, {"Volkswagen", 4}}).canonicalOf({}, QStringLiteral("Volkswagen")),
        QStringLiteral("volkswagen"));
}

void TestNameKeys::doesNotMergeDistinctNames()
{
    auto models = [](const QList<QPair<const char*, int>>& counts) {
        QList<SpellingClusters::Entry> entries;
        for (const auto& [spelling, rows] : counts)
            entries.append({QStringLiteral("Tesla"), QString::fromUtf8(spelling), rows});
        return SpellingClusters::build(
            entries, [](QStringView s) { return NameKeys::modelKey(s); }, [](const QString& k) { return k; },
            SpellingOptions {});
    };
    QVERIFY(models({{"Model S", 300}, {"Model Y", 2}}).clusters().isEmpty()); // one-letter words differ
    QVERIFY(models({{"XC40", 300}, {"XC60", 2}}).clusters().isEmpty()); // digits differ
    QVERIFY(models({{"A-Klasse", 300}, {"C-Klasse", 2}}).clusters().isEmpty());
    QVERIFY(models({{"Ceed", 30}, {"Seed", 10}}).clusters().isEmpty()); // not rare enough to be a typo
    QCOMPARE(models({{"Ceed", 50}, {"Seed", 10}}).clusters().size(), 1); // 5 times as frequent: a typo
    QVERIFY(brands({{"Kia", 300}, {"Kio", 1}}).clusters().isEmpty()); // three letters: too short to judge
    SpellingOptions exactOnly;
    exactOnly.fuzzy = false;
    QList<SpellingClusters::Entry> entries {
        {{}, QStringLiteral("Volkswagen"), 100}, {{}, QStringLiteral("Volkswagon"), 1}};
    QVERIFY(SpellingClusters::build(
        entries, [](QStringView s) { return NameKeys::brandKey(s); }, &NameKeys::brandRoot, exactOnly)
                .clusters()
                .isEmpty());
}

void TestNameKeys::civilDateMatchesQDate()
{
    const QDate epoch(1970, 1, 1);
    for (int days : {-354285, -25567, -1, 0, 59, 60, 11016, 19723, 20088, 47482}) {
        const QDate d = epoch.addDays(days);
        QCOMPARE(CivilDate::toQDate(days), d);
        QCOMPARE(CivilDate::toDays(d.year(), d.month(), d.day()), days);
        QCOMPARE(CivilDate::yearOf(days), d.year());
    }
}

void TestNameKeys::impossibleRulesRoundTrip()
{
    ImpossibleRules r;
    r.maxPowerKw = 1500;
    r.maxSaleDate = QDate(2025, 6, 30);
    auto back = ImpossibleRules::fromJson(r.toJson());
    QVERIFY(back);
    QVERIFY(*back == r);
    QVERIFY(!ImpossibleRules::fromJson(QJsonObject {{QStringLiteral("max_power_kw"), QStringLiteral("lots")}}));
}

} // namespace valuator::test
