// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/DriftTab.h"

#include "services/jobs/JobRunner.h"
#include "services/quality/QualityService.h"
#include "services/session/Session.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/plots/ChartView.h"
#include "widgets/quality/DriftFeatureModel.h"
#include "widgets/quality/JobStrip.h"
#include "widgets/quality/QualityCharts.h"
#include "widgets/quality/VersionCombo.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace valuator {
namespace {

QString edgeText(const FeatureDrift& f, double edge)
{
    if (f.valueType == QLatin1String("date"))
        return QDate(1970, 1, 1).addDays(qint64(edge)).toString(Qt::ISODate);
    return QLocale().toString(edge, 'g', 8);
}

} // namespace

DriftTab::DriftTab(Session& session, MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(banner)
    , m_reference(new VersionCombo(this))
    , m_current(new VersionCombo(this))
    , m_compare(new QPushButton(tr("Co&mpare"), this))
    , m_strip(new JobStrip(this))
    , m_settings(new QLabel(this))
    , m_psiChart(new ChartView(this))
    , m_model(new DriftFeatureModel(this))
    , m_view(new QTableView(this))
    , m_binsChart(new ChartView(this))
    , m_edges(new QLabel(this))
{
    m_reference->setObjectName(QStringLiteral("referenceCombo"));
    m_current->setObjectName(QStringLiteral("currentCombo"));
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setToolTip(tr("Compare the current version with the reference, feature by feature (stored in the "
                             "workspace)."));
    m_strip->setObjectName(QStringLiteral("driftJobStrip"));
    m_settings->setObjectName(QStringLiteral("driftSettings"));
    m_settings->setWordWrap(true);
    m_psiChart->setObjectName(QStringLiteral("psiChart"));
    m_binsChart->setObjectName(QStringLiteral("driftBinsChart"));
    m_edges->setObjectName(QStringLiteral("binEdgesLabel"));
    m_edges->setWordWrap(true);
    m_edges->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(QStringLiteral("driftView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* referenceLabel = new QLabel(tr("&Reference:"), this);
    referenceLabel->setBuddy(m_reference);
    auto* currentLabel = new QLabel(tr("C&urrent:"), this);
    currentLabel->setBuddy(m_current);
    auto* pick = new QHBoxLayout;
    pick->addWidget(referenceLabel);
    pick->addWidget(m_reference);
    pick->addWidget(currentLabel);
    pick->addWidget(m_current);
    pick->addWidget(m_compare);
    pick->addStretch(1);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_psiChart);
    left->addWidget(m_view);
    left->setStretchFactor(0, 3); // the chart needs the height more than the table (it scrolls)
    left->setStretchFactor(1, 2);
    left->setChildrenCollapsible(false);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_binsChart, 1);
    rightLayout->addWidget(m_edges);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pick);
    layout->addWidget(m_strip);
    layout->addWidget(m_settings);
    layout->addWidget(split, 1);

    connect(m_compare, &QPushButton::clicked, this, &DriftTab::compare);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { onFeatureChanged(); });
    for (VersionCombo* combo : {m_reference, m_current})
        connect(combo, &VersionCombo::versionChanged, this, [this] {
            if (!m_proposing)
                m_userPicked = true;
            updateButtons();
        });
    clear();
}

DriftTab::~DriftTab() = default;

void DriftTab::setDatasets(const QList<DatasetSummary>& datasets)
{
    m_proposing = true;
    m_reference->setVersions(datasets);
    m_current->setVersions(datasets);
    m_proposing = false;
    updateButtons();
}

void DriftTab::proposeVersions(const DatasetVersionInfo& current)
{
    if (m_userPicked || current.id == 0)
        return;
    m_proposing = true;
    m_current->selectId(current.id);
    if (current.parentId != 0 && m_reference->selectId(current.parentId)) {
    } else if (current.version > 1) {
        m_reference->selectRef(QStringLiteral("%1@%2").arg(current.datasetName).arg(current.version - 1));
    } else {
        m_reference->selectId(current.id);
    }
    m_proposing = false;
    updateButtons();
}

void DriftTab::clear()
{
    m_run.reset();
    m_userPicked = false;
    m_model->clear();
    m_psiChart->clear(tr("Pick a reference and a current version and press Compare."));
    m_binsChart->clear(tr("Select a feature to compare its distributions."));
    m_settings->clear();
    m_edges->clear();
    updateButtons();
}

void DriftTab::updateButtons()
{
    m_compare->setEnabled(
        !m_running && m_session.workspace() && m_reference->currentVersion() && m_current->currentVersion());
}

void DriftTab::compare()
{
    const DatasetVersionInfo* ref = m_reference->currentVersion();
    const DatasetVersionInfo* cur = m_current->currentVersion();
    if (!ref || !cur || m_running || !m_session.workspace())
        return;
    const QString path = m_session.workspacePath();
    const QString actor = m_session.actingUser();
    const DatasetRef reference {ref->datasetName, ref->version};
    const DatasetRef current {cur->datasetName, cur->version};
    auto handle = m_session.jobs().start<std::shared_ptr<const DriftRun>>(
        tr("Drift %1 vs %2").arg(cur->refString(), ref->refString()),
        [=](JobContext& context) -> Result<std::shared_ptr<const DriftRun>> {
            auto run = QualityService::drift(
                path, reference, current, DriftOptions(), actor, context.progressFn(tr("Comparing…")));
            if (!run)
                return fail(run.error());
            return std::make_shared<const DriftRun>(std::move(*run));
        });
    m_running = true;
    updateButtons();
    m_strip->track(handle.job, tr("Comparing %1 with %2…").arg(cur->refString(), ref->refString()));
    auto* watcher = new QFutureWatcher<Result<std::shared_ptr<const DriftRun>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        m_strip->finish();
        updateButtons();
        Result<std::shared_ptr<const DriftRun>> result
            = watcher->future().resultCount() > 0 ? watcher->result() : fail(Error::cancelled());
        if (!result) {
            if (result.error().code != ErrorCode::Cancelled)
                m_banner->showError(result.error());
            return;
        }
        showRun(std::move(*result));
        emit driftCompared();
    });
    watcher->setFuture(handle.future);
}

void DriftTab::showRun(std::shared_ptr<const DriftRun> run)
{
    m_run = std::move(run);
    const DriftReport& r = m_run->report;
    m_model->setReport(r);
    m_psiChart->setChart(QualityCharts::psi(r));
    m_settings->setText(
        tr("%1 (%2 rows) against %3 (%4 rows): %5. Numeric features are binned on %6 quantiles of the reference; "
           "PSI floor %7; warn above PSI %8, alert above %9. The status comes from the PSI only; KS D is an effect "
           "size, p-values are not used.")
            .arg(m_run->current.refString(), QLocale().toString(r.currentRows), m_run->reference.refString(),
                QLocale().toString(r.referenceRows), DriftFeatureModel::statusText(r.overall).toUpper())
            .arg(r.bins)
            .arg(r.floor)
            .arg(r.warnPsi)
            .arg(r.alertPsi));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    onFeatureChanged();
}

bool DriftTab::selectFeature(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

void DriftTab::onFeatureChanged()
{
    const FeatureDrift* f = m_model->featureAt(m_view->currentIndex().row());
    if (!f || !m_run) {
        m_binsChart->clear(tr("Select a feature to compare its distributions."));
        m_edges->clear();
        return;
    }
    m_binsChart->setChart(QualityCharts::driftBins(*f, m_run->reference.refString(), m_run->current.refString()));
    if (f->kind == DriftFeatureKind::Numeric) {
        QStringList edges;
        for (double e : f->edges)
            edges << edgeText(*f, e);
        m_edges->setText(tr("Bin edges (%1): %2")
                             .arg(f->customEdges ? tr("configured") : tr("reference quantiles"),
                                 edges.isEmpty() ? tr("none (one bin)") : edges.join(QStringLiteral(", "))));
    } else {
        m_edges->setText(tr(
            "%n categories; %1 of the current rows have a value the reference never had.", nullptr, int(f->bins.size()))
                             .arg(QLocale().toString(f->unseenShare * 100.0, 'f', 2) + QStringLiteral(" %")));
    }
}

} // namespace valuator
