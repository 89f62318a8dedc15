// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/datasets/DatasetStore.h"
#include "services/import/ImportService.h"
#include "services/quality/QualityService.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Database.h"
#include "services/workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace valuator;

namespace {

const QDate kReferenceDate(2025, 6, 30);

DatasetRef ref(const QString& text)
{
    return *DatasetRef::parse(text);
}

QString auditHead(const QString& workspace)
{
    auto ws = Workspace::open(workspace);
    return AuditLog::list((*ws)->db(), 0, 1)->first().action;
}

qint64 count(const QString& workspace, const QString& table)
{
    auto ws = Workspace::open(workspace);
    return *(*ws)->db().queryInt64(QStringLiteral("SELECT count(*) FROM %1").arg(table));
}

} // namespace

class TestQualityService : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ws;

    void import(const char* fixture, const QString& name)
    {
        ImportRequest r;
        r.filePath = QStringLiteral(VALUATOR_FIXTURES_DIR "/") + QLatin1String(fixture);
        r.datasetName = name;
        r.actor = QStringLiteral("tester");
        QVERIFY(ImportService::run(m_ws, r));
    }

    QualityRequest request(const QString& dataset) const
    {
        QualityRequest q;
        q.dataset = ref(dataset);
        q.referenceDate = kReferenceDate;
        q.actor = QStringLiteral("tester");
        return q;
    }

private slots:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("q.valuator"));
        QVERIFY(Workspace::create(m_ws, QStringLiteral("tester")));
        import("sales-dirty-10k.csv", QStringLiteral("dirty"));
        import("sales-clean-10k.csv", QStringLiteral("clean"));
    }

    void profileStoresTheReportAndTheGate()
    {
        auto run = QualityService::profile(m_ws, request(QStringLiteral("dirty")));
        QVERIFY2(run, run ? "" : qPrintable(run.error().userMessage));
        QCOMPARE(run->gate, QualityGate::Fail); // impossible values fail checks and contract
        const QJsonObject json = run->toJson();
        for (const char* key : {"rows", "columns", "checks", "duplicates", "gate", "contract"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 10000);
        QCOMPARE(json.value(QStringLiteral("gate")).toString(), QStringLiteral("fail"));
        const QJsonObject column = json.value(QStringLiteral("columns")).toArray().first().toObject();
        for (const char* key : {"name", "type", "missing", "distinct"})
            QVERIFY2(column.contains(QLatin1String(key)), key);
        QCOMPARE(auditHead(m_ws), QStringLiteral("quality.profile"));

        auto ws = Workspace::open(m_ws);
        auto stored = QualityService::latestReport((*ws)->db(), run->version.id);
        QVERIFY(stored);
        QCOMPARE(stored->id, run->reportId);
        QCOMPARE(stored->gate, QualityGate::Fail);
        QCOMPARE(stored->report.value(QStringLiteral("rows")).toInt(), 10000);
        QCOMPARE(*QualityService::gate((*ws)->db(), run->version.id), QualityGate::Fail);
    }

    void cleanDataPassesTheContract()
    {
        auto run = QualityService::profile(m_ws, request(QStringLiteral("clean")));
        QVERIFY(run);
        QCOMPARE(run->contract.gate, RuleStatus::Pass);
        QVERIFY(run->gate != QualityGate::Fail);
    }

    void unprofiledVersionHasNoGate()
    {
        import("sales-euro-5k.csv", QStringLiteral("euro"));
        auto ws = Workspace::open(m_ws);
        auto version = DatasetStore::resolve((*ws)->db(), ref(QStringLiteral("euro")));
        auto gate = QualityService::gate((*ws)->db(), version->id);
        QVERIFY(!gate);
        QCOMPARE(gate.error().code, ErrorCode::NotFound);
    }

    void overridingAFailedGateNeedsAReasonAndIsAudited()
    {
        auto ws = Workspace::open(m_ws);
        auto version = DatasetStore::resolve((*ws)->db(), ref(QStringLiteral("dirty")));
        QVERIFY(!QualityService::overrideGate((*ws)->db(), version->id, QStringLiteral("  "), QStringLiteral("t")));
        QVERIFY(QualityService::overrideGate(
            (*ws)->db(), version->id, QStringLiteral("known dirt, training anyway"), QStringLiteral("anna")));
        const AuditRecord head = AuditLog::list((*ws)->db(), 0, 1)->first();
        QCOMPARE(head.action, QStringLiteral("quality.gate_override"));
        QCOMPARE(head.actor, QStringLiteral("anna"));
        QCOMPARE(
            head.details.value(QStringLiteral("reason")).toString(), QStringLiteral("known dirt, training anyway"));
        QVERIFY(AuditLog::verify((*ws)->db())->ok);
    }

    void badContractNamesTheLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v3.0.2\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: active\nschema:\n"
                "  - name: sales\n    properties:\n      - name: mileage_km\n        logicalType: number\n"
                "        logicalTypeOptions:\n          minimum: abc\n");
        f.close();
        QualityRequest q = request(QStringLiteral("dirty"));
        q.contractPath = path;
        const qint64 before = count(m_ws, QStringLiteral("quality_reports"));
        auto run = QualityService::profile(m_ws, q);
        QVERIFY(!run);
        QVERIFY2(run.error().userMessage.contains(QStringLiteral("bad.yaml:12:")), qPrintable(run.error().userMessage));
        QCOMPARE(count(m_ws, QStringLiteral("quality_reports")), before);
    }

    void driftIsStored()
    {
        auto run = QualityService::drift(
            m_ws, ref(QStringLiteral("clean@1")), ref(QStringLiteral("dirty@1")), {}, QStringLiteral("tester"));
        QVERIFY(run);
        QVERIFY(run->reportId > 0);
        QVERIFY(!run->report.features.isEmpty());
        const QJsonObject json = run->toJson();
        const QJsonObject feature = json.value(QStringLiteral("features")).toArray().first().toObject();
        for (const char* key : {"psi", "status", "name"})
            QVERIFY2(feature.contains(QLatin1String(key)), key);
        QCOMPARE(auditHead(m_ws), QStringLiteral("quality.drift"));
    }

    void cleaningMakesAReproducibleNewVersion()
    {
        auto plan = QualityService::proposePlan(m_ws, ref(QStringLiteral("dirty@1")), {}, QStringLiteral("tester"));
        QVERIFY(plan);
        auto only = plan->only({QStringLiteral("duplicates"), QStringLiteral("impossible")});
        QVERIFY(only);
        auto first = QualityService::clean(m_ws, ref(QStringLiteral("dirty@1")), *only, QStringLiteral("tester"));
        QVERIFY2(first, first ? "" : qPrintable(first.error().userMessage));
        QCOMPARE(first->cleaned.kind, VersionKind::Clean);
        QCOMPARE(first->cleaned.parentId, first->source.id);
        QVERIFY(first->cleaned.rowCount < 10000);
        QVERIFY(first->cleaned.report.contains(QStringLiteral("cleaning_plan")));
        // The same plan on the same source gives the same content.
        auto second = QualityService::clean(m_ws, ref(QStringLiteral("dirty@1")), *only, QStringLiteral("tester"));
        QVERIFY(second);
        QCOMPARE(second->cleaned.contentSha256, first->cleaned.contentSha256);
        QCOMPARE(second->cleaned.version, first->cleaned.version + 1);
        // The source version is untouched.
        auto ws = Workspace::open(m_ws);
        QCOMPARE(DatasetStore::resolve((*ws)->db(), ref(QStringLiteral("dirty@1")))->rowCount, 10000);
    }

    void cancelStoresNothing()
    {
        const qint64 reports = count(m_ws, QStringLiteral("quality_reports"));
        const qint64 versions = count(m_ws, QStringLiteral("dataset_versions"));
        const QString head = auditHead(m_ws);
        int calls = 0;
        auto cancelled = QualityService::profile(
            m_ws, request(QStringLiteral("dirty")), [&](qint64, qint64) { return ++calls < 3; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        calls = 0;
        auto plan
            = CleaningPlan::fromJson(QJsonObject {{QStringLiteral("format"), QStringLiteral("valuator.cleaning-plan")},
                {QStringLiteral("version"), 1}, {QStringLiteral("steps"), QJsonArray()}});
        QVERIFY(plan);
        QVERIFY(!QualityService::clean(m_ws, ref(QStringLiteral("dirty")), *plan, QStringLiteral("t"))); // no steps
        QCOMPARE(count(m_ws, QStringLiteral("quality_reports")), reports);
        QCOMPARE(count(m_ws, QStringLiteral("dataset_versions")), versions);
        QCOMPARE(auditHead(m_ws), head);
    }
};

QTEST_GUILESS_MAIN(TestQualityService)
#include "TestQualityService.moc"
