// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace valuator {

/// Licence plates are personal data: logs, exports and anything sent to an LLM show them masked unless the user
/// explicitly allowed otherwise. Masking keeps a German district code ("M-", "DD-") or else the first two
/// characters, keeps separators, and replaces every other letter or digit with '*': "M-AB 1234" -> "M-** ****",
/// "ABC 12D" -> "AB* ***".
QString maskPlate(QStringView plate);
std::string maskPlateUtf8(std::string_view plate);

} // namespace valuator
