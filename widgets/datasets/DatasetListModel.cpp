// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/datasets/DatasetListModel.h"

#include <QDateTime>
#include <QLocale>

namespace valuator {

// Index scheme: a dataset row has internalId 0; a version row has internalId = its dataset's row + 1.

DatasetListModel::DatasetListModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void DatasetListModel::setDatasets(QList<DatasetSummary> datasets)
{
    beginResetModel();
    m_datasets = std::move(datasets);
    endResetModel();
}

const DatasetSummary* DatasetListModel::datasetAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const qsizetype row = isVersionRow(index) ? qsizetype(index.internalId()) - 1 : index.row();
    return row >= 0 && row < m_datasets.size() ? &m_datasets.at(row) : nullptr;
}

const DatasetVersionInfo* DatasetListModel::versionAt(const QModelIndex& index) const
{
    const DatasetSummary* dataset = datasetAt(index);
    if (!dataset)
        return nullptr;
    if (!isVersionRow(index))
        return dataset->latest();
    return index.row() < dataset->versions.size() ? &dataset->versions.at(index.row()) : nullptr;
}

const DatasetVersionInfo* DatasetListModel::versionById(qint64 versionId) const
{
    for (const DatasetSummary& dataset : m_datasets)
        for (const DatasetVersionInfo& version : dataset.versions)
            if (version.id == versionId)
                return &version;
    return nullptr;
}

QModelIndex DatasetListModel::datasetIndex(const QString& name) const
{
    for (qsizetype i = 0; i < m_datasets.size(); ++i)
        if (m_datasets.at(i).name == name)
            return index(int(i), 0);
    return {};
}

QModelIndex DatasetListModel::versionIndex(const QString& name, qint64 version) const
{
    const QModelIndex parentIndex = datasetIndex(name);
    if (!parentIndex.isValid())
        return {};
    const auto& versions = m_datasets.at(parentIndex.row()).versions;
    for (qsizetype i = versions.size() - 1; i >= 0; --i)
        if (version == 0 || versions.at(i).version == version)
            return index(int(i), 0, parentIndex);
    return {};
}

QModelIndex DatasetListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DatasetListModel::parent(const QModelIndex& child) const
{
    if (!isVersionRow(child))
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int DatasetListModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_datasets.size());
    if (isVersionRow(parent) || parent.column() != 0)
        return 0;
    return int(m_datasets.at(parent.row()).versions.size());
}

int DatasetListModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant DatasetListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isVersionRow(index)) {
        const DatasetVersionInfo* version = versionAt(index);
        return version ? versionData(*version, index.column(), role) : QVariant();
    }
    return datasetData(m_datasets.at(index.row()), index.column(), role);
}

QVariant DatasetListModel::datasetData(const DatasetSummary& dataset, int column, int role) const
{
    const DatasetVersionInfo* latest = dataset.latest();
    if (role == VersionIdRole)
        return latest ? QVariant(latest->id) : QVariant();
    if (role == RefRole)
        return dataset.name;
    if (role == Qt::ToolTipRole)
        return dataset.versions.size() == 1 ? tr("%1: 1 version").arg(dataset.name)
                                            : tr("%1: %2 versions").arg(dataset.name).arg(dataset.versions.size());
    if (role == Qt::TextAlignmentRole && column == Rows)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return dataset.name;
    case Kind:
        return {}; // the versions below say it
    case Rows:
        return latest ? QLocale().toString(latest->rowCount) : QString();
    case Created:
        return localTime(dataset.createdAt);
    case CreatedBy:
        return dataset.createdBy;
    default:
        return {};
    }
}

QVariant DatasetListModel::versionData(const DatasetVersionInfo& version, int column, int role) const
{
    if (role == VersionIdRole)
        return version.id;
    if (role == RefRole)
        return version.refString();
    if (role == Qt::ToolTipRole)
        return tr("%1 · content SHA-256 %2").arg(version.refString(), version.contentSha256.left(16));
    if (role == Qt::TextAlignmentRole && column == Rows)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return tr("Version %1").arg(version.version);
    case Kind:
        return kindLabel(version.kind);
    case Rows:
        return QLocale().toString(version.rowCount);
    case Created:
        return localTime(version.createdAt);
    case CreatedBy:
        return version.createdBy;
    default:
        return {};
    }
}

QVariant DatasetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Dataset");
    case Kind:
        return tr("Kind");
    case Rows:
        return tr("Rows");
    case Created:
        return tr("Created");
    case CreatedBy:
        return tr("By");
    default:
        return {};
    }
}

Qt::ItemFlags DatasetListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isVersionRow(index))
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QString DatasetListModel::kindLabel(VersionKind kind)
{
    switch (kind) {
    case VersionKind::Import:
        return tr("Import");
    case VersionKind::Append:
        return tr("Append");
    case VersionKind::Clean:
        return tr("Clean");
    }
    return {};
}

QString DatasetListModel::localTime(const QString& isoUtc)
{
    QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!time.isValid())
        return isoUtc;
    return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace valuator
