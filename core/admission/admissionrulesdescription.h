// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/textlanguage.h"

#include <QCoreApplication>
#include <QString>

namespace Mk {

class AdmissionRules;
struct Dataset;

/**
 * Admission rules in plain words, generated from the rules themselves in a reader's language (the rules' own
 * description and source are English data): the mechanism (deferred acceptance, Gale & Shapley 1962, Amer. Math.
 * Monthly 69:9-15; or adaptive immediate acceptance, Alcalde 1996, J. Econ. Theory 69:240-254), the
 * priority classes in order, how ties are broken, how many schools a family lists and the seat policy.
 */
class AdmissionRulesDescription
{
    Q_DECLARE_TR_FUNCTIONS(Mk::AdmissionRulesDescription)
public:
    /**
     * "central admission by deferred acceptance, in which ...; priority to siblings (...), then ...; ties broken by one
     * lottery number per child; families list up to 6 schools" (no capital, no full stop: it goes into a sentence).
     * Schools the rules name are given by their names in `dataset` (may be null); ids the data lack are left out,
     * as the simulation leaves them out.
     */
    static QString describe(const AdmissionRules& rules, const Dataset* dataset,
                            const TextLanguage& language = TextLanguage::application());
    /** The mechanism alone: "central admission by deferred acceptance" or "decentral admission (adaptive Boston)". */
    static QString mechanism(const AdmissionRules& rules, const TextLanguage& language = TextLanguage::application());
    /**
     * What a built-in preset is called for people ("Nijmegen (Schoolwijzer)"), in `language`: the preset's own name is
     * an id for files and the command line. Empty for a name that is no preset.
     */
    static QString presetTitle(const QString& preset, const TextLanguage& language = TextLanguage::application());
};

} // namespace Mk
