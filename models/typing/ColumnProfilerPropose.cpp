// SPDX-License-Identifier: GPL-3.0-or-later
// ColumnProfiler: turning counts into a proposal with issues (the hot path lives in ColumnProfiler.cpp).
#include "models/typing/ColumnProfiler.h"

#include <QStringList>

#include <initializer_list>

namespace valuator {

namespace {

using Kind = ColumnIssue::Kind;
using Severity = ColumnIssue::Severity;

void addIssue(ColumnProposal& p, Kind kind, Severity severity, qint64 count, qint64 firstLine, QString message)
{
    p.issues.append(ColumnIssue {kind, severity, count, firstLine, std::move(message)});
}

} // namespace

QString ColumnProfiler::firstValue(ColumnStats::Class cls) const
{
    const std::string& text = m_stats.firstValue[cls];
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

ColumnProposal ColumnProfiler::propose() const
{
    ColumnProposal p;
    p.numberFormat = m_options.numberFormat;
    const qint64 nonMissing = m_stats.nonMissing();
    if (nonMissing == 0) {
        p.type = InferredType::Text;
        addIssue(p, Kind::AllMissing, Severity::Warning, m_stats.values, m_stats.firstLine[ColumnStats::Missing],
            tr("The column has no values."));
        return p;
    }
    const double needed = m_options.dominance * double(nonMissing);
    if (isTextList()) {
        p.type = InferredType::TextList;
        proposeText(p);
    } else if (double(m_stats.numbers()) >= needed) {
        proposeNumeric(p);
    } else if (double(m_stats.count[ColumnStats::Date]) >= needed) {
        proposeDate(p);
    } else {
        p.type = InferredType::Text;
        proposeText(p);
    }
    addMixedIssues(p);
    addCommonIssues(p);
    return p;
}

bool ColumnProfiler::isTextList() const
{
    const ColumnStats& s = m_stats;
    const qint64 texts = s.count[ColumnStats::Text];
    // Tokens must repeat (equipment items recur), which tells a list column from free text with semicolons.
    return s.listValues >= 2 && s.listValues * 10 >= texts * 3
        && double(texts) >= m_options.dominance * double(s.nonMissing()) && !s.distinctTokensCapped
        && s.listTokens >= 2 * s.distinctTokens;
}

void ColumnProfiler::proposeNumeric(ColumnProposal& p) const
{
    const ColumnStats& s = m_stats;
    const qint64 ints = s.count[ColumnStats::Integer];
    const qint64 decimals = s.count[ColumnStats::Decimal];
    const qint64 grouped = s.count[ColumnStats::GroupedAmbiguous];
    const bool wholeNumbers = ints > 0 && double(ints) >= m_options.wholeNumberShare * double(ints + decimals);
    p.ambiguousGroups = wholeNumbers ? AmbiguousGroups::AsGrouping : AmbiguousGroups::AsDecimal;
    p.type = (decimals > 0 || (grouped > 0 && !wholeNumbers)) ? InferredType::Decimal : InferredType::Integer;
    const QString dec(QLatin1Char(m_options.numberFormat.decimal));
    const qint64 groupedLine = s.firstLine[ColumnStats::GroupedAmbiguous];
    if (grouped > 0 && wholeNumbers) {
        addIssue(p, Kind::GroupingReadAsThousands, Severity::Warning, grouped, groupedLine,
            tr("%n value(s) such as \"%1\" were read as whole numbers with '%2' grouping thousands "
               "(first at line %3).",
                nullptr, int(grouped))
                .arg(firstValue(ColumnStats::GroupedAmbiguous), dec, QString::number(groupedLine)));
    } else if (grouped > 0 && ints + decimals == 0) {
        addIssue(p, Kind::AmbiguousGrouping, Severity::Decision, grouped, groupedLine,
            tr("Every number looks like \"%1\": '%2' is read as the decimal separator. Check the number "
               "format.")
                .arg(firstValue(ColumnStats::GroupedAmbiguous), dec));
    }
    if (decimals > 0 && wholeNumbers) {
        addIssue(p, Kind::FewFractions, Severity::Info, decimals, s.firstLine[ColumnStats::Decimal],
            tr("%n value(s) such as \"%1\" have a fraction among whole numbers (first at line %2).", nullptr,
                int(decimals))
                .arg(firstValue(ColumnStats::Decimal), QString::number(s.firstLine[ColumnStats::Decimal])));
    }
    int best = 0;
    for (int u = 1; u < kUnitCount; ++u) {
        best = s.units[size_t(u)] > (best == 0 ? 0 : s.units[size_t(best)]) ? u : best;
    }
    p.unit = Unit(best);
    p.unitKind = Units::kind(p.unit);
    const qint64 withUnit = s.withUnit();
    if (withUnit == 0) {
        return;
    }
    addIssue(p, Kind::UnitsParsed, Severity::Info, withUnit, s.firstUnitLine,
        tr("%n value(s) were written with a unit (mostly %1); %2 converted (first at line %3).", nullptr, int(withUnit))
            .arg(Units::symbol(p.unit))
            .arg(s.converted())
            .arg(s.firstUnitLine));
    qint64 otherKind = 0;
    for (int u = 1; u < kUnitCount; ++u) {
        otherKind += Units::kind(Unit(u)) != p.unitKind ? s.units[size_t(u)] : 0;
    }
    if (otherKind > 0) {
        addIssue(p, Kind::MixedUnitKinds, Severity::Warning, otherKind, -1,
            tr("%n value(s) carry a unit of another kind than %1.", nullptr, int(otherKind))
                .arg(Units::kindName(p.unitKind)));
    }
}

void ColumnProfiler::proposeDate(ColumnProposal& p) const
{
    const DateFormatDecision d = m_dates.decide();
    p.type = InferredType::Date;
    p.dateFormat = d.primary;
    p.alternateDateFormats = d.alternates;
    p.dateOrderAmbiguous = d.orderAmbiguous;
    const qint64 firstDate = m_stats.firstLine[ColumnStats::Date];
    if (d.orderAmbiguous) {
        addIssue(p, Kind::AmbiguousDateOrder, Severity::Decision, d.primaryCount, firstDate,
            tr("%n date(s) fit both dd/mm/yyyy and mm/dd/yyyy; choose the order.", nullptr, int(d.primaryCount)));
    }
    if (const qint64 n = d.alternateTotal(); n > 0) {
        QStringList parts;
        for (int f = 0; f < kDateFormatCount; ++f) {
            if (const qint64 k = d.alternateCounts[size_t(f)]) {
                parts.append(QStringLiteral("%1 %2").arg(k).arg(dateFormatName(DateFormat(f))));
            }
        }
        addIssue(p, Kind::OtherDateFormats, Severity::Info, n, d.firstAlternateLine,
            tr("%n date(s) in other formats (%1) were read too (first at line %2).", nullptr, int(n))
                .arg(parts.join(QStringLiteral(", ")))
                .arg(d.firstAlternateLine));
    }
    if (d.unresolved > 0) {
        const QString why = d.unresolved == d.unresolvedAmbiguous
            ? tr("%n date(s) could be dd/mm/yyyy or mm/dd/yyyy and are not read (first at line %1).", nullptr,
                int(d.unresolved))
            : tr("%n date(s) in another format are not read (first at line %1).", nullptr, int(d.unresolved));
        addIssue(p, Kind::UnresolvedDates, Severity::Warning, d.unresolved, d.firstUnresolvedLine,
            why.arg(d.firstUnresolvedLine));
    }
}

void ColumnProfiler::proposeText(ColumnProposal& p) const
{
    p.listSeparators = p.type == InferredType::TextList ? m_stats.listSeparators : quint8(0);
    p.looksBoolean = double(m_stats.count[ColumnStats::Boolean]) >= m_options.dominance * double(m_stats.nonMissing());
}

void ColumnProfiler::addMixedIssues(ColumnProposal& p) const
{
    const ColumnStats& s = m_stats;
    QString example;
    qint64 first = -1;
    // Count of `classes`, their first line and that line's value.
    const auto group = [&](std::initializer_list<ColumnStats::Class> classes) {
        qint64 n = 0;
        first = -1;
        for (const auto c : classes) {
            n += s.count[c];
            if (s.count[c] > 0 && (first < 0 || s.firstLine[c] < first)) {
                first = s.firstLine[c];
                example = firstValue(c);
            }
        }
        return n;
    };
    const auto mixed = [&](qint64 n, const char* text) {
        addIssue(p, Kind::MixedTypes, Severity::Warning, n, first,
            tr(text, nullptr, int(n)).arg(example, QString::number(first)));
    };
    if (p.type == InferredType::Integer || p.type == InferredType::Decimal) {
        if (const qint64 n = group({ColumnStats::Text, ColumnStats::Boolean})) {
            mixed(n, QT_TR_N_NOOP("%n value(s) are not numbers, e.g. \"%1\" (first at line %2)."));
        }
        if (const qint64 n = group({ColumnStats::Date})) {
            mixed(n, QT_TR_N_NOOP("%n value(s) are dates, not numbers, e.g. \"%1\" (first at line %2)."));
        }
    } else if (p.type == InferredType::Date) {
        if (const qint64 n = group({ColumnStats::Text, ColumnStats::Boolean})) {
            mixed(n, QT_TR_N_NOOP("%n value(s) are not dates, e.g. \"%1\" (first at line %2)."));
        }
        if (const qint64 n = group({ColumnStats::Integer, ColumnStats::Decimal, ColumnStats::GroupedAmbiguous})) {
            mixed(n, QT_TR_N_NOOP("%n value(s) are numbers, not dates, e.g. \"%1\" (first at line %2)."));
        }
    } else if (p.type == InferredType::Text && 2 * (s.numbers() + s.count[ColumnStats::Date]) >= s.nonMissing()) {
        const qint64 n = group({ColumnStats::Text, ColumnStats::Boolean});
        mixed(n,
            QT_TR_N_NOOP("Mostly numbers or dates, but %n value(s) are text, e.g. \"%1\" (first at line %2); "
                         "kept as text."));
    }
}

void ColumnProfiler::addCommonIssues(ColumnProposal& p) const
{
    if (m_stats.padded > 0) {
        addIssue(p, Kind::PaddedWhitespace, Severity::Info, m_stats.padded, m_stats.firstPaddedLine,
            tr("%n value(s) had surrounding spaces; they are trimmed (first at line %1).", nullptr, int(m_stats.padded))
                .arg(m_stats.firstPaddedLine));
    }
}

} // namespace valuator
