// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/languagemenu.h"
#include "gui/mainwindow.h"
#include "vo/voanalysis.h"
#include "gui/projectcontroller.h"
#include "shared/appinit.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>
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
    const QCommandLineOption voPupils(QStringLiteral("vo-pupils"), QCoreApplication::translate("Mk::Main", "DUO vo pupils per vestiging by onderwijstype (repeatable)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption voAddresses(QStringLiteral("vo-addresses"), QCoreApplication::translate("Mk::Main", "DUO addresses of all vo vestigingen."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption voGemeente(QStringLiteral("vo-gemeente"), QCoreApplication::translate("Mk::Main", "Gemeente (name or code) of the vo vestigingen (repeatable)."),
                                        QStringLiteral("NAME|CODE"));
    const QCommandLineOption voSchools(QStringLiteral("vo-schools"), QCoreApplication::translate("Mk::Main", "School file with positions to place the vo vestigingen."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption voCentroids(QStringLiteral("vo-postcode-centroids"), QCoreApplication::translate("Mk::Main", "PC4 centroids to place the other vo vestigingen."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption gemeente(QStringLiteral("gemeente"),
                                      QCoreApplication::translate("Mk::Main", "Open a gemeente of the national data that ship with the program, by name or code."),
                                      QStringLiteral("NAME|CODE"));
    const QCommandLineOption quitAfterLoad(
        QStringLiteral("quit-after-load"),
        QCoreApplication::translate("Mk::Main", "Quit as soon as the project, gemeente or demo is on the map (exit status 1 when it fails to open), "
                                                "to check an installation."));
    parser.addOptions({demo, gemeente, lang, voPupils, voAddresses, voGemeente, voSchools, voCentroids, quitAfterLoad});
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("main", "A Mengkaart project to open (.mengkaart)."),
                                 QStringLiteral("[FILE.mengkaart]"));
    parser.process(app);
    // --lang for this run, else the choice in Settings → Taal / Language, else the system's (Dutch when neither).
    Mk::AppInit::initialise(app, parser.isSet(lang) ? parser.value(lang) : Mk::LanguageMenu::savedChoice());

    Mk::MainWindow window;
    if (window.restoreWindowGeometry())
        window.show();
    else
        window.showMaximized(); // a map wants the whole screen on first start
    if (parser.isSet(quitAfterLoad)) {
        // Queued, so the map is laid out and painted once before the event loop ends.
        QObject::connect(&window, &Mk::MainWindow::datasetShown, &app, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        const auto failed = [](const QString& message) {
            QTextStream(stderr) << message << '\n';
            QCoreApplication::exit(1);
        };
        QObject::connect(&window, &Mk::MainWindow::loadFailed, &app, failed);      // data, gemeente, demo
        QObject::connect(window.projects(), &Mk::ProjectController::failed, &app, failed); // a project file
    }
    // A project a crash left behind is offered first; only without one does the command line decide.
    QTimer::singleShot(0, &window, [&] {
        if (window.projects()->offerRecovery())
            return;
        if (!parser.positionalArguments().isEmpty())
            window.openProject(parser.positionalArguments().first());
        else if (parser.isSet(gemeente))
            window.openGemeente(parser.value(gemeente));
        else if (parser.isSet(demo))
            window.openDemo();
        if (parser.isSet(voPupils)) {
            Mk::VoRequest request;
            request.pupilFiles = parser.values(voPupils);
            request.addressFile = parser.value(voAddresses);
            request.locatedSchoolsFile = parser.value(voSchools);
            request.postcodeCentroidsFile = parser.value(voCentroids);
            window.openVo(request, parser.values(voGemeente));
        }
        const bool loads = !parser.positionalArguments().isEmpty() || parser.isSet(gemeente) || parser.isSet(demo);
        if (parser.isSet(quitAfterLoad) && !loads)
            QCoreApplication::exit(0);
    });
    return app.exec();
}
