// SPDX-License-Identifier: GPL-3.0-or-later
// The Data Quality page in the real main window (offscreen) over a real workspace: run checks as a job, drill down
// to offending rows, column charts, drift between versions, apply fixes into a new version, export the report.
#include "services/datasets/DatasetStore.h"
#include "services/import/ImportService.h"
#include "services/jobs/JobRunner.h"
#include "services/quality/QualityService.h"
#include "services/session/Session.h"
#include "services/system/Settings.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/datasets/TableModel.h"
#include "widgets/plots/ChartView.h"
#include "widgets/quality/CheckListModel.h"
#include "widgets/quality/ChecksTab.h"
#include "widgets/quality/ColumnProfileModel.h"
#include "widgets/quality/ColumnsTab.h"
#include "widgets/quality/DriftFeatureModel.h"
#include "widgets/quality/DriftTab.h"
#include "widgets/quality/FixStepsModel.h"
#include "widgets/quality/FixesTab.h"
#include "widgets/quality/QualityHeader.h"
#include "widgets/quality/QualityPage.h"
#include "widgets/quality/VersionCombo.h"
#include "widgets/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

using namespace valuator;

namespace {

QString fixture(const char* name)
{
    return QDir(QStringLiteral(VALUATOR_FIXTURES_DIR)).filePath(QString::fromUtf8(name));
}

ImportResult importFile(const QString& workspace, const QString& path, const QString& name)
{
    ImportRequest request;
    request.filePath = path;
    request.datasetName = name;
    request.actor = QStringLiteral("tester");
    auto result = ImportService::run(workspace, request);
    if (!result)
        qFatal("import of %s failed: %s", qPrintable(name), qPrintable(result.error().userMessage));
    return *result;
}

/// The count the report gives for check `id` (-1 when absent).
qint64 checkCount(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& c : report.value(QStringLiteral("checks")).toArray())
        if (c[QStringLiteral("id")].toString() == id)
            return c[QStringLiteral("count")].toInteger();
    return -1;
}

void saveShot(QWidget& widget, const QString& name)
{
    QTest::qWait(100); // let queued plot refreshes and layouts settle, as the event loop would for a user
    QDir().mkpath(QStringLiteral(VALUATOR_BINARY_DIR "/screenshots"));
    QVERIFY(widget.grab().save(QStringLiteral(VALUATOR_BINARY_DIR "/screenshots/%1.png").arg(name)));
}

} // namespace

class TestQualityPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_wsPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<JobRunner> m_jobs;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QualityPage* m_page = nullptr;
    ImportResult m_dirty, m_clean;

    bool runChecksOn(const QString& ref)
    {
        if (!m_page->versionCombo()->selectRef(ref))
            return false;
        QSignalSpy shown(m_page, &QualityPage::reportShown);
        m_page->runChecks();
        return shown.wait(60000) || !shown.isEmpty();
    }

private slots:
    void initTestCase()
    {
        m_wsPath = m_dir.filePath(QStringLiteral("ws.valuator"));
        QVERIFY(Workspace::create(m_wsPath, QStringLiteral("tester")));
        m_dirty = importFile(m_wsPath, fixture("sales-dirty-10k.csv"), QStringLiteral("dirty"));
        m_clean = importFile(m_wsPath, fixture("sales-clean-10k.csv"), QStringLiteral("clean"));

        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(keys::kActingUser, QStringLiteral("tester"));
        m_jobs = std::make_unique<JobRunner>();
        m_session = std::make_unique<Session>(*m_settings, *m_jobs);
        QVERIFY(m_session->openWorkspace(m_wsPath));
        m_window = std::make_unique<MainWindow>(*m_session);
        m_page = new QualityPage(*m_session);
        m_window->addPage(QStringLiteral("quality"), QStringLiteral("Data Quality"), QIcon(), m_page);
        m_window->resize(1280, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->showPage(QStringLiteral("quality")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        m_jobs->waitForAll(5000);
        m_jobs.reset();
        m_settings.reset();
    }

    void runChecksShowsTheGateAndExactCounts()
    {
        QVERIFY(runChecksOn(QStringLiteral("dirty@1")));
        QVERIFY(!m_page->isRunning());
        QVERIFY(!m_page->isReportStored());
        const QJsonObject report = m_page->report();
        QCOMPARE(report.value(QStringLiteral("rows")).toInteger(), 10000);
        QCOMPARE(report.value(QStringLiteral("gate")).toString(), QStringLiteral("fail"));
        // Injected dirt of the fixture (see its .stats.json): exact duplicates and repeated (plate, date) pairs.
        QCOMPARE(checkCount(report, QStringLiteral("duplicates.exact_rows")), 79);
        QCOMPARE(checkCount(report, QStringLiteral("duplicates.plate_sale_date")), 78);
        QCOMPARE(checkCount(report, QStringLiteral("impossible.model_year")), 6);
        QCOMPARE(checkCount(report, QStringLiteral("impossible.mileage_km")), 10);

        QVERIFY(m_page->header()->gateBadge()->text().contains(QStringLiteral("FAIL"), Qt::CaseInsensitive));
        QVERIFY(m_page->header()->figuresLabel()->text().contains(QLocale().toString(10000)));

        CheckListModel* checks = m_page->checksTab()->model();
        QAbstractItemModelTester tester(checks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int checkRows = int(report.value(QStringLiteral("checks")).toArray().size());
        QVERIFY(checks->rowCount() >= checkRows); // checks plus contract rules
        const int dupRow = checks->rowOf(CheckEntry::Source::Check, QStringLiteral("duplicates.exact_rows"));
        QVERIFY(dupRow >= 0);
        QCOMPARE(checks->index(dupRow, CheckListModel::Count).data().toString(), QLocale().toString(79));
        QCOMPARE(checks->index(dupRow, CheckListModel::Status).data().toString(),
            CheckListModel::statusText(QStringLiteral("warn")));
        // Reopening reads the stored report of the version.
        const auto stored = QualityService::latestReport(m_session->workspace()->db(), m_dirty.version.id);
        QVERIFY(stored);
        QCOMPARE(stored->id, report.value(QStringLiteral("report_id")).toInteger());
        QCOMPARE(stored->gate, QualityGate::Fail);
        saveShot(*m_window, QStringLiteral("quality-checks"));
    }

    void drillDownShowsTheOffendingRows()
    {
        ChecksTab* tab = m_page->checksTab();
        const int row = tab->model()->rowOf(CheckEntry::Source::Check, QStringLiteral("impossible.mileage_km"));
        QVERIFY(row >= 0);
        tab->view()->setCurrentIndex(tab->model()->index(row, 0));
        QSignalSpy shown(tab, &ChecksTab::rowsShown);
        tab->showRows();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
        QCOMPARE(shown.first().first().toLongLong(), 10);
        QCOMPARE(tab->rowsModel()->rowCount(), 10);
        // Each shown row really has an impossible mileage.
        const int mileageColumn = [&] {
            for (int c = 0; c < tab->rowsModel()->columnCount(); ++c)
                if (tab->rowsModel()
                        ->headerData(c, Qt::Horizontal)
                        .toString()
                        .contains(QStringLiteral("ileage"), Qt::CaseInsensitive))
                    return c;
            return -1;
        }();
        QVERIFY(mileageColumn >= 0);
        for (int r = 0; r < tab->rowsModel()->rowCount(); ++r) {
            const double value = tab->rowsModel()->index(r, mileageColumn).data(TableModel::NumberRole).toDouble();
            QVERIFY2(value < 0 || value > 1500000, qPrintable(QString::number(value)));
        }
    }

    void columnsTabChartsTheSelectedColumn()
    {
        m_page->tabs()->setCurrentWidget(m_page->columnsTab());
        ColumnsTab* tab = m_page->columnsTab();
        QCOMPARE(tab->model()->rowCount(), m_page->report().value(QStringLiteral("columns")).toArray().size());
        QVERIFY(tab->selectColumn(QStringLiteral("sale_price")));
        const ChartSpec& spec = tab->chart()->chart();
        QCOMPARE(spec.kind, ChartSpec::Kind::Histogram);
        QVERIFY(!spec.title.isEmpty());
        QVERIFY(!spec.xLabel.isEmpty());
        QVERIFY(!spec.yLabel.isEmpty());
        double total = 0;
        for (double v : spec.series.value(0).values)
            total += v;
        QVERIFY(total > 9000 && total <= 10000); // every priced row is in a bin
        QVERIFY(tab->chart()->plot());
        QVERIFY(tab->chart()->plot()->plottableCount() >= 1);
        for (const char* suffix : {"png", "svg", "pdf"}) {
            const QString path = m_dir.filePath(QStringLiteral("price.") + QLatin1String(suffix));
            QVERIFY2(tab->chart()->saveChart(path), qPrintable(path));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        saveShot(*m_window, QStringLiteral("quality-columns"));
    }

    void driftComparesTwoVersions()
    {
        m_page->tabs()->setCurrentWidget(m_page->driftTab());
        DriftTab* tab = m_page->driftTab();
        QVERIFY(tab->referenceCombo()->selectRef(QStringLiteral("clean@1")));
        QVERIFY(tab->currentCombo()->selectRef(QStringLiteral("dirty@1")));
        QSignalSpy done(tab, &DriftTab::driftCompared);
        tab->compare();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QVERIFY(tab->driftRun());
        QVERIFY(tab->model()->rowCount() >= 5);
        QVERIFY(tab->psiChart()->chart().barCount() >= 5);
        QCOMPARE(tab->psiChart()->chart().thresholds.size(), 2); // warn 0.1 and alert 0.25
        QVERIFY(!tab->edgesLabel()->text().isEmpty());
        saveShot(*m_window, QStringLiteral("quality-drift"));
    }

    void exportWritesHtmlAndPdfWithCharts()
    {
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        QVERIFY(m_page->exportReport(html));
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray page = h.readAll();
        QVERIFY(page.contains("dirty@1"));
        QVERIFY(page.contains("duplicates.exact_rows"));
        QVERIFY(page.contains("data:image/png;base64,")); // charts are embedded, the file is self-contained
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(m_page->exportReport(pdf));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        QVERIFY(p.size() > 20000);
        QVERIFY(!m_page->exportReport(m_dir.filePath(QStringLiteral("report.docx"))));
    }

    void applyFixesCreatesANewVersion()
    {
        m_page->tabs()->setCurrentWidget(m_page->fixesTab());
        QVERIFY(m_page->versionCombo()->selectRef(QStringLiteral("dirty@1")));
        FixesTab* tab = m_page->fixesTab();
        tab->proposeFixes();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && tab->stepsModel()->rowCount() > 0, 30000);
        QVERIFY(tab->applyButton()->isEnabled());
        QSignalSpy created(m_page, &QualityPage::datasetCreated);
        tab->applyFixes();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 60000);
        QCOMPARE(created.first().first().toString(), QStringLiteral("dirty@2"));
        auto datasets = DatasetStore::listDatasets(m_session->workspace()->db());
        QVERIFY(datasets);
        qint64 rows2 = -1;
        for (const DatasetSummary& d : *datasets)
            for (const DatasetVersionInfo& v : d.versions)
                if (d.name == QStringLiteral("dirty") && v.version == 2)
                    rows2 = v.rowCount;
        QVERIFY(rows2 > 0);
        QVERIFY(rows2 < 10000); // duplicates and impossible rows are gone
        QCOMPARE(m_dirty.version.rowCount, 10000); // the original version is untouched
        saveShot(*m_window, QStringLiteral("quality-fixes"));
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    TestQualityPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestQualityPage.moc"
