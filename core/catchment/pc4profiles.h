// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace Mk {

/** The three national CBS files a PC4 profile is read from (any may be a Qt resource path). */
struct Pc4ProfileFiles {
    QString kerncijfers2023; ///< CBS "statistische gegevens per PC4" 2023 (v2): origin, housing, WOZ, benefits, households
    QString kerncijfers2024; ///< the same for 2024 (v1): origin shares averaged with 2023's, urbanity, address density
    QString sesWoa;          ///< CBS SES-WOA per PC4 (2021, 2022; scores averaged over the years present)

    /** The copies that ship with the application (resources/national, SOURCES.md there). */
    static Pc4ProfileFiles embedded();
};

/**
 * What the home postcodes of a school's pupils are like: per PC4 a fixed list of neighbourhood
 * characteristics (variableNames()) from the CBS PC4 figures and the CBS SES-WOA scores, NaN where
 * CBS suppressed or did not publish a value (-99997, "NA"). Origin shares are rounded to 10 % by CBS;
 * averaging the 2023 and 2024 figures halves part of that rounding noise. Ratios are computed from
 * the counts (single-parent households / households, benefit recipients / residents aged 15-65,
 * corporation rentals / dwellings, children 0-15 / residents). SOURCES.md in resources/national
 * documents each file; the SES-WOA method is in ../shared/research/DOMAIN.md.
 */
class Pc4Profiles
{
    Q_DECLARE_TR_FUNCTIONS(Mk::Pc4Profiles)
public:
    static Result<Pc4Profiles> load(const Pc4ProfileFiles& files);
    /** The embedded national profiles, read once per process (thread-safe); an error if a resource is broken. */
    static const Result<Pc4Profiles>& embedded();

    /** Stable names of the characteristics, in the order of every profile vector. */
    static const QStringList& variableNames();
    /** The profile of a PC4 ("6511"), or null when CBS has none (foreign codes, new postcodes). */
    const std::vector<double>* find(const QString& pc4) const;
    qsizetype size() const { return m_profiles.size(); }

private:
    QHash<QString, std::vector<double>> m_profiles;
};

} // namespace Mk
