// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/contract/DataContract.h"
#include "models/table/Table.h"

#include <QByteArray>

#include <initializer_list>
#include <optional>

namespace valuator::test {

/// Shared helpers of the contract tests: small hand-built tables and contracts.
QByteArray readFile(const QString& path);
QByteArray fixture(const char* name);
QByteArray defaultContractYaml();

/// The five required ODCS header lines (apiVersion .. status) followed by `body`.
QByteArray contractYaml(const QByteArray& body);
/// Parses contractYaml(body); aborts the test run on a parse error.
DataContract contract(const QByteArray& body);

Column textColumn(const char* name, std::initializer_list<const char*> values); // nullptr = null
Column intColumn(const char* name, std::initializer_list<std::optional<int64_t>> values);
Column numberColumn(const char* name, std::initializer_list<double> values); // NaN = null
Column dateColumn(const char* name, std::initializer_list<const char*> isoDates); // nullptr = null
Column listColumn(const char* name, std::initializer_list<std::initializer_list<const char*>> rows);
/// source_line column 2, 3, ... for `rows` rows.
Column sourceLines(int64_t rows);

Table table(std::initializer_list<Column> columns);

} // namespace valuator::test
