// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/diagnosticstablemodel.h"

#include <QCoreApplication>

namespace Mk {

DiagnosticsTableModel::DiagnosticsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DiagnosticsTableModel::setSection(const QString& key, const Diagnostics& diagnostics)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_sections.size(); ++i)
        if (m_sections[i].first == key)
            at = i;
    if (at < 0 && diagnostics.isEmpty())
        return;
    if (at < 0)
        m_sections.append({key, diagnostics});
    else if (diagnostics.isEmpty())
        m_sections.removeAt(at);
    else
        m_sections[at].second = diagnostics;
    rebuild();
}

void DiagnosticsTableModel::clear()
{
    m_sections.clear();
    rebuild();
}

void DiagnosticsTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (const auto& section : std::as_const(m_sections))
        m_rows.append(section.second.items());
    endResetModel();
}

qsizetype DiagnosticsTableModel::count(Diagnostic::Severity severity) const
{
    qsizetype n = 0;
    for (const Diagnostic& d : m_rows)
        n += d.severity == severity ? 1 : 0;
    return n;
}

QString DiagnosticsTableModel::severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Info:
        return QCoreApplication::translate("Mk::DiagnosticsTableModel", "Note");
    case Diagnostic::Severity::Warning:
        return QCoreApplication::translate("Mk::DiagnosticsTableModel", "Warning");
    case Diagnostic::Severity::Error:
        return QCoreApplication::translate("Mk::DiagnosticsTableModel", "Error");
    }
    return {};
}

QString DiagnosticsTableModel::cellText(const Diagnostic& d, int column) const
{
    switch (column) {
    case SeverityColumn:
        return severityName(d.severity);
    case SourceColumn:
        return d.source;
    case LocationColumn:
        return d.location.isEmpty() ? d.subjectId : d.location;
    case ColumnColumn:
        return d.column;
    case MessageColumn:
        return d.message;
    case AdviceColumn:
        return d.advice;
    default:
        return {};
    }
}

QString DiagnosticsTableModel::text(const QList<int>& rows) const
{
    const auto clean = [](QString s) { return s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')); };
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header.append(headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    lines.append(header.join(QLatin1Char('\t')));
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells.append(clean(cellText(m_rows[row], c)));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int DiagnosticsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DiagnosticsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic& d = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(d, index.column());
    case Qt::ToolTipRole:
        return index.column() == MessageColumn || index.column() == AdviceColumn ? cellText(d, index.column()) : QVariant();
    case SeverityRole:
        return static_cast<int>(d.severity);
    default:
        return {};
    }
}

QVariant DiagnosticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return QCoreApplication::translate("Mk::DiagnosticsTableModel", "Severity");
    case SourceColumn:
        return QCoreApplication::translate("Mk::DiagnosticsTableModel", "File");
    case LocationColumn:
        return QCoreApplication::translate("Mk::DiagnosticsTableModel", "Row or feature");
    case ColumnColumn:
        return QCoreApplication::translate("Mk::DiagnosticsTableModel", "Column");
    case MessageColumn:
        return QCoreApplication::translate("Mk::DiagnosticsTableModel", "Message");
    case AdviceColumn:
        return QCoreApplication::translate("Mk::DiagnosticsTableModel", "What to do");
    default:
        return {};
    }
}

} // namespace Mk
