// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/importing/FieldReader.h"

#include "models/csv/CsvRecord.h"
#include "models/typing/DateParser.h"
#include "models/typing/ListTokens.h"
#include "models/typing/Utf8Text.h"

#include <array>

namespace valuator {
namespace {

constexpr qsizetype kMaxRawChars = 300;

UnitKind expectedUnitKind(FieldUnit unit)
{
    switch (unit) {
    case FieldUnit::Kilometres:
        return UnitKind::Distance;
    case FieldUnit::Money:
        return UnitKind::Currency;
    case FieldUnit::Kilowatts:
        return UnitKind::Power;
    case FieldUnit::Litres:
        return UnitKind::Volume;
    case FieldUnit::None:
    case FieldUnit::Year:
        break;
    }
    return UnitKind::None;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (Utf8Text::lower(a[i]) != Utf8Text::lower(b[i]))
            return false;
    return true;
}

// Indicator (one-hot) cells: set, unset or unreadable. English, German and Swedish spellings.
enum class Flag { Set, Unset, Unreadable };
Flag readFlag(std::string_view field)
{
    const std::string_view t = Utf8Text::trimmed(field);
    static constexpr std::array<std::string_view, 9> kSet {"1", "true", "yes", "y", "x", "ja", "j", "wahr", "sant"};
    static constexpr std::array<std::string_view, 8> kUnset {
        "0", "false", "no", "n", "nein", "nej", "falsch", "falskt"};
    if (t.empty())
        return Flag::Unset;
    for (std::string_view s : kSet)
        if (equalsIgnoreCase(t, s))
            return Flag::Set;
    for (std::string_view s : kUnset)
        if (equalsIgnoreCase(t, s))
            return Flag::Unset;
    return Flag::Unreadable;
}

QString shortened(std::string_view raw)
{
    QString text = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    if (text.size() > kMaxRawChars)
        text = text.left(kMaxRawChars) + QStringLiteral("…");
    return text;
}

bool allMissing(const ColumnProposal& p)
{
    for (const ColumnIssue& issue : p.issues)
        if (issue.kind == ColumnIssue::Kind::AllMissing)
            return true;
    return false;
}

bool isSlashDate(DateFormat f)
{
    return f == DateFormat::DayMonthYearSlash || f == DateFormat::MonthDayYearSlash;
}

} // namespace

Result<ColumnProposal> FieldReader::proposalFor(const FieldDef& def, const ImportSettings& settings, int column)
{
    ColumnProposal p
        = column >= 0 && column < settings.proposals.size() ? settings.proposals.at(column) : ColumnProposal {};
    const QString key = QLatin1String(def.key);
    const QString source = column >= 0 ? settings.headers.value(column) : QString();
    switch (def.type) {
    case FieldType::Integer:
    case FieldType::Decimal:
        if (p.type != InferredType::Integer && p.type != InferredType::Decimal) {
            p.numberFormat = settings.inference.numberFormat;
            p.ambiguousGroups = AmbiguousGroups::AsDecimal;
        }
        p.type = def.type == FieldType::Integer ? InferredType::Integer : InferredType::Decimal;
        p.unitKind = expectedUnitKind(def.unit);
        break;
    case FieldType::Date:
        if (p.type != InferredType::Date) {
            const DateFormatDecision decision
                = column >= 0 ? settings.dateDecisions.value(column) : DateFormatDecision {};
            if (column >= 0 && !decision.found && !allMissing(p))
                return fail(ErrorCode::InvalidArgument,
                    tr("Column '%1' is mapped to %2, but its values are not dates in a known format (ISO, "
                       "DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY).")
                        .arg(source, key));
            // Read as dates with the sample's layouts; with no sample dates: ISO, other unambiguous layouts too.
            p = ColumnProposal {InferredType::Date};
            p.dateFormat = decision.found ? decision.primary : DateFormat::Iso;
            p.alternateDateFormats = decision.alternates;
            p.dateOrderAmbiguous = decision.orderAmbiguous;
        }
        p.type = InferredType::Date;
        if (p.dateOrderAmbiguous) {
            if (!settings.dateOrder)
                return fail(ErrorCode::InvalidArgument,
                    tr("The dates in column '%1' (%2) could be day/month or month/day: every value is valid "
                       "both ways. Choose the order (for example --date-order dmy or mdy).")
                        .arg(source, key));
            p.dateFormat = *settings.dateOrder;
            p.dateOrderAmbiguous = false;
        }
        break;
    case FieldType::TextList:
        p.type = InferredType::TextList;
        break;
    case FieldType::Text:
    case FieldType::Category:
        p.type = InferredType::Text;
        break;
    }
    return p;
}

Result<FieldReader> FieldReader::create(const FieldDef& def, const ImportSettings& settings)
{
    const FieldSource& source = settings.mapping.source(def.field);
    const int column = source.kind == FieldSource::Kind::Column ? int(settings.headers.indexOf(source.column)) : -1;
    if (source.kind == FieldSource::Kind::Column && column < 0)
        return fail(ErrorCode::InvalidArgument,
            tr("Field '%1' is mapped to column '%2', which the file does not have.")
                .arg(QLatin1String(def.key), source.column));
    auto proposal = proposalFor(def, settings, column);
    if (!proposal)
        return fail(proposal.error());
    if (source.kind == FieldSource::Kind::Constant && def.type == FieldType::Date) {
        // A constant date must be unambiguous on its own.
        const DateFormatMask candidates = DateParser::candidates(source.constant.toStdString());
        const QList<DateFormat> formats = dateFormatsIn(candidates);
        if (formats.size() != 1)
            return fail(ErrorCode::InvalidArgument,
                tr("The constant '%1' for field '%2' is not an unambiguous date; write it as YYYY-MM-DD.")
                    .arg(source.constant, QLatin1String(def.key)));
        proposal->dateFormat = formats.first();
    }
    if (source.kind == FieldSource::Kind::Indicators && def.type != FieldType::Category && def.type != FieldType::Text)
        return fail(ErrorCode::InvalidArgument,
            tr("Field '%1' cannot come from indicator columns: they can only give text fields such as brand, "
               "model, fuel or region.")
                .arg(QLatin1String(def.key)));
    FieldReader reader(def, settings, *proposal);
    reader.m_column = column;
    for (const QString& name : source.indicators) {
        const int index = int(settings.headers.indexOf(name));
        if (index < 0)
            return fail(ErrorCode::InvalidArgument,
                tr("Indicator column '%1' for field '%2' is not in the file.").arg(name, QLatin1String(def.key)));
        reader.m_indicators.push_back(index);
    }
    if (source.kind == FieldSource::Kind::Constant) {
        reader.m_constantText = source.constant.trimmed().toStdString();
        ImportReject reject;
        if (reader.parseCell(reader.m_constantText, reader.m_constant, reject, std::nullopt) != CellStatus::Ok
            || reader.m_constant.missing)
            return fail(ErrorCode::InvalidArgument,
                tr("The constant '%1' for field '%2' cannot be read: %3.")
                    .arg(source.constant, QLatin1String(def.key), reject.reason));
    }
    return reader;
}

FieldReader::FieldReader(const FieldDef& def, const ImportSettings& settings, ColumnProposal proposal)
    : m_def(&def)
    , m_source(settings.mapping.source(def.field))
    , m_headers(settings.headers)
    , m_parser(proposal, settings.inference.missing)
    , m_missing(settings.inference.missing)
{
}

ColumnType FieldReader::columnType() const
{
    switch (m_def->type) {
    case FieldType::Integer:
        return ColumnType::Int64;
    case FieldType::Decimal:
        return ColumnType::Float64;
    case FieldType::Date:
        return ColumnType::Date;
    case FieldType::TextList:
        return ColumnType::TextList;
    case FieldType::Text:
    case FieldType::Category:
        return ColumnType::Text;
    }
    return ColumnType::Text;
}

QString FieldReader::sourceDescription() const
{
    switch (m_source.kind) {
    case FieldSource::Kind::Column:
        return m_source.column;
    case FieldSource::Kind::Constant:
        return tr("constant: %1").arg(m_source.constant);
    case FieldSource::Kind::Indicators:
        return tr("indicators: %1").arg(m_source.indicators.join(QStringLiteral(", ")));
    case FieldSource::Kind::None:
        break;
    }
    return {};
}

CellStatus FieldReader::invalid(
    ImportReject& reject, std::string_view raw, const QString& reason, const QString& code) const
{
    reject.column = m_column >= 0 ? m_headers.value(m_column) : QLatin1String(m_def->key);
    reject.raw = shortened(raw);
    reject.reason = tr("%1: %2").arg(QLatin1String(m_def->key), reason);
    reject.code = code;
    return CellStatus::Invalid;
}

CellStatus FieldReader::parse(
    const CsvRecord& record, FieldValue& value, ImportReject& reject, std::optional<DateFormat> slashOrder) const
{
    switch (m_source.kind) {
    case FieldSource::Kind::Column:
        return parseCell(record[m_column], value, reject, slashOrder);
    case FieldSource::Kind::Constant:
        value = m_constant;
        return CellStatus::Ok;
    case FieldSource::Kind::Indicators:
        return parseIndicators(record, value, reject);
    case FieldSource::Kind::None:
        break;
    }
    value.missing = true;
    return CellStatus::Ok;
}

CellStatus FieldReader::parseCell(
    std::string_view field, FieldValue& value, ImportReject& reject, std::optional<DateFormat> slashOrder) const
{
    const ParsedValue parsed = m_parser.parse(field);
    value.missing = parsed.kind == ParsedValue::Kind::Missing;
    if (value.missing)
        return CellStatus::Ok;
    switch (m_def->type) {
    case FieldType::Integer:
        if (parsed.kind == ParsedValue::Kind::Invalid)
            return invalid(reject, field, parsed.failure.message(), ParseFailure::reasonName(parsed.failure.reason));
        if (parsed.kind != ParsedValue::Kind::Integer)
            return invalid(reject, field, tr("expected a whole number"), QStringLiteral("not_whole"));
        if (m_def->unit == FieldUnit::Year && parsed.unit != Unit::None)
            return invalid(reject, field, tr("a year has no unit"), QStringLiteral("unit_mismatch"));
        value.integer = parsed.integer;
        return CellStatus::Ok;
    case FieldType::Decimal:
        if (parsed.kind == ParsedValue::Kind::Invalid)
            return invalid(reject, field, parsed.failure.message(), ParseFailure::reasonName(parsed.failure.reason));
        value.decimal = parsed.kind == ParsedValue::Kind::Integer ? double(parsed.integer) : parsed.decimal;
        return CellStatus::Ok;
    case FieldType::Date:
        return parseDate(parsed, value, reject, slashOrder);
    case FieldType::TextList:
        value.tokens.clear();
        ListTokens::split(parsed.text, value.tokens);
        value.missing = value.tokens.empty();
        return CellStatus::Ok;
    case FieldType::Text:
    case FieldType::Category:
        value.text = parsed.text;
        return CellStatus::Ok;
    }
    return CellStatus::Ok;
}

CellStatus FieldReader::parseDate(
    const ParsedValue& parsed, FieldValue& value, ImportReject& reject, std::optional<DateFormat> slashOrder) const
{
    if (parsed.kind == ParsedValue::Kind::Date) {
        value.days = parsed.days;
        value.dateFormat = parsed.dateFormat;
        return CellStatus::Ok;
    }
    // Not in the column's formats: accept another well-known layout when it reads only one way.
    const DateFormatMask candidates = DateParser::candidates(parsed.text);
    const QList<DateFormat> formats = dateFormatsIn(candidates);
    const bool bothSlashOrders = formats.size() == 2 && isSlashDate(formats[0]) && isSlashDate(formats[1]);
    DateFormat chosen = DateFormat::Iso;
    if (formats.size() == 1)
        chosen = formats.first();
    else if (bothSlashOrders && slashOrder)
        chosen = *slashOrder;
    else if (bothSlashOrders)
        return CellStatus::AmbiguousDate;
    else
        return invalid(reject, parsed.text, parsed.failure.message(), ParseFailure::reasonName(parsed.failure.reason));
    const auto days = DateParser::parse(parsed.text, chosen);
    if (!days)
        return invalid(reject, parsed.text, days.error().message(), ParseFailure::reasonName(days.error().reason));
    value.days = *days;
    value.dateFormat = chosen;
    return CellStatus::Ok;
}

CellStatus FieldReader::parseIndicators(const CsvRecord& record, FieldValue& value, ImportReject& reject) const
{
    int set = -1;
    for (int column : m_indicators) {
        switch (readFlag(record[column])) {
        case Flag::Unset:
            break;
        case Flag::Set:
            if (set >= 0) {
                reject.column = m_headers.value(column);
                reject.raw = shortened(record[column]);
                reject.reason = tr("%1: both '%2' and '%3' are set; an indicator group needs exactly one")
                                    .arg(QLatin1String(m_def->key), m_headers.value(set), m_headers.value(column));
                reject.code = QStringLiteral("indicator_conflict");
                return CellStatus::Invalid;
            }
            set = column;
            break;
        case Flag::Unreadable:
            reject.column = m_headers.value(column);
            reject.raw = shortened(record[column]);
            reject.reason = tr("%1: indicator value is not 1/0, yes/no or true/false").arg(QLatin1String(m_def->key));
            reject.code = QStringLiteral("indicator_value");
            return CellStatus::Invalid;
        }
    }
    value.missing = set < 0;
    if (set >= 0)
        value.text = std::string_view(); // the header name is appended by append()
    value.integer = set;
    return CellStatus::Ok;
}

void FieldReader::append(const FieldValue& value, Column& column) const
{
    if (value.missing) {
        column.appendNull();
        return;
    }
    switch (m_def->type) {
    case FieldType::Integer:
        column.appendInt(value.integer);
        break;
    case FieldType::Decimal:
        column.appendDouble(value.decimal);
        break;
    case FieldType::Date:
        column.appendDate(value.days);
        break;
    case FieldType::TextList:
        for (std::string_view token : value.tokens) {
            if (token.find("  ") == std::string_view::npos && token.find('\t') == std::string_view::npos)
                column.appendListToken(token);
            else
                column.appendListToken(ListTokens::normalised(token));
        }
        column.endListRow();
        break;
    case FieldType::Text:
    case FieldType::Category:
        if (m_source.kind == FieldSource::Kind::Indicators)
            column.appendText(m_headers.value(int(value.integer)).trimmed().toStdString());
        else
            column.appendText(value.text);
        break;
    }
}

} // namespace valuator
