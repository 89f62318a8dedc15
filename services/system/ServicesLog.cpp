// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/system/ServicesLog.h"

Q_LOGGING_CATEGORY(lcWorkspace, "valuator.workspace", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "valuator.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "valuator.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "valuator.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQuality, "valuator.quality", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTraining, "valuator.training", QtInfoMsg)
