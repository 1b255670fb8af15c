// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace Mk {

/** Education sector of a vestiging: po (primary), so/sbo (special), vo (secondary). */
enum class SchoolSector { Primary, SpecialPrimary, Special, Secondary, Unknown };

/** How a school's location was obtained, so the user can see which ones are approximate. */
enum class Placement { Coordinates, GeocodedPc6, GeocodedPc4, Unplaced };

/** Where a school's pupil count comes from, shown next to the figure wherever it appears. */
enum class PupilSource {
    None,
    SchoolFile,     ///< the pupils column of the school file
    PupilCountFile, ///< DUO "leerlingen po per vestiging" (per age, soort po and cluster)
    PupilFlows,     ///< estimate: the school's total in DUO pupils by home postcode
};

/** Stable key of a pupil source for JSON and GeoPackage output: none, school_file, pupils_file, estimate_from_pupil_flows. */
QString pupilSourceKey(PupilSource source);
/** Translated description of a pupil source, e.g. "estimate: the school's total in DUO pupils by home postcode". */
QString pupilSourceText(PupilSource source);
/** A pupil count for display in the user's locale, marked "(estimate)" when `source` is PupilFlows. */
QString pupilsText(double pupils, PupilSource source);

/** One school vestiging; id = BRIN (4 chars) + vestigingsnummer (2 digits), e.g. "04QC00". */
struct School {
    QString id;
    QString brin;
    QString name;
    QString street;
    QString houseNumber;
    QString postcode; ///< PC6 without space, e.g. "3743HZ"
    QString place;
    QString gemeente; ///< gemeente name as DUO writes it
    QString gemeenteCode; ///< "GM0268" when the file has a GEMEENTENUMMER column, else empty
    QString denomination;
    QString type;     ///< DUO type: basisschool, SBAO, SO, (V)SO, VMBO, HAVO/VWO, ...
    SchoolSector sector = SchoolSector::Unknown;
    QStringList levels;   ///< vo: levels offered (vmbo-b, vmbo-k, vmbo-gt, havo, vwo, pro)
    QString profile;      ///< concept/profile when known (montessori, dalton, vrije school, ...)
    std::optional<QPointF> location; ///< EPSG:28992
    Placement placement = Placement::Unplaced;
    std::optional<double> pupils; ///< a DUO "<5" cell behind it counts as 2.5 (see pupilsSuppressedCells)
    PupilSource pupilsSource = PupilSource::None;
    int pupilsSuppressedCells = 0; ///< "<5" cells (1-4 pupils each) summed into `pupils`
    std::optional<int> capacity;
    std::optional<double> schoolweging; ///< CBS schoolweging (about 20-40, higher = more disadvantaged)
    std::optional<double> schoolwegingSpread; ///< within-school standard deviation ("spreiding")
    QString schoolwegingPeriod; ///< school year(s) of the schoolweging, e.g. "2023-2024" or "2021-2022 - 2023-2024"
    bool outsideGemeente = false; ///< placed, but outside the gemeente boundary

    QString pc4() const { return postcode.left(4); }
    /** The pupil count for display ("40 (estimate)", Dutch digits in a Dutch locale), or empty when there is none. */
    QString pupilsText() const;
    /** Where the pupil count comes from and how exact it is, for a tooltip; empty when there is no count. */
    QString pupilsExplanation() const;
};

/**
 * The schools that compete for the same children: regular primary schools (and schools of unknown sector)
 * when `all` holds any regular primary school, else every school. Special schools (sbo, so) serve a wider
 * area by referral and vo schools another age group, so they have no place among basisscholen. `leftOut`
 * (may be null) receives "id name" of each school left out.
 */
QList<School> regularPrimarySchools(const QList<School>& all, QStringList* leftOut = nullptr);

/** One schoolweging of an Inspectie "object van toezicht" (OVT, e.g. "04QC|C1") in one period. */
struct SchoolwegingRecord {
    QString ovt;
    QString instelling; ///< the 4-character instellingscode (BRIN): the part of the OVT before '|'
    QString period;     ///< "2023-2024", or the years of a three-year mean
    double schoolweging = 0.0;
    std::optional<double> spread; ///< "spreiding": within-school standard deviation
    std::optional<double> pupils; ///< pupils the value rests on
};

/** A VVE (early childhood education) or kinderopvang location. */
struct VveLocation {
    QString id;
    QString name;
    QString postcode;
    bool isVve = false;
    QString street;
    QString houseNumber;
    QString place;
    std::optional<int> capacity; ///< places, when the file gives them
    std::optional<QPointF> location; ///< EPSG:28992
    Placement placement = Placement::Unplaced;
};

} // namespace Mk
