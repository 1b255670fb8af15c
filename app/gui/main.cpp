// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"
#include "gui/projectcontroller.h"
#include "shared/appinit.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char** argv)
{
    Mk::AppInit::setApplicationNames();
    QApplication app(argc, argv);
    // Desktops whose theme lacks an icon (or that have none) still get Adwaita's when it is installed.
    QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Mk::Main", "School segregation maps and briefings for Dutch municipalities"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("Mk::Main", "Open the embedded demo gemeente (Baarn)."));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("Mk::Main", "Language of the user interface: nl or en."),
                                  QStringLiteral("language"));
    const QCommandLineOption gemeente(QStringLiteral("gemeente"),
                                      QCoreApplication::translate("Mk::Main", "Open a gemeente of the national data that ship with the program, by name or code."),
                                      QStringLiteral("NAME|CODE"));
    parser.addOptions({demo, gemeente, lang});
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("main", "A Mengkaart project to open (.mengkaart)."),
                                 QStringLiteral("[FILE.mengkaart]"));
    parser.process(app);
    Mk::AppInit::initialise(app, parser.value(lang));

    Mk::MainWindow window;
    if (window.restoreWindowGeometry())
        window.show();
    else
        window.showMaximized(); // a map wants the whole screen on first start
    // A project a crash left behind is offered first; only without one does the command line decide.
    QTimer::singleShot(0, &window, [&window, &parser, &demo, &gemeente] {
        if (window.projects()->offerRecovery())
            return;
        if (!parser.positionalArguments().isEmpty())
            window.openProject(parser.positionalArguments().first());
        else if (parser.isSet(gemeente))
            window.openGemeente(parser.value(gemeente));
        else if (parser.isSet(demo))
            window.openDemo();
    });
    return app.exec();
}
