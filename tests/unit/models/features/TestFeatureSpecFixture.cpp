// SPDX-License-Identifier: GPL-3.0-or-later
// FeatureSpec on the shared 10k fixtures: the expected features, a sane matrix, a JSON round trip that
// transforms identically, and the dirty fixture transformed with the clean spec (reported, never a crash).
#include "models/features/FeatureSpec.h"

#include <QTest>

#include <cstring>

#include "FeatureTests.h"
#include "TestTables.h"

using namespace valuator;
using namespace valuator::testing;

class TestFeatureSpecFixture : public QObject {
    Q_OBJECT

private slots:
    void cleanFixtureFeatures()
    {
        const Table& t = cleanFixture();
        auto spec = FeatureSpec::build(t, {});
        QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().userMessage));
        const QStringList names = spec->featureNames();
        QCOMPARE(names.mid(0, 2), QStringList({QStringLiteral("age_years"), QStringLiteral("mileage_per_year")}));
        for (const char* expected : {"mileage_km", "power_kw", "engine_l", "owners", "brand", "model", "fuel"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        QVERIFY(!names.contains(QStringLiteral("plate")));
        QVERIFY(!names.contains(QStringLiteral("sale_price")));
        const int equipment = int(spec->equipmentTokens().size());
        QVERIFY(equipment > 5 && equipment <= 40);
        QVERIFY(spec->categories(QStringLiteral("brand")).contains(QStringLiteral("BMW")));

        TransformReport report;
        auto m = spec->transform(t, &report);
        QVERIFY(m);
        QCOMPARE(m->rows, t.rowCount());
        QCOMPARE(m->columns, int(names.size()));
        QVERIFY(report.unseenCategories.isEmpty()); // the spec was learned from these very rows
        QVERIFY(report.missingColumns.isEmpty());
        // Ages at sale are plausible for every row that has one.
        for (int64_t r = 0; r < m->rows; ++r) {
            const float age = m->at(r, 0);
            QVERIFY2(std::isnan(age) || (age > -1.5f && age < 60.f), qPrintable(QString::number(r)));
        }

        auto back = FeatureSpec::fromJson(spec->toJson());
        QVERIFY(back);
        auto again = back->transform(t);
        QVERIFY(again);
        QVERIFY(std::memcmp(m->values.data(), again->values.data(), m->values.size() * sizeof(float)) == 0);
    }

    void dirtyFixtureWithTheCleanSpec()
    {
        auto spec = FeatureSpec::build(cleanFixture(), {});
        QVERIFY(spec);
        TransformReport report;
        auto m = spec->transform(dirtyFixture(), &report);
        QVERIFY(m);
        QCOMPARE(m->rows, dirtyFixture().rowCount());
        QCOMPARE(m->names, spec->featureNames());
        // The report is well-formed and counts no more rows than there are.
        for (const auto& [feature, rows] : report.unseenCategories) {
            QVERIFY(spec->featureNames().contains(feature));
            QVERIFY(rows > 0 && rows <= m->rows);
        }
        QVERIFY(report.rowsMissingTarget <= m->rows);
    }
};

int runFeatureSpecFixtureTests(int argc, char** argv)
{
    TestFeatureSpecFixture t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestFeatureSpecFixture.moc"
