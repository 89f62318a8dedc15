// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/workspace/Database.h"
#include "services/workspace/Statement.h"
#include "services/workspace/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "WorkspaceTestUtil.h"

using namespace valuator;

namespace {

const QString kCreateTable
    = QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, d REAL, s TEXT UNIQUE, b BLOB)");

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_counter));
    }

    void libraryVersion()
    {
        QVERIFY2(Database::libraryVersion().startsWith(QLatin1String("3.")), qPrintable(Database::libraryVersion()));
    }

    void bindAndReadEveryType()
    {
        auto db = Database::open(m_path, Database::OpenMode::Create);
        QVERIFY_OK(db);
        QVERIFY_OK((*db)->exec(kCreateTable));
        auto insert = (*db)->prepare(QStringLiteral("INSERT INTO t (i, d, s, b) VALUES (?1, ?2, ?3, ?4)"));
        QVERIFY_OK(insert);
        const QByteArray blob("a\0b\xff", 4);
        QVERIFY_OK(insert->bindInt64(1, Q_INT64_C(9007199254740993)));
        QVERIFY_OK(insert->bindDouble(2, 0.1));
        QVERIFY_OK(insert->bindText(3, QStringLiteral("Škoda Octavia ✓")));
        QVERIFY_OK(insert->bindBlob(4, blob));
        QVERIFY_OK(insert->run());
        QCOMPARE((*db)->lastInsertRowId(), 1);
        QCOMPARE((*db)->changes(), 1);
        // Re-run with other values: NULL, empty text and an empty (non-NULL) blob.
        QVERIFY_OK(insert->reset());
        QVERIFY_OK(insert->bindNull(1));
        QVERIFY_OK(insert->bindNull(2));
        QVERIFY_OK(insert->bindText(3, QString()));
        QVERIFY_OK(insert->bindBlob(4, QByteArray()));
        QVERIFY_OK(insert->run());

        auto select = (*db)->prepare(QStringLiteral("SELECT i, d, s, b, typeof(b), typeof(s) FROM t ORDER BY id"));
        QVERIFY_OK(select);
        QCOMPARE(select->columnCount(), 6);
        QCOMPARE(select->columnName(4), QStringLiteral("typeof(b)"));
        QCOMPARE(select->step().value(), Statement::Step::Row);
        QCOMPARE(select->columnInt64(0), Q_INT64_C(9007199254740993));
        QCOMPARE(select->columnDouble(1), 0.1);
        QCOMPARE(select->columnText(2), QStringLiteral("Škoda Octavia ✓"));
        QCOMPARE(select->columnBlob(3), blob);
        QCOMPARE(select->step().value(), Statement::Step::Row);
        QVERIFY(select->columnIsNull(0));
        QVERIFY(select->columnIsNull(1));
        QCOMPARE(select->columnText(2), QString());
        QVERIFY(!select->columnBlob(3).isNull());
        QCOMPARE(select->columnBlob(3).size(), 0);
        QCOMPARE(select->columnText(4), QStringLiteral("blob"));
        QCOMPARE(select->columnText(5), QStringLiteral("text"));
        QCOMPARE(select->step().value(), Statement::Step::Done);
    }

    void errorsCarryCodeAndMessage()
    {
        auto db = Database::open(m_path, Database::OpenMode::Create);
        QVERIFY_OK(db);
        QVERIFY_OK((*db)->exec(kCreateTable));
        auto bad = (*db)->prepare(QStringLiteral("SELEKT 1"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::Database);
        QVERIFY(!bad.error().userMessage.isEmpty());
        QVERIFY2(bad.error().detail.contains(QLatin1String("SQLite error 1 ")), qPrintable(bad.error().detail));
        QVERIFY2(bad.error().detail.contains(QLatin1String("syntax error")), qPrintable(bad.error().detail));

        QVERIFY_OK((*db)->exec(QStringLiteral("INSERT INTO t (s) VALUES ('x')")));
        auto dup = (*db)->exec(QStringLiteral("INSERT INTO t (s) VALUES ('x')"));
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::Database);
        // 2067 = SQLITE_CONSTRAINT_UNIQUE: extended codes are on.
        QVERIFY2(dup.error().detail.contains(QLatin1String("SQLite error 2067")), qPrintable(dup.error().detail));
        QVERIFY2(dup.error().detail.contains(QLatin1String("UNIQUE constraint failed: t.s")),
            qPrintable(dup.error().detail));

        auto two = (*db)->prepare(QStringLiteral("SELECT 1; SELECT 2"));
        QVERIFY(!two);
        QVERIFY_OK((*db)->prepare(QStringLiteral("SELECT 1;")));
        auto missing = (*db)->queryInt64(QStringLiteral("SELECT i FROM t WHERE 0"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void openModes()
    {
        auto missing = Database::open(m_path, Database::OpenMode::ReadWrite);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::Database);
        QVERIFY(!QFile::exists(m_path));

        {
            auto db = Database::open(m_path, Database::OpenMode::Create);
            QVERIFY_OK(db);
            QVERIFY_OK((*db)->exec(kCreateTable));
            QVERIFY(!(*db)->isReadOnly());
        }
        auto ro = Database::open(m_path, Database::OpenMode::ReadOnly);
        QVERIFY_OK(ro);
        QVERIFY((*ro)->isReadOnly());
        QCOMPARE((*ro)->queryInt64(QStringLiteral("SELECT count(*) FROM t")).value(), 0);
        auto write = (*ro)->exec(QStringLiteral("INSERT INTO t (i) VALUES (1)"));
        QVERIFY(!write);
        QCOMPARE(write.error().code, ErrorCode::Database);
        QVERIFY2(write.error().detail.contains(QLatin1String("SQLite error 8 ")), qPrintable(write.error().detail));
    }

    void transactionRollsBackOnDestruction()
    {
        auto db = Database::open(m_path, Database::OpenMode::Create);
        QVERIFY_OK(db);
        Database& d = **db;
        QVERIFY_OK(d.exec(kCreateTable));
        {
            auto tx = Transaction::begin(d);
            QVERIFY_OK(tx);
            QVERIFY(d.inTransaction());
            QVERIFY_OK(d.exec(QStringLiteral("INSERT INTO t (i) VALUES (1)")));
            QCOMPARE(d.queryInt64(QStringLiteral("SELECT count(*) FROM t")).value(), 1);
            auto nested = Transaction::begin(d);
            QVERIFY(!nested);
            QCOMPARE(nested.error().code, ErrorCode::Database);
        } // no commit
        QVERIFY(!d.inTransaction());
        QCOMPARE(d.queryInt64(QStringLiteral("SELECT count(*) FROM t")).value(), 0);

        {
            auto tx = Transaction::begin(d);
            QVERIFY_OK(tx);
            QVERIFY_OK(d.exec(QStringLiteral("INSERT INTO t (i) VALUES (2)")));
            QVERIFY_OK(tx->commit());
            QVERIFY(!tx->isActive());
        }
        QCOMPARE(d.queryInt64(QStringLiteral("SELECT i FROM t")).value(), 2);

        auto tx = Transaction::begin(d);
        QVERIFY_OK(tx);
        QVERIFY_OK(d.exec(QStringLiteral("INSERT INTO t (i) VALUES (3)")));
        QVERIFY_OK(tx->rollback());
        QVERIFY(!tx->isActive());
        QVERIFY(!d.inTransaction());
        QCOMPARE(d.queryInt64(QStringLiteral("SELECT count(*) FROM t")).value(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

namespace valuator::test {
std::unique_ptr<QObject> makeTestDatabase()
{
    return std::make_unique<TestDatabase>();
}
} // namespace valuator::test

#include "TestDatabase.moc"
