// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QMap>
#include <QString>

namespace Mk {

/**
 * A text shown to people in their own language, such as the label of a group ("buiten Europa" / "outside
 * Europe"): either one text for every language, or texts by language code ("nl", "en"). Canonical names,
 * which machine-readable output uses as keys, are kept apart from it. Lookup falls back to English,
 * then to the caller's fallback (the canonical name), so a mapping without labels shows its names.
 * JSON: a string (every language) or an object by language, e.g. {"nl": "buiten Europa", "en": "outside Europe"}.
 */
class LocalizedText
{
    Q_DECLARE_TR_FUNCTIONS(Mk::LocalizedText)
public:
    LocalizedText() = default;
    /** One text for every language. */
    explicit LocalizedText(const QString& everyLanguage) : m_everyLanguage(everyLanguage) {}
    /** Texts by language code. */
    explicit LocalizedText(QMap<QString, QString> byLanguage) : m_byLanguage(std::move(byLanguage)) {}

    /** The text in `language` ("nl"), else the English one, else the text for every language, else `fallback`. */
    QString text(const QString& language, const QString& fallback = {}) const;
    bool isEmpty() const { return m_everyLanguage.isEmpty() && m_byLanguage.isEmpty(); }
    /** True when the text depends on the language (texts by language code). */
    bool isByLanguage() const { return !m_byLanguage.isEmpty(); }

    /** Null when empty, a string for every language, else an object by language. */
    QJsonValue toJson() const;
    /**
     * Reads toJson()'s form; `where` names the place for messages (file, characteristic, key). Null or
     * absent is empty. A string is accepted only when `allowString`. Language codes are two or three
     * lower-case letters (ISO 639); texts are non-empty strings.
     */
    static Result<LocalizedText> fromJson(const QJsonValue& json, const QString& where, bool allowString);

    bool operator==(const LocalizedText&) const = default;

private:
    QString m_everyLanguage;
    QMap<QString, QString> m_byLanguage;
};

} // namespace Mk
