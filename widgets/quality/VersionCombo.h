// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/datasets/DatasetTypes.h"

#include <QComboBox>

namespace valuator {

/// A drop-down of every dataset version of a workspace ("sales@2 · 10,000 rows"), newest version of each dataset
/// first. setVersions() keeps the current version selected when it still exists.
class VersionCombo : public QComboBox {
    Q_OBJECT
public:
    explicit VersionCombo(QWidget* parent = nullptr);

    void setVersions(const QList<DatasetSummary>& datasets);
    /// The selected version, or nullptr when the list is empty.
    const DatasetVersionInfo* currentVersion() const;
    const DatasetVersionInfo* versionById(qint64 id) const;
    /// Selects the version `ref` names ("sales@2"; "sales" = its latest). False when there is none.
    bool selectRef(const QString& ref);
    bool selectId(qint64 versionId);

signals:
    /// The selection changed to `versionId` (0: nothing).
    void versionChanged(qint64 versionId);

private:
    QList<DatasetVersionInfo> m_versions; // in item order
    qint64 m_lastId = 0;
};

} // namespace valuator
