// SPDX-License-Identifier: GPL-3.0-or-later
// Fold assignment: k-fold partitions, group folds keep a car on one side, time folds test the newest sales,
// the same seed gives the same folds and another seed other ones, bad settings are refused by name.
#include "models/validation/Splits.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <set>

#include "CarTables.h"
#include "ValidationTests.h"

using namespace valuator;
using namespace valuator::testing;

namespace {

SplitSpec spec(SplitKind kind, int folds = 5, uint64_t seed = 42)
{
    SplitSpec s;
    s.kind = kind;
    s.folds = folds;
    s.seed = seed;
    return s;
}

/// Rows with a price (what the Trainer passes as `usable`).
std::vector<int64_t> usableRows(const Table& t)
{
    std::vector<int64_t> out;
    const Column* price = t.find(QStringLiteral("sale_price"));
    for (int64_t r = 0; r < t.rowCount(); ++r)
        if (price->number(r) > 0)
            out.push_back(r);
    return out;
}

/// Plate key as Splitter documents it: ASCII letters upper-cased, letters and digits kept.
QString plateKey(const Table& t, int64_t row)
{
    const QString plate = t.find(QStringLiteral("plate"))->displayText(row);
    QString out;
    for (QChar c : plate)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

} // namespace

class TestSplits : public QObject {
    Q_OBJECT

private slots:
    void kFoldPartitionsEveryRowOnce()
    {
        const Table t = carSales(40, 3);
        const std::vector<int64_t> usable = usableRows(t);
        auto folds = Splitter::make(t, spec(SplitKind::KFold, 4), usable);
        QVERIFY(folds);
        QCOMPARE(folds->size(), size_t(4));
        std::map<int64_t, int> tested;
        for (const Fold& f : *folds) {
            QVERIFY(std::is_sorted(f.train.begin(), f.train.end()));
            QVERIFY(std::is_sorted(f.test.begin(), f.test.end()));
            QCOMPARE(f.train.size() + f.test.size(), usable.size());
            std::vector<int64_t> both;
            std::merge(f.train.begin(), f.train.end(), f.test.begin(), f.test.end(), std::back_inserter(both));
            QCOMPARE(both, usable); // train and test are disjoint and cover the usable rows
            // Balanced: sizes differ by at most one.
            QVERIFY(std::abs(int64_t(f.test.size()) - int64_t(usable.size() / 4)) <= 1);
            for (int64_t r : f.test)
                ++tested[r];
        }
        QCOMPARE(tested.size(), usable.size());
        for (const auto& [row, count] : tested)
            QCOMPARE(count, 1);
    }

    void sameSeedSameFoldsOtherSeedOtherFolds()
    {
        const Table t = carSales(30, 2);
        auto a = Splitter::make(t, spec(SplitKind::KFold, 5, 7), {});
        auto b = Splitter::make(t, spec(SplitKind::KFold, 5, 7), {});
        auto c = Splitter::make(t, spec(SplitKind::KFold, 5, 8), {});
        QVERIFY(a && b && c);
        for (size_t f = 0; f < 5; ++f)
            QCOMPARE((*a)[f].test, (*b)[f].test);
        bool differs = false;
        for (size_t f = 0; f < 5; ++f)
            differs = differs || (*a)[f].test != (*c)[f].test;
        QVERIFY(differs);
        auto ga = Splitter::make(t, spec(SplitKind::Group, 3, 7), {});
        auto gc = Splitter::make(t, spec(SplitKind::Group, 3, 8), {});
        QVERIFY(ga && gc);
        QVERIFY((*ga)[0].test != (*gc)[0].test || (*ga)[1].test != (*gc)[1].test);
    }

    void splitMixIsTheReferenceGenerator()
    {
        // Seed 0 reference values of splitmix64: the folds must not depend on the standard library.
        SplitMix64 g(0);
        QCOMPARE(g.next(), 0xe220a8397b1dcdafULL);
        QCOMPARE(g.next(), 0x6e789e6aa1b965f4ULL);
        QCOMPARE(g.next(), 0x06c45d188009454fULL);
    }

    void groupFoldsNeverSplitACar()
    {
        const Table t = carSales(60, 3);
        const std::vector<int64_t> usable = usableRows(t);
        auto folds = Splitter::make(t, spec(SplitKind::Group, 5), usable);
        QVERIFY(folds);
        QCOMPARE(folds->size(), size_t(5));
        std::set<int64_t> tested;
        for (const Fold& f : *folds) {
            std::set<QString> trainPlates;
            for (int64_t r : f.train)
                if (const QString k = plateKey(t, r); !k.isEmpty())
                    trainPlates.insert(k);
            for (int64_t r : f.test) {
                const QString k = plateKey(t, r);
                QVERIFY2(k.isEmpty() || !trainPlates.count(k), qPrintable(k));
                tested.insert(r);
            }
            QCOMPARE(f.train.size() + f.test.size(), usable.size());
            QVERIFY(f.test.size() > usable.size() / 10); // reasonably balanced
        }
        QCOMPARE(tested.size(), usable.size());
        // "FR-GO 101" and "fr go 101" are one car: the key ignores case and punctuation.
        QCOMPARE(plateKey(t, 1), plateKey(t, 61));
    }

    void timeSplitTestsTheNewestSales()
    {
        Table t = carSales(50, 2);
        // Two rows without a sale date: they may train, never test.
        Column& dates = t.column(5);
        QCOMPARE(dates.name(), QStringLiteral("sale_date"));
        dates.days()[3] = Column::kNullDate;
        dates.days()[40] = Column::kNullDate;
        const std::vector<int64_t> usable = usableRows(t);
        SplitSpec s = spec(SplitKind::Time);
        s.testShare = 0.25;
        auto folds = Splitter::make(t, s, usable);
        QVERIFY(folds);
        QCOMPARE(folds->size(), size_t(1));
        const Fold& f = folds->front();
        const auto& d = dates.days();
        int64_t dated = 0;
        for (int64_t r : usable)
            dated += d[size_t(r)] != Column::kNullDate;
        QCOMPARE(int64_t(f.test.size()), int64_t(std::llround(double(dated) * 0.25)));
        QCOMPARE(f.train.size() + f.test.size(), usable.size());
        int32_t newestTrain = std::numeric_limits<int32_t>::min();
        for (int64_t r : f.train)
            if (d[size_t(r)] != Column::kNullDate)
                newestTrain = std::max(newestTrain, d[size_t(r)]);
        for (int64_t r : f.test) {
            QVERIFY(d[size_t(r)] != Column::kNullDate);
            QVERIFY(d[size_t(r)] >= newestTrain);
        }
        QVERIFY(std::binary_search(f.train.begin(), f.train.end(), int64_t(3)));
        QVERIFY(std::binary_search(f.train.begin(), f.train.end(), int64_t(40)));
    }

    void badSettingsNameTheSetting()
    {
        const Table t = carSales(10, 2);
        for (int folds : {1, 0, -3, 21}) {
            auto r = Splitter::make(t, spec(SplitKind::KFold, folds), {});
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
            QVERIFY2(r.error().userMessage.contains(QLatin1String("folds")), qPrintable(r.error().userMessage));
            QVERIFY(r.error().userMessage.contains(QString::number(folds)));
        }
        SplitSpec time = spec(SplitKind::Time);
        time.testShare = 0;
        auto r = Splitter::make(t, time, {});
        QVERIFY(!r);
        QVERIFY(r.error().userMessage.contains(QLatin1String("test share")));
        auto many = Splitter::make(t, spec(SplitKind::KFold, 20), std::vector<int64_t> {0, 1, 2});
        QVERIFY(!many); // fewer rows than folds
        auto group = Splitter::make(t, spec(SplitKind::Group, 20), {});
        QVERIFY(!group); // fewer cars than folds
        Table noPlate = makeTable({doubleColumn("sale_price", {1, 2, 3})});
        QVERIFY(!Splitter::make(noPlate, spec(SplitKind::Group, 2), {}));
        QVERIFY(!Splitter::make(noPlate, spec(SplitKind::Time), {}));
        QVERIFY(!Splitter::make(t, spec(SplitKind::KFold, 2), std::vector<int64_t> {0, 999}));
    }

    void specJson()
    {
        SplitSpec s = spec(SplitKind::Group, 7, 0xfedcba9876543210ULL); // above 2^53: stored as a string
        auto back = SplitSpec::fromJson(s.toJson());
        QVERIFY(back);
        QCOMPARE(back->kind, SplitKind::Group);
        QCOMPARE(back->folds, 7);
        QCOMPARE(back->seed, s.seed);
        QJsonObject bad = s.toJson();
        bad.insert(QStringLiteral("folds"), 1);
        auto r = SplitSpec::fromJson(bad);
        QVERIFY(!r);
        QVERIFY2(r.error().userMessage.contains(QLatin1String("folds")), qPrintable(r.error().userMessage));
        // Wrong types are errors too, not a silent default of 5 folds.
        for (const QJsonValue& v : {QJsonValue(2.5), QJsonValue(QStringLiteral("3")), QJsonValue(true)}) {
            bad.insert(QStringLiteral("folds"), v);
            auto typed = SplitSpec::fromJson(bad);
            QVERIFY(!typed);
            QCOMPARE(typed.error().code, ErrorCode::Parse);
            QVERIFY(typed.error().userMessage.contains(QLatin1String("folds")));
        }
        QJsonObject share = s.toJson();
        share.insert(QStringLiteral("test_share"), QStringLiteral("0.2"));
        QVERIFY(!SplitSpec::fromJson(share));
        // Missing keys keep their defaults.
        auto minimal = SplitSpec::fromJson({{QStringLiteral("kind"), QStringLiteral("kfold")}});
        QVERIFY(minimal);
        QCOMPARE(minimal->folds, 5);
        QCOMPARE(minimal->seed, uint64_t(42));
    }
};

int runSplitTests(int argc, char** argv)
{
    TestSplits t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestSplits.moc"
