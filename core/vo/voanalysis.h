// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/feedback.h"
#include "base/result.h"
#include "index/indexinput.h"
#include "index/indexreport.h"
#include "model/school.h"
#include "privacy/smallcellsuppressor.h"
#include "vo/voarea.h"
#include "vo/vopupilloader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Mk {

/** The files of a vo analysis: DUO pupil files (one per year), the vo addresses and what places them. */
struct VoRequest {
    QStringList pupilFiles;      ///< DUO "01. Leerlingen vo per vestiging naar onderwijstype", one per school year
    QString addressFile;         ///< DUO "02. Adressen alle vestigingen vo"
    QString locatedSchoolsFile;  ///< optional: a school file with points (scholen_nl_2024.gpkg), joined by vestiging
    QString locatedSchoolsLayer;
    QString postcodeCentroidsFile; ///< optional: PC4 centroids, for vestigingen the located file lacks
};

/** Every loaded vo file: the years sorted oldest first, and every vo address, placed where possible. */
struct VoData {
    QList<VoPupilFile> years;
    QList<School> addresses;
    QString addressFileName;
    VoPlacement::Outcome placement;
    Diagnostics diagnostics;
};

/** Loads a VoRequest (pupil files, addresses, placement); fails on the first file that cannot be read, naming it. */
class VoDataLoader
{
    Q_DECLARE_TR_FUNCTIONS(Mk::VoDataLoader)

public:
    static Result<VoData> load(const VoRequest& request, Feedback* feedback = nullptr);
};

/** One vo vestiging of the chosen area in one year: its address and its pupils. */
struct VoAreaLocation {
    School address;
    VoLocationYear pupils;
    qsizetype gemeente = -1; ///< index in VoArea::gemeenteCodes
};

/** The vestigingen of the area in one school year, with the area's totals and what privacy withholds. */
struct VoAreaYear {
    QString schoolYear;
    bool yearInferred = false;
    QString fileName;
    QList<VoAreaLocation> locations; ///< vestigingen of the area with pupils this year, ordered by id
    std::array<double, 4> levelTotals{};
    double firstYearPupils = 0.0;
    double classifiedFirstYearPupils = 0.0;
    double heterogeneousFirstYearPupils = 0.0;
    /** locations x levels (VoLevel order), published with row and column totals (as the index engine publishes them). */
    SuppressionPattern levelPrivacy;
    /** locations x {heterogeneous, one school type}: first-year pupils, published with row totals and as shares. */
    SuppressionPattern firstYearPrivacy;

    /** The area's share of classified first-year pupils in a heterogeneous programme; NaN without any. */
    double heterogeneousShare() const;
    bool levelWithheld(qsizetype location, VoLevel level) const;
    bool firstYearPupilsWithheld(qsizetype location) const;
    bool locationShareWithheld(qsizetype location) const;
    bool areaShareWithheld() const;
    /** Whether a programme's pupils at the location are withheld: all of them are when any is small. */
    bool programmesWithheld(qsizetype location, double threshold) const;
    qsizetype indexOf(const QString& id) const;
};

/** The change of a vestiging's heterogeneous first-year share between two years. */
struct VoLocationChange {
    QString id;
    QString name;
    double before = 0.0; ///< NaN when it had no first-year pupils (or did not exist)
    double after = 0.0;
    bool withheld = false; ///< either share is withheld
    bool opened = false;   ///< only in the later year
    bool closed = false;   ///< only in the earlier year
};

/**
 * Segregation by level across the vo vestigingen of a gemeente or region (issue 16, items 3-4): the index
 * engine (IndexReport: multigroup D, H and M with bootstrap intervals, the split of M between and within the
 * gemeenten of a region; Theil & Finizza 1971, Mora & Ruiz-Castillo 2011, as cited in core/index) on the
 * table vestigingen x levels (pro, vmbo, havo, vwo; upper years), the share of first-year pupils in a
 * heterogeneous programme, and with two years the change of every index with its interval and the Shapley
 * split of the change in M into vestigingen that opened or closed and the rest (IndexChange,
 * MutualInformationChange), plus the change of the heterogeneous share per vestiging and for the area.
 */
struct VoAnalysis {
    Q_DECLARE_TR_FUNCTIONS(Mk::VoAnalysis)

public:
    struct Options {
        IndexReport::Options report; ///< privacy threshold, inference (on by default for the intervals)
        Options() { report.withInference = true; }
    };

    VoArea area;
    Options options;
    QList<VoAreaYear> years; ///< oldest first
    QStringList groups;      ///< the level keys of the index table: levels with pupils in the area in every year
    std::optional<IndexInput> input;   ///< latest year
    std::optional<IndexReport> report; ///< latest year
    QString indicesUnavailable;        ///< why there are no indices (fewer than two levels in the area)
    std::optional<IndexInput> earlierInput;  ///< with two or more years: the oldest
    std::optional<IndexReport> changeReport; ///< the oldest year's report with its change to the latest
    QList<VoLocationChange> locationChanges;
    Diagnostics diagnostics;

    const VoAreaYear& latest() const { return years.last(); }
    bool hasChange() const { return years.size() >= 2; }
    /** The gemeente of each unit of `input` when the area is a region (for the between/within split), else empty. */
    static QStringList areaOfUnits(const VoAreaYear& year, const IndexInput& input, const VoArea& area);

    static Result<VoAnalysis> compute(const VoData& data, const VoArea& area, const Options& options, Feedback* feedback = nullptr);
};

} // namespace Mk
