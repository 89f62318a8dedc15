// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/table/Table.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace valuator::test {

/// The shared car-sales fixtures, imported once per process with importCsvToTable (cached).
const Table& fixtureTable(const QString& name);
/// The raw bytes of a fixture file.
QByteArray fixtureBytes(const QString& name);
/// The *.stats.json of a fixture ("sales-dirty-10k" -> its stats object).
QJsonObject fixtureStats(const QString& name);
int stat(const QString& fixture, const char* key);

/// A second, deliberately simple implementation of "later exact copy": per row, true when an earlier row has
/// the same display text in every column but source_line (keys compared as joined strings in a QSet).
std::vector<bool> laterCopiesBySimpleKey(const Table& table);
/// Display text of a cell, "<null>" for nulls.
QString cellText(const Table& table, const QString& column, qint64 row);
/// The distinct non-null values of a text column.
QSet<QString> vocabulary(const Table& table, const QString& column);
/// True when both tables hold the same columns (names, types), rows, values and dictionaries.
bool identicalTables(const Table& a, const Table& b, QString* why = nullptr);

} // namespace valuator::test
