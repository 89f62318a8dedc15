// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/datasets/DatasetStore.h"
#include "services/datasets/DatasetWriter.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Database.h"
#include "services/workspace/Workspace.h"
#include "services/workspace/WorkspaceSchema.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "DatasetTestUtil.h"

using namespace valuator;
using namespace valuator::test;

class TestDatasetStore : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    Database& db() { return m_ws->db(); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto ws = Workspace::create(m_dir->filePath(QStringLiteral("cars.valuator")), QStringLiteral("alice"));
        QVERIFY_OK(ws);
        m_ws = std::move(*ws);
    }

    void cleanup() { m_ws.reset(); }

    void parsesRefs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("version");
        QTest::newRow("name") << "cars" << true << "cars" << 0LL;
        QTest::newRow("version") << "cars@3" << true << "cars" << 3LL;
        QTest::newRow("latest") << "cars@latest" << true << "cars" << 0LL;
        QTest::newRow("LATEST") << "cars@LATEST" << true << "cars" << 0LL;
        QTest::newRow("spaces") << "  used cars  @ 12 " << true << "used cars" << 12LL;
        QTest::newRow("unicode") << "Bilförsäljning 2024" << true << "Bilförsäljning 2024" << 0LL;
        QTest::newRow("100 chars") << QString(100, QLatin1Char('x')) << true << QString(100, QLatin1Char('x')) << 0LL;
        QTest::newRow("101 chars") << QString(101, QLatin1Char('x')) << false << "" << 0LL;
        QTest::newRow("empty") << "" << false << "" << 0LL;
        QTest::newRow("blank") << "   " << false << "" << 0LL;
        QTest::newRow("no name") << "@3" << false << "" << 0LL;
        QTest::newRow("no version") << "cars@" << false << "" << 0LL;
        QTest::newRow("zero") << "cars@0" << false << "" << 0LL;
        QTest::newRow("negative") << "cars@-1" << false << "" << 0LL;
        QTest::newRow("plus") << "cars@+2" << false << "" << 0LL;
        QTest::newRow("word") << "cars@first" << false << "" << 0LL;
        QTest::newRow("two @") << "cars@1@2" << false << "" << 0LL;
        QTest::newRow("control") << "ca\trs" << false << "" << 0LL;
    }

    void parsesRefs()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, name);
        QFETCH(qint64, version);
        auto ref = DatasetRef::parse(text);
        QCOMPARE(bool(ref), ok);
        if (ok) {
            QCOMPARE(ref->name, name);
            QCOMPARE(ref->version, version);
        } else {
            QCOMPARE(ref.error().code, ErrorCode::InvalidArgument);
            QVERIFY2(ref.error().userMessage.endsWith(QLatin1String("Write a dataset as NAME, NAME@3 or NAME@latest.")),
                qPrintable(ref.error().userMessage));
        }
    }

    void refMessages()
    {
        QCOMPARE(DatasetRef::parse(QStringLiteral("cars@x")).error().userMessage,
            QStringLiteral("'x' is not a dataset version: a version is a number from 1 or 'latest'. "
                           "Write a dataset as NAME, NAME@3 or NAME@latest."));
        QCOMPARE(DatasetRef::parse(QStringLiteral("")).error().userMessage,
            QStringLiteral("The dataset name is empty. Write a dataset as NAME, NAME@3 or NAME@latest."));
        QCOMPARE((DatasetRef {QStringLiteral("cars"), 2}).toString(), QStringLiteral("cars@2"));
        QCOMPARE((DatasetRef {QStringLiteral("cars"), 0}).toString(), QStringLiteral("cars"));
    }

    void resolvesAndNamesWhatExists()
    {
        auto none = DatasetStore::resolve(db(), {QStringLiteral("x"), 0});
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        QCOMPARE(none.error().userMessage,
            QStringLiteral("There is no dataset named 'x': the workspace has no datasets yet."));

        QVERIFY_OK(writeVersion(db(), newVersion(QStringLiteral("b")), {5}));
        QVERIFY_OK(writeVersion(db(), newVersion(QStringLiteral("a")), {5}));
        auto only = DatasetStore::resolve(db(), {QStringLiteral("a"), 2});
        QCOMPARE(only.error().userMessage, QStringLiteral("Dataset 'a' has only version 1; there is no version 2."));
        for (int i = 0; i < 2; ++i)
            QVERIFY_OK(writeVersion(db(), newVersion(QStringLiteral("a"), VersionKind::Append), {5}, 5 * (i + 1)));

        auto missing = DatasetStore::resolve(db(), {QStringLiteral("x"), 0});
        QCOMPARE(missing.error().userMessage,
            QStringLiteral("There is no dataset named 'x'. Datasets in this workspace: a, b."));
        auto noVersion = DatasetStore::resolve(db(), {QStringLiteral("a"), 7});
        QCOMPARE(noVersion.error().code, ErrorCode::NotFound);
        QCOMPARE(noVersion.error().userMessage, QStringLiteral("Dataset 'a' has versions 1–3; there is no version 7."));

        auto latest = DatasetStore::resolve(db(), DatasetRef::parse(QStringLiteral("a@latest")).value());
        QVERIFY_OK(latest);
        QCOMPARE(latest->version, 3);
        QCOMPARE(latest->rowCount, 15);
        QCOMPARE(latest->columns.size(), 5);
        auto second = DatasetStore::resolve(db(), {QStringLiteral("a"), 2});
        QVERIFY_OK(second);
        QCOMPARE(second->version, 2);
        QCOMPARE(second->rowCount, 10);
        QCOMPARE(latest->parentId, second->id);
        QCOMPARE(DatasetStore::version(db(), 9999).error().code, ErrorCode::NotFound);
    }

    void listsDatasetsWithVersionsAndJson()
    {
        QCOMPARE(DatasetStore::listDatasets(db()).value().size(), 0);
        QVERIFY_OK(writeVersion(db(), newVersion(QStringLiteral("zeta")), {4}));
        QVERIFY_OK(writeVersion(db(), newVersion(QStringLiteral("alpha")), {3}));
        QVERIFY_OK(writeVersion(db(), newVersion(QStringLiteral("alpha"), VersionKind::Append), {2}, 3));
        auto list = DatasetStore::listDatasets(db());
        QVERIFY_OK(list);
        QCOMPARE(list->size(), 2);
        const DatasetSummary& alpha = list->at(0);
        QCOMPARE(alpha.name, QStringLiteral("alpha"));
        QCOMPARE(alpha.createdBy, QStringLiteral("alice"));
        QCOMPARE(alpha.versions.size(), 2);
        QCOMPARE(alpha.latest()->version, 2);
        QCOMPARE(alpha.latest()->rowCount, 5);
        QCOMPARE(alpha.versions.at(0).columns, carColumns());
        QCOMPARE(alpha.versions.at(1).columns, carColumns());
        QCOMPARE(list->at(1).name, QStringLiteral("zeta"));
        QCOMPARE(list->at(1).versions.size(), 1);

        const QJsonObject json = alpha.toJson();
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("alpha"));
        QCOMPARE(json.value(QStringLiteral("latest_version")).toInteger(), 2);
        const QJsonObject v2 = json.value(QStringLiteral("versions")).toArray().at(1).toObject();
        QCOMPARE(v2.value(QStringLiteral("kind")).toString(), QStringLiteral("append"));
        QCOMPARE(v2.value(QStringLiteral("row_count")).toInteger(), 5);
        QCOMPARE(v2.value(QStringLiteral("dataset")).toString(), QStringLiteral("alpha"));
        QCOMPARE(v2.value(QStringLiteral("parent_id")).toInteger(), alpha.versions.at(0).id);
        QCOMPARE(v2.value(QStringLiteral("source_bytes")).toInteger(), 12345);
        QCOMPARE(v2.value(QStringLiteral("content_sha256")).toString(), alpha.versions.at(1).contentSha256);
        QVERIFY(json.value(QStringLiteral("versions"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("parent_id"))
                    .isNull());
        const QJsonObject equipment = v2.value(QStringLiteral("columns")).toArray().at(4).toObject();
        QCOMPARE(equipment.value(QStringLiteral("type")).toString(), QStringLiteral("list"));
        QCOMPARE(equipment.value(QStringLiteral("field")).toString(), QStringLiteral("equipment"));
        QVERIFY(equipment.value(QStringLiteral("source")).isNull());
    }

    void loadsColumnSubsetInGivenOrder()
    {
        auto info = writeVersion(db(), newVersion(QStringLiteral("cars")), {100, 100, 50});
        QVERIFY_OK(info);
        QList<std::pair<qint64, qint64>> calls;
        auto table = DatasetStore::loadTable(db(), info->id,
            {QStringLiteral("equipment"), QStringLiteral("price"), QStringLiteral("equipment")},
            [&](qint64 done, qint64 total) {
                calls.append({done, total});
                return true;
            });
        QVERIFY_OK(table);
        QCOMPARE(table->columnNames(), (QStringList {QStringLiteral("equipment"), QStringLiteral("price")}));
        QCOMPARE(cells(table->column(0)), expectedCells(ColumnType::TextList, 0, 250));
        QCOMPARE(cells(table->column(1)), expectedCells(ColumnType::Float64, 0, 250));
        QCOMPARE(calls.size(), 6); // one per chunk: 2 columns x 3 chunks
        QCOMPARE(calls.first(), (std::pair<qint64, qint64> {1, 6}));
        QCOMPARE(calls.last(), (std::pair<qint64, qint64> {6, 6}));

        auto unknown = DatasetStore::loadTable(db(), info->id, {QStringLiteral("colour")});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QCOMPARE(unknown.error().userMessage, QStringLiteral("Dataset 'cars@1' has no column 'colour'."));
    }

    void loadCancelsFromProgress()
    {
        auto info = writeVersion(db(), newVersion(QStringLiteral("cars")), {10, 10, 10});
        QVERIFY_OK(info);
        int calls = 0;
        auto table = DatasetStore::loadTable(db(), info->id, {}, [&](qint64, qint64) { return ++calls < 4; });
        QVERIFY(!table);
        QCOMPARE(table.error().code, ErrorCode::Cancelled);
        QCOMPARE(calls, 4);
    }

    void corruptChunkIsAnIntegrityError_data()
    {
        QTest::addColumn<QString>("update");
        QTest::newRow("garbage") << "data = X'DEADBEEF'";
        QTest::newRow("truncated") << "data = substr(data, 1, length(data) - 1)";
        QTest::newRow("extended") << "data = data || X'00'";
        QTest::newRow("bad code") << "data = substr(data, 1, length(data) - 1) || X'FF'";
        QTest::newRow("row count") << "row_count = row_count + 1";
    }

    void corruptChunkIsAnIntegrityError()
    {
        QFETCH(QString, update);
        auto info = writeVersion(db(), newVersion(QStringLiteral("cars")), {40, 40});
        QVERIFY_OK(info);
        // position 3 = brand (Text): its last byte is a dictionary code of 1 byte.
        QVERIFY_OK(db().exec(
            QStringLiteral("UPDATE dataset_chunks SET %1 WHERE version_id = %2 AND position = 3 AND chunk = 1")
                .arg(update)
                .arg(info->id)));
        QCOMPARE(db().changes(), 1);
        auto table = DatasetStore::loadTable(db(), info->id);
        QVERIFY(!table);
        QCOMPARE(table.error().code, ErrorCode::Integrity);
        QCOMPARE(table.error().userMessage,
            QStringLiteral("The stored data of dataset 'cars@1' is damaged and cannot be read."));
        QVERIFY_OK(DatasetStore::loadTable(db(), info->id, {QStringLiteral("price")})); // other columns still load
    }

    void missingChunkIsAnIntegrityError()
    {
        auto info = writeVersion(db(), newVersion(QStringLiteral("cars")), {40, 40});
        QVERIFY_OK(info);
        QVERIFY_OK(db().exec(QStringLiteral("DELETE FROM dataset_chunks WHERE version_id = %1 AND position = 0 AND "
                                            "chunk = 0")
                                 .arg(info->id)));
        auto table = DatasetStore::loadTable(db(), info->id);
        QVERIFY(!table);
        QCOMPARE(table.error().code, ErrorCode::Integrity);
    }

    void deletesDatasetAudited()
    {
        QVERIFY_OK(writeVersion(db(), newVersion(QStringLiteral("kept")), {10}));
        QVERIFY_OK(
            writeVersion(db(), newVersion(QStringLiteral("gone")), {10}, 0, {{3, {}, {}, QStringLiteral("bad")}}));
        QVERIFY_OK(writeVersion(db(), newVersion(QStringLiteral("gone"), VersionKind::Append), {10}, 10));
        const qint64 keptVersion = DatasetStore::resolve(db(), {QStringLiteral("kept"), 0}).value().id;

        auto missing = DatasetStore::deleteDataset(db(), QStringLiteral("nope"), QStringLiteral("bob"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(!db().inTransaction());

        QVERIFY_OK(DatasetStore::deleteDataset(db(), QStringLiteral("gone"), QStringLiteral("bob")));
        QCOMPARE(rowsIn(db(), "datasets"), 1);
        QCOMPARE(rowsIn(db(), "dataset_versions"), 1);
        QCOMPARE(rowsIn(db(), "dataset_columns"), 5);
        QCOMPARE(rowsIn(db(), "dataset_chunks"), 5);
        QCOMPARE(rowsIn(db(), "import_rejects"), 0);
        QVERIFY_OK(DatasetStore::loadTable(db(), keptVersion));
        const AuditRecord last = AuditLog::list(db(), 0, 1).value().at(0);
        QCOMPARE(last.action, QStringLiteral("dataset.delete"));
        QCOMPARE(last.actor, QStringLiteral("bob"));
        QCOMPARE(last.target, QStringLiteral("dataset:gone"));
        QCOMPARE(last.details.value(QStringLiteral("versions")).toInteger(), 2);
        QVERIFY(AuditLog::verify(db()).value().ok);
        // The name is free again.
        QVERIFY_OK(writeVersion(db(), newVersion(QStringLiteral("gone")), {1}));
    }

    void migratesVersion1Workspace()
    {
        const QString path = m_dir->filePath(QStringLiteral("old.valuator"));
        {
            auto old = Database::open(path, Database::OpenMode::Create);
            QVERIFY_OK(old);
            QVERIFY_OK((*old)->exec(QStringLiteral("PRAGMA application_id = %1").arg(WorkspaceSchema::kApplicationId)));
            QCOMPARE(WorkspaceSchema::migrate(**old, WorkspaceSchema::migrations().mid(0, 1)).value(), 1);
        }
        auto ws = Workspace::open(path, QStringLiteral("bob"));
        QVERIFY_OK(ws);
        QCOMPARE((*ws)->schemaVersion(), Workspace::latestSchemaVersion());
        QVERIFY_OK(writeVersion((*ws)->db(), newVersion(QStringLiteral("cars")), {3}));
        QCOMPARE(DatasetStore::listDatasets((*ws)->db()).value().size(), 1);
    }
};

namespace valuator::test {
std::unique_ptr<QObject> makeTestDatasetStore()
{
    return std::make_unique<TestDatasetStore>();
}
} // namespace valuator::test

#include "TestDatasetStore.moc"
