// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/Error.h"

namespace valuator {

Error Error::cancelled()
{
    return {ErrorCode::Cancelled, QCoreApplication::translate("valuator::Error", "Cancelled."), {}};
}

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Unknown:
        return QStringLiteral("unknown");
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Parse:
        return QStringLiteral("parse");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorCode::NotAWorkspace:
        return QStringLiteral("not_a_workspace");
    case ErrorCode::Database:
        return QStringLiteral("database");
    case ErrorCode::Integrity:
        return QStringLiteral("integrity");
    case ErrorCode::Network:
        return QStringLiteral("network");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    }
    return QStringLiteral("unknown");
}

} // namespace valuator
