// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace valuator {

/// What kind of failure an Error is. Callers branch on this, never on message text.
enum class ErrorCode {
    Unknown,
    InvalidArgument, ///< a parameter or option the caller gave is wrong
    NotFound, ///< a file, dataset, model or row does not exist
    Io, ///< reading or writing a file failed
    Parse, ///< input bytes are not in the expected format
    Unsupported, ///< valid input we cannot handle (e.g. a newer workspace schema)
    NotAWorkspace, ///< the file is not a Car Valuator workspace
    Database, ///< SQLite reported an error
    Integrity, ///< stored data failed a consistency check (audit chain, hash)
    Network, ///< transport failed
    Cancelled, ///< the user or caller cancelled the work
    Conflict, ///< the operation clashes with the current state
};

/// A typed error. `userMessage` is translated and shown to people; `detail` is technical (logs, --json).
struct Error {
    ErrorCode code = ErrorCode::Unknown;
    QString userMessage;
    QString detail;

    static Error cancelled();
    /// Short stable identifier of the code, for machine output ("parse", "cancelled", ...).
    static QString codeName(ErrorCode code);
};

} // namespace valuator
