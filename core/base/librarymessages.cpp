// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/librarymessages.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>

namespace Mk {

namespace {
thread_local LibraryMessages* t_innermost = nullptr;
} // namespace

struct LibraryMessages::State {
    struct Heard {
        Diagnostic::Severity severity;
        QString library;
        QString message;
        int count = 1;
    };
    QList<Heard> heard;
    int dropped = 0; ///< distinct messages past kMaxDistinct
};

LibraryMessages::LibraryMessages() : m_state(std::make_unique<State>()), m_outer(t_innermost)
{
    t_innermost = this;
}

LibraryMessages::~LibraryMessages()
{
    t_innermost = m_outer;
}

bool LibraryMessages::report(Diagnostic::Severity severity, const QString& library, const QString& message)
{
    LibraryMessages* self = t_innermost;
    if (!self)
        return false;
    const QString text = message.trimmed();
    if (text.isEmpty())
        return true;
    for (State::Heard& h : self->m_state->heard) {
        if (h.library == library && h.message == text) {
            ++h.count;
            h.severity = std::max(h.severity, severity);
            return true;
        }
    }
    if (self->m_state->heard.size() >= kMaxDistinct)
        ++self->m_state->dropped;
    else
        self->m_state->heard.append({severity, library, text});
    return true;
}

Diagnostics LibraryMessages::diagnostics() const
{
    Diagnostics out;
    for (const State::Heard& h : m_state->heard) {
        Diagnostic d;
        d.severity = h.severity;
        d.source = h.library;
        // The library's own words (English, technical); the count says how often, not a row.
        d.message = h.count == 1 ? h.message
                                 : QCoreApplication::translate("Mk::LibraryMessages", "%1 (%n time(s))", nullptr, h.count).arg(h.message);
        d.advice = QCoreApplication::translate("Mk::LibraryMessages",
                                               "A message of the %1 library while reading; if figures look wrong, check the file in a GIS.")
                       .arg(h.library);
        out.add(std::move(d));
    }
    if (m_state->dropped > 0)
        out.info(QCoreApplication::translate("Mk::LibraryMessages", "%n further library message(s) not shown.", nullptr, m_state->dropped));
    return out;
}

} // namespace Mk
