// SPDX-License-Identifier: GPL-3.0-or-later
#include "admission/admissionrules.h"

#include "admission/admissioncompiler.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <optional>

namespace Mk {

namespace {

const char* kFormat = "mengkaart-admission-rules";

/**
 * Reads one rules object strictly: every getter checks its key's type and range, and the first problem is
 * kept as an error naming the source, the key path and what to write instead. After an error the getters
 * return their fallbacks, so parsing runs to the end without branching at every key.
 */
class StrictReader
{
    Q_DECLARE_TR_FUNCTIONS(Mk::AdmissionRules)

public:
    explicit StrictReader(QString source) : m_source(std::move(source)) {}

    bool ok() const { return !m_error.has_value(); }
    const Error& error() const { return *m_error; }

    static QString join(const QString& path, const QString& key) { return path.isEmpty() ? key : path + QLatin1Char('.') + key; }

    void fail(const QString& key, const QString& what)
    {
        if (ok())
            m_error = Mk::fail(ErrorCode::InvalidValue, tr("The admission rules %1, key \"%2\": %3").arg(m_source, key, what));
    }

    /** Refuses keys that are not in `known`. */
    void onlyKeys(const QJsonObject& o, const QString& path, const QStringList& known)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                fail(join(path, it.key()), tr("this key is not part of the admission rules format. Remove it or correct its "
                                              "spelling; the keys allowed here are %1.")
                                               .arg(known.join(QStringLiteral(", "))));
    }

    /** `what` says what the key takes, e.g. "\"da\" or \"boston\"". */
    void require(const QJsonObject& o, const QString& path, const QString& key, const QString& what)
    {
        if (!o.contains(key))
            fail(join(path, key), tr("this key is missing. Add it: %1.").arg(what));
    }

    QString text(const QJsonObject& o, const QString& path, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isString())
            fail(join(path, key), tr("must be text in double quotes."));
        return v.toString();
    }

    /** One of `allowed` (the first when the key is absent). */
    QString choice(const QJsonObject& o, const QString& path, const QString& key, const QStringList& allowed)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return allowed.first();
        if (!v.isString() || !allowed.contains(v.toString())) {
            fail(join(path, key), tr("must be %1 (it is %2).").arg(quoted(allowed), shown(v)));
            return allowed.first();
        }
        return v.toString();
    }

    double number(const QJsonObject& o, const QString& path, const QString& key, double min, double max, double fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || !(v.toDouble() >= min && v.toDouble() <= max)) {
            fail(join(path, key), tr("must be a number from %1 to %2 (it is %3).").arg(min).arg(max).arg(shown(v)));
            return fallback;
        }
        return v.toDouble();
    }

    int integer(const QJsonObject& o, const QString& path, const QString& key, int min, int max, int fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
            fail(join(path, key), tr("must be a whole number from %1 to %2 (it is %3).").arg(min).arg(max).arg(shown(v)));
            return fallback;
        }
        return static_cast<int>(d);
    }

    bool boolean(const QJsonObject& o, const QString& path, const QString& key, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            fail(join(path, key), tr("must be true or false, without quotes (it is %1).").arg(shown(v)));
            return fallback;
        }
        return v.toBool();
    }

    QStringList texts(const QJsonValue& v, const QString& key, bool nonEmpty)
    {
        QStringList out;
        if (v.isUndefined() && !nonEmpty)
            return out;
        bool good = v.isArray();
        for (const QJsonValue& item : v.toArray()) {
            good = good && item.isString() && !item.toString().isEmpty();
            out.append(item.toString());
        }
        if (!good || (nonEmpty && out.isEmpty()))
            fail(key, nonEmpty ? tr("must be a list of one or more names in double quotes, e.g. [\"a\", \"b\"].")
                               : tr("must be a list of names in double quotes, e.g. [\"a\", \"b\"]."));
        return out;
    }

    QJsonObject object(const QJsonValue& v, const QString& key)
    {
        if (!v.isObject())
            fail(key, tr("must be an object in braces { }."));
        return v.toObject();
    }

private:
    static QString quoted(const QStringList& names)
    {
        QStringList q;
        for (const QString& n : names)
            q.append(QLatin1Char('"') + n + QLatin1Char('"'));
        return q.join(tr(" or "));
    }
    static QString shown(const QJsonValue& v)
    {
        if (v.isString())
            return QLatin1Char('"') + v.toString() + QLatin1Char('"');
        if (v.isDouble())
            return QString::number(v.toDouble());
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return v.isNull() ? QStringLiteral("null") : v.isArray() ? tr("a list") : tr("an object");
    }

    QString m_source;
    std::optional<Error> m_error;
};

const QStringList kPriorityClasses{QStringLiteral("siblings"), QStringLiteral("proximity"), QStringLiteral("vvePartner")};
const QStringList kMechanisms{QStringLiteral("da"), QStringLiteral("boston")};
const QStringList kTieBreaking{QStringLiteral("single"), QStringLiteral("multiple")};
const QStringList kPrecedence{QStringLiteral("first"), QStringLiteral("last")};
const QStringList kBasketShares{QStringLiteral("given"), QStringLiteral("gemeente")};
const QStringList kTargetShares{QStringLiteral("given"), QStringLiteral("gemeente"), QStringLiteral("catchment")};

AdmissionPriority readPriority(StrictReader& r, const QJsonValue& value, const QString& path)
{
    AdmissionPriority p;
    const QJsonObject o = r.object(value, path);
    r.require(o, path, QStringLiteral("class"), AdmissionRules::tr("\"siblings\", \"proximity\" or \"vvePartner\""));
    const QString kind = r.choice(o, path, QStringLiteral("class"), kPriorityClasses);
    p.kind = static_cast<AdmissionPriority::Kind>(kPriorityClasses.indexOf(kind));
    switch (p.kind) {
    case AdmissionPriority::Kind::Siblings:
        r.onlyKeys(o, path, {QStringLiteral("class"), QStringLiteral("share")});
        p.siblingShare = r.number(o, path, QStringLiteral("share"), 0.0, 1.0, 0.0);
        break;
    case AdmissionPriority::Kind::VvePartner:
        r.onlyKeys(o, path, {QStringLiteral("class"), QStringLiteral("indicationRequired")});
        p.indicationRequired = r.boolean(o, path, QStringLiteral("indicationRequired"), true);
        break;
    case AdmissionPriority::Kind::Proximity: {
        r.onlyKeys(o, path, {QStringLiteral("class"), QStringLiteral("nearest"), QStringLiteral("linkedSchools"), QStringLiteral("exemptSchools")});
        const bool nearest = o.contains(QStringLiteral("nearest")), linked = o.contains(QStringLiteral("linkedSchools"));
        if (nearest == linked)
            r.fail(StrictReader::join(path, QStringLiteral("nearest")),
                   AdmissionRules::tr("a proximity class needs either \"nearest\" (a number of schools) or \"linkedSchools\" "
                                      "(schools per area code), not both and not neither."));
        p.nearest = r.integer(o, path, QStringLiteral("nearest"), 1, 50, 0);
        const QString linkedKey = StrictReader::join(path, QStringLiteral("linkedSchools"));
        const QJsonObject areas = linked ? r.object(o.value(QStringLiteral("linkedSchools")), linkedKey) : QJsonObject();
        for (auto it = areas.begin(); it != areas.end(); ++it)
            p.linkedSchools.insert(it.key(), r.texts(it.value(), StrictReader::join(linkedKey, it.key()), true));
        p.exemptSchools = r.texts(o.value(QStringLiteral("exemptSchools")), StrictReader::join(path, QStringLiteral("exemptSchools")), false);
        break;
    }
    }
    return p;
}

AdmissionReserve readReserve(StrictReader& r, const QJsonObject& o, const QString& path)
{
    r.onlyKeys(o, path, {QStringLiteral("eligible"), QStringLiteral("seats"), QStringLiteral("share"), QStringLiteral("precedence"),
                         QStringLiteral("soft"), QStringLiteral("schools")});
    r.require(o, path, QStringLiteral("eligible"), AdmissionRules::tr("\"vve\" or a list of group names"));
    r.require(o, path, QStringLiteral("precedence"), AdmissionRules::tr("\"first\" (reserve seats filled before the open seats) or \"last\""));
    r.require(o, path, QStringLiteral("soft"), AdmissionRules::tr("true (unused reserve seats go to everyone) or false (they stay empty)"));
    AdmissionReserve reserve;
    const QJsonValue eligible = o.value(QStringLiteral("eligible"));
    reserve.vve = eligible.isString();
    if (eligible.isString() && eligible.toString() != QLatin1String("vve"))
        r.fail(StrictReader::join(path, QStringLiteral("eligible")),
               AdmissionRules::tr("must be \"vve\" (children with a VVE indication) or a list of group names (it is \"%1\").")
                   .arg(eligible.toString()));
    if (!eligible.isString() && !eligible.isUndefined())
        reserve.groups = r.texts(eligible, StrictReader::join(path, QStringLiteral("eligible")), true);
    if (o.contains(QStringLiteral("seats")) == o.contains(QStringLiteral("share")))
        r.fail(StrictReader::join(path, QStringLiteral("share")),
               AdmissionRules::tr("a reserve needs either \"seats\" (a number per school) or \"share\" (of each school's capacity), not both."));
    reserve.seats = r.integer(o, path, QStringLiteral("seats"), 0, 100000, -1);
    reserve.share = r.number(o, path, QStringLiteral("share"), 0.0, 1.0, -1.0);
    reserve.precedence = r.choice(o, path, QStringLiteral("precedence"), kPrecedence) == QLatin1String("last") ? SeatPolicy::Precedence::Last
                                                                                                               : SeatPolicy::Precedence::First;
    reserve.soft = r.boolean(o, path, QStringLiteral("soft"), true);
    reserve.schools = r.texts(o.value(QStringLiteral("schools")), StrictReader::join(path, QStringLiteral("schools")), false);
    return reserve;
}

AdmissionBaskets readBaskets(StrictReader& r, const QJsonObject& o, const QString& path)
{
    r.onlyKeys(o, path, {QStringLiteral("pools"), QStringLiteral("relativeTo"), QStringLiteral("soft"), QStringLiteral("schools")});
    r.require(o, path, QStringLiteral("pools"), AdmissionRules::tr("a list of pools, e.g. [{\"groups\": [\"low\"], \"share\": 0.3}, ...]"));
    r.require(o, path, QStringLiteral("soft"), AdmissionRules::tr("true (seats a pool leaves unused go to the others) or false (they stay empty)"));
    AdmissionBaskets baskets;
    baskets.relativeToGemeente = r.choice(o, path, QStringLiteral("relativeTo"), kBasketShares) == QLatin1String("gemeente");
    baskets.soft = r.boolean(o, path, QStringLiteral("soft"), true);
    baskets.schools = r.texts(o.value(QStringLiteral("schools")), StrictReader::join(path, QStringLiteral("schools")), false);
    const QString poolsKey = StrictReader::join(path, QStringLiteral("pools"));
    const QJsonValue pools = o.value(QStringLiteral("pools"));
    if (!pools.isArray() || pools.toArray().size() < 2)
        r.fail(poolsKey, AdmissionRules::tr("must be a list of at least two pools, e.g. [{\"groups\": [\"low\"], \"share\": 0.3}, ...]."));
    double total = 0.0;
    const QJsonArray list = pools.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString poolPath = poolsKey + QStringLiteral("[%1]").arg(i);
        const QJsonObject p = r.object(list[i], poolPath);
        r.onlyKeys(p, poolPath, {QStringLiteral("groups"), QStringLiteral("share")});
        AdmissionBaskets::Pool pool;
        pool.groups = r.texts(p.value(QStringLiteral("groups")), StrictReader::join(poolPath, QStringLiteral("groups")), true);
        if (baskets.relativeToGemeente && p.contains(QStringLiteral("share")))
            r.fail(StrictReader::join(poolPath, QStringLiteral("share")),
                   AdmissionRules::tr("with \"relativeTo\": \"gemeente\" the shares follow the gemeente's mix; remove \"share\" "
                                      "or set \"relativeTo\" to \"given\"."));
        if (!baskets.relativeToGemeente)
            r.require(p, poolPath, QStringLiteral("share"), AdmissionRules::tr("the pool's share of the seats, from 0 to 1"));
        pool.share = r.number(p, poolPath, QStringLiteral("share"), 0.0, 1.0, -1.0);
        total += std::max(0.0, pool.share);
        baskets.pools.append(pool);
    }
    if (!baskets.relativeToGemeente && std::abs(total - 1.0) > 1e-6)
        r.fail(poolsKey, AdmissionRules::tr("the pools' shares add up to %1; make them add up to 1.").arg(total));
    return baskets;
}

AdmissionTargetMix readTargetMix(StrictReader& r, const QJsonObject& o, const QString& path)
{
    r.onlyKeys(o, path, {QStringLiteral("groups"), QStringLiteral("relativeTo"), QStringLiteral("share"), QStringLiteral("tolerance"),
                         QStringLiteral("schools")});
    AdmissionTargetMix mix;
    mix.groups = r.texts(o.value(QStringLiteral("groups")), StrictReader::join(path, QStringLiteral("groups")), true);
    mix.relativeTo = static_cast<AdmissionTargetMix::RelativeTo>(kTargetShares.indexOf(r.choice(o, path, QStringLiteral("relativeTo"), kTargetShares)));
    if (mix.relativeTo == AdmissionTargetMix::RelativeTo::Given)
        r.require(o, path, QStringLiteral("share"), AdmissionRules::tr("the target share, from 0 to 1"));
    else if (o.contains(QStringLiteral("share")))
        r.fail(StrictReader::join(path, QStringLiteral("share")),
               AdmissionRules::tr("a target relative to the gemeente or the catchment takes its share from there; remove \"share\" "
                                  "or set \"relativeTo\" to \"given\"."));
    mix.share = r.number(o, path, QStringLiteral("share"), 0.0, 1.0, -1.0);
    mix.tolerance = r.number(o, path, QStringLiteral("tolerance"), 0.0, 1.0, 0.0);
    mix.schools = r.texts(o.value(QStringLiteral("schools")), StrictReader::join(path, QStringLiteral("schools")), false);
    return mix;
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

double AdmissionRules::siblingShare() const
{
    for (const AdmissionPriority& p : priorities)
        if (p.kind == AdmissionPriority::Kind::Siblings)
            return p.siblingShare;
    return 0.0;
}

int AdmissionRules::typeCount() const
{
    if (baskets)
        return static_cast<int>(baskets->pools.size());
    return targetMix ? 2 : 1;
}

Result<AdmissionRules> AdmissionRules::fromJson(const QJsonObject& json, const QString& source)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return fail(ErrorCode::UnknownFormat, tr("%1 is not a file of Mengkaart admission rules (the \"format\" entry must be \"%2\").")
                                                  .arg(source, QLatin1String(kFormat)));
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return fail(ErrorCode::UnknownFormat,
                    tr("%1 has admission rules version %2; this Mengkaart reads version 1. Update Mengkaart or write \"version\": 1.")
                        .arg(source, json.value(QStringLiteral("version")).toVariant().toString()));
    StrictReader r(source);
    r.onlyKeys(json, {}, {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("description"),
                          QStringLiteral("source"), QStringLiteral("mechanism"), QStringLiteral("tieBreaking"), QStringLiteral("listLength"),
                          QStringLiteral("priorities"), QStringLiteral("reserve"), QStringLiteral("baskets"), QStringLiteral("targetMix"),
                          QStringLiteral("backup")});
    AdmissionRules rules;
    rules.name = r.text(json, {}, QStringLiteral("name"));
    rules.description = r.text(json, {}, QStringLiteral("description"));
    rules.source = r.text(json, {}, QStringLiteral("source"));
    r.require(json, {}, QStringLiteral("mechanism"), tr("\"da\" (deferred acceptance) or \"boston\" (immediate acceptance)"));
    rules.mechanism = r.choice(json, {}, QStringLiteral("mechanism"), kMechanisms) == QLatin1String("boston") ? MechanismKind::ImmediateAcceptance
                                                                                                            : MechanismKind::DeferredAcceptance;
    rules.tieBreaking = r.choice(json, {}, QStringLiteral("tieBreaking"), kTieBreaking) == QLatin1String("multiple") ? TieBreaking::Multiple
                                                                                                                   : TieBreaking::Single;
    rules.listLength = r.integer(json, {}, QStringLiteral("listLength"), 1, 20, 6);
    const QJsonValue priorities = json.value(QStringLiteral("priorities"));
    if (!priorities.isUndefined() && !priorities.isArray())
        r.fail(QStringLiteral("priorities"), tr("must be a list of priority classes in [ ], best class first."));
    const QJsonArray list = priorities.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        rules.priorities.append(readPriority(r, list[i], QStringLiteral("priorities[%1]").arg(i)));
    if (json.contains(QStringLiteral("reserve")))
        rules.reserve = readReserve(r, r.object(json.value(QStringLiteral("reserve")), QStringLiteral("reserve")), QStringLiteral("reserve"));
    if (json.contains(QStringLiteral("baskets")))
        rules.baskets = readBaskets(r, r.object(json.value(QStringLiteral("baskets")), QStringLiteral("baskets")), QStringLiteral("baskets"));
    if (json.contains(QStringLiteral("targetMix")))
        rules.targetMix = readTargetMix(r, r.object(json.value(QStringLiteral("targetMix")), QStringLiteral("targetMix")), QStringLiteral("targetMix"));
    if (int(rules.reserve.has_value()) + int(rules.baskets.has_value()) + int(rules.targetMix.has_value()) > 1)
        r.fail(rules.targetMix ? QStringLiteral("targetMix") : QStringLiteral("baskets"),
               tr("the rules may have one seat policy: \"reserve\", \"baskets\" or \"targetMix\". Keep one and remove the others."));
    rules.backup = r.boolean(json, {}, QStringLiteral("backup"), false);
    const bool hasProximity = std::any_of(rules.priorities.begin(), rules.priorities.end(),
                                          [](const AdmissionPriority& p) { return p.kind == AdmissionPriority::Kind::Proximity; });
    if (rules.backup && !hasProximity)
        r.fail(QStringLiteral("backup"), tr("a back-up list appends the proximity schools, but the rules have no \"proximity\" class. "
                                            "Add one to \"priorities\" or set \"backup\" to false."));
    if (!r.ok())
        return r.error();
    return rules;
}

QJsonObject AdmissionRules::toJson() const
{
    QJsonArray classes;
    for (const AdmissionPriority& p : priorities) {
        QJsonObject o{{QStringLiteral("class"), kPriorityClasses[static_cast<int>(p.kind)]}};
        switch (p.kind) {
        case AdmissionPriority::Kind::Siblings:
            o.insert(QStringLiteral("share"), p.siblingShare);
            break;
        case AdmissionPriority::Kind::VvePartner:
            o.insert(QStringLiteral("indicationRequired"), p.indicationRequired);
            break;
        case AdmissionPriority::Kind::Proximity: {
            if (p.nearest > 0) {
                o.insert(QStringLiteral("nearest"), p.nearest);
            } else {
                QJsonObject linked;
                for (auto it = p.linkedSchools.begin(); it != p.linkedSchools.end(); ++it)
                    linked.insert(it.key(), toArray(it.value()));
                o.insert(QStringLiteral("linkedSchools"), linked);
            }
            if (!p.exemptSchools.isEmpty())
                o.insert(QStringLiteral("exemptSchools"), toArray(p.exemptSchools));
            break;
        }
        }
        classes.append(o);
    }
    QJsonObject json{{QStringLiteral("format"), QLatin1String(kFormat)},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("mechanism"), kMechanisms[mechanism == MechanismKind::ImmediateAcceptance ? 1 : 0]},
                     {QStringLiteral("tieBreaking"), kTieBreaking[tieBreaking == TieBreaking::Multiple ? 1 : 0]},
                     {QStringLiteral("listLength"), listLength},
                     {QStringLiteral("priorities"), classes},
                     {QStringLiteral("backup"), backup}};
    const auto withSchools = [](QJsonObject o, const QStringList& schools) {
        if (!schools.isEmpty())
            o.insert(QStringLiteral("schools"), toArray(schools));
        return o;
    };
    if (reserve) {
        QJsonObject o{{QStringLiteral("eligible"), reserve->vve ? QJsonValue(QStringLiteral("vve")) : QJsonValue(toArray(reserve->groups))},
                      {QStringLiteral("precedence"), kPrecedence[reserve->precedence == SeatPolicy::Precedence::Last ? 1 : 0]},
                      {QStringLiteral("soft"), reserve->soft}};
        if (reserve->seats >= 0)
            o.insert(QStringLiteral("seats"), reserve->seats);
        else
            o.insert(QStringLiteral("share"), reserve->share);
        json.insert(QStringLiteral("reserve"), withSchools(o, reserve->schools));
    }
    if (baskets) {
        QJsonArray pools;
        for (const AdmissionBaskets::Pool& pool : baskets->pools) {
            QJsonObject p{{QStringLiteral("groups"), toArray(pool.groups)}};
            if (!baskets->relativeToGemeente)
                p.insert(QStringLiteral("share"), pool.share);
            pools.append(p);
        }
        json.insert(QStringLiteral("baskets"), withSchools(QJsonObject{{QStringLiteral("pools"), pools},
                                                                       {QStringLiteral("relativeTo"), kBasketShares[baskets->relativeToGemeente ? 1 : 0]},
                                                                       {QStringLiteral("soft"), baskets->soft}},
                                                           baskets->schools));
    }
    if (targetMix) {
        QJsonObject o{{QStringLiteral("groups"), toArray(targetMix->groups)},
                      {QStringLiteral("relativeTo"), kTargetShares[static_cast<int>(targetMix->relativeTo)]},
                      {QStringLiteral("tolerance"), targetMix->tolerance}};
        if (targetMix->relativeTo == AdmissionTargetMix::RelativeTo::Given)
            o.insert(QStringLiteral("share"), targetMix->share);
        json.insert(QStringLiteral("targetMix"), withSchools(o, targetMix->schools));
    }
    return json;
}

Result<AdmissionRules> AdmissionRules::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::FileNotFound, tr("The admission rules %1 do not exist. Check the path, or name a preset: %2.")
                                                 .arg(path, presetNames().join(QStringLiteral(", "))));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::ReadFailed, tr("The admission rules %1 cannot be opened: %2.").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::UnknownFormat, tr("The admission rules %1 are not valid JSON (at character %2). Fix the file or save the rules again.")
                                                  .arg(QFileInfo(path).fileName())
                                                  .arg(error.offset),
                    error.errorString());
    return fromJson(doc.object(), QFileInfo(path).fileName());
}

Result<AdmissionRules> AdmissionRules::presetOrFile(const QString& fileOrPreset)
{
    return presetNames().contains(fileOrPreset) ? preset(fileOrPreset) : load(fileOrPreset);
}

Result<void> AdmissionRules::save(const QString& path) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
        if (file.commit())
            return {};
    }
    return fail(ErrorCode::WriteFailed, tr("The admission rules cannot be written to %1: %2.").arg(path, file.errorString()));
}

Result<AdmissionProblem> AdmissionRules::compile(const AdmissionContext& context) const
{
    auto compiler = AdmissionCompiler::create(*this, context);
    if (!compiler)
        return compiler.error();
    AdmissionProblem problem;
    if (auto ok = compiler->compile(context, problem); !ok)
        return ok.error();
    return problem;
}

} // namespace Mk
