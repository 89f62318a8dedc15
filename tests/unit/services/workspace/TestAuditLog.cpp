// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/workspace/AuditLog.h"
#include "services/workspace/Database.h"
#include "services/workspace/Transaction.h"
#include "services/workspace/WorkspaceSchema.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "WorkspaceTestUtil.h"

using namespace valuator;
using Problem = AuditVerification::Problem;

Q_DECLARE_METATYPE(valuator::AuditVerification::Problem)

namespace {

AuditEntry entry(int n)
{
    return {QStringLiteral("alice"), QStringLiteral("dataset.import"), QStringLiteral("dataset:%1").arg(n),
        QJsonObject {
            {QStringLiteral("rows"), n * 100}, {QStringLiteral("file"), QStringLiteral("sales-%1.csv").arg(n)}}};
}

} // namespace

class TestAuditLog : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = Database::open(m_dir->filePath(QStringLiteral("audit.db")), Database::OpenMode::Create);
        QVERIFY_OK(db);
        m_db = std::move(*db);
        QVERIFY_OK(m_db->exec(QStringLiteral("PRAGMA journal_mode = WAL"))); // as in a workspace; fewer fsyncs
        QCOMPARE(WorkspaceSchema::migrate(*m_db).value(), WorkspaceSchema::latestVersion());
    }
    void cleanup() { m_db.reset(); }

    void canonicalContentAndHashAreDocumented()
    {
        // Expected values computed independently with Python:
        // json.dumps(row, separators=(',', ':'), sort_keys=True, ensure_ascii=False), hashlib.sha256.
        AuditRecord r;
        r.id = 7;
        r.timestamp = QStringLiteral("2024-05-01T09:30:00.123Z");
        r.actor = QStringLiteral("Åsa");
        r.action = QStringLiteral("dataset.import");
        r.target = QStringLiteral("dataset:12");
        r.detailsJson = QStringLiteral("{\"file\":\"sales.csv\",\"rows\":1200}");
        QCOMPARE(AuditLog::canonicalContent(r),
            QStringLiteral("{\"action\":\"dataset.import\",\"actor\":\"Åsa\",\"details\":"
                           "\"{\\\"file\\\":\\\"sales.csv\\\",\\\"rows\\\":1200}\","
                           "\"id\":7,\"target\":\"dataset:12\",\"ts\":\"2024-05-01T09:30:00.123Z\"}")
                .toUtf8());
        QCOMPARE(AuditLog::computeHash(QStringLiteral("ab").repeated(32), r),
            QStringLiteral("19225a60a03ad736e5457cf8b8f6c7e86cc7282d64c766e01cbca0b07749806a"));
        r.target = QString(); // no target -> JSON null
        QCOMPARE(AuditLog::computeHash(AuditLog::genesisHash(), r),
            QStringLiteral("8c6179803dc819793c579c98059e7bcbeef2e1d209de0cfd0fef1d996c674d10"));
        QCOMPARE(AuditLog::genesisHash(), QString(64, QLatin1Char('0')));
    }

    void appendAndList()
    {
        for (int n = 1; n <= 5; ++n)
            QCOMPARE(AuditLog::append(*m_db, entry(n)).value(), n);
        QVERIFY_OK(AuditLog::append(*m_db, {QStringLiteral("bob"), QStringLiteral("model.train"), {}, {}}));
        QCOMPARE(AuditLog::count(*m_db).value(), 6);

        auto all = AuditLog::list(*m_db, 0, 100);
        QVERIFY_OK(all);
        QCOMPARE(all->size(), 6);
        QCOMPARE(all->at(0).id, 6); // newest first
        QCOMPARE(all->at(0).target, QString());
        QVERIFY(all->at(0).target.isNull());
        QCOMPARE(all->at(0).detailsJson, QStringLiteral("{}"));
        const AuditRecord& first = all->at(5);
        QCOMPARE(first.id, 1);
        QCOMPARE(first.actor, QStringLiteral("alice"));
        QCOMPARE(first.action, QStringLiteral("dataset.import"));
        QCOMPARE(first.target, QStringLiteral("dataset:1"));
        QCOMPARE(first.detailsJson, QStringLiteral("{\"file\":\"sales-1.csv\",\"rows\":100}")); // keys sorted
        QCOMPARE(first.details.value(QStringLiteral("rows")).toInt(), 100);
        QCOMPARE(first.prevHash, AuditLog::genesisHash());
        QCOMPARE(first.hash, AuditLog::computeHash(first.prevHash, first));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                    .match(first.timestamp)
                    .hasMatch());
        for (int i = 0; i + 1 < all->size(); ++i)
            QCOMPARE(all->at(i).prevHash, all->at(i + 1).hash);

        auto page = AuditLog::list(*m_db, 1, 2);
        QVERIFY_OK(page);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->at(0).id, 5);
        QCOMPARE(page->at(1).id, 4);
        QCOMPARE(AuditLog::list(*m_db, 6, 10).value().size(), 0);

        auto invalid = AuditLog::append(*m_db, {QString(), QStringLiteral("x.y"), {}, {}});
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().code, ErrorCode::InvalidArgument);
    }

    void emptyAndIntactChainsVerify()
    {
        auto empty = AuditLog::verify(*m_db);
        QVERIFY_OK(empty);
        QVERIFY(empty->ok);
        QCOMPARE(empty->rowsChecked, 0);
        appendRows(25);
        auto v = AuditLog::verify(*m_db);
        QVERIFY_OK(v);
        QVERIFY(v->ok);
        QCOMPARE(v->rowsChecked, 25);
        QCOMPARE(v->firstBrokenId, -1);
        QCOMPARE(v->problem, Problem::None);
        QVERIFY(v->reason.isEmpty());
    }

    void triggersBlockUpdateAndDelete()
    {
        appendRows(3);
        auto update = m_db->exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 2"));
        QVERIFY(!update);
        QCOMPARE(update.error().code, ErrorCode::Database);
        QVERIFY2(update.error().detail.contains(QLatin1String("audit_log is append-only")),
            qPrintable(update.error().detail));
        auto del = m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3"));
        QVERIFY(!del);
        QVERIFY2(
            del.error().detail.contains(QLatin1String("audit_log is append-only")), qPrintable(del.error().detail));
        QCOMPARE(AuditLog::count(*m_db).value(), 3);
        QCOMPARE(AuditLog::list(*m_db, 1, 1).value().at(0).actor, QStringLiteral("alice"));
        QVERIFY(AuditLog::verify(*m_db).value().ok);
    }

    void detectsTampering_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("brokenId");
        QTest::addColumn<qint64>("rowsChecked");
        QTest::addColumn<Problem>("problem");
        QTest::newRow("details value changed")
            << QStringLiteral("UPDATE audit_log SET details = '{\"file\":\"sales-3.csv\",\"rows\":999}' WHERE id = 3")
            << qint64(3) << qint64(2) << Problem::ContentChanged;
        QTest::newRow("actor changed") << QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 5")
                                       << qint64(5) << qint64(4) << Problem::ContentChanged;
        QTest::newRow("middle row deleted")
            << QStringLiteral("DELETE FROM audit_log WHERE id = 3") << qint64(4) << qint64(2) << Problem::IdGap;
        QTest::newRow("first row deleted")
            << QStringLiteral("DELETE FROM audit_log WHERE id = 1") << qint64(2) << qint64(0) << Problem::IdGap;
        QTest::newRow("hashes swapped") << QStringLiteral(
            "UPDATE audit_log SET hash = CASE id WHEN 2 THEN (SELECT hash FROM audit_log WHERE id = 3) "
            "ELSE (SELECT hash FROM audit_log WHERE id = 2) END WHERE id IN (2, 3)")
                                        << qint64(2) << qint64(1) << Problem::ContentChanged;
        QTest::newRow("rows reordered") << reorderRows23() << qint64(2) << qint64(1) << Problem::PrevHashMismatch;
        QTest::newRow("first prev_hash changed")
            << QStringLiteral("UPDATE audit_log SET prev_hash = replace(prev_hash, '0', '1') WHERE id = 1") << qint64(1)
            << qint64(0) << Problem::PrevHashMismatch;
    }

    void detectsTampering()
    {
        QFETCH(QString, tamper);
        QFETCH(qint64, brokenId);
        QFETCH(qint64, rowsChecked);
        QFETCH(Problem, problem);
        appendRows(6);
        dropTriggers();
        QVERIFY_OK(m_db->exec(tamper));
        auto v = AuditLog::verify(*m_db);
        QVERIFY_OK(v);
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBrokenId, brokenId);
        QCOMPARE(v->rowsChecked, rowsChecked);
        QCOMPARE(v->problem, problem);
        QVERIFY2(v->reason.contains(QString::number(brokenId)), qPrintable(v->reason));
    }

    void detectsRechainedForgery()
    {
        // A forger who knows the algorithm edits row 3 and recomputes its hash: row 4 no longer links.
        appendRows(6);
        dropTriggers();
        AuditRecord r = AuditLog::list(*m_db, 3, 1).value().at(0);
        QCOMPARE(r.id, 3);
        r.actor = QStringLiteral("mallory");
        const QString forged = AuditLog::computeHash(r.prevHash, r);
        QVERIFY_OK(
            m_db->exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory', hash = '%1' WHERE id = 3").arg(forged)));
        auto v = AuditLog::verify(*m_db);
        QVERIFY_OK(v);
        QCOMPARE(v->firstBrokenId, 4);
        QCOMPARE(v->rowsChecked, 3);
        QCOMPARE(v->problem, Problem::PrevHashMismatch);
        QCOMPARE(v->reason,
            QStringLiteral("The link from audit entry 3 to entry 4 is broken: entry 4 does not carry the hash of "
                           "entry 3 (entries were reordered or re-chained)."));
    }

    void appendJoinsCallerTransaction()
    {
        QVERIFY_OK(m_db->exec(QStringLiteral("CREATE TABLE imports (name TEXT)")));
        {
            auto tx = Transaction::begin(*m_db);
            QVERIFY_OK(tx);
            QVERIFY_OK(m_db->exec(QStringLiteral("INSERT INTO imports VALUES ('a')")));
            QCOMPARE(AuditLog::append(*m_db, entry(1)).value(), 1);
            QVERIFY(m_db->inTransaction()); // append did not commit the caller's transaction
        } // rolled back: neither the import nor its audit row remain
        QCOMPARE(m_db->queryInt64(QStringLiteral("SELECT count(*) FROM imports")).value(), 0);
        QCOMPARE(AuditLog::count(*m_db).value(), 0);

        auto tx = Transaction::begin(*m_db);
        QVERIFY_OK(tx);
        QVERIFY_OK(m_db->exec(QStringLiteral("INSERT INTO imports VALUES ('b')")));
        QCOMPARE(AuditLog::append(*m_db, entry(1)).value(), 1);
        QVERIFY_OK(tx->commit());
        QCOMPARE(m_db->queryInt64(QStringLiteral("SELECT count(*) FROM imports")).value(), 1);
        QCOMPARE(AuditLog::count(*m_db).value(), 1);
        QVERIFY(AuditLog::verify(*m_db).value().ok);
    }

private:
    void appendRows(int n)
    {
        for (int i = 1; i <= n; ++i)
            QVERIFY_OK(AuditLog::append(*m_db, entry(i)));
    }

    void dropTriggers()
    {
        QVERIFY_OK(m_db->exec(QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete")));
    }

    static QString reorderRows23()
    {
        // Swap everything but the id between rows 2 and 3 (via a temporary copy).
        return QStringLiteral(
            "CREATE TEMP TABLE s AS SELECT * FROM audit_log WHERE id IN (2, 3);"
            "UPDATE audit_log SET (ts, actor, action, target, details, prev_hash, hash) = "
            "(SELECT ts, actor, action, target, details, prev_hash, hash FROM s WHERE s.id = 5 - audit_log.id) "
            "WHERE id IN (2, 3);");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

namespace valuator::test {
std::unique_ptr<QObject> makeTestAuditLog()
{
    return std::make_unique<TestAuditLog>();
}
} // namespace valuator::test

#include "TestAuditLog.moc"
