// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/learners/Learner.h"

#include <QCoreApplication>
#include <QMap>

namespace valuator {

/// A learner with its preset and the user's parameter overrides (the GUI's editor, `train --set key=value`).
struct LearnerConfig {
    QString learner = QStringLiteral("xgboost"); ///< "xgboost", "linear", "baseline"
    QString preset = QStringLiteral("balanced"); ///< "fast", "balanced", "accurate"
    QMap<QString, QString> overrides; ///< parameter name -> value as typed
};

/// One tunable parameter, for the advanced editor and validation messages.
struct ParameterInfo {
    QString name; ///< e.g. "max_depth"
    QString type; ///< "int", "double", "choice"
    double minimum = 0; ///< int/double
    double maximum = 0;
    QStringList choices; ///< choice
    QString defaultValue; ///< in the balanced preset
    QString description; ///< translated, one line
};

/// Creates learners from configs, validating every value: an unknown parameter or a value out of range is an
/// InvalidArgument error naming the parameter ("max_depth must be a whole number from 1 to 20, not 'abc'").
class LearnerFactory {
    Q_DECLARE_TR_FUNCTIONS(LearnerFactory)
public:
    static Result<std::unique_ptr<Learner>> create(const LearnerConfig& config);
    static QStringList learners();
    static QStringList presets();
    static QList<ParameterInfo> parameters(const QString& learner);
    /// The parameter values a preset gives (before overrides).
    static Result<QMap<QString, QString>> presetValues(const QString& learner, const QString& preset);
    /// Restores a model saved by TrainedModel::serialize().
    static Result<std::unique_ptr<TrainedModel>> load(const QString& learner, const QByteArray& bytes);
};

} // namespace valuator
