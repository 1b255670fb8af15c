// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded presets of AdmissionRules: the configurations of ../shared/research/SCENARIOS.md §1.3, each read
// through the same strict parser as a user's file, so a preset can never hold what a file may not.
#include "admission/admissionrules.h"

#include <QJsonDocument>

namespace Mk {

namespace {

struct Preset {
    const char* name;
    const char* title; ///< for people, translated by AdmissionRulesDescription::presetTitle()
    const char* json;
};

// The sibling share is the same assumption everywhere: with about 1.7 children per woman roughly 40 % of school
// starters have an older brother or sister at primary school. It is not a published figure; edit it per gemeente.
const Preset kPresets[] = {
    {"status-quo", QT_TRANSLATE_NOOP("Mk::AdmissionRulesDescription", "Decentral admission, as today (status quo)"),
     R"({
  "format": "mengkaart-admission-rules", "version": 1, "name": "status-quo",
  "description": "Decentral status quo: every school admits its applicants by priority class and then lottery, immediately and for good (adaptive Boston). The lottery stands in for the registration date, which in practice favours parents who register early. Sibling share assumed (40 %).",
  "source": "SCENARIOS.md §2.3, status quo (decentralised): immediate acceptance per school with priority by registration date, documented for Utrecht before 2021 (Stadsblad Utrecht, 'Akkoord over aanmelden basisschool'); siblings first as in every system of SCENARIOS.md §1.3.",
  "mechanism": "boston", "tieBreaking": "single", "listLength": 3,
  "priorities": [{"class": "siblings", "share": 0.4}]
})"},
    {"nijmegen", QT_TRANSLATE_NOOP("Mk::AdmissionRulesDescription", "Nijmegen (Schoolwijzer, three buurtscholen)"),
     R"({
  "format": "mengkaart-admission-rules", "version": 1, "name": "nijmegen",
  "description": "Schoolwijzer Nijmegen: siblings, then children for whom the school is one of their three buurtscholen (here: the three nearest by straight-line distance), then lottery; up to six schools listed. The stadsscholen Vrijeschool Meander (09NZ00) and Hidaya (24FK00) have no proximity class. Whether seats are held tentatively (deferred acceptance, assumed) or given at once is not published (unverified, SCENARIOS.md §2.2). The 70/30 SES rule of 2009 appears dropped and is left out. Sibling share assumed (40 %).",
  "source": "SCENARIOS.md §1.3 (Nijmegen, Schoolwijzer: schoolwijzernijmegen.nl, uitleg/verdeelsysteem and voorrangsregels-stadsscholen); DOMAIN.md, central admission in NL (Nijmegen PO since 2009: three linked buurtscholen, top 6).",
  "mechanism": "da", "tieBreaking": "single", "listLength": 6,
  "priorities": [{"class": "siblings", "share": 0.4},
                 {"class": "proximity", "nearest": 3, "exemptSchools": ["09NZ00", "24FK00"]}]
})"},
    {"utrecht", QT_TRANSLATE_NOOP("Mk::AdmissionRulesDescription", "Utrecht (central admission since 2021)"),
     R"({
  "format": "mengkaart-admission-rules", "version": 1, "name": "utrecht",
  "description": "Utrecht (since 1 October 2021): siblings, then children with a VE indication from the school's partner voorschool, then buurtvoorrang, then lottery within the class. Utrecht gives every address the same number of nearby schools of mixed denominations; that number is not in the sources, six nearest by straight-line distance are assumed, as are deferred acceptance (SCENARIOS.md §2.2) and a list of six. Sibling share assumed (40 %).",
  "source": "SCENARIOS.md §1.3 (Utrecht: naardebasisschool.utrecht.nl, stap 3, verdeling van de plaatsen; DUIC and NU.nl on the first rounds).",
  "mechanism": "da", "tieBreaking": "single", "listLength": 6,
  "priorities": [{"class": "siblings", "share": 0.4},
                 {"class": "vvePartner", "indicationRequired": true},
                 {"class": "proximity", "nearest": 6}]
})"},
    {"amsterdam-po", QT_TRANSLATE_NOOP("Mk::AdmissionRulesDescription", "Amsterdam primary schools (eight nearest schools)"),
     R"({
  "format": "mengkaart-admission-rules", "version": 1, "name": "amsterdam-po",
  "description": "Amsterdam primary schools (stedelijk toelatingsbeleid): siblings, then priority at the eight nearest schools (buurtscholen), then lottery; up to ten schools listed. The rule that the priority set holds at least two public and two denominational schools is not modelled; deferred acceptance is assumed (SCENARIOS.md §2.2). Sibling share assumed (40 %).",
  "source": "SCENARIOS.md §1.2 and §1.3 (Amsterdam PO: NRC 3 April 2015, first round; schoolwijzer.amsterdam.nl FAQ on the priority set and on the second school of preference).",
  "mechanism": "da", "tieBreaking": "single", "listLength": 10,
  "priorities": [{"class": "siblings", "share": 0.4}, {"class": "proximity", "nearest": 8}]
})"},
    {"weesp", QT_TRANSLATE_NOOP("Mk::AdmissionRulesDescription", "Weesp (seats reserved for extra support)"),
     R"({
  "format": "mengkaart-admission-rules", "version": 1, "name": "weesp",
  "description": "Weesp (2014 onwards): priority at the four nearest schools (walking distance in Weesp, straight-line here), at least four schools listed, and seats reserved per round for pupils who need extra support (7 of 91 seats in the round reported: a share of 0.08). A VVE indication stands in for needing extra support. Precedence (reserve seats first) and soft reserves are assumptions; so are deferred acceptance and sibling priority (share 40 %).",
  "source": "SCENARIOS.md §1.3 (Weesp: vdmv.nl, toelatingsbeleid Weesp; Weesper Nieuws on one round: 91 seats, 75 applications, 7 reserved).",
  "mechanism": "da", "tieBreaking": "single", "listLength": 4,
  "priorities": [{"class": "siblings", "share": 0.4}, {"class": "proximity", "nearest": 4}],
  "reserve": {"eligible": "vve", "share": 0.08, "precedence": "first", "soft": true}
})"},
    {"amstelveen", QT_TRANSLATE_NOOP("Mk::AdmissionRulesDescription", "Amstelveen and Ouderkerk (back-up list of priority schools)"),
     R"({
  "format": "mengkaart-admission-rules", "version": 1, "name": "amstelveen",
  "description": "Amstelveen and Ouderkerk (2024/25 onwards): priority at the four nearest schools; priority schools a family did not list are appended as a back-up list ordered by distance, so every child gets a place nearby. List length (six), deferred acceptance and sibling priority (share 40 %) are assumptions.",
  "source": "SCENARIOS.md §1.3 (Amstelveen: basisscholenamstelveen-ouderkerk.nl, FAQ 'wat zijn niet-gekozen voorrangsscholen').",
  "mechanism": "da", "tieBreaking": "single", "listLength": 6,
  "priorities": [{"class": "siblings", "share": 0.4}, {"class": "proximity", "nearest": 4}],
  "backup": true
})"},
    {"apeldoorn", QT_TRANSLATE_NOOP("Mk::AdmissionRulesDescription", "Apeldoorn (back-up list of priority schools)"),
     R"({
  "format": "mengkaart-admission-rules", "version": 1, "name": "apeldoorn",
  "description": "Apeldoorn: priority at the six nearest schools; priority schools a family did not list are appended as a back-up list ordered by distance. List length (six), deferred acceptance and sibling priority (share 40 %) are assumptions.",
  "source": "SCENARIOS.md §1.3 (Apeldoorn: basisscholenapeldoorn.nl, FAQ 'wat zijn niet-gekozen voorrangsscholen'); DOMAIN.md (Apeldoorn PO: six nearest schools).",
  "mechanism": "da", "tieBreaking": "single", "listLength": 6,
  "priorities": [{"class": "siblings", "share": 0.4}, {"class": "proximity", "nearest": 6}],
  "backup": true
})"},
};

} // namespace

QStringList AdmissionRules::presetNames()
{
    QStringList names;
    for (const Preset& p : kPresets)
        names.append(QLatin1String(p.name));
    return names;
}

const char* AdmissionRules::presetTitleSource(const QString& name)
{
    for (const Preset& p : kPresets)
        if (name == QLatin1String(p.name))
            return p.title;
    return nullptr;
}

Result<AdmissionRules> AdmissionRules::preset(const QString& name)
{
    for (const Preset& p : kPresets) {
        if (name != QLatin1String(p.name))
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(p.json), &error);
        if (error.error != QJsonParseError::NoError)
            return fail(ErrorCode::Internal, tr("The built-in admission preset \"%1\" is damaged.").arg(name), error.errorString());
        return fromJson(doc.object(), tr("preset \"%1\"").arg(name));
    }
    return fail(ErrorCode::NotFound, tr("There is no admission rules preset \"%1\". Use one of %2, or give a rules file.")
                                         .arg(name, presetNames().join(QStringLiteral(", "))));
}

} // namespace Mk
