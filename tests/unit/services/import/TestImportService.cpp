// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/importing/TableSink.h"
#include "services/datasets/DatasetStore.h"
#include "services/import/ImportService.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Database.h"
#include "services/workspace/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace valuator;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(VALUATOR_FIXTURES_DIR "/") + QLatin1String(name);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Row counts of every table plus the audit head: what "the workspace is exactly as before" means.
QString snapshot(const QString& workspace)
{
    auto ws = Workspace::open(workspace, QStringLiteral("t"));
    if (!ws)
        return ws.error().userMessage;
    auto info = (*ws)->info();
    QStringList parts;
    for (const auto& t : info->tables)
        parts << QStringLiteral("%1=%2").arg(t.table).arg(t.rows);
    auto head = AuditLog::list((*ws)->db(), 0, 1);
    parts << (head && !head->isEmpty() ? head->first().hash : QString());
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestImportService : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ws;

    ImportRequest request(const char* file, const QString& name = {}) const
    {
        ImportRequest r;
        r.filePath = fixture(file);
        r.datasetName = name;
        r.actor = QStringLiteral("tester");
        return r;
    }

private slots:
    void init()
    {
        static int n = 0;
        m_ws = m_dir.filePath(QStringLiteral("ws%1.valuator").arg(++n));
        QVERIFY(Workspace::create(m_ws, QStringLiteral("tester")));
    }

    void importsTheCleanFixture()
    {
        auto result = ImportService::run(m_ws, request("sales-clean-10k.csv"));
        QVERIFY2(result, result ? "" : qPrintable(result.error().userMessage));
        QCOMPARE(result->version.datasetName, QStringLiteral("sales-clean-10k"));
        QCOMPARE(result->version.version, 1);
        QCOMPARE(result->version.rowCount, 10000);
        QCOMPARE(result->stats.rowsRejected, 0);
        const QByteArray bytes = readAll(fixture("sales-clean-10k.csv"));
        QCOMPARE(
            result->sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        const QJsonObject json = result->toJson();
        for (const char* key : {"dataset", "version", "rows_read", "rows_imported", "rows_rejected", "rejected",
                 "dialect", "columns", "sha256", "seconds"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        const QJsonObject dialect = json.value(QStringLiteral("dialect")).toObject();
        QCOMPARE(dialect.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-8"));
        QCOMPARE(dialect.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
        QCOMPARE(dialect.value(QStringLiteral("decimal")).toString(), QStringLiteral("."));
        QCOMPARE(dialect.value(QStringLiteral("header")).toBool(), true);

        // What is stored equals what the engine reads in memory.
        auto ws = Workspace::open(m_ws);
        QVERIFY(ws);
        auto version = DatasetStore::resolve((*ws)->db(), *DatasetRef::parse(QStringLiteral("sales-clean-10k")));
        QVERIFY(version);
        QCOMPARE(version->sourceSha256, result->sha256);
        auto table = DatasetStore::loadTable((*ws)->db(), version->id);
        QVERIFY(table);
        auto memory = importCsvToTable(bytes);
        QVERIFY(memory);
        QCOMPARE(table->columnNames(), memory->table.columnNames());
        for (int c = 0; c < table->columnCount(); ++c)
            for (int64_t row = 0; row < table->rowCount(); row += 37)
                QCOMPARE(table->column(c).displayText(row), memory->table.column(c).displayText(row));
        auto audit = AuditLog::list((*ws)->db(), 0, 1);
        QCOMPARE(audit->first().action, QStringLiteral("dataset.import"));
        QVERIFY(AuditLog::verify((*ws)->db())->ok);
    }

    void rejectsAreStoredAndExported()
    {
        const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("brand,model,model_year,mileage_km,sale_date,sale_price\n"
                "VW,Golf,2015,100000,2020-01-02,9000\n"
                "VW,\"Golf, GTI\",2015,lots,2020-01-02,9000\n"
                "VW,Golf,2015\n");
        f.close();
        ImportRequest r;
        r.filePath = csv;
        r.actor = QStringLiteral("tester");
        auto result = ImportService::run(m_ws, r);
        QVERIFY(result);
        QCOMPARE(result->stats.rowsImported, 1);
        QCOMPARE(result->stats.rowsRejected, 2);
        QCOMPARE(result->rejected.size(), 2);
        QCOMPARE(result->rejected[0].line, 3);
        QCOMPARE(result->rejected[0].column, QStringLiteral("mileage_km"));
        auto ws = Workspace::open(m_ws);
        QCOMPARE(*DatasetStore::rejectCount((*ws)->db(), result->version.id), 2);
        const QString out = m_dir.filePath(QStringLiteral("rejects.csv"));
        QVERIFY(ImportService::exportRejects(result->rejected, out));
        const QByteArray bytes = readAll(out);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // BOM, so Excel reads UTF-8
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.startsWith(QStringLiteral("line,column,reason,raw\r\n3,mileage_km,")));
        QVERIFY(text.contains(QStringLiteral("\r\n4,,")));
    }

    void appendAddsAVersion()
    {
        QVERIFY(ImportService::run(m_ws, request("sales-euro-5k.csv", QStringLiteral("euro"))));
        ImportRequest again = request("sales-euro-cp1252-5k.csv", QStringLiteral("euro"));
        again.append = true;
        auto second = ImportService::run(m_ws, again);
        QVERIFY2(second, second ? "" : qPrintable(second.error().userMessage));
        QCOMPARE(second->version.version, 2);
        QCOMPARE(second->version.rowCount, 2 * (5000 - second->stats.rowsRejected));
        QCOMPARE(second->toJson().value(QStringLiteral("dialect")).toObject().value(QStringLiteral("encoding")),
            QStringLiteral("windows-1252"));
    }

    void failuresLeaveTheWorkspaceAsItWas()
    {
        QVERIFY(ImportService::run(m_ws, request("sales-clean-10k.csv", QStringLiteral("sales"))));
        const QString before = snapshot(m_ws);
        const QByteArray fileBefore = readAll(m_ws);

        // Same name without --append.
        auto clash = ImportService::run(m_ws, request("sales-clean-10k.csv", QStringLiteral("sales")));
        QVERIFY(!clash);
        QVERIFY(clash.error().userMessage.contains(QStringLiteral("append")));
        QCOMPARE(snapshot(m_ws), before);

        // Cancelled midway.
        int calls = 0;
        auto cancelled = ImportService::run(
            m_ws, request("sales-dirty-10k.csv", QStringLiteral("other")), [&](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QCOMPARE(snapshot(m_ws), before);

        // Header only: no data rows is an error, not an empty dataset.
        const QString headerOnly = m_dir.filePath(QStringLiteral("header.csv"));
        QFile f(headerOnly);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("brand,model,model_year,mileage_km,sale_date,sale_price\n");
        f.close();
        ImportRequest r;
        r.filePath = headerOnly;
        r.actor = QStringLiteral("tester");
        auto empty = ImportService::run(m_ws, r);
        QVERIFY(!empty);
        QVERIFY(empty.error().userMessage.contains(QStringLiteral("no data rows")));
        QCOMPARE(snapshot(m_ws), before);

        // A required field missing from the mapping names the field.
        ImportRequest noYear = request("sales-clean-10k.csv", QStringLiteral("noyear"));
        ColumnMapping m
            = ColumnMapping::autoMap(QStringLiteral("plate,brand,model,model_year,mileage_km").split(QLatin1Char(',')));
        m.clear(CarField::ModelYear);
        noYear.overrides.mapping = m;
        auto missing = ImportService::run(m_ws, noYear);
        QVERIFY(!missing);
        QVERIFY(missing.error().userMessage.contains(QStringLiteral("model_year")));
        QCOMPARE(snapshot(m_ws), before);

        // Missing file.
        auto nofile = ImportService::run(m_ws, request("does-not-exist.csv"));
        QVERIFY(!nofile);
        QCOMPARE(nofile.error().code, ErrorCode::NotFound);
        QCOMPARE(snapshot(m_ws), before);
        Q_UNUSED(fileBefore);
    }

    void mappingFilesRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("map.json"));
        ColumnMapping m = ColumnMapping::autoMap({QStringLiteral("Marke"), QStringLiteral("Preis")});
        QVERIFY(ImportService::saveMapping(m, path));
        auto back = ImportService::loadMapping(path);
        QVERIFY(back);
        QCOMPARE(*back, m);
        QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\n \"format\": \"car-valuator-mapping\",\n \"fields\": [\n");
        broken.close();
        auto bad = ImportService::loadMapping(broken.fileName());
        QVERIFY(!bad);
        QVERIFY2(
            bad.error().userMessage.contains(QStringLiteral("broken.json: line")), qPrintable(bad.error().userMessage));
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "TestImportService.moc"
