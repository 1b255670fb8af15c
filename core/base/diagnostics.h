// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Mk {

/** One non-fatal data issue: what happened, about which object, and how serious. */
struct Diagnostic {
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Warning;
    QString message;   ///< translated, names file/row/column and what to do
    QString subjectId; ///< code of the buurt/school concerned, if any
    QString source;    ///< the file it is about ("buurten.gpkg"), or the library that said it ("GDAL", "PROJ", "GEOS")
    QString location;  ///< row or feature, where the loader knows it ("row 12")
    QString column;    ///< the column concerned, where the loader knows it
    QString advice;    ///< what to do, where the loader says it apart from the message
};

/** Non-fatal issues collected next to a loaded value (Tiled's Issue without the singleton). */
class Diagnostics
{
public:
    void info(const QString& message, const QString& subject = {}) { add(Diagnostic::Severity::Info, message, subject); }
    void warning(const QString& message, const QString& subject = {}) { add(Diagnostic::Severity::Warning, message, subject); }
    void error(const QString& message, const QString& subject = {}) { add(Diagnostic::Severity::Error, message, subject); }
    void add(Diagnostic::Severity severity, const QString& message, const QString& subject = {})
    {
        Diagnostic d;
        d.severity = severity;
        d.message = message;
        d.subjectId = subject;
        m_items.append(std::move(d));
    }
    void add(Diagnostic diagnostic) { m_items.append(std::move(diagnostic)); }
    void append(const Diagnostics& other) { m_items.append(other.m_items); }
    /** Names `source` as the file of the items from `first` on that name none (a loader's notes, after it ran). */
    void setSourceFrom(qsizetype first, const QString& source)
    {
        for (qsizetype i = first; i < m_items.size(); ++i)
            if (m_items[i].source.isEmpty())
                m_items[i].source = source;
    }

    const QList<Diagnostic>& items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }
    qsizetype count(Diagnostic::Severity severity) const
    {
        qsizetype n = 0;
        for (const auto& d : m_items)
            n += d.severity == severity ? 1 : 0;
        return n;
    }

private:
    QList<Diagnostic> m_items;
};

} // namespace Mk
