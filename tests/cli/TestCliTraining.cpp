// SPDX-License-Identifier: GPL-3.0-or-later
// valuator-cli train / runs / predict: JSON keys, options, run management, scoring files, exit codes.
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"

class TestCliTraining : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ws;
    int m_model = 0;

    /// `valuator-cli COMMAND -w WS ARGS...`
    Run on(const QString& command, const QStringList& args) const
    {
        return cli(QStringList {command, QStringLiteral("-w"), m_ws} + args);
    }

    /// `train` with 20 shallow trees on one thread: fast, and what every test trains with.
    Run train(const QStringList& args) const
    {
        return on(QStringLiteral("train"),
            QStringList {QStringLiteral("--dataset"), QStringLiteral("clean"), QStringLiteral("--set"),
                QStringLiteral("rounds=20"), QStringLiteral("--set"), QStringLiteral("max_depth=4"),
                QStringLiteral("--threads"), QStringLiteral("1")}
                + args);
    }

    /// Header and the first `rows` records of a fixture, into the test folder.
    QString slice(const char* fixture, const char* name, int rows) const
    {
        QFile in(QStringLiteral(VALUATOR_FIXTURES_DIR "/") + QLatin1String(fixture));
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile out(path);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return {};
        for (int i = 0; i <= rows; ++i)
            out.write(in.readLine());
        return path;
    }

    QStringList predictArgs(const QString& input, const QString& output, int model = 0) const
    {
        return {QStringLiteral("--model"), QString::number(model ? model : m_model), QStringLiteral("--input"), input,
            QStringLiteral("--output"), output};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("t.valuator"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("-w"), m_ws}).code, 0);
        const QString clean = slice("sales-clean-10k.csv", "clean-2k.csv", 2000);
        QCOMPARE(on(QStringLiteral("import"), {clean, QStringLiteral("--name"), QStringLiteral("clean")}).code, 0);
    }

    void trainPrintsTheRunAsJson()
    {
        const Run r = train({QStringLiteral("--split"), QStringLiteral("kfold"), QStringLiteral("--folds"),
            QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--name"),
            QStringLiteral("first"), QStringLiteral("--tag"), QStringLiteral("cli"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json();
        for (const char* key : {"run", "model", "learner", "metrics", "folds", "seconds", "dataset", "dataset_sha256",
                 "quality_gate", "parameters", "config", "versions", "git_revision", "created_by"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        m_model = o.value(QStringLiteral("model")).toInt();
        QCOMPARE(m_model, 1);
        QCOMPARE(o.value(QStringLiteral("run")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("learner")).toString(), QStringLiteral("xgboost"));
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("first"));
        QCOMPARE(o.value(QStringLiteral("tags")).toArray(), QJsonArray {QStringLiteral("cli")});
        QCOMPARE(o.value(QStringLiteral("dataset")).toString(), QStringLiteral("clean@1"));
        const QJsonObject metrics = o.value(QStringLiteral("metrics")).toObject();
        for (const char* key : {"mae", "rmse", "mape", "median_ape", "r2", "within_10pct"})
            QVERIFY2(metrics.value(QLatin1String(key)).isDouble(), key);
        QCOMPARE(metrics.value(QStringLiteral("count")).toInt(), 2000);
        QCOMPARE(o.value(QStringLiteral("folds")).toArray().size(), 3);
        const QJsonObject split
            = o.value(QStringLiteral("config")).toObject().value(QStringLiteral("split")).toObject();
        QCOMPARE(split.value(QStringLiteral("kind")).toString(), QStringLiteral("kfold"));
        QCOMPARE(split.value(QStringLiteral("folds")).toInt(), 3);
        QCOMPARE(split.value(QStringLiteral("seed")).toInt(), 11);
        QCOMPARE(o.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("rounds")).toInt(), 20);
        QVERIFY(o.value(QStringLiteral("seconds")).toDouble() > 0);

        // The same seed gives the same run; another seed other folds.
        const Run same = train({QStringLiteral("--split"), QStringLiteral("kfold"), QStringLiteral("--folds"),
            QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--json")});
        QCOMPARE(same.code, 0);
        QCOMPARE(same.json().value(QStringLiteral("metrics")), o.value(QStringLiteral("metrics")));
        const Run other = train({QStringLiteral("--split"), QStringLiteral("kfold"), QStringLiteral("--folds"),
            QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("12"), QStringLiteral("--json")});
        QCOMPARE(other.code, 0);
        QVERIFY(other.json().value(QStringLiteral("metrics")) != o.value(QStringLiteral("metrics")));
    }

    void trainSplits_data()
    {
        QTest::addColumn<QString>("split");
        QTest::addColumn<int>("folds");
        QTest::addColumn<int>("foldResults");
        QTest::newRow("time") << QStringLiteral("time") << 5 << 1;
        QTest::newRow("kfold") << QStringLiteral("kfold") << 2 << 2;
        QTest::newRow("group") << QStringLiteral("group") << 4 << 4;
    }
    void trainSplits()
    {
        QFETCH(QString, split);
        QFETCH(int, folds);
        QFETCH(int, foldResults);
        const Run r = train({QStringLiteral("--split"), split, QStringLiteral("--folds"), QString::number(folds),
            QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json();
        const QJsonObject stored
            = o.value(QStringLiteral("config")).toObject().value(QStringLiteral("split")).toObject();
        QCOMPARE(stored.value(QStringLiteral("kind")).toString(), split);
        QCOMPARE(stored.value(QStringLiteral("folds")).toInt(), folds);
        QCOMPARE(stored.value(QStringLiteral("seed")).toInt(), 42); // the default
        QCOMPARE(o.value(QStringLiteral("folds")).toArray().size(), foldResults);
    }

    void trainTextOutput()
    {
        const Run r = on(QStringLiteral("train"),
            {QStringLiteral("--dataset"), QStringLiteral("clean"), QStringLiteral("--learner"),
                QStringLiteral("linear")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(": linear on clean@1,"), r.out.constData());
        QVERIFY(r.out.contains("MAE "));
        QVERIFY(r.out.contains("fold 0: "));
        QVERIFY2(r.err.contains("Training linear on clean: 100%"), r.err.constData());
    }

    void trainRejectsBadOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad value") << QStringList {QStringLiteral("--set"), QStringLiteral("max_depth=deep")} << 1
                                   << QStringLiteral("max_depth must be a whole number from 1 to 20, not 'deep'.");
        QTest::newRow("out of range") << QStringList {QStringLiteral("--set"), QStringLiteral("eta=5")} << 1
                                      << QStringLiteral("eta must be a number from 0.001 to 1, not '5'.");
        QTest::newRow("unknown key") << QStringList {QStringLiteral("--set"), QStringLiteral("depth=3")} << 1
                                     << QStringLiteral("Unknown parameter 'depth' for the xgboost learner.");
        QTest::newRow("no =") << QStringList {QStringLiteral("--set"), QStringLiteral("rounds")} << 2
                              << QStringLiteral("--set needs KEY=VALUE, not 'rounds'");
        QTest::newRow("learner") << QStringList {QStringLiteral("--learner"), QStringLiteral("forest")} << 1
                                 << QStringLiteral("Unknown learner 'forest'.");
        QTest::newRow("split") << QStringList {QStringLiteral("--split"), QStringLiteral("random")} << 2
                               << QStringLiteral("--split must be time, kfold or group");
        QTest::newRow("folds") << QStringList {QStringLiteral("--folds"), QStringLiteral("1")} << 2
                               << QStringLiteral("--folds must be a number from 2 to 20");
        QTest::newRow("seed") << QStringList {QStringLiteral("--seed"), QStringLiteral("-3")} << 2
                              << QStringLiteral("--seed must be a non-negative whole number");
        QTest::newRow("dataset") << QStringList {QStringLiteral("--dataset"), QStringLiteral("nope")} << 1
                                 << QStringLiteral("nope");
    }
    void trainRejectsBadOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run before = on(QStringLiteral("runs"), {QStringLiteral("--json")});
        const Run r = train(args);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(on(QStringLiteral("runs"), {QStringLiteral("--json")}).out, before.out); // nothing stored
    }

    void runsAreManagedFromTheCommandLine()
    {
        QVERIFY(m_model > 0);
        const QString id = QString::number(m_model);
        const Run help = on(QStringLiteral("runs"), {QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char* word : {"rename ID NAME", "tag ID TAG...", "delete ID", "show ID", "list"})
            QVERIFY2(help.out.contains(word), word);

        Run r = on(QStringLiteral("runs"),
            {QStringLiteral("rename"), id, QStringLiteral("champion"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("name")).toString(), QStringLiteral("champion"));
        r = on(QStringLiteral("runs"),
            {QStringLiteral("tag"), id, QStringLiteral("prod"), QStringLiteral("q4,reviewed"),
                QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("tags")).toArray(),
            (QJsonArray {QStringLiteral("prod"), QStringLiteral("q4"), QStringLiteral("reviewed")}));
        r = on(QStringLiteral("runs"), {QStringLiteral("show"), id});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Run 1: champion"), r.out.constData());
        QVERIFY(r.out.contains("tags: prod, q4, reviewed"));

        r = on(QStringLiteral("runs"), {QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray runs = r.json().value(QStringLiteral("runs")).toArray();
        QVERIFY(runs.size() >= 2);
        QCOMPARE(runs.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("champion"));
        const int newest = runs.first().toObject().value(QStringLiteral("run")).toInt();
        QVERIFY(newest > m_model);

        r = on(QStringLiteral("runs"), {QStringLiteral("delete"), QString::number(newest)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Deleted run"));
        QCOMPARE(on(QStringLiteral("runs"), {QStringLiteral("show"), QString::number(newest)}).code, 1);
        QCOMPARE(on(QStringLiteral("runs"), {QStringLiteral("delete"), QString::number(newest)}).code, 1);
        r = on(QStringLiteral("runs"), {QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("runs")).toArray().size(), runs.size() - 1);

        // Every change is in the audit log, and the chain still verifies.
        r = on(QStringLiteral("audit"), {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray entries = r.json().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("model.delete"));
        QCOMPARE(
            entries.at(0).toObject().value(QStringLiteral("target")).toString(), QStringLiteral("run:%1").arg(newest));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("model.tag"));
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("model.rename"));
        QCOMPARE(on(QStringLiteral("audit"), {QStringLiteral("verify")}).code, 0);
    }

    void runsUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown action") << QStringList {QStringLiteral("frob")} << 2;
        QTest::newRow("rename without id") << QStringList {QStringLiteral("rename")} << 2;
        QTest::newRow("id not a number") << QStringList {QStringLiteral("delete"), QStringLiteral("one")} << 2;
        QTest::newRow("rename without name") << QStringList {QStringLiteral("rename"), QStringLiteral("1")} << 2;
        QTest::newRow("delete extra") << QStringList {QStringLiteral("delete"), QStringLiteral("1"),
            QStringLiteral("2")} << 2;
        QTest::newRow("unknown run") << QStringList {QStringLiteral("rename"), QStringLiteral("999"),
            QStringLiteral("x")} << 1;
    }
    void runsUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Run r = on(QStringLiteral("runs"), args);
        QCOMPARE(r.code, code);
        QVERIFY(!r.err.isEmpty());
    }

    void predictReadsTheEuropeanDialect()
    {
        QVERIFY(m_model > 0);
        const QString input = slice("sales-euro-5k.csv", "euro.csv", 1000);
        const QString output = m_dir.filePath(QStringLiteral("euro-out.csv"));
        const Run r = on(QStringLiteral("predict"), predictArgs(input, output) << QStringLiteral("--json"));
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("model")).toInt(), m_model);
        QCOMPARE(o.value(QStringLiteral("rows_read")).toInt(), 1000);
        QCOMPARE(o.value(QStringLiteral("rows_scored")).toInt(), 1000);
        QCOMPARE(o.value(QStringLiteral("rows_unscored")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("output")).toString(), output);
        QFile out(output);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = out.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1001);
        QVERIFY(lines.first().endsWith("predicted_price,error_pct"));
        // Progress on stderr counts bytes while reading and rows while scoring.
        QVERIFY2(r.err.contains("Reading euro.csv: 100% ("), r.err.constData());
        QVERIFY2(r.err.contains("Scoring euro.csv: 100% (1,000 / 1,000 rows)"), r.err.constData());
        QVERIFY(!r.err.contains("\xe2\x80\xb0")); // no per-mille
    }

    void predictReportsUnscorableRows()
    {
        const QString input = m_dir.filePath(QStringLiteral("broken.csv"));
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("plate,brand,model,model_year,mileage_km,fuel,transmission,power_kw,engine_l,body_type,color,equipment,"
                "region,seller_type,owners,sale_date,sale_price\n"
                "B-AA 1,BMW,1er,2019,25299,petrol,automatic,94,1.8,hatchback,blue,navigation,Bayern,dealer,1,"
                "2021-11-10,26990\n"
                "B-AA 2,BMW,1er,2019,25299,petrol\n"
                "B-AA 3,BMW,1er,2019,lots,petrol,automatic,94,1.8,hatchback,blue,navigation,Bayern,dealer,1,"
                "2021-11-10,26990\n"
                "B-AA 4,Trabant,601,1989,95000,petrol,manual,19,0.6,sedan,blue,,Sachsen,private,3,2021-11-10,\n");
        f.close();
        const QString output = m_dir.filePath(QStringLiteral("broken-out.csv"));
        Run r = on(QStringLiteral("predict"), predictArgs(input, output) << QStringLiteral("--json"));
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("rows_read")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("rows_scored")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("rows_unscored")).toInt(), 2);
        const QJsonArray unscored = o.value(QStringLiteral("unscored")).toArray();
        QCOMPARE(unscored.size(), 2);
        QCOMPARE(unscored.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(unscored.at(0).toObject().value(QStringLiteral("reason")).toString(),
            QStringLiteral("expected 17 fields as in the header, found 6"));
        QCOMPARE(unscored.at(1).toObject().value(QStringLiteral("line")).toInt(), 4);
        QCOMPARE(unscored.at(1).toObject().value(QStringLiteral("column")).toString(), QStringLiteral("mileage_km"));
        QCOMPARE(unscored.at(1).toObject().value(QStringLiteral("raw")).toString(), QStringLiteral("lots"));
        QCOMPARE(o.value(QStringLiteral("unseen_categories")).toObject(),
            (QJsonObject {{QStringLiteral("brand"), 1}, {QStringLiteral("model"), 1}}));

        r = on(QStringLiteral("predict"), predictArgs(input, output));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Scored 2 of 4 rows with model 1"), r.out.constData());
        QVERIFY(r.out.contains("line 3: not scored: expected 17 fields as in the header, found 6"));
        QVERIFY(r.out.contains("line 4: not scored: mileage_km"));
        QVERIFY(r.out.contains("brand: 1 row"));
    }

    void predictExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString in = QStringLiteral(VALUATOR_FIXTURES_DIR "/sales-clean-10k.csv");
        const QString out = QDir::temp().filePath(QStringLiteral("valuator-cli-training-never-written.csv"));
        QTest::newRow("unknown model") << QStringList {QStringLiteral("--model"), QStringLiteral("999"),
            QStringLiteral("--input"), in, QStringLiteral("--output"), out}
                                       << 1 << QStringLiteral("There is no model 999 in this workspace.");
        QTest::newRow("missing input") << QStringList {QStringLiteral("--model"), QStringLiteral("1"),
            QStringLiteral("--output"), out}
                                       << 2 << QStringLiteral("missing required option --input");
        QTest::newRow("model not a number") << QStringList {QStringLiteral("--model"), QStringLiteral("x"),
            QStringLiteral("--input"), in, QStringLiteral("--output"), out}
                                            << 2 << QStringLiteral("--model needs a model id");
        QTest::newRow("input does not exist") << QStringList {QStringLiteral("--model"), QStringLiteral("1"),
            QStringLiteral("--input"), QStringLiteral("/nonexistent/in.csv"), QStringLiteral("--output"), out}
                                              << 1 << QStringLiteral("in.csv");
        QTest::newRow("bad valuation date") << QStringList {QStringLiteral("--model"), QStringLiteral("1"),
            QStringLiteral("--input"), in, QStringLiteral("--output"), out, QStringLiteral("--valuation-date"),
            QStringLiteral("30.6.25")} << 2 << QStringLiteral("--valuation-date");
    }
    void predictExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = on(QStringLiteral("predict"), args);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("valuator-cli-training-never-written.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestCliTraining)
#include "TestCliTraining.moc"
