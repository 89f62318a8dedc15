// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/VersionCombo.h"

#include <QLocale>
#include <QSignalBlocker>

namespace valuator {

VersionCombo::VersionCombo(QWidget* parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(18);
    // Shown while the list is empty, so an empty workspace says what to do instead of showing a blank box.
    setPlaceholderText(tr("No datasets yet: import a CSV first"));
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        const DatasetVersionInfo* v = currentVersion();
        const qint64 id = v ? v->id : 0;
        if (id != m_lastId) {
            m_lastId = id;
            emit versionChanged(id);
        }
    });
}

void VersionCombo::setVersions(const QList<DatasetSummary>& datasets)
{
    const qint64 keep = m_lastId;
    {
        const QSignalBlocker blocker(this);
        clear();
        m_versions.clear();
        const QLocale locale;
        for (const DatasetSummary& d : datasets)
            for (auto it = d.versions.crbegin(); it != d.versions.crend(); ++it) {
                m_versions << *it;
                addItem(tr("%1 · %2 rows").arg(it->refString(), locale.toString(it->rowCount)), it->id);
            }
        int index = findData(keep);
        setCurrentIndex(index >= 0 ? index : (count() > 0 ? 0 : -1));
    }
    const DatasetVersionInfo* v = currentVersion();
    const qint64 id = v ? v->id : 0;
    if (id != m_lastId) {
        m_lastId = id;
        emit versionChanged(id);
    }
}

const DatasetVersionInfo* VersionCombo::currentVersion() const
{
    const int index = currentIndex();
    return index >= 0 && index < m_versions.size() ? &m_versions.at(index) : nullptr;
}

const DatasetVersionInfo* VersionCombo::versionById(qint64 id) const
{
    for (const DatasetVersionInfo& v : m_versions)
        if (v.id == id)
            return &v;
    return nullptr;
}

bool VersionCombo::selectRef(const QString& ref)
{
    auto parsed = DatasetRef::parse(ref);
    if (!parsed)
        return false;
    for (qsizetype i = 0; i < m_versions.size(); ++i) {
        const DatasetVersionInfo& v = m_versions.at(i);
        // Versions are listed newest first, so the first match of a bare name is its latest version.
        if (v.datasetName == parsed->name && (parsed->isLatest() || v.version == parsed->version)) {
            setCurrentIndex(int(i));
            return true;
        }
    }
    return false;
}

bool VersionCombo::selectId(qint64 versionId)
{
    const int index = findData(versionId);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace valuator
