// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/BuildInfo.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Database.h"
#include "services/workspace/Transaction.h"
#include "services/workspace/Workspace.h"
#include "services/workspace/WorkspaceSchema.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>

#include "WorkspaceTestUtil.h"

using namespace valuator;
using valuator::test::FileSnapshot;

class TestWorkspace : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("cars.valuator"));
    }

    void createOpenReopen()
    {
        {
            auto ws = Workspace::create(m_path, QStringLiteral("alice"));
            QVERIFY_OK(ws);
            QCOMPARE((*ws)->path(), m_path);
            QCOMPARE((*ws)->schemaVersion(), Workspace::latestSchemaVersion());
            QCOMPARE(Workspace::latestSchemaVersion(), 5);

            auto info = (*ws)->info();
            QVERIFY_OK(info);
            QCOMPARE(info->path, m_path);
            QCOMPARE(info->schemaVersion, Workspace::latestSchemaVersion());
            QCOMPARE(info->createdBy, QStringLiteral("alice"));
            QCOMPARE(info->appVersion, BuildInfo::version());
            QVERIFY(QDateTime::fromString(info->createdAt, Qt::ISODateWithMs).isValid());
            // v1: audit_log, meta; v2: five dataset tables; v3: 2 reports; v4: 2; v5: model_fairness
            QCOMPARE(info->tables.size(), 12);
            QCOMPARE(info->tables.at(0).table, QStringLiteral("audit_log"));
            QCOMPARE(info->tables.at(0).rows, 1);
            QCOMPARE(info->tables.at(7).table, QStringLiteral("meta"));
            QCOMPARE(info->tables.at(7).rows, 3);
            QVERIFY(info->fileSize > 0);

            auto log = AuditLog::list((*ws)->db(), 0, 10);
            QVERIFY_OK(log);
            QCOMPARE(log->size(), 1);
            QCOMPARE(log->at(0).action, QStringLiteral("workspace.create"));
            QCOMPARE(log->at(0).actor, QStringLiteral("alice"));
            QCOMPARE(
                log->at(0).details.value(QStringLiteral("schema_version")).toInt(), Workspace::latestSchemaVersion());
        }
        // Closing the last connection checkpoints the WAL and removes -wal/-shm.
        QCOMPARE(QFileInfo(m_path).dir().entryList(QDir::Files | QDir::Hidden),
            QStringList {QStringLiteral("cars.valuator")});
        QCOMPARE(Workspace::probe(m_path).value(), Workspace::latestSchemaVersion());

        auto reopened = Workspace::open(m_path, QStringLiteral("bob"));
        QVERIFY_OK(reopened);
        QCOMPARE((*reopened)->schemaVersion(), Workspace::latestSchemaVersion());
        QCOMPARE(AuditLog::count((*reopened)->db()).value(), 1); // no migration row
        QVERIFY(AuditLog::verify((*reopened)->db()).value().ok);
    }

    void createFailsWhenFileExists()
    {
        QVERIFY(test::writeFile(m_path, "keep me"));
        const FileSnapshot before = FileSnapshot::take(m_path);
        auto ws = Workspace::create(m_path, QStringLiteral("alice"));
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::Conflict);
        QVERIFY(FileSnapshot::take(m_path) == before);
    }

    void createInMissingFolderLeavesNothing()
    {
        const QString path = m_dir->filePath(QStringLiteral("no/such/folder/x.valuator"));
        auto ws = Workspace::create(path, QStringLiteral("alice"));
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::Io);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());

        auto anonymous = Workspace::create(m_path, QString());
        QVERIFY(!anonymous);
        QCOMPARE(anonymous.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!QFile::exists(m_path));
    }

    void openMissingCreatesNothing()
    {
        auto ws = Workspace::open(m_path);
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::NotFound);
        QCOMPARE(ws.error().userMessage, QStringLiteral("The workspace 'cars.valuator' does not exist."));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void openOrCreate()
    {
        {
            auto created = Workspace::openOrCreate(m_path, QStringLiteral("alice"));
            QVERIFY_OK(created);
            QCOMPARE(AuditLog::count((*created)->db()).value(), 1);
        }
        auto opened = Workspace::openOrCreate(m_path, QStringLiteral("alice"));
        QVERIFY_OK(opened);
        QCOMPARE(AuditLog::count((*opened)->db()).value(), 1);
    }

    void rejectsForeignFilesUnchanged_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("kind");
        QTest::newRow("csv") << QStringLiteral("sales.csv") << QStringLiteral("csv");
        QTest::newRow("empty") << QStringLiteral("empty.valuator") << QStringLiteral("empty");
        QTest::newRow("header only") << QStringLiteral("short.valuator") << QStringLiteral("short");
        QTest::newRow("foreign sqlite") << QStringLiteral("other.db") << QStringLiteral("sqlite");
        QTest::newRow("foreign sqlite, WAL") << QStringLiteral("other-wal.db") << QStringLiteral("sqlite-wal");
    }

    void rejectsForeignFilesUnchanged()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, kind);
        const QString path = m_dir->filePath(fileName);
        if (kind == QLatin1String("csv")) {
            QVERIFY(test::writeFile(path, "brand,model,price\nVW,Golf,12000\n"));
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(test::writeFile(path, QByteArray()));
        } else if (kind == QLatin1String("short")) {
            QVERIFY(test::writeFile(path, QByteArray("SQLite format 3\0", 16)));
        } else {
            auto db = Database::open(path, Database::OpenMode::Create);
            QVERIFY_OK(db);
            if (kind == QLatin1String("sqlite-wal"))
                QVERIFY_OK((*db)->exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY_OK((*db)->exec(QStringLiteral("CREATE TABLE x (a); INSERT INTO x VALUES (42)")));
        }
        QTest::qWait(20); // let a later write, if any, get a different mtime
        const FileSnapshot before = FileSnapshot::take(path);
        QCOMPARE(before.folder, QStringList {fileName});

        auto ws = Workspace::open(path, QStringLiteral("alice"));
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::NotAWorkspace);
        QCOMPARE(ws.error().userMessage, QStringLiteral("'%1' is not a Car Valuator workspace.").arg(fileName));
        QVERIFY(FileSnapshot::take(path) == before);

        // openOrCreate must not overwrite it either.
        QVERIFY(!Workspace::openOrCreate(path, QStringLiteral("alice")));
        QVERIFY(FileSnapshot::take(path) == before);
    }

    void rejectsNewerSchemaUnchanged()
    {
        QVERIFY_OK(Workspace::create(m_path, QStringLiteral("alice")));
        {
            auto db = Database::open(m_path, Database::OpenMode::ReadWrite);
            QVERIFY_OK(db);
            QVERIFY_OK((*db)->exec(QStringLiteral("PRAGMA user_version = 7")));
        }
        QTest::qWait(20);
        const FileSnapshot before = FileSnapshot::take(m_path);
        QCOMPARE(before.folder, QStringList {QStringLiteral("cars.valuator")});

        auto ws = Workspace::open(m_path, QStringLiteral("alice"));
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::Unsupported);
        QCOMPARE(ws.error().userMessage,
            QStringLiteral("'cars.valuator' was written by a newer Car Valuator (schema 7); "
                           "this version reads up to schema %1.")
                .arg(Workspace::latestSchemaVersion()));
        QVERIFY(FileSnapshot::take(m_path) == before);
    }

    void migratesHandMadeV0()
    {
        {
            auto db = Database::open(m_path, Database::OpenMode::Create);
            QVERIFY_OK(db);
            QVERIFY_OK((*db)->exec(QStringLiteral("PRAGMA application_id = %1").arg(WorkspaceSchema::kApplicationId)));
        }
        QCOMPARE(Workspace::probe(m_path).value(), 0);
        auto ws = Workspace::open(m_path, QStringLiteral("bob"));
        QVERIFY_OK(ws);
        Database& db = (*ws)->db();
        QCOMPARE((*ws)->schemaVersion(), Workspace::latestSchemaVersion());
        QCOMPARE(WorkspaceSchema::version(db).value(), Workspace::latestSchemaVersion());
        QCOMPARE(db.queryText(QStringLiteral("PRAGMA journal_mode")).value(), QStringLiteral("wal"));
        auto log = AuditLog::list(db, 0, 10);
        QVERIFY_OK(log);
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->at(0).action, QStringLiteral("workspace.migrate"));
        QCOMPARE(log->at(0).actor, QStringLiteral("bob"));
        QCOMPARE(log->at(0).details.value(QStringLiteral("from_schema")).toInt(), 0);
        QCOMPARE(log->at(0).details.value(QStringLiteral("to_schema")).toInt(), Workspace::latestSchemaVersion());
        QVERIFY(AuditLog::verify(db).value().ok);
        QCOMPARE((*ws)->info().value().createdBy, QString()); // not recorded before v1
    }

    void failedMigrationStepRollsBack()
    {
        auto db = Database::open(m_path, Database::OpenMode::Create);
        QVERIFY_OK(db);
        QList<WorkspaceSchema::Migration> steps = {WorkspaceSchema::migrations().first()}; // then our own step 2
        steps.append(
            {2, QStringLiteral("broken"), QStringLiteral("CREATE TABLE half (a); INSERT INTO nope VALUES (1)"), {}});
        auto reached = WorkspaceSchema::migrate(**db, steps);
        QVERIFY(!reached);
        QCOMPARE(reached.error().code, ErrorCode::Database);
        QVERIFY2(
            reached.error().userMessage.contains(QLatin1String("schema 2")), qPrintable(reached.error().userMessage));
        QCOMPARE(WorkspaceSchema::version(**db).value(), 1); // step 1 committed, step 2 rolled back whole
        QCOMPARE(
            (*db)->queryInt64(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half'")).value(), 0);

        // A step written as a function, applied on top.
        steps[1]
            = {2, QStringLiteral("fn"), {}, [](Database& d) { return d.exec(QStringLiteral("CREATE TABLE t2 (a)")); }};
        QCOMPARE(WorkspaceSchema::migrate(**db, steps).value(), 2);
        QCOMPARE((*db)->queryInt64(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 't2'")).value(), 1);

        steps.append({4, QStringLiteral("misnumbered"), QStringLiteral("SELECT 1"), {}});
        auto bad = WorkspaceSchema::migrate(**db, steps);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
    }

    void walAndForeignKeysOnEveryConnection()
    {
        auto ws = Workspace::create(m_path, QStringLiteral("alice"));
        QVERIFY_OK(ws);
        auto second = (*ws)->openConnection();
        QVERIFY_OK(second);
        for (Database* db : {&(*ws)->db(), second->get()}) {
            QCOMPARE(db->queryText(QStringLiteral("PRAGMA journal_mode")).value(), QStringLiteral("wal"));
            QCOMPARE(db->queryInt64(QStringLiteral("PRAGMA foreign_keys")).value(), 1);
        }
        Database& db = (*ws)->db();
        QVERIFY_OK(db.exec(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                                          "CREATE TABLE child (parent_id INTEGER NOT NULL REFERENCES parent(id))")));
        auto orphan = db.exec(QStringLiteral("INSERT INTO child VALUES (99)"));
        QVERIFY(!orphan);
        QVERIFY2(orphan.error().detail.contains(QLatin1String("FOREIGN KEY constraint failed")),
            qPrintable(orphan.error().detail));
    }

    void filesAreOwnerOnly()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX permissions only");
#endif
        auto ws = Workspace::create(m_path, QStringLiteral("alice"));
        QVERIFY_OK(ws);
        QVERIFY_OK(AuditLog::append((*ws)->db(), {QStringLiteral("alice"), QStringLiteral("test.write"), {}, {}}));
        QVERIFY(QFile::exists(m_path + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(m_path + QStringLiteral("-shm")));
        QCOMPARE(test::fileMode(m_path), 0600);
        QCOMPARE(test::fileMode(m_path + QStringLiteral("-wal")), 0600);
        QCOMPARE(test::fileMode(m_path + QStringLiteral("-shm")), 0600);
    }

    void secondConnectionOnAnotherThread()
    {
        auto ws = Workspace::create(m_path, QStringLiteral("alice"));
        QVERIFY_OK(ws);
        Database& db = (*ws)->db();
        for (int i = 0; i < 3; ++i)
            QVERIFY_OK(AuditLog::append(db, {QStringLiteral("alice"), QStringLiteral("test.main"), {}, {}}));
        // An open, uncommitted write on the main connection must stay invisible to the worker (and WAL lets
        // the worker read without waiting for it).
        auto pending = Transaction::begin(db);
        QVERIFY_OK(pending);
        QVERIFY_OK(AuditLog::append(db, {QStringLiteral("alice"), QStringLiteral("test.pending"), {}, {}}));

        qint64 seen = -1;
        int foreignKeys = -1;
        QString error;
        std::thread worker([&] {
            auto conn = (*ws)->openConnection();
            if (!conn) {
                error = conn.error().detail;
                return;
            }
            seen = AuditLog::count(**conn).value_or(-2);
            foreignKeys = int((*conn)->queryInt64(QStringLiteral("PRAGMA foreign_keys")).value_or(-2));
        });
        worker.join();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(seen, 4); // workspace.create + 3 committed
        QCOMPARE(foreignKeys, 1);
        QVERIFY_OK(pending->rollback());

        // The worker writes; the main connection sees it after the worker committed.
        std::thread writer([&] {
            auto conn = (*ws)->openConnection();
            if (conn)
                AuditLog::append(**conn, {QStringLiteral("worker"), QStringLiteral("test.worker"), {}, {}});
        });
        writer.join();
        QCOMPARE(AuditLog::count(db).value(), 5);
        QCOMPARE(AuditLog::list(db, 0, 1).value().at(0).actor, QStringLiteral("worker"));
        QVERIFY(AuditLog::verify(db).value().ok);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

namespace valuator::test {
std::unique_ptr<QObject> makeTestWorkspace()
{
    return std::make_unique<TestWorkspace>();
}
} // namespace valuator::test

#include "TestWorkspace.moc"
