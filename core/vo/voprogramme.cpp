// SPDX-License-Identifier: GPL-3.0-or-later
#include "vo/voprogramme.h"

#include "io/tablereader.h"

namespace Mk {

namespace {

constexpr VoLevelSet kVmbo = 1u << static_cast<unsigned>(VoLevel::Vmbo);
constexpr VoLevelSet kHavo = 1u << static_cast<unsigned>(VoLevel::Havo);
constexpr VoLevelSet kVwo = 1u << static_cast<unsigned>(VoLevel::Vwo);

struct RowEntry {
    const char* onderwijstype;
    VoRowKind kind;
    VoLevel level;
};

// The table of VoProgrammes (see its header); matched on TableReader::normalizedName, so case and spacing do not matter.
const RowEntry kRows[] = {
    {"Praktijkonderwijs alle vj", VoRowKind::Level, VoLevel::Pro},
    {"VMBO BL/KL/GL/TL lj 3-4", VoRowKind::Level, VoLevel::Vmbo},
    {"VMBO BL lj 3-4", VoRowKind::Level, VoLevel::Vmbo},
    {"VMBO KL lj 3-4", VoRowKind::Level, VoLevel::Vmbo},
    {"VMBO GL lj 3-4", VoRowKind::Level, VoLevel::Vmbo},
    {"VMBO TL lj 3-4", VoRowKind::Level, VoLevel::Vmbo},
    {"VMBO-MBO2 lj 3-6", VoRowKind::Level, VoLevel::Vmbo},
    {"HAVO lj 4-5", VoRowKind::Level, VoLevel::Havo},
    {"VWO lj 4-6", VoRowKind::Level, VoLevel::Vwo},
    {"Brugjaar 1-2", VoRowKind::FirstYear, VoLevel::Pro},
    {"HAVO/VWO lj 3", VoRowKind::Other, VoLevel::Pro},
    {"Engelse Stroom", VoRowKind::Other, VoLevel::Pro},
    {"Int. Baccelaureaat", VoRowKind::Other, VoLevel::Pro},
    {"European Secondary School", VoRowKind::Other, VoLevel::Pro},
    {"HAVO/VMBO/VWO uitbest. aan VAVO", VoRowKind::Other, VoLevel::Pro},
    {"HAVO uitbest. aan VAVO", VoRowKind::Other, VoLevel::Pro},
    {"VMBO uitbest. aan VAVO", VoRowKind::Other, VoLevel::Pro},
    {"VWO uitbest. aan VAVO", VoRowKind::Other, VoLevel::Pro},
};

const VoFirstYearProgramme kFirstYear[] = {
    {"0011", "Ljvb op HAVO/VMBO-Th/Gm Lw", kHavo | kVmbo},
    {"0012", "Ljvb op VMBO-Gm Lw", kVmbo},
    {"0013", "Ljvb op VMBO-Th/Gm Lw", kVmbo},
    {"0015", "Ljvb op VWO/HAVO", kVwo | kHavo},
    {"0016", "Ljvb op VWO/HAVO/VMBO-Th/Gm Lw", kVwo | kHavo | kVmbo},
    {"0017", "Ljvb op VWO", kVwo},
    {"0022", "Ljvb op HAVO/VMBO-Alle Lw", kHavo | kVmbo},
    {"0023", "Ljvb op VMBO-Alle Lw", kVmbo},
    {"0024", "Ljvb op VWO/HAVO/VMBO-Alle Lw", kVwo | kHavo | kVmbo},
    {"0031", "Ljvb op VMBO-BBg Lw", kVmbo},
    {"0032", "Ljvb op VMBO-Kbg Lw", kVmbo},
    {"0033", "Ljvb op VMBO-Bbg/Kbg Lw", kVmbo},
    {"0041", "Lj LWOO vb op Bbg Lw", kVmbo},
    {"0042", "Lj LWOO vb op Gm Lw", kVmbo},
    {"0043", "Lj LWOO vb op Kbg Lw", kVmbo},
    {"0044", "Lj LWOO vb op Th/Gm Lw", kVmbo},
    {"0045", "Lj LWOO vb op Bbg/Kbg Lw", kVmbo},
    {"0046", "Lj LWOO vb op Alle Lw", kVmbo},
    {"0100", "VWO-ATHENEUMSTROOM", kVwo},
    {"0200", "VWO-GYMNASIUMSTROOM", kVwo},
    {"0300", "HAVO", kHavo},
    {"0400", "MAVO/Theor Lw-VMBO", kVmbo},
    {"1394", "LWOO Maritiem en Techniek Algemeen Leerjaar", kVmbo},
    {"1915", "VBO KRBvrt Algemeen Leerjaar", kVmbo},
    {"1916", "VMBO Maritiem en Techniek Algemeen Leerjaar", kVmbo},
    {"2210", "LWOO MAVO/Theor Lw", kVmbo},
};

} // namespace

bool VoFirstYearProgramme::heterogeneous() const
{
    int types = 0;
    for (VoLevelSet bit : {kVmbo, kHavo, kVwo})
        types += (leadsTo & bit) ? 1 : 0;
    return types >= 2;
}

std::optional<VoProgrammes::RowClass> VoProgrammes::classifyRow(const QString& onderwijstype)
{
    const QString wanted = TableReader::normalizedName(onderwijstype);
    for (const RowEntry& e : kRows)
        if (TableReader::normalizedName(QString::fromUtf8(e.onderwijstype)) == wanted)
            return RowClass{e.kind, e.level};
    return std::nullopt;
}

QString VoProgrammes::normalizedCode(const QString& elementCode)
{
    const QString code = elementCode.trimmed();
    bool digits = !code.isEmpty();
    for (QChar c : code)
        digits = digits && c.isDigit();
    return digits ? code.rightJustified(4, QLatin1Char('0')) : code;
}

const VoFirstYearProgramme* VoProgrammes::firstYear(const QString& elementCode)
{
    const QString code = normalizedCode(elementCode);
    for (const VoFirstYearProgramme& p : kFirstYear)
        if (code == QLatin1String(p.code))
            return &p;
    return nullptr;
}

QList<const VoFirstYearProgramme*> VoProgrammes::firstYearProgrammes()
{
    QList<const VoFirstYearProgramme*> out;
    for (const VoFirstYearProgramme& p : kFirstYear)
        out.append(&p);
    return out;
}

QStringList VoProgrammes::onderwijstypen()
{
    QStringList out;
    for (const RowEntry& e : kRows)
        out.append(QString::fromUtf8(e.onderwijstype));
    return out;
}

QString VoProgrammes::key(VoLevel level)
{
    switch (level) {
    case VoLevel::Pro:
        return QStringLiteral("pro");
    case VoLevel::Vmbo:
        return QStringLiteral("vmbo");
    case VoLevel::Havo:
        return QStringLiteral("havo");
    case VoLevel::Vwo:
        return QStringLiteral("vwo");
    }
    return {};
}

QString VoProgrammes::label(VoLevel level, const TextLanguage& language)
{
    switch (level) {
    case VoLevel::Pro:
        return language.translate("Mk::VoProgrammes", "praktijkonderwijs");
    case VoLevel::Vmbo:
        return language.translate("Mk::VoProgrammes", "vmbo");
    case VoLevel::Havo:
        return language.translate("Mk::VoProgrammes", "havo");
    case VoLevel::Vwo:
        return language.translate("Mk::VoProgrammes", "vwo");
    }
    return {};
}

} // namespace Mk
