// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cmath>

namespace Mk {

/**
 * A numeric cell that knows why it may have no number: CBS sentinels (-99999999, -99995, ...)
 * become Missing, DUO's "<5" becomes Suppressed (a count of 1-4). Neither is ever a number.
 */
struct AttributeValue {
    enum class State : quint8 { Value, Missing, Suppressed };

    /** The central value of a suppressed DUO count ("<5" = 1-4 pupils) where a total needs one. */
    static constexpr double kSuppressedCountEstimate = 2.5;

    State state = State::Missing;
    double number = 0.0;

    static AttributeValue of(double v) { return {State::Value, v}; }
    static AttributeValue missing() { return {State::Missing, 0.0}; }
    static AttributeValue suppressed() { return {State::Suppressed, 0.0}; }

    bool hasValue() const { return state == State::Value; }
    bool isMissing() const { return state == State::Missing; }
    bool isSuppressed() const { return state == State::Suppressed; }
    /** The number, or NaN when there is none. */
    double valueOr(double fallback = std::nan("")) const { return hasValue() ? number : fallback; }
};

} // namespace Mk
