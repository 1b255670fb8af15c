// SPDX-License-Identifier: GPL-3.0-or-later
// AdmissionRules::fromJson, then the accepted rules compiled for a small town and matched by their mechanism:
// the matching must give no child more than one school and no school more children than its capacity.
#include "admission/admissioncontext.h"
#include "admission/admissionproblem.h"
#include "admission/admissionrules.h"
#include "admission/matching.h"
#include "jsonroundtrip.h"

using namespace Mk;

namespace {

/** Three schools 1 km apart, capacity 2 each; seven children of two groups in two areas. */
AdmissionContext smallTown()
{
    AdmissionContext ctx;
    ctx.groups = {QStringLiteral("a"), QStringLiteral("b")};
    for (int s = 0; s < 3; ++s)
        ctx.schools.push_back({QStringLiteral("S%1").arg(s), static_cast<quint64>(100 + s), QPointF(1000.0 * s, 0.0), 2, true});
    ctx.gemeenteShares = {0.6, 0.4};
    for (int c = 0; c < 7; ++c) {
        AdmissionContext::Child child;
        child.home = QPointF(400.0 * c, 100.0);
        child.ranking = {c % 3, (c + 1) % 3, (c + 2) % 3};
        child.group = c % 2;
        child.areaCode = c < 4 ? QStringLiteral("BU03080001") : QStringLiteral("BU03080002");
        child.siblingSchool = c == 3 ? 1 : -1;
        child.vvePartnerSchool = c == 5 ? 2 : -1;
        child.vveIndication = c == 5;
        child.lottery = (c + 0.5) / 7.0;
        child.lotteryKey = static_cast<quint64>(7 * c + 1);
        ctx.children.push_back(std::move(child));
    }
    return ctx;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto read = [](const QJsonObject& o) { return AdmissionRules::fromJson(o, QStringLiteral("rules.json")); };
    MkFuzz::jsonRoundTrip(data, size, read, [](const AdmissionRules& r) { return r.toJson(); });
    const auto rules = read(QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size))).object());
    if (!rules)
        return 0;
    static const AdmissionContext town = smallTown();
    const auto problem = rules->compile(town);
    if (!problem)
        return 0;
    Matching matching;
    matching.reset(problem->studentCount());
    MatchingMechanism::create(rules->mechanism)->match(*problem, matching);
    std::vector<int> seated(town.schools.size(), 0);
    for (int c = 0; c < matching.studentCount(); ++c) {
        const int school = matching.school[static_cast<size_t>(c)];
        MkFuzz::expect(school >= -1 && school < static_cast<int>(seated.size()), QStringLiteral("child %1 at school %2").arg(c).arg(school));
        if (school >= 0)
            ++seated[static_cast<size_t>(school)];
    }
    for (size_t s = 0; s < seated.size(); ++s)
        MkFuzz::expect(seated[s] <= town.schools[s].capacity, QStringLiteral("school %1 over capacity: %2").arg(s).arg(seated[s]));
    return 0;
}
