// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/gemeentedirectory.h"

#include "geo/georuntime.h"
#include "io/arealoader.h"
#include "io/tablereader.h"

#include <algorithm>
#include <vector>

namespace Mk {

namespace {

int levenshtein(const QString& a, const QString& b)
{
    std::vector<int> row(static_cast<size_t>(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[static_cast<size_t>(j)];
            row[static_cast<size_t>(j)] = std::min({up + 1, row[static_cast<size_t>(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row.back();
}

} // namespace

QString GemeenteInfo::displayName() const { return QStringLiteral("%1 (%2)").arg(name, code); }

QString GemeenteDirectory::normalized(const QString& name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D))
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

Result<GemeenteDirectory> GemeenteDirectory::load(const QString& path)
{
    GeoRuntime::init();
    auto t = TableReader::open(path);
    if (!t)
        return t.error();
    const int codeCol = t->column({"code", "gemeentecode", "GM_CODE", "statcode"});
    const int nameCol = t->column({"name", "gemeentenaam", "GM_NAAM", "statnaam"});
    const int provinceCol = t->column({"province", "provincie", "provincienaam"});
    if (codeCol < 0 || nameCol < 0)
        return fail(ErrorCode::FieldMissing, tr("%1 has no gemeente code and name columns (code, name). Its columns are: %2.")
                                                 .arg(t->displayName(), t->columnList()));
    GemeenteDirectory d;
    while (t->next()) {
        GemeenteInfo g{AreaLoader::normalizeGemeenteCode(t->text(codeCol)), t->text(nameCol).trimmed(),
                       provinceCol >= 0 ? t->text(provinceCol).trimmed() : QString()};
        if (!g.code.isEmpty() && !g.name.isEmpty())
            d.m_gemeenten.append(g);
    }
    if (const auto failure = t->failed())
        return *failure;
    return of(std::move(d.m_gemeenten), path.startsWith(QLatin1Char(':')) ? tr("the national data (CBS gemeenten 2022)") : t->displayName());
}

GemeenteDirectory GemeenteDirectory::of(QList<GemeenteInfo> gemeenten, const QString& source)
{
    GemeenteDirectory d;
    d.m_source = source;
    d.m_gemeenten = std::move(gemeenten);
    std::sort(d.m_gemeenten.begin(), d.m_gemeenten.end(),
              [](const GemeenteInfo& a, const GemeenteInfo& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    return d;
}

const Result<GemeenteDirectory>& GemeenteDirectory::embedded()
{
    static const Result<GemeenteDirectory> d = load(QStringLiteral(":/national/cbs_gemeenten_2022.gpkg"));
    return d;
}

QString GemeenteDirectory::embeddedName(const QString& code)
{
    if (code.isEmpty())
        return {};
    const auto& directory = embedded();
    const GemeenteInfo* g = directory ? directory->byCode(AreaLoader::normalizeGemeenteCode(code)) : nullptr;
    return g ? g->name : QString();
}

const GemeenteInfo* GemeenteDirectory::byCode(const QString& code) const
{
    for (const GemeenteInfo& g : m_gemeenten)
        if (g.code == code)
            return &g;
    return nullptr;
}

QList<GemeenteInfo> GemeenteDirectory::nearest(const QString& text, int count) const
{
    const QString key = normalized(text);
    QList<std::pair<int, const GemeenteInfo*>> scored;
    for (const GemeenteInfo& g : m_gemeenten) {
        const QString name = normalized(g.name);
        // A name that starts with the text (Bergen -> Bergen (L), Bergen (NH)) is as near as can be.
        const int score = !key.isEmpty() && name.startsWith(key) ? 0 : levenshtein(key, name);
        scored.append({score, &g});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<GemeenteInfo> out;
    for (qsizetype i = 0; i < scored.size() && i < count; ++i)
        out.append(*scored[i].second);
    return out;
}

Result<GemeenteInfo> GemeenteDirectory::resolve(const QString& text) const
{
    const QString code = AreaLoader::normalizeGemeenteCode(text.trimmed());
    if (!code.isEmpty()) {
        if (const GemeenteInfo* g = byCode(code))
            return *g;
        return fail(ErrorCode::NotFound, tr("There is no gemeente with code %1 in %2. Choose one from the list.").arg(code, m_source));
    }
    const QString key = normalized(text);
    for (const GemeenteInfo& g : m_gemeenten)
        if (normalized(g.name) == key)
            return g;
    QStringList names;
    for (const GemeenteInfo& g : nearest(text, 5))
        names << g.displayName();
    return fail(ErrorCode::NotFound, tr("\"%1\" is not the name of a gemeente in %2. Nearest: %3. Give the name exactly, or the code.")
                                         .arg(text.trimmed(), m_source, names.join(QStringLiteral(", "))));
}

} // namespace Mk
