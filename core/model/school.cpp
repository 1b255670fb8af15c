// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/school.h"

#include "model/attributevalue.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Mk {

QList<School> regularPrimarySchools(const QList<School>& all, QStringList* leftOut)
{
    const bool anyPrimary = std::any_of(all.cbegin(), all.cend(), [](const School& s) { return s.sector == SchoolSector::Primary; });
    if (!anyPrimary)
        return all;
    QList<School> out;
    for (const School& s : all) {
        if (s.sector == SchoolSector::Primary || s.sector == SchoolSector::Unknown)
            out.append(s);
        else if (leftOut)
            leftOut->append(s.id + QLatin1Char(' ') + s.name);
    }
    return out;
}

QString pupilSourceKey(PupilSource source)
{
    switch (source) {
    case PupilSource::SchoolFile: return QStringLiteral("school_file");
    case PupilSource::PupilCountFile: return QStringLiteral("pupils_file");
    case PupilSource::PupilFlows: return QStringLiteral("estimate_from_pupil_flows");
    case PupilSource::None: break;
    }
    return QStringLiteral("none");
}

QString pupilSourceText(PupilSource source)
{
    switch (source) {
    case PupilSource::SchoolFile:
        return QCoreApplication::translate("Mk::School", "the pupils column of the school file");
    case PupilSource::PupilCountFile:
        return QCoreApplication::translate("Mk::School", "DUO pupils per vestiging (all ages, soort po and clusters)");
    case PupilSource::PupilFlows:
        return QCoreApplication::translate("Mk::School", "estimate: the school's total in DUO pupils by home postcode");
    case PupilSource::None:
        break;
    }
    return QCoreApplication::translate("Mk::School", "no pupil count");
}

QString pupilsText(double pupils, PupilSource source)
{
    const QString number = QLocale().toString(pupils, 'f', 0);
    //: a pupil count that is an estimate, e.g. "40 (estimate)"
    return source == PupilSource::PupilFlows ? QCoreApplication::translate("Mk::School", "%1 (estimate)").arg(number) : number;
}

QString School::pupilsText() const
{
    return pupils ? Mk::pupilsText(*pupils, pupilsSource) : QString();
}

QString School::pupilsExplanation() const
{
    if (!pupils)
        return {};
    QString text = QCoreApplication::translate("Mk::School", "Source: %1.").arg(pupilSourceText(pupilsSource));
    if (pupilsSuppressedCells > 0) {
        // A "<5" cell holds 1 to 4 pupils: the central 2.5 is off by at most 1.5 per cell.
        const double spread = (4.0 - AttributeValue::kSuppressedCountEstimate) * pupilsSuppressedCells;
        const QLocale locale;
        text += QLatin1Char(' ')
                + QCoreApplication::translate("Mk::School", "%n count(s) were \"<5\" (1 to 4 pupils) and count as 2.5 each: the true number "
                                                            "lies between %1 and %2.", nullptr, pupilsSuppressedCells)
                      .arg(locale.toString(*pupils - spread, 'f', 0), locale.toString(*pupils + spread, 'f', 0));
    }
    return text;
}

} // namespace Mk
