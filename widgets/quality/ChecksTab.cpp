// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/ChecksTab.h"

#include "models/table/Table.h"
#include "services/datasets/DatasetStore.h"
#include "services/jobs/JobRunner.h"
#include "services/quality/QualityService.h"
#include "services/session/Session.h"
#include "services/workspace/Database.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/datasets/TableModel.h"
#include "widgets/datasets/TableViewSetup.h"
#include "widgets/quality/JobStrip.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace valuator {

ChecksTab::ChecksTab(Session& session, MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(banner)
    , m_model(new CheckListModel(this))
    , m_view(new QTableView(this))
    , m_description(new QTextBrowser(this))
    , m_showRows(new QPushButton(tr("Show &offending rows"), this))
    , m_note(new QLabel(this))
    , m_strip(new JobStrip(this))
    , m_rowsModel(new TableModel(this))
    , m_rowsView(new QTableView(this))
{
    m_view->setObjectName(QStringLiteral("checksView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CheckListModel::Title, QHeaderView::Stretch);
    m_description->setObjectName(QStringLiteral("checkDescription"));
    m_description->setMaximumHeight(90);
    m_showRows->setObjectName(QStringLiteral("showRowsButton"));
    m_showRows->setToolTip(tr("Load this version's rows and show the ones this check or rule found."));
    m_note->setObjectName(QStringLiteral("rowsNote"));
    m_note->setWordWrap(true);
    m_strip->setObjectName(QStringLiteral("checksLoadStrip"));
    m_rowsView->setObjectName(QStringLiteral("offendingRowsView"));
    m_rowsView->setModel(m_rowsModel);
    setUpLargeTableView(m_rowsView);

    auto* detail = new QWidget(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_showRows);
    buttons->addWidget(m_note, 1);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_description);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_strip);
    detailLayout->addWidget(m_rowsView, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { onSelectionChanged(); });
    connect(m_showRows, &QPushButton::clicked, this, &ChecksTab::showRows);
    onSelectionChanged();
}

ChecksTab::~ChecksTab() = default;

void ChecksTab::clear()
{
    ++m_loadSerial;
    m_strip->cancel();
    m_strip->finish();
    m_loading = false;
    m_run.reset();
    m_version = {};
    m_table.reset();
    m_rowsModel->setTable(nullptr);
    m_model->clear();
    onSelectionChanged();
}

void ChecksTab::setReport(
    const QJsonObject& report, std::shared_ptr<const QualityRun> run, const DatasetVersionInfo& version)
{
    if (version.id != m_version.id)
        clear(); // another version: its table is not ours
    m_run = std::move(run);
    m_version = version;
    m_rowsModel->setTable(nullptr);
    m_model->setReport(report);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    onSelectionChanged();
}

bool ChecksTab::selectEntry(const QString& id, CheckEntry::Source source)
{
    const int row = m_model->rowOf(source, id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void ChecksTab::onSelectionChanged()
{
    const CheckEntry* e = m_model->entryAt(m_view->currentIndex().row());
    m_rowsModel->setTable(nullptr);
    m_note->clear();
    if (!e) {
        m_description->clear();
        m_showRows->setEnabled(false);
        return;
    }
    m_description->setPlainText(QStringLiteral("%1 — %2\n%3").arg(e->id, e->title, e->description));
    m_showRows->setEnabled(e->count > 0 && !m_loading);
    if (e->count == 0)
        m_note->setText(tr("Nothing to show: no row failed this check."));
}

std::vector<int64_t> ChecksTab::rowsFor(const CheckEntry& entry, QString& note) const
{
    const QLocale locale;
    std::vector<int64_t> rows;
    if (m_run && entry.source == CheckEntry::Source::Check) {
        if (const QualityCheck* check = m_run->report.check(entry.id))
            rows.assign(check->rows.begin(), check->rows.end());
        note = tr("All %1 offending rows.").arg(locale.toString(qint64(rows.size())));
    } else if (m_run) {
        if (const RuleResult* rule = m_run->contract.rule(entry.id))
            for (const RuleSample& s : rule->samples)
                rows.push_back(s.row);
        note = tr("The first %1 of %2 offending rows (the contract keeps a sample).")
                   .arg(locale.toString(qint64(rows.size())), locale.toString(entry.count));
    } else {
        for (qint64 r : entry.sampleRows)
            rows.push_back(r);
        note = tr("This report was loaded from the workspace, which keeps only a sample: showing %1 of %2 offending "
                  "rows. Run the checks again to see all of them.")
                   .arg(locale.toString(qint64(rows.size())), locale.toString(entry.count));
    }
    if (rows.empty())
        note = tr("This finding concerns the dataset as a whole: there are no single rows to show.");
    return rows;
}

void ChecksTab::showRows()
{
    if (!m_model->entryAt(m_view->currentIndex().row()) || m_version.id == 0 || m_loading)
        return;
    if (m_table)
        applyRows();
    else
        startLoad();
}

void ChecksTab::startLoad()
{
    Workspace* ws = m_session.workspace();
    if (!ws)
        return;
    auto connection = ws->openConnection();
    if (!connection) {
        m_banner->showError(connection.error());
        return;
    }
    std::shared_ptr<Database> db(std::move(*connection));
    const qint64 id = m_version.id;
    auto handle = m_session.jobs().start<std::shared_ptr<const Table>>(tr("Load %1").arg(m_version.refString()),
        [db, id](JobContext& context) -> Result<std::shared_ptr<const Table>> {
            auto table = DatasetStore::loadTable(*db, id, {}, context.progressFn(tr("Reading columns…")));
            if (!table)
                return fail(table.error());
            return std::make_shared<const Table>(std::move(*table));
        });
    const quint64 serial = ++m_loadSerial;
    m_loading = true;
    m_showRows->setEnabled(false);
    m_strip->track(handle.job, tr("Loading the rows of %1…").arg(m_version.refString()));
    auto* watcher = new QFutureWatcher<Result<std::shared_ptr<const Table>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        if (serial != m_loadSerial)
            return; // superseded by another version or clear()
        m_loading = false;
        m_strip->finish();
        Result<std::shared_ptr<const Table>> result
            = watcher->future().resultCount() > 0 ? watcher->result() : fail(Error::cancelled());
        onSelectionChanged();
        if (!result) {
            if (result.error().code != ErrorCode::Cancelled)
                m_banner->showError(result.error());
            m_note->setText(tr("Loading the rows was cancelled or failed."));
            return;
        }
        m_table = std::move(*result);
        applyRows();
    });
    watcher->setFuture(handle.future);
}

void ChecksTab::applyRows()
{
    const CheckEntry* e = m_model->entryAt(m_view->currentIndex().row());
    if (!e || !m_table)
        return;
    QString note;
    std::vector<int64_t> rows = rowsFor(*e, note);
    m_rowsModel->setTable(m_table);
    m_rowsModel->setRowFilter(std::move(rows));
    fitColumnsToSample(m_rowsView);
    m_note->setText(note);
    emit rowsShown(m_rowsModel->rowCount());
}

} // namespace valuator
