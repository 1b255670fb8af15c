// SPDX-License-Identifier: GPL-3.0-or-later
// The DUO, CBS and Inspectie table loaders on one file each: first byte picks the loader, the rest is the file.
// What a loader accepts must be plausible (PlausibleRange) and finite; a refusal must name the file.
#include "fuzzsupport.h"
#include "io/columnmapping.h"
#include "io/compositionloader.h"
#include "io/csvtable.h"
#include "io/plausiblerange.h"
#include "io/postcodeloader.h"
#include "io/pupilcountloader.h"
#include "io/pupilflowloader.h"
#include "io/schoolloader.h"
#include "io/schoolwegingloader.h"

#include <QFileInfo>

#include <cmath>

using namespace Mk;

namespace {

void expectPlausible(std::optional<double> value, PlausibleRange::Kind kind, const QString& what)
{
    if (value)
        MkFuzz::expect(PlausibleRange::of(kind).contains(*value), QStringLiteral("%1 accepted as %2").arg(what).arg(*value));
}

template<typename T>
bool refusedNamingFile(const Result<T>& result, const QString& path)
{
    if (result)
        return false;
    MkFuzz::expect(result.error().message.contains(QFileInfo(path).fileName()),
                   QStringLiteral("a refusal that does not name the file: %1").arg(result.error().message));
    return true;
}

const CharacteristicMapping* schoolMapping()
{
    static const auto mapping = ColumnMapping::load(QStringLiteral(MK_SOURCE_DIR "/tests/data/bad/mapping_school_percentages.json"));
    if (!mapping)
        std::abort();
    return mapping->firstFor(CharacteristicMapping::Target::Schools);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QString path = MkFuzz::writeInput(QByteArray(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1)), ".csv");
    Diagnostics d;
    using Kind = PlausibleRange::Kind;
    switch (data[0] % 7) {
    case 0: {
        auto r = SchoolLoader::load(path, {}, d);
        if (refusedNamingFile(r, path))
            break;
        for (const School& s : r->schools) {
            expectPlausible(s.pupils, Kind::PupilsPerSchool, QStringLiteral("pupils of %1").arg(s.id));
            expectPlausible(s.capacity ? std::optional<double>(*s.capacity) : std::nullopt, Kind::PupilsPerSchool, QStringLiteral("capacity"));
            expectPlausible(s.schoolweging, Kind::Schoolweging, QStringLiteral("schoolweging"));
            if (s.location)
                MkFuzz::expect(std::isfinite(s.location->x()) && std::isfinite(s.location->y()), QStringLiteral("a school at NaN/inf"));
        }
        break;
    }
    case 1: {
        auto r = PupilCountLoader::load(path, d);
        if (refusedNamingFile(r, path))
            break;
        for (const PupilCount& c : *r)
            expectPlausible(c.estimatedPupils(), Kind::PupilsPerSchool, QStringLiteral("pupils of %1").arg(c.schoolId));
        break;
    }
    case 2: {
        auto r = PupilFlowLoader::load(path, {}, d);
        if (refusedNamingFile(r, path))
            break;
        for (const PupilFlow& f : *r)
            expectPlausible(f.estimatedPupils(), Kind::PupilsPerSchool, QStringLiteral("flow %1 <- %2").arg(f.schoolId, f.homePostcode));
        break;
    }
    case 3: {
        auto r = SchoolwegingLoader::load(path, d);
        if (refusedNamingFile(r, path))
            break;
        for (const SchoolwegingRecord& w : *r) {
            expectPlausible(std::optional<double>(w.schoolweging), Kind::Schoolweging, QStringLiteral("schoolweging of %1").arg(w.ovt));
            expectPlausible(w.spread, Kind::SchoolwegingSpread, QStringLiteral("spread of %1").arg(w.ovt));
            expectPlausible(w.pupils, Kind::PupilsPerSchool, QStringLiteral("pupils of %1").arg(w.ovt));
        }
        break;
    }
    case 4: {
        auto r = PostcodeLoader::load(path, {}, d);
        if (refusedNamingFile(r, path))
            break;
        for (const AreaUnit& u : r->units)
            for (auto it = u.numbers.cbegin(); it != u.numbers.cend(); ++it)
                MkFuzz::expect(!it.value().hasValue() || std::isfinite(it.value().number), QStringLiteral("%1 of %2").arg(it.key(), u.code));
        break;
    }
    case 5: {
        auto r = CompositionLoader::load(path, schoolMapping(), d);
        if (refusedNamingFile(r, path))
            break;
        for (qsizetype u = 0; u < r->unitCount(); ++u)
            for (qsizetype g = 0; g < r->groupCount(); ++g)
                if (r->cell(u, g).hasValue())
                    expectPlausible(r->cell(u, g).number, Kind::InhabitantsPerArea, QStringLiteral("a composition cell"));
        break;
    }
    default: {
        auto r = CsvTable::read(path);
        if (refusedNamingFile(r, path))
            break;
        for (qsizetype row = 0; row < r->rowCount(); ++row)
            for (qsizetype c = 0; c < r->headers().size(); ++c)
                if (auto v = r->value(row, c); v && v->hasValue())
                    MkFuzz::expect(std::isfinite(v->number), QStringLiteral("cell %1,%2").arg(row).arg(c));
        break;
    }
    }
    return 0;
}
