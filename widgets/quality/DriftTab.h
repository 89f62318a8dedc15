// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/datasets/DatasetTypes.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace valuator {

class ChartView;
class DriftFeatureModel;
class JobStrip;
class MessageBanner;
class Session;
class VersionCombo;
struct DriftRun;

/// The "Drift" tab: pick a reference and a current version, "Compare" runs QualityService::drift as a job (stored
/// in the workspace); shows the PSI per feature as a bar chart with the warn/alert thresholds, the per-feature
/// table (PSI, KS D, unseen share, missing shares, status), and for the selected feature the reference and
/// current shares per bin overlaid, with the bin edges used.
class DriftTab : public QWidget {
    Q_OBJECT
public:
    DriftTab(Session& session, MessageBanner* banner, QWidget* parent = nullptr);
    ~DriftTab() override;

    void setDatasets(const QList<DatasetSummary>& datasets);
    /// Proposes `current` as the current version and its parent (else the previous version of the same dataset)
    /// as the reference, unless the user picked versions already.
    void proposeVersions(const DatasetVersionInfo& current);
    /// Forgets the comparison shown (e.g. another workspace).
    void clear();
    bool selectFeature(const QString& name);

    /// The last comparison shown, or null.
    std::shared_ptr<const DriftRun> driftRun() const { return m_run; }
    bool isRunning() const { return m_running; }

    VersionCombo* referenceCombo() const { return m_reference; }
    VersionCombo* currentCombo() const { return m_current; }
    QPushButton* compareButton() const { return m_compare; }
    DriftFeatureModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ChartView* psiChart() const { return m_psiChart; }
    ChartView* binsChart() const { return m_binsChart; }
    QLabel* settingsLabel() const { return m_settings; }
    QLabel* edgesLabel() const { return m_edges; }

public slots:
    void compare();

signals:
    /// A comparison finished and is shown (driftRun()).
    void driftCompared();

private:
    void showRun(std::shared_ptr<const DriftRun> run);
    void onFeatureChanged();
    void updateButtons();

    Session& m_session;
    MessageBanner* m_banner;
    VersionCombo* m_reference;
    VersionCombo* m_current;
    QPushButton* m_compare;
    JobStrip* m_strip;
    QLabel* m_settings;
    ChartView* m_psiChart;
    DriftFeatureModel* m_model;
    QTableView* m_view;
    ChartView* m_binsChart;
    QLabel* m_edges;
    std::shared_ptr<const DriftRun> m_run;
    bool m_running = false;
    bool m_userPicked = false;
    bool m_proposing = false;
};

} // namespace valuator
