// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/logging.h"

Q_LOGGING_CATEGORY(lcIo, "mk.core.io", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGeo, "mk.core.geo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIndex, "mk.core.index", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRender, "mk.core.render", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReport, "mk.core.report", QtWarningMsg)
