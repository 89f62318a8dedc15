// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace valuator {

class DataBrowser;
class DatasetListModel;
class MessageBanner;
class RejectsTab;
class Session;
class VersionDetails;

/// The Datasets page: every dataset of the workspace with its versions on the left; on the right the selected
/// version's rows ("Data": virtualised table with a licence-plate search), its lineage, dialect, import report
/// and columns ("Details") and the rows its import rejected ("Rejected rows"). Deletes a dataset after a
/// confirmation. Follows Session::workspaceChanged and contentChanged("datasets").
///
/// The list is read on the GUI thread (three short queries); table loads, searches of large tables, reject
/// exports and deletions run as background jobs with their own connections.
class DatasetsPage : public QWidget {
    Q_OBJECT
public:
    explicit DatasetsPage(Session& session, QWidget* parent = nullptr);

    DatasetListModel* listModel() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QTabWidget* tabs() const { return m_tabs; }
    DataBrowser* dataBrowser() const { return m_data; }
    VersionDetails* details() const { return m_details; }
    RejectsTab* rejectsTab() const { return m_rejects; }
    MessageBanner* banner() const { return m_banner; }
    QPushButton* deleteButton() const { return m_delete; }

    /// dataset_versions.id of the selected version, 0 when none.
    qint64 currentVersionId() const { return m_versionId; }

public slots:
    /// Re-reads the dataset list, keeping the selection when it still exists.
    void refresh();
    /// Selects and loads the version `ref` names ("sales@2", or "sales" for its latest version) and shows its
    /// data. Shows the reason in the banner and returns false when there is no such version.
    bool showVersion(const QString& ref);
    /// Asks for confirmation (a window-modal box, object name "deleteConfirmation"), then deleteDataset().
    void deleteSelectedDataset();
    /// Deletes the dataset `name` with all its versions in a background job, without asking; the store records
    /// `dataset.delete` in the audit log. Refreshes every page through Session::notifyContentChanged().
    void deleteDataset(const QString& name);

signals:
    void versionSelected(qint64 versionId, const QString& ref);
    void datasetDeleted(const QString& name);

private:
    QWidget* buildListPanel();
    QWidget* buildDetailPanel();
    void onCurrentChanged(const QModelIndex& current);
    void showNothing(const QString& message);
    void onWorkspaceChanged();
    void updateButtons();

    Session& m_session;
    MessageBanner* m_banner;
    DatasetListModel* m_model;
    QTreeView* m_tree;
    QPushButton* m_refresh;
    QPushButton* m_delete;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_heading;
    QTabWidget* m_tabs;
    DataBrowser* m_data;
    VersionDetails* m_details;
    RejectsTab* m_rejects;
    qint64 m_versionId = 0;
    bool m_refreshing = false;
    bool m_deleting = false;
};

} // namespace valuator
