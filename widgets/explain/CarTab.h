// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/explain/CarExplanation.h"
#include "widgets/explain/ExplainJob.h"
#include "widgets/explain/Waterfall.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;

namespace valuator {

class MessageBanner;
class XyChartView;

/// The Explain page's "Car" tab: one valuation as a waterfall (base value -> contributions -> price, in currency,
/// with the car's values in the labels) beside the dealer sheet (lines in currency summing to the price), and
/// what-if controls (mileage, model year, equipment) that re-explain the car at once with
/// ExplainService::explainCar on the GUI thread (about a millisecond) using the model the page loaded as a job.
class CarTab : public QWidget {
    Q_OBJECT
public:
    explicit CarTab(MessageBanner* banner, QWidget* parent = nullptr);

    /// The loaded model and the cars to choose from (shared with the page; the model is kept for what-ifs).
    void setOutcome(std::shared_ptr<const ExplainOutcome> outcome);
    void clear(const QString& text);

    /// The car as currently edited (CarExplainer JSON, no plate) and its explanation.
    const QJsonObject& car() const { return m_car; }
    const CarExplanation& explanation() const { return m_explanation; }
    const Waterfall& waterfall() const { return m_waterfall; }
    bool hasExplanation() const { return m_valid; }

    QComboBox* carCombo() const { return m_cars; }
    QSpinBox* mileageSpin() const { return m_mileage; }
    QSpinBox* yearSpin() const { return m_year; }
    QList<QCheckBox*> equipmentBoxes() const { return m_equipment; }
    XyChartView* waterfallView() const { return m_chart; }
    QTableWidget* dealerTable() const { return m_sheet; }
    QLabel* priceLabel() const { return m_price; }

signals:
    /// The car was (re-)explained after a choice or a what-if edit.
    void carExplained();

private:
    QWidget* buildControls();
    void chooseCar(int index);
    void buildEquipment(const QStringList& tokens);
    void syncControls();
    void applyEdits();
    void explainCurrent();
    void showSheet();

    MessageBanner* m_banner;
    std::shared_ptr<const ExplainOutcome> m_outcome;
    QJsonObject m_original;
    QJsonObject m_car;
    CarExplanation m_explanation;
    Waterfall m_waterfall;
    bool m_valid = false;
    QComboBox* m_cars;
    QSpinBox* m_mileage;
    QSpinBox* m_year;
    QPushButton* m_reset;
    QWidget* m_equipmentBox;
    QVBoxLayout* m_equipmentLayout;
    QList<QCheckBox*> m_equipment;
    QLabel* m_price;
    XyChartView* m_chart;
    QTableWidget* m_sheet;
};

} // namespace valuator
