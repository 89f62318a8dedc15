// SPDX-License-Identifier: GPL-3.0-or-later
// valuator-cli profile / drift / clean: JSON keys, exit codes, stored results.
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"

class TestCliQuality : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ws;

    /// `valuator-cli COMMAND -w WS ARGS...`
    Run on(const QString& command, const QStringList& args) const
    {
        return cli(QStringList {command, QStringLiteral("-w"), m_ws} + args);
    }

private slots:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("q.valuator"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("-w"), m_ws}).code, 0);
        for (const char* name : {"dirty", "clean"}) {
            const QString csv = QStringLiteral(VALUATOR_FIXTURES_DIR "/sales-%1-10k.csv").arg(QLatin1String(name));
            QCOMPARE(on(QStringLiteral("import"), {csv, QStringLiteral("--name"), QLatin1String(name)}).code, 0);
        }
    }

    void profileReportsTheGate()
    {
        const Run r = on(QStringLiteral("profile"),
            {QStringLiteral("--dataset"), QStringLiteral("dirty@1"), QStringLiteral("--reference-date"),
                QStringLiteral("2025-06-30"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0); // a failed gate is a result, not a failure...
        const QJsonObject o = r.json();
        for (const char* key : {"rows", "columns", "checks", "duplicates", "gate"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 10000);
        QCOMPARE(o.value(QStringLiteral("gate")).toString(), QStringLiteral("fail"));
        const QJsonObject column = o.value(QStringLiteral("columns")).toArray().first().toObject();
        for (const char* key : {"name", "type", "missing", "distinct", "min", "max", "quantiles"})
            QVERIFY2(column.contains(QLatin1String(key)), key);
        bool sawDuplicates = false;
        for (const QJsonValue& v : o.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = v.toObject();
            for (const char* key : {"id", "severity", "status", "count", "sample"})
                QVERIFY2(check.contains(QLatin1String(key)), key);
            if (check.value(QStringLiteral("id")).toString() == QStringLiteral("duplicates.exact_rows")) {
                sawDuplicates = true;
                QCOMPARE(check.value(QStringLiteral("count")).toInt(), 79);
            }
        }
        QVERIFY(sawDuplicates);
        // ...unless --strict asks for it.
        const Run strict = on(QStringLiteral("profile"),
            {QStringLiteral("--dataset"), QStringLiteral("dirty"), QStringLiteral("--strict")});
        QCOMPARE(strict.code, 1);
        QVERIFY(strict.out.contains("FAIL"));
    }

    void profileUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no dataset") << QStringList {QStringLiteral("profile")};
        QTest::newRow("bad ref") << QStringList {
            QStringLiteral("profile"), QStringLiteral("--dataset"), QStringLiteral("x@y@z")};
        QTest::newRow("bad date") << QStringList {QStringLiteral("profile"), QStringLiteral("--dataset"),
            QStringLiteral("dirty"), QStringLiteral("--reference-date"), QStringLiteral("30.06.2025")};
        QTest::newRow("clean without steps")
            << QStringList {QStringLiteral("clean"), QStringLiteral("--dataset"), QStringLiteral("dirty")};
        QTest::newRow("report extension") << QStringList {QStringLiteral("profile"), QStringLiteral("--dataset"),
            QStringLiteral("dirty"), QStringLiteral("--report"), QStringLiteral("report.docx")};
        QTest::newRow("drift bins") << QStringList {QStringLiteral("drift"), QStringLiteral("--reference"),
            QStringLiteral("clean@1"), QStringLiteral("--current"), QStringLiteral("dirty@1"), QStringLiteral("--bins"),
            QStringLiteral("1")};
    }
    void profileUsageErrors()
    {
        QFETCH(QStringList, args);
        QCOMPARE(on(args.first(), args.mid(1)).code, 2);
    }

    void profileWritesReportFiles()
    {
        // The charts are rendered without a window (offscreen) and embedded in the file.
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        const Run r = on(QStringLiteral("profile"),
            {QStringLiteral("--dataset"), QStringLiteral("dirty@1"), QStringLiteral("--report"), html,
                QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("report_file")).toString(), html);
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray page = h.readAll();
        QVERIFY(page.contains("dirty@1"));
        QVERIFY(page.contains("duplicates.exact_rows"));
        QVERIFY(page.count("data:image/png;base64,") >= 2); // missing-values chart and column histograms
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const Run p = on(QStringLiteral("profile"),
            {QStringLiteral("--dataset"), QStringLiteral("dirty@1"), QStringLiteral("--report"), pdf});
        QCOMPARE(p.code, 0);
        QVERIFY(p.out.contains(pdf.toUtf8()));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
        // An unwritable path is a failure with the path named, not a crash.
        const QString bad = m_dir.filePath(QStringLiteral("no/such/folder/report.html"));
        const Run b = on(QStringLiteral("profile"),
            {QStringLiteral("--dataset"), QStringLiteral("dirty@1"), QStringLiteral("--report"), bad});
        QCOMPARE(b.code, 1);
        QVERIFY(b.err.contains("report.html"));
    }

    void unknownDatasetFails()
    {
        const Run r = on(QStringLiteral("profile"), {QStringLiteral("--dataset"), QStringLiteral("nope")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("nope"));
    }

    void driftPerFeature()
    {
        const Run r = on(QStringLiteral("drift"),
            {QStringLiteral("--reference"), QStringLiteral("clean@1"), QStringLiteral("--current"),
                QStringLiteral("dirty@1"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray features = r.json().value(QStringLiteral("features")).toArray();
        QVERIFY(features.size() >= 10);
        for (const QJsonValue& v : features) {
            const QJsonObject f = v.toObject();
            QVERIFY(f.contains(QStringLiteral("psi")));
            QVERIFY(f.contains(QStringLiteral("status")));
            if (f.value(QStringLiteral("kind")).toString() == QStringLiteral("numeric"))
                QVERIFY(f.value(QStringLiteral("ks")).isDouble());
        }
    }

    void cleanCreatesAVersionAndThePlanReapplies()
    {
        const QString plan = m_dir.filePath(QStringLiteral("plan.json"));
        Run r = on(QStringLiteral("clean"),
            {QStringLiteral("--dataset"), QStringLiteral("dirty@1"), QStringLiteral("--apply"),
                QStringLiteral("duplicates,impossible,aliases"), QStringLiteral("--save-plan"), plan,
                QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject first = r.json();
        QCOMPARE(first.value(QStringLiteral("dataset")).toString(), QStringLiteral("dirty"));
        QCOMPARE(first.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("rows_before")).toInt(), 10000);
        QCOMPARE(first.value(QStringLiteral("rows_after")).toInt(), first.value(QStringLiteral("rows")).toInt());
        QVERIFY(first.value(QStringLiteral("rows")).toInt() < 10000 - 79);
        QVERIFY(QFile::exists(plan));
        // The saved plan applied to the same source gives the same content.
        r = on(QStringLiteral("clean"),
            {QStringLiteral("--dataset"), QStringLiteral("dirty@1"), QStringLiteral("--plan"), plan,
                QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(r.json().value(QStringLiteral("content_sha256")), first.value(QStringLiteral("content_sha256")));
    }
};

QTEST_GUILESS_MAIN(TestCliQuality)
#include "TestCliQuality.moc"
