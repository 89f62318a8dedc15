// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace valuator {

class Database;

/// The on-disk format of a workspace: its identity (`PRAGMA application_id`) and its schema history as an
/// ordered list of migrations keyed by `PRAGMA user_version`.
///
/// To change the schema, append one Migration to the list in WorkspaceSchema.cpp with the next version
/// number; never edit a released step. A workspace at version N runs steps N+1.. on open.
class WorkspaceSchema {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSchema)

public:
    /// "CVW1" in ASCII; written at creation, checked before anything else on open.
    static constexpr quint32 kApplicationId = 0x43565731;

    /// One step: brings a workspace from `version - 1` to `version`. `sql` runs first (may be empty), then
    /// `apply` (may be empty), then the version bump — all in one transaction, so a failing step leaves the
    /// workspace at `version - 1`. Foreign keys stay ON during a step (PRAGMA foreign_keys is a no-op inside a
    /// transaction); a table rebuild must keep references valid or use deferred checks.
    struct Migration {
        int version = 0;
        QString description;
        QString sql;
        std::function<Status(Database&)> apply;
    };

    /// The built-in history, versions 1..latestVersion() in order.
    static const QList<Migration>& migrations();
    static int latestVersion();

    /// Applies every step of `steps` whose version is above the file's user_version, each in its own
    /// transaction. `steps` must be numbered 1, 2, 3, ... Returns the version reached.
    static Result<int> migrate(Database& db, const QList<Migration>& steps);
    static Result<int> migrate(Database& db) { return migrate(db, migrations()); }

    /// Current PRAGMA user_version of `db`.
    static Result<int> version(Database& db);
};

} // namespace valuator
