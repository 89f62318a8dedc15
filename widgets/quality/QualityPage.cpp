// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/QualityPage.h"

#include "services/datasets/DatasetStore.h"
#include "services/jobs/JobRunner.h"
#include "services/quality/QualityService.h"
#include "services/session/Session.h"
#include "services/workspace/Database.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/quality/ChecksTab.h"
#include "widgets/quality/ColumnsTab.h"
#include "widgets/quality/DriftTab.h"
#include "widgets/quality/FixesTab.h"
#include "widgets/quality/JobStrip.h"
#include "widgets/quality/QualityHeader.h"
#include "widgets/quality/VersionCombo.h"
#include "widgets/reports/QualityReportDocument.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace valuator {
namespace {

const QString kDatasetsContent = QStringLiteral("datasets");

} // namespace

QualityPage::QualityPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_versions(new VersionCombo(this))
    , m_contract(new QPushButton(tr("C&ontract…"), this))
    , m_contractLabel(new QLabel(this))
    , m_run(new QPushButton(tr("&Run checks"), this))
    , m_export(new QPushButton(tr("&Export report…"), this))
    , m_strip(new JobStrip(this))
    , m_header(new QualityHeader(this))
    , m_tabs(new QTabWidget(this))
    , m_checks(new ChecksTab(session, m_banner, this))
    , m_columns(new ColumnsTab(this))
    , m_drift(new DriftTab(session, m_banner, this))
    , m_fixes(new FixesTab(session, m_banner, this))
{
    m_tabs->setObjectName(QStringLiteral("qualityTabs"));
    m_tabs->addTab(m_checks, tr("Chec&ks"));
    m_tabs->addTab(m_columns, tr("Co&lumns"));
    m_tabs->addTab(m_drift, tr("&Drift"));
    m_tabs->addTab(m_fixes, tr("&Fixes"));
    m_strip->setObjectName(QStringLiteral("runJobStrip"));
    m_header->setObjectName(QStringLiteral("qualityHeader"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Data Quality</h2>"), this));
    layout->addWidget(m_banner);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_strip);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_versions, &VersionCombo::versionChanged, this, &QualityPage::onVersionChanged);
    connect(m_run, &QPushButton::clicked, this, &QualityPage::runChecks);
    connect(m_contract, &QPushButton::clicked, this, &QualityPage::chooseContract);
    connect(m_export, &QPushButton::clicked, this, &QualityPage::chooseExportFile);
    connect(m_fixes, &FixesTab::datasetCreated, this, &QualityPage::datasetCreated);
    connect(m_fixes, &FixesTab::openVersionRequested, this, &QualityPage::showVersion);
    connect(&m_session, &Session::workspaceChanged, this, [this] {
        m_banner->clear();
        m_runs.clear();
        m_drift->clear();
        m_versionId = -1; // force a reload even when the new workspace has the same version ids
        refresh();
    });
    connect(&m_session, &Session::contentChanged, this, [this](const QString& what) {
        if (what == kDatasetsContent)
            refresh();
    });
    setContractPath({});
    refresh();
}

QualityPage::~QualityPage() = default;

QWidget* QualityPage::buildToolbar()
{
    auto* bar = new QWidget(this);
    auto* label = new QLabel(tr("Dataset &version:"), bar);
    label->setBuddy(m_versions);
    m_versions->setObjectName(QStringLiteral("qualityVersionCombo"));
    m_contract->setObjectName(QStringLiteral("contractButton"));
    m_contract->setToolTip(tr("Check against another data contract (ODCS v3 YAML) instead of the shipped default."));
    m_contractLabel->setObjectName(QStringLiteral("contractLabel"));
    m_run->setObjectName(QStringLiteral("runChecksButton"));
    m_run->setToolTip(tr("Profile the version, run the quality checks and the data contract, and store the report "
                         "with its gate. The reference date is today."));
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setToolTip(tr("Write the report shown, with its charts, as an HTML or PDF file."));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_versions);
    layout->addWidget(m_contract);
    layout->addWidget(m_contractLabel);
    layout->addStretch(1);
    layout->addWidget(m_run);
    layout->addWidget(m_export);
    return bar;
}

std::shared_ptr<const QualityRun> QualityPage::currentRun() const
{
    if (m_reportStored)
        return nullptr;
    return m_runs.value(m_versionId);
}

void QualityPage::refresh()
{
    Workspace* ws = m_session.workspace();
    QList<DatasetSummary> datasets;
    if (ws) {
        auto list = DatasetStore::listDatasets(ws->db());
        if (list)
            datasets = std::move(*list);
        else
            m_banner->showError(list.error());
    }
    m_drift->setDatasets(datasets);
    m_versions->setVersions(datasets); // emits versionChanged when the selection moved
    onVersionChanged();
}

bool QualityPage::showVersion(const QString& ref)
{
    if (m_versions->selectRef(ref))
        return true;
    refresh(); // it may have been created since the last refresh
    return m_versions->selectRef(ref);
}

void QualityPage::onVersionChanged()
{
    const DatasetVersionInfo* version = m_versions->currentVersion();
    const qint64 id = version ? version->id : 0;
    if (id == m_versionId)
        return;
    m_versionId = id;
    if (version)
        m_drift->proposeVersions(*version);
    loadStoredReport();
}

void QualityPage::loadStoredReport()
{
    Workspace* ws = m_session.workspace();
    const DatasetVersionInfo* version = m_versions->currentVersion();
    if (!ws || !version) {
        showNothing(ws ? tr("No datasets yet. Import a CSV file on the Import page.")
                       : tr("No workspace open. Use File ▸ New Workspace or File ▸ Open Workspace."));
        return;
    }
    const std::shared_ptr<const QualityRun> run = m_runs.value(version->id);
    auto stored = QualityService::latestReport(ws->db(), version->id);
    if (!stored && stored.error().code != ErrorCode::NotFound)
        m_banner->showError(stored.error());
    if (run && (!stored || stored->id == run->reportId)) {
        QJsonObject json = run->toJson();
        showReport(json, false);
    } else if (stored) {
        m_runs.remove(version->id); // a newer report was stored elsewhere (e.g. by the CLI)
        QJsonObject json = stored->report;
        json.insert(QStringLiteral("report_id"), stored->id);
        showReport(json, true);
    } else {
        showNothing(tr("%1 has not been checked yet. Press “Run checks”.").arg(version->refString()));
    }
}

void QualityPage::showNothing(const QString& text)
{
    m_report = {};
    m_reportStored = false;
    m_header->clear(text);
    m_checks->clear();
    m_columns->clear();
    m_fixes->clear();
    updateButtons();
}

void QualityPage::showReport(const QJsonObject& report, bool stored)
{
    const DatasetVersionInfo* version = m_versions->currentVersion();
    if (!version)
        return;
    m_report = report;
    m_reportStored = stored;
    const std::shared_ptr<const QualityRun> run = stored ? nullptr : m_runs.value(version->id);
    m_header->setReport(report, stored);
    m_checks->setReport(report, run, *version);
    m_columns->setReport(report);
    m_fixes->setReport(report, run, *version);
    updateButtons();
    emit reportShown();
}

void QualityPage::updateButtons()
{
    const bool ws = m_session.workspace() != nullptr;
    m_run->setEnabled(ws && m_versions->currentVersion() && !m_running);
    m_versions->setEnabled(!m_running);
    m_contract->setEnabled(!m_running);
    m_export->setEnabled(!m_report.isEmpty());
}

void QualityPage::setContractPath(const QString& path)
{
    m_contractPath = path;
    m_contractLabel->setText(
        path.isEmpty() ? tr("Contract: shipped default") : tr("Contract: %1").arg(QFileInfo(path).fileName()));
    m_contractLabel->setToolTip(
        path.isEmpty() ? tr("The default data contract shipped with Car Valuator.") : QDir::toNativeSeparators(path));
}

void QualityPage::chooseContract()
{
    auto* dialog = new QFileDialog(
        this, tr("Choose a data contract"), QString(), tr("Data contracts (*.yaml *.yml);;All files (*)"));
    dialog->setObjectName(QStringLiteral("contractDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &QualityPage::setContractPath);
    dialog->open();
}

void QualityPage::runChecks()
{
    const DatasetVersionInfo* version = m_versions->currentVersion();
    if (!version || m_running || !m_session.workspace())
        return;
    QualityRequest request;
    request.dataset = DatasetRef {version->datasetName, version->version};
    request.contractPath = m_contractPath;
    request.referenceDate = QDate::currentDate();
    request.actor = m_session.actingUser();
    const QString path = m_session.workspacePath();
    const qint64 versionId = version->id;
    auto handle = m_session.jobs().start<std::shared_ptr<const QualityRun>>(tr("Check %1").arg(version->refString()),
        [path, request](JobContext& context) -> Result<std::shared_ptr<const QualityRun>> {
            auto run = QualityService::profile(path, request, context.progressFn(tr("Checking…")));
            if (!run)
                return fail(run.error());
            return std::make_shared<const QualityRun>(std::move(*run));
        });
    m_running = true;
    m_banner->clear();
    updateButtons();
    m_strip->track(handle.job, tr("Checking %1…").arg(version->refString()));
    const quint64 serial = ++m_runSerial;
    auto* watcher = new QFutureWatcher<Result<std::shared_ptr<const QualityRun>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial, versionId] {
        watcher->deleteLater();
        if (serial != m_runSerial)
            return;
        m_running = false;
        m_strip->finish();
        Result<std::shared_ptr<const QualityRun>> run
            = watcher->future().resultCount() > 0 ? watcher->result() : fail(Error::cancelled());
        updateButtons();
        if (!run) {
            if (run.error().code != ErrorCode::Cancelled)
                m_banner->showError(run.error());
            return;
        }
        m_runs.insert(versionId, *run);
        if (versionId == m_versionId)
            loadStoredReport();
        m_session.notifyContentChanged(QStringLiteral("quality"));
    });
    watcher->setFuture(handle.future);
}

void QualityPage::chooseExportFile()
{
    if (m_report.isEmpty())
        return;
    const QString name = QStringLiteral("quality-%1-%2.pdf")
                             .arg(m_report.value(QStringLiteral("dataset")).toString())
                             .arg(m_report.value(QStringLiteral("version")).toInteger());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(
        this, tr("Export quality report"), QDir(dir).filePath(name), tr("PDF document (*.pdf);;HTML page (*.html)"));
    dialog->setObjectName(QStringLiteral("exportReportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        dialog->setDefaultSuffix(
            filter.contains(QLatin1String("*.html")) ? QStringLiteral("html") : QStringLiteral("pdf"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (const Status saved = exportReport(path); saved)
            m_banner->showMessage(
                MessageBanner::Kind::Success, tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

Status QualityPage::exportReport(const QString& path)
{
    if (m_report.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("There is no report to export: run the checks first."));
    QualityReportDocument document(m_report);
    if (const auto drift = m_drift->driftRun())
        document.setDrift(*drift);
    Status saved = document.save(path);
    if (!saved)
        m_banner->showError(saved.error());
    return saved;
}

} // namespace valuator
