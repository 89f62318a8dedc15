// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;

namespace valuator {

class ChecksTab;
class ColumnsTab;
class DriftTab;
class FixesTab;
class JobStrip;
class MessageBanner;
class QualityHeader;
class Session;
class VersionCombo;
struct QualityRun;

/// The Data Quality page: pick a dataset version, "Run checks" (QualityService::profile as a job: profile, quality
/// checks and data contract, stored with the version), and read the result: the header with the gate badge, rows,
/// columns, freshness and contract; the tabs Checks (with drill-down to the offending rows), Columns (profiles and
/// a chart per column), Drift (PSI/KS between two versions) and Fixes (cleaning into a new version); "Export
/// report…" writes HTML or PDF. When no run happened in this session, the latest stored report of the version is
/// shown and marked as such. Follows Session::workspaceChanged and contentChanged("datasets").
///
/// Every long step runs as a background job with progress and cancel; the GUI thread only reads the dataset list
/// and the latest stored report (single queries).
class QualityPage : public QWidget {
    Q_OBJECT
public:
    explicit QualityPage(Session& session, QWidget* parent = nullptr);
    ~QualityPage() override;

    VersionCombo* versionCombo() const { return m_versions; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* contractButton() const { return m_contract; }
    QPushButton* exportButton() const { return m_export; }
    QualityHeader* header() const { return m_header; }
    QTabWidget* tabs() const { return m_tabs; }
    ChecksTab* checksTab() const { return m_checks; }
    ColumnsTab* columnsTab() const { return m_columns; }
    DriftTab* driftTab() const { return m_drift; }
    FixesTab* fixesTab() const { return m_fixes; }
    MessageBanner* banner() const { return m_banner; }

    /// The report shown (QualityRun::toJson format); empty when the version has none.
    QJsonObject report() const { return m_report; }
    /// True when the report shown was loaded from the workspace rather than run in this session.
    bool isReportStored() const { return m_reportStored; }
    /// The in-memory run behind the report shown, or null.
    std::shared_ptr<const QualityRun> currentRun() const;
    bool isRunning() const { return m_running; }
    /// The data contract used by "Run checks"; empty = the shipped default.
    QString contractPath() const { return m_contractPath; }

public slots:
    /// Re-reads the dataset list, keeping the selected version when it still exists.
    void refresh();
    /// Selects the version `ref` names ("sales@2"; "sales" = its latest). False when there is none.
    bool showVersion(const QString& ref);
    /// Starts QualityService::profile for the selected version as a job.
    void runChecks();
    void setContractPath(const QString& path);
    /// Asks for a contract file (non-modal dialog).
    void chooseContract();
    /// Asks for a report file (non-modal dialog), then exportReport().
    void chooseExportFile();

public:
    /// Writes the report shown, with the drift comparison shown on the Drift tab if any, as .html or .pdf.
    Status exportReport(const QString& path);

signals:
    /// "Apply fixes" stored a new version `ref` ("NAME@V").
    void datasetCreated(const QString& ref);
    /// A report is shown (after a run, or loaded for the selected version).
    void reportShown();

private:
    QWidget* buildToolbar();
    void onVersionChanged();
    void loadStoredReport();
    void showReport(const QJsonObject& report, bool stored);
    void showNothing(const QString& text);
    void updateButtons();

    Session& m_session;
    MessageBanner* m_banner;
    VersionCombo* m_versions;
    QPushButton* m_contract;
    QLabel* m_contractLabel;
    QPushButton* m_run;
    QPushButton* m_export;
    JobStrip* m_strip;
    QualityHeader* m_header;
    QTabWidget* m_tabs;
    ChecksTab* m_checks;
    ColumnsTab* m_columns;
    DriftTab* m_drift;
    FixesTab* m_fixes;

    QString m_contractPath;
    qint64 m_versionId = 0;
    QJsonObject m_report;
    bool m_reportStored = false;
    QHash<qint64, std::shared_ptr<const QualityRun>> m_runs; // by version id: runs of this session
    bool m_running = false;
    quint64 m_runSerial = 0;
};

} // namespace valuator
