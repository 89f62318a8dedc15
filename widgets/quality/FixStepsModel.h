// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/quality/CleaningPlan.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace valuator {

struct QualityReport;

/// The steps of a proposed CleaningPlan as a checkable list: column 0 the step (checkbox, checked by default),
/// column 1 what it will do with the counts the checks found. checkedPlan() is the plan of the checked steps, in
/// the proposed order. GUI thread only.
class FixStepsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Step, Effect, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 }; ///< shortName() of the step

    explicit FixStepsModel(QObject* parent = nullptr);

    /// `effects[i]` describes plan.steps[i].
    void setPlan(const CleaningPlan& plan, const QStringList& effects);
    void clear();
    CleaningPlan checkedPlan() const;
    int checkedCount() const;
    /// Checks exactly the steps whose shortName() is in `kinds`.
    void checkOnly(const QStringList& kinds);

    /// "aliases", "duplicates", "impossible", "outliers" or "whitespace": the names `valuator-cli clean --apply`
    /// takes.
    static QString shortName(const CleaningStep& step);
    /// What `step` will do, in words with the counts the report found (`report` is the report JSON; `inMemory`,
    /// when given, makes the impossible-rows count exact instead of an upper bound).
    static QString effect(const CleaningStep& step, const QJsonObject& report, const QualityReport* inMemory);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged();

private:
    struct Entry {
        CleaningStep step;
        QString effect;
        bool checked = true;
    };
    QList<Entry> m_entries;
};

} // namespace valuator
