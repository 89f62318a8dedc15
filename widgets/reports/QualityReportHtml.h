// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <functional>

class QAbstractItemModel;

namespace valuator {

struct DriftRun;

/// The HTML of the quality report, in the subset of HTML 4 and CSS that both browsers and QTextDocument render
/// (tables with border/cellpadding/bgcolor attributes, inline styles for colour and size). Charts are inserted by
/// `image(name)`, which returns an <img> tag, so the same text serves the self-contained file and the
/// QTextDocument with its image resources.
class QualityReportHtml {
    Q_DECLARE_TR_FUNCTIONS(QualityReportHtml)
public:
    using ImageTag = std::function<QString(const QString& chartName)>;

    /// The whole page. `drift` may be null; `charts` names the charts that exist (others are skipped).
    static QString page(const QJsonObject& report, const DriftRun* drift, const QStringList& charts,
        const ImageTag& image, const QDateTime& exportedAt);
    /// An HTML table of `columns` of `model` (all rows, display text, header labels), worst first as the model
    /// orders them; `statusColumn` (or -1) is coloured by its text.
    static QString modelTable(const QAbstractItemModel& model, const QList<int>& columns, int statusColumn = -1);

private:
    static QString header(const QJsonObject& report, const QDateTime& exportedAt);
    static QString checksSection(const QJsonObject& report);
    static QString columnsSection(const QJsonObject& report);
    static QString driftSection(const DriftRun& drift, const QStringList& charts, const ImageTag& image);
};

} // namespace valuator
