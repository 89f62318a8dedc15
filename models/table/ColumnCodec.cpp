// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/table/ColumnCodec.h"

#include <bit>
#include <cstring>

static_assert(std::endian::native == std::endian::little, "ColumnCodec assumes a little-endian host");

namespace valuator {
namespace {

constexpr uint32_t kMagic = 0x31434356; // "VCC1"
constexpr int kHeaderSize = 12;

template <class T> void put(QByteArray& out, T value)
{
    out.append(reinterpret_cast<const char*>(&value), sizeof(T));
}

template <class T> void putArray(QByteArray& out, const std::vector<T>& values)
{
    out.append(reinterpret_cast<const char*>(values.data()), qsizetype(values.size() * sizeof(T)));
}

uint8_t codeWidth(int32_t dictionarySize)
{
    // Codes are stored +1 so that 0 can mean null.
    if (dictionarySize < 0xFF)
        return 1;
    if (dictionarySize < 0xFFFF)
        return 2;
    return 4;
}

void putDictionary(QByteArray& out, const Dictionary& dict)
{
    put<uint32_t>(out, uint32_t(dict.size()));
    for (const std::string& s : dict.values()) {
        put<uint32_t>(out, uint32_t(s.size()));
        out.append(s.data(), qsizetype(s.size()));
    }
}

void putCodes(QByteArray& out, const std::vector<int32_t>& codes, uint8_t width)
{
    const qsizetype start = out.size();
    out.resize(start + qsizetype(codes.size()) * width);
    char* p = out.data() + start;
    for (int32_t c : codes) {
        const uint32_t v = uint32_t(c + 1);
        std::memcpy(p, &v, width); // little-endian: the low bytes first
        p += width;
    }
}

/// Bounds-checked reader over a blob.
class Reader {
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    {
    }
    template <class T> bool get(T& value)
    {
        if (m_pos + qsizetype(sizeof(T)) > m_data.size())
            return false;
        std::memcpy(&value, m_data.data() + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return true;
    }
    const char* take(qsizetype n)
    {
        if (n < 0 || m_pos + n > m_data.size())
            return nullptr;
        const char* p = m_data.data() + m_pos;
        m_pos += n;
        return p;
    }
    bool atEnd() const { return m_pos == m_data.size(); }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

bool readDictionary(Reader& in, Column& into, std::vector<int32_t>& remap)
{
    uint32_t n = 0;
    if (!in.get(n))
        return false;
    remap.resize(n);
    for (uint32_t i = 0; i < n; ++i) {
        uint32_t len = 0;
        const char* p = nullptr;
        if (!in.get(len) || !(p = in.take(qsizetype(len))))
            return false;
        remap[i] = into.dictionary().intern(std::string_view(p, len));
    }
    return true;
}

// Reads `count` codes of `width` bytes, maps them through `remap` (stored value 0 = null → -1).
bool readCodes(Reader& in, uint32_t count, uint8_t width, const std::vector<int32_t>& remap, bool allowNull,
    std::vector<int32_t>& out)
{
    const char* p = in.take(qsizetype(count) * width);
    if (!p)
        return false;
    out.reserve(out.size() + count);
    for (uint32_t i = 0; i < count; ++i, p += width) {
        uint32_t v = 0;
        std::memcpy(&v, p, width);
        if (v == 0) {
            if (!allowNull)
                return false;
            out.push_back(-1);
        } else if (v - 1 < remap.size()) {
            out.push_back(remap[v - 1]);
        } else {
            return false;
        }
    }
    return true;
}

template <class T> bool readArray(Reader& in, uint32_t rows, std::vector<T>& out)
{
    const char* p = in.take(qsizetype(rows) * qsizetype(sizeof(T)));
    if (!p)
        return false;
    const size_t old = out.size();
    out.resize(old + rows);
    std::memcpy(out.data() + old, p, size_t(rows) * sizeof(T));
    return true;
}

} // namespace

QByteArray ColumnCodec::encode(const Column& column)
{
    QByteArray out;
    const auto rows = uint32_t(column.size());
    const bool dictionaryCoded = column.type() == ColumnType::Text || column.type() == ColumnType::TextList;
    const uint8_t width = dictionaryCoded ? codeWidth(column.dictionary().size()) : 0;
    put<uint32_t>(out, kMagic);
    put<uint8_t>(out, uint8_t(column.type()));
    put<uint8_t>(out, width);
    put<uint16_t>(out, 0);
    put<uint32_t>(out, rows);
    switch (column.type()) {
    case ColumnType::Float64:
        putArray(out, column.doubles());
        break;
    case ColumnType::Int64:
        putArray(out, column.ints());
        break;
    case ColumnType::Date:
        putArray(out, column.days());
        break;
    case ColumnType::Text:
        putDictionary(out, column.dictionary());
        putCodes(out, column.codes(), width);
        break;
    case ColumnType::TextList:
        putDictionary(out, column.dictionary());
        put<uint32_t>(out, uint32_t(column.codes().size()));
        putArray(out, column.offsets());
        putCodes(out, column.codes(), width);
        break;
    }
    return out;
}

Result<std::pair<ColumnType, int64_t>> ColumnCodec::peek(QByteArrayView blob)
{
    Reader in(blob);
    uint32_t magic = 0, rows = 0;
    uint8_t type = 0, width = 0;
    uint16_t reserved = 0;
    if (!in.get(magic) || magic != kMagic || !in.get(type) || !in.get(width) || !in.get(reserved) || !in.get(rows)
        || type < 1 || type > 5)
        return fail(ErrorCode::Integrity, tr("A stored column chunk is damaged (bad header)."));
    return std::pair {ColumnType(type), int64_t(rows)};
}

Status ColumnCodec::decodeAppend(QByteArrayView blob, Column& into)
{
    const auto header = peek(blob);
    if (!header)
        return fail(header.error());
    const auto [type, rowCount] = *header;
    if (type != into.type())
        return fail(
            ErrorCode::Integrity, tr("A stored column chunk has the wrong type for column '%1'.").arg(into.name()));
    Reader in(blob.sliced(kHeaderSize));
    const auto rows = uint32_t(rowCount);
    const uint8_t width = uint8_t(blob[5]);
    const bool widthOk = width == 1 || width == 2 || width == 4;
    std::vector<int32_t> remap;
    bool ok = false;
    switch (type) {
    case ColumnType::Float64:
        ok = readArray(in, rows, into.doubles());
        break;
    case ColumnType::Int64:
        ok = readArray(in, rows, into.ints());
        break;
    case ColumnType::Date:
        ok = readArray(in, rows, into.days());
        break;
    case ColumnType::Text:
        ok = widthOk && readDictionary(in, into, remap) && readCodes(in, rows, width, remap, true, into.codes());
        break;
    case ColumnType::TextList: {
        uint32_t tokens = 0;
        std::vector<uint32_t> offsets;
        ok = widthOk && readDictionary(in, into, remap) && in.get(tokens) && readArray(in, rows + 1, offsets);
        if (!ok || offsets.front() != 0 || offsets.back() != tokens)
            return fail(ErrorCode::Integrity, tr("A stored column chunk is damaged (column '%1').").arg(into.name()));
        const uint32_t base = uint32_t(into.codes().size());
        for (size_t i = 1; i < offsets.size(); ++i) {
            if (offsets[i] < offsets[i - 1])
                return fail(
                    ErrorCode::Integrity, tr("A stored column chunk is damaged (column '%1').").arg(into.name()));
            into.offsets().push_back(base + offsets[i]);
        }
        ok = readCodes(in, tokens, width, remap, false, into.codes());
        break;
    }
    }
    if (!ok || !in.atEnd())
        return fail(ErrorCode::Integrity, tr("A stored column chunk is damaged (column '%1').").arg(into.name()));
    return {};
}

} // namespace valuator
