// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexcatalogue.h"

#include <array>

namespace Mk {

namespace {

constexpr const char* kContext = "Mk::IndexCatalogue";

// Citations as in the headers of TwoGroupIndices and MultigroupIndices, with the journal.
constexpr const char* kDuncan = "Duncan & Duncan (1955), Amer. Sociol. Rev. 20(2):210-217";
constexpr const char* kLieberson = "Lieberson (1981), in Peach, Robinson & Smith (eds.), Ethnic Segregation in Cities, Croom Helm, 61-82";
constexpr const char* kAtkinson = "Atkinson (1970), J. Econ. Theory 2(3):244-263; Massey & Denton (1988), Social Forces 67(2):281-315";

const std::array<IndexDefinition, 14> kIndices{{
    {IndexId::Dissimilarity, IndexScope::TwoGroup, "dissimilarity", false, false,
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "Dissimilarity index D"),
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "The share of the group's pupils that would have to change school for every school to have "
                                             "the group's share of the whole gemeente. 0: every school has that share; 1: the group and "
                                             "the others never attend the same school."),
     kDuncan},
    {IndexId::Gini, IndexScope::TwoGroup, "gini", false, false, QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "Gini index G"),
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "The difference in the group's share between two schools, averaged over every pair of "
                                             "pupils and scaled to its largest possible value. 0: all schools have the same share; 1: "
                                             "complete separation."),
     kDuncan},
    {IndexId::TheilH, IndexScope::TwoGroup, "theil_h", false, false, QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "Information index H (Theil)"),
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "How much less mixed the schools are than the gemeente as a whole, with the mix measured "
                                             "by its entropy. 0: every school is as mixed as the gemeente; 1: no school has pupils of "
                                             "both the group and the others."),
     "Theil & Finizza (1971), J. Math. Sociol. 1(2):187-193"},
    {IndexId::Isolation, IndexScope::TwoGroup, "isolation", false, false, QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "Isolation"),
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "The share of the group among the schoolmates of an average pupil of that group. Compare "
                                             "it with the group's share of all pupils: the further above it, the more the group is on "
                                             "its own."),
     kLieberson},
    {IndexId::Exposure, IndexScope::TwoGroup, "exposure", true, false,
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "Exposure (chance of meeting the others)"),
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "The share of the other groups among the schoolmates of an average pupil of the group: "
                                             "the chance of meeting the others at school. Isolation plus exposure is 1, so here a lower "
                                             "value means more segregation."),
     kLieberson},
    {IndexId::CorrelationRatio, IndexScope::TwoGroup, "correlation_ratio", false, false,
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "Correlation ratio V"),
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "Isolation corrected for the size of the group: how far the group's share among its own "
                                             "schoolmates lies above its share of all pupils, as a part of the most it could. 0: the "
                                             "group meets the gemeente's mix; 1: complete separation."),
     "Bell (1954), Social Forces 32(4):357-364; White (1986), Population Index 52(2):198-221"},
    {IndexId::Atkinson01, IndexScope::TwoGroup, "atkinson_0.1", false, false,
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "Atkinson index (b = 0.1)"),
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "How unevenly the group is spread over the schools, weighing most the schools where the "
                                             "group is under-represented. 0: every school has the group's share of the gemeente; 1: "
                                             "complete separation."),
     kAtkinson},
    {IndexId::Atkinson05, IndexScope::TwoGroup, "atkinson_0.5", false, false,
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "Atkinson index (b = 0.5)"),
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "How unevenly the group is spread over the schools, weighing schools where the group is "
                                             "under- and over-represented alike. 0: every school has the group's share of the gemeente; "
                                             "1: complete separation."),
     kAtkinson},
    {IndexId::Atkinson09, IndexScope::TwoGroup, "atkinson_0.9", false, false,
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "Atkinson index (b = 0.9)"),
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "How unevenly the group is spread over the schools, weighing most the schools where the "
                                             "group is over-represented. 0: every school has the group's share of the gemeente; 1: "
                                             "complete separation."),
     kAtkinson},
    {IndexId::MultigroupDissimilarity, IndexScope::Multigroup, "dissimilarity", false, false,
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "Dissimilarity index D"),
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "The share of all pupils that would have to change school for every school to have the "
                                             "gemeente's mix of all groups, scaled to its largest possible value. 0: every school has "
                                             "that mix; 1: no two groups attend the same school."),
     "Morgan (1975), Urban Studies 12(1):47-60; Sakoda (1981), Demography 18(2):245-250"},
    {IndexId::MultigroupTheilH, IndexScope::Multigroup, "theil_h", false, false,
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "Information index H (Theil)"),
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "The part of the gemeente's mix of all groups (its entropy) that is lost within the "
                                             "schools: mutual information M divided by that entropy. 0: every school is as mixed as the "
                                             "gemeente; 1: every school has pupils of one group only."),
     "Theil (1972), Statistical Decomposition Analysis, North-Holland; Reardon & Firebaugh (2002), Sociol. Methodol. 32:33-67"},
    {IndexId::MutualInformation, IndexScope::Multigroup, "mutual_information", false, false,
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "Mutual information M"),
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "How much knowing a pupil's school tells about the pupil's group, in nats; 0 means nothing. "
                                             "It splits exactly into parts, such as between and within wijken, or new, closed and "
                                             "remaining schools."),
     "Theil & Finizza (1971), J. Math. Sociol. 1(2):187-193; Frankel & Volij (2011), J. Econ. Theory 146:1-38"},
    {IndexId::NormalizedExposure, IndexScope::Multigroup, "normalized_exposure", false, false,
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "Normalised exposure"),
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "How much more a pupil's schoolmates belong to the pupil's own group than that group's "
                                             "share of the gemeente, over all groups and scaled to its largest possible value. 0: every "
                                             "school has the gemeente's mix; 1: complete separation."),
     "James (1986), Sociol. Methods Res. 14(3):301-316; Reardon & Firebaugh (2002), Sociol. Methodol. 32:33-67"},
    {IndexId::OrdinalVariation, IndexScope::Multigroup, "ordinal_variation", false, true,
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "Ordinal variation index (ordered groups)"),
     QT_TRANSLATE_NOOP("Mk::IndexCatalogue", "For ordered groups, such as the parents' education from low to high: how much less varied "
                                             "the schools are than the gemeente, where a mix of low and high counts for more than one of "
                                             "low and middle. 0: every school is as varied as the gemeente; 1: every school has one tier "
                                             "only."),
     "Reardon (2009), Research on Economic Inequality 17:129-155"},
}};

} // namespace

std::span<const IndexDefinition> IndexCatalogue::all()
{
    return kIndices;
}

const IndexDefinition& IndexCatalogue::definition(IndexId id)
{
    // The table is in IndexId order; tst_indexcatalogue checks it.
    return kIndices[static_cast<size_t>(id)];
}

QString IndexCatalogue::key(IndexId id)
{
    return QLatin1String(definition(id).key);
}

std::optional<IndexId> IndexCatalogue::fromKey(IndexScope scope, QStringView key)
{
    for (const IndexDefinition& d : kIndices)
        if (d.scope == scope && key == QLatin1String(d.key))
            return d.id;
    return std::nullopt;
}

QString IndexCatalogue::label(IndexId id, const TextLanguage& language)
{
    return language.translate(kContext, definition(id).label);
}

QString IndexCatalogue::description(IndexId id, const TextLanguage& language)
{
    return language.translate(kContext, definition(id).description);
}

QString IndexCatalogue::citation(IndexId id)
{
    return QLatin1String(definition(id).citation);
}

} // namespace Mk
