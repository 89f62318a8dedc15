// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/schema/CarSchema.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <array>
#include <optional>

namespace valuator {

/// Where one canonical field's value comes from.
struct FieldSource {
    enum class Kind {
        None, ///< not mapped
        Column, ///< a source column, by header name
        Constant, ///< the same raw value for every row ("2005", "2005-06-30"), typed like a cell
        Indicators ///< one-hot columns: the value is the name of the column whose cell is set (1/true/yes/x)
    };
    Kind kind = Kind::None;
    QString column;
    QString constant;
    QStringList indicators;

    bool isMapped() const { return kind != Kind::None; }
    bool operator==(const FieldSource&) const = default;
};

/// How a CSV's columns map to the CarSchema. Saved as JSON (by header name, so it is reusable for files with
/// another column order) and edited by the user. Unmapped source columns are kept as extra attributes.
class ColumnMapping {
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
public:
    const FieldSource& source(CarField field) const { return m_sources[size_t(field)]; }
    void setSource(CarField field, FieldSource source) { m_sources[size_t(field)] = std::move(source); }
    void mapColumn(CarField field, const QString& header);
    void clear(CarField field) { m_sources[size_t(field)] = {}; }

    /// Fields whose source is the column `header`, if any.
    std::optional<CarField> fieldForColumn(const QString& header) const;
    /// Headers used by no field (neither as a column nor as an indicator): kept as extra attributes.
    QStringList extraColumns(const QStringList& headers) const;
    /// Required fields that have no source.
    QList<CarField> missingRequired() const;
    /// Checks the mapping against a file's headers: every referenced column exists, every required field is
    /// mapped. The error names the field or column.
    Status validate(const QStringList& headers) const;

    /// Proposes a mapping from header names and their English/German/Swedish synonyms. The first header
    /// matching a field wins; later ones stay extra columns.
    static ColumnMapping autoMap(const QStringList& headers);

    QJsonObject toJson() const;
    /// Parses a mapping document; `origin` (a file name) prefixes error messages.
    static Result<ColumnMapping> fromJson(const QJsonObject& json, const QString& origin = {});
    /// Parses mapping JSON text, reporting syntax errors with line and column.
    static Result<ColumnMapping> fromJsonText(const QByteArray& text, const QString& origin = {});

    bool operator==(const ColumnMapping&) const = default;

private:
    std::array<FieldSource, kCarFieldCount> m_sources;
};

} // namespace valuator
