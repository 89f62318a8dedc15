// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/Commands.h"

#include "app/cli/CliApp.h"
#include "app/cli/commands/DatasetCommands.h"
#include "app/cli/commands/ExplainCommands.h"
#include "app/cli/commands/QualityCommands.h"
#include "app/cli/commands/TrainingCommands.h"
#include "app/cli/commands/WorkspaceCommands.h"

namespace valuator {

void registerCommands(CliApp& app)
{
    app.add(std::make_unique<InitCommand>());
    app.add(std::make_unique<InfoCommand>());
    app.add(std::make_unique<ImportCommand>());
    app.add(std::make_unique<DatasetsCommand>());
    app.add(std::make_unique<ProfileCommand>());
    app.add(std::make_unique<DriftCommand>());
    app.add(std::make_unique<CleanCommand>());
    app.add(std::make_unique<TrainCommand>());
    app.add(std::make_unique<RunsCommand>());
    app.add(std::make_unique<PredictCommand>());
    app.add(std::make_unique<ExplainCommand>());
    app.add(std::make_unique<FairnessCommand>());
    app.add(std::make_unique<AuditCommand>());
}

} // namespace valuator
