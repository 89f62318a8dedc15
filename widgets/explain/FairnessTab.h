// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/datasets/DatasetTypes.h"
#include "services/explain/FairnessService.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace valuator {

class ChartView;
class JobStrip;
class MessageBanner;
class Session;

/// The Explain page's "Fairness" tab: the model's error by segment (MAPE per segment with the overall line and the
/// flagged segments in red) and a table (segment, count, MAE, MAPE, ratio, flagged). Shows the latest stored check
/// (FairnessService::latest); "Run fairness check" runs FairnessService::run as a job with progress and cancel and
/// then shows the new stored result.
class FairnessTab : public QWidget {
    Q_OBJECT
public:
    FairnessTab(Session& session, MessageBanner* banner, QWidget* parent = nullptr);

    /// The model to show and the dataset version a new check scores (0 / empty: nothing).
    void setTarget(qint64 modelId, const DatasetRef& dataset);
    /// Re-reads the latest stored check of the model.
    void reload();
    /// Starts a check as a job (no-op while one runs or without a model).
    void runCheck();
    bool isRunning() const { return m_running; }
    const std::optional<FairnessRecord>& record() const { return m_record; }

    QPushButton* runButton() const { return m_run; }
    QTableWidget* table() const { return m_table; }
    ChartView* chartView() const { return m_chart; }
    QComboBox* dimensionCombo() const { return m_dimension; }
    JobStrip* jobStrip() const { return m_strip; }

signals:
    /// A check finished (stored) or failed/was cancelled (`ok` false).
    void checkFinished(bool ok);

private:
    void showRecord(const std::optional<FairnessRecord>& record);
    void showChart();
    void fillTable(const FairnessReport& report);

    Session& m_session;
    MessageBanner* m_banner;
    qint64 m_modelId = 0;
    DatasetRef m_dataset;
    std::optional<FairnessRecord> m_record;
    bool m_running = false;
    quint64 m_serial = 0;
    QLabel* m_caption;
    QPushButton* m_run;
    JobStrip* m_strip;
    QComboBox* m_dimension;
    ChartView* m_chart;
    QTableWidget* m_table;
};

} // namespace valuator
