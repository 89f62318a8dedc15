// SPDX-License-Identifier: GPL-3.0-or-later
// Kept apart from Trainer.cpp so code that brings its own Learner (tests) links without the learner library's
// factory.
#include "models/validation/Trainer.h"

namespace valuator {

Result<TrainingRun> Trainer::run(
    const Table& table, const TrainingConfig& config, const ProgressFn& progress, const CurveFn& onIteration)
{
    auto learner = LearnerFactory::create(config.learner);
    if (!learner)
        return fail(learner.error());
    return run(table, config, **learner, progress, onIteration);
}

} // namespace valuator
