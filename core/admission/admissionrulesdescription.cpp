// SPDX-License-Identifier: GPL-3.0-or-later
#include "admission/admissionrulesdescription.h"

#include "admission/admissionrules.h"
#include "model/dataset.h"

namespace Mk {

namespace {

QString percent(double share, const QLocale& locale)
{
    return QStringLiteral("%1 %").arg(locale.toString(100.0 * share, 'f', 0));
}

/** The names of the schools of `ids` the data hold; every id without data. */
QStringList schoolNames(const QStringList& ids, const Dataset* dataset)
{
    QStringList names;
    for (const QString& id : ids) {
        if (!dataset)
            names << id;
        else if (const qsizetype s = dataset->schoolIndex(id); s >= 0)
            names << dataset->schools[s].name;
    }
    return names;
}

/** " (only at A, B)" for a seat policy limited to some schools. */
QString schoolsLimit(const QStringList& schools, const Dataset* dataset, const TextLanguage& lang)
{
    if (schools.isEmpty())
        return {};
    const QStringList names = schoolNames(schools, dataset);
    return QStringLiteral(" ")
        + (names.isEmpty() ? lang.translate("Mk::AdmissionRulesDescription", "(only at schools these data do not hold)")
                           : lang.translate("Mk::AdmissionRulesDescription", "(only at %1)").arg(names.join(QStringLiteral(", "))));
}

QString priorityText(const AdmissionPriority& p, const Dataset* dataset, const TextLanguage& lang)
{
    const QLocale locale = lang.locale();
    switch (p.kind) {
    case AdmissionPriority::Kind::Siblings:
        return lang.translate("Mk::AdmissionRulesDescription", "siblings (%1 of the children assumed to have one at a school)").arg(percent(p.siblingShare, locale));
    case AdmissionPriority::Kind::Proximity: {
        QString text = p.nearest > 0 ? lang.translate("Mk::AdmissionRulesDescription", "children for whom the school is one of their %n nearest", nullptr, p.nearest)
                                     : lang.translate("Mk::AdmissionRulesDescription", "children of the areas linked to the school");
        if (const QStringList exempt = schoolNames(p.exemptSchools, dataset); !exempt.isEmpty())
            text += QStringLiteral(" ") + lang.translate("Mk::AdmissionRulesDescription", "(not at %1)").arg(exempt.join(QStringLiteral(", ")));
        return text;
    }
    case AdmissionPriority::Kind::VvePartner:
        return p.indicationRequired ? lang.translate("Mk::AdmissionRulesDescription", "children with a VVE indication from the school's partner voorschool")
                                    : lang.translate("Mk::AdmissionRulesDescription", "children from the school's partner voorschool");
    }
    return {};
}

QString seatPolicyText(const AdmissionRules& rules, const Dataset* dataset, const TextLanguage& lang)
{
    const QLocale locale = lang.locale();
    if (const auto& r = rules.reserve) {
        const QString seats = r->seats >= 0 ? lang.translate("Mk::AdmissionRulesDescription", "%n seat(s) per school", nullptr, r->seats)
                                            : lang.translate("Mk::AdmissionRulesDescription", "%1 of the seats").arg(percent(r->share, locale));
        const QString who = r->vve ? lang.translate("Mk::AdmissionRulesDescription", "children with a VVE indication")
                                   : lang.translate("Mk::AdmissionRulesDescription", "children of %1").arg(r->groups.join(QStringLiteral(", ")));
        return lang.translate("Mk::AdmissionRulesDescription", "%1 reserved for %2, filled %3; %4").arg(seats, who)
                   .arg(r->precedence == SeatPolicy::Precedence::First ? lang.translate("Mk::AdmissionRulesDescription", "first") : lang.translate("Mk::AdmissionRulesDescription", "last"),
                        r->soft ? lang.translate("Mk::AdmissionRulesDescription", "unused reserved seats go to anyone")
                                : lang.translate("Mk::AdmissionRulesDescription", "unused reserved seats stay empty"))
            + schoolsLimit(r->schools, dataset, lang);
    }
    if (const auto& b = rules.baskets) {
        QStringList pools;
        for (const AdmissionBaskets::Pool& p : b->pools)
            pools << (b->relativeToGemeente ? p.groups.join(QStringLiteral(", "))
                                            : QStringLiteral("%1 (%2)").arg(p.groups.join(QStringLiteral(", ")), percent(p.share, locale)));
        return lang.translate("Mk::AdmissionRulesDescription", "seats in pools by group, each with its own lottery: %1%2; %3")
                   .arg(pools.join(QStringLiteral("; ")),
                        b->relativeToGemeente ? QStringLiteral(" ") + lang.translate("Mk::AdmissionRulesDescription", "(each pool as large as its groups' share of the gemeente)")
                                              : QString(),
                        b->soft ? lang.translate("Mk::AdmissionRulesDescription", "unused seats move to the other pools") : lang.translate("Mk::AdmissionRulesDescription", "unused seats stay empty"))
            + schoolsLimit(b->schools, dataset, lang);
    }
    if (const auto& t = rules.targetMix) {
        QString target;
        switch (t->relativeTo) {
        case AdmissionTargetMix::RelativeTo::Given:
            target = percent(t->share, locale);
            break;
        case AdmissionTargetMix::RelativeTo::Gemeente:
            target = lang.translate("Mk::AdmissionRulesDescription", "their share of the gemeente");
            break;
        case AdmissionTargetMix::RelativeTo::Catchment:
            target = lang.translate("Mk::AdmissionRulesDescription", "their share of the school's catchment area");
            break;
        }
        return lang.translate("Mk::AdmissionRulesDescription", "a target mix: %1 at %2, give or take %3 points")
                   .arg(t->groups.join(QStringLiteral(", ")), target, locale.toString(100.0 * t->tolerance, 'f', 0))
            + schoolsLimit(t->schools, dataset, lang);
    }
    return {};
}

} // namespace

QString AdmissionRulesDescription::mechanism(const AdmissionRules& rules, const TextLanguage& lang)
{
    return rules.mechanism == MechanismKind::DeferredAcceptance
        ? lang.translate("Mk::AdmissionRulesDescription", "central admission by deferred acceptance")
        : lang.translate("Mk::AdmissionRulesDescription", "decentral admission (adaptive Boston)");
}

QString AdmissionRulesDescription::describe(const AdmissionRules& rules, const Dataset* dataset, const TextLanguage& lang)
{
    QStringList parts;
    parts << mechanism(rules, lang) + QStringLiteral(", ")
            + (rules.mechanism == MechanismKind::DeferredAcceptance
                   ? lang.translate("Mk::AdmissionRulesDescription", "in which places stay provisional until every child has had "
                                                                     "her turn")
                   : lang.translate("Mk::AdmissionRulesDescription", "in which each school admits in rounds and a place once "
                                                                     "given is final"));
    QStringList classes;
    for (const AdmissionPriority& p : rules.priorities)
        classes << priorityText(p, dataset, lang);
    parts << (classes.isEmpty() ? lang.translate("Mk::AdmissionRulesDescription", "no priority classes")
                                : lang.translate("Mk::AdmissionRulesDescription", "priority to %1")
                                      .arg(classes.join(lang.translate("Mk::AdmissionRulesDescription", ", then "))));
    parts << (rules.tieBreaking == TieBreaking::Single
                  ? lang.translate("Mk::AdmissionRulesDescription", "ties broken by one lottery number per child")
                  : lang.translate("Mk::AdmissionRulesDescription", "ties broken by a lottery of its own at every school"));
    parts << lang.translate("Mk::AdmissionRulesDescription", "families list up to %n school(s)", nullptr, rules.listLength);
    if (const QString seats = seatPolicyText(rules, dataset, lang); !seats.isEmpty())
        parts << seats;
    if (rules.backup)
        parts << lang.translate("Mk::AdmissionRulesDescription", "priority schools a family did not list are added after its list, "
                                                                 "nearest first");
    return parts.join(QStringLiteral("; "));
}

QString AdmissionRulesDescription::presetTitle(const QString& preset, const TextLanguage& language)
{
    const char* title = AdmissionRules::presetTitleSource(preset);
    return title ? language.translate("Mk::AdmissionRulesDescription", title) : QString();
}

} // namespace Mk
