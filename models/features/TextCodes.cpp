// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/features/TextCodes.h"

namespace valuator {

TextCodes::TextCodes(const Column& column)
{
    if (column.type() == ColumnType::Text) {
        m_codes = column.codes().data();
        m_values = &column.dictionary().values();
        return;
    }
    m_ownCodes.reserve(size_t(column.size()));
    for (int64_t r = 0; r < column.size(); ++r) {
        if (column.isNull(r))
            m_ownCodes.push_back(-1);
        else
            m_ownCodes.push_back(m_ownDict.intern(column.displayText(r).toStdString()));
    }
    m_codes = m_ownCodes.data();
    m_values = &m_ownDict.values();
}

} // namespace valuator
