// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/appinit.h"

#include "geo/georuntime.h"
#include "i18n/translationcatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTranslator>

#include <unistd.h>

namespace Mk {

namespace {
QString s_language;
}

void AppInit::setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Mengkaart"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("mengkaart.nl"));
    QCoreApplication::setApplicationName(QStringLiteral("Mengkaart"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MK_VERSION));
}

void AppInit::ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/mengkaart-runtime-") + QString::number(getuid());
    if (QDir().mkpath(dir)) {
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
}

void AppInit::initialise(QCoreApplication& app, const QString& language)
{
    GeoRuntime::init();
    s_language = TranslationCatalog::languages().contains(language) ? language : TranslationCatalog::defaultLanguage();
    // Translators are parented to the application so they live exactly as long as it does.
    if (auto qt = TranslationCatalog::qtTranslator(s_language)) {
        qt->setParent(&app);
        QCoreApplication::installTranslator(qt.release());
    }
    if (auto own = TranslationCatalog::appTranslator(s_language)) {
        own->setParent(&app);
        QCoreApplication::installTranslator(own.release());
    }
    QLocale::setDefault(QLocale(s_language == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
                                s_language == QLatin1String("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom));
}

QString AppInit::currentLanguage()
{
    return s_language;
}

} // namespace Mk
