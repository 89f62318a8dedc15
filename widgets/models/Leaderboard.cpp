// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/Leaderboard.h"

#include "services/session/Session.h"
#include "services/training/RunStore.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/models/RunTableModel.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace valuator {

Leaderboard::Leaderboard(Session& session, MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(banner)
    , m_model(new RunTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_menu(new QMenu(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_view->setObjectName(QStringLiteral("leaderboardView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunTableModel::Mae, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setToolTip(tr("Select two or three runs to compare them below. Right-click a run to rename, tag or "
                          "delete it."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_menu->addAction(tr("&Rename…")), &QAction::triggered, this, [this] { promptRename(m_menuRun); });
    connect(m_menu->addAction(tr("Edit &tags…")), &QAction::triggered, this, [this] { promptTags(m_menuRun); });
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Delete…")), &QAction::triggered, this, [this] { confirmDelete(m_menuRun); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &Leaderboard::showMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { emit selectionChanged(selectedIds()); });
}

QList<qint64> Leaderboard::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << index.data(RunTableModel::kIdRole).toLongLong();
    return ids;
}

void Leaderboard::selectIds(const QList<qint64>& ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void Leaderboard::refresh()
{
    const QList<qint64> keep = selectedIds();
    Workspace* ws = m_session.workspace();
    QList<RunRecord> runs;
    if (ws) {
        auto listed = RunStore::list(ws->db());
        if (listed)
            runs = std::move(*listed);
        else
            m_banner->showError(listed.error());
    }
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->setRuns(runs);
        selectIds(keep);
    }
    m_view->resizeColumnsToContents();
    if (selectedIds() != keep)
        emit selectionChanged(selectedIds());
}

void Leaderboard::showMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_menuRun = index.data(RunTableModel::kIdRole).toLongLong();
    m_menu->popup(m_view->viewport()->mapToGlobal(pos)); // popup, not exec: no nested event loop
}

bool Leaderboard::afterWrite(bool ok, const QString& errorMessage)
{
    if (!ok) {
        m_banner->showMessage(MessageBanner::Kind::Error, errorMessage);
        return false;
    }
    refresh();
    m_session.notifyContentChanged(QStringLiteral("models"));
    emit runsEdited();
    return true;
}

bool Leaderboard::renameRun(qint64 id, const QString& name)
{
    Workspace* ws = m_session.workspace();
    if (!ws || name.trimmed().isEmpty())
        return false;
    const Status done = RunStore::rename(ws->db(), id, name.trimmed(), m_session.actingUser());
    return afterWrite(bool(done), done ? QString() : done.error().userMessage);
}

bool Leaderboard::setRunTags(qint64 id, const QStringList& tags)
{
    Workspace* ws = m_session.workspace();
    if (!ws)
        return false;
    const Status done = RunStore::setTags(ws->db(), id, tags, m_session.actingUser());
    return afterWrite(bool(done), done ? QString() : done.error().userMessage);
}

bool Leaderboard::deleteRun(qint64 id)
{
    Workspace* ws = m_session.workspace();
    if (!ws)
        return false;
    const Status done = RunStore::remove(ws->db(), id, m_session.actingUser());
    return afterWrite(bool(done), done ? QString() : done.error().userMessage);
}

void Leaderboard::promptRename(qint64 id)
{
    const RunRecord* run = m_model->runById(id);
    if (!run)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renameRunDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename run"));
    dialog->setLabelText(tr("New name for “%1”:").arg(run->name));
    dialog->setTextValue(run->name);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& name) { renameRun(id, name); });
    dialog->open();
}

void Leaderboard::promptTags(qint64 id)
{
    const RunRecord* run = m_model->runById(id);
    if (!run)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("tagRunDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit tags"));
    dialog->setLabelText(tr("Tags of “%1”, separated by commas:").arg(run->name));
    dialog->setTextValue(run->tags.join(QStringLiteral(", ")));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& text) {
        QStringList tags;
        for (const QString& t : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!t.trimmed().isEmpty())
                tags << t.trimmed();
        setRunTags(id, tags);
    });
    dialog->open();
}

void Leaderboard::confirmDelete(qint64 id)
{
    const RunRecord* run = m_model->runById(id);
    if (!run)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete run"),
        tr("Delete the run “%1” and its model? This cannot be undone.").arg(run->name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteRunDialog"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            deleteRun(id);
    });
    box->open();
}

} // namespace valuator
