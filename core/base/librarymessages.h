// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"

#include <QString>

#include <memory>

namespace Mk {

/**
 * Collects what GDAL, PROJ and GEOS say on the calling thread while it lives, as notes naming the
 * library, so warnings the loaders used to drop reach the user (the Meldingen panel). Collectors
 * nest per thread; the innermost one hears. A message repeated (GDAL warns once per feature) is kept
 * once with its count, and at most kMaxDistinct different messages are kept.
 */
class LibraryMessages
{
public:
    static constexpr int kMaxDistinct = 50;

    LibraryMessages();
    ~LibraryMessages();
    LibraryMessages(const LibraryMessages&) = delete;
    LibraryMessages& operator=(const LibraryMessages&) = delete;

    /** Hands a message to the calling thread's innermost collector; false when none listens. */
    static bool report(Diagnostic::Severity severity, const QString& library, const QString& message);

    /** The messages heard so far, in the order first heard. */
    Diagnostics diagnostics() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
    LibraryMessages* m_outer;
};

} // namespace Mk
