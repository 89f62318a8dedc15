// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QString>
#include <QTextStream>

#include "tests/bench/import/ChildProcess.h"

namespace valuator {

/// Benchmark inputs made by resources/demo/generate_sales.py (US dialect, English headers, default dirt) and
/// cached in a folder: the file name holds the rows, the seed and a hash of the generator script, so a changed
/// generator or other arguments never reuse a stale file, and every bench pointed at the same folder shares it.
/// Synchronous (runs the generator as a child process, ~1 min per million rows); not for GUI code.
class GeneratedCsv {
public:
    /// `children` runs the generator; `python`: interpreter (Debian's /usr/bin/python3); `generator`: the
    /// script; `dataDir`: the cache folder (created when missing).
    GeneratedCsv(ChildProcess children, QString python, QString generator, QString dataDir);

    /// Path of the cached CSV with `rows` data rows from `seed`, generated first when missing (progress lines go
    /// to `log`). The file appears under its final name only when complete.
    Result<QString> ensure(qint64 rows, int seed, QTextStream& log) const;

private:
    ChildProcess m_children;
    QString m_python;
    QString m_generator;
    QString m_dataDir;
};

} // namespace valuator
