// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/ModelsPage.h"

#include "services/datasets/DatasetStore.h"
#include "services/jobs/JobRunner.h"
#include "services/quality/QualityService.h"
#include "services/session/Session.h"
#include "services/training/TrainingService.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/models/CompareCharts.h"
#include "widgets/models/CompareData.h"
#include "widgets/models/CompareView.h"
#include "widgets/models/CurveRelay.h"
#include "widgets/models/Leaderboard.h"
#include "widgets/models/TrainPanel.h"
#include "widgets/plots/XyChartView.h"
#include "widgets/quality/JobStrip.h"
#include "widgets/quality/VersionCombo.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>

namespace valuator {
namespace {

const QString kDatasetsContent = QStringLiteral("datasets");
const QString kModelsContent = QStringLiteral("models");

} // namespace

ModelsPage::ModelsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_train(new TrainPanel(this))
    , m_liveCurve(new XyChartView(this))
    , m_strip(new JobStrip(this))
    , m_leaderboard(new Leaderboard(session, m_banner, this))
    , m_compare(new CompareView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("modelsPage"));
    m_liveCurve->setObjectName(QStringLiteral("liveCurve"));
    m_liveCurve->clear(tr("While XGBoost trains, its learning curve (train and validation RMSE per round) "
                          "appears here."));
    m_liveCurve->setMinimumHeight(240);
    m_strip->setObjectName(QStringLiteral("trainJobStrip"));
    m_leaderboard->setObjectName(QStringLiteral("leaderboard"));
    m_compare->setObjectName(QStringLiteral("compareView"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_train, 1);
    top->addWidget(m_liveCurve, 1);
    auto* board = new QWidget(this);
    auto* boardLayout = new QVBoxLayout(board);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    boardLayout->addWidget(
        new QLabel(tr("<b>Leaderboard</b> — out-of-fold metrics; select 2–3 runs to compare"), board));
    boardLayout->addWidget(m_leaderboard, 1);
    m_splitter->addWidget(board);
    m_splitter->addWidget(m_compare);
    // The compare charts need the height; the leaderboard shows a handful of rows and scrolls.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({180, 540});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Models</h2>"), this));
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_strip);
    layout->addWidget(m_splitter, 1);

    connect(m_train, &TrainPanel::trainRequested, this, &ModelsPage::train);
    connect(m_train->versionCombo(), &VersionCombo::versionChanged, this, &ModelsPage::updateButtons);
    connect(m_leaderboard, &Leaderboard::selectionChanged, this, &ModelsPage::compareSelection);
    connect(m_leaderboard, &Leaderboard::runsEdited, this, [this] { compareSelection(m_leaderboard->selectedIds()); });
    connect(&m_session, &Session::workspaceChanged, this, [this] {
        m_banner->clear();
        refresh();
    });
    connect(&m_session, &Session::contentChanged, this, [this](const QString& what) {
        if (what == kDatasetsContent)
            refresh();
        else if (what == kModelsContent && !m_training)
            m_leaderboard->refresh();
    });
    refresh();
}

ModelsPage::~ModelsPage() = default;

void ModelsPage::refresh()
{
    QList<DatasetSummary> datasets;
    if (Workspace* ws = m_session.workspace()) {
        auto list = DatasetStore::listDatasets(ws->db());
        if (list)
            datasets = std::move(*list);
        else
            m_banner->showError(list.error());
    }
    m_train->versionCombo()->setVersions(datasets);
    m_leaderboard->refresh();
    updateButtons();
}

void ModelsPage::updateButtons()
{
    m_train->setRunning(m_training);
    m_train->trainButton()->setEnabled(
        !m_training && m_session.workspace() && m_train->versionCombo()->currentVersion());
}

void ModelsPage::train()
{
    Workspace* ws = m_session.workspace();
    const DatasetVersionInfo* version = m_train->versionCombo()->currentVersion();
    if (!ws || !version || m_training)
        return;
    // One small query: a failed gate asks for the reason before any work starts. A version never checked is
    // profiled inside the job; if that gate fails, the job's Conflict error leads to the same prompt.
    auto gate = QualityService::gate(ws->db(), version->id);
    if (gate && *gate == QualityGate::Fail) {
        promptGateOverride(tr("The quality gate of %1 failed.").arg(version->refString()));
        return;
    }
    trainWithReason({});
}

void ModelsPage::promptGateOverride(const QString& message)
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("gateOverrideDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Quality gate failed"));
    dialog->setLabelText(
        tr("%1\nTo train anyway, give a reason. It is written to the audit log with your name.").arg(message));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& reason) {
        if (reason.trimmed().isEmpty()) {
            m_banner->showMessage(MessageBanner::Kind::Warning,
                tr("Training needs a reason to override the failed quality gate; nothing was trained."));
            return;
        }
        trainWithReason(reason.trimmed());
    });
    dialog->open();
    emit gateOverrideRequested();
}

void ModelsPage::trainWithReason(const QString& gateOverrideReason)
{
    const DatasetVersionInfo* version = m_train->versionCombo()->currentVersion();
    if (!version || m_training || !m_session.workspace())
        return;
    TrainRequest request;
    request.dataset = DatasetRef {version->datasetName, version->version};
    request.config = m_train->config();
    request.actor = m_session.actingUser();
    request.gateOverrideReason = gateOverrideReason;
    const QString path = m_session.workspacePath();
    const quint64 serial = ++m_trainSerial;
    std::shared_ptr<CurveRelay> relay(new CurveRelay, [](CurveRelay* r) { r->deleteLater(); });
    connect(relay.get(), &CurveRelay::pointAdded, this,
        [this, serial](int fold, int iteration, double train, double valid) {
            onCurvePoint(serial, fold, iteration, train, valid);
        });
    auto handle = m_session.jobs().start<RunRecord>(
        tr("Train %1 on %2").arg(request.config.learner.learner, version->refString()),
        [path, request, relay](JobContext& context) -> Result<RunRecord> {
            auto trained = TrainingService::train(
                path, request, context.progressFn(tr("Training…")), [relay](int fold, const CurvePoint& p) {
                    emit relay->pointAdded(fold, p.iteration, p.trainRmse, p.validRmse);
                });
            if (!trained)
                return fail(trained.error());
            return trained->run;
        });
    m_training = true;
    m_liveFold = -2;
    m_liveCurve->clear(request.config.learner.learner == QLatin1String("xgboost")
            ? tr("Waiting for the first boosting round…")
            : tr("Only XGBoost draws a learning curve; %1 trains in one step.").arg(request.config.learner.learner));
    m_liveLogTarget = request.config.features.logTarget;
    m_foldCount = request.config.split.kind == SplitKind::Time ? 1 : request.config.split.folds;
    m_banner->clear();
    updateButtons();
    m_strip->track(handle.job, tr("Training %1 on %2…").arg(request.config.learner.learner, version->refString()));
    auto* watcher = new QFutureWatcher<Result<RunRecord>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial, gateOverrideReason] {
        watcher->deleteLater();
        Result<RunRecord> run = watcher->future().resultCount() > 0 ? watcher->result() : fail(Error::cancelled());
        if (run)
            onTrainingDone(serial, &*run, {}, 0);
        else if (run.error().code == ErrorCode::Conflict && gateOverrideReason.isEmpty())
            onTrainingDone(serial, nullptr, run.error().userMessage, -1);
        else {
            m_banner->showError(run.error());
            onTrainingDone(serial, nullptr, run.error().userMessage, int(run.error().code));
        }
    });
    watcher->setFuture(handle.future);
}

/// errorCode: 0 success, -1 failed gate (ask for a reason), else the ErrorCode (already shown).
void ModelsPage::onTrainingDone(quint64 serial, const RunRecord* run, const QString& errorMessage, int errorCode)
{
    if (serial != m_trainSerial)
        return;
    m_training = false;
    m_strip->finish();
    updateButtons();
    if (!run) {
        if (errorCode == int(ErrorCode::Cancelled))
            m_banner->showMessage(MessageBanner::Kind::Info, tr("Training cancelled; nothing was stored."));
        else if (errorCode == -1)
            promptGateOverride(errorMessage);
        emit trainingFailed();
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Success,
        tr("Stored “%1”: MAE %2 EUR, MAPE %3 % over %4 out-of-fold predictions.")
            .arg(run->name, QLocale().toString(run->metrics.mae, 'f', 0),
                QLocale().toString(run->metrics.mape * 100, 'f', 1), QLocale().toString(run->metrics.count)));
    const qint64 id = run->id;
    m_leaderboard->refresh();
    m_session.notifyContentChanged(kModelsContent);
    emit trainingFinished(id);
}

void ModelsPage::cancelTraining()
{
    m_strip->cancel();
}

void ModelsPage::resetLiveCurve(int fold, bool logTarget)
{
    XyChartSpec spec;
    spec.title = fold < 0 ? tr("Learning curve: final model")
                          : tr("Learning curve: fold %1 of %2").arg(fold + 1).arg(m_foldCount);
    spec.xLabel = tr("Boosting round");
    spec.yLabel = CompareCharts::rmseLabel(logTarget);
    XySeries train;
    train.name = tr("Train RMSE");
    train.style = XySeries::Style::DashedLine;
    train.color = QColor(0x1f, 0x77, 0xb4);
    XySeries valid;
    valid.name = tr("Validation RMSE");
    valid.style = XySeries::Style::Line;
    valid.color = QColor(0xd6, 0x27, 0x28);
    spec.series << train << valid;
    m_liveCurve->setChart(spec);
}

void ModelsPage::onCurvePoint(quint64 serial, int fold, int iteration, double trainRmse, double validRmse)
{
    if (serial != m_trainSerial || !m_training)
        return;
    if (fold != m_liveFold) {
        m_liveFold = fold;
        resetLiveCurve(fold, m_liveLogTarget);
    }
    // Rounds count from 0 in the learner; people count trees from 1.
    m_liveCurve->appendPoint(0, iteration + 1, trainRmse);
    if (std::isfinite(validRmse))
        m_liveCurve->appendPoint(1, iteration + 1, validRmse);
}

void ModelsPage::compareSelection(const QList<qint64>& selected)
{
    const quint64 serial = ++m_compareSerial;
    if (selected.isEmpty() || !m_session.workspace()) {
        m_compare->clear(tr("Select two or three runs in the leaderboard to compare them."));
        return;
    }
    const QList<qint64> ids = selected.mid(0, kMaxCompared);
    m_compare->setStatus(tr("Loading predictions of %n run(s)…", nullptr, int(ids.size())));
    const QString path = m_session.workspacePath();
    auto handle = m_session.jobs().start<std::shared_ptr<const CompareData>>(
        tr("Compare runs"), [path, ids](JobContext& context) -> Result<std::shared_ptr<const CompareData>> {
            auto data = CompareLoader::load(path, ids, context.progressFn(tr("Loading predictions…")));
            if (!data)
                return fail(data.error());
            return std::make_shared<const CompareData>(std::move(*data));
        });
    auto* watcher = new QFutureWatcher<Result<std::shared_ptr<const CompareData>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial, ids, selected] {
        watcher->deleteLater();
        if (serial != m_compareSerial || watcher->future().resultCount() == 0)
            return;
        const auto data = watcher->result();
        if (!data) {
            m_compare->clear(data.error().userMessage);
            return;
        }
        m_compare->setData(**data);
        m_compare->setStatus(selected.size() > kMaxCompared
                ? tr("Comparing the first %1 of %2 selected runs.").arg(kMaxCompared).arg(selected.size())
                : tr("Comparing %n run(s). Wheel zooms, drag pans, right-click saves a chart.", nullptr,
                    int(ids.size())));
        emit compareShown(ids);
    });
    watcher->setFuture(handle.future);
}

} // namespace valuator
