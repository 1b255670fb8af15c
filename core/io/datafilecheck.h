// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/feedback.h"
#include "base/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Mk {

/** The optional files of a LoadRequest that can be checked on their own, before the whole load. */
enum class DataFileKind {
    PupilsPerVestiging, ///< LoadRequest::pupilsFile
    PupilsByPostcode,   ///< LoadRequest::pupilsByPostcodeFile
    PostcodeCentroids,  ///< LoadRequest::postcodeCentroidsFile
    PostcodeStatistics, ///< LoadRequest::postcodeStatsFile
    Schoolweging,       ///< LoadRequest::schoolwegingFile
    Wijken,             ///< LoadRequest::wijkenFile (+ wijkenLayer)
    VveLocations,       ///< LoadRequest::vveFile
    SchoolComposition,  ///< LoadRequest::compositionFile
};

/** What a checked file holds, in one translated sentence, and the loader's notes about it. */
struct DataFileSummary {
    QString text;         ///< "Pupils of 9 schools, from 25 home postcodes."
    QStringList warnings; ///< the loader's warnings, and e.g. "no row is about this gemeente"
};

/**
 * Reads one optional file with the very loader DatasetLoader uses for its kind (same columns, same
 * validation), so a file that would stop the load fails here first, with the loader's message naming
 * the file, row and column. No parsing of its own: it only summarises what the loader returned.
 * Synchronous; call it from a worker thread, `feedback` (may be null) is polled for cancel.
 */
class DataFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(Mk::DataFileCheck)

public:
    /** What the loaders get from the rest of the request. */
    struct Context {
        QString layer;    ///< Wijken: the layer to read; empty = the loader's choice
        QString gemeente;     ///< GM code of the analysis; empty = a national analysis
        QString gemeenteName; ///< how notes name it ("Baarn"); empty = by its code
    };

    static Result<DataFileSummary> check(DataFileKind kind, const QString& path, const Context& context,
                                         Feedback* feedback = nullptr);
};

} // namespace Mk
