// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"
#include "shared/appinit.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv)
{
    Mk::AppInit::setApplicationNames();
    QApplication app(argc, argv);

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
    return app.exec();
}
