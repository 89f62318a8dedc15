// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/datasets/DataBrowser.h"

#include "models/schema/CarSchema.h"
#include "models/table/Table.h"
#include "services/datasets/DatasetStore.h"
#include "services/jobs/JobRunner.h"
#include "services/session/Session.h"
#include "services/workspace/Database.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/datasets/RowSearch.h"
#include "widgets/datasets/TableModel.h"
#include "widgets/datasets/TableViewSetup.h"

#include <QCheckBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace valuator {
namespace {

constexpr int kSearchDelayMs = 300;

/// The watcher's result, or a Cancelled error when the future was cancelled without one.
template <class T> Result<T> takeResult(QFutureWatcher<Result<T>>* watcher)
{
    if (watcher->future().resultCount() == 0)
        return fail(Error::cancelled());
    return watcher->result();
}

QString headerFor(const ColumnInfo& info)
{
    if (const FieldDef* def = info.field.isEmpty() ? nullptr : CarSchema::byKey(info.field))
        return CarSchema::displayName(def->field);
    return {}; // TableModel's default: the name, or "Source line"
}

} // namespace

DataBrowser::DataBrowser(Session& session, MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(banner)
    , m_model(new TableModel(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_allText(new QCheckBox(tr("&All text columns"), this))
    , m_count(new QLabel(this))
    , m_loadStrip(new QWidget(this))
    , m_loadText(new QLabel(m_loadStrip))
    , m_progress(new QProgressBar(m_loadStrip))
    , m_loadButton(new QPushButton(m_loadStrip))
    , m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Find licence plate…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Shows the rows whose licence plate contains this text (case-insensitive)."));
    m_allText->setObjectName(QStringLiteral("allTextColumnsCheck"));
    m_allText->setToolTip(tr("Search every text column (brand, model, region, equipment, …), not only the plate."));
    m_count->setObjectName(QStringLiteral("matchCountLabel"));
    m_loadButton->setObjectName(QStringLiteral("loadButton"));
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_view->setObjectName(QStringLiteral("dataView"));
    m_view->setModel(m_model);
    setUpLargeTableView(m_view);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);

    auto* strip = new QHBoxLayout(m_loadStrip);
    strip->setContentsMargins(0, 0, 0, 0);
    strip->addWidget(m_loadText);
    strip->addWidget(m_progress, 1);
    strip->addWidget(m_loadButton);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search, 2);
    tools->addWidget(m_allText);
    tools->addWidget(m_count, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_loadStrip);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty())
            search(); // clearing restores all rows at once
        else
            m_searchDelay->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &DataBrowser::search);
    connect(m_searchDelay, &QTimer::timeout, this, &DataBrowser::search);
    connect(m_allText, &QCheckBox::toggled, this, &DataBrowser::search);
    connect(m_loadButton, &QPushButton::clicked, this, [this] {
        if (m_loading) {
            if (m_loadJob)
                m_loadJob->cancel();
        } else if (m_pending.id != 0)
            startLoad(m_pending);
    });
    clear();
}

DataBrowser::~DataBrowser() = default;

void DataBrowser::clear()
{
    ++m_loadSerial;
    if (m_loadJob)
        m_loadJob->cancel();
    m_loadJob.clear();
    m_loading = false;
    cancelSearch();
    m_pending = {};
    m_versionId = 0;
    m_table.reset();
    m_plateColumn = -1;
    m_model->setTable(nullptr);
    setLoadState({}, false, false);
    updateCountLabel();
}

void DataBrowser::loadVersion(const DatasetVersionInfo& version)
{
    if ((m_table && m_versionId == version.id) || (m_loading && m_pending.id == version.id))
        return;
    startLoad(version);
}

void DataBrowser::startLoad(DatasetVersionInfo version)
{
    clear();
    m_pending = version;
    Workspace* ws = m_session.workspace();
    if (!ws)
        return;
    auto connection = ws->openConnection();
    if (!connection) {
        m_banner->showError(connection.error());
        setLoadState(tr("Could not open the workspace to load %1.").arg(version.refString()), false, true);
        return;
    }
    std::shared_ptr<Database> db(std::move(*connection));
    const qint64 id = version.id;
    auto handle = m_session.jobs().start<std::shared_ptr<const Table>>(
        tr("Load %1").arg(version.refString()), [db, id](JobContext& context) -> Result<std::shared_ptr<const Table>> {
            auto table = DatasetStore::loadTable(*db, id, {}, context.progressFn(tr("Reading columns…")));
            if (!table)
                return fail(table.error());
            return std::make_shared<const Table>(std::move(*table));
        });
    const quint64 serial = m_loadSerial;
    m_loadJob = handle.job;
    m_loading = true;
    setLoadState(
        tr("Loading %1 (%2 rows)…").arg(version.refString(), QLocale().toString(version.rowCount)), true, false);
    if (handle.job)
        connect(handle.job, &Job::progressChanged, this, [this, serial](qint64 done, qint64 total, const QString&) {
            if (serial != m_loadSerial)
                return;
            m_progress->setRange(0, total > 0 ? int(total) : 0);
            m_progress->setValue(int(done));
        });
    auto* watcher = new QFutureWatcher<Result<std::shared_ptr<const Table>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial, version] {
        watcher->deleteLater();
        finishLoad(serial, version, takeResult(watcher));
    });
    watcher->setFuture(handle.future);
}

void DataBrowser::finishLoad(
    quint64 serial, const DatasetVersionInfo& version, Result<std::shared_ptr<const Table>> result)
{
    if (serial != m_loadSerial)
        return; // superseded by a newer load or clear()
    m_loadJob.clear();
    m_loading = false;
    if (!result) {
        const bool cancelled = result.error().code == ErrorCode::Cancelled;
        if (!cancelled)
            m_banner->showError(result.error());
        setLoadState(cancelled ? tr("Loading %1 was cancelled.").arg(version.refString())
                               : tr("Could not load %1.").arg(version.refString()),
            false, true);
        return;
    }
    showTable(std::move(*result), version.columns);
    m_versionId = version.id;
    m_pending = version;
}

void DataBrowser::showTable(std::shared_ptr<const Table> table, const QList<ColumnInfo>& columns)
{
    cancelSearch();
    m_table = std::move(table);
    m_versionId = 0;
    m_plateColumn = -1;
    m_model->setTable(m_table);
    setLoadState({}, false, false);
    if (m_table) {
        QStringList labels;
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const QString& name = m_table->column(c).name();
            const auto info
                = std::find_if(columns.begin(), columns.end(), [&](const ColumnInfo& i) { return i.name == name; });
            labels << (info == columns.end() ? QString() : headerFor(*info));
            if (info != columns.end() && info->field == QLatin1String("plate"))
                m_plateColumn = c;
        }
        if (m_plateColumn < 0)
            m_plateColumn = m_table->indexOf(QStringLiteral("plate"));
        m_model->setHeaderLabels(labels);
    }
    {
        // Without a plate column only "all text columns" makes sense; give the user's choice back afterwards.
        const QSignalBlocker blocker(m_allText); // search() runs below anyway
        if (m_plateColumn < 0 && m_allText->isEnabled())
            m_userAllText = m_allText->isChecked();
        else if (m_plateColumn >= 0 && !m_allText->isEnabled())
            m_allText->setChecked(m_userAllText);
        if (m_plateColumn < 0)
            m_allText->setChecked(true);
        m_allText->setEnabled(m_plateColumn >= 0);
    }
    fitColumnsToSample(m_view);
    m_view->scrollToTop();
    updateCountLabel();
    emit tableShown(m_table ? m_table->rowCount() : 0);
    if (!m_search->text().trimmed().isEmpty())
        search();
}

std::vector<int> DataBrowser::searchColumns() const
{
    if (!m_table)
        return {};
    if (m_allText->isChecked() || m_plateColumn < 0)
        return RowSearch::textColumns(*m_table);
    return {m_plateColumn};
}

void DataBrowser::cancelSearch()
{
    ++m_searchSerial;
    m_searchDelay->stop();
    if (m_searchJob)
        m_searchJob->cancel();
    m_searchJob.clear();
    m_searching = false;
}

void DataBrowser::search()
{
    cancelSearch();
    const QString needle = m_search->text().trimmed();
    if (!m_table) {
        updateCountLabel();
        return;
    }
    if (needle.isEmpty()) {
        m_model->clearRowFilter();
        updateCountLabel();
        emit searchFinished(-1);
        return;
    }
    const quint64 serial = m_searchSerial;
    const std::vector<int> columns = searchColumns();
    if (m_table->rowCount() <= kSyncSearchRows) {
        applySearchResult(serial, RowSearch::find(*m_table, needle, columns));
        return;
    }
    // The job title names the dataset, never the search text: titles are logged and plates are personal data.
    std::shared_ptr<const Table> table = m_table;
    auto handle = m_session.jobs().start<std::vector<int64_t>>(
        tr("Search rows"), [table, needle, columns](JobContext& context) -> Result<std::vector<int64_t>> {
            return RowSearch::find(*table, needle, columns, context.progressFn(tr("Searching rows…")));
        });
    m_searchJob = handle.job;
    m_searching = true;
    m_count->setText(tr("Searching…"));
    auto* watcher = new QFutureWatcher<Result<std::vector<int64_t>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        applySearchResult(serial, takeResult(watcher));
    });
    watcher->setFuture(handle.future);
}

void DataBrowser::applySearchResult(quint64 serial, Result<std::vector<int64_t>> result)
{
    if (serial != m_searchSerial)
        return; // a newer search, a cleared box or another table superseded it
    m_searchJob.clear();
    m_searching = false;
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled)
            m_banner->showError(result.error());
        updateCountLabel();
        return;
    }
    m_model->setRowFilter(std::move(*result));
    m_view->scrollToTop();
    updateCountLabel();
    emit searchFinished(matchCount());
}

qint64 DataBrowser::matchCount() const
{
    return m_model->hasRowFilter() ? qint64(m_model->rowCount()) : -1;
}

void DataBrowser::setLoadState(const QString& text, bool loading, bool canRetry)
{
    m_loadStrip->setVisible(loading || canRetry);
    m_loadText->setText(text);
    m_progress->setVisible(loading);
    m_progress->setRange(0, 0); // busy indicator until the first progress report
    m_loadButton->setText(loading ? tr("&Cancel") : tr("&Retry"));
    m_loadButton->setToolTip(loading ? tr("Stop loading this version.") : tr("Load this version again."));
    m_search->setEnabled(!loading);
}

void DataBrowser::updateCountLabel()
{
    const QLocale locale;
    if (!m_table)
        m_count->clear();
    else if (m_model->hasRowFilter())
        m_count->setText(
            tr("%1 of %2 rows match").arg(locale.toString(m_model->rowCount()), locale.toString(m_table->rowCount())));
    else
        m_count->setText(tr("%1 rows").arg(locale.toString(m_table->rowCount())));
}

} // namespace valuator
