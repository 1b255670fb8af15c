// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/feedback.h"
#include "base/result.h"
#include "i18n/textlanguage.h"
#include "model/dataset.h"

#include <QCoreApplication>
#include <QString>

namespace Mk {

/**
 * The files that make up one gemeente's data set. Only `areasFile` is required; every path may
 * be a local file or a Qt resource (":/demo/baarn/...").
 */
struct LoadRequest {
    QString areasFile;             ///< CBS Wijk- en Buurtkaart (buurten or wijken), any polygon layer with codes
    QString areasLayer;            ///< empty: the buurt layer, else the first
    QString gemeente;              ///< code (GM0308, 0308) or name (Baarn); empty = all units in the file
    QString wijkenFile;            ///< optional coarser level (for decompositions)
    QString wijkenLayer;
    QString schoolsFile;           ///< DUO vestigingen (CSV) or a school point layer
    QString schoolsLayer;
    QString vveFile;               ///< VVE / kinderopvang locations
    QString pupilsFile;            ///< DUO leerlingen po per vestiging (soort po, cluster, leeftijd): replaces the school file's counts
    QString pupilsByPostcodeFile;  ///< DUO leerlingen per vestiging naar postcode leerling
    QString compositionFile;       ///< school id + counts per group
    QString mappingFile;           ///< ColumnMapping JSON
    QString postcodeStatsFile;     ///< CBS PC4 statistics (kerncijfers)
    QString postcodeCentroidsFile; ///< PC4 centroids (WGS84 or RD), also used to place schools without coordinates
    QString schoolwegingFile;      ///< Inspectie schoolweging, per year or three-year mean
};

/**
 * Loads a LoadRequest into an immutable Dataset: areas (geometry in EPSG:28992, sentinels as
 * Missing/Suppressed), the gemeente boundary (union of the areas), schools (selected by
 * gemeente, placed from coordinates or PC4 centroids, flagged when outside the boundary), their
 * pupil counts (the pupils file over the school file; else estimated from the pupil flows, marked so),
 * schoolweging, pupil flows, PC4 points, VVE locations and group tables from the mapping.
 * Problems that do not stop loading are in Dataset::diagnostics. Call from a worker thread
 * for big files; `feedback` reports progress and is polled for cancel.
 */
class DatasetLoader
{
    Q_DECLARE_TR_FUNCTIONS(Mk::DatasetLoader)

public:
    static Result<Dataset> load(const LoadRequest& request, Feedback& feedback);
    /**
     * One entry of Dataset::sources as a person reads it in `language`: the file, and its publisher
     * and licence translated (the entries themselves stay untranslated, in projects and JSON alike).
     */
    static QString sourceText(const QString& source, const TextLanguage& language);
    /** The embedded Baarn demo (GM0308): real CBS 2024 buurten, DUO 2024 schools and flows. */
    static LoadRequest demoRequest();
    static Result<Dataset> loadDemo(Feedback& feedback);
    /**
     * The embedded national data for one gemeente (resources/national, SOURCES.md there): CBS wijken 2022 with the
     * income mapping (resources/national/mapping.json), DUO schools, pupils by home postcode, CBS PC4 figures and
     * centroids, the Inspectie schoolweging per year. `gemeenteCode` as GemeenteDirectory resolves it.
     */
    static LoadRequest nationalRequest(const QString& gemeenteCode);

private:
    /** load() without the library messages it collects around this. */
    static Result<Dataset> loadFiles(const LoadRequest& request, Feedback& feedback);
};

} // namespace Mk
