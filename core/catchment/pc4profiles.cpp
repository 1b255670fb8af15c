// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/pc4profiles.h"

#include "io/csvtable.h"

#include <QFileInfo>

#include <cmath>
#include <iterator>
#include <limits>

namespace Mk {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

enum Var {
    OriginDutch,
    OriginNlBornEurope,
    OriginNlBornOutsideEurope,
    OriginAbroadEurope,
    OriginAbroadOutsideEurope,
    OwnerOccupied,
    LogWoz,
    BenefitsShare,
    SingleParent,
    TwoParent,
    SinglePerson,
    SocialRent,
    HouseholdSize,
    Urbanity,
    LogAddressDensity,
    ChildrenShare,
    SesWealth,
    SesWork,
    SesTotal,
    SesSpreadWealth,
    SesSpreadWork,
    SesSpreadTotal,
    VarCount
};

/** The columns of one CSV by name; a missing column is an error naming the file. */
class Columns
{
public:
    explicit Columns(const CsvTable& t) : m_t(t) {}

    Result<qsizetype> index(const char* name) const
    {
        const qsizetype c = m_t.columnIndex(QString::fromLatin1(name));
        if (c < 0)
            return fail(ErrorCode::InvalidValue, Pc4Profiles::tr("%1: the column \"%2\" is missing. Use the CBS file named in "
                                                                 "resources/national/SOURCES.md.")
                                                     .arg(QFileInfo(m_t.path()).fileName(), QString::fromLatin1(name)));
        return c;
    }

    /** The cell as a number; NaN when CBS suppressed it, left it empty or wrote "NA". */
    Result<double> number(qsizetype row, qsizetype column) const
    {
        if (m_t.text(row, column).compare(QLatin1String("NA"), Qt::CaseInsensitive) == 0)
            return kNaN;
        const Result<AttributeValue> v = m_t.value(row, column);
        if (!v)
            return v.error();
        return v->valueOr(kNaN);
    }

private:
    const CsvTable& m_t;
};

double ratio(double part, double whole) { return whole > 0.0 ? part / whole : kNaN; }
double logOf(double v) { return v > 0.0 ? std::log(v) : kNaN; }

/** Mean of a and b, or the one that is known. */
double meanOfKnown(double a, double b)
{
    if (std::isnan(a))
        return b;
    return std::isnan(b) ? a : 0.5 * (a + b);
}

const char* const kOrigin[] = {"p_nl_herkomst", "p_geb_nl_herkomst_europa", "p_geb_nl_herkomst_buiten_europa",
                               "p_geb_buiten_nl_europa", "p_geb_buiten_nl_buiten_europa"};

} // namespace

Pc4ProfileFiles Pc4ProfileFiles::embedded()
{
    const QString dir = QStringLiteral(":/national/");
    return {dir + QStringLiteral("cbs_pc4_kerncijfers_2023_v2.csv"), dir + QStringLiteral("cbs_pc4_kerncijfers_2024_v1.csv"),
            dir + QStringLiteral("cbs_ses_woa_pc4_2021-2022.csv")};
}

const QStringList& Pc4Profiles::variableNames()
{
    static const QStringList names = {
        QStringLiteral("origin_dutch"), QStringLiteral("origin_nl_born_europe"), QStringLiteral("origin_nl_born_outside_europe"),
        QStringLiteral("origin_abroad_europe"), QStringLiteral("origin_abroad_outside_europe"), QStringLiteral("owner_occupied"),
        QStringLiteral("log_woz"), QStringLiteral("benefits_share"), QStringLiteral("single_parent_households"),
        QStringLiteral("two_parent_households"), QStringLiteral("single_person_households"), QStringLiteral("corporation_rent"),
        QStringLiteral("household_size"), QStringLiteral("urbanity"), QStringLiteral("log_address_density"),
        QStringLiteral("children_share"), QStringLiteral("ses_wealth"), QStringLiteral("ses_work"), QStringLiteral("ses_total"),
        QStringLiteral("ses_spread_wealth"), QStringLiteral("ses_spread_work"), QStringLiteral("ses_spread_total")};
    return names;
}

const std::vector<double>* Pc4Profiles::find(const QString& pc4) const
{
    const auto it = m_profiles.constFind(pc4);
    return it == m_profiles.constEnd() ? nullptr : &it.value();
}

const Result<Pc4Profiles>& Pc4Profiles::embedded()
{
    static const Result<Pc4Profiles> profiles = load(Pc4ProfileFiles::embedded());
    return profiles;
}

Result<Pc4Profiles> Pc4Profiles::load(const Pc4ProfileFiles& files)
{
    Pc4Profiles out;
    auto t23 = CsvTable::read(files.kerncijfers2023);
    if (!t23)
        return t23.error();
    {
        const Columns c(*t23);
        const char* const names[] = {"pc4", kOrigin[0], kOrigin[1], kOrigin[2], kOrigin[3], kOrigin[4], "p_koopwoning",
                                     "woz_waarde_x1000", "uitkering_ww_bijstand_ao_onder_aow", "inw_15_25", "inw_25_45",
                                     "inw_45_65", "huishoudens", "hh_eenouder", "hh_tweeouder", "hh_eenpersoons",
                                     "won_huur_corporatie", "woningen", "gem_huishoudgrootte", "inw_0_15", "inwoners"};
        constexpr size_t n = std::size(names);
        qsizetype col[n];
        for (size_t i = 0; i < n; ++i) {
            auto idx = c.index(names[i]);
            if (!idx)
                return idx.error();
            col[i] = *idx;
        }
        for (qsizetype r = 0; r < t23->rowCount(); ++r) {
            double v[n];
            for (size_t i = 1; i < n; ++i) {
                auto x = c.number(r, col[i]);
                if (!x)
                    return x.error();
                v[i] = *x;
            }
            std::vector<double> p(VarCount, kNaN);
            for (int k = 0; k < 5; ++k)
                p[OriginDutch + k] = v[1 + k];
            p[OwnerOccupied] = v[6];
            p[LogWoz] = logOf(v[7]);
            p[BenefitsShare] = ratio(v[8], v[9] + v[10] + v[11]);
            p[SingleParent] = ratio(v[13], v[12]);
            p[TwoParent] = ratio(v[14], v[12]);
            p[SinglePerson] = ratio(v[15], v[12]);
            p[SocialRent] = ratio(v[16], v[17]);
            p[HouseholdSize] = v[18];
            p[ChildrenShare] = ratio(v[19], v[20]);
            out.m_profiles.insert(t23->text(r, col[0]), std::move(p));
        }
    }
    auto t24 = CsvTable::read(files.kerncijfers2024);
    if (!t24)
        return t24.error();
    {
        const Columns c(*t24);
        const char* const names[] = {"pc4", kOrigin[0], kOrigin[1], kOrigin[2], kOrigin[3], kOrigin[4], "p_koopwoning",
                                     "stedelijkheid", "omgevingsadressendichtheid"};
        constexpr size_t n = std::size(names);
        qsizetype col[n];
        for (size_t i = 0; i < n; ++i) {
            auto idx = c.index(names[i]);
            if (!idx)
                return idx.error();
            col[i] = *idx;
        }
        for (qsizetype r = 0; r < t24->rowCount(); ++r) {
            const auto it = out.m_profiles.find(t24->text(r, col[0]));
            if (it == out.m_profiles.end())
                continue; // the 2023 figures are the base; a postcode new in 2024 lacks WOZ and households
            double v[n];
            for (size_t i = 1; i < n; ++i) {
                auto x = c.number(r, col[i]);
                if (!x)
                    return x.error();
                v[i] = *x;
            }
            std::vector<double>& p = it.value();
            for (int k = 0; k < 5; ++k)
                p[OriginDutch + k] = meanOfKnown(p[OriginDutch + k], v[1 + k]);
            p[OwnerOccupied] = meanOfKnown(p[OwnerOccupied], v[6]);
            p[Urbanity] = v[7];
            p[LogAddressDensity] = logOf(v[8]);
        }
    }
    auto ses = CsvTable::read(files.sesWoa);
    if (!ses)
        return ses.error();
    {
        const Columns c(*ses);
        const char* const names[] = {"SES_PC4", "SES_Deelscore_welvaart", "SES_Deelscore_arbeid", "SES_Totaalscore",
                                     "SES_Spreiding_welvaart", "SES_Spreiding_arbeid", "SES_Spreiding_totaalscore"};
        constexpr size_t n = std::size(names);
        qsizetype col[n];
        for (size_t i = 0; i < n; ++i) {
            auto idx = c.index(names[i]);
            if (!idx)
                return idx.error();
            col[i] = *idx;
        }
        // Sum and count per PC4 over the years of the file: the mean of the years that have a score.
        QHash<QString, std::vector<double>> sum;
        QHash<QString, std::vector<int>> count;
        for (qsizetype r = 0; r < ses->rowCount(); ++r) {
            const QString pc4 = ses->text(r, col[0]);
            std::vector<double>& s = sum[pc4];
            std::vector<int>& k = count[pc4];
            s.resize(n - 1, 0.0);
            k.resize(n - 1, 0);
            for (size_t i = 1; i < n; ++i) {
                auto x = c.number(r, col[i]);
                if (!x)
                    return x.error();
                if (!std::isnan(*x)) {
                    s[i - 1] += *x;
                    ++k[i - 1];
                }
            }
        }
        for (auto it = sum.cbegin(); it != sum.cend(); ++it) {
            const auto p = out.m_profiles.find(it.key());
            if (p == out.m_profiles.end())
                continue;
            const std::vector<int>& k = count[it.key()];
            for (size_t i = 0; i + 1 < n; ++i)
                p.value()[SesWealth + i] = k[i] > 0 ? it.value()[i] / k[i] : kNaN;
        }
    }
    return out;
}

} // namespace Mk
