// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/datasets/DatasetTypes.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace valuator {

class Job;
class MessageBanner;
class Session;
class Table;
class TableModel;

/// The "Data" tab of the Datasets page: a dataset version's rows in a virtualised table, with a licence-plate
/// search.
///
/// loadVersion() decodes the version on a worker thread (a JobRunner job with its own workspace connection),
/// showing progress with a Cancel button; a newer load or clear() supersedes an older one (its result is
/// dropped). The table is held as std::shared_ptr<const Table> and shared with search jobs. Searching tables of
/// more than kSyncSearchRows rows runs as a job too; smaller ones are scanned at once. The search text is never
/// logged (plates are personal data).
class DataBrowser : public QWidget {
    Q_OBJECT
public:
    static constexpr int64_t kSyncSearchRows = 200000;

    /// `banner` (not owned) shows load errors.
    DataBrowser(Session& session, MessageBanner* banner, QWidget* parent = nullptr);
    ~DataBrowser() override;

    /// Loads and shows `version` (no-op when it is already shown or loading).
    void loadVersion(const DatasetVersionInfo& version);
    /// Shows `table` at once. `columns` (optional) gives header labels and which column holds the plate; without
    /// it the column named "plate" is the plate column.
    void showTable(std::shared_ptr<const Table> table, const QList<ColumnInfo>& columns = {});
    /// Cancels any load or search and shows nothing.
    void clear();

    /// dataset_versions.id of the version shown (0: none, or a table given to showTable()).
    qint64 versionId() const { return m_versionId; }
    /// True from loadVersion() until its result is shown (or superseded).
    bool isLoading() const { return m_loading; }
    /// True while a background search runs (small tables are searched at once).
    bool isSearching() const { return m_searching; }
    /// Rows matching the current search, or -1 when no search filter is applied.
    qint64 matchCount() const;

    TableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    QCheckBox* allTextColumnsCheck() const { return m_allText; }

public slots:
    /// Filters the rows by the search box's text now (an empty text shows all rows).
    void search();

signals:
    void tableShown(qint64 rows);
    void searchFinished(qint64 matches);

private:
    void startLoad(DatasetVersionInfo version); // by value: it may be m_pending, which clear() resets
    void finishLoad(quint64 serial, const DatasetVersionInfo& version, Result<std::shared_ptr<const Table>> result);
    void applySearchResult(quint64 serial, Result<std::vector<int64_t>> result);
    std::vector<int> searchColumns() const;
    void cancelSearch();
    void setLoadState(const QString& text, bool loading, bool canRetry);
    void updateCountLabel();

    Session& m_session;
    MessageBanner* m_banner;
    TableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QCheckBox* m_allText;
    QLabel* m_count;
    QWidget* m_loadStrip;
    QLabel* m_loadText;
    QProgressBar* m_progress;
    QPushButton* m_loadButton; // "Cancel" while loading, "Retry" after a cancel or failure
    QTimer* m_searchDelay;

    std::shared_ptr<const Table> m_table;
    int m_plateColumn = -1;
    bool m_userAllText = false; // the box's state before a table without a plate column forced it on
    qint64 m_versionId = 0;
    DatasetVersionInfo m_pending; // the version being (or last tried being) loaded
    quint64 m_loadSerial = 0;
    quint64 m_searchSerial = 0;
    QPointer<Job> m_loadJob;
    QPointer<Job> m_searchJob;
    bool m_loading = false;
    bool m_searching = false;
};

} // namespace valuator
