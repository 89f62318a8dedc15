// SPDX-License-Identifier: GPL-3.0-or-later
// valuator-cli explain / fairness: JSON keys, text output, stored fairness checks, exit codes.
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "CliRunner.h"

class TestCliExplain : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ws;

    Run on(const QString& command, const QStringList& args) const
    {
        return cli(QStringList {command, QStringLiteral("-w"), m_ws} + args);
    }

    static QString car()
    {
        return QStringLiteral(R"({"plate": "M-AB 1234", "brand": "BMW", "model": "1er", "model_year": 2018,
            "mileage_km": 60000, "fuel": "petrol", "equipment": ["navigation"], "sale_date": "2022-06-01"})");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("t.valuator"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("-w"), m_ws}).code, 0);
        QFile in(QStringLiteral(VALUATOR_FIXTURES_DIR "/sales-clean-10k.csv"));
        const QString path = m_dir.filePath(QStringLiteral("clean-2k.csv"));
        QFile out(path);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        for (int i = 0; i <= 2000; ++i)
            out.write(in.readLine());
        out.close();
        QCOMPARE(on(QStringLiteral("import"), {path, QStringLiteral("--name"), QStringLiteral("clean")}).code, 0);
        const Run trained = on(QStringLiteral("train"),
            {QStringLiteral("--dataset"), QStringLiteral("clean"), QStringLiteral("--set"), QStringLiteral("rounds=30"),
                QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--split"), QStringLiteral("kfold"),
                QStringLiteral("--folds"), QStringLiteral("2")});
        QVERIFY2(trained.code == 0, trained.err.constData());
    }

    void explainOneCarAsJson()
    {
        const Run r = on(QStringLiteral("explain"),
            {QStringLiteral("--model"), QStringLiteral("1"), QStringLiteral("--car"), car(), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json();
        for (const char* key : {"base_value", "prediction", "price", "contributions", "dealer_sheet", "model"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const QJsonObject contributions = o.value(QStringLiteral("contributions")).toObject();
        double sum = o.value(QStringLiteral("base_value")).toDouble();
        for (auto it = contributions.begin(); it != contributions.end(); ++it)
            sum += it.value().toDouble();
        QVERIFY(std::abs(sum - o.value(QStringLiteral("prediction")).toDouble()) < 1e-4);
        double lines = 0;
        for (const QJsonValue& l : o.value(QStringLiteral("dealer_sheet")).toArray())
            lines += l.toObject().value(QStringLiteral("amount")).toDouble();
        QVERIFY(std::abs(lines - o.value(QStringLiteral("price")).toDouble()) < 1e-6);
        QVERIFY(!r.out.contains("1234")); // plates are never printed
    }

    void explainFromAFileAsText()
    {
        const QString path = m_dir.filePath(QStringLiteral("car.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(car().toUtf8());
        f.close();
        const Run r = on(QStringLiteral("explain"),
            {QStringLiteral("--model"), QStringLiteral("1"), QStringLiteral("--car-file"), path});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Mileage adjustment"));
        QVERIFY(r.out.contains("= Price"));
        QVERIFY(!r.out.contains("1234"));
    }

    void explainADataset()
    {
        const Run r = on(QStringLiteral("explain"),
            {QStringLiteral("--model"), QStringLiteral("1"), QStringLiteral("--dataset"), QStringLiteral("clean@1"),
                QStringLiteral("--rows"), QStringLiteral("100"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("sampled")).toInt(), 100);
        QCOMPARE(o.value(QStringLiteral("dataset")).toString(), QStringLiteral("clean@1"));
        const QJsonObject importance = o.value(QStringLiteral("importance")).toObject();
        QVERIFY(!importance.value(QStringLiteral("mean_abs_shap")).toObject().isEmpty());
        QVERIFY(!importance.value(QStringLiteral("gain")).toObject().isEmpty());
        QCOMPARE(o.value(QStringLiteral("cars")).toArray().size(), 3);
        QVERIFY(o.value(QStringLiteral("cars")).toArray().first().toObject().contains(QStringLiteral("dealer_sheet")));
        const Run text = on(QStringLiteral("explain"),
            {QStringLiteral("--model"), QStringLiteral("1"), QStringLiteral("--dataset"), QStringLiteral("clean"),
                QStringLiteral("--rows"), QStringLiteral("50")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("mean |SHAP|"));
    }

    void explainErrors()
    {
        const Run unknown = on(QStringLiteral("explain"),
            {QStringLiteral("--model"), QStringLiteral("9"), QStringLiteral("--car"), car(), QStringLiteral("--json")});
        QCOMPARE(unknown.code, 1);
        QCOMPARE(unknown.json().value(QStringLiteral("ok")).toBool(true), false);
        const Run badJson = on(QStringLiteral("explain"),
            {QStringLiteral("--model"), QStringLiteral("1"), QStringLiteral("--car"), QStringLiteral("{\"brand\": }")});
        QCOMPARE(badJson.code, 2);
        QVERIFY2(badJson.err.contains("at character 11"), badJson.err.constData());
        const Run badValue = on(QStringLiteral("explain"),
            {QStringLiteral("--model"), QStringLiteral("1"), QStringLiteral("--car"),
                QStringLiteral("{\"mileage_km\": \"lots\"}")});
        QCOMPARE(badValue.code, 1);
        QVERIFY(badValue.err.contains("mileage_km"));
        QCOMPARE(on(QStringLiteral("explain"), {QStringLiteral("--model"), QStringLiteral("1")}).code, 2);
        QCOMPARE(on(QStringLiteral("explain"),
                     {QStringLiteral("--model"), QStringLiteral("1"), QStringLiteral("--car"), car(),
                         QStringLiteral("--dataset"), QStringLiteral("clean")})
                     .code,
            2);
    }

    void fairnessIsStoredAndPrinted()
    {
        const Run r = on(QStringLiteral("fairness"),
            {QStringLiteral("--model"), QStringLiteral("1"), QStringLiteral("--dataset"), QStringLiteral("clean"),
                QStringLiteral("--by"), QStringLiteral("brand,region"), QStringLiteral("--factor"),
                QStringLiteral("1.2"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("model")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 2000);
        QCOMPARE(o.value(QStringLiteral("options")).toObject().value(QStringLiteral("factor")).toDouble(), 1.2);
        const QJsonArray segments = o.value(QStringLiteral("segments")).toArray();
        QVERIFY(segments.size() > 2);
        int flagged = 0;
        for (const QJsonValue& v : segments) {
            const QJsonObject s = v.toObject();
            for (const char* key : {"dimension", "segment", "count", "mae", "mape", "ratio", "flagged"})
                QVERIFY2(s.contains(QLatin1String(key)), key);
            QVERIFY(s.value(QStringLiteral("dimension")).toString() == QLatin1String("brand")
                || s.value(QStringLiteral("dimension")).toString() == QLatin1String("region"));
            flagged += s.value(QStringLiteral("flagged")).toBool();
        }
        QCOMPARE(o.value(QStringLiteral("flagged")).toInt(), flagged);
        const Run text = on(QStringLiteral("fairness"),
            {QStringLiteral("--model"), QStringLiteral("1"), QStringLiteral("--dataset"), QStringLiteral("clean")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("Fairness check 2 of model 1"));
        const Run audit = on(QStringLiteral("audit"), {QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(audit.out.contains("model.fairness"));
        QCOMPARE(
            on(QStringLiteral("fairness"),
                {QStringLiteral("--model"), QStringLiteral("7"), QStringLiteral("--dataset"), QStringLiteral("clean")})
                .code,
            1);
        QCOMPARE(on(QStringLiteral("fairness"),
                     {QStringLiteral("--model"), QStringLiteral("1"), QStringLiteral("--dataset"),
                         QStringLiteral("clean"), QStringLiteral("--factor"), QStringLiteral("0")})
                     .code,
            2);
    }
};

QTEST_GUILESS_MAIN(TestCliExplain)
#include "TestCliExplain.moc"
