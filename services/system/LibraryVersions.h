// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace valuator {

/// Versions of the libraries this build runs with (About dialog, `valuator-cli --version`, run records).
struct LibraryVersions {
    QString app;
    QString gitRevision;
    QString qt; ///< runtime Qt version (qVersion())
    QString xgboost;
    QString sqlite;
    QString curl;

    static LibraryVersions current();
    /// (name, version) pairs in display order.
    QList<QPair<QString, QString>> asList() const;
};

} // namespace valuator
