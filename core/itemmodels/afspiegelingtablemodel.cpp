// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/afspiegelingtablemodel.h"

#include "export/exporttable.h"
#include "privacy/smallcellsuppressor.h"

#include "catchment/catchmentanalysis.h"
#include "model/dataset.h"
#include "render/valueformat.h"

#include <QLocale>

#include <cmath>

namespace Mk {

AfspiegelingTableModel::AfspiegelingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AfspiegelingTableModel::setResult(std::shared_ptr<const Dataset> dataset, std::shared_ptr<const CatchmentResult> result)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_result = std::move(result);
    m_group = 0;
    endResetModel();
}

void AfspiegelingTableModel::setGroup(int group)
{
    if (group == m_group)
        return;
    m_group = group;
    emit dataChanged(index(0, SchoolShareColumn), index(rowCount() - 1, GapColumn));
    emit headerDataChanged(Qt::Horizontal, SchoolShareColumn, GapColumn);
}

int AfspiegelingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_result ? 0 : static_cast<int>(m_result->afspiegeling.size());
}

int AfspiegelingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AfspiegelingTableModel::rowOf(const QString& schoolId) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (m_result->afspiegeling[r].schoolId == schoolId)
            return r;
    return -1;
}

QString AfspiegelingTableModel::idAt(int row) const
{
    const AfspiegelingRow* r = rowAt(row);
    return r ? r->schoolId : QString();
}

const AfspiegelingRow* AfspiegelingTableModel::rowAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_result->afspiegeling[row] : nullptr;
}

const School* AfspiegelingTableModel::schoolOf(const AfspiegelingRow& row) const
{
    const qsizetype s = m_dataset ? m_dataset->schoolIndex(row.schoolId) : -1;
    return s >= 0 ? &m_dataset->schools[s] : nullptr;
}

std::optional<PupilSource> AfspiegelingTableModel::pupilSourceOf(const AfspiegelingRow& row) const
{
    if (m_dataset)
        return m_result->pupilSourceOf(row, *m_dataset);
    return row.estimated ? std::optional(PupilSource::PupilFlows) : std::nullopt;
}

QString AfspiegelingTableModel::pupilsText(const AfspiegelingRow& row) const
{
    if (row.pupilsSuppressed)
        return SmallCellSuppressor::create(m_result->options.afspiegeling.privacyThreshold)->suppressedText();
    const auto source = pupilSourceOf(row);
    return source ? Mk::pupilsText(row.pupils, *source) : formatDecimal(row.pupils, 0);
}

QString AfspiegelingTableModel::pupilsToolTip(const AfspiegelingRow& row) const
{
    const auto source = pupilSourceOf(row);
    if (!source)
        return tr("Pupils in the school composition table: the shares rest on them.");
    const School* school = schoolOf(row);
    return school && school->pupilsSource == *source ? school->pupilsExplanation()
                                                     : tr("Source: %1.").arg(pupilSourceText(*source));
}

QVariant AfspiegelingTableModel::data(const QModelIndex& index, int role) const
{
    const AfspiegelingRow* row = rowAt(index.row());
    if (!row)
        return {};
    if (role == IdRole)
        return row->schoolId;
    const AfspiegelingGroup* g = m_group >= 0 && m_group < row->groups.size() ? &row->groups[m_group] : nullptr;
    const bool suppressed = g && g->suppressed;
    const QLocale locale;
    const ValueFormat share = ValueFormat::fraction(1);
    if (role == GapRole)
        return g && !suppressed ? QVariant(g->gapPp) : QVariant();
    if (role == ExportRole) {
        const QVariant withheld = QVariant::fromValue(CellPrivacy::Primary);
        switch (index.column()) {
        case NameColumn: {
            const School* school = schoolOf(*row);
            return school ? school->name : row->schoolId;
        }
        case PupilsColumn:
            return row->pupilsSuppressed ? withheld : QVariant(row->pupils);
        case SchoolShareColumn:
            return !g ? QVariant() : suppressed ? withheld : QVariant(g->schoolShare);
        case CatchmentShareColumn:
            return g ? QVariant(g->catchmentShare) : QVariant();
        case GemeenteShareColumn:
            return g ? QVariant(g->gemeenteShare) : QVariant();
        case GapColumn:
            return !g ? QVariant() : suppressed ? withheld : QVariant(g->gapPp);
        case VerdictColumn:
            return row->shortLabel(m_result->schoolComposition);
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case NameColumn: {
            const School* school = schoolOf(*row);
            return school ? school->name : row->schoolId;
        }
        case PupilsColumn:
            return row->pupils;
        case SchoolShareColumn:
            return g && !suppressed ? QVariant(g->schoolShare) : QVariant();
        case CatchmentShareColumn:
            return g ? QVariant(g->catchmentShare) : QVariant();
        case GemeenteShareColumn:
            return g ? QVariant(g->gemeenteShare) : QVariant();
        case GapColumn:
            return g && !suppressed ? QVariant(g->gapPp) : QVariant();
        case VerdictColumn:
            return row->shortLabel(m_result->schoolComposition);
        case SesColumn: {
            const SesComparison* ses = m_result->sesOf(*row);
            return ses && ses->hasVerdict() ? QVariant(ses->gap) : QVariant();
        }
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == NameColumn || index.column() == VerdictColumn || index.column() == SesColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == NameColumn) {
            const School* school = schoolOf(*row);
            return school ? school->name : row->schoolId;
        }
        if (index.column() == PupilsColumn)
            return pupilsToolTip(*row);
        if (index.column() == SchoolShareColumn && row->estimated)
            return tr("Estimate: the mix of the areas this school's pupils come from, scaled to its pupil count. "
                      "No per-school table was loaded.");
        if (index.column() == GapColumn)
            return tr("School share minus catchment share, in percentage points. The interval (95 %) reflects chance "
                      "in who enrols at a school of this size.");
        if (index.column() == VerdictColumn)
            return m_result->compositionIsEstimate()
                ? tr("%1. An estimate from where the pupils live: it cannot see sorting within a postcode, so it "
                     "cannot show that a school differs from its own neighbourhood; see the SES column.")
                      .arg(row->label(m_result->schoolComposition))
                : row->label(m_result->schoolComposition);
        if (index.column() == SesColumn) {
            const SesComparison* ses = m_result->sesOf(*row);
            if (!ses)
                return {};
            if (!ses->schoolweging || !ses->expected)
                return ses->label();
            //: tooltip of the SES column: schoolweging, its prediction from the home postcodes with the interval, the verdict
            return tr("Schoolweging %1; expected from the pupils' home postcodes %2 [%3; %4]. %5")
                .arg(formatDecimal(*ses->schoolweging, 1, locale), formatDecimal(ses->expected->mean, 1, locale),
                     formatDecimal(ses->expected->low, 1, locale), formatDecimal(ses->expected->high, 1, locale), ses->label());
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: {
        const School* school = schoolOf(*row);
        return school ? school->name : row->schoolId;
    }
    case PupilsColumn:
        return pupilsText(*row);
    case SchoolShareColumn:
        if (!g)
            return ValueFormat::missingText();
        if (suppressed)
            return ValueFormat::suppressedText();
        // An estimated composition is one for every school: the column header says "(estimate)" once.
        return share.toString(g->schoolShare);
    case CatchmentShareColumn:
        return g ? share.toString(g->catchmentShare) : ValueFormat::missingText();
    case GemeenteShareColumn:
        return g ? share.toString(g->gemeenteShare) : ValueFormat::missingText();
    case GapColumn:
        if (!g)
            return ValueFormat::missingText();
        if (suppressed)
            return ValueFormat::suppressedText();
        //: gap in percentage points with its interval, e.g. "+12,3 [8,1; 16,4]"
        return tr("%1 [%2; %3]")
            .arg(QString(g->gapPp >= 0 ? locale.positiveSign() : QString()) + formatDecimal(g->gapPp, 1, locale),
                 formatDecimal(g->gapLowPp, 1, locale), formatDecimal(g->gapHighPp, 1, locale));
    case VerdictColumn:
        return row->shortLabel(m_result->schoolComposition);
    case SesColumn: {
        const SesComparison* ses = m_result->sesOf(*row);
        return ses ? ses->shortLabel() : ValueFormat::missingText();
    }
    default:
        return {};
    }
}

QVariant AfspiegelingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const QString group = m_result && m_group >= 0 && m_group < m_result->catchmentComposition.groupCount()
        ? m_result->catchmentComposition.groupLabel(m_group)
        : QString();
    if (role == Qt::ToolTipRole && section == SesColumn)
        return tr("SES afspiegeling: the Inspectie schoolweging against the schoolweging the pupils' own home postcodes "
                  "predict (CBS figures and SES-WOA, a model fitted on every school of the country). + means more "
                  "disadvantaged pupils than their neighbourhoods.");
    if (role == Qt::ToolTipRole && section == GapColumn)
        return tr("Afspiegeling gap: how many percentage points the school's share of %1 lies above (+) or below (−) "
                  "that of its own catchment area.").arg(group);
    if (role == ExportRole)
        return section == PupilsColumn; // a count of children: withheld below the privacy threshold on export
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("School");
    case PupilsColumn:
        return tr("Pupils");
    case SchoolShareColumn:
        //: column header over school shares that are a model estimate, e.g. "School: Europe (estimate)"
        return m_result && m_result->schoolComposition.estimated ? tr("School: %1 (estimate)").arg(group) : tr("School: %1").arg(group);
    case CatchmentShareColumn:
        //: catchment = voedingsgebied
        return tr("Catchment");
    case GemeenteShareColumn:
        return tr("Gemeente");
    case GapColumn:
        return tr("Gap (points)");
    case VerdictColumn:
        return m_result && m_result->schoolComposition.estimated ? tr("Verdict (estimate)") : tr("Verdict");
    case SesColumn:
        //: column header: the schoolweging against what the pupils' neighbourhoods predict
        return tr("SES vs neighbourhoods");
    default:
        return {};
    }
}

} // namespace Mk
