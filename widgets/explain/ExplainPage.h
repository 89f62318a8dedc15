// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "widgets/explain/ExplainJob.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace valuator {

class CarTab;
class FairnessTab;
class GlobalTab;
class JobStrip;
class MessageBanner;
class RunTableModel;
class Session;
class VersionCombo;

/// The Explain page: why a stored model prices cars as it does. Pick a model (and the dataset version to explain
/// it on, by default its training data); loading the model and explaining the dataset run as one job with
/// progress and cancel. Tabs: the model (importance, beeswarm, dependence, PDP/ICE, coefficients), one car
/// (waterfall, dealer sheet, what-if on the GUI thread) and fairness (error by segment, run as a job, stored).
/// Exports an explanation report (HTML/PDF) for the car or the model; every chart saves itself as PNG or PDF.
/// Never blocks the GUI thread: reads are single small queries on the session's connection.
class ExplainPage : public QWidget {
    Q_OBJECT
public:
    explicit ExplainPage(Session& session, QWidget* parent = nullptr);
    ~ExplainPage() override;

    /// Re-reads the models and dataset versions, keeping the selection.
    void refresh();
    /// Selects model `modelId` (which starts explaining it); false when it is not in the list.
    bool selectModel(qint64 modelId);
    qint64 currentModelId() const;
    /// (Re-)explains the selected model on the selected version as a job; cancels a running one.
    void explain();
    bool isExplaining() const { return m_running; }
    /// The last finished explanation (null before the first).
    std::shared_ptr<const ExplainOutcome> outcome() const { return m_outcome; }

    /// Writes the explanation report of the shown car / of the model (.html or .pdf).
    Status exportCarReport(const QString& path);
    Status exportModelReport(const QString& path);

    QComboBox* modelCombo() const { return m_models; }
    VersionCombo* versionCombo() const { return m_versions; }
    QTabWidget* tabs() const { return m_tabs; }
    GlobalTab* globalTab() const { return m_global; }
    CarTab* carTab() const { return m_car; }
    FairnessTab* fairnessTab() const { return m_fairness; }
    JobStrip* jobStrip() const { return m_strip; }
    MessageBanner* banner() const { return m_banner; }

signals:
    /// An explanation job finished and the tabs show it.
    void explanationReady();
    /// It failed or was cancelled (the banner says why unless cancelled).
    void explanationFailed();

private:
    void connectSignals();
    void modelChanged();
    void finishExplain(Result<std::shared_ptr<const ExplainOutcome>> result);
    void chooseReportFile(bool car);
    void updateButtons();

    Session& m_session;
    MessageBanner* m_banner;
    RunTableModel* m_runs;
    QComboBox* m_models;
    VersionCombo* m_versions;
    QPushButton* m_explain;
    QPushButton* m_carReport;
    QPushButton* m_modelReport;
    JobStrip* m_strip;
    QTabWidget* m_tabs;
    GlobalTab* m_global;
    CarTab* m_car;
    FairnessTab* m_fairness;
    std::shared_ptr<const ExplainOutcome> m_outcome;
    bool m_running = false;
    quint64 m_serial = 0;
};

} // namespace valuator
