// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/datasets/DatasetTypes.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace valuator {

class FixStepsModel;
class JobStrip;
class MessageBanner;
class Session;
class CleaningPlan;
struct CleanRun;
struct QualityRun;

/// The "Fixes" tab: the cleaning steps proposed for what the checks found (CleaningPlan::propose on the in-memory
/// report, or QualityService::proposePlan as a job when only a stored report exists), as checkable steps saying
/// what each will do; "Apply fixes" runs QualityService::clean as a job, which stores a new version (the original
/// is never changed), then shows what each step did.
class FixesTab : public QWidget {
    Q_OBJECT
public:
    FixesTab(Session& session, MessageBanner* banner, QWidget* parent = nullptr);
    ~FixesTab() override;

    /// Proposes at once when `run` (the in-memory run of `version`) is given; otherwise waits for "Propose fixes".
    void setReport(const QJsonObject& report, std::shared_ptr<const QualityRun> run, const DatasetVersionInfo& version);
    void clear();

    FixStepsModel* stepsModel() const { return m_steps; }
    QTableView* stepsView() const { return m_stepsView; }
    QStandardItemModel* resultModel() const { return m_result; }
    QPushButton* proposeButton() const { return m_propose; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* openVersionButton() const { return m_open; }
    QLabel* statusLabel() const { return m_status; }
    bool isBusy() const { return m_busy; }
    /// The version the last "Apply fixes" created ("NAME@V"), empty when none.
    QString createdRef() const { return m_createdRef; }

public slots:
    void proposeFixes();
    void applyFixes();

signals:
    /// "Apply fixes" stored the new version `ref` ("NAME@V").
    void datasetCreated(const QString& ref);
    /// The user asked to check the new version.
    void openVersionRequested(const QString& ref);

private:
    void showPlan(const CleaningPlan& plan);
    void showResult(const CleanRun& run);
    void setBusy(bool busy);
    void updateButtons();

    Session& m_session;
    MessageBanner* m_banner;
    QPushButton* m_propose;
    QPushButton* m_apply;
    JobStrip* m_strip;
    FixStepsModel* m_steps;
    QTableView* m_stepsView;
    QLabel* m_status;
    QStandardItemModel* m_result;
    QTableView* m_resultView;
    QPushButton* m_open;

    QJsonObject m_report;
    std::shared_ptr<const QualityRun> m_run;
    DatasetVersionInfo m_version;
    QString m_createdRef;
    quint64 m_serial = 0;
    bool m_busy = false;
};

} // namespace valuator
