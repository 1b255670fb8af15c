// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "i18n/textlanguage.h"
#include "index/indexcatalogue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Mk {

/** The guide's anchors that F1 opens for a panel; the guide has each of them in both languages (tst_userguide). */
namespace GuideAnchor {
inline constexpr const char* Start = "start";
inline constexpr const char* Map = "map";
inline constexpr const char* Layers = "layers";
inline constexpr const char* Legend = "legend";
inline constexpr const char* Filter = "filter";
inline constexpr const char* Identify = "identify";
inline constexpr const char* Table = "table";
inline constexpr const char* Indices = "indices";
inline constexpr const char* Afspiegeling = "afspiegeling";
inline constexpr const char* Scenario = "scenario";
inline constexpr const char* ScenarioResults = "scenario-results";
inline constexpr const char* Briefing = "briefing";
inline constexpr const char* Vo = "vo";
inline constexpr const char* Undo = "undo";
inline constexpr const char* Privacy = "privacy";
inline constexpr const char* Shortcuts = "shortcuts";
} // namespace GuideAnchor

/** One row of the guide's shortcut list: what an action is called and its keys, as the menus show them. */
struct GuideShortcut {
    QString action;
    QStringList keys;
};

/**
 * The user guide: resources/help/<nl|en>/guide.html, completed with what only the code knows so that the
 * two cannot drift apart: each index's name, plain-words description and source from the IndexCatalogue,
 * the keyboard shortcuts of the actual actions, and the default thresholds.
 */
class UserGuide
{
public:
    /** Every anchor in GuideAnchor. */
    static QStringList panelAnchors();
    /** Rich text for a tooltip on an index's name wherever it is shown: the catalogue's name, description and source. */
    static QString indexToolTip(IndexId id, const TextLanguage& language = TextLanguage::application());
    /** The anchor of an index's section, e.g. "index-two-group-dissimilarity". */
    static QString indexAnchor(IndexId id);
    /** The guide in `language` ("nl" or "en"; any other code gives English), with `shortcuts` listed in the table. */
    static Result<QString> html(const TextLanguage& language, const QList<GuideShortcut>& shortcuts);
    /** The anchors (<a name="...">) in a guide's HTML, in order. */
    static QStringList anchors(const QString& html);
    /** The shortcut rows in a guide's HTML, as listed (the keys of each row). */
    static QList<QStringList> listedShortcuts(const QString& html);
};

} // namespace Mk
