// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicommands.h"
#include "cli/commandline.h"

#include "vo/voanalysis.h"
#include "vo/voreportjson.h"
#include "vo/vosummary.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace Mk::Cli {

int runVo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Secondary schools (vo) of a gemeente or region: the levels each vestiging offers, its first-year "
                                        "programmes, segregation by level and the share of first-year pupils in heterogeneous classes; "
                                        "with two pupil files the change between the years."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("vo-pupils"), tr("DUO \"01. Leerlingen vo per vestiging naar onderwijstype\" (repeatable: one file per school year)"),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("vo-addresses"), tr("DUO \"02. Adressen alle vestigingen vo\""), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("gemeente"), tr("gemeente name or code (repeatable: a vo region of several gemeenten)"),
                                        QStringLiteral("NAME|CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("schools"), tr("school file with points (e.g. scholen_nl_2024.gpkg) to place the vestigingen"),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("postcode-centroids"), tr("PC4 centroids, to place vestigingen the school file lacks"),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("bootstrap"), tr("bootstrap replicates of the intervals (default 500)"), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"), tr("random seed of the bootstrap (default 1)"), QStringLiteral("S")));
    addPrivacyThresholdOption(parser, false);
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("print one JSON object instead of text")));
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    const auto threshold = privacyThresholdFrom(parser, false);
    if (!threshold) {
        err << threshold.error().toString() << '\n';
        return 2;
    }
    VoRequest request;
    request.pupilFiles = parser.values(QStringLiteral("vo-pupils"));
    request.addressFile = parser.value(QStringLiteral("vo-addresses"));
    request.locatedSchoolsFile = parser.value(QStringLiteral("schools"));
    request.postcodeCentroidsFile = parser.value(QStringLiteral("postcode-centroids"));
    const QStringList gemeenten = parser.values(QStringLiteral("gemeente"));
    if (request.pupilFiles.isEmpty() || request.addressFile.isEmpty() || gemeenten.isEmpty()) {
        err << tr("--vo-pupils, --vo-addresses and --gemeente are required.") << '\n' << parser.helpText();
        return 2;
    }
    VoAnalysis::Options options;
    if (*threshold)
        options.report.privacyThreshold = **threshold;
    for (const char* name : {"bootstrap", "seed"}) {
        const QString key = QString::fromLatin1(name);
        if (!parser.isSet(key))
            continue;
        bool ok = false;
        const qulonglong v = parser.value(key).toULongLong(&ok);
        if (!ok || (key == QLatin1String("bootstrap") && (v < 2 || v > 100000))) {
            err << tr("--%1 needs a whole number (--bootstrap: 2 to 100000), not \"%2\".").arg(key, parser.value(key)) << '\n';
            return 2;
        }
        if (key == QLatin1String("bootstrap"))
            options.report.inference.replicates = static_cast<int>(v);
        else
            options.report.inference.seed = v;
    }

    auto data = VoDataLoader::load(request);
    if (!data) {
        err << data.error().toString() << '\n';
        return 1;
    }
    auto area = VoArea::select(data->addresses, gemeenten, data->addressFileName);
    if (!area) {
        err << area.error().toString() << '\n';
        return 1;
    }
    auto analysis = VoAnalysis::compute(*data, *area, options);
    if (!analysis) {
        err << analysis.error().toString() << '\n';
        return 1;
    }
    Diagnostics diagnostics = data->diagnostics;
    diagnostics.append(analysis->diagnostics);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = VoReportJson::write(*data, *analysis);
        json.insert(QStringLiteral("diagnostics"), diagnosticsJson(diagnostics));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const QString& line : VoSummary::findings(*analysis))
        out << line << '\n';
    out << '\n';
    for (qsizetype i = 0; i < analysis->latest().locations.size(); ++i)
        out << "  " << VoSummary::locationLine(*analysis, i) << '\n';
    printWarnings(out, diagnostics);
    return 0;
}

} // namespace Mk::Cli
