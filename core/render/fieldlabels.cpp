// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/fieldlabels.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace Mk {

namespace {

struct FieldEntry {
    const char* field;
    const char* label; ///< English source text, translated in the context "Mk::FieldLabels"
    ValueFormat format;
};

// The CBS columns people map most; CBS's codes (stedelijkheid, dekkingspercentage) print as plain numbers.
const FieldEntry kFields[] = {
    {"aantal_inwoners", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Inhabitants"), ValueFormat::count()},
    {"AANT_INW", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Inhabitants"), ValueFormat::count()},
    {"inwoners", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Inhabitants"), ValueFormat::count()},
    {"mannen", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Men"), ValueFormat::count()},
    {"vrouwen", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Women"), ValueFormat::count()},
    {"jaar", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Year"), ValueFormat::plain()},
    {"bevolkingsdichtheid_inwoners_per_km2", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Inhabitants per km²"), ValueFormat::count()},
    {"omgevingsadressendichtheid", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Addresses per km² around (omgevingsadressendichtheid)"),
     ValueFormat::count()},
    {"stedelijkheid_adressen_per_km2", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Urbanity (1 very strongly to 5 not urban)"),
     ValueFormat::plain()},
    {"dekkingspercentage", QT_TRANSLATE_NOOP("Mk::FieldLabels", "CBS coverage code (1 to 6)"), ValueFormat::plain()},
    {"indelingswijziging_wijken_en_buurten", QT_TRANSLATE_NOOP("Mk::FieldLabels", "CBS boundary change code"), ValueFormat::plain()},
    {"percentage_personen_0_tot_15_jaar", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Aged 0 to 15"), ValueFormat::percent(0)},
    {"percentage_personen_15_tot_25_jaar", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Aged 15 to 25"), ValueFormat::percent(0)},
    {"percentage_personen_25_tot_45_jaar", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Aged 25 to 45"), ValueFormat::percent(0)},
    {"percentage_personen_45_tot_65_jaar", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Aged 45 to 65"), ValueFormat::percent(0)},
    {"percentage_personen_65_jaar_en_ouder", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Aged 65 and over"), ValueFormat::percent(0)},
    {"percentage_met_herkomstland_nederland", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Origin: the Netherlands"), ValueFormat::percent(0)},
    {"percentage_met_herkomstland_uit_europa_excl_nl", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Origin: Europe outside the Netherlands"),
     ValueFormat::percent(0)},
    {"percentage_met_herkomstland_buiten_europa", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Origin: outside Europe"), ValueFormat::percent(0)},
    {"aantal_huishoudens", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Households"), ValueFormat::count()},
    {"gemiddelde_huishoudsgrootte", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Average household size"), ValueFormat::number(1)},
    {"percentage_eenpersoonshuishoudens", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Single-person households"), ValueFormat::percent(0)},
    {"percentage_huishoudens_met_kinderen", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Households with children"), ValueFormat::percent(0)},
    {"percentage_huishoudens_zonder_kinderen", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Households without children"), ValueFormat::percent(0)},
    {"woningvoorraad", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Dwellings"), ValueFormat::count()},
    {"gemiddelde_woningwaarde", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Average home value (× €1,000)"), ValueFormat::count()},
    {"percentage_koopwoningen", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Owner-occupied homes"), ValueFormat::percent(0)},
    {"percentage_huurwoningen", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Rented homes"), ValueFormat::percent(0)},
    {"perc_huurwoningen_in_bezit_woningcorporaties", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Rented from a housing association"),
     ValueFormat::percent(0)},
    {"opleidingsniveau_laag", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Education level low (people aged 15 to 75)"), ValueFormat::count()},
    {"opleidingsniveau_middelbaar", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Education level middle (people aged 15 to 75)"), ValueFormat::count()},
    {"opleidingsniveau_hoog", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Education level high (people aged 15 to 75)"), ValueFormat::count()},
    {"netto_arbeidsparticipatie", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Net labour participation"), ValueFormat::percent(1)},
    {"gemiddeld_inkomen_per_inwoner", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Average income per inhabitant (× €1,000)"), ValueFormat::number(1)},
    {"gemiddeld_inkomen_per_inkomensontvanger", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Average income per earner (× €1,000)"),
     ValueFormat::number(1)},
    {"percentage_personen_met_laag_inkomen", QT_TRANSLATE_NOOP("Mk::FieldLabels", "People with a low income"), ValueFormat::percent(1)},
    {"percentage_personen_met_hoog_inkomen", QT_TRANSLATE_NOOP("Mk::FieldLabels", "People with a high income"), ValueFormat::percent(1)},
    {"percentage_huishoudens_met_laag_inkomen", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Households with a low income"), ValueFormat::percent(1)},
    {"percentage_huishoudens_met_hoog_inkomen", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Households with a high income"), ValueFormat::percent(1)},
    {"percentage_huishoudens_onder_of_rond_sociaal_minimum",
     QT_TRANSLATE_NOOP("Mk::FieldLabels", "Households at or below the social minimum"), ValueFormat::percent(1)},
    {"percentage_jongeren_met_jeugdzorg_in_natura", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Young people in youth care"), ValueFormat::percent(1)},
    {"oppervlakte_totaal_in_ha", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Area (ha)"), ValueFormat::count()},
    {"oppervlakte_land_in_ha", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Land area (ha)"), ValueFormat::count()},
    {"oppervlakte_water_in_ha", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Water area (ha)"), ValueFormat::count()},
    {"basisonderwijs_gemiddelde_afstand_in_km", QT_TRANSLATE_NOOP("Mk::FieldLabels", "Distance to a primary school (km)"),
     ValueFormat::number(1)},
};

const QHash<QString, const FieldEntry*>& entries()
{
    static const QHash<QString, const FieldEntry*> byName = [] {
        QHash<QString, const FieldEntry*> h;
        for (const FieldEntry& e : kFields)
            h.insert(QString::fromLatin1(e.field), &e);
        return h;
    }();
    return byName;
}

} // namespace

QString FieldLabels::label(const QString& field, const TextLanguage& language)
{
    if (const FieldEntry* e = entries().value(field))
        return language.translate("Mk::FieldLabels", e->label);
    return inWords(field);
}

ValueFormat FieldLabels::format(const QString& field)
{
    if (const FieldEntry* e = entries().value(field))
        return e->format;
    if (field.startsWith(QLatin1String("percentage")) || field.startsWith(QLatin1String("perc_")) || field.startsWith(QLatin1String("P_")))
        return ValueFormat::percent();
    if (field.startsWith(QLatin1String("aantal")) || field.startsWith(QLatin1String("AANT")))
        return ValueFormat::count();
    return ValueFormat::number();
}

QString FieldLabels::valueText(const QString& field, const AttributeValue& value, const QLocale& locale)
{
    const ValueFormat f = format(field);
    if (!value.hasValue() || f.kind != ValueFormat::Kind::Number)
        return f.toString(value, locale);
    return std::round(value.number * 1e6) == 0.0 ? locale.toString(0.0) : locale.toString(value.number, 'g', 10);
}

QString FieldLabels::inWords(const QString& field)
{
    // CBS's abbreviations in its column names, written out.
    static const QHash<QString, QString> words{
        {QStringLiteral("perc"), QStringLiteral("percentage")}, {QStringLiteral("gem"), QStringLiteral("gemiddelde")},
        {QStringLiteral("geb"), QStringLiteral("geboren")},     {QStringLiteral("afst"), QStringLiteral("afstand")},
        {QStringLiteral("excl"), QStringLiteral("exclusief")},  {QStringLiteral("ex"), QStringLiteral("exclusief")},
        {QStringLiteral("incl"), QStringLiteral("inclusief")},  {QStringLiteral("nl"), QStringLiteral("Nederland")},
        {QStringLiteral("km2"), QStringLiteral("km²")},          {QStringLiteral("herkomstlnd"), QStringLiteral("herkomstland")},
        {QStringLiteral("dagel"), QStringLiteral("dagelijkse")}, {QStringLiteral("levensm"), QStringLiteral("levensmiddelen")},
        {QStringLiteral("ov"), QStringLiteral("overige")},       {QStringLiteral("europa"), QStringLiteral("Europa")},
    };
    QStringList parts = field.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString& p : parts)
        p = words.value(p.toLower(), p);
    QString text = parts.join(QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text.isEmpty() ? field : text;
}

} // namespace Mk
