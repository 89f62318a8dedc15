// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/drift/DriftFeatures.h"

#include "models/drift/DriftStatistics.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace valuator {

namespace {

struct NumericValues {
    std::vector<double> values; ///< non-null values, -0.0 normalised to 0.0
    qint64 nulls = 0;
};

NumericValues extract(const Column& c)
{
    NumericValues out;
    out.values.reserve(size_t(c.size()));
    const auto add = [&out](double v) { out.values.push_back(v == 0 ? 0.0 : v); };
    switch (c.type()) {
    case ColumnType::Float64:
        for (double v : c.doubles())
            std::isnan(v) ? void(++out.nulls) : add(v);
        break;
    case ColumnType::Int64:
        for (int64_t v : c.ints())
            v == Column::kNullInt ? void(++out.nulls) : add(double(v));
        break;
    case ColumnType::Date:
        for (int32_t v : c.days())
            v == Column::kNullDate ? void(++out.nulls) : add(double(v));
        break;
    case ColumnType::Text:
    case ColumnType::TextList:
        out.nulls = c.size();
        break;
    }
    return out;
}

QString valueText(double v, ColumnType type)
{
    if (std::isinf(v))
        return v < 0 ? QStringLiteral("-inf") : QStringLiteral("+inf");
    if (type == ColumnType::Date)
        return QDate(1970, 1, 1).addDays(qint64(v)).toString(Qt::ISODate);
    return QString::number(v, 'g', 12);
}

double share(qint64 count, qint64 total)
{
    return total > 0 ? double(count) / double(total) : 0.0;
}

DriftBin missingBin(qint64 refNulls, qint64 curNulls, qint64 refRows, qint64 curRows)
{
    DriftBin b;
    b.label = DriftFeatures::tr("(missing)");
    b.missing = true;
    b.referenceCount = refNulls;
    b.currentCount = curNulls;
    b.referenceShare = share(refNulls, refRows);
    b.currentShare = share(curNulls, curRows);
    return b;
}

/// Row counts per category of both versions in one id space: the reference's codes, then current-only values.
struct CategoryCounts {
    std::vector<std::string> names;
    std::vector<qint64> ref;
    std::vector<qint64> cur;
    qint64 refNulls = 0;
    qint64 curNulls = 0;
};

CategoryCounts countCategories(const Column& reference, const Column& current)
{
    const Dictionary& refDict = reference.dictionary();
    const Dictionary& curDict = current.dictionary();
    CategoryCounts c;
    c.names = refDict.values();
    std::vector<int32_t> curToId(size_t(curDict.size()));
    for (int32_t code = 0; code < curDict.size(); ++code) {
        int32_t id = refDict.find(curDict.at(code));
        if (id < 0) {
            id = int32_t(c.names.size());
            c.names.push_back(curDict.at(code));
        }
        curToId[size_t(code)] = id;
    }
    c.ref.assign(c.names.size(), 0);
    c.cur.assign(c.names.size(), 0);
    for (int32_t code : reference.codes())
        code < 0 ? void(++c.refNulls) : void(++c.ref[size_t(code)]);
    for (int32_t code : current.codes())
        code < 0 ? void(++c.curNulls) : void(++c.cur[size_t(curToId[size_t(code)])]);
    return c;
}

/// One bin per category, largest first (reference, then current count, then name); rare categories and those
/// beyond maxCategories go to one "(other)" bin.
void addCategoryBins(FeatureDrift& f, const CategoryCounts& c, qint64 refRows, qint64 curRows, const DriftOptions& o)
{
    std::vector<size_t> order;
    for (size_t id = 0; id < c.names.size(); ++id)
        if (c.ref[id] > 0 || c.cur[id] > 0)
            order.push_back(id);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (c.ref[a] != c.ref[b])
            return c.ref[a] > c.ref[b];
        if (c.cur[a] != c.cur[b])
            return c.cur[a] > c.cur[b];
        return c.names[a] < c.names[b];
    });
    DriftBin other;
    other.other = true;
    int grouped = 0;
    int kept = 0;
    for (size_t id : order) {
        const double rs = share(c.ref[id], refRows);
        const double cs = share(c.cur[id], curRows);
        if ((rs < o.rareShare && cs < o.rareShare) || kept >= o.maxCategories) {
            other.referenceCount += c.ref[id];
            other.currentCount += c.cur[id];
            ++grouped;
            continue;
        }
        ++kept;
        DriftBin b;
        b.category = QString::fromStdString(c.names[id]);
        b.label = b.category;
        b.referenceCount = c.ref[id];
        b.currentCount = c.cur[id];
        b.referenceShare = rs;
        b.currentShare = cs;
        f.bins << b;
    }
    if (grouped > 0) {
        other.label = DriftFeatures::tr("(other: %n categories)", nullptr, grouped);
        other.referenceShare = share(other.referenceCount, refRows);
        other.currentShare = share(other.currentCount, curRows);
        f.bins << other;
    }
}

} // namespace

void DriftFeatures::finish(FeatureDrift& f, const DriftOptions& options)
{
    f.psi = 0;
    for (DriftBin& b : f.bins) {
        const double r = std::max(b.referenceShare, options.floor);
        const double c = std::max(b.currentShare, options.floor);
        b.psi = (c - r) * std::log(c / r);
        f.psi += b.psi;
    }
    f.status = f.psi > options.alertPsi ? DriftStatus::Alert
        : f.psi > options.warnPsi       ? DriftStatus::Warn
                                        : DriftStatus::Ok;
}

FeatureDrift DriftFeatures::numeric(const Column& reference, const Column& current, const DriftOptions& options)
{
    FeatureDrift f;
    f.name = reference.name();
    f.kind = DriftFeatureKind::Numeric;
    f.valueType = columnTypeName(reference.type());
    NumericValues ref = extract(reference);
    NumericValues cur = extract(current);
    DriftStatistics::sortValues(ref.values);
    DriftStatistics::sortValues(cur.values);
    const auto custom = options.edges.constFind(f.name);
    f.customEdges = custom != options.edges.cend();
    f.edges = f.customEdges ? *custom : DriftStatistics::quantileEdges(ref.values, options.bins);
    const std::vector<qint64> refCounts = DriftStatistics::binCounts(ref.values, f.edges);
    const std::vector<qint64> curCounts = DriftStatistics::binCounts(cur.values, f.edges);
    const qint64 refRows = reference.size();
    const qint64 curRows = current.size();
    for (size_t i = 0; i < refCounts.size(); ++i) {
        DriftBin b;
        b.lower = i == 0 ? std::numeric_limits<double>::quiet_NaN() : f.edges[i - 1];
        b.upper = i == f.edges.size() ? std::numeric_limits<double>::quiet_NaN() : f.edges[i];
        const QString lo = i == 0 ? QStringLiteral("-inf") : valueText(b.lower, reference.type());
        const QString hi = i == f.edges.size() ? QStringLiteral("+inf") : valueText(b.upper, reference.type());
        b.label
            = QStringLiteral("(%1, %2%3").arg(lo, hi, i == f.edges.size() ? QStringLiteral(")") : QStringLiteral("]"));
        b.referenceCount = refCounts[i];
        b.currentCount = curCounts[i];
        b.referenceShare = share(b.referenceCount, refRows);
        b.currentShare = share(b.currentCount, curRows);
        f.bins << b;
    }
    if (ref.nulls > 0 || cur.nulls > 0)
        f.bins << missingBin(ref.nulls, cur.nulls, refRows, curRows);
    f.referenceValues = qint64(ref.values.size());
    f.currentValues = qint64(cur.values.size());
    f.referenceMissingShare = share(ref.nulls, refRows);
    f.currentMissingShare = share(cur.nulls, curRows);
    f.ks = DriftStatistics::ksStatistic(ref.values, cur.values);
    f.ksPValue = DriftStatistics::ksPValue(f.ks, f.referenceValues, f.currentValues);
    finish(f, options);
    return f;
}

FeatureDrift DriftFeatures::categorical(const Column& reference, const Column& current, const DriftOptions& options)
{
    FeatureDrift f;
    f.name = reference.name();
    f.kind = DriftFeatureKind::Categorical;
    f.valueType = columnTypeName(reference.type());
    const CategoryCounts counts = countCategories(reference, current);
    const qint64 refRows = reference.size();
    const qint64 curRows = current.size();
    f.referenceValues = refRows - counts.refNulls;
    f.currentValues = curRows - counts.curNulls;
    f.referenceMissingShare = share(counts.refNulls, refRows);
    f.currentMissingShare = share(counts.curNulls, curRows);
    qint64 unseenRows = 0;
    for (size_t id = 0; id < counts.names.size(); ++id)
        if (counts.ref[id] == 0 && counts.cur[id] > 0) {
            unseenRows += counts.cur[id];
            ++f.unseenCategories;
        }
    f.unseenShare
        = f.currentValues > 0 ? double(unseenRows) / double(f.currentValues) : std::numeric_limits<double>::quiet_NaN();
    addCategoryBins(f, counts, refRows, curRows, options);
    if (counts.refNulls > 0 || counts.curNulls > 0)
        f.bins << missingBin(counts.refNulls, counts.curNulls, refRows, curRows);
    finish(f, options);
    return f;
}

} // namespace valuator
