// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace Mk {

/** How distance enters the utility: f(d) = d in km, or ln(d in km). */
enum class DistanceForm { Kilometres, LogKilometres };

/** Where the values of a ChoiceModelParameters come from (shown next to every figure they produce). */
enum class ParameterSource {
    Fitted,            ///< maximum likelihood on the DUO pupils-by-postcode flows (ChoiceModelFit)
    LiteratureDefault, ///< no flows: the documented defaults of ChoiceModelParameters::literatureDefault
    User,              ///< typed or loaded by the user
};

/** What a fit on flows reports about itself, kept with fitted parameters. */
struct ChoiceModelFitSummary {
    double pupils = 0.0;            ///< pupils in the fit (a DUO "<5" cell counts 2.5)
    double logLikelihood = 0.0;
    double nullLogLikelihood = 0.0; ///< school constants only (beta = 0)
    double pseudoR2 = 0.0;          ///< McFadden: 1 - logLikelihood / nullLogLikelihood

    bool operator==(const ChoiceModelFitSummary&) const = default;
};

/**
 * The parameters of the school-choice model, a conditional logit (McFadden 1974, "Conditional logit
 * analysis of qualitative choice behavior", in Zarembka (ed.), Frontiers in Econometrics, 105-142):
 *     U_ij = delta_j + beta_g * f(d_ij) + gamma * 1(denomination of j = the child's preferred one)
 *            + lambda * s_jg + eps_ij,   eps ~ Gumbel (iid),
 * with delta_j the school constant (fitted or calibrated per data set, not stored here), g the child's
 * group, f(d) = distanceTerm(d) and s_jg the share of the child's own group at school j. A rank list is
 * the top listLength schools of the perturbed utilities ("exploded logit"; SCENARIOS.md §2.1).
 * The choice set of a child is every school within choiceRadiusMetres (0 = every school of the data).
 *
 * Terms that the DUO flows cannot identify, so that a fit leaves them at their value (default 0):
 *  - gamma (denominationWeight): the flows do not say which child prefers which denomination; at the flow
 *    level any such preference is absorbed into delta_j. Borghans, Golsteyn & Zölitz (2015, B.E. J. Econ.
 *    Anal. Policy 15(1)) find denomination a stronger predictor than quality, but publish no usable
 *    coefficient (DOMAIN.md §A6, unverified), hence 0;
 *  - lambda (compositionWeight): utility per unit of own-group share (0-1) at the school, for a feedback
 *    variant in which compositions and choices are iterated to a damped fixed point (SCENARIOS.md §2.1;
 *    Stoica & Flache 2014, JASSS 17(1)5). Such equilibria need not be unique (Schelling-type tipping), so
 *    runs with lambda != 0 must be reported next to runs with lambda = 0. 0 switches feedback off.
 *
 * Literature defaults (literatureDefault(), used when no flows are loaded; all values derived, labelled so):
 *  - beta = -4.0 per km (f = km) or -4.1 (f = ln km). Derived from two DUO/CBS figures in DOMAIN.md §A6:
 *    with schools as a Poisson pattern of the density that gives CBS's mean distance to the nearest
 *    primary school of 600 m (1/(4 * 0.6^2) = 0.69 schools per km², Nabijheidsstatistiek 2019) and equal
 *    school constants, beta = -4.0/km puts 75 % of pupils within 1 km of their school, the Brabant figure
 *    "≈25 % < 250 m, a further ≈50 % < 1 km" (DUO via BD 2017); it then gives 58 % at the nearest school and a
 *    mean distance of 0.75 km (Monte Carlo, 20,000 homes, schools in a 12 km disc). The "25 % < 250 m" part
 *    cannot be met by any beta under that pattern (even everyone at the nearest school gives 12.7 %): real
 *    homes cluster around schools, which a fit on flows sees and this derivation does not. For comparison,
 *    the VO decay "+1 km makes a school ~30 % less attractive" (Parool 2018; ln 0.7 = -0.36/km) belongs to
 *    secondary pupils travelling 6.3 km on average and is not a primary-school value. Fits on DUO flows are
 *    much weaker (derived, `mengkaart-cli bench choice`): Baarn demo -0.92/km (SE 0.04), Nijmegen 2024
 *    -1.18/km (SE 0.01) or -1.79 per ln km. Part of that gap is real (towns differ from a Poisson pattern),
 *    part is attenuation: a fit knows each pupil's home only as its PC4 centroid. Fit whenever flows exist;
 *    the calibration report's distance distribution shows how well either value reproduces the flows;
 *  - gamma = 0, lambda = 0 (see above); listLength = 6 (Nijmegen's form: 3 linked buurtscholen + 3 more;
 *    Dutch forms ask 3-8; DOMAIN.md §A6); choice set = every school.
 *
 * JSON (toJson/fromJson; a contract: scenario files store it):
 *   {"format": "mengkaart-choice-model", "version": 1, "source": "fitted|literature_default|user",
 *    "distance_form": "km|ln_km", "characteristic": "...", "groups": ["...", ...],
 *    "beta": [b] or [b_1, ..., b_G], "beta_standard_error": [...], "denomination_weight": g,
 *    "composition_weight": l, "list_length": k, "choice_radius_m": r,
 *    "fit": {"pupils", "log_likelihood", "null_log_likelihood", "pseudo_r2"}, "note": "..."}
 * "beta" is required; "groups" (with "characteristic") gives one beta per group in that order, absent it
 * is one shared beta; everything else may be left out and takes its default. Unknown keys are refused by
 * name, so a misspelt key never silently falls back to a default.
 */
struct ChoiceModelParameters {
    Q_DECLARE_TR_FUNCTIONS(Mk::ChoiceModelParameters)

public:
    /** ln(km) is taken of at least this distance: a pupil at the school's door is as near as can be. */
    static constexpr double kMinimumDistanceMetres = 100.0;
    static constexpr int kDefaultListLength = 6;

    DistanceForm distanceForm = DistanceForm::Kilometres;
    QString characteristic; ///< the GroupTable characteristic of `groups`; empty with one shared beta
    QStringList groups;     ///< canonical group names, one beta each; empty = one shared beta
    std::vector<double> beta{-4.0}; ///< per group (groups.size()), or one value shared by every child
    std::vector<double> betaStandardErrors; ///< parallel to beta; empty when not estimated
    double denominationWeight = 0.0; ///< gamma
    double compositionWeight = 0.0;  ///< lambda (feedback variant; 0 = off)
    int listLength = kDefaultListLength; ///< k: schools on a rank list
    double choiceRadiusMetres = 0.0; ///< schools farther away are not in a child's choice set; 0 = no limit
    ParameterSource source = ParameterSource::LiteratureDefault;
    std::optional<ChoiceModelFitSummary> fit; ///< set when source is Fitted
    QString note; ///< where user values come from, or what a fit left out; free text

    bool operator==(const ChoiceModelParameters&) const = default;

    /** The documented defaults for `form` (see the class comment), source LiteratureDefault. */
    static ChoiceModelParameters literatureDefault(DistanceForm form = DistanceForm::Kilometres);

    /** f(d): the distance in km, or ln of the distance in km (at least kMinimumDistanceMetres). */
    double distanceTerm(double metres) const;
    /** True when one beta is shared by every child. */
    bool sharedBeta() const { return groups.isEmpty(); }
    /** beta of `group` (an index into groups); the shared beta for any group when sharedBeta(). */
    double betaOf(qsizetype group) const;
    /**
     * The deterministic part of U_ij without delta_j: beta_g f(d) + gamma * match + lambda * ownGroupShare.
     * Every user of the model (fit, calibration, Monte Carlo) computes utility through this.
     */
    double utility(double metres, qsizetype group = 0, bool denominationMatch = false, double ownGroupShare = 0.0) const;
    /** True when `metres` lies inside the choice radius (always, without a radius). */
    bool inChoiceSet(double metres) const { return choiceRadiusMetres <= 0.0 || metres <= choiceRadiusMetres; }

    /** Checks sizes and ranges; the error names the JSON key concerned. */
    Result<void> validate() const;
    QJsonObject toJson() const;
    /** Reads the JSON above; an InvalidValue error names the key, what it holds and what is accepted. */
    static Result<ChoiceModelParameters> fromJson(const QJsonObject& object);
};

// Inline: the simulator's choice sets evaluate it for every child and school of every situation (ChoiceSets::build).
inline double ChoiceModelParameters::distanceTerm(double metres) const
{
    if (distanceForm == DistanceForm::LogKilometres)
        return std::log(std::max(metres, kMinimumDistanceMetres) / 1000.0);
    return metres / 1000.0;
}

inline double ChoiceModelParameters::betaOf(qsizetype group) const
{
    if (sharedBeta() || group < 0 || static_cast<size_t>(group) >= beta.size())
        return beta.empty() ? 0.0 : beta.front();
    return beta[static_cast<size_t>(group)];
}

inline double ChoiceModelParameters::utility(double metres, qsizetype group, bool denominationMatch, double ownGroupShare) const
{
    return betaOf(group) * distanceTerm(metres) + (denominationMatch ? denominationWeight : 0.0) + compositionWeight * ownGroupShare;
}

/** Stable JSON key of a distance form: km, ln_km. */
QString distanceFormKey(DistanceForm form);
std::optional<DistanceForm> distanceFormFromKey(const QString& key);
/** Stable JSON key of a parameter source: fitted, literature_default, user. */
QString parameterSourceKey(ParameterSource source);
std::optional<ParameterSource> parameterSourceFromKey(const QString& key);

} // namespace Mk
