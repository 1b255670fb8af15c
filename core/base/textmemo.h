// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <type_traits>
#include <utility>

namespace Mk {

/**
 * A function of a text, computed once per distinct text. The loaders call such functions (normalising a gemeente
 * code, classifying a school type) for every row of national files in which a few hundred values repeat.
 */
template<typename Function>
class TextMemo
{
public:
    using Value = std::decay_t<std::invoke_result_t<Function, const QString&>>;

    explicit TextMemo(Function function) : m_function(std::move(function)) {}

    const Value& operator()(const QString& text)
    {
        auto it = m_values.constFind(text);
        if (it == m_values.cend())
            it = m_values.insert(text, m_function(text));
        return *it;
    }

private:
    Function m_function;
    QHash<QString, Value> m_values;
};

} // namespace Mk
