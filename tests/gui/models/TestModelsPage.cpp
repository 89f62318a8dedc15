// SPDX-License-Identifier: GPL-3.0-or-later
// The Models page offscreen over a real workspace: train baseline, linear and XGBoost as jobs (live learning
// curve), the leaderboard against RunStore, the advanced parameter editor's validation, comparing runs (every chart
// has one point per stored prediction), rename/tag/delete, and the failed-gate override prompt.
#include "services/import/ImportService.h"
#include "services/jobs/JobRunner.h"
#include "services/quality/QualityService.h"
#include "services/session/Session.h"
#include "services/system/Settings.h"
#include "services/training/RunStore.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/models/CompareCharts.h"
#include "widgets/models/CompareView.h"
#include "widgets/models/Leaderboard.h"
#include "widgets/models/ModelsPage.h"
#include "widgets/models/ParameterDialog.h"
#include "widgets/models/RunTableModel.h"
#include "widgets/models/TrainPanel.h"
#include "widgets/plots/XyChartView.h"
#include "widgets/quality/JobStrip.h"
#include "widgets/quality/VersionCombo.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

using namespace valuator;

#include "ModelsTestUtil.h"

using namespace models_test;

class TestModelsPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_wsPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<JobRunner> m_jobs;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ModelsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    qint64 m_baselineId = 0;
    qint64 m_xgboostId = 0;

    Database& db() { return m_session->workspace()->db(); }

    /// Clicks Train with the panel as set and waits for the stored run; returns its id (0 on failure).
    qint64 trainOnce()
    {
        QSignalSpy done(m_page.get(), &ModelsPage::trainingFinished);
        QSignalSpy failed(m_page.get(), &ModelsPage::trainingFailed);
        QTest::mouseClick(m_page->trainPanel()->trainButton(), Qt::LeftButton);
        if (!m_page->isTraining())
            return 0;
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 90000))
            qWarning() << "training did not finish in time";
        if (done.isEmpty())
            qWarning() << "training failed:" << m_page->banner()->text();
        return done.isEmpty() ? 0 : done.first().first().toLongLong();
    }

    /// The leaderboard's display text of run `id` in `column`.
    QString cell(qint64 id, int column)
    {
        RunTableModel* model = m_page->leaderboard()->model();
        const int row = model->rowOf(id);
        return row < 0 ? QString() : model->index(row, column).data().toString();
    }

    void checkRowMatchesStore(qint64 id)
    {
        auto stored = RunStore::run(db(), id);
        QVERIFY(stored);
        const QLocale locale;
        QCOMPARE(cell(id, RunTableModel::Name), stored->name);
        QCOMPARE(cell(id, RunTableModel::Learner), stored->learner);
        QCOMPARE(cell(id, RunTableModel::Dataset), QStringLiteral("sales@1"));
        QCOMPARE(
            cell(id, RunTableModel::Mae), QStringLiteral("%1 EUR").arg(locale.toString(stored->metrics.mae, 'f', 0)));
        QCOMPARE(
            cell(id, RunTableModel::Rmse), QStringLiteral("%1 EUR").arg(locale.toString(stored->metrics.rmse, 'f', 0)));
        QCOMPARE(cell(id, RunTableModel::Mape),
            QStringLiteral("%1 %").arg(locale.toString(stored->metrics.mape * 100, 'f', 1)));
        QCOMPARE(cell(id, RunTableModel::R2), locale.toString(stored->metrics.r2, 'f', 3));
        RunTableModel* model = m_page->leaderboard()->model();
        QCOMPARE(model->index(model->rowOf(id), RunTableModel::Mae).data(Qt::UserRole).toDouble(), stored->metrics.mae);
        QVERIFY(stored->metrics.count > 0);
        QVERIFY(stored->metrics.mae > 0);
    }

private slots:
    void initTestCase()
    {
        m_wsPath = m_dir.filePath(QStringLiteral("ws.valuator"));
        QVERIFY(Workspace::create(m_wsPath, QStringLiteral("tester")));
        const QString cut = m_dir.filePath(QStringLiteral("sales-2000.csv"));
        QVERIFY(writeCut("sales-clean-10k.csv", cut, 2000));
        QCOMPARE(importFile(m_wsPath, cut, QStringLiteral("sales")).version.rowCount, 2000);
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(keys::kActingUser, QStringLiteral("tester"));
        m_jobs = std::make_unique<JobRunner>();
        m_session = std::make_unique<Session>(*m_settings, *m_jobs);
        QVERIFY(m_session->openWorkspace(m_wsPath));
        m_page = std::make_unique<ModelsPage>(*m_session);
        m_page->resize(1400, 1000);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_modelTester = std::make_unique<QAbstractItemModelTester>(m_page->leaderboard()->model());
        QVERIFY(m_page->trainPanel()->versionCombo()->selectRef(QStringLiteral("sales@1")));
    }

    void cleanupTestCase()
    {
        m_modelTester.reset();
        m_page.reset();
        m_session.reset();
        m_jobs->waitForAll(10000);
        m_jobs.reset();
        m_settings.reset();
    }

    void trainsBaselineAndShowsStoredMetrics()
    {
        TrainPanel* panel = m_page->trainPanel();
        QVERIFY(panel->selectLearner(QStringLiteral("baseline")));
        QVERIFY(panel->selectPreset(QStringLiteral("fast")));
        QVERIFY(panel->selectSplit(QStringLiteral("kfold")));
        panel->foldsSpin()->setValue(4);
        m_baselineId = trainOnce();
        QVERIFY(m_baselineId > 0);
        QCOMPARE(m_page->leaderboard()->model()->rowCount(), 1);
        checkRowMatchesStore(m_baselineId);
        auto stored = RunStore::run(db(), m_baselineId);
        QCOMPARE(stored->config.value(QStringLiteral("split")).toObject().value(QStringLiteral("folds")).toInt(), 4);
        QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Success);
    }

    void trainsLinearWithATimeSplit()
    {
        TrainPanel* panel = m_page->trainPanel();
        QVERIFY(panel->selectLearner(QStringLiteral("linear")));
        QVERIFY(panel->selectSplit(QStringLiteral("time")));
        QVERIFY(!panel->foldsSpin()->isEnabled());
        const qint64 id = trainOnce();
        QVERIFY(id > 0);
        QCOMPARE(m_page->leaderboard()->model()->rowCount(), 2);
        checkRowMatchesStore(id);
    }

    void advancedEditorNamesTheBadParameter()
    {
        TrainPanel* panel = m_page->trainPanel();
        QVERIFY(panel->selectLearner(QStringLiteral("xgboost")));
        QVERIFY(panel->selectPreset(QStringLiteral("fast")));
        panel->openAdvanced();
        ParameterDialog* dialog = panel->parameterDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->setValue(QStringLiteral("max_depth"), QStringLiteral("abc")));
        dialog->accept();
        QVERIFY(dialog->isVisible()); // stays open
        QVERIFY(dialog->errorLabel()->isVisible());
        QCOMPARE(
            dialog->errorLabel()->text(), QStringLiteral("max_depth must be a whole number from 1 to 20, not 'abc'."));
        QCOMPARE(dialog->table()->item(dialog->table()->currentRow(), 0)->text(), QStringLiteral("max_depth"));
        saveScreenshot(*dialog, QStringLiteral("models-parameters"));
        QVERIFY(dialog->setValue(QStringLiteral("max_depth"), QStringLiteral("6")));
        QVERIFY(dialog->setValue(QStringLiteral("rounds"), QStringLiteral("20")));
        dialog->accept();
        QTRY_VERIFY(!panel->parameterDialog());
        const QMap<QString, QString> expected {{QStringLiteral("rounds"), QStringLiteral("20")}};
        QCOMPARE(panel->overrides(), expected);
    }

    void trainsXgboostWithALiveLearningCurve()
    {
        TrainPanel* panel = m_page->trainPanel();
        QVERIFY(panel->selectSplit(QStringLiteral("time")));
        m_xgboostId = trainOnce();
        QVERIFY(m_xgboostId > 0);
        checkRowMatchesStore(m_xgboostId);
        auto stored = RunStore::run(db(), m_xgboostId);
        QCOMPARE(stored->parameters.value(QStringLiteral("rounds")).toVariant().toString(), QStringLiteral("20"));
        // The live chart ends on the final model's curve: 20 rounds of train RMSE, numbered 1..20.
        XyChartView* live = m_page->liveCurve();
        QVERIFY(live->plot());
        QCOMPARE(live->chart().title, QStringLiteral("Learning curve: final model"));
        QCOMPARE(graphPoints(live, 0), 20);
        QCOMPARE(live->chart().series.at(0).x.constLast(), 20.0);
        QCOMPARE(m_page->leaderboard()->model()->rowCount(), 3);
    }

    void comparesTwoRuns()
    {
        QSignalSpy shown(m_page.get(), &ModelsPage::compareShown);
        m_page->leaderboard()->selectIds({m_baselineId, m_xgboostId});
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        const QList<qint64> ids = shown.last().first().value<QList<qint64>>();
        QCOMPARE(ids.size(), 2);
        CompareView* compare = m_page->compareView();
        for (int i = 0; i < 2; ++i) {
            auto predictions = RunStore::predictions(db(), ids.at(i));
            QVERIFY(predictions);
            const int n = int(predictions->actual.size());
            QVERIFY(n > 0);
            QCOMPARE(graphPoints(compare->scatterView(), i), n);
            double histogram = 0; // % of the run's predictions per bin
            for (double share : compare->residualView()->chart().series.at(i).y)
                histogram += share;
            QVERIFY(qAbs(histogram - 100.0) < 1e-9);
            QCOMPARE(graphPoints(compare->residualView(), i), CompareCharts::kResidualBins);
            QVERIFY(compare->segmentView()->chart().series.at(i).x.size() > 0);
        }
        QCOMPARE(compare->scatterView()->plot()->graph(2)->name(), QStringLiteral("y = x (perfect prediction)"));
        QCOMPARE(compare->segmentView()->plot()->plottableCount(), 2); // one bar series per run
        // Only XGBoost records a learning curve; without early stopping (fast preset) the final model has no
        // validation slice, so only its train RMSE is drawn.
        QCOMPARE(compare->curveView()->chart().series.size(), 1);
        QVERIFY(compare->curveView()->chart().series.at(0).name.endsWith(QStringLiteral("train")));
        QCOMPARE(compare->curveView()->chart().series.at(0).x.constFirst(), 1.0);
        QCOMPARE(compare->curveView()->chart().series.at(0).x.size(), 20);
        for (XyChartView* view : {compare->scatterView(), compare->residualView(), compare->segmentView()}) {
            QVERIFY(!view->chart().title.isEmpty());
            QVERIFY(view->plot()->xAxis->label().contains(QStringLiteral("EUR"))
                || view->plot()->yAxis->label().contains(QStringLiteral("EUR")));
            QVERIFY(view->plot()->legend->visible());
            QVERIFY(view->plot()->interactions().testFlag(QCP::iRangeZoom));
        }
        const QString png = m_dir.filePath(QStringLiteral("scatter.png"));
        QVERIFY(compare->scatterView()->saveChart(png));
        QVERIFY(QFileInfo(png).size() > 1000);
        QVERIFY(compare->scatterView()->saveChart(m_dir.filePath(QStringLiteral("scatter.pdf"))));
        saveScreenshot(*m_page, QStringLiteral("models"));
        compare->tabs()->setCurrentIndex(1);
        saveScreenshot(*m_page, QStringLiteral("models-residuals"));
        compare->tabs()->setCurrentIndex(2);
        saveScreenshot(*m_page, QStringLiteral("models-segments"));
        compare->tabs()->setCurrentIndex(3);
        saveScreenshot(*m_page, QStringLiteral("models-curves"));
        compare->tabs()->setCurrentIndex(0);
    }

    void cancelStoresNothing()
    {
        TrainPanel* panel = m_page->trainPanel();
        QVERIFY(panel->selectLearner(QStringLiteral("xgboost")));
        panel->setOverrides({{QStringLiteral("rounds"), QStringLiteral("5000")}});
        const int before = m_page->leaderboard()->model()->rowCount();
        QSignalSpy failed(m_page.get(), &ModelsPage::trainingFailed);
        QTest::mouseClick(panel->trainButton(), Qt::LeftButton);
        QVERIFY(m_page->isTraining());
        QVERIFY(!panel->trainButton()->isEnabled());
        // Cancel once the live curve shows the first rounds: the job is inside the boosting loop.
        QTRY_VERIFY_WITH_TIMEOUT(m_page->liveCurve()->chart().pointCount() > 0, 60000);
        QVERIFY(m_page->jobStrip()->isVisible());
        m_page->cancelTraining();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
        QVERIFY(!m_page->isTraining());
        QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Info);
        QCOMPARE(RunStore::list(db())->size(), before);
        QCOMPARE(m_page->leaderboard()->model()->rowCount(), before);
        panel->setOverrides({});
    }

    void leaderboardSortsByMetric()
    {
        QTableView* view = m_page->leaderboard()->view();
        view->sortByColumn(RunTableModel::Rmse, Qt::AscendingOrder);
        QAbstractItemModel* proxy = view->model();
        double previous = -1;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const double rmse = proxy->index(row, RunTableModel::Rmse).data(Qt::UserRole).toDouble();
            QVERIFY(rmse >= previous);
            previous = rmse;
        }
    }

    void renamesTagsAndDeletesWithConfirmation()
    {
        Leaderboard* board = m_page->leaderboard();
        QVERIFY(board->renameRun(m_baselineId, QStringLiteral("Baseline reference")));
        QCOMPARE(RunStore::run(db(), m_baselineId)->name, QStringLiteral("Baseline reference"));
        QCOMPARE(cell(m_baselineId, RunTableModel::Name), QStringLiteral("Baseline reference"));
        QVERIFY(board->setRunTags(m_baselineId, {QStringLiteral("ref"), QStringLiteral("2k")}));
        QCOMPARE(cell(m_baselineId, RunTableModel::Tags), QStringLiteral("ref, 2k"));

        board->confirmDelete(m_baselineId);
        auto* box = board->findChild<QMessageBox*>(QStringLiteral("deleteRunDialog"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!board->findChild<QMessageBox*>(QStringLiteral("deleteRunDialog")));
        QVERIFY(RunStore::run(db(), m_baselineId));

        board->confirmDelete(m_baselineId);
        box = board->findChild<QMessageBox*>(QStringLiteral("deleteRunDialog"));
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(board->model()->rowCount(), 2);
        QVERIFY(!RunStore::run(db(), m_baselineId));
        QCOMPARE(board->model()->rowOf(m_baselineId), -1);
    }

    void failedGateAsksForAReason()
    {
        const QString cut = m_dir.filePath(QStringLiteral("dirty-2000.csv"));
        QVERIFY(writeCut("sales-dirty-10k.csv", cut, 2000));
        importFile(m_wsPath, cut, QStringLiteral("dirty"));
        QualityRequest request;
        request.dataset = *DatasetRef::parse(QStringLiteral("dirty@1"));
        request.actor = QStringLiteral("tester");
        auto profiled = QualityService::profile(m_wsPath, request);
        QVERIFY(profiled);
        QCOMPARE(profiled->gate, QualityGate::Fail);
        m_session->notifyContentChanged(QStringLiteral("datasets"));
        TrainPanel* panel = m_page->trainPanel();
        QVERIFY(panel->versionCombo()->selectRef(QStringLiteral("dirty@1")));
        QVERIFY(panel->selectLearner(QStringLiteral("baseline")));

        QSignalSpy asked(m_page.get(), &ModelsPage::gateOverrideRequested);
        QTest::mouseClick(panel->trainButton(), Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        QVERIFY(!m_page->isTraining());
        auto* dialog = m_page->findChild<QInputDialog*>(QStringLiteral("gateOverrideDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->labelText().contains(QStringLiteral("dirty@1")));
        QSignalSpy done(m_page.get(), &ModelsPage::trainingFinished);
        dialog->setTextValue(QStringLiteral("Known duplicates, checking the pipeline"));
        dialog->accept();
        QVERIFY(m_page->isTraining());
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 90000);
        auto stored = RunStore::run(db(), done.first().first().toLongLong());
        QVERIFY(stored);
        QCOMPARE(stored->qualityGate, QStringLiteral("fail"));
        QCOMPARE(stored->gateOverride, QStringLiteral("Known duplicates, checking the pipeline"));
    }

    void gateFailingInsideTheJobAsksForAReason()
    {
        // Never checked: the training job profiles the version first, its gate fails, and the page asks then.
        const QString cut = m_dir.filePath(QStringLiteral("dirty-1500.csv"));
        QVERIFY(writeCut("sales-dirty-10k.csv", cut, 1500));
        importFile(m_wsPath, cut, QStringLiteral("unchecked"));
        m_session->notifyContentChanged(QStringLiteral("datasets"));
        TrainPanel* panel = m_page->trainPanel();
        QVERIFY(panel->versionCombo()->selectRef(QStringLiteral("unchecked@1")));
        QVERIFY(panel->selectLearner(QStringLiteral("baseline")));
        const int before = m_page->leaderboard()->model()->rowCount();
        QSignalSpy asked(m_page.get(), &ModelsPage::gateOverrideRequested);
        QSignalSpy failed(m_page.get(), &ModelsPage::trainingFailed);
        QTest::mouseClick(panel->trainButton(), Qt::LeftButton);
        QVERIFY(m_page->isTraining());
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 60000);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_page->leaderboard()->model()->rowCount(), before);
        auto* dialog = m_page->findChild<QInputDialog*>(QStringLiteral("gateOverrideDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->labelText().contains(QStringLiteral("unchecked@1")));
        dialog->reject();
    }

    void emptyWorkspaceSaysToImportFirst()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.valuator"));
        QVERIFY(Workspace::create(path, QStringLiteral("tester")));
        Session session(*m_settings, *m_jobs);
        QVERIFY(session.openWorkspace(path));
        ModelsPage page(session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        VersionCombo* combo = page.trainPanel()->versionCombo();
        QCOMPARE(combo->count(), 0);
        QCOMPARE(combo->currentIndex(), -1);
        QVERIFY(combo->placeholderText().contains(QLatin1String("import")));
        QVERIFY(!page.trainPanel()->trainButton()->isEnabled());
        saveScreenshot(*page.trainPanel(), QStringLiteral("models-empty"));
    }
};

QTEST_MAIN(TestModelsPage)
#include "TestModelsPage.moc"
