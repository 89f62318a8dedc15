// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/learners/UbjsonCheck.h"

#include <cstdint>

namespace valuator {

namespace {

constexpr int kMaxDepth = 512;

/// A bounds-checked cursor over the document; every read fails instead of leaving the buffer.
class Walker {
public:
    explicit Walker(const QByteArray& bytes)
        : m_data(reinterpret_cast<const uint8_t*>(bytes.constData()))
        , m_size(bytes.size())
    {
    }

    bool atEnd() const { return m_pos == m_size; }

    bool byte(uint8_t& out)
    {
        if (m_pos >= m_size)
            return false;
        out = m_data[m_pos++];
        return true;
    }

    bool peek(uint8_t& out) const
    {
        if (m_pos >= m_size)
            return false;
        out = m_data[m_pos];
        return true;
    }

    bool skip(int64_t n)
    {
        if (n < 0 || n > m_size - m_pos)
            return false;
        m_pos += n;
        return true;
    }

    /// A big-endian integer of the type `marker`; false for a non-integer marker or a negative value.
    bool length(uint8_t marker, int64_t& out)
    {
        const int width = integerWidth(marker);
        if (width == 0 || width > m_size - m_pos)
            return false;
        uint64_t v = 0;
        for (int i = 0; i < width; ++i)
            v = (v << 8) | m_data[m_pos++];
        // Sign-extend the signed types (i, I, l, L); U is unsigned.
        if (marker != 'U' && width < 8 && (v >> (width * 8 - 1)) & 1)
            return false;
        out = int64_t(v);
        return out >= 0;
    }

    /// The payload size of a fixed-size value, -1 for variable-size markers, -2 for unknown markers.
    static int fixedSize(uint8_t marker)
    {
        switch (marker) {
        case 'Z':
        case 'N':
        case 'T':
        case 'F':
            return 0;
        case 'i':
        case 'U':
        case 'C':
            return 1;
        case 'I':
            return 2;
        case 'l':
        case 'd':
            return 4;
        case 'L':
        case 'D':
            return 8;
        case 'S':
        case 'H':
        case '[':
        case '{':
            return -1;
        default:
            return -2;
        }
    }

    bool value(uint8_t marker, int depth)
    {
        const int size = fixedSize(marker);
        if (size >= 0)
            return skip(size);
        if (size == -2)
            return false;
        if (marker == 'S' || marker == 'H') {
            uint8_t m = 0;
            int64_t n = 0;
            return byte(m) && length(m, n) && skip(n);
        }
        return depth < kMaxDepth && container(marker == '{', depth + 1);
    }

private:
    static int integerWidth(uint8_t marker)
    {
        switch (marker) {
        case 'i':
        case 'U':
            return 1;
        case 'I':
            return 2;
        case 'l':
            return 4;
        case 'L':
            return 8;
        default:
            return 0;
        }
    }

    bool key()
    {
        uint8_t m = 0;
        int64_t n = 0;
        return byte(m) && length(m, n) && skip(n);
    }

    /// After '[' or '{': optional '$' type and '#' count, then the items (and the closing marker without count).
    bool container(bool object, int depth)
    {
        uint8_t type = 0;
        int64_t count = -1;
        uint8_t m = 0;
        if (peek(m) && m == '$') {
            skip(1);
            if (!byte(type) || fixedSize(type) == -2 || !peek(m) || m != '#')
                return false;
        }
        if (peek(m) && m == '#') {
            skip(1);
            if (!byte(m) || !length(m, count))
                return false;
        }
        if (count >= 0)
            return counted(object, type, count, depth);
        for (;;) {
            if (!peek(m))
                return false;
            if (m == (object ? '}' : ']'))
                return skip(1);
            if (object && !key())
                return false;
            if (!byte(m) || !value(m, depth))
                return false;
        }
    }

    bool counted(bool object, uint8_t type, int64_t count, int depth)
    {
        const int size = type ? fixedSize(type) : -1;
        if (!object && size >= 0) // a typed array of numbers: one bounds check for all of it
            return size == 0 || (count <= (m_size - m_pos) / size && skip(count * size));
        for (int64_t i = 0; i < count; ++i) {
            if (object && !key())
                return false;
            uint8_t m = type;
            if (!type && !byte(m))
                return false;
            if (!value(m, depth))
                return false;
        }
        return true;
    }

    const uint8_t* m_data;
    int64_t m_size;
    int64_t m_pos = 0;
};

} // namespace

bool UbjsonCheck::isComplete(const QByteArray& bytes)
{
    Walker w(bytes);
    uint8_t marker = 0;
    return w.byte(marker) && w.value(marker, 0) && w.atEnd();
}

bool UbjsonCheck::looksLikeUbjson(const QByteArray& bytes)
{
    if (bytes.size() < 2 || bytes[0] != '{')
        return false;
    const char next = bytes[1];
    return next == 'i' || next == 'U' || next == 'I' || next == 'l' || next == 'L' || next == '}' || next == '$'
        || next == '#';
}

} // namespace valuator
