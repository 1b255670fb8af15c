// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/localizedtext.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace Mk {

QString LocalizedText::text(const QString& language, const QString& fallback) const
{
    for (const QString& code : {language, QStringLiteral("en")})
        if (const auto it = m_byLanguage.constFind(code); it != m_byLanguage.constEnd())
            return *it;
    return m_everyLanguage.isEmpty() ? fallback : m_everyLanguage;
}

QJsonValue LocalizedText::toJson() const
{
    if (!m_byLanguage.isEmpty()) {
        QJsonObject o;
        for (auto it = m_byLanguage.cbegin(); it != m_byLanguage.cend(); ++it)
            o.insert(it.key(), *it);
        return o;
    }
    return m_everyLanguage.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_everyLanguage);
}

Result<LocalizedText> LocalizedText::fromJson(const QJsonValue& json, const QString& where, bool allowString)
{
    if (json.isNull() || json.isUndefined())
        return LocalizedText();
    if (json.isString() && allowString) {
        if (json.toString().trimmed().isEmpty())
            return fail(ErrorCode::InvalidValue, tr("%1 is empty. Write the text, or leave the entry out.").arg(where));
        return LocalizedText(json.toString());
    }
    if (!json.isObject())
        return fail(ErrorCode::InvalidValue,
                    allowString ? tr("%1 must be a text or an object of texts by language, such as {\"nl\": \"...\", \"en\": \"...\"}.").arg(where)
                                : tr("%1 must be an object of texts by language, such as {\"nl\": \"...\", \"en\": \"...\"}.").arg(where));
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}$"));
    QMap<QString, QString> texts;
    const QJsonObject o = json.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!languageCode.match(it.key()).hasMatch())
            return fail(ErrorCode::InvalidValue, tr("%1: \"%2\" is not a language code. Use two-letter codes such as \"nl\" and \"en\".")
                                                     .arg(where, it.key()));
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return fail(ErrorCode::InvalidValue, tr("%1, \"%2\": the text must be a non-empty string in quotes.").arg(where, it.key()));
        texts.insert(it.key(), it.value().toString());
    }
    return LocalizedText(std::move(texts));
}

} // namespace Mk
