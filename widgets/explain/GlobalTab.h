// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/explain/GlobalExplanation.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace valuator {

class XyChartView;

/// The Explain page's "Model" tab: feature importance (mean |SHAP| and XGBoost gain), the SHAP summary
/// (beeswarm), a dependence plot for a chosen feature, partial dependence with ICE curves for mileage and age,
/// and, for linear models, the standardised coefficients with confidence intervals. Every chart saves itself.
class GlobalTab : public QWidget {
    Q_OBJECT
public:
    explicit GlobalTab(QWidget* parent = nullptr);

    void setExplanation(const GlobalExplanation& global, const QString& caption);
    /// Shows `text` instead of charts.
    void clear(const QString& text);

    XyChartView* importanceView() const { return m_importance; }
    XyChartView* beeswarmView() const { return m_beeswarm; }
    XyChartView* dependenceView() const { return m_dependence; }
    XyChartView* coefficientView() const { return m_coefficients; }
    /// Mileage first, then age.
    QList<XyChartView*> pdpViews() const { return m_pdp; }
    QComboBox* dependenceFeature() const { return m_feature; }
    /// Every chart of the tab, in display order.
    QList<XyChartView*> charts() const;

private:
    void showDependence();

    GlobalExplanation m_global;
    QLabel* m_caption;
    XyChartView* m_importance;
    XyChartView* m_beeswarm;
    QComboBox* m_feature;
    XyChartView* m_dependence;
    QList<XyChartView*> m_pdp;
    XyChartView* m_coefficients;
};

} // namespace valuator
