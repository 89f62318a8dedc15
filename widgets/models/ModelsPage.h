// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QSplitter;

namespace valuator {

class CompareView;
class JobStrip;
class Leaderboard;
class MessageBanner;
class Session;
class TrainPanel;
class XyChartView;
struct CompareData;
struct RunRecord;

/// The Models page: train a learner on a dataset version (TrainPanel) as a background job with progress, Cancel
/// and a live learning curve while XGBoost boosts; the leaderboard of stored runs (sortable, rename/tag/delete);
/// and the comparison of up to three selected runs (predicted vs actual, residuals, error by segment, learning
/// curves), loaded as a job. A version whose quality gate failed asks for an override reason (audited) instead of
/// failing. Follows Session::workspaceChanged and contentChanged("datasets"/"models").
///
/// The GUI thread only lists datasets and runs and reads a version's gate (single queries); training and the
/// compare data (predictions plus dataset rows) run on the job runner.
class ModelsPage : public QWidget {
    Q_OBJECT
public:
    explicit ModelsPage(Session& session, QWidget* parent = nullptr);
    ~ModelsPage() override;

    TrainPanel* trainPanel() const { return m_train; }
    Leaderboard* leaderboard() const { return m_leaderboard; }
    CompareView* compareView() const { return m_compare; }
    XyChartView* liveCurve() const { return m_liveCurve; }
    JobStrip* jobStrip() const { return m_strip; }
    MessageBanner* banner() const { return m_banner; }
    bool isTraining() const { return m_training; }
    /// Most runs compared at once.
    static constexpr int kMaxCompared = 3;

public slots:
    /// Re-reads the dataset versions and the runs.
    void refresh();
    /// Trains with the panel's settings (asks for an override reason first when the version's gate failed).
    void train();
    /// Trains with an explicit gate override reason (empty: none).
    void trainWithReason(const QString& gateOverrideReason);
    /// Asks the running training job to stop.
    void cancelTraining();

signals:
    /// A training run was stored (the leaderboard already shows it).
    void trainingFinished(qint64 runId);
    /// Training ended without a run (error shown in the banner, or cancelled).
    void trainingFailed();
    /// The compare charts show the runs `ids`.
    void compareShown(const QList<qint64>& ids);
    /// The gate of the version failed: a reason dialog (object name "gateOverrideDialog") is open.
    void gateOverrideRequested();

private:
    void promptGateOverride(const QString& message);
    void onTrainingDone(quint64 serial, const RunRecord* run, const QString& errorMessage, int errorCode);
    void onCurvePoint(quint64 serial, int fold, int iteration, double trainRmse, double validRmse);
    void resetLiveCurve(int fold, bool logTarget);
    void compareSelection(const QList<qint64>& ids);
    void updateButtons();

    Session& m_session;
    MessageBanner* m_banner;
    TrainPanel* m_train;
    XyChartView* m_liveCurve;
    JobStrip* m_strip;
    Leaderboard* m_leaderboard;
    CompareView* m_compare;
    QSplitter* m_splitter;

    bool m_training = false;
    quint64 m_trainSerial = 0;
    quint64 m_compareSerial = 0;
    int m_liveFold = -2;
    bool m_liveLogTarget = true;
    int m_foldCount = 0;
};

} // namespace valuator
