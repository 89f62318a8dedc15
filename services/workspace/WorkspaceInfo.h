// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace valuator {

/// A summary of a workspace for "File > Properties" and `valuator-cli info`. See Workspace::info().
struct WorkspaceInfo {
    struct TableRows {
        QString table;
        qint64 rows = 0;
    };

    QString path;
    int schemaVersion = 0;
    QString createdAt; ///< UTC ISO 8601 with ms; empty for a workspace made before it was recorded
    QString createdBy; ///< acting user at creation
    QString appVersion; ///< Car Valuator version that created the file
    QList<TableRows> tables; ///< every user table (no sqlite_* tables), sorted by name
    qint64 fileSize = 0; ///< bytes of the main file
    qint64 walSize = 0; ///< bytes of the -wal file (changes not yet checkpointed); 0 when absent
};

} // namespace valuator
