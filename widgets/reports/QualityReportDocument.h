// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QJsonObject>

#include <memory>

class QTextDocument;

namespace valuator {

struct DriftRun;

/// The exported data quality report of one dataset version: title, dataset@version, dates, the gate (in words
/// and colour), summary counts, the checks and contract rules (worst first), the column profiles, and charts
/// (missing values per column, price and mileage histograms, and the PSI per feature when a drift comparison is
/// added). Built from the report JSON (QualityRun::toJson, or the report stored in the workspace), so the page
/// and `valuator-cli profile --report` produce the same document.
///
/// Charts are rendered off screen (ChartRenderer), so this works without a visible window, but it needs a
/// QApplication (QCustomPlot is a widget) and the GUI thread. Rendering and writing a report take well under a
/// second for any dataset size: the report holds aggregates and samples, not rows.
class QualityReportDocument {
    Q_DECLARE_TR_FUNCTIONS(QualityReportDocument)
public:
    explicit QualityReportDocument(const QJsonObject& report);
    ~QualityReportDocument();
    QualityReportDocument(const QualityReportDocument&) = delete;
    QualityReportDocument& operator=(const QualityReportDocument&) = delete;

    /// Adds a drift section (settings, PSI chart, per-feature table).
    void setDrift(const DriftRun& drift);
    /// The "exported at" time shown (default: now).
    void setExportedAt(const QDateTime& when) { m_exportedAt = when; }

    /// The report as one HTML page. `embedImages`: charts as `data:image/png;base64,` URIs (a self-contained
    /// file); otherwise as `chart:NAME` URLs that document() holds as image resources.
    QString html(bool embedImages);
    /// The report as a QTextDocument with the chart images added as resources. Owned by this object.
    QTextDocument* document();
    /// Names of the charts in the report, in order ("missing", "sale_price", "mileage_km", "psi").
    QStringList chartNames();
    QImage chartImage(const QString& name);

    /// Writes a self-contained HTML file (UTF-8).
    Status saveHtml(const QString& path);
    /// Writes an A4 PDF with margins and page numbers.
    Status savePdf(const QString& path);
    /// saveHtml() for .html/.htm, savePdf() for .pdf; InvalidArgument for any other extension.
    Status save(const QString& path);
    /// True for the extensions save() accepts.
    static bool isSupportedPath(const QString& path);

private:
    void renderCharts();
    QString imageTag(const QString& name, bool embed) const;

    QJsonObject m_report;
    std::unique_ptr<DriftRun> m_drift;
    QDateTime m_exportedAt;
    QStringList m_chartOrder;
    QHash<QString, QImage> m_charts;
    bool m_rendered = false;
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace valuator
