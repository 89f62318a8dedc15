// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/datasets/DatasetTypes.h"

#include <QAbstractItemModel>
#include <QList>

namespace valuator {

/// The datasets of a workspace as a two-level tree: each dataset (name) with its versions (oldest first) as
/// children. Columns: name / version, kind, rows, created at, created by. A dataset row shows its latest
/// version's row count. Read-only; refreshed as a whole with setDatasets(). GUI thread only.
class DatasetListModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Rows, Created, CreatedBy, ColumnCount };
    enum Role {
        VersionIdRole = Qt::UserRole + 1, ///< qint64: the version's id (a dataset row: its latest version's)
        RefRole, ///< QString: "NAME@N" for a version row, "NAME" for a dataset row
    };

    explicit DatasetListModel(QObject* parent = nullptr);

    void setDatasets(QList<DatasetSummary> datasets);
    const QList<DatasetSummary>& datasets() const { return m_datasets; }

    /// The dataset an index belongs to (a dataset row or one of its version rows); nullptr for an invalid index.
    const DatasetSummary* datasetAt(const QModelIndex& index) const;
    /// The version of a version row, or the latest version for a dataset row; nullptr when there is none.
    const DatasetVersionInfo* versionAt(const QModelIndex& index) const;
    /// The version with dataset_versions.id `versionId`, or nullptr.
    const DatasetVersionInfo* versionById(qint64 versionId) const;
    /// Index (column 0) of version `version` of dataset `name`; `version` 0 = the latest. Invalid when absent.
    QModelIndex versionIndex(const QString& name, qint64 version = 0) const;
    /// Index (column 0) of the dataset row `name`, invalid when absent.
    QModelIndex datasetIndex(const QString& name) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// "Import", "Append", "Clean", translated.
    static QString kindLabel(VersionKind kind);
    /// A stored UTC ISO timestamp in local time, short locale format.
    static QString localTime(const QString& isoUtc);

private:
    bool isVersionRow(const QModelIndex& index) const { return index.isValid() && index.internalId() != 0; }
    QVariant datasetData(const DatasetSummary& dataset, int column, int role) const;
    QVariant versionData(const DatasetVersionInfo& version, int column, int role) const;

    QList<DatasetSummary> m_datasets;
};

} // namespace valuator
