// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the libFuzzer targets of fuzz/: one-time set-up, the input as a file, and the check that turns
// a silently accepted nonsense value into a finding (libFuzzer stops on abort() and saves the input).

#include "geo/georuntime.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace MkFuzz {

/** GDAL, PROJ and GEOS set up as the programs do (offline), and a QCoreApplication for Qt's resources and codecs. */
inline void init()
{
    static int argc = 1;
    static char name[] = "mengkaart-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    Mk::GeoRuntime::init();
}

/** The input written to one file of this process (the loaders read paths), e.g. "/tmp/mk-fuzz-123.csv". */
inline QString writeInput(const QByteArray& bytes, const char* suffix)
{
    const QString path = QDir::temp().filePath(QStringLiteral("mk-fuzz-%1%2").arg(QCoreApplication::applicationPid()).arg(QLatin1String(suffix)));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        std::abort();
    return path;
}

/** A value the parser accepted although it is wrong or cannot be saved and read back: a "silent" finding. */
[[noreturn]] inline void silent(const QString& what)
{
    std::fprintf(stderr, "==mk-fuzz== SILENT: %s\n", what.toUtf8().constData());
    std::abort();
}

inline void expect(bool condition, const QString& what)
{
    if (!condition)
        silent(what);
}

inline QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace MkFuzz

/** libFuzzer calls this once before the first input. */
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    MkFuzz::init();
    return 0;
}
