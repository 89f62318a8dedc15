// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/drift/DriftReport.h"

#include <QAbstractTableModel>

namespace valuator {

/// The features of a drift report, one row each in report order: name, kind, PSI, KS D, unseen share, missing
/// share (reference → current) and status. Read-only; replaced as a whole by setReport(). GUI thread only.
class DriftFeatureModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Feature, Kind, Psi, Ks, Unseen, Missing, Status, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1 };

    explicit DriftFeatureModel(QObject* parent = nullptr);

    void setReport(const DriftReport& report);
    void clear();
    const FeatureDrift* featureAt(int row) const;
    int rowOf(const QString& name) const;

    static QString statusText(DriftStatus status); ///< translated "OK", "Warn", "Alert"

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FeatureDrift> m_features;
};

} // namespace valuator
