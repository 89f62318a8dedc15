// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace valuator {

/// Where log messages go: stderr and a size-rotated file (`valuator.log`, `valuator.1.log`, ...) in the app data
/// folder. Installed once by each main() through install(); thread-safe (messages come from worker threads).
/// Messages never contain secrets or unmasked plates: callers mask them (see maskPlate()).
class LogSink {
public:
    struct Options {
        QString directory; ///< folder of the log files; empty = stderr only
        QString baseName = QStringLiteral("valuator"); ///< file name stem
        qint64 maxFileBytes = 1024 * 1024;
        int fileCount = 5; ///< rotated files kept besides the current one
        bool toStderr = true;
        bool verbose = false; ///< enable debug output of every valuator.* category
    };

    /// Installs the Qt message handler. Calling it again replaces the options.
    static void install(const Options& options);
    /// Restores Qt's default handler and closes the file.
    static void uninstall();
    /// Path of the current log file, empty when logging to stderr only.
    static QString currentFile();
    /// Formats one line as written to the file: "2026-11-27T18:31:00.123Z I valuator.import: message".
    static QString formatLine(QtMsgType type, const char* category, const QString& message);
};

} // namespace valuator
