// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/explain/CarExplanation.h"
#include "services/explain/ExplainService.h"
#include "services/explain/FairnessService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

class QTextDocument;

namespace valuator {

/// An exported explanation as HTML (self-contained, charts embedded as PNG) or an A4 PDF, built like
/// QualityReportDocument: either for one valuation (the car's fields without plate, price, waterfall chart and the
/// dealer sheet) or for the model (importance, beeswarm, partial dependence, coefficients, and the latest fairness
/// check when there is one). Charts are rendered off screen; GUI thread only (QCustomPlot is a widget).
class ExplanationReport {
    Q_DECLARE_TR_FUNCTIONS(ExplanationReport)
public:
    static ExplanationReport forCar(const RunRecord& run, const QJsonObject& car, const CarExplanation& explanation);
    static ExplanationReport forModel(
        const RunRecord& run, const DatasetExplanation& explanation, const std::optional<FairnessRecord>& fairness);
    ~ExplanationReport();
    ExplanationReport(ExplanationReport&&) noexcept;
    ExplanationReport& operator=(ExplanationReport&&) noexcept;

    QString title() const { return m_title; }
    /// Chart names in order ("waterfall"; "importance", "beeswarm", "pdp_mileage_km", ...).
    QStringList chartNames() const { return m_chartOrder; }
    QImage chartImage(const QString& name) const { return m_charts.value(name); }

    /// The whole report; `embedImages`: charts as data: URIs, else `chart:NAME` resources of document().
    QString html(bool embedImages) const;
    Status saveHtml(const QString& path) const;
    Status savePdf(const QString& path);
    /// saveHtml() for .html/.htm, savePdf() for .pdf; InvalidArgument for other extensions.
    Status save(const QString& path);

private:
    ExplanationReport() = default;
    void addChart(const QString& name, const QImage& image);
    QString imageTag(const QString& name, bool embed) const;

    QString m_title;
    QString m_meta; ///< HTML: model, dataset, dates
    QStringList m_sections; ///< HTML fragments; "@chart:NAME@" marks are replaced by the image
    QStringList m_chartOrder;
    QHash<QString, QImage> m_charts;
    QDateTime m_exportedAt = QDateTime::currentDateTimeUtc();
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace valuator
