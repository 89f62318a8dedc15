// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/table/Column.h"

#include <QDate>

namespace valuator {

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Float64:
        return QStringLiteral("decimal");
    case ColumnType::Int64:
        return QStringLiteral("integer");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::TextList:
        return QStringLiteral("list");
    }
    return {};
}

Column::Column(QString name, ColumnType type)
    : m_name(std::move(name))
    , m_type(type)
{
}

int64_t Column::size() const
{
    switch (m_type) {
    case ColumnType::Float64:
        return int64_t(m_doubles.size());
    case ColumnType::Int64:
        return int64_t(m_ints.size());
    case ColumnType::Date:
        return int64_t(m_days.size());
    case ColumnType::Text:
        return int64_t(m_codes.size());
    case ColumnType::TextList:
        return int64_t(m_offsets.size()) - 1;
    }
    return 0;
}

void Column::reserve(int64_t rows)
{
    switch (m_type) {
    case ColumnType::Float64:
        m_doubles.reserve(size_t(rows));
        break;
    case ColumnType::Int64:
        m_ints.reserve(size_t(rows));
        break;
    case ColumnType::Date:
        m_days.reserve(size_t(rows));
        break;
    case ColumnType::Text:
        m_codes.reserve(size_t(rows));
        break;
    case ColumnType::TextList:
        m_offsets.reserve(size_t(rows) + 1);
        break;
    }
}

void Column::appendNull()
{
    switch (m_type) {
    case ColumnType::Float64:
        m_doubles.push_back(std::numeric_limits<double>::quiet_NaN());
        break;
    case ColumnType::Int64:
        m_ints.push_back(kNullInt);
        break;
    case ColumnType::Date:
        m_days.push_back(kNullDate);
        break;
    case ColumnType::Text:
        m_codes.push_back(-1);
        break;
    case ColumnType::TextList:
        m_offsets.push_back(uint32_t(m_codes.size()));
        break;
    }
}

bool Column::isNull(int64_t row) const
{
    const auto r = size_t(row);
    switch (m_type) {
    case ColumnType::Float64:
        return std::isnan(m_doubles[r]);
    case ColumnType::Int64:
        return m_ints[r] == kNullInt;
    case ColumnType::Date:
        return m_days[r] == kNullDate;
    case ColumnType::Text:
        return m_codes[r] < 0;
    case ColumnType::TextList:
        return m_offsets[r] == m_offsets[r + 1];
    }
    return true;
}

double Column::number(int64_t row) const
{
    const auto r = size_t(row);
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    switch (m_type) {
    case ColumnType::Float64:
        return m_doubles[r];
    case ColumnType::Int64:
        return m_ints[r] == kNullInt ? nan : double(m_ints[r]);
    case ColumnType::Date:
        return m_days[r] == kNullDate ? nan : double(m_days[r]);
    case ColumnType::Text:
    case ColumnType::TextList:
        return nan;
    }
    return nan;
}

std::span<const int32_t> Column::listCodes(int64_t row) const
{
    const auto r = size_t(row);
    if (m_type == ColumnType::Text)
        return m_codes[r] < 0 ? std::span<const int32_t>() : std::span<const int32_t>(&m_codes[r], 1);
    if (m_type != ColumnType::TextList)
        return {};
    return std::span<const int32_t>(m_codes.data() + m_offsets[r], m_offsets[r + 1] - m_offsets[r]);
}

QString Column::displayText(int64_t row) const
{
    if (isNull(row))
        return {};
    const auto r = size_t(row);
    switch (m_type) {
    case ColumnType::Float64:
        return QString::number(m_doubles[r], 'g', 12);
    case ColumnType::Int64:
        return QString::number(m_ints[r]);
    case ColumnType::Date:
        return QDate(1970, 1, 1).addDays(m_days[r]).toString(Qt::ISODate);
    case ColumnType::Text:
        return m_dict.text(m_codes[r]);
    case ColumnType::TextList: {
        QStringList parts;
        for (int32_t code : listCodes(row))
            parts << m_dict.text(code);
        return parts.join(QStringLiteral("; "));
    }
    }
    return {};
}

void Column::appendFrom(const Column& other, int64_t row)
{
    const auto r = size_t(row);
    switch (m_type) {
    case ColumnType::Float64:
        m_doubles.push_back(other.m_doubles[r]);
        break;
    case ColumnType::Int64:
        m_ints.push_back(other.m_ints[r]);
        break;
    case ColumnType::Date:
        m_days.push_back(other.m_days[r]);
        break;
    case ColumnType::Text:
        m_codes.push_back(other.m_codes[r] < 0 ? -1 : m_dict.intern(other.m_dict.at(other.m_codes[r])));
        break;
    case ColumnType::TextList:
        for (int32_t code : other.listCodes(row))
            m_codes.push_back(m_dict.intern(other.m_dict.at(code)));
        m_offsets.push_back(uint32_t(m_codes.size()));
        break;
    }
}

void Column::appendAll(const Column& other)
{
    // other's code -> ours, filled on first use (-2: not yet).
    std::vector<int32_t> remap;
    const auto ours = [&](int32_t code) {
        int32_t& mapped = remap[size_t(code)];
        if (mapped == -2)
            mapped = m_dict.intern(other.m_dict.at(code));
        return mapped;
    };
    switch (m_type) {
    case ColumnType::Float64:
        m_doubles.insert(m_doubles.end(), other.m_doubles.begin(), other.m_doubles.end());
        break;
    case ColumnType::Int64:
        m_ints.insert(m_ints.end(), other.m_ints.begin(), other.m_ints.end());
        break;
    case ColumnType::Date:
        m_days.insert(m_days.end(), other.m_days.begin(), other.m_days.end());
        break;
    case ColumnType::Text:
        remap.assign(size_t(other.m_dict.size()), -2);
        m_codes.reserve(m_codes.size() + other.m_codes.size());
        for (int32_t code : other.m_codes)
            m_codes.push_back(code < 0 ? -1 : ours(code));
        break;
    case ColumnType::TextList: {
        remap.assign(size_t(other.m_dict.size()), -2);
        const int64_t rows = other.size();
        for (int64_t r = 0; r < rows; ++r) {
            for (int32_t code : other.listCodes(r))
                m_codes.push_back(ours(code));
            m_offsets.push_back(uint32_t(m_codes.size()));
        }
        break;
    }
    }
}

} // namespace valuator
