// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/scenario: reading JSON objects whose every key must be known, with messages that name the
// file and key and say what to write instead.

#include "base/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPointF>
#include <QStringList>

#include <cmath>

namespace Mk::detail {

/** One JSON object being read: typed getters that fail with "<where>, key "k": what to write", and a final unknown-key check. */
class StrictJsonObject
{
    Q_DECLARE_TR_FUNCTIONS(Mk::Scenario)
public:
    StrictJsonObject(const QJsonObject& json, QString where) : m_json(json), m_where(std::move(where)) {}

    const QString& where() const { return m_where; }
    bool has(const QString& key) const { return m_json.contains(key); }
    QJsonValue value(const QString& key) { m_known << key; return m_json.value(key); }

    Result<QString> text(const QString& key, bool required, const QString& fallback = {})
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return missing(key, tr("a text"));
            return fallback;
        }
        if (!v.isString())
            return wrong(key, tr("a text in quotes"));
        return v.toString();
    }
    /** A number in [low, high]; absent gives `fallback` unless required. */
    Result<double> number(const QString& key, bool required, double fallback, double low, double high)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return missing(key, tr("a number"));
            return fallback;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || !(d >= low && d <= high))
            return wrong(key, tr("a number from %1 to %2").arg(QLocale::c().toString(low), QLocale::c().toString(high)));
        return d;
    }
    Result<int> integer(const QString& key, bool required, int fallback, int low, int high)
    {
        auto d = number(key, required, fallback, low, high);
        if (!d)
            return d.error();
        if (*d != std::floor(*d))
            return wrong(key, tr("a whole number from %1 to %2").arg(low).arg(high));
        return static_cast<int>(*d);
    }
    Result<bool> boolean(const QString& key, bool fallback)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            return wrong(key, tr("true or false"));
        return v.toBool();
    }
    Result<QStringList> texts(const QString& key, bool required)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return missing(key, tr("a list of texts"));
            return QStringList();
        }
        QStringList out;
        if (!v.isArray())
            return wrong(key, tr("a list of texts, e.g. [\"04QC00\", \"06GW00\"]"));
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString())
                return wrong(key, tr("a list of texts, e.g. [\"04QC00\", \"06GW00\"]"));
            out << item.toString();
        }
        return out;
    }
    /** Fails naming the first key that no getter asked for. */
    Result<void> rejectUnknown(const QString& allowedList) const
    {
        for (auto it = m_json.begin(); it != m_json.end(); ++it)
            if (!m_known.contains(it.key()))
                return fail(ErrorCode::InvalidValue, tr("%1: unknown key \"%2\". Allowed here: %3. Check the spelling.")
                                                         .arg(m_where, it.key(), allowedList));
        return {};
    }
    Error missing(const QString& key, const QString& what) const
    {
        return fail(ErrorCode::FieldMissing, tr("%1: the key \"%2\" is missing; write %3.").arg(m_where, key, what));
    }
    Error wrong(const QString& key, const QString& what) const
    {
        return fail(ErrorCode::InvalidValue, tr("%1, key \"%2\": %3 is not valid here; write %4.")
                                                 .arg(m_where, key, shown(m_json.value(key)), what));
    }

private:
    static QString shown(const QJsonValue& v)
    {
        if (v.isString())
            return QLatin1Char('"') + v.toString().left(60) + QLatin1Char('"');
        if (v.isDouble())
            return QLocale::c().toString(v.toDouble());
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (v.isArray())
            return tr("a list");
        if (v.isObject())
            return tr("an object");
        return tr("nothing");
    }
    QJsonObject m_json;
    QString m_where;
    QStringList m_known;
};

} // namespace Mk::detail
