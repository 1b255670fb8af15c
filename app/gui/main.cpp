// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"
#include "shared/appinit.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char** argv)
{
    Mk::AppInit::setApplicationNames();
    QApplication app(argc, argv);
    // Desktops without an icon theme still get the freedesktop icons when Adwaita is installed.
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(QStringLiteral("Adwaita"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "School segregation maps and briefings for Dutch municipalities"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("main", "Open the embedded demo gemeente (Baarn)."));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("main", "Language of the user interface: nl or en."),
                                  QStringLiteral("language"));
    parser.addOptions({demo, lang});
    parser.process(app);
    Mk::AppInit::initialise(app, parser.value(lang));

    Mk::MainWindow window;
    window.show();
    if (parser.isSet(demo))
        window.openDemo();
    return app.exec();
}
