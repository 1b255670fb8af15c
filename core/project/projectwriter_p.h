// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: the writing half of ProjectFile.

#include "base/result.h"

#include <QCoreApplication>
#include <QString>

namespace Mk {
class Feedback;
struct Project;
}

namespace Mk::detail {

/** Writes a Project into a new GeoPackage (the layout ProjectFile documents); no atomicity of its own. */
class ProjectWriter
{
    Q_DECLARE_TR_FUNCTIONS(Mk::ProjectFile)
public:
    /** `path` must not exist yet; `shown` is the name messages use for the file. */
    static Result<void> write(const QString& path, const QString& shown, const Project& project, Feedback& feedback);
};

} // namespace Mk::detail
