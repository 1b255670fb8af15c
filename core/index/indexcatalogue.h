// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/textlanguage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace Mk {

/**
 * Every segregation index the index engine computes, in the order of SegregationSummary::values():
 * first the two-group indices (one group against the rest), then those over all groups at once.
 * A stable id: code compares ids, never key strings; JSON and files use IndexCatalogue::key().
 */
enum class IndexId : quint8 {
    Dissimilarity,
    Gini,
    TheilH,
    Isolation,
    Exposure,
    CorrelationRatio,
    Atkinson01,
    Atkinson05,
    Atkinson09,
    MultigroupDissimilarity,
    MultigroupTheilH,
    MutualInformation,
    NormalizedExposure,
    OrdinalVariation,
};

/** Whether an index compares one group with the rest (once per group) or all groups at once. */
enum class IndexScope : quint8 { TwoGroup, Multigroup };

/** What the catalogue knows about one index; the texts are sources for IndexCatalogue's translations. */
struct IndexDefinition {
    IndexId id;
    IndexScope scope;
    const char* key;            ///< JSON key (a contract of the CLI and of saved files): never renamed, never translated
    bool lowerIsMoreSegregated; ///< exposure: less contact with the others means more segregation
    bool orderedGroupsOnly;     ///< only defined for ordered groups (tiers), reported with --ordered
    const char* label;          ///< short name, context "Mk::IndexCatalogue"
    const char* description;    ///< one or two plain sentences, context "Mk::IndexCatalogue"
    const char* citation;       ///< the source of the formula (not translated)
};

/**
 * The one list of the indices that CLI, GUI, briefing and scenario reports name, so that they all say the
 * same thing. The formulas are in TwoGroupIndices and MultigroupIndices (with their citations, repeated here
 * for the methods page); keys are unique within a scope ("dissimilarity" is both a two-group and a
 * multigroup key, as in the JSON of `mengkaart-cli indices`).
 */
class IndexCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(Mk::IndexCatalogue)
public:
    /** Every index, in IndexId order (the order of SegregationSummary::values() within a group). */
    static std::span<const IndexDefinition> all();
    static const IndexDefinition& definition(IndexId id);

    static QString key(IndexId id);
    /** The index of `scope` whose JSON key is `key`, if any. */
    static std::optional<IndexId> fromKey(IndexScope scope, QStringView key);

    /** Short name, e.g. "Dissimilarity index D". */
    static QString label(IndexId id, const TextLanguage& language = TextLanguage::application());
    /** What the index says, in words an officer understands (tooltips, methods page). */
    static QString description(IndexId id, const TextLanguage& language = TextLanguage::application());
    /** Author (year), journal of the formula, e.g. "Duncan & Duncan (1955), Amer. Sociol. Rev. 20(2):210-217". */
    static QString citation(IndexId id);
};

} // namespace Mk
