// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QMenu;
class QSortFilterProxyModel;
class QTableView;

namespace valuator {

class MessageBanner;
class RunTableModel;
class Session;

/// The sortable leaderboard of stored training runs (RunStore::list): name, learner, dataset, the pooled
/// out-of-fold metrics, seconds, created, tags. Several rows may be selected (the page compares up to three).
/// The context menu renames, edits the tags of, or deletes the run under the mouse; delete asks first. Dialogs
/// are non-modal (open()); the writes are single small statements on the GUI thread's connection.
class Leaderboard : public QWidget {
    Q_OBJECT
public:
    Leaderboard(Session& session, MessageBanner* banner, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    RunTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    /// Selected run ids in view order.
    QList<qint64> selectedIds() const;
    /// Selects exactly the runs `ids` (those that exist).
    void selectIds(const QList<qint64>& ids);

    /// Writes used by the context menu (and tests): audited by RunStore, then the list reloads.
    bool renameRun(qint64 id, const QString& name);
    bool setRunTags(qint64 id, const QStringList& tags);
    bool deleteRun(qint64 id);

public slots:
    /// Re-reads the runs, keeping the selection where possible.
    void refresh();
    /// Non-modal prompts for the run `id` (object names "renameRunDialog", "tagRunDialog", "deleteRunDialog").
    void promptRename(qint64 id);
    void promptTags(qint64 id);
    void confirmDelete(qint64 id);

signals:
    void selectionChanged(const QList<qint64>& ids);
    /// A run was renamed, tagged or deleted.
    void runsEdited();

private:
    void showMenu(const QPoint& pos);
    bool afterWrite(bool ok, const QString& errorMessage);

    Session& m_session;
    MessageBanner* m_banner;
    RunTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QMenu* m_menu;
    qint64 m_menuRun = 0;
};

} // namespace valuator
