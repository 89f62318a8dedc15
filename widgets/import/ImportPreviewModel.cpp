// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace valuator {

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setRows(
    const QStringList& headers, const std::vector<CsvSniffResult::Record>& rows, const MissingValues& missing)
{
    beginResetModel();
    m_headers = headers;
    m_rows.clear();
    const qsizetype count = qMin(qsizetype(rows.size()), qsizetype(kMaxRows));
    m_rows.reserve(count);
    for (qsizetype r = 0; r < count; ++r) {
        const CsvSniffResult::Record& record = rows[size_t(r)];
        Row row;
        row.line = record.line;
        for (qsizetype c = 0; c < headers.size(); ++c) {
            const bool present = c < qsizetype(record.fields.size());
            const std::string& field = present ? record.fields[size_t(c)] : std::string();
            row.cells << QString::fromStdString(field);
            row.missing << missing.isMissing(field);
        }
        if (!record.problem.isNone())
            row.problem = record.problem.message();
        else if (qsizetype(record.fields.size()) != headers.size())
            row.problem = tr("This row has %n field(s); the file has %1 columns.", nullptr, int(record.fields.size()))
                              .arg(headers.size());
        m_rows.append(std::move(row));
    }
    endResetModel();
}

void ImportPreviewModel::setMapping(const ColumnMapping& mapping)
{
    m_mapping = mapping;
    if (!m_headers.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_headers.size()) - 1);
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_headers.clear();
    m_rows.clear();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const bool missing = row.missing.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.value(index.column());
    case Qt::ForegroundRole:
        return missing ? QVariant(QBrush(QColor(0x9a, 0xa0, 0xa6))) : QVariant();
    case Qt::FontRole:
        if (missing) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (!row.problem.isEmpty())
            return row.problem;
        return missing ? tr("Missing value") : QVariant();
    default:
        return {};
    }
}

QString ImportPreviewModel::targetOf(int column) const
{
    const QString header = m_headers.value(column);
    for (const FieldDef& def : CarSchema::fields()) {
        const FieldSource& source = m_mapping.source(def.field);
        if (source.kind == FieldSource::Kind::Column && source.column == header)
            return QLatin1String(def.key);
        if (source.kind == FieldSource::Kind::Indicators && source.indicators.contains(header))
            return tr("%1 (indicator)").arg(QLatin1String(def.key));
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_rows.at(section).line;
        if (role == Qt::ToolTipRole)
            return tr("Line %1 of the file").arg(m_rows.at(section).line);
        return {};
    }
    if (section < 0 || section >= m_headers.size())
        return {};
    const QString target = targetOf(section);
    switch (role) {
    case Qt::DisplayRole:
        return target.isEmpty() ? m_headers.at(section) : tr("%1 → %2").arg(m_headers.at(section), target);
    case Qt::ToolTipRole:
        return target.isEmpty()
            ? tr("Column '%1' is not mapped: it is kept as an extra text column.").arg(m_headers.at(section))
            : tr("Column '%1' is read as %2.").arg(m_headers.at(section), target);
    case Qt::ForegroundRole:
        return target.isEmpty() ? QVariant(QBrush(QColor(0x5f, 0x63, 0x68))) : QVariant();
    default:
        return {};
    }
}

} // namespace valuator
