// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Mk {

/** The field names of a layer, in column order, with an index by name: one copy per layer that all its units share. */
class FieldNames
{
public:
    FieldNames() = default;
    explicit FieldNames(const QStringList& names)
    {
        for (const QString& name : names)
            add(name);
    }

    /** The position of `name`, or -1. */
    int indexOf(const QString& name) const { return m_index.value(name, -1); }
    /** Adds `name` (not yet present) and returns its position. */
    int add(const QString& name)
    {
        m_index.insert(name, static_cast<int>(m_names.size()));
        m_names.append(name);
        return static_cast<int>(m_names.size()) - 1;
    }
    const QString& at(int i) const { return m_names[i]; }
    int size() const { return static_cast<int>(m_names.size()); }

private:
    QStringList m_names;
    QHash<QString, int> m_index;
};

/**
 * One unit's attribute values by field name, with the map operations the loaders, writers and views use (insert,
 * value, contains, find, iteration in column order). The names live in a FieldNames that every unit of a layer shares,
 * and the values in one array per unit: a national layer of thousands of units with a hundred columns each then holds
 * one name table, not a hash table per unit, which reading and freeing such a layer spent most of their time on.
 * Inserting a name the shared table lacks gives this unit a table of its own (copy on write).
 */
template<typename T>
class FieldValues
{
public:
    FieldValues() = default;
    /** No values yet, over `names` (shared; inserting one of its names needs no look-up beyond its index). */
    explicit FieldValues(std::shared_ptr<const FieldNames> names)
        : m_names(std::move(names)), m_values(m_names ? static_cast<size_t>(m_names->size()) : 0)
    {
    }

    class const_iterator
    {
    public:
        const QString& key() const { return m_map->m_names->at(m_i); }
        const T& value() const { return *m_map->m_values[static_cast<size_t>(m_i)]; }
        const T& operator*() const { return value(); }
        const T* operator->() const { return &value(); }
        const_iterator& operator++()
        {
            m_i = m_map->nextPresent(m_i + 1);
            return *this;
        }
        bool operator==(const const_iterator& other) const { return m_i == other.m_i; }
        bool operator!=(const const_iterator& other) const { return m_i != other.m_i; }

    private:
        friend class FieldValues;
        const_iterator(const FieldValues* map, int i) : m_map(map), m_i(i) {}
        const FieldValues* m_map;
        int m_i;
    };

    const_iterator cbegin() const { return {this, nextPresent(0)}; }
    const_iterator cend() const { return {this, static_cast<int>(m_values.size())}; }
    const_iterator begin() const { return cbegin(); }
    const_iterator end() const { return cend(); }
    const_iterator constEnd() const { return cend(); }
    const_iterator constFind(const QString& key) const
    {
        const int i = m_names ? m_names->indexOf(key) : -1;
        return i >= 0 && static_cast<size_t>(i) < m_values.size() && m_values[static_cast<size_t>(i)] ? const_iterator(this, i) : cend();
    }

    bool contains(const QString& key) const { return constFind(key) != cend(); }
    T value(const QString& key, const T& fallback = T()) const
    {
        const auto it = constFind(key);
        return it != cend() ? it.value() : fallback;
    }
    void insert(const QString& key, T value)
    {
        int i = m_names ? m_names->indexOf(key) : -1;
        if (i < 0) {
            auto own = std::make_shared<FieldNames>(m_names ? *m_names : FieldNames());
            i = own->add(key);
            m_names = std::move(own);
        }
        insertAt(i, std::move(value));
    }
    /** insert() for the field at `index` of the names (as FieldNames::indexOf gives it), without looking the name up. */
    void insertAt(int index, T value)
    {
        if (static_cast<size_t>(index) >= m_values.size())
            m_values.resize(static_cast<size_t>(index) + 1);
        m_values[static_cast<size_t>(index)] = std::move(value);
    }
    void clear() { m_values.clear(); }

    /** The names that have a value, in column order. */
    QStringList keys() const
    {
        QStringList out;
        for (auto it = cbegin(); it != cend(); ++it)
            out.append(it.key());
        return out;
    }
    qsizetype size() const
    {
        qsizetype n = 0;
        for (const std::optional<T>& v : m_values)
            n += v ? 1 : 0;
        return n;
    }
    bool isEmpty() const { return size() == 0; }

    /** The same names with the same values, whatever the order of insertion (as two hashes compare). */
    bool operator==(const FieldValues& other) const
    {
        if (size() != other.size())
            return false;
        for (auto it = cbegin(); it != cend(); ++it)
            if (const auto o = other.constFind(it.key()); o == other.cend() || !(o.value() == it.value()))
                return false;
        return true;
    }

private:
    int nextPresent(int i) const
    {
        while (static_cast<size_t>(i) < m_values.size() && !m_values[static_cast<size_t>(i)])
            ++i;
        return i;
    }

    std::shared_ptr<const FieldNames> m_names;
    std::vector<std::optional<T>> m_values;
};

} // namespace Mk
