// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/recentanalyses.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace Mk {

namespace {

const QString kKey = QStringLiteral("recent-analyses");

// One table of (JSON key, LoadRequest member) so reading and writing cannot drift apart.
const std::pair<const char*, QString LoadRequest::*> kFields[] = {
    {"areasFile", &LoadRequest::areasFile},
    {"areasLayer", &LoadRequest::areasLayer},
    {"gemeente", &LoadRequest::gemeente},
    {"wijkenFile", &LoadRequest::wijkenFile},
    {"wijkenLayer", &LoadRequest::wijkenLayer},
    {"schoolsFile", &LoadRequest::schoolsFile},
    {"schoolsLayer", &LoadRequest::schoolsLayer},
    {"vveFile", &LoadRequest::vveFile},
    {"pupilsFile", &LoadRequest::pupilsFile},
    {"pupilsByPostcodeFile", &LoadRequest::pupilsByPostcodeFile},
    {"compositionFile", &LoadRequest::compositionFile},
    {"mappingFile", &LoadRequest::mappingFile},
    {"postcodeStatsFile", &LoadRequest::postcodeStatsFile},
    {"postcodeCentroidsFile", &LoadRequest::postcodeCentroidsFile},
    {"schoolwegingFile", &LoadRequest::schoolwegingFile},
};

} // namespace

QList<RecentAnalyses::Entry> RecentAnalyses::entries()
{
    QList<Entry> out;
    const QStringList stored = QSettings().value(kKey).toStringList();
    for (const QString& s : stored) {
        const QJsonObject o = QJsonDocument::fromJson(s.toUtf8()).object();
        Entry e;
        e.name = o.value(QStringLiteral("name")).toString();
        for (const auto& [key, member] : kFields)
            e.request.*member = o.value(QLatin1String(key)).toString();
        if (!e.name.isEmpty() && !e.request.areasFile.isEmpty())
            out.append(e);
    }
    return out;
}

void RecentAnalyses::add(const QString& name, const LoadRequest& request)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    for (const auto& [key, member] : kFields)
        if (!(request.*member).isEmpty())
            o.insert(QLatin1String(key), request.*member);
    QStringList list{QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))};
    for (const QString& s : QSettings().value(kKey).toStringList())
        if (QJsonDocument::fromJson(s.toUtf8()).object().value(QStringLiteral("name")).toString() != name && list.size() < kMaximum)
            list.append(s);
    QSettings().setValue(kKey, list);
}

} // namespace Mk
