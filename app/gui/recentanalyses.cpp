// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/recentanalyses.h"

#include "io/sourceschema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace Mk {

namespace {

const QString kKey = QStringLiteral("recent-analyses");

} // namespace

QList<RecentAnalyses::Entry> RecentAnalyses::entries()
{
    QList<Entry> out;
    const QStringList stored = QSettings().value(kKey).toStringList();
    for (const QString& s : stored) {
        const QJsonObject o = QJsonDocument::fromJson(s.toUtf8()).object();
        Entry e;
        e.name = o.value(QStringLiteral("name")).toString();
        for (const LoadRequestSlot& s : SourceSchema::loadRequestSlots())
            e.request.*(s.member) = o.value(QLatin1String(s.key)).toString();
        if (!e.name.isEmpty() && !e.request.areasFile.isEmpty())
            out.append(e);
    }
    return out;
}

void RecentAnalyses::add(const QString& name, const LoadRequest& request)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    for (const LoadRequestSlot& s : SourceSchema::loadRequestSlots())
        if (!(request.*(s.member)).isEmpty())
            o.insert(QLatin1String(s.key), request.*(s.member));
    QStringList list{QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))};
    for (const QString& s : QSettings().value(kKey).toStringList())
        if (QJsonDocument::fromJson(s.toUtf8()).object().value(QStringLiteral("name")).toString() != name && list.size() < kMaximum)
            list.append(s);
    QSettings().setValue(kKey, list);
}

} // namespace Mk
