// SPDX-License-Identifier: GPL-3.0-or-later
// LearnerFactory: parameter validation names the parameter, presets exist and differ, every learner's model
// survives serialize -> LearnerFactory::load with identical predictions, contributions add up.
#include "models/learners/LearnerFactory.h"
#include "models/learners/UbjsonCheck.h"

#include <QTest>

#include "LearnerTests.h"
#include "SyntheticData.h"

using namespace valuator;
using namespace valuator::testing;

namespace {

LearnerConfig config(const char* learner, const char* preset = "fast", QMap<QString, QString> overrides = {})
{
    LearnerConfig c;
    c.learner = QLatin1String(learner);
    c.preset = QLatin1String(preset);
    c.overrides = std::move(overrides);
    return c;
}

/// A small fitted model of `learner` on the nonlinear car data.
std::unique_ptr<TrainedModel> fitted(const char* learner, const Dataset& d)
{
    QMap<QString, QString> overrides;
    if (qstrcmp(learner, "xgboost") == 0)
        overrides
            = {{QStringLiteral("rounds"), QStringLiteral("30")}, {QStringLiteral("max_depth"), QStringLiteral("4")}};
    auto l = LearnerFactory::create(config(learner, "fast", overrides));
    if (!l)
        qFatal("create failed: %s", qPrintable(l.error().userMessage));
    auto m = (*l)->fit(d.x, d.y, nullptr, {}, {});
    if (!m)
        qFatal("fit failed: %s", qPrintable(m.error().userMessage));
    return std::move(*m);
}

} // namespace

class TestLearnerFactory : public QObject {
    Q_OBJECT

private slots:
    void invalidParametersNameTheParameter_data()
    {
        QTest::addColumn<QString>("learner");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("negative depth") << QStringLiteral("xgboost") << QStringLiteral("max_depth")
                                        << QStringLiteral("-1");
        QTest::newRow("depth not a number")
            << QStringLiteral("xgboost") << QStringLiteral("max_depth") << QStringLiteral("abc");
        QTest::newRow("fractional depth")
            << QStringLiteral("xgboost") << QStringLiteral("max_depth") << QStringLiteral("2.5");
        QTest::newRow("eta text") << QStringLiteral("xgboost") << QStringLiteral("eta") << QStringLiteral("abc");
        QTest::newRow("eta zero") << QStringLiteral("xgboost") << QStringLiteral("eta") << QStringLiteral("0");
        QTest::newRow("eta nan") << QStringLiteral("xgboost") << QStringLiteral("eta") << QStringLiteral("nan");
        QTest::newRow("subsample above 1")
            << QStringLiteral("xgboost") << QStringLiteral("subsample") << QStringLiteral("1.5");
        QTest::newRow("rounds empty") << QStringLiteral("xgboost") << QStringLiteral("rounds") << QStringLiteral("");
        QTest::newRow("ridge negative lambda")
            << QStringLiteral("linear") << QStringLiteral("lambda") << QStringLiteral("-1");
        QTest::newRow("ridge zero lambda")
            << QStringLiteral("linear") << QStringLiteral("lambda") << QStringLiteral("0");
        QTest::newRow("baseline band") << QStringLiteral("baseline") << QStringLiteral("age_band_years")
                                       << QStringLiteral("0");
    }

    void invalidParametersNameTheParameter()
    {
        QFETCH(QString, learner);
        QFETCH(QString, key);
        QFETCH(QString, value);
        LearnerConfig c;
        c.learner = learner;
        c.overrides.insert(key, value);
        auto l = LearnerFactory::create(c);
        QVERIFY(!l);
        QCOMPARE(l.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(l.error().userMessage.startsWith(key + QLatin1Char(' ')), qPrintable(l.error().userMessage));
        QVERIFY2(l.error().userMessage.contains(QLatin1Char('\'') + value + QLatin1Char('\'')),
            qPrintable(l.error().userMessage));
    }

    void unknownNamesAreRejected()
    {
        auto unknownKey
            = LearnerFactory::create(config("xgboost", "fast", {{QStringLiteral("depth"), QStringLiteral("3")}}));
        QVERIFY(!unknownKey);
        QCOMPARE(unknownKey.error().code, ErrorCode::InvalidArgument);
        QVERIFY(unknownKey.error().userMessage.contains(QLatin1String("'depth'")));
        QVERIFY(unknownKey.error().userMessage.contains(QLatin1String("max_depth"))); // lists the known ones
        // A parameter of another learner is unknown too.
        auto wrongLearner
            = LearnerFactory::create(config("linear", "fast", {{QStringLiteral("eta"), QStringLiteral("0.1")}}));
        QVERIFY(!wrongLearner);
        QVERIFY(wrongLearner.error().userMessage.contains(QLatin1String("'eta'")));
        auto learner = LearnerFactory::create(config("forest"));
        QVERIFY(!learner);
        QVERIFY(learner.error().userMessage.contains(QLatin1String("'forest'")));
        auto preset = LearnerFactory::create(config("xgboost", "turbo"));
        QVERIFY(!preset);
        QVERIFY(preset.error().userMessage.contains(QLatin1String("'turbo'")));
    }

    void validOverridesApply()
    {
        auto l = LearnerFactory::create(config("xgboost", "balanced",
            {{QStringLiteral("max_depth"), QStringLiteral(" 3 ")}, {QStringLiteral("eta"), QStringLiteral("0.25")}}));
        QVERIFY(l);
        const QJsonObject p = (*l)->parameters();
        QCOMPARE(p.value(QStringLiteral("max_depth")).toInt(), 3);
        QCOMPARE(p.value(QStringLiteral("eta")).toDouble(), 0.25);
        QCOMPARE(p.value(QStringLiteral("rounds")).toInt(), 300); // balanced preset
        auto ridge
            = LearnerFactory::create(config("linear", "fast", {{QStringLiteral("lambda"), QStringLiteral("2.5")}}));
        QVERIFY(ridge);
        QCOMPARE((*ridge)->parameters().value(QStringLiteral("lambda")).toDouble(), 2.5);
    }

    void presetsExistAndDiffer()
    {
        QCOMPARE(LearnerFactory::presets(),
            QStringList({QStringLiteral("fast"), QStringLiteral("balanced"), QStringLiteral("accurate")}));
        for (const QString& learner : LearnerFactory::learners()) {
            QList<QMap<QString, QString>> values;
            for (const QString& preset : LearnerFactory::presets()) {
                auto v = LearnerFactory::presetValues(learner, preset);
                QVERIFY(v);
                QVERIFY(!v->isEmpty());
                auto created
                    = LearnerFactory::create(config(learner.toLatin1().constData(), preset.toLatin1().constData()));
                QVERIFY2(created, qPrintable(learner + QLatin1Char('/') + preset)); // every preset value is valid
                QCOMPARE((*created)->name(), learner);
                values << *v;
            }
            // The balanced preset is what the parameter list shows as default.
            for (const ParameterInfo& info : LearnerFactory::parameters(learner))
                QCOMPARE(info.defaultValue, values[1].value(info.name));
            if (learner == QLatin1String("baseline"))
                continue; // nothing to trade off: one configuration under three names
            QVERIFY2(values[0] != values[1] && values[1] != values[2] && values[0] != values[2], qPrintable(learner));
        }
        auto fast = LearnerFactory::presetValues(QStringLiteral("xgboost"), QStringLiteral("fast"));
        auto accurate = LearnerFactory::presetValues(QStringLiteral("xgboost"), QStringLiteral("accurate"));
        QVERIFY(fast->value(QStringLiteral("rounds")).toInt() < accurate->value(QStringLiteral("rounds")).toInt());
    }

    void serializeRoundTrip_data()
    {
        QTest::addColumn<QString>("learner");
        for (const QString& l : LearnerFactory::learners())
            QTest::newRow(qPrintable(l)) << l;
    }

    void serializeRoundTrip()
    {
        QFETCH(QString, learner);
        const Dataset train = nonlinearCars(300, 21);
        const Dataset test = nonlinearCars(100, 22);
        const auto model = fitted(learner.toLatin1().constData(), train);
        QCOMPARE(model->learner(), learner);
        auto bytes = model->serialize();
        QVERIFY(bytes);
        QVERIFY(!bytes->isEmpty());
        auto loaded = LearnerFactory::load(learner, *bytes);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().detail));
        auto before = model->predict(test.x);
        auto after = (*loaded)->predict(test.x);
        QVERIFY(before && after);
        QCOMPARE(*after, *before);
        auto cb = model->contributions(test.x);
        auto ca = (*loaded)->contributions(test.x);
        QVERIFY(cb && ca);
        QCOMPARE(ca->values, cb->values);
        QCOMPARE(ca->bias, cb->bias);
        QCOMPARE((*loaded)->summary(), model->summary());
        // Damaged bytes and a wrong kind are errors, not crashes.
        auto damaged = LearnerFactory::load(learner, bytes->left(bytes->size() / 2));
        QVERIFY(!damaged);
        auto unknown = LearnerFactory::load(QStringLiteral("forest"), *bytes);
        QVERIFY(!unknown);
    }

    void truncatedXgboostModelsAreRefused()
    {
        // XGBoost's own reader runs past the end of a truncated buffer (it used to "load" some of these).
        const auto model = fitted("xgboost", nonlinearCars(200, 25));
        auto bytes = model->serialize();
        QVERIFY(bytes);
        QVERIFY(UbjsonCheck::looksLikeUbjson(*bytes));
        QVERIFY(UbjsonCheck::isComplete(*bytes));
        const qsizetype size = bytes->size();
        QList<qsizetype> lengths;
        for (qsizetype n = 0; n < size; n += std::max<qsizetype>(1, size / 300))
            lengths << n;
        for (qsizetype n = std::max<qsizetype>(0, size - 64); n < size; ++n)
            lengths << n;
        for (qsizetype n : lengths) {
            auto loaded = LearnerFactory::load(QStringLiteral("xgboost"), bytes->left(n));
            QVERIFY2(!loaded, qPrintable(QStringLiteral("%1 of %2 bytes loaded").arg(n).arg(size)));
            QCOMPARE(loaded.error().code, ErrorCode::Parse);
        }
        QVERIFY(!LearnerFactory::load(QStringLiteral("xgboost"), *bytes + "x")); // trailing bytes
        QVERIFY(!LearnerFactory::load(QStringLiteral("xgboost"), QByteArrayLiteral("binf garbage")));
        QVERIFY(LearnerFactory::load(QStringLiteral("xgboost"), *bytes));
    }

    void ubjsonStructure_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("complete");
        const QByteArray object("{i\x01"
                                "ai\x05}",
            7); // {"a": 5}
        QTest::newRow("object") << object << true;
        QTest::newRow("object truncated") << object.left(6) << false;
        QTest::newRow("trailing byte") << object + "Z" << false;
        QTest::newRow("string") << QByteArray("{i\x01"
                                              "sSi\x02"
                                              "ok}",
            10) << true;
        QTest::newRow("string too long") << QByteArray("{i\x01"
                                                       "sSi\x09"
                                                       "ok}",
            10) << false;
        QTest::newRow("negative length") << QByteArray("{i\x01"
                                                       "sSi\xff"
                                                       "ok}",
            10) << false;
        QTest::newRow("typed array") << QByteArray("[$d#i\x02\0\0\0\0\0\0\0\0", 14) << true;
        QTest::newRow("typed array short") << QByteArray("[$d#i\x02\0\0\0\0\0\0\0", 13) << false;
        QTest::newRow("counted object") << QByteArray("{#i\x01i\x01"
                                                      "aT",
            8) << true;
        QTest::newRow("nested") << QByteArray("{i\x01"
                                              "a[Zi\x07[]]}",
            12) << true;
        QTest::newRow("unclosed array") << QByteArray("{i\x01"
                                                      "a[Zi\x07[]}",
            11) << false;
        QTest::newRow("unknown marker") << QByteArray("[Q]", 3) << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("too deep") << QByteArray(600, '[') + QByteArray(600, ']') << false;
    }

    void ubjsonStructure()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, complete);
        QCOMPARE(UbjsonCheck::isComplete(bytes), complete);
    }

    void contributionsSumToPrediction_data() { serializeRoundTrip_data(); }

    void contributionsSumToPrediction()
    {
        QFETCH(QString, learner);
        const Dataset train = nonlinearCars(300, 23);
        const Dataset test = nonlinearCars(80, 24);
        const auto model = fitted(learner.toLatin1().constData(), train);
        auto p = model->predict(test.x);
        auto c = model->contributions(test.x);
        QVERIFY(p && c);
        QCOMPARE(c->bias.size(), size_t(test.x.rows));
        QCOMPARE(c->names.size(), c->columns);
        QCOMPARE(c->values.size(), size_t(test.x.rows) * size_t(c->columns));
        if (learner != QLatin1String("baseline"))
            QCOMPARE(c->names, test.x.names);
        bool anyNonZero = false;
        for (int64_t r = 0; r < test.x.rows; ++r) {
            double sum = c->bias[size_t(r)];
            for (int j = 0; j < c->columns; ++j) {
                sum += c->values[size_t(r) * size_t(c->columns) + size_t(j)];
                anyNonZero = anyNonZero || c->values[size_t(r) * size_t(c->columns) + size_t(j)] != 0;
            }
            // XGBoost's TreeSHAP runs in float: 1e-4 on values around 10.
            QVERIFY2(std::abs(sum - (*p)[size_t(r)]) < 1e-4,
                qPrintable(QStringLiteral("row %1: %2 vs %3").arg(r).arg(sum).arg((*p)[size_t(r)])));
        }
        QVERIFY(anyNonZero);
    }
};

int runLearnerFactoryTests(int argc, char** argv)
{
    TestLearnerFactory t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestLearnerFactory.moc"
