// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/datasets/DatasetsPage.h"

#include "services/datasets/DatasetStore.h"
#include "services/jobs/JobRunner.h"
#include "services/session/Session.h"
#include "services/workspace/Database.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/datasets/DataBrowser.h"
#include "widgets/datasets/DatasetListModel.h"
#include "widgets/datasets/RejectsTab.h"
#include "widgets/datasets/VersionDetails.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace valuator {
namespace {

const QString kDatasetsContent = QStringLiteral("datasets");

} // namespace

DatasetsPage::DatasetsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_model(new DatasetListModel(this))
    , m_tree(new QTreeView(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_delete(new QPushButton(tr("&Delete dataset…"), this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_data(new DataBrowser(session, m_banner, this))
    , m_details(new VersionDetails(this))
    , m_rejects(new RejectsTab(session, m_banner, this))
{
    auto* title = new QLabel(tr("<h2>Datasets</h2>"), this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("datasetsSplitter"));
    splitter->addWidget(buildListPanel());
    splitter->addWidget(buildDetailPanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 880});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_refresh, &QPushButton::clicked, this, &DatasetsPage::refresh);
    connect(m_delete, &QPushButton::clicked, this, &DatasetsPage::deleteSelectedDataset);
    connect(m_rejects, &RejectsTab::countChanged, this, [this](qint64 total) {
        m_tabs->setTabText(
            2, total > 0 ? tr("Rejected rows (%1)").arg(QLocale().toString(total)) : tr("Rejected rows"));
    });
    connect(&m_session, &Session::workspaceChanged, this, &DatasetsPage::onWorkspaceChanged);
    connect(&m_session, &Session::contentChanged, this, [this](const QString& what) {
        if (what == kDatasetsContent)
            refresh();
    });
    refresh();
}

QWidget* DatasetsPage::buildListPanel()
{
    auto* panel = new QWidget(this);
    m_tree->setObjectName(QStringLiteral("datasetTree"));
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setIndentation(14);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DatasetListModel::Name, QHeaderView::Stretch);
    for (int c = DatasetListModel::Kind; c < DatasetListModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_refresh->setObjectName(QStringLiteral("refreshDatasetsButton"));
    m_delete->setObjectName(QStringLiteral("deleteDatasetButton"));
    m_delete->setToolTip(tr("Delete the selected dataset with all its versions from the workspace."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    return panel;
}

QWidget* DatasetsPage::buildDetailPanel()
{
    m_placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("versionHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("datasetTabs"));
    m_data->setObjectName(QStringLiteral("dataTab"));
    m_details->setObjectName(QStringLiteral("detailsTab"));
    m_rejects->setObjectName(QStringLiteral("rejectsTab"));
    m_tabs->addTab(m_data, tr("Data"));
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_rejects, tr("Rejected rows"));

    auto* version = new QWidget(this);
    auto* layout = new QVBoxLayout(version);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(version);
    return m_stack;
}

void DatasetsPage::refresh()
{
    Workspace* ws = m_session.workspace();
    const QModelIndex current = m_tree->currentIndex();
    const QString name = current.isValid()
        ? m_model->data(current.siblingAtColumn(0), DatasetListModel::RefRole).toString()
        : QString();
    m_refreshing = true; // the reset's selection changes must not discard the table shown
    if (!ws) {
        m_model->setDatasets({});
    } else if (auto list = DatasetStore::listDatasets(ws->db()); list) {
        m_model->setDatasets(std::move(*list));
    } else {
        m_banner->showError(list.error());
    }
    m_tree->expandAll();
    QModelIndex restore;
    if (auto ref = DatasetRef::parse(name); ref && !name.isEmpty())
        restore = ref->isLatest() ? m_model->datasetIndex(ref->name) : m_model->versionIndex(ref->name, ref->version);
    if (restore.isValid())
        m_tree->setCurrentIndex(restore);
    m_refreshing = false;
    onCurrentChanged(restore);
}

void DatasetsPage::onWorkspaceChanged()
{
    m_banner->clear();
    m_tree->setCurrentIndex({});
    m_versionId = 0;
    refresh();
}

void DatasetsPage::showNothing(const QString& message)
{
    m_versionId = 0;
    m_data->clear();
    m_details->clear();
    m_rejects->clear();
    m_heading->clear();
    m_placeholder->setText(message);
    m_stack->setCurrentIndex(0);
}

void DatasetsPage::onCurrentChanged(const QModelIndex& current)
{
    if (m_refreshing)
        return;
    updateButtons();
    const DatasetVersionInfo* version = m_model->versionAt(current);
    if (!version) {
        if (!m_session.workspace())
            showNothing(tr("No workspace open. Use File ▸ New Workspace or File ▸ Open Workspace."));
        else if (m_model->rowCount() == 0)
            showNothing(tr("No datasets yet. Import a CSV file on the Import page."));
        else
            showNothing(tr("Select a dataset or one of its versions on the left."));
        return;
    }
    if (version->id == m_versionId)
        return;
    m_versionId = version->id;
    const DatasetVersionInfo* parent = version->parentId ? m_model->versionById(version->parentId) : nullptr;
    const QString parentRef = parent ? parent->refString() : QString();
    const QLocale locale;
    m_heading->setText(tr("<b>%1</b> — %2 · %3 rows · %4 columns · created %5 by %6")
                           .arg(version->refString().toHtmlEscaped(), DatasetListModel::kindLabel(version->kind),
                               locale.toString(version->rowCount), locale.toString(version->columns.size()),
                               DatasetListModel::localTime(version->createdAt), version->createdBy.toHtmlEscaped()));
    m_details->setVersion(*version, parentRef);
    m_rejects->setVersion(version->id, version->refString());
    m_stack->setCurrentIndex(1);
    const DatasetVersionInfo copy = *version; // loadVersion may outlive a list refresh
    m_data->loadVersion(copy);
    emit versionSelected(copy.id, copy.refString());
}

void DatasetsPage::updateButtons()
{
    m_refresh->setEnabled(m_session.workspace() != nullptr);
    m_delete->setEnabled(!m_deleting && m_model->datasetAt(m_tree->currentIndex()) != nullptr);
}

bool DatasetsPage::showVersion(const QString& ref)
{
    auto parsed = DatasetRef::parse(ref);
    if (!parsed) {
        m_banner->showError(parsed.error());
        return false;
    }
    QModelIndex index = m_model->versionIndex(parsed->name, parsed->version);
    if (!index.isValid()) {
        refresh(); // it may have been created since the last refresh
        index = m_model->versionIndex(parsed->name, parsed->version);
    }
    if (!index.isValid()) {
        Workspace* ws = m_session.workspace();
        auto resolved = ws ? DatasetStore::resolve(ws->db(), *parsed) : Result<DatasetVersionInfo>();
        if (!ws)
            m_banner->showMessage(MessageBanner::Kind::Error, tr("No workspace is open."));
        else if (!resolved)
            m_banner->showError(resolved.error());
        return false;
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tabs->setCurrentWidget(m_data);
    return true;
}

void DatasetsPage::deleteSelectedDataset()
{
    const DatasetSummary* dataset = m_model->datasetAt(m_tree->currentIndex());
    if (!dataset || m_deleting)
        return;
    const QString name = dataset->name;
    const qint64 rows = dataset->latest() ? dataset->latest()->rowCount : 0;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete dataset"),
        tr("Delete the dataset “%1” with all its %n version(s)?", nullptr, int(dataset->versions.size())).arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(tr("Its %1 rows, columns and rejected rows are removed from the workspace. This cannot "
                               "be undone. The deletion is recorded in the audit log.")
                                .arg(QLocale().toString(rows)));
    box->button(QMessageBox::Yes)->setText(tr("&Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, name](QAbstractButton* button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            deleteDataset(name);
    });
    box->open(); // no nested event loop: the answer arrives through buttonClicked
}

void DatasetsPage::deleteDataset(const QString& name)
{
    Workspace* ws = m_session.workspace();
    if (!ws || m_deleting)
        return;
    auto connection = ws->openConnection();
    if (!connection) {
        m_banner->showError(connection.error());
        return;
    }
    if (const DatasetSummary* shown = m_model->datasetAt(m_tree->currentIndex()); shown && shown->name == name)
        m_data->clear(); // stop loading rows that are about to go
    std::shared_ptr<Database> db(std::move(*connection));
    const QString actor = m_session.actingUser();
    auto handle = m_session.jobs().start(tr("Delete dataset %1").arg(name),
        [db, name, actor](JobContext&) -> Status { return DatasetStore::deleteDataset(*db, name, actor); });
    m_deleting = true;
    updateButtons();
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        m_deleting = false;
        const Status status
            = watcher->future().resultCount() > 0 ? watcher->result() : Status(fail(Error::cancelled()));
        if (!status) {
            m_banner->showError(status.error());
            updateButtons();
            return;
        }
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Deleted the dataset “%1”.").arg(name));
        m_session.notifyContentChanged(kDatasetsContent); // refreshes this page too
        updateButtons();
        emit datasetDeleted(name);
    });
    watcher->setFuture(handle.future);
}

} // namespace valuator
