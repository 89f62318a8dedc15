// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/FixesTab.h"

#include "services/jobs/JobRunner.h"
#include "services/quality/QualityService.h"
#include "services/session/Session.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/quality/FixStepsModel.h"
#include "widgets/quality/JobStrip.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace valuator {
namespace {

void setUpView(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
}

template <class T> Result<T> takeResult(QFutureWatcher<Result<T>>* watcher)
{
    if (watcher->future().resultCount() == 0)
        return fail(Error::cancelled());
    return watcher->result();
}

} // namespace

FixesTab::FixesTab(Session& session, MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(banner)
    , m_propose(new QPushButton(tr("&Propose fixes"), this))
    , m_apply(new QPushButton(tr("&Apply fixes"), this))
    , m_strip(new JobStrip(this))
    , m_steps(new FixStepsModel(this))
    , m_stepsView(new QTableView(this))
    , m_status(new QLabel(this))
    , m_result(new QStandardItemModel(0, 5, this))
    , m_resultView(new QTableView(this))
    , m_open(new QPushButton(tr("Check the &new version"), this))
{
    m_propose->setObjectName(QStringLiteral("proposeFixesButton"));
    m_propose->setToolTip(tr("Run the checks again and propose cleaning steps for what they find."));
    m_apply->setObjectName(QStringLiteral("applyFixesButton"));
    m_apply->setToolTip(tr("Apply the checked steps to a copy of this version and store it as a new version. The "
                           "original version is never changed."));
    m_strip->setObjectName(QStringLiteral("fixesJobStrip"));
    m_stepsView->setObjectName(QStringLiteral("fixStepsView"));
    m_stepsView->setModel(m_steps);
    setUpView(m_stepsView);
    m_status->setObjectName(QStringLiteral("fixesStatus"));
    m_status->setWordWrap(true);
    m_result->setHorizontalHeaderLabels(
        {tr("Step"), tr("Rows before"), tr("Rows changed"), tr("Rows removed"), tr("What it did")});
    m_resultView->setObjectName(QStringLiteral("fixResultView"));
    m_resultView->setModel(m_result);
    setUpView(m_resultView);
    m_open->setObjectName(QStringLiteral("openCleanedVersionButton"));
    m_open->setToolTip(tr("Select the cleaned version on this page to run the checks on it."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_propose);
    buttons->addWidget(m_apply);
    buttons->addStretch(1);
    auto* after = new QHBoxLayout;
    after->addWidget(m_status, 1);
    after->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_strip);
    layout->addWidget(m_stepsView, 1);
    layout->addLayout(after);
    layout->addWidget(m_resultView, 1);

    connect(m_propose, &QPushButton::clicked, this, &FixesTab::proposeFixes);
    connect(m_apply, &QPushButton::clicked, this, &FixesTab::applyFixes);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_createdRef.isEmpty())
            emit openVersionRequested(m_createdRef);
    });
    connect(m_steps, &FixStepsModel::checkedChanged, this, &FixesTab::updateButtons);
    clear();
}

FixesTab::~FixesTab() = default;

void FixesTab::clear()
{
    ++m_serial; // a running job's result is no longer wanted
    m_strip->finish();
    m_busy = false;
    m_report = {};
    m_run.reset();
    m_version = {};
    m_steps->clear();
    m_result->removeRows(0, m_result->rowCount());
    m_createdRef.clear();
    m_status->setText(tr("Run the checks first: fixes are proposed for what they find."));
    updateButtons();
}

void FixesTab::setReport(
    const QJsonObject& report, std::shared_ptr<const QualityRun> run, const DatasetVersionInfo& version)
{
    clear();
    m_report = report;
    m_run = std::move(run);
    m_version = version;
    if (m_run)
        showPlan(CleaningPlan::propose(m_run->report));
    else
        m_status->setText(tr("This report was loaded from the workspace. Press “Propose fixes” to run the checks "
                             "again and propose cleaning steps."));
    updateButtons();
}

void FixesTab::updateButtons()
{
    m_propose->setEnabled(!m_busy && m_version.id != 0 && m_session.workspace());
    m_apply->setEnabled(!m_busy && m_steps->checkedCount() > 0 && m_session.workspace());
    m_open->setVisible(!m_createdRef.isEmpty());
}

void FixesTab::setBusy(bool busy)
{
    m_busy = busy;
    if (!busy)
        m_strip->finish();
    updateButtons();
}

void FixesTab::showPlan(const CleaningPlan& plan)
{
    QStringList effects;
    for (const CleaningStep& step : plan.steps)
        effects << FixStepsModel::effect(step, m_report, m_run ? &m_run->report : nullptr);
    m_steps->setPlan(plan, effects);
    m_status->setText(plan.steps.isEmpty()
            ? tr("Nothing to fix: the checks found nothing that a cleaning step addresses.")
            : tr("Uncheck what you do not want, then apply. The steps run in this order; counts are what the "
                 "checks found."));
    updateButtons();
}

void FixesTab::proposeFixes()
{
    if (m_busy || m_version.id == 0 || !m_session.workspace())
        return;
    if (m_run) {
        showPlan(CleaningPlan::propose(m_run->report));
        return;
    }
    const QString path = m_session.workspacePath();
    const QString actor = m_session.actingUser();
    const DatasetRef ref {m_version.datasetName, m_version.version};
    auto handle = m_session.jobs().start<CleaningPlan>(
        tr("Propose fixes for %1").arg(m_version.refString()), [=](JobContext& context) -> Result<CleaningPlan> {
            return QualityService::proposePlan(path, ref, {}, actor, context.progressFn(tr("Checking…")));
        });
    setBusy(true);
    m_strip->track(handle.job, tr("Checking %1 to propose fixes…").arg(m_version.refString()));
    const quint64 serial = ++m_serial;
    auto* watcher = new QFutureWatcher<Result<CleaningPlan>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        if (serial != m_serial)
            return;
        setBusy(false);
        const Result<CleaningPlan> plan = takeResult(watcher);
        if (!plan) {
            if (plan.error().code != ErrorCode::Cancelled)
                m_banner->showError(plan.error());
            return;
        }
        showPlan(*plan);
    });
    watcher->setFuture(handle.future);
}

void FixesTab::applyFixes()
{
    const CleaningPlan plan = m_steps->checkedPlan();
    if (m_busy || plan.steps.isEmpty() || m_version.id == 0 || !m_session.workspace())
        return;
    const QString path = m_session.workspacePath();
    const QString actor = m_session.actingUser();
    const DatasetRef ref {m_version.datasetName, m_version.version};
    auto handle = m_session.jobs().start<std::shared_ptr<const CleanRun>>(
        tr("Clean %1").arg(m_version.refString()), [=](JobContext& context) -> Result<std::shared_ptr<const CleanRun>> {
            auto run = QualityService::clean(path, ref, plan, actor, context.progressFn(tr("Cleaning…")));
            if (!run)
                return fail(run.error());
            return std::make_shared<const CleanRun>(std::move(*run));
        });
    setBusy(true);
    m_strip->track(
        handle.job, tr("Applying %n fix(es) to %1…", nullptr, int(plan.steps.size())).arg(m_version.refString()));
    const quint64 serial = ++m_serial;
    auto* watcher = new QFutureWatcher<Result<std::shared_ptr<const CleanRun>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        const Result<std::shared_ptr<const CleanRun>> run = takeResult(watcher);
        const bool current = serial == m_serial; // else the page moved on to another version meanwhile
        if (current)
            setBusy(false);
        if (!run) {
            if (run.error().code != ErrorCode::Cancelled)
                m_banner->showError(run.error());
            return;
        }
        const QString ref = (*run)->cleaned.refString();
        if (current)
            showResult(**run);
        emit datasetCreated(ref); // the version exists whatever the page shows now
        m_session.notifyContentChanged(QStringLiteral("datasets"));
    });
    watcher->setFuture(handle.future);
}

void FixesTab::showResult(const CleanRun& run)
{
    const QLocale locale;
    m_result->removeRows(0, m_result->rowCount());
    for (const QJsonValue& value : run.stepsReport.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = value.toObject();
        QList<QStandardItem*> row;
        row << new QStandardItem(s.value(QStringLiteral("step")).toString());
        for (const char* key : {"rows_before", "rows_changed", "rows_removed"}) {
            auto* item = new QStandardItem(locale.toString(s.value(QLatin1String(key)).toInteger()));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row << item;
        }
        row << new QStandardItem(s.value(QStringLiteral("summary")).toString());
        for (QStandardItem* item : row)
            item->setEditable(false);
        m_result->appendRow(row);
    }
    m_createdRef = run.cleaned.refString();
    m_status->setText(tr("Created %1 with %2 rows (from %3 rows of %4). The original version is unchanged.")
                          .arg(m_createdRef, locale.toString(run.cleaned.rowCount),
                              locale.toString(run.stepsReport.value(QStringLiteral("rows_before")).toInteger()),
                              run.source.refString()));
    updateButtons();
}

} // namespace valuator
