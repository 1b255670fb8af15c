// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Mk {

/**
 * Every note about the open analysis, one row each: severity, the file (or library) it is about, the
 * row or feature, the column, the message and what to do. Notes arrive in sections (the data set's
 * loaders, the afspiegeling analysis, the secondary schools), each replaced whole when it is computed
 * again. Read-only.
 */
class DiagnosticsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, SourceColumn, LocationColumn, ColumnColumn, MessageColumn, AdviceColumn, ColumnCount };
    /** The Diagnostic::Severity as an int, on every cell (for filtering). */
    enum Role { SeverityRole = Qt::UserRole + 1 };

    explicit DiagnosticsTableModel(QObject* parent = nullptr);

    /** Replaces the notes of section `key` ("data", "afspiegeling", ...); empty `diagnostics` removes it. */
    void setSection(const QString& key, const Diagnostics& diagnostics);
    void clear();

    qsizetype count(Diagnostic::Severity severity) const;
    const Diagnostic& at(int row) const { return m_rows.at(row); }
    /** The rows as tab-separated text with a header line, as a spreadsheet pastes it. */
    QString text(const QList<int>& rows) const;

    static QString severityName(Diagnostic::Severity severity);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuild();
    QString cellText(const Diagnostic& d, int column) const;

    QList<QPair<QString, Diagnostics>> m_sections;
    QList<Diagnostic> m_rows;
};

} // namespace Mk
