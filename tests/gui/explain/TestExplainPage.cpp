// SPDX-License-Identifier: GPL-3.0-or-later
// The Explain page offscreen over a real workspace with an XGBoost and a linear model: the global explanation
// (importance bars in mean |SHAP| order, beeswarm points, dependence, PDP/ICE, coefficients), one car's waterfall and
// dealer sheet (both summing to the price), what-if on mileage, the fairness check against FairnessService::latest,
// chart exports and the HTML/PDF explanation reports. Screenshots of the three tabs.
#include "services/explain/FairnessService.h"
#include "services/jobs/JobContext.h"
#include "services/jobs/JobRunner.h"
#include "services/session/Session.h"
#include "services/system/Settings.h"
#include "services/training/TrainingService.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/explain/CarTab.h"
#include "widgets/explain/ExplainCharts.h"
#include "widgets/explain/ExplainPage.h"
#include "widgets/explain/ExplainPlots.h"
#include "widgets/explain/FairnessTab.h"
#include "widgets/explain/GlobalTab.h"
#include "widgets/plots/ChartView.h"
#include "widgets/plots/XyChartView.h"
#include "widgets/quality/JobStrip.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <qcustomplot.h>

#include <atomic>
#include <cmath>

using namespace valuator;

#include "../models/ModelsTestUtil.h"

using namespace models_test;

class TestExplainPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_wsPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<JobRunner> m_jobs;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ExplainPage> m_page;
    qint64 m_xgb = 0;
    qint64 m_linear = 0;

    qint64 train(const QString& learner)
    {
        TrainRequest r;
        r.dataset = *DatasetRef::parse(QStringLiteral("sales"));
        r.config.learner.learner = learner;
        if (learner == QLatin1String("xgboost"))
            r.config.learner.overrides = {{QStringLiteral("rounds"), QStringLiteral("30")}};
        r.config.split.folds = 3;
        r.config.threads = 1;
        r.actor = QStringLiteral("tester");
        auto trained = TrainingService::train(m_wsPath, r);
        if (!trained)
            qWarning() << trained.error().userMessage << trained.error().detail;
        return trained ? trained->run.id : 0;
    }

    /// Selects `modelId` and waits for its explanation; false when it failed.
    bool explainModel(qint64 modelId)
    {
        QSignalSpy ready(m_page.get(), &ExplainPage::explanationReady);
        QSignalSpy failed(m_page.get(), &ExplainPage::explanationFailed);
        if (!m_page->selectModel(modelId))
            return false;
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 120000))
            return false;
        if (ready.isEmpty())
            qWarning() << "explanation failed:" << m_page->banner()->text();
        return !ready.isEmpty() && m_page->currentModelId() == modelId;
    }

    static QCPBars* firstBars(XyChartView* view)
    {
        for (int i = 0; view->plot() && i < view->plot()->plottableCount(); ++i)
            if (auto* bars = qobject_cast<QCPBars*>(view->plot()->plottable(i)))
                return bars;
        return nullptr;
    }

    static int points(XyChartView* view)
    {
        int n = 0;
        for (int i = 0; view->plot() && i < view->plot()->graphCount(); ++i)
            n += view->plot()->graph(i)->data()->size();
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_wsPath = m_dir.filePath(QStringLiteral("ws.valuator"));
        QVERIFY(Workspace::create(m_wsPath, QStringLiteral("tester")));
        const QString cut = m_dir.filePath(QStringLiteral("sales-2000.csv"));
        QVERIFY(writeCut("sales-clean-10k.csv", cut, 2000));
        QCOMPARE(importFile(m_wsPath, cut, QStringLiteral("sales")).version.rowCount, 2000);
        m_xgb = train(QStringLiteral("xgboost"));
        m_linear = train(QStringLiteral("linear"));
        QVERIFY(m_xgb > 0);
        QVERIFY(m_linear > 0);
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(keys::kActingUser, QStringLiteral("tester"));
        m_jobs = std::make_unique<JobRunner>();
        m_session = std::make_unique<Session>(*m_settings, *m_jobs);
        QVERIFY(m_session->openWorkspace(m_wsPath));
        m_page = std::make_unique<ExplainPage>(*m_session);
        m_page->resize(1500, 1000);
        m_page->show();
        QCOMPARE(m_page->modelCombo()->count(), 2);
    }

    void globalExplanation()
    {
        QVERIFY(explainModel(m_xgb));
        const GlobalExplanation& g = m_page->outcome()->explanation.global;
        const int features = int(m_page->outcome()->model.spec.featureNames().size());
        QVERIFY(features > 5);
        QCOMPARE(int(g.importance.size()), features);
        // One bar per feature, in mean |SHAP| order, heights = shares of the total.
        QCPBars* bars = firstBars(m_page->globalTab()->importanceView());
        QVERIFY(bars);
        QCOMPARE(bars->data()->size(), features);
        double total = 0;
        for (const FeatureImportance& f : g.importance)
            total += f.meanAbsShap;
        const XyChartSpec& spec = m_page->globalTab()->importanceView()->chart();
        QCOMPARE(spec.categories.size(), features);
        QCOMPARE(spec.series.size(), 2); // mean |SHAP| and XGBoost gain
        for (int i = 0; i < features; ++i) {
            QCOMPARE(spec.categories.at(i), ExplainCharts::featureTitle(g.importance.at(i).feature));
            QCOMPARE(bars->data()->at(i)->value, 100.0 * g.importance.at(i).meanAbsShap / total);
            if (i > 0)
                QVERIFY(bars->data()->at(i)->value <= bars->data()->at(i - 1)->value);
        }
        // Beeswarm: one dot per sampled car and shown feature.
        QCOMPARE(g.summary.rowCount(), 500);
        QCOMPARE(points(m_page->globalTab()->beeswarmView()), 500 * std::min(20, features));
        QVERIFY(points(m_page->globalTab()->dependenceView()) > 0);
        QCOMPARE(m_page->globalTab()->dependenceFeature()->currentData().toString(), g.importance.first().feature);
        for (XyChartView* pdp : m_page->globalTab()->pdpViews())
            QCOMPARE(points(pdp), 31 * 20); // 30 ICE curves and the average, 20 grid points each
        QVERIFY(!m_page->globalTab()->coefficientView()->plot()); // XGBoost: no coefficients
        m_page->tabs()->setCurrentIndex(0);
        saveScreenshot(*m_page, QStringLiteral("explain-global"));
        saveScreenshot(
            *m_page->globalTab()->dependenceView()->parentWidget(), QStringLiteral("explain-global-dependence"));
        saveScreenshot(
            *m_page->globalTab()->pdpViews().first()->parentWidget(), QStringLiteral("explain-global-charts"));
    }

    void waterfallSumsToPrice()
    {
        CarTab* car = m_page->carTab();
        QVERIFY(car->hasExplanation());
        QCOMPARE(car->carCombo()->count(), 10);
        QVERIFY(!car->car().contains(QStringLiteral("plate")));
        const CarExplanation& e = car->explanation();
        const QList<WaterfallStep>& steps = car->waterfall().steps;
        QVERIFY(steps.size() >= 3);
        QCOMPARE(steps.first().kind, WaterfallStep::Kind::Base);
        QCOMPARE(steps.first().end, e.basePrice);
        QCOMPARE(steps.last().kind, WaterfallStep::Kind::Price);
        QCOMPARE(steps.last().end, e.price);
        double level = e.basePrice;
        for (qsizetype i = 1; i + 1 < steps.size(); ++i) {
            QCOMPARE(steps.at(i).start, level);
            level += steps.at(i).delta();
        }
        QVERIFY(std::abs(level - e.price) <= 1e-6 * e.price);
        QCOMPARE(ExplainPlots::waterfallBars(*car->waterfallView()), int(steps.size()));
        // The dealer sheet: lines in currency summing to the price, then the price row.
        QTableWidget* sheet = car->dealerTable();
        QCOMPARE(sheet->rowCount(), int(e.dealerLines.size()) + 1);
        double sum = 0;
        for (int r = 0; r + 1 < sheet->rowCount(); ++r)
            sum += sheet->item(r, 2)->data(Qt::UserRole).toDouble();
        QVERIFY(std::abs(sum - e.price) <= 1e-6 * e.price);
        QCOMPARE(sheet->item(sheet->rowCount() - 1, 2)->data(Qt::UserRole).toDouble(), e.price);
    }

    void whatIfMileage()
    {
        CarTab* car = m_page->carTab();
        const double price = car->explanation().price;
        const DealerLine* line = car->explanation().line(QStringLiteral("mileage"));
        QVERIFY(line);
        const double mileageAmount = line->amount;
        QSignalSpy explained(car, &CarTab::carExplained);
        car->mileageSpin()->setValue(car->mileageSpin()->value() + 150000);
        QCOMPARE(explained.size(), 1); // synchronous, no job
        QCOMPARE(car->car().value(QStringLiteral("mileage_km")).toDouble(), double(car->mileageSpin()->value()));
        QVERIFY(car->explanation().price < price);
        QVERIFY(car->explanation().line(QStringLiteral("mileage"))->amount < mileageAmount);
        QCOMPARE(car->waterfall().steps.last().end, car->explanation().price);
        m_page->tabs()->setCurrentWidget(car);
        saveScreenshot(*m_page, QStringLiteral("explain-car"));
    }

    void fairnessRunsAndMatchesStore()
    {
        FairnessTab* tab = m_page->fairnessTab();
        QVERIFY(!tab->record());
        QCOMPARE(tab->table()->rowCount(), 0);
        QSignalSpy finished(tab, &FairnessTab::checkFinished);
        QTest::mouseClick(tab->runButton(), Qt::LeftButton);
        QVERIFY(tab->isRunning());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), true);
        auto latest = FairnessService::latest(m_session->workspace()->db(), m_xgb);
        QVERIFY(latest);
        QVERIFY(tab->record());
        QCOMPARE(tab->record()->id, latest->id);
        const QList<SegmentError>& segments = latest->report.segments;
        QCOMPARE(tab->table()->rowCount(), int(segments.size()));
        for (int r = 0; r < segments.size(); ++r) {
            QCOMPARE(tab->table()->item(r, 0)->text(), segments.at(r).dimension);
            QCOMPARE(tab->table()->item(r, 1)->text(), segments.at(r).segment);
            QCOMPARE(tab->table()->item(r, 2)->data(Qt::UserRole).toDouble(), double(segments.at(r).count));
            QCOMPARE(tab->table()->item(r, 4)->data(Qt::UserRole).toDouble(), segments.at(r).mape);
            QCOMPARE(tab->table()->item(r, 6)->data(Qt::UserRole).toBool(), segments.at(r).flagged);
        }
        // The chart shows the chosen dimension's segments, one bar each.
        const QString dimension = tab->dimensionCombo()->currentData().toString();
        QCOMPARE(dimension, latest->report.options.by.first());
        int inDimension = 0;
        for (const SegmentError& s : segments)
            inDimension += s.dimension == dimension ? 1 : 0;
        QCOMPARE(tab->chartView()->chart().barCount(), inDimension);
        m_page->tabs()->setCurrentWidget(tab);
        saveScreenshot(*m_page, QStringLiteral("explain-fairness"));
    }

    void chartsExport()
    {
        QList<XyChartView*> views = m_page->globalTab()->charts();
        views << m_page->carTab()->waterfallView();
        int saved = 0;
        for (XyChartView* view : views) {
            if (!view->plot())
                continue;
            for (const char* suffix : {"png", "svg", "pdf"}) {
                const QString path = m_dir.filePath(view->objectName() + QLatin1Char('.') + QLatin1String(suffix));
                QVERIFY2(view->saveChart(path), qPrintable(path));
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray head = file.read(512);
                if (QLatin1String(suffix) == QLatin1String("svg")) // a vector drawing with the chart's title
                    QVERIFY(head.contains("<svg") && (head + file.readAll()).contains("<title>"));
                else
                    QVERIFY(head.startsWith(QLatin1String(suffix) == QLatin1String("png") ? "\x89PNG" : "%PDF-"));
                ++saved;
            }
        }
        QCOMPARE(saved, 3 * 6); // importance, beeswarm, dependence, two PDPs, waterfall
        QVERIFY(!views.first()->saveChart(m_dir.filePath(QStringLiteral("chart.bmp")))); // named formats only
        const QString fairness = m_dir.filePath(QStringLiteral("fairness.pdf"));
        QVERIFY(m_page->fairnessTab()->chartView()->saveChart(fairness));
        QVERIFY(QFileInfo(fairness).size() > 0);
    }

    void reportsExport()
    {
        for (const char* suffix : {"html", "pdf"}) {
            const QString car = m_dir.filePath(QStringLiteral("car.") + QLatin1String(suffix));
            const QString model = m_dir.filePath(QStringLiteral("model.") + QLatin1String(suffix));
            const Status carSaved = m_page->exportCarReport(car);
            QVERIFY2(carSaved, carSaved ? "" : qPrintable(carSaved.error().userMessage));
            QVERIFY(m_page->exportModelReport(model));
            QVERIFY(QFileInfo(car).size() > 1000);
            QVERIFY(QFileInfo(model).size() > 1000);
        }
        QFile html(m_dir.filePath(QStringLiteral("model.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        // importance, beeswarm, two PDPs and one fairness chart per segment dimension
        const auto latest = FairnessService::latest(m_session->workspace()->db(), m_xgb);
        QVERIFY(latest);
        QCOMPARE(text.count(QStringLiteral("data:image/png;base64,")), 4 + int(latest->report.options.by.size()));
        QVERIFY(!text.contains(QStringLiteral("@chart:")));
        QVERIFY(text.contains(QStringLiteral("Fairness")));
        QFile carHtml(m_dir.filePath(QStringLiteral("car.html")));
        QVERIFY(carHtml.open(QIODevice::ReadOnly));
        const QString carText = QString::fromUtf8(carHtml.readAll());
        QCOMPARE(carText.count(QStringLiteral("data:image/png;base64,")), 1);
        QVERIFY(!carText.contains(QStringLiteral(">plate<")));
        QVERIFY(!m_page->exportCarReport(m_dir.filePath(QStringLiteral("car.txt"))));
        // Kept next to the screenshots for a look at the layout.
        for (const char* name : {"car.pdf", "model.pdf"}) {
            const QString kept
                = QStringLiteral(VALUATOR_BINARY_DIR "/screenshots/explain-report-") + QLatin1String(name);
            QFile::remove(kept);
            QVERIFY(QFile::copy(m_dir.filePath(QLatin1String(name)), kept));
        }
    }

    void linearModelShowsCoefficients()
    {
        QVERIFY(explainModel(m_linear));
        const GlobalExplanation& g = m_page->outcome()->explanation.global;
        QCOMPARE(g.learner, QStringLiteral("linear"));
        QVERIFY(!g.coefficients.isEmpty());
        XyChartView* coefficients = m_page->globalTab()->coefficientView();
        QVERIFY(coefficients->plot());
        const int shown = std::min(25, int(g.coefficients.size()));
        QCOMPARE(coefficients->chart().categories.size(), shown);
        QCOMPARE(coefficients->chart().series.last().y.size(), shown);
        QCOMPARE(m_page->globalTab()->importanceView()->chart().series.size(), 1); // no gain for linear models
        QVERIFY(!m_page->fairnessTab()->record()); // fairness results belong to the XGBoost model
        saveScreenshot(*coefficients, QStringLiteral("explain-coefficients"));
    }

    void cancelExplanation()
    {
        QSignalSpy failed(m_page.get(), &ExplainPage::explanationFailed);
        m_page->explain();
        QVERIFY(m_page->isExplaining());
        m_page->jobStrip()->cancel();
        QVERIFY(failed.wait(60000));
        QVERIFY(!m_page->isExplaining());
        QVERIFY(!m_page->banner()->isVisible()); // a cancel is no error
        QCOMPARE(m_page->outcome()->model.run.id, m_linear); // the previous explanation stays
    }

    void cancelFairnessStoresNothing()
    {
        QVERIFY(explainModel(m_xgb));
        Database& db = m_session->workspace()->db();
        const auto before = FairnessService::list(db, m_xgb);
        QVERIFY(before);
        QCOMPARE(before->size(), 1);
        FairnessTab* tab = m_page->fairnessTab();
        QCOMPARE(tab->record()->id, before->first().id); // the stored check is shown again
        QSignalSpy finished(tab, &FairnessTab::checkFinished);
        // Keep every pool thread busy so the check is still queued when Cancel is pressed: without this, a fast
        // check on an idle machine could finish before the cancel request reaches it (a flaky test, not a bug).
        std::atomic<bool> release {false};
        for (int i = 0; i < m_jobs->maxThreads(); ++i)
            m_jobs->start(QStringLiteral("blocker"), [&release](JobContext&) -> Status {
                while (!release.load())
                    QThread::msleep(1);
                return {};
            });
        tab->runCheck();
        QVERIFY(tab->isRunning());
        tab->jobStrip()->cancel();
        release = true;
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(FairnessService::list(db, m_xgb)->size(), 1);
        QCOMPARE(tab->record()->id, before->first().id);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_jobs->waitForAll();
    }
};

QTEST_MAIN(TestExplainPage)
#include "TestExplainPage.moc"
