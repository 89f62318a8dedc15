// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/explain/ExplainPage.h"

#include "services/datasets/DatasetStore.h"
#include "services/jobs/JobRunner.h"
#include "services/session/Session.h"
#include "services/training/RunStore.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/explain/CarTab.h"
#include "widgets/explain/ExplanationReport.h"
#include "widgets/explain/FairnessTab.h"
#include "widgets/explain/GlobalTab.h"
#include "widgets/models/RunTableModel.h"
#include "widgets/quality/JobStrip.h"
#include "widgets/quality/VersionCombo.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace valuator {
namespace {

using OutcomePtr = std::shared_ptr<const ExplainOutcome>;

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ExplainPage::ExplainPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_runs(new RunTableModel(this))
    , m_models(new QComboBox(this))
    , m_versions(new VersionCombo(this))
    , m_explain(new QPushButton(tr("&Explain"), this))
    , m_carReport(new QPushButton(tr("Car &report…"), this))
    , m_modelReport(new QPushButton(tr("Model re&port…"), this))
    , m_strip(new JobStrip(this))
    , m_tabs(new QTabWidget(this))
    , m_global(new GlobalTab(this))
    , m_car(new CarTab(m_banner, this))
    , m_fairness(new FairnessTab(session, m_banner, this))
{
    m_models->setObjectName(QStringLiteral("explainModelCombo"));
    m_models->setModel(m_runs);
    m_models->setModelColumn(RunTableModel::Name);
    m_models->setMinimumContentsLength(24);
    m_versions->setObjectName(QStringLiteral("explainVersionCombo"));
    m_versions->setToolTip(tr("The cars the model is explained on (by default the data it was trained on)."));
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_carReport->setObjectName(QStringLiteral("carReportButton"));
    m_carReport->setToolTip(tr("Save the explanation of the shown valuation as an HTML or PDF report."));
    m_modelReport->setObjectName(QStringLiteral("modelReportButton"));
    m_modelReport->setToolTip(tr("Save the explanation of the model as an HTML or PDF report."));
    m_strip->setObjectName(QStringLiteral("explainJobStrip"));
    m_tabs->setObjectName(QStringLiteral("explainTabs"));
    m_tabs->addTab(m_global, tr("&Model"));
    m_tabs->addTab(m_car, tr("One &car"));
    m_tabs->addTab(m_fairness, tr("&Fairness"));

    auto* top = new QHBoxLayout;
    top->addWidget(buddyLabel(tr("M&odel:"), m_models, this));
    top->addWidget(m_models, 2);
    top->addWidget(buddyLabel(tr("&Data:"), m_versions, this));
    top->addWidget(m_versions, 1);
    top->addWidget(m_explain);
    top->addStretch();
    top->addWidget(m_carReport);
    top->addWidget(m_modelReport);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_strip);
    layout->addWidget(m_tabs, 1);

    connectSignals();
    refresh();
}

ExplainPage::~ExplainPage() = default;

void ExplainPage::connectSignals()
{
    connect(m_models, &QComboBox::currentIndexChanged, this, &ExplainPage::modelChanged);
    connect(m_explain, &QPushButton::clicked, this, &ExplainPage::explain);
    connect(m_car, &CarTab::carExplained, this, &ExplainPage::updateButtons);
    connect(m_carReport, &QPushButton::clicked, this, [this] { chooseReportFile(true); });
    connect(m_modelReport, &QPushButton::clicked, this, [this] { chooseReportFile(false); });
    connect(m_versions, &VersionCombo::versionChanged, this, [this] {
        const DatasetVersionInfo* v = m_versions->currentVersion();
        m_fairness->setTarget(currentModelId(), v ? DatasetRef {v->datasetName, v->version} : DatasetRef());
        updateButtons();
    });
    connect(&m_session, &Session::workspaceChanged, this, [this] {
        m_banner->clear();
        refresh();
    });
    connect(&m_session, &Session::contentChanged, this, [this](const QString& what) {
        if (what == QLatin1String("models") || what == QLatin1String("datasets"))
            refresh();
    });
}

qint64 ExplainPage::currentModelId() const
{
    return m_models->currentIndex() < 0 ? 0 : m_models->currentData(RunTableModel::kIdRole).toLongLong();
}

void ExplainPage::refresh()
{
    const qint64 keep = currentModelId();
    QList<RunRecord> runs;
    QList<DatasetSummary> datasets;
    if (Workspace* ws = m_session.workspace()) {
        auto stored = RunStore::list(ws->db());
        auto listed = DatasetStore::listDatasets(ws->db());
        if (!stored || !listed)
            m_banner->showError(stored ? listed.error() : stored.error());
        for (const RunRecord& run : stored.value_or(QList<RunRecord>()))
            if (run.hasModel)
                runs << run;
        datasets = listed.value_or(QList<DatasetSummary>());
    }
    {
        const QSignalBlocker a(m_models);
        const QSignalBlocker b(m_versions);
        m_runs->setRuns(runs);
        m_versions->setVersions(datasets);
        const int row = m_runs->rowOf(keep);
        m_models->setCurrentIndex(row >= 0 ? row : -1);
    }
    if (currentModelId() != keep || keep == 0)
        modelChanged();
    updateButtons();
}

bool ExplainPage::selectModel(qint64 modelId)
{
    const int row = m_runs->rowOf(modelId);
    if (row < 0)
        return false;
    if (row == m_models->currentIndex())
        explain();
    else
        m_models->setCurrentIndex(row);
    return true;
}

void ExplainPage::modelChanged()
{
    const RunRecord* run = m_runs->runById(currentModelId());
    if (!run) {
        ++m_serial; // a running job's result is no longer wanted
        m_strip->cancel();
        m_strip->finish();
        m_running = false;
        m_outcome.reset();
        m_global->clear(m_runs->rowCount() == 0 ? tr("Train a model first (Models page).") : tr("Choose a model."));
        m_car->clear(tr("Choose a model."));
        m_fairness->setTarget(0, {});
        updateButtons();
        return;
    }
    {
        const QSignalBlocker block(m_versions);
        m_versions->selectId(run->datasetVersionId);
    }
    const DatasetVersionInfo* v = m_versions->currentVersion();
    m_fairness->setTarget(run->id, v ? DatasetRef {v->datasetName, v->version} : DatasetRef());
    explain();
}

void ExplainPage::explain()
{
    const DatasetVersionInfo* version = m_versions->currentVersion();
    const qint64 modelId = currentModelId();
    if (modelId <= 0 || !version || !m_session.workspace())
        return;
    m_strip->cancel(); // the running job's result is dropped by the serial check below
    ExplainRequest request;
    request.modelId = modelId;
    request.dataset = DatasetRef {version->datasetName, version->version};
    request.options.sampleRows = 500;
    request.options.iceCurves = 30;
    request.cars = 10;
    const QString path = m_session.workspacePath();
    auto handle = m_session.jobs().start<OutcomePtr>(
        tr("Explain model %1").arg(modelId), [path, request](JobContext& context) -> Result<OutcomePtr> {
            auto outcome = ExplainJob::run(path, request, context.progressFn(tr("Explaining…")));
            if (!outcome)
                return fail(outcome.error());
            return std::make_shared<const ExplainOutcome>(std::move(*outcome));
        });
    m_running = true;
    m_banner->clear();
    m_global->clear(tr("Explaining the model on %1…").arg(version->refString()));
    m_car->clear(tr("Explaining…"));
    m_strip->track(handle.job, tr("Explaining %1 on %2…").arg(m_models->currentText(), version->refString()));
    const quint64 serial = ++m_serial;
    auto* watcher = new QFutureWatcher<Result<OutcomePtr>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        if (serial != m_serial)
            return;
        finishExplain(watcher->future().resultCount() > 0 ? watcher->result() : fail(Error::cancelled()));
    });
    watcher->setFuture(handle.future);
    updateButtons();
}

void ExplainPage::finishExplain(Result<OutcomePtr> result)
{
    m_running = false;
    m_strip->finish();
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled)
            m_banner->showError(result.error());
        const QString text = result.error().code == ErrorCode::Cancelled ? tr("The explanation was cancelled.")
                                                                         : result.error().userMessage;
        m_global->clear(text);
        m_car->clear(text);
        updateButtons();
        emit explanationFailed();
        return;
    }
    m_outcome = *result;
    const GlobalExplanation& g = m_outcome->explanation.global;
    const QLocale locale;
    m_global->setExplanation(g,
        tr("%1 (%2) explained on %3: SHAP values of %4 sampled cars of %5.")
            .arg(m_outcome->model.run.name, g.learner, m_outcome->explanation.datasetRef)
            .arg(locale.toString(qint64(g.summary.rowCount())), locale.toString(qint64(g.tableRows))));
    m_car->setOutcome(m_outcome);
    updateButtons();
    emit explanationReady();
}

void ExplainPage::updateButtons()
{
    m_explain->setEnabled(currentModelId() > 0 && m_versions->currentVersion());
    m_carReport->setEnabled(!m_running && m_car->hasExplanation());
    m_modelReport->setEnabled(!m_running && m_outcome != nullptr);
}

Status ExplainPage::exportCarReport(const QString& path)
{
    if (!m_outcome || !m_car->hasExplanation())
        return fail(ErrorCode::InvalidArgument, tr("There is no valuation to report yet."));
    return ExplanationReport::forCar(m_outcome->model.run, m_car->car(), m_car->explanation()).save(path);
}

Status ExplainPage::exportModelReport(const QString& path)
{
    if (!m_outcome)
        return fail(ErrorCode::InvalidArgument, tr("There is no model explanation to report yet."));
    return ExplanationReport::forModel(m_outcome->model.run, m_outcome->explanation, m_fairness->record()).save(path);
}

void ExplainPage::chooseReportFile(bool car)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = car ? QStringLiteral("valuation-explained.pdf")
                             : QStringLiteral("model-%1-explained.pdf").arg(currentModelId());
    auto* dialog = new QFileDialog(this, car ? tr("Save valuation report") : tr("Save model report"),
        QDir(dir).filePath(name), tr("PDF document (*.pdf);;HTML page (*.html)"));
    dialog->setObjectName(QStringLiteral("explainReportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, car](const QString& path) {
        const Status saved = car ? exportCarReport(path) : exportModelReport(path);
        if (saved)
            m_banner->showMessage(
                MessageBanner::Kind::Success, tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
        else
            m_banner->showError(saved.error());
    });
    dialog->open();
}

} // namespace valuator
