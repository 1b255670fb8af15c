// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "cli/clicommands.h"

#include "io/fileinspector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace Mk::Cli {

namespace {

QJsonObject toJson(const FileInfo& info)
{
    QJsonArray layers;
    for (const LayerInfo& l : info.layers) {
        QJsonArray fields;
        for (const FieldInfo& f : l.fields) {
            QJsonObject sentinels;
            for (auto it = f.sentinels.cbegin(); it != f.sentinels.cend(); ++it)
                sentinels.insert(QString::number(it.key()), it.value());
            fields.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("type"), f.type},
                                      {QStringLiteral("valid"), f.valid}, {QStringLiteral("empty"), f.empty},
                                      {QStringLiteral("suppressed"), f.suppressed}, {QStringLiteral("sentinels"), sentinels}});
        }
        layers.append(QJsonObject{{QStringLiteral("name"), l.name}, {QStringLiteral("geometryType"), l.geometryType},
                                  {QStringLiteral("crs"), l.crsName}, {QStringLiteral("crsAuthority"), l.crsAuthority},
                                  {QStringLiteral("featureCount"), l.featureCount}, {QStringLiteral("fields"), fields}});
    }
    QJsonObject json{{QStringLiteral("path"), info.path}, {QStringLiteral("driver"), info.driver}, {QStringLiteral("layers"), layers}};
    if (!info.encoding.isEmpty())
        json.insert(QStringLiteral("encoding"), info.encoding);
    return json;
}

void printText(QTextStream& out, const FileInfo& info)
{
    const QLocale locale;
    out << info.path << " (" << info.driver;
    if (!info.encoding.isEmpty())
        out << ", " << info.encoding;
    out << ")\n";
    for (const LayerInfo& l : info.layers) {
        out << '\n'
            << QCoreApplication::translate("Mk::Cli", "Layer \"%1\": %2 features, geometry %3, CRS %4")
                   .arg(l.name, locale.toString(l.featureCount), l.geometryType,
                        l.crsName.isEmpty() ? QCoreApplication::translate("Mk::Cli", "none") : l.crsName + (l.crsAuthority.isEmpty() ? QString() : QStringLiteral(" (") + l.crsAuthority + QLatin1Char(')')))
            << '\n';
        for (const FieldInfo& f : l.fields) {
            out << "  " << f.name.leftJustified(40) << ' ' << f.type.leftJustified(10) << ' '
                << QCoreApplication::translate("Mk::Cli", "%1 valid, %2 empty").arg(locale.toString(f.valid), locale.toString(f.empty));
            if (f.suppressed > 0)
                out << ", " << QCoreApplication::translate("Mk::Cli", "%1 suppressed").arg(locale.toString(f.suppressed));
            for (auto it = f.sentinels.cbegin(); it != f.sentinels.cend(); ++it)
                out << ", " << QCoreApplication::translate("Mk::Cli", "%1 × %2").arg(locale.toString(it.value())).arg(it.key());
            out << '\n';
        }
    }
}

} // namespace

int runInfo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Mk::Cli", "Describes a data file: layers, CRS, feature count, fields, and per field the empty cells, CBS sentinels and suppressed counts."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Mk::Cli", "GeoPackage, shapefile, GeoJSON or CSV file"));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("Mk::Cli", "print the description as JSON")));
    QTextStream err(stderr);
    if (const auto exit = parseArguments(parser, args, Positional::Allowed))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("Mk::Cli", "Usage: mengkaart-cli info FILE [--json]") << '\n';
        return 2;
    }
    auto info = FileInspector::inspect(parser.positionalArguments().first());
    if (!info) {
        err << info.error().toString() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(toJson(info.value())).toJson(QJsonDocument::Indented);
    else
        printText(out, info.value());
    return 0;
}

} // namespace Mk::Cli
