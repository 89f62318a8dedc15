// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built valuator-cli binary: exit codes, JSON on stdout, errors on stderr.
#include "services/workspace/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void versionAndHelp()
    {
        Run r = cli({QStringLiteral("--version"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject v = r.json();
        for (const char* key : {"version", "qt", "xgboost", "sqlite", "curl", "git_revision"})
            QVERIFY2(!v.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(v.value(QStringLiteral("xgboost")).toString().count(QLatin1Char('.')) == 2);

        r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("init"));
        QVERIFY(r.out.contains("audit"));

        r = cli({QStringLiteral("info"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("--workspace"));
        QVERIFY(r.out.contains("valuator-cli info"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("info"), QStringLiteral("--bogus")};
        QTest::newRow("missing workspace") << QStringList {QStringLiteral("info")};
        QTest::newRow("audit without action")
            << QStringList {QStringLiteral("audit"), QStringLiteral("-w"), QStringLiteral("x.valuator")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void initInfoVerify()
    {
        const QString ws = path(QStringLiteral("a.valuator"));
        Run r = cli({QStringLiteral("init"), QStringLiteral("-w"), ws, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(QFile::exists(ws));

        r = cli({QStringLiteral("init"), QStringLiteral("-w"), ws});
        QCOMPARE(r.code, 1); // exists already
        QVERIFY(r.err.contains("error"));

        r = cli({QStringLiteral("info"), QStringLiteral("-w"), ws, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject info = r.json();
        QVERIFY(info.value(QStringLiteral("schema_version")).toInt() >= 1);
        QCOMPARE(info.value(QStringLiteral("counts")).toObject().value(QStringLiteral("audit_log")).toInt(), 1);

        r = cli(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("-w"), ws, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("rows_checked")).toInt(), 1);

        r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("-w"), ws, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("entries")).toArray().first().toObject().value(QStringLiteral("action")),
            QStringLiteral("workspace.create"));
    }

    void tamperedAuditFails()
    {
        const QString ws = path(QStringLiteral("t.valuator"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("-w"), ws}).code, 0);
        {
            auto db = valuator::Database::open(ws, valuator::Database::OpenMode::ReadWrite);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")));
            QVERIFY((*db)->exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 1")));
        }
        const Run r = cli(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("-w"), ws, QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(r.json().value(QStringLiteral("first_broken_id")).toInt(), 1);
    }

    void foreignFileFailsWithClearMessage()
    {
        const QString csv = path(QStringLiteral("sales.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("brand,model\nVW,Golf\n");
        f.close();
        const Run r = cli({QStringLiteral("info"), QStringLiteral("-w"), csv, QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not a Car Valuator workspace"), r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("not_a_workspace"));
        QFile back(csv);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), QByteArray("brand,model\nVW,Golf\n"));
    }

    void importAndListDatasets()
    {
        const QString ws = path(QStringLiteral("imp.valuator"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("-w"), ws}).code, 0);
        const QString csv = QStringLiteral(VALUATOR_FIXTURES_DIR "/sales-euro-cp1252-5k.csv");
        Run r = cli({QStringLiteral("import"), QStringLiteral("-w"), ws, csv, QStringLiteral("--name"),
            QStringLiteral("euro"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonObject o = r.json();
        for (const char* key : {"dataset", "version", "rows_read", "rows_imported", "rows_rejected", "rejected",
                 "dialect", "columns", "sha256", "seconds"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("dataset")).toString(), QStringLiteral("euro"));
        QCOMPARE(o.value(QStringLiteral("rows_read")).toInt(), 5000);
        QCOMPARE(
            o.value(QStringLiteral("rows_imported")).toInt() + o.value(QStringLiteral("rows_rejected")).toInt(), 5000);
        const QJsonObject dialect = o.value(QStringLiteral("dialect")).toObject();
        QCOMPARE(dialect.value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1252"));
        QCOMPARE(dialect.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
        QCOMPARE(dialect.value(QStringLiteral("decimal")).toString(), QStringLiteral(","));
        QVERIFY(r.err.contains("Importing")); // progress goes to stderr
        const int imported = o.value(QStringLiteral("rows_imported")).toInt();

        // The same name again needs --append.
        r = cli({QStringLiteral("import"), QStringLiteral("-w"), ws, csv, QStringLiteral("--name"),
            QStringLiteral("euro")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("--append"));
        r = cli({QStringLiteral("import"), QStringLiteral("-w"), ws, csv, QStringLiteral("--name"),
            QStringLiteral("euro"), QStringLiteral("--append"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("version")).toInt(), 2);

        r = cli({QStringLiteral("datasets"), QStringLiteral("-w"), ws, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray datasets = r.json().value(QStringLiteral("datasets")).toArray();
        QCOMPARE(datasets.size(), 1);
        const QJsonArray versions = datasets.first().toObject().value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(1).toObject().value(QStringLiteral("row_count")).toInt(), 2 * imported);
        QVERIFY(!versions.at(0).toObject().value(QStringLiteral("content_sha256")).toString().isEmpty());
    }

    void importUsageAndInputErrors()
    {
        const QString ws = path(QStringLiteral("err.valuator"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("-w"), ws}).code, 0);
        const QString csv = QStringLiteral(VALUATOR_FIXTURES_DIR "/sales-clean-10k.csv");
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("-w"), ws, csv, QStringLiteral("--delimiter"),
                         QStringLiteral("X1")})
                     .code,
            2);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("-w"), ws, csv, QStringLiteral("--encoding"),
                         QStringLiteral("ebcdic")})
                     .code,
            2);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("-w"), ws}).code, 2);
        Run r = cli({QStringLiteral("import"), QStringLiteral("-w"), ws, path(QStringLiteral("missing.csv"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("does not exist"));
        const QString map = path(QStringLiteral("map.json"));
        QFile f(map);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"format\": \"car-valuator-mapping\"\n  \"fields\": {}\n}\n");
        f.close();
        r = cli({QStringLiteral("import"), QStringLiteral("-w"), ws, csv, QStringLiteral("--mapping"), map});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("map.json: line 3"), r.err.constData());
        // Nothing was imported by any of these.
        r = cli({QStringLiteral("datasets"), QStringLiteral("-w"), ws, QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("datasets")).toArray().size(), 0);
    }

    void initWithDemoData()
    {
        const QString ws = path(QStringLiteral("demo.valuator"));
        Run r = cli(
            {QStringLiteral("init"), QStringLiteral("-w"), ws, QStringLiteral("--demo"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject demo = r.json().value(QStringLiteral("demo")).toObject();
        QCOMPARE(demo.value(QStringLiteral("dataset")).toString(), QStringLiteral("demo-sales"));
        QCOMPARE(demo.value(QStringLiteral("rows_read")).toInt(), 3000);
        QVERIFY(demo.value(QStringLiteral("rows_imported")).toInt() > 2900);
    }

    void missingFileFails()
    {
        const Run r = cli({QStringLiteral("info"), QStringLiteral("-w"), path(QStringLiteral("nope.valuator"))});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("nope.valuator"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
