// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <functional>
#include <vector>

/**
 * Benchmarks run by `mengkaart-cli bench NAME [OPTIONS]`. Each times its own work in-process
 * (median of repeated runs after a warm-up) and prints one line per figure.
 */
namespace Mk::Cli {

/** One timed figure of a benchmark: median wall and CPU seconds (what `bench all` puts in its table). */
struct BenchFigure {
    QString name; ///< stable within its benchmark, e.g. "demo", "national"
    double wall = 0.0;
    double cpu = 0.0;
};
using BenchFigures = QList<BenchFigure>;

/** A benchmark prints its lines and returns its figures in `figures`. */
struct Benchmark {
    const char* name;
    int (*run)(const QStringList& args, BenchFigures& figures);
    const char* summary;
};

/** The registered benchmarks (one line each in benchcommand.cpp). */
const QList<Benchmark>& benchmarks();

/** `bench catchments`: Voronoi + area interpolation on the national wijken and po schools. */
int runCatchmentsBench(const QStringList& args, BenchFigures& figures);
/** `bench load [data options] [--repeat N]`: median time to load a data set (defined in loadcommand.cpp). */
int benchLoad(const QStringList& args, BenchFigures& figures);
/** All global indices of a generated 15,000 x 3 table (target < 1.5 ms), and the local ones timed apart. */
int benchIndices(const QStringList& args, BenchFigures& figures);
/** 1,000 bootstrap and random-allocation replicates for 300 x 3 (target < 0.3 s on 2 cores). */
int benchBootstrap(const QStringList& args, BenchFigures& figures);
/** `bench render [--national FILE] [--size WxH] [--dpr R] [--repeat N] [--save PREFIX]`: full map redraws (renderbench.cpp). */
int benchRender(const QStringList& args, BenchFigures& figures);
/** `bench project [--copies N] [--repeat N]`: save + load of the demo and of the demo repeated N times. */
int benchProject(const QStringList& args, BenchFigures& figures);
/** `bench briefing [--lang nl|en] [--repeat N]`: the demo briefing, content and PDF (briefingcommand.cpp; target < 2 s). */
int benchBriefing(const QStringList& args, BenchFigures& figures);
/** `bench batch [--gemeenten all|NAME,...] [--bootstrap N] [--catchments]`: the national batch, read and computed once (batchcommand.cpp; target < 60 s). */
int benchBatch(const QStringList& args, BenchFigures& figures);
/**
 * `bench all`: every benchmark of the national table, each in a child process (its peak memory is the child's
 * ru_maxrss), one table with the targets of issues 13 and 10; exit status 1 when a figure exceeds its target by more than 2x
 * (benchall.cpp).
 */
int benchAll(const QStringList& args, BenchFigures& figures);

/** `bench match [--students N] [--schools N] [--list N] [--rules PRESET|FILE] [--repeat N]`: DA and Boston (matchbench.cpp). */
int benchMatch(const QStringList& args, BenchFigures& figures);
/**
 * `bench choice [data options] [--distance-form km|ln_km] [--radius M] [--characteristic NAME] [--group NAME]
 * [--repeat N]`: the choice model fit on the flows and its calibration report (choicebench.cpp).
 */
int benchChoice(const QStringList& args, BenchFigures& figures);
/**
 * `bench scenario [--city-children N] [--city-schools N] [--runs N] [--threads N] [data options] [--preview [--repeat N]]`:
 * the scenario Monte Carlo, or with --preview the live preview on the data (scenariobench.cpp).
 */
int benchScenario(const QStringList& args, BenchFigures& figures);

/** The figures a child run wrote with --figures FILE (empty when it wrote none). */
BenchFigures readFigures(const QString& path);

/** Runs `work` `repeat` times after one warm-up and returns the median wall time in seconds. */
double medianSeconds(int repeat, const std::function<void()>& work);

/** Median wall time of `repeat` runs after a warm-up, and the mean process CPU time over all runs (other jobs inflate wall time). */
struct MedianTiming {
    double wall = 0.0;
    double cpu = 0.0;
};
MedianTiming timed(int repeat, const std::function<void()>& work);
/** Wall and CPU seconds (user + system, the whole process) of one run of `work`. */
struct RunTiming {
    double wall = 0.0;
    double cpu = 0.0;
};
RunTiming timeOnce(const std::function<void()>& work);
/** The median of one field of `runs` (not empty). */
double medianOf(std::vector<RunTiming> runs, double RunTiming::*field);

} // namespace Mk::Cli
