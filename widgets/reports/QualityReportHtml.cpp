// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/reports/QualityReportHtml.h"

#include "services/quality/QualityService.h"
#include "widgets/quality/CheckListModel.h"
#include "widgets/quality/ColumnProfileModel.h"
#include "widgets/quality/DriftFeatureModel.h"
#include "widgets/quality/QualityCharts.h"
#include "widgets/quality/QualityHeader.h"

#include <QJsonArray>
#include <QLocale>

namespace valuator {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

/// Background for a status cell by its (translated) text: red for fail/alert, amber for warn.
QString statusColor(const QString& text)
{
    if (text == CheckListModel::statusText(QStringLiteral("fail"))
        || text == DriftFeatureModel::statusText(DriftStatus::Alert))
        return QStringLiteral("#fce8e6");
    if (text == CheckListModel::statusText(QStringLiteral("warn"))
        || text == DriftFeatureModel::statusText(DriftStatus::Warn))
        return QStringLiteral("#fef7e0");
    return {};
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td bgcolor=\"#f1f3f4\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
}

} // namespace

QString QualityReportHtml::modelTable(const QAbstractItemModel& model, const QList<int>& columns, int statusColumn)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                                  "style=\"border-collapse:collapse;font-size:8pt;\"><thead><tr>");
    for (int c : columns)
        html += QStringLiteral("<th bgcolor=\"#e8eaed\" align=\"left\">%1</th>")
                    .arg(esc(model.headerData(c, Qt::Horizontal).toString()));
    html += QStringLiteral("</tr></thead><tbody>");
    for (int r = 0; r < model.rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c : columns) {
            const QModelIndex index = model.index(r, c);
            const QString text = model.data(index).toString();
            const QString colour = c == statusColumn ? statusColor(text) : QString();
            const bool right = model.data(index, Qt::TextAlignmentRole).toInt() & Qt::AlignRight;
            html += QStringLiteral("<td%1%2>%3</td>")
                        .arg(colour.isEmpty() ? QString() : QStringLiteral(" bgcolor=\"%1\"").arg(colour),
                            right ? QStringLiteral(" align=\"right\"") : QString(), esc(text));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

QString QualityReportHtml::header(const QJsonObject& report, const QDateTime& exportedAt)
{
    const QLocale locale;
    const QString ref = QStringLiteral("%1@%2")
                            .arg(report.value(QStringLiteral("dataset")).toString())
                            .arg(report.value(QStringLiteral("version")).toInteger());
    const QString gate = report.value(QStringLiteral("gate")).toString();
    const QJsonObject contract = report.value(QStringLiteral("contract")).toObject();
    const QJsonObject identity = contract.value(QStringLiteral("contract")).toObject();
    const QJsonObject checks = report.value(QStringLiteral("summary")).toObject();
    const QJsonObject rules = contract.value(QStringLiteral("counts")).toObject();
    const QJsonObject dup = report.value(QStringLiteral("duplicates")).toObject();
    const QJsonObject saleDate = QualityCharts::columnJson(report, QStringLiteral("sale_date"));
    const auto n = [](const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toInteger(); };

    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Data quality report: %1").arg(ref)));
    html += QStringLiteral("<p><span style=\"background-color:%1;color:#ffffff;font-weight:bold;font-size:14pt;\">"
                           "&nbsp;%2&nbsp;</span>&nbsp;&nbsp;%3</p>")
                .arg(QualityHeader::gateColor(gate), esc(tr("Gate: %1").arg(QualityHeader::gateText(gate))),
                    esc(tr("the worse of the quality checks and the data contract")));
    if (gate == QLatin1String("fail"))
        html += QStringLiteral("<p style=\"color:#c5221f;\">%1</p>")
                    .arg(esc(tr("The quality gate failed: training on this version needs an explicit override with a "
                                "reason, recorded in the audit log.")));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse:collapse;"
                           "font-size:9pt;\">");
    html += row(tr("Dataset version"), esc(ref));
    html += row(tr("Rows, columns"),
        esc(tr("%1 rows, %2 columns")
                .arg(locale.toString(n(report, "rows")),
                    locale.toString(report.value(QStringLiteral("columns")).toArray().size()))));
    html += row(tr("Checked"),
        esc(tr("%1 by %2 (reference date %3)")
                .arg(report.value(QStringLiteral("created_at")).toString(),
                    report.value(QStringLiteral("created_by")).toString(),
                    report.value(QStringLiteral("reference_date")).toString())));
    html += row(tr("Exported"), esc(exportedAt.toUTC().toString(Qt::ISODate)));
    html += row(tr("Newest sale"),
        saleDate.contains(QStringLiteral("freshness_days"))
            ? esc(tr("%1 (%n day(s) before the reference date)", nullptr,
                saleDate.value(QStringLiteral("freshness_days")).toInt())
                      .arg(saleDate.value(QStringLiteral("max")).toString()))
            : esc(tr("unknown")));
    html += row(tr("Data contract"),
        esc(tr("“%1” version %2 (%3)")
                .arg(identity.value(QStringLiteral("name")).toString(),
                    identity.value(QStringLiteral("version")).toString(),
                    identity.value(QStringLiteral("id")).toString())));
    html += row(tr("Checks"),
        esc(tr("%1 fail, %2 warn, %3 pass").arg(n(checks, "fail")).arg(n(checks, "warn")).arg(n(checks, "pass"))));
    html += row(tr("Contract rules"),
        esc(tr("%1 fail, %2 warn, %3 pass").arg(n(rules, "fail")).arg(n(rules, "warn")).arg(n(rules, "pass"))));
    html += row(tr("Duplicates"),
        esc(tr("%1 exact duplicate rows, %2 repeated (plate, sale date) pairs")
                .arg(locale.toString(n(dup, "exact_rows")), locale.toString(n(dup, "plate_sale_date")))));
    return html + QStringLiteral("</table>");
}

QString QualityReportHtml::checksSection(const QJsonObject& report)
{
    CheckListModel model;
    model.setReport(report);
    QString checks = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Quality checks and contract rules")));
    checks += QStringLiteral("<p>%1</p>")
                  .arg(esc(tr("Worst first. Rows: offending rows; share: of the rows each "
                              "check or rule looked at.")));
    checks += modelTable(model,
        {CheckListModel::Status, CheckListModel::Source, CheckListModel::Id, CheckListModel::Title,
            CheckListModel::Severity, CheckListModel::Count, CheckListModel::Share},
        CheckListModel::Status);
    return checks;
}

QString QualityReportHtml::columnsSection(const QJsonObject& report)
{
    ColumnProfileModel model;
    model.setReport(report);
    using C = ColumnProfileModel;
    return QStringLiteral("<h2>%1</h2>").arg(esc(tr("Column profiles")))
        + modelTable(
            model, {C::Name, C::Type, C::Missing, C::Distinct, C::Min, C::Max, C::Mean, C::P5, C::P50, C::P95});
}

QString QualityReportHtml::driftSection(const DriftRun& drift, const QStringList& charts, const ImageTag& image)
{
    const DriftReport& r = drift.report;
    QString html
        = QStringLiteral("<h2>%1</h2>")
              .arg(esc(tr("Drift: %1 against %2").arg(drift.current.refString(), drift.reference.refString())));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Overall: %1. Numeric features binned on %2 reference quantiles; PSI floor %3; warn above "
                            "PSI %4, alert above %5. Status by PSI only; KS D is an effect size.")
                             .arg(DriftFeatureModel::statusText(r.overall))
                             .arg(r.bins)
                             .arg(r.floor)
                             .arg(r.warnPsi)
                             .arg(r.alertPsi)));
    if (charts.contains(QStringLiteral("psi")))
        html += QStringLiteral("<p>%1</p>").arg(image(QStringLiteral("psi")));
    DriftFeatureModel model;
    model.setReport(r);
    using D = DriftFeatureModel;
    return html + modelTable(model, {D::Feature, D::Kind, D::Psi, D::Ks, D::Unseen, D::Missing, D::Status}, D::Status);
}

QString QualityReportHtml::page(const QJsonObject& report, const DriftRun* drift, const QStringList& charts,
    const ImageTag& image, const QDateTime& exportedAt)
{
    const QString title = tr("Data quality report: %1@%2")
                              .arg(report.value(QStringLiteral("dataset")).toString())
                              .arg(report.value(QStringLiteral("version")).toInteger());
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;}"
                                  "h1{font-size:18pt;}h2{font-size:13pt;margin-top:14pt;}</style></head><body>")
                       .arg(esc(title));
    html += header(report, exportedAt);
    if (charts.contains(QStringLiteral("missing")))
        html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(tr("Missing values")), image(QStringLiteral("missing")));
    html += checksSection(report);
    html += columnsSection(report);
    QString distributions;
    for (const QString& name :
        {QStringLiteral("sale_price"), QStringLiteral("mileage_km"), QStringLiteral("sale_date")})
        if (charts.contains(name))
            distributions += QStringLiteral("<p>%1</p>").arg(image(name));
    if (!distributions.isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Distributions"))) + distributions;
    if (drift)
        html += driftSection(*drift, charts, image);
    html += QStringLiteral("<p style=\"color:#5f6368;font-size:8pt;\">%1</p></body></html>")
                .arg(esc(tr("Generated by Car Valuator.")));
    return html;
}

} // namespace valuator
