// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/validation/Trainer.h"

#include <QGroupBox>
#include <QMap>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace valuator {

class ParameterDialog;
class VersionCombo;

/// The "Train" panel of the Models page: dataset version, learner (xgboost, linear, baseline), preset (fast,
/// balanced, accurate), split (time, k-fold, group by plate), folds, seed, "Advanced…" (the parameter editor,
/// whose accepted values become overrides) and "Train". It only collects the configuration; the page runs it.
class TrainPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit TrainPanel(QWidget* parent = nullptr);

    VersionCombo* versionCombo() const { return m_versions; }
    QComboBox* learnerCombo() const { return m_learner; }
    QComboBox* presetCombo() const { return m_preset; }
    QComboBox* splitCombo() const { return m_split; }
    QSpinBox* foldsSpin() const { return m_folds; }
    QSpinBox* seedSpin() const { return m_seed; }
    QPushButton* advancedButton() const { return m_advanced; }
    QPushButton* trainButton() const { return m_train; }
    /// The editor opened last by "Advanced…" (null when closed).
    ParameterDialog* parameterDialog() const;

    /// Selects a learner/preset/split by its stored name ("xgboost", "fast", "kfold"); false when unknown.
    bool selectLearner(const QString& name);
    bool selectPreset(const QString& name);
    bool selectSplit(const QString& name);
    /// Parameter overrides (cleared when the learner changes: parameters differ between learners).
    QMap<QString, QString> overrides() const { return m_overrides; }
    void setOverrides(const QMap<QString, QString>& overrides);
    /// The configuration the controls describe.
    TrainingConfig config() const;
    /// Disables the inputs while a training job runs.
    void setRunning(bool running);

public slots:
    /// Opens the parameter editor for the current learner and preset (non-modal).
    void openAdvanced();

signals:
    void trainRequested();

private:
    QWidget* buildRow();
    void updateSplitControls();

    VersionCombo* m_versions;
    QComboBox* m_learner;
    QComboBox* m_preset;
    QComboBox* m_split;
    QSpinBox* m_folds;
    QSpinBox* m_seed;
    QPushButton* m_advanced;
    QLabel* m_overridesLabel;
    QPushButton* m_train;
    QMap<QString, QString> m_overrides;
    QPointer<ParameterDialog> m_dialog;
};

} // namespace valuator
