// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/importing/ImportTypes.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace valuator {

/// The column mapping of the file being imported, one row per canonical field in CarSchema order: the field
/// (required ones marked), its source (editable: a column, "(not mapped)", a constant or indicator columns),
/// the type/format inference detected for that source column, and the column's issues. Rows that block the
/// import (a required field without source, a column the file lacks, an open decision) are tinted red.
class MappingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FieldColumn, SourceColumn, TypeColumn, IssuesColumn, ColumnCount };
    enum Role {
        SourceRole = Qt::UserRole + 1, ///< FieldSource (read and write, SourceColumn)
        FieldRole, ///< int(CarField)
        AllowsIndicatorsRole, ///< bool: the field can come from one-hot columns (text and category fields)
    };

    explicit MappingModel(QObject* parent = nullptr);

    /// Takes the preview's headers, proposals and auto-mapping. The current mapping is kept when the headers are
    /// unchanged (a dialect edit that did not move columns), else replaced by `settings.mapping`.
    /// `decimalChosen`: the user picked the decimal separator, which settles ambiguous-grouping decisions.
    void setSettings(const ImportSettings& settings, bool decimalChosen);
    void clear();
    bool hasColumns() const { return !m_settings.headers.isEmpty(); }
    /// The preview's settings with the current mapping: what the import will use.
    const ImportSettings& settings() const { return m_settings; }
    const ColumnMapping& mapping() const { return m_settings.mapping; }
    QStringList headers() const { return m_settings.headers; }

    void setMapping(const ColumnMapping& mapping);
    void setSource(CarField field, const FieldSource& source);

    /// Source columns no field uses: imported as extra text columns.
    QStringList extraColumns() const;
    QList<CarField> missingRequired() const;
    /// Decision issues of mapped columns nobody has settled yet, as "column: message".
    QStringList openDecisions() const;
    /// The first reason the mapping cannot be imported (translated, naming fields by key), or empty when it can.
    QString blockingReason() const;

    static CarField fieldAt(int row);
    static int rowOf(CarField field);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The mapping changed (an edit, a loaded mapping, or a new file's auto-mapping).
    void mappingChanged();

private:
    int columnIndex(const FieldSource& source) const;
    bool isResolved(const ColumnIssue& issue) const;
    bool rowBlocks(CarField field) const;
    QString sourceText(const FieldSource& source) const;
    QString typeText(const FieldSource& source) const;
    QStringList issueLines(CarField field, bool* decisionOpen) const;
    QVariant fieldData(CarField field, int role) const;
    QVariant sourceData(CarField field, int role) const;

    ImportSettings m_settings;
    bool m_decimalChosen = false;
};

} // namespace valuator

Q_DECLARE_METATYPE(valuator::FieldSource)
