// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/ModelsLog.h"

Q_LOGGING_CATEGORY(lcModels, "valuator.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCsv, "valuator.csv", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTrain, "valuator.train", QtInfoMsg)
