// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catchment/catchmentanalysis.h"
#include "goals/leagoal.h"
#include "privacy/smallcellsuppressor.h"
#include "scenario/scenario.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Mk {

struct VoAnalysis;

/** Stable keys of the briefing's sections (for --sections, settings and the section list), in document order. */
namespace BriefingSection {
inline const QString kTitle = QStringLiteral("title");
inline const QString kKeyFigures = QStringLiteral("key_figures");
inline const QString kMap = QStringLiteral("map");
inline const QString kSchools = QStringLiteral("schools");
inline const QString kCharts = QStringLiteral("charts");
inline const QString kGoals = QStringLiteral("goals");
/** Secondary schools (vo) of the gemeente or region; nothing without vo data (BriefingSpec::vo). */
inline const QString kVo = QStringLiteral("vo");
/** One part per scenario of BriefingSpec::scenarios; nothing without them. */
inline const QString kScenarios = QStringLiteral("scenarios");
inline const QString kMethods = QStringLiteral("methods");
/** Every standard section, in document order. */
inline QStringList all()
{
    return {kTitle, kKeyFigures, kMap, kSchools, kCharts, kGoals, kVo, kScenarios, kMethods};
}
} // namespace BriefingSection

/**
 * What to put in an LEA briefing. A value: the GUI dialog and the CLI fill one, BriefingBuilder turns it
 * with a Dataset into BriefingContent.
 */
struct BriefingSpec {
    QString language = QStringLiteral("nl"); ///< of the document, independent of the UI: "nl" or "en"
    QStringList sections = BriefingSection::all();
    /** No figure resting on fewer children is printed (at least 1; BriefingBuilder refuses less). */
    double privacyThreshold = SmallCellSuppressor::kDefaultThreshold;
    /** Method and thresholds of the catchments; its characteristic and privacy threshold are set from this spec. */
    CatchmentOptions catchments;
    QString characteristic; ///< which group table (GroupTable::characteristic); empty = the first
    QString focusGroup;     ///< the group of the two-group figures and the gap column; empty = chosen from the data
    QList<LeaGoal> goals;
    /** What-if scenarios to run on the data, one briefing part each (when the scenarios section is chosen). */
    QList<Scenario> scenarios;
    /** Secondary schools loaded next to the data (issue 16): the vo section; null leaves it out. */
    std::shared_ptr<const VoAnalysis> vo;
    QDate date = QDate::currentDate();
    int replicates = 500;    ///< bootstrap and random-allocation replicates of the key figures (and the split)
    quint64 seed = 20241001; ///< same seed, same intervals: GUI and CLI print the same document

    bool hasSection(const QString& key) const { return sections.contains(key); }
};

} // namespace Mk
