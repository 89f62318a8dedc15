// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/datasets/DatasetStore.h"
#include "services/datasets/DatasetWriter.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Database.h"
#include "services/workspace/Transaction.h"
#include "services/workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#include "DatasetTestUtil.h"

using namespace valuator;
using namespace valuator::test;

class TestDatasetWriter : public QObject {
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

    void roundTripsThreeChunksExactly()
    {
        auto info = writeVersion(db(), newVersion(QStringLiteral("cars")), {1000, 1000, 537});
        QVERIFY_OK(info);
        QCOMPARE(info->datasetName, QStringLiteral("cars"));
        QCOMPARE(info->version, 1);
        QCOMPARE(info->kind, VersionKind::Import);
        QCOMPARE(info->parentId, 0);
        QCOMPARE(info->rowCount, 2537);
        QCOMPARE(info->columns, carColumns());
        QCOMPARE(info->sourceName, QStringLiteral("sales.csv"));
        QCOMPARE(info->sourceBytes, 12345);
        QCOMPARE(info->dialect.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
        QCOMPARE(info->mapping.value(QStringLiteral("Preis")).toString(), QStringLiteral("sale_price"));
        QCOMPARE(info->report.value(QStringLiteral("rows_read")).toInteger(), 2537);
        QCOMPARE(info->createdBy, QStringLiteral("alice"));
        QCOMPARE(rowsIn(db(), "dataset_chunks"), 15); // 3 chunks x 5 columns
        // The documented hash: the blobs in (chunk, position) order.
        QCOMPARE(info->contentSha256, blobHash(db(), info->id));

        auto table = DatasetStore::loadTable(db(), info->id);
        QVERIFY_OK(table);
        QCOMPARE(table->columnCount(), 5);
        QCOMPARE(table->rowCount(), 2537);
        for (int c = 0; c < 5; ++c) {
            const Column& column = table->column(c);
            QCOMPARE(column.name(), carColumns().at(c).name);
            QCOMPARE(column.type(), carColumns().at(c).type);
            QCOMPARE(cells(column), expectedCells(column.type(), 0, 2537));
        }
        // Spot checks that the awkward values are really in there.
        QCOMPARE(table->column(1).ints()[1], 9007199254740993LL);
        QVERIFY(table->column(0).isNull(3));
        QCOMPARE(cell(table->column(3), 18), QStringLiteral("\"\"")); // empty text, not null
        QCOMPARE(cell(table->column(3), 19), QStringLiteral("<null>"));
    }

    void appendPadsMissingColumnsWithNulls()
    {
        // v1: price, brand, colour. v2 declares brand, price (other order) and doors; colour is parent-only.
        const ColumnInfo colour {QStringLiteral("colour"), QStringLiteral("colour"), ColumnType::Text, {}};
        const ColumnInfo doors {QStringLiteral("doors"), {}, ColumnType::Int64, QStringLiteral("Türen")};
        const QList<ColumnInfo> all = carColumns();
        auto v1 = writeVersion(
            db(), newVersion(QStringLiteral("cars"), VersionKind::Import, {all[0], all[3], colour}), {300, 200});
        QVERIFY_OK(v1);
        auto v2 = writeVersion(
            db(), newVersion(QStringLiteral("cars"), VersionKind::Append, {all[3], all[0], doors}), {150}, 500);
        QVERIFY_OK(v2);
        QCOMPARE(v2->version, 2);
        QCOMPARE(v2->kind, VersionKind::Append);
        QCOMPARE(v2->parentId, v1->id);
        QCOMPARE(v2->rowCount, 650);
        QCOMPARE(v2->columns, (QList<ColumnInfo> {all[0], all[3], colour, doors}));

        auto table = DatasetStore::loadTable(db(), v2->id);
        QVERIFY_OK(table);
        QCOMPARE(table->rowCount(), 650);
        QCOMPARE(cells(table->column(0)), expectedCells(ColumnType::Float64, 0, 650));
        QCOMPARE(cells(table->column(1)), expectedCells(ColumnType::Text, 0, 650));
        QCOMPARE(cells(table->column(2)), expectedCells(ColumnType::Text, 0, 500) + nullCells(150));
        QCOMPARE(cells(table->column(3)), nullCells(500) + expectedCells(ColumnType::Int64, 500, 150));

        // The parent is untouched, and its blobs were copied, not re-encoded.
        auto parent = DatasetStore::loadTable(db(), v1->id);
        QVERIFY_OK(parent);
        QCOMPARE(parent->rowCount(), 500);
        QCOMPARE(parent->columnCount(), 3);
        QCOMPARE(blobHash(db(), v2->id, {}, QStringLiteral("AND chunk < 2 AND position < 3")), blobHash(db(), v1->id));
        // Documented append hash: parent hash hex + the blobs this version wrote (padding first, then new chunks).
        QCOMPARE(v2->contentSha256,
            blobHash(db(), v2->id, v1->contentSha256, QStringLiteral("AND NOT (chunk < 2 AND position < 3)")));
    }

    void appendRejectsTypeClash()
    {
        QVERIFY_OK(writeVersion(db(), newVersion(QStringLiteral("cars")), {10}));
        QList<ColumnInfo> columns = carColumns();
        columns[0].type = ColumnType::Int64; // price was decimal
        auto tx = Transaction::begin(db());
        QVERIFY_OK(tx);
        auto writer = DatasetWriter::begin(db(), newVersion(QStringLiteral("cars"), VersionKind::Append, columns));
        QVERIFY(!writer);
        QCOMPARE(writer.error().code, ErrorCode::Conflict);
        QCOMPARE(writer.error().userMessage,
            QStringLiteral("Column 'price' holds decimal values in version 1 of dataset 'cars', but the new rows "
                           "have integer values."));
    }

    void importIntoExistingNameFails()
    {
        QVERIFY_OK(writeVersion(db(), newVersion(QStringLiteral("cars")), {10}));
        auto again = writeVersion(db(), newVersion(QStringLiteral("cars")), {10});
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(again.error().userMessage,
            QStringLiteral("A dataset named 'cars' already exists. Pass --append to add the rows to it as a new "
                           "version, or choose another name."));
        QCOMPARE(rowsIn(db(), "dataset_versions"), 1);
    }

    void appendToMissingDatasetFails()
    {
        auto append = writeVersion(db(), newVersion(QStringLiteral("nope"), VersionKind::Append), {10});
        QVERIFY(!append);
        QCOMPARE(append.error().code, ErrorCode::NotFound);
        QCOMPARE(append.error().userMessage,
            QStringLiteral("There is no dataset named 'nope' to append to. Import the file as a new dataset first "
                           "(without --append)."));
        QCOMPARE(rowsIn(db(), "datasets"), 0);
    }

    void cleanVersionReplacesRows()
    {
        auto v1 = writeVersion(db(), newVersion(QStringLiteral("cars")), {40});
        QVERIFY_OK(v1);
        NewVersion spec = newVersion(QStringLiteral("cars"), VersionKind::Clean);
        auto missingParent = writeVersion(db(), spec, {5});
        QVERIFY(!missingParent);
        QCOMPARE(missingParent.error().code, ErrorCode::InvalidArgument);
        spec.parentId = v1->id;
        auto v2 = writeVersion(db(), spec, {25}, 1000);
        QVERIFY_OK(v2);
        QCOMPARE(v2->kind, VersionKind::Clean);
        QCOMPARE(v2->parentId, v1->id);
        QCOMPARE(v2->rowCount, 25);
        auto table = DatasetStore::loadTable(db(), v2->id, {QStringLiteral("year")});
        QVERIFY_OK(table);
        QCOMPARE(cells(table->column(0)), expectedCells(ColumnType::Int64, 1000, 25));
        QCOMPARE(v2->contentSha256, blobHash(db(), v2->id));
    }

    void rollbackLeavesNoTrace()
    {
        QVERIFY_OK(writeVersion(db(), newVersion(QStringLiteral("kept")), {20}));
        const qint64 auditRows = AuditLog::count(db()).value();
        const QString head = AuditLog::list(db(), 0, 1).value().at(0).hash;
        const QList<const char*> tables
            = {"datasets", "dataset_versions", "dataset_columns", "dataset_chunks", "import_rejects"};
        QList<qint64> before;
        for (const char* table : tables)
            before << rowsIn(db(), table);
        for (VersionKind kind : {VersionKind::Import, VersionKind::Append}) {
            std::optional<Transaction> tx;
            {
                auto begun = Transaction::begin(db());
                QVERIFY_OK(begun);
                tx.emplace(std::move(*begun));
            }
            auto writer = DatasetWriter::begin(
                db(), newVersion(kind == VersionKind::Import ? QStringLiteral("new") : QStringLiteral("kept"), kind));
            QVERIFY_OK(writer);
            QVERIFY_OK(writer->addChunk(makeChunk(carColumns(), 0, 100)));
            QVERIFY_OK(writer->addRejects({{7, QStringLiteral("Preis"), QStringLiteral("x"), QStringLiteral("bad")}}));
            QVERIFY(rowsIn(db(), "dataset_chunks") > before[3]);
            // writer never finished; the Transaction is destroyed first (rollback), then the writer.
            tx.reset();
            QVERIFY(!db().inTransaction());
            QVERIFY(!writer->addChunk(makeChunk(carColumns(), 0, 1))); // refuses to write outside it
        }
        for (qsizetype i = 0; i < tables.size(); ++i)
            QCOMPARE(rowsIn(db(), tables[i]), before[i]);
        QCOMPARE(AuditLog::count(db()).value(), auditRows);
        QCOMPARE(AuditLog::list(db(), 0, 1).value().at(0).hash, head);
        QVERIFY(AuditLog::verify(db()).value().ok);
    }

    void writerNeedsTransactionAndMatchingChunks()
    {
        auto outside = DatasetWriter::begin(db(), newVersion(QStringLiteral("cars")));
        QVERIFY(!outside);
        QCOMPARE(outside.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(rowsIn(db(), "datasets"), 0);

        auto tx = Transaction::begin(db());
        QVERIFY_OK(tx);
        auto writer = DatasetWriter::begin(db(), newVersion(QStringLiteral("cars")));
        QVERIFY_OK(writer);
        std::vector<Column> chunk = makeChunk(carColumns(), 0, 10);
        std::vector<Column> wrongType = chunk;
        wrongType[1] = Column(QStringLiteral("year"), ColumnType::Float64);
        QVERIFY(!writer->addChunk(wrongType));
        std::vector<Column> ragged = chunk;
        ragged[2].appendNull();
        QVERIFY(!writer->addChunk(ragged));
        QVERIFY(!writer->addChunk(std::vector<Column>(chunk.begin(), chunk.begin() + 4)));
        // A refused chunk wrote nothing and the writer goes on; an empty chunk is skipped.
        QVERIFY_OK(writer->addChunk(makeChunk(carColumns(), 0, 0)));
        QVERIFY_OK(writer->addChunk(chunk));
        auto info = writer->finish({});
        QVERIFY_OK(info);
        QCOMPARE(info->rowCount, 10);
        QCOMPARE(rowsIn(db(), "dataset_chunks"), 5);
        QVERIFY(!writer->addChunk(chunk)); // finished
        QVERIFY_OK(tx->commit());
    }

    void rejectsAreStoredAndPaged()
    {
        QList<RejectedRow> first, second;
        for (int i = 0; i < 15; ++i)
            first.append({qint64(100 - i), QStringLiteral("Preis"), QStringLiteral("x%1").arg(i),
                QStringLiteral("not a number")});
        for (int i = 0; i < 10; ++i)
            second.append({qint64(200 + i), {}, {}, QStringLiteral("too few fields")});
        auto tx = Transaction::begin(db());
        QVERIFY_OK(tx);
        auto writer = DatasetWriter::begin(db(), newVersion(QStringLiteral("cars")));
        QVERIFY_OK(writer);
        QVERIFY_OK(writer->addRejects(first));
        QVERIFY_OK(writer->addChunk(makeChunk(carColumns(), 0, 10)));
        QVERIFY_OK(writer->addRejects(second));
        QCOMPARE(writer->rejectCount(), 25);
        auto info = writer->finish({});
        QVERIFY_OK(info);
        QVERIFY_OK(tx->commit());

        QCOMPARE(DatasetStore::rejectCount(db(), info->id).value(), 25);
        auto page = DatasetStore::rejects(db(), info->id, 10, 10);
        QVERIFY_OK(page);
        QCOMPARE(page->size(), 10);
        QCOMPARE(page->at(0),
            (RejectedRow {96, QStringLiteral("Preis"), QStringLiteral("x4"), QStringLiteral("not a number")}));
        QCOMPARE(page->at(4).line, 100);
        QCOMPARE(page->at(5), (RejectedRow {200, {}, {}, QStringLiteral("too few fields")}));
        QCOMPARE(page->at(9).line, 204);
        QCOMPARE(DatasetStore::rejects(db(), info->id, 20, 10).value().size(), 5);
        QCOMPARE(page->at(5).toJson().value(QStringLiteral("column")).isNull(), true);
    }

    void contentHashIsStableAndSensitive()
    {
        auto a = writeVersion(db(), newVersion(QStringLiteral("a")), {100, 50});
        auto b = writeVersion(db(), newVersion(QStringLiteral("b")), {100, 50});
        QVERIFY_OK(a);
        QVERIFY_OK(b);
        QCOMPARE(a->contentSha256.size(), 64);
        QCOMPARE(a->contentSha256, b->contentSha256);

        auto tx = Transaction::begin(db());
        QVERIFY_OK(tx);
        auto writer = DatasetWriter::begin(db(), newVersion(QStringLiteral("c")));
        QVERIFY_OK(writer);
        std::vector<Column> chunk = makeChunk(carColumns(), 0, 100);
        chunk[0].doubles()[42] += 0.01;
        QVERIFY_OK(writer->addChunk(chunk));
        QVERIFY_OK(writer->addChunk(makeChunk(carColumns(), 100, 50)));
        auto c = writer->finish({});
        QVERIFY_OK(c);
        QVERIFY_OK(tx->commit());
        QVERIFY(c->contentSha256 != a->contentSha256);
    }

    void auditRowsJoinTheChain()
    {
        auto v1 = writeVersion(db(), newVersion(QStringLiteral("cars")), {30}, 0,
            {{5, QStringLiteral("Preis"), QStringLiteral("?"), QStringLiteral("bad")}});
        QVERIFY_OK(v1);
        QVERIFY_OK(writeVersion(db(), newVersion(QStringLiteral("cars"), VersionKind::Append), {20}, 30));
        auto log = AuditLog::list(db(), 0, 10);
        QVERIFY_OK(log);
        QCOMPARE(log->size(), 3); // workspace.create, dataset.import, dataset.append
        const AuditRecord& import = log->at(1);
        QCOMPARE(import.action, QStringLiteral("dataset.import"));
        QCOMPARE(import.actor, QStringLiteral("alice"));
        QCOMPARE(import.target, QStringLiteral("dataset:cars@1"));
        QCOMPARE(import.details.value(QStringLiteral("rows")).toInteger(), 30);
        QCOMPARE(import.details.value(QStringLiteral("rejects")).toInteger(), 1);
        QCOMPARE(import.details.value(QStringLiteral("content_sha256")).toString(), v1->contentSha256);
        QCOMPARE(import.details.value(QStringLiteral("source_sha256")).toString(), QString(64, QLatin1Char('a')));
        const AuditRecord& append = log->at(0);
        QCOMPARE(append.action, QStringLiteral("dataset.append"));
        QCOMPARE(append.target, QStringLiteral("dataset:cars@2"));
        QCOMPARE(append.details.value(QStringLiteral("rows")).toInteger(), 50);
        QCOMPARE(append.details.value(QStringLiteral("new_rows")).toInteger(), 20);
        QCOMPARE(append.details.value(QStringLiteral("parent_version")).toInteger(), 1);
        QVERIFY(AuditLog::verify(db()).value().ok);
    }
};

namespace valuator::test {
std::unique_ptr<QObject> makeTestDatasetWriter()
{
    return std::make_unique<TestDatasetWriter>();
}
} // namespace valuator::test

#include "TestDatasetWriter.moc"
