// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/textlanguage.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Mk {

/** The four levels of secondary education (vo) that segregation by level is measured over, lowest first. */
enum class VoLevel { Pro, Vmbo, Havo, Vwo };

/** The four levels in order; array index = static_cast<int>(VoLevel). */
inline constexpr std::array<VoLevel, 4> kVoLevels = {VoLevel::Pro, VoLevel::Vmbo, VoLevel::Havo, VoLevel::Vwo};

/** A set of levels as bits (1 << VoLevel). */
using VoLevelSet = unsigned;

/** What one row of DUO "01. Leerlingen vo per vestiging naar onderwijstype" counts. */
enum class VoRowKind {
    Level,     ///< upper years (or all years of praktijkonderwijs) of one level
    FirstYear, ///< "Brugjaar 1-2": the programme is in ELEMENTCODE / OPLEIDINGSNAAM
    Other,     ///< counted in the vestiging's total but in no level: HAVO/VWO year 3, international streams, VAVO
};

/** The classification of one first-year (brugjaar) programme code. */
struct VoFirstYearProgramme {
    const char* code;         ///< ELEMENTCODE, four digits ("0024")
    const char* name;         ///< DUO's OPLEIDINGSNAAM
    VoLevelSet leadsTo;       ///< the school types (vmbo, havo, vwo) the programme leads to
    bool heterogeneous() const; ///< it leads to at least two of vmbo, havo and vwo
};

/**
 * The classification of DUO's vo programme codes, as one documented table (issue 16, item 2; the codes and
 * their names are those of the three DUO files in ../shared/data/vo, see its SOURCES.md):
 *
 * Row kinds by ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR:
 * | onderwijstype                                           | kind      | level |
 * |---------------------------------------------------------|-----------|-------|
 * | Praktijkonderwijs alle vj                               | Level     | pro   |
 * | VMBO BL/KL/GL/TL lj 3-4 (also one per leerweg), VMBO-MBO2 lj 3-6 | Level | vmbo |
 * | HAVO lj 4-5                                             | Level     | havo  |
 * | VWO lj 4-6                                              | Level     | vwo   |
 * | Brugjaar 1-2                                            | FirstYear | -     |
 * | HAVO/VWO lj 3, Engelse Stroom, Int. Baccelaureaat, European Secondary School, ... uitbest. aan VAVO | Other | - |
 *
 * First-year programmes by ELEMENTCODE (the levels they lead to; heterogeneous = at least two of vmbo,
 * havo, vwo): 0011 Ljvb op HAVO/VMBO-Th/Gm Lw (havo+vmbo), 0015 Ljvb op VWO/HAVO (vwo+havo),
 * 0016 Ljvb op VWO/HAVO/VMBO-Th/Gm Lw and 0024 Ljvb op VWO/HAVO/VMBO-Alle Lw (all three), 0022 Ljvb op
 * HAVO/VMBO-Alle Lw (havo+vmbo) are heterogeneous; 0017 Ljvb op VWO, 0100 VWO-ATHENEUMSTROOM and
 * 0200 VWO-GYMNASIUMSTROOM (vwo), 0300 HAVO (havo), 0400 MAVO/Theor Lw-VMBO, every Ljvb op VMBO-... (0012,
 * 0013, 0023, 0031-0033), the LWOO programmes (0041-0046, 2210) and the vmbo sector years (1394, 1915,
 * 1916) lead to one school type.
 */
class VoProgrammes
{
public:
    /** The kind and, for Level, the level of an onderwijstype; nullopt when the table does not know it. */
    struct RowClass {
        VoRowKind kind = VoRowKind::Other;
        VoLevel level = VoLevel::Pro;
    };
    static std::optional<RowClass> classifyRow(const QString& onderwijstype);
    /** The first-year programme of an ELEMENTCODE ("24" or "0024"); null when the table does not know it. */
    static const VoFirstYearProgramme* firstYear(const QString& elementCode);
    /** ELEMENTCODE with leading zeros to four digits, as DUO writes it since 2017 ("24" -> "0024"). */
    static QString normalizedCode(const QString& elementCode);
    /** Every first-year programme of the table. */
    static QList<const VoFirstYearProgramme*> firstYearProgrammes();
    /** Every onderwijstype of the table. */
    static QStringList onderwijstypen();

    /** "pro", "vmbo", "havo", "vwo": keys for JSON and for the groups of the index engine. */
    static QString key(VoLevel level);
    /** The level as a person reads it ("praktijkonderwijs", "vmbo", ...), in `language`. */
    static QString label(VoLevel level, const TextLanguage& language = TextLanguage::application());
    static VoLevelSet bit(VoLevel level) { return 1u << static_cast<unsigned>(level); }
};

} // namespace Mk
