// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/benchmarks.h"
#include "cli/clicommands.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

namespace Mk::Cli {

const QList<Benchmark>& benchmarks()
{
    static const QList<Benchmark> list = {
        {"indices", benchIndices, QT_TRANSLATE_NOOP("Mk::Cli", "all segregation indices, generated 15,000 units x 3 groups")},
        {"bootstrap", benchBootstrap, QT_TRANSLATE_NOOP("Mk::Cli", "1,000 bootstrap + random-allocation replicates, 300 schools x 3 groups")},
        {"render", benchRender, QT_TRANSLATE_NOOP("Mk::Cli", "full map redraws at screen size: the demo gemeente and --national FILE")},
        {"load", benchLoad, QT_TRANSLATE_NOOP("Mk::Cli", "load a data set (--demo or the load options), median of --repeat runs")},
        {"project", benchProject, QT_TRANSLATE_NOOP("Mk::Cli", "save + load a project file: the demo and the demo repeated to national size")},
        {"catchments", runCatchmentsBench, QT_TRANSLATE_NOOP("Mk::Cli", "nearest-school areas + area interpolation, national wijken and po schools")},
        {"match", benchMatch, QT_TRANSLATE_NOOP("Mk::Cli", "deferred acceptance and Boston with verification, generated 25,000 students x 80 schools x lists of 6")},
        {"choice", benchChoice, QT_TRANSLATE_NOOP("Mk::Cli", "choice model fit on the DUO flows + calibration report (--demo or the load options)")},
        {"scenario", benchScenario, QT_TRANSLATE_NOOP("Mk::Cli", "scenario Monte Carlo: 200 runs, generated 25,000 children x 80 schools; with data options a real run")},
        {"briefing", benchBriefing, QT_TRANSLATE_NOOP("Mk::Cli", "the demo LEA briefing: content and PDF, median of --repeat runs")},
        {"batch", benchBatch, QT_TRANSLATE_NOOP("Mk::Cli", "the batch over every gemeente of the national data: read once, every index with its interval")},
        {"all", benchAll, QT_TRANSLATE_NOOP("Mk::Cli", "the national table: every benchmark above in a child process, against the targets; exit 1 past 2x a target")},
    };
    return list;
}

double medianSeconds(int repeat, const std::function<void()>& work)
{
    work();
    std::vector<double> seconds;
    for (int i = 0; i < std::max(1, repeat); ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        seconds.push_back(static_cast<double>(timer.nsecsElapsed()) * 1e-9);
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds[seconds.size() / 2];
}

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

bool writeFigures(const QString& path, const BenchFigures& figures)
{
    QJsonArray list;
    for (const BenchFigure& f : figures)
        list.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("wall"), f.wall}, {QStringLiteral("cpu"), f.cpu}});
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(list).toJson()) >= 0 && file.commit();
}

} // namespace

BenchFigures readFigures(const QString& path)
{
    QFile file(path);
    BenchFigures figures;
    if (!file.open(QIODevice::ReadOnly))
        return figures;
    for (const QJsonValue& v : QJsonDocument::fromJson(file.readAll()).array())
        figures.append({v[QStringLiteral("name")].toString(), v[QStringLiteral("wall")].toDouble(), v[QStringLiteral("cpu")].toDouble()});
    return figures;
}

MedianTiming timed(int repeat, const std::function<void()>& work)
{
    const double cpuStart = cpuSeconds();
    const double wall = medianSeconds(repeat, work);
    return {wall, (cpuSeconds() - cpuStart) / (std::max(1, repeat) + 1)};
}

RunTiming timeOnce(const std::function<void()>& work)
{
    const double cpuStart = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    work();
    return {static_cast<double>(timer.nsecsElapsed()) * 1e-9, cpuSeconds() - cpuStart};
}

double medianOf(std::vector<RunTiming> runs, double RunTiming::*field)
{
    std::sort(runs.begin(), runs.end(), [field](const RunTiming& a, const RunTiming& b) { return a.*field < b.*field; });
    return runs[runs.size() / 2].*field;
}

int runBench(const QStringList& args)
{
    QTextStream err(stderr);
    const QString name = args.value(1);
    for (const Benchmark& b : benchmarks()) {
        if (name == QLatin1String(b.name)) {
            QStringList rest = args;
            rest.removeAt(1);
            // --figures FILE (what `bench all` gives its children): the figures as JSON, beside the printed lines.
            QString figuresFile;
            if (const qsizetype at = rest.indexOf(QStringLiteral("--figures")); at > 0 && at + 1 < rest.size()) {
                figuresFile = rest.at(at + 1);
                rest.remove(at, 2);
            }
            BenchFigures figures;
            const int status = b.run(rest, figures);
            if (!figuresFile.isEmpty() && !writeFigures(figuresFile, figures)) {
                err << QCoreApplication::translate("Mk::Cli", "Cannot write \"%1\".").arg(figuresFile) << '\n';
                return 1;
            }
            return status;
        }
    }
    err << QCoreApplication::translate("Mk::Cli", "Usage: mengkaart-cli bench NAME [OPTIONS]") << "\n\n"
        << QCoreApplication::translate("Mk::Cli", "Benchmarks:") << '\n';
    for (const Benchmark& b : benchmarks())
        err << "  " << QString::fromLatin1(b.name).leftJustified(14) << QCoreApplication::translate("Mk::Cli", b.summary) << '\n';
    return 2;
}

} // namespace Mk::Cli
