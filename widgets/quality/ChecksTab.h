// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/datasets/DatasetTypes.h"
#include "widgets/quality/CheckListModel.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace valuator {

class JobStrip;
class MessageBanner;
class Session;
class Table;
class TableModel;
struct QualityRun;

/// The "Checks" tab: every check and contract rule, worst first; the selected one's description; and on demand
/// ("Show offending rows") the offending rows of the dataset version in a virtualised table. The version's
/// Table is loaded once per version as a background job (progress and cancel in a strip) and kept while the
/// version is shown. Rows come from the in-memory run when the checks ran in this session (every offending row
/// of a check; the first rows of a contract rule, as the contract keeps a sample); a report loaded from the
/// workspace only has its stored samples, and the tab says so.
class ChecksTab : public QWidget {
    Q_OBJECT
public:
    ChecksTab(Session& session, MessageBanner* banner, QWidget* parent = nullptr);
    ~ChecksTab() override;

    /// `run` is the in-memory run of `version` or null (stored report only).
    void setReport(const QJsonObject& report, std::shared_ptr<const QualityRun> run, const DatasetVersionInfo& version);
    /// Shows nothing, cancels a load and frees the loaded table.
    void clear();
    /// Selects the entry with this id (checks before rules when both match); false when there is none.
    bool selectEntry(const QString& id, CheckEntry::Source source = CheckEntry::Source::Check);

    CheckListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    TableModel* rowsModel() const { return m_rowsModel; }
    QTableView* rowsView() const { return m_rowsView; }
    QPushButton* showRowsButton() const { return m_showRows; }
    QLabel* rowsNote() const { return m_note; }
    bool isLoading() const { return m_loading; }

public slots:
    /// Shows the selected entry's offending rows (loading the table first when needed).
    void showRows();

signals:
    /// The drill-down table now shows `rows` rows of the selected entry.
    void rowsShown(qint64 rows);

private:
    void onSelectionChanged();
    void startLoad();
    void applyRows();
    /// The rows to show for the selected entry and the note saying which they are.
    std::vector<int64_t> rowsFor(const CheckEntry& entry, QString& note) const;

    Session& m_session;
    MessageBanner* m_banner;
    CheckListModel* m_model;
    QTableView* m_view;
    QTextBrowser* m_description;
    QPushButton* m_showRows;
    QLabel* m_note;
    JobStrip* m_strip;
    TableModel* m_rowsModel;
    QTableView* m_rowsView;

    std::shared_ptr<const QualityRun> m_run;
    DatasetVersionInfo m_version;
    std::shared_ptr<const Table> m_table; // m_version's rows once loaded
    quint64 m_loadSerial = 0;
    bool m_loading = false;
};

} // namespace valuator
