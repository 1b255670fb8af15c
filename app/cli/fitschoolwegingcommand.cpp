// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicommands.h"
#include "cli/commandline.h"
#include "cli/dataoptions.h"

#include "base/feedback.h"
#include "catchment/schoolwegingfit.h"
#include "geo/georuntime.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>
#include <iterator>

namespace Mk::Cli {

int runFitSchoolweging(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Fits the model that predicts each primary school's schoolweging from the home postcodes "
                                        "of its pupils, on every school of the country, and reports its cross-validation. "
                                        "Without file options it uses the national data that ship with Mengkaart, and "
                                        "reproduces the shipped model."));
    parser.addHelpOption();
    const struct {
        const char* name;
        const char* description;
    } files[] = {
        {"pupils-by-postcode", QT_TRANSLATE_NOOP("Mk::Cli", "DUO pupils per vestiging by home postcode, the whole country")},
        {"schoolweging", QT_TRANSLATE_NOOP("Mk::Cli", "Inspectie schoolweging per year")},
        {"pc4-2023", QT_TRANSLATE_NOOP("Mk::Cli", "CBS figures per PC4, 2023")},
        {"pc4-2024", QT_TRANSLATE_NOOP("Mk::Cli", "CBS figures per PC4, 2024")},
        {"ses", QT_TRANSLATE_NOOP("Mk::Cli", "CBS SES-WOA scores per PC4")},
    };
    for (const auto& f : files)
        parser.addOption(QCommandLineOption(QString::fromLatin1(f.name), QCoreApplication::translate("Mk::Cli", f.description),
                                            QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("folds"), tr("cross-validation folds (default 10)"), QStringLiteral("K")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("write the fitted model (JSON) to this file"), QStringLiteral("FILE.json")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("print the fitted model as JSON")));
    parser.addOption(QCommandLineOption(QStringLiteral("progress"), tr("report progress on stderr")));
    QTextStream err(stderr);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    SchoolwegingFitFiles input = SchoolwegingFitFiles::embedded();
    QString* const targets[] = {&input.pupilsByPostcode, &input.schoolweging, &input.profiles.kerncijfers2023,
                                &input.profiles.kerncijfers2024, &input.profiles.sesWoa};
    for (size_t i = 0; i < std::size(files); ++i)
        if (parser.isSet(QString::fromLatin1(files[i].name)))
            *targets[i] = parser.value(QString::fromLatin1(files[i].name));
    SchoolwegingFitOptions options;
    if (parser.isSet(QStringLiteral("folds"))) {
        bool ok = false;
        options.folds = parser.value(QStringLiteral("folds")).toInt(&ok);
        if (!ok || options.folds < 2) {
            err << tr("--folds needs a whole number of 2 or more, got \"%1\".").arg(parser.value(QStringLiteral("folds"))) << '\n';
            return 2;
        }
    }
    GeoRuntime::init();
    Diagnostics diagnostics;
    Feedback feedback(progressOnStderr(parser.isSet(QStringLiteral("progress"))));
    auto model = SchoolwegingFit::fitFiles(input, options, diagnostics, &feedback);
    if (!model) {
        err << model.error().toString() << '\n';
        return 1;
    }
    const QByteArray json = QJsonDocument(model->toJson()).toJson(QJsonDocument::Indented);
    if (parser.isSet(QStringLiteral("out"))) {
        QSaveFile out(parser.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
            err << tr("Cannot write %1: %2").arg(parser.value(QStringLiteral("out")), out.errorString()) << '\n';
            return 1;
        }
    }
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        out << json;
        return 0;
    }
    const QLocale locale;
    const SchoolwegingValidation& v = model->validation;
    out << tr("Schoolweging model: %1 instellingen, %2 characteristics, ridge penalty %3")
               .arg(locale.toString(v.schools), locale.toString(model->features.size()), locale.toString(model->lambda))
        << '\n'
        << tr("%1-fold cross-validation: R2 %2, residual SD %3 points (schoolweging SD %4), %5 % of held-out schools inside "
              "their %6 % prediction interval")
               .arg(locale.toString(v.folds), locale.toString(v.r2, 'f', 3), locale.toString(v.residualSd, 'f', 2),
                    locale.toString(v.schoolwegingSd, 'f', 2), locale.toString(100.0 * v.coverage, 'f', 1),
                    locale.toString(100.0 * model->confidence, 'f', 0))
        << '\n'
        << tr("Spread of schools around their prediction (tau): %1 points").arg(locale.toString(std::sqrt(model->tau2), 'f', 2)) << '\n';
    return 0;
}

} // namespace Mk::Cli
