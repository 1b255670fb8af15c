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
        m_items.append(Diagnostic{severity, message, subject});
    }
    void append(const Diagnostics& other) { m_items.append(other.m_items); }

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
