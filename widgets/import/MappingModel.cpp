// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/MappingModel.h"

#include "models/importing/ImportEngine.h"
#include "widgets/import/ProposalText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace valuator {
namespace {

const QColor kBlockingBackground(0xfc, 0xe8, 0xe6);
const QColor kError(0xb3, 0x26, 0x1e);
const QColor kWarning(0xa1, 0x5c, 0x00);
const QColor kMuted(0x5f, 0x63, 0x68);

QString keyOf(CarField field)
{
    return QLatin1String(CarSchema::field(field).key);
}

bool allowsIndicators(CarField field)
{
    const FieldType type = CarSchema::field(field).type;
    return type == FieldType::Category || type == FieldType::Text;
}

} // namespace

MappingModel::MappingModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MappingModel::setSettings(const ImportSettings& settings, bool decimalChosen)
{
    beginResetModel();
    const bool keep = !m_settings.headers.isEmpty() && m_settings.headers == settings.headers;
    const ColumnMapping previous = m_settings.mapping;
    m_settings = settings;
    if (keep)
        m_settings.mapping = previous;
    m_decimalChosen = decimalChosen;
    endResetModel();
    emit mappingChanged();
}

void MappingModel::clear()
{
    beginResetModel();
    m_settings = {};
    m_decimalChosen = false;
    endResetModel();
    emit mappingChanged();
}

void MappingModel::setMapping(const ColumnMapping& mapping)
{
    beginResetModel();
    m_settings.mapping = mapping;
    endResetModel();
    emit mappingChanged();
}

void MappingModel::setSource(CarField field, const FieldSource& source)
{
    if (m_settings.mapping.source(field) == source)
        return;
    m_settings.mapping.setSource(field, source);
    const int row = rowOf(field);
    // The source cell alone first: a view refreshes a persistent editor only for a single-cell change.
    emit dataChanged(index(row, SourceColumn), index(row, SourceColumn));
    emit dataChanged(index(row, FieldColumn), index(row, IssuesColumn));
    emit mappingChanged();
}

QStringList MappingModel::extraColumns() const
{
    return m_settings.mapping.extraColumns(m_settings.headers);
}

QList<CarField> MappingModel::missingRequired() const
{
    return m_settings.mapping.missingRequired();
}

int MappingModel::columnIndex(const FieldSource& source) const
{
    return source.kind == FieldSource::Kind::Column ? int(m_settings.headers.indexOf(source.column)) : -1;
}

bool MappingModel::isResolved(const ColumnIssue& issue) const
{
    if (issue.kind == ColumnIssue::Kind::AmbiguousDateOrder)
        return m_settings.dateOrder.has_value();
    if (issue.kind == ColumnIssue::Kind::AmbiguousGrouping)
        return m_decimalChosen;
    return issue.severity != ColumnIssue::Severity::Decision;
}

QStringList MappingModel::openDecisions() const
{
    QStringList open;
    for (const FieldDef& def : CarSchema::fields()) {
        const FieldSource& source = m_settings.mapping.source(def.field);
        const int column = columnIndex(source);
        if (column < 0 || column >= m_settings.proposals.size())
            continue;
        for (const ColumnIssue& issue : m_settings.proposals.at(column).issues) {
            if (issue.severity != ColumnIssue::Severity::Decision || isResolved(issue))
                continue;
            const QString where
                = issue.kind == ColumnIssue::Kind::AmbiguousDateOrder ? tr("Date order") : tr("Decimal separator");
            open << tr("%1: %2 Set “%3” under Dialect.").arg(source.column, issue.message, where);
        }
    }
    return open;
}

QString MappingModel::blockingReason() const
{
    if (m_settings.headers.isEmpty())
        return tr("Choose a CSV file first.");
    const QList<CarField> missing = missingRequired();
    if (!missing.isEmpty()) {
        QStringList names;
        for (CarField f : missing)
            names << tr("%1 (%2)").arg(CarSchema::displayName(f), keyOf(f));
        return tr("Required field(s) not mapped: %1. Map a column or set a constant.", nullptr, int(missing.size()))
            .arg(names.join(QStringLiteral(", ")));
    }
    if (Status valid = m_settings.mapping.validate(m_settings.headers); !valid)
        return valid.error().userMessage;
    if (const QStringList open = openDecisions(); !open.isEmpty())
        return tr("Decide first — %1").arg(open.first());
    if (auto engine = ImportEngine::create(m_settings); !engine)
        return engine.error().userMessage;
    return {};
}

CarField MappingModel::fieldAt(int row)
{
    return CarSchema::fields()[size_t(row)].field;
}

int MappingModel::rowOf(CarField field)
{
    const auto fields = CarSchema::fields();
    for (size_t i = 0; i < fields.size(); ++i)
        if (fields[i].field == field)
            return int(i);
    return -1;
}

int MappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(CarSchema::fields().size());
}

int MappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MappingModel::sourceText(const FieldSource& source) const
{
    switch (source.kind) {
    case FieldSource::Kind::None:
        return tr("(not mapped)");
    case FieldSource::Kind::Column:
        return source.column;
    case FieldSource::Kind::Constant:
        return tr("Constant: %1").arg(source.constant);
    case FieldSource::Kind::Indicators:
        return tr("Indicators: %1").arg(source.indicators.join(QStringLiteral(", ")));
    }
    return {};
}

QString MappingModel::typeText(const FieldSource& source) const
{
    switch (source.kind) {
    case FieldSource::Kind::None:
        return {};
    case FieldSource::Kind::Column: {
        const int column = columnIndex(source);
        return column >= 0 && column < m_settings.proposals.size()
            ? ProposalText::describe(m_settings.proposals.at(column))
            : QStringLiteral("—");
    }
    case FieldSource::Kind::Constant:
        return tr("constant");
    case FieldSource::Kind::Indicators:
        return tr("one-hot, %n column(s)", nullptr, int(source.indicators.size()));
    }
    return {};
}

QStringList MappingModel::issueLines(CarField field, bool* decisionOpen) const
{
    *decisionOpen = false;
    const FieldSource& source = m_settings.mapping.source(field);
    if (!source.isMapped())
        return CarSchema::field(field).required && hasColumns()
            ? QStringList {tr("Required: map a column or set a constant.")}
            : QStringList {};
    if (source.kind == FieldSource::Kind::Column && columnIndex(source) < 0 && hasColumns())
        return {tr("Column '%1' is not in this file.").arg(source.column)};
    QStringList lines;
    for (const QString& c : source.indicators)
        if (!m_settings.headers.contains(c) && hasColumns())
            lines << tr("Indicator column '%1' is not in this file.").arg(c);
    const int column = columnIndex(source);
    if (column < 0 || column >= m_settings.proposals.size())
        return lines;
    for (const ColumnIssue& issue : m_settings.proposals.at(column).issues) {
        const bool decision = issue.severity == ColumnIssue::Severity::Decision;
        if (decision && isResolved(issue)) {
            lines << tr("%1 (settled by your dialect choice)").arg(issue.message);
        } else {
            lines << issue.message;
            *decisionOpen |= decision;
        }
    }
    return lines;
}

bool MappingModel::rowBlocks(CarField field) const
{
    if (!hasColumns())
        return false;
    const FieldSource& source = m_settings.mapping.source(field);
    if (!source.isMapped())
        return CarSchema::field(field).required;
    if (source.kind == FieldSource::Kind::Column && columnIndex(source) < 0)
        return true;
    bool open = false;
    issueLines(field, &open);
    return open;
}

QVariant MappingModel::fieldData(CarField field, int role) const
{
    const FieldDef& def = CarSchema::field(field);
    switch (role) {
    case Qt::DisplayRole:
        return def.required ? tr("%1 · %2 *").arg(CarSchema::displayName(field), keyOf(field))
                            : tr("%1 · %2").arg(CarSchema::displayName(field), keyOf(field));
    case Qt::FontRole: {
        QFont font;
        font.setBold(def.required);
        return font;
    }
    case Qt::ToolTipRole:
        return (def.required ? tr("Required field, stored as %1.") : tr("Optional field, stored as %1."))
            .arg(CarSchema::typeName(def.type));
    default:
        return {};
    }
}

QVariant MappingModel::sourceData(CarField field, int role) const
{
    const FieldSource& source = m_settings.mapping.source(field);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return sourceText(source);
    case Qt::EditRole:
    case SourceRole:
        return QVariant::fromValue(source);
    case Qt::ForegroundRole:
        if (!source.isMapped())
            return QBrush(CarSchema::field(field).required && hasColumns() ? kError : kMuted);
        return {};
    default:
        return {};
    }
}

QVariant MappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CarField field = fieldAt(index.row());
    if (role == FieldRole)
        return int(field);
    if (role == AllowsIndicatorsRole)
        return allowsIndicators(field);
    if (role == Qt::BackgroundRole)
        return rowBlocks(field) ? QVariant(QBrush(kBlockingBackground)) : QVariant();
    switch (index.column()) {
    case FieldColumn:
        return fieldData(field, role);
    case SourceColumn:
        return sourceData(field, role);
    case TypeColumn: {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return typeText(m_settings.mapping.source(field));
        return {};
    }
    case IssuesColumn: {
        bool open = false;
        const QStringList lines = issueLines(field, &open);
        if (role == Qt::DisplayRole)
            return lines.join(QStringLiteral(" · "));
        if (role == Qt::ToolTipRole)
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        if (role == Qt::ForegroundRole && !lines.isEmpty())
            return QBrush(open || rowBlocks(field) ? kError : kWarning);
        return {};
    }
    default:
        return {};
    }
}

bool MappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != SourceColumn || (role != Qt::EditRole && role != SourceRole)
        || !value.canConvert<FieldSource>())
        return false;
    const FieldSource source = value.value<FieldSource>();
    if (source.kind == FieldSource::Kind::Indicators && !allowsIndicators(fieldAt(index.row())))
        return false;
    setSource(fieldAt(index.row()), source);
    return true;
}

Qt::ItemFlags MappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == SourceColumn && hasColumns())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field (* required)");
    case SourceColumn:
        return tr("Source");
    case TypeColumn:
        return tr("Detected type / format");
    case IssuesColumn:
        return tr("Issues");
    default:
        return {};
    }
}

} // namespace valuator
