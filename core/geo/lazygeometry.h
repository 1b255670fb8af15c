// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/geometry.h"

#include <functional>
#include <memory>
#include <mutex>

namespace Mk {

/**
 * A shared, immutable geometry that is either there or made on first use, once, by whichever thread asks first (the
 * others wait for it). A national data set's outline is the union of 3,340 wijken, which takes longer than reading
 * them; most work on such a set (indices, a batch, a summary) never draws or clips with it, so it is merged only when
 * something does. Reads like the std::shared_ptr<const Geometry> it replaces; copies share the one result.
 */
class LazyGeometry
{
public:
    LazyGeometry() = default;
    /** A geometry that is already there (or none, for nullptr). */
    LazyGeometry(std::shared_ptr<const Geometry> ready) : m_state(std::make_shared<State>()) // NOLINT: reads as the shared_ptr
    {
        m_state->value = std::move(ready);
        m_state->made = true;
    }
    /**
     * A geometry that `make` computes when it is first asked for. `make` runs once, on the asking thread, and must own
     * what it reads (it may run on any thread, while others read the data it came from).
     */
    static LazyGeometry onFirstUse(std::function<Geometry()> make)
    {
        LazyGeometry g;
        g.m_state = std::make_shared<State>();
        g.m_state->make = std::move(make);
        return g;
    }

    /** The geometry (made now if it is not yet), or null. */
    const Geometry* get() const { return shared().get(); }
    std::shared_ptr<const Geometry> shared() const
    {
        if (!m_state)
            return nullptr;
        std::call_once(m_state->once, [state = m_state.get()] {
            if (!state->made) {
                Geometry g = state->make();
                state->value = g.isNull() ? nullptr : std::make_shared<const Geometry>(std::move(g));
                state->make = nullptr;
            }
        });
        return m_state->value;
    }
    /** Whether there is a geometry (made now if it is not yet). */
    explicit operator bool() const { return get() != nullptr; }
    const Geometry* operator->() const { return get(); }
    const Geometry& operator*() const { return *get(); }

private:
    struct State {
        std::once_flag once;
        bool made = false;
        std::function<Geometry()> make;
        std::shared_ptr<const Geometry> value;
    };
    std::shared_ptr<State> m_state;
};

} // namespace Mk
