// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/userguide.h"

#include "catchment/afspiegeling.h"
#include "privacy/smallcellsuppressor.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace Mk {

namespace {

QString scopeName(IndexScope scope)
{
    return scope == IndexScope::TwoGroup ? QStringLiteral("two-group") : QStringLiteral("multigroup");
}

QString indexSections(IndexScope scope, const TextLanguage& language)
{
    QString out;
    for (const IndexDefinition& d : IndexCatalogue::all()) {
        if (d.scope != scope)
            continue;
        out += QStringLiteral("<h4><a name=\"%1\"></a>%2</h4>\n<p>%3</p>\n<p class=\"source\"><i>%4</i></p>\n")
                   .arg(UserGuide::indexAnchor(d.id), IndexCatalogue::label(d.id, language).toHtmlEscaped(),
                        IndexCatalogue::description(d.id, language).toHtmlEscaped(), IndexCatalogue::citation(d.id).toHtmlEscaped());
    }
    return out;
}

QString shortcutRows(const QList<GuideShortcut>& shortcuts)
{
    QString out;
    for (const GuideShortcut& s : shortcuts) {
        QStringList keys;
        for (const QString& k : s.keys)
            keys.append(QStringLiteral("<kbd>%1</kbd>").arg(k.toHtmlEscaped()));
        out += QStringLiteral("<tr class=\"shortcut\"><td>%1</td><td>%2</td></tr>\n")
                   .arg(keys.join(QStringLiteral(" · ")), s.action.toHtmlEscaped());
    }
    return out;
}

} // namespace

QStringList UserGuide::panelAnchors()
{
    QStringList out;
    for (const char* anchor : {GuideAnchor::Start, GuideAnchor::Map, GuideAnchor::Layers, GuideAnchor::Legend, GuideAnchor::Filter,
                               GuideAnchor::Identify, GuideAnchor::Table, GuideAnchor::Indices, GuideAnchor::Afspiegeling,
                               GuideAnchor::Scenario, GuideAnchor::ScenarioResults, GuideAnchor::Briefing, GuideAnchor::Vo,
                               GuideAnchor::Undo, GuideAnchor::Privacy, GuideAnchor::Shortcuts})
        out.append(QLatin1String(anchor));
    return out;
}

QString UserGuide::indexToolTip(IndexId id, const TextLanguage& language)
{
    return QStringLiteral("<p><b>%1</b></p><p>%2</p><p><i>%3</i></p>")
        .arg(IndexCatalogue::label(id, language).toHtmlEscaped(), IndexCatalogue::description(id, language).toHtmlEscaped(),
             IndexCatalogue::citation(id).toHtmlEscaped());
}

QString UserGuide::indexAnchor(IndexId id)
{
    const IndexDefinition& d = IndexCatalogue::definition(id);
    // "atkinson_0.5": a dot would do in an anchor, but "index-two-group-atkinson_0-5" reads as one word.
    return QStringLiteral("index-%1-%2").arg(scopeName(d.scope), QString::fromLatin1(d.key).replace(QLatin1Char('.'), QLatin1Char('-')));
}

Result<QString> UserGuide::html(const TextLanguage& language, const QList<GuideShortcut>& shortcuts)
{
    const QString code = language.code() == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en");
    QFile file(QStringLiteral(":/help/%1/guide.html").arg(code));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileNotFound, QCoreApplication::translate("Mk::UserGuide", "The user guide %1 is missing from the program: reinstall Mengkaart.").arg(file.fileName()));
    QString html = QString::fromUtf8(file.readAll());
    const QLocale locale = language.locale();
    const AfspiegelingOptions afspiegeling;
    html.replace(QLatin1String("<!--mk:indices two-group-->"), indexSections(IndexScope::TwoGroup, language));
    html.replace(QLatin1String("<!--mk:indices multigroup-->"), indexSections(IndexScope::Multigroup, language));
    html.replace(QLatin1String("<!--mk:shortcuts-->"), shortcutRows(shortcuts));
    html.replace(QLatin1String("{{privacy-threshold}}"), locale.toString(SmallCellSuppressor::kDefaultThreshold, 'f', 0));
    html.replace(QLatin1String("{{afspiegeling-pp}}"), locale.toString(afspiegeling.thresholdPp, 'f', 0));
    html.replace(QLatin1String("{{afspiegeling-min-pupils}}"), locale.toString(afspiegeling.minPupils, 'f', 0));
    return html;
}

QStringList UserGuide::anchors(const QString& html)
{
    static const QRegularExpression anchor(QStringLiteral("<a name=\"([^\"]+)\""));
    QStringList out;
    for (const QRegularExpressionMatch& m : anchor.globalMatch(html))
        out.append(m.captured(1));
    return out;
}

QList<QStringList> UserGuide::listedShortcuts(const QString& html)
{
    static const QRegularExpression row(QStringLiteral("<tr class=\"shortcut\"><td>(.*?)</td>"));
    static const QRegularExpression key(QStringLiteral("<kbd>(.*?)</kbd>"));
    QList<QStringList> out;
    for (const QRegularExpressionMatch& r : row.globalMatch(html)) {
        QStringList keys;
        for (const QRegularExpressionMatch& k : key.globalMatch(r.captured(1))) {
            QString text = k.captured(1);
            text.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
            keys.append(text.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&amp;"), QLatin1String("&")));
        }
        out.append(keys);
    }
    return out;
}

} // namespace Mk
