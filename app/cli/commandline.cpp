// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "i18n/translationcatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace Mk::Cli {

std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args, Positional positional)
{
    QTextStream err(stderr);
    // main() has installed the language already; the option is declared here so that every command accepts it.
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("language of messages, numbers and documents: nl or en (default: from LC_ALL, LC_MESSAGES or "
                                     "LANG; English for C or POSIX)"),
                                  QStringLiteral("nl|en"));
    parser.addOption(lang);
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(lang) && !TranslationCatalog::languages().contains(parser.value(lang))) {
        err << tr("Unknown language \"%1\": use --lang nl or --lang en.").arg(parser.value(lang)) << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (positional == Positional::Forbidden && !parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("Mk::Cli", "Unexpected argument \"%1\".").arg(parser.positionalArguments().first()) << '\n';
        return 2;
    }
    return std::nullopt;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Mk::Cli", text);
}

QString severityKey(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Info: return QStringLiteral("info");
    case Diagnostic::Severity::Warning: return QStringLiteral("warning");
    case Diagnostic::Severity::Error: break;
    }
    return QStringLiteral("error");
}

QJsonArray diagnosticsJson(const Diagnostics& diagnostics)
{
    QJsonArray out;
    for (const Diagnostic& d : diagnostics.items())
        out.append(QJsonObject{{QStringLiteral("severity"), severityKey(d.severity)},
                               {QStringLiteral("subject"), d.subjectId},
                               {QStringLiteral("message"), d.message}});
    return out;
}

void printWarnings(QTextStream& out, const Diagnostics& diagnostics)
{
    for (const Diagnostic& d : diagnostics.items())
        if (d.severity != Diagnostic::Severity::Info)
            out << QCoreApplication::translate("Mk::Cli", "Warning: %1").arg(d.message) << '\n';
}

void addPrivacyThresholdOption(QCommandLineParser& parser, bool thresholdAlias)
{
    parser.addOption(QCommandLineOption(QStringLiteral("privacy-threshold"),
                                        tr("privacy threshold: figures resting on fewer children are withheld (default 5, or the "
                                           "project's; at least 1)"),
                                        QStringLiteral("N")));
    if (thresholdAlias)
        parser.addOption(QCommandLineOption(QStringLiteral("threshold"), tr("older name of --privacy-threshold (deprecated)"),
                                            QStringLiteral("N")));
}

Result<std::optional<int>> privacyThresholdFrom(const QCommandLineParser& parser, bool thresholdAlias)
{
    std::optional<int> threshold;
    QStringList names{QStringLiteral("privacy-threshold")};
    if (thresholdAlias)
        names.append(QStringLiteral("threshold"));
    for (const QString& name : names) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value < 1)
            return fail(ErrorCode::InvalidArgument,
                        QCoreApplication::translate("Mk::Cli", "--%1 needs a whole number of children of at least 1 (default 5), not \"%2\".")
                            .arg(name, parser.value(name)));
        if (threshold && *threshold != value)
            return fail(ErrorCode::InvalidArgument,
                        QCoreApplication::translate("Mk::Cli", "--privacy-threshold and its older name --threshold give different values "
                                                               "(%1 and %2); give one.")
                            .arg(*threshold)
                            .arg(value));
        threshold = value;
    }
    return threshold;
}

} // namespace Mk::Cli
