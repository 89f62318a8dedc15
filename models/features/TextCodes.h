// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/table/Column.h"

#include <string>
#include <vector>

namespace valuator {

/// A text view of any column for categorical features: one dictionary code per row (-1 = null) and the values.
/// Text columns are viewed in place (no copy); other types (a numeric column used as a categorical) are
/// materialised once through Column::displayText. Valid while the column lives; not copyable (it may point
/// into itself).
class TextCodes {
public:
    explicit TextCodes(const Column& column);
    TextCodes(const TextCodes&) = delete; // points into itself
    TextCodes& operator=(const TextCodes&) = delete;

    int32_t code(int64_t row) const { return m_codes[row]; }
    const std::vector<std::string>& values() const { return *m_values; }

private:
    std::vector<int32_t> m_ownCodes;
    Dictionary m_ownDict;
    const int32_t* m_codes = nullptr;
    const std::vector<std::string>* m_values = nullptr;
};

} // namespace valuator
