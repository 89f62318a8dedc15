// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/ListTokens.h"

#include "models/typing/Utf8Text.h"

namespace valuator {

namespace {

/// Calls `emit(char)` with the key bytes of `token`: trimmed, spaces collapsed, optionally lower-cased.
template <class Emit> void walkNormalised(std::string_view token, bool fold, Emit emit)
{
    const std::string_view t = Utf8Text::trimmed(token);
    bool pendingSpace = false;
    size_t i = 0;
    while (i < t.size()) {
        const char c = t[i];
        if (c > ' ' && static_cast<unsigned char>(c) < 0x80) { // ASCII fast path: most equipment text
            if (pendingSpace) {
                emit(' ');
                pendingSpace = false;
            }
            emit(fold ? Utf8Text::lower(c) : c);
            ++i;
            continue;
        }
        if (const int n = Utf8Text::spaceAt(t, i)) {
            pendingSpace = true;
            i += size_t(n);
            continue;
        }
        if (pendingSpace) {
            emit(' ');
            pendingSpace = false;
        }
        emit(fold ? Utf8Text::lower(t[i]) : t[i]);
        ++i;
    }
}

} // namespace

ListSeparator ListTokens::separatorOf(std::string_view value)
{
    if (value.find('|') != std::string_view::npos) {
        return ListSeparator::Pipe;
    }
    if (value.find(';') != std::string_view::npos) {
        return ListSeparator::Semicolon;
    }
    if (value.find(", ") != std::string_view::npos) {
        return ListSeparator::CommaSpace;
    }
    return ListSeparator::None;
}

int ListTokens::split(std::string_view value, std::vector<std::string_view>& out)
{
    const ListSeparator sep = separatorOf(value);
    const std::string_view delimiter = sep == ListSeparator::Pipe ? std::string_view("|")
        : sep == ListSeparator::Semicolon                         ? std::string_view(";")
                                                                  : std::string_view(", ");
    int count = 0;
    size_t start = 0;
    while (start <= value.size()) {
        const size_t end = sep == ListSeparator::None ? std::string_view::npos : value.find(delimiter, start);
        const std::string_view token = Utf8Text::trimmed(
            value.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (!token.empty()) {
            out.push_back(token);
            ++count;
        }
        if (end == std::string_view::npos) {
            break;
        }
        start = end + delimiter.size();
    }
    return count;
}

std::string ListTokens::normalised(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    walkNormalised(token, false, [&out](char c) { out.push_back(c); });
    return out;
}

std::string ListTokens::key(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    walkNormalised(token, true, [&out](char c) { out.push_back(c); });
    return out;
}

quint64 ListTokens::keyHash(std::string_view token)
{
    quint64 hash = 14695981039346656037ull;
    walkNormalised(token, true, [&hash](char c) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    });
    return hash;
}

} // namespace valuator
