// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for loader tests: every input file is written by the test itself into a QTemporaryDir.

#include "base/diagnostics.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

/** Writes `bytes` to `dir/name` and returns the path. */
inline QString writeTestFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write test file %s", qPrintable(path));
    return path;
}

/** Copies an embedded demo file (":/demo/baarn/...") to `dir` and returns the path. */
inline QString copyDemoFile(const QString& dir, const QString& name)
{
    const QString path = QDir(dir).filePath(name);
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(":/demo/baarn/") + name, path))
        qFatal("cannot copy demo file %s", qPrintable(name));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

/** Whether any diagnostic's message contains `text`. */
inline bool mentions(const Mk::Diagnostics& diagnostics, const QString& text)
{
    for (const Mk::Diagnostic& d : diagnostics.items())
        if (d.message.contains(text))
            return true;
    return false;
}
