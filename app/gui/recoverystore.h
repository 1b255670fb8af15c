// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

namespace Mk {

/**
 * Where autosaves go: one recovery project per running Mengkaart under
 * QStandardPaths::AppDataLocation/recovery, with a sidecar JSON (original path, name, time) and a
 * lock file the process holds while it runs. A recovery file whose lock is free was left by a
 * Mengkaart that did not close normally (a crash): leftOver() finds those.
 */
class RecoveryStore
{
public:
    struct Entry {
        QString projectFile;  ///< the recovery project (.mengkaart)
        QString originalPath; ///< the file the user was working on; empty when never saved
        QString name;         ///< the project name
        QDateTime saved;
    };

    RecoveryStore();
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore&) = delete;
    RecoveryStore& operator=(const RecoveryStore&) = delete;

    static QString directory();
    /** This process's recovery project file. */
    QString projectFile() const { return m_base + QStringLiteral(".mengkaart"); }
    /** Records what the recovery file is a copy of (after it was written). */
    bool writeInfo(const QString& originalPath, const QString& name) const;
    /** Removes this process's recovery files (after a normal save or close). */
    void clear() const;

    /** Recovery files of processes that are gone, newest first. */
    static QList<Entry> leftOver();
    /** Removes a left-over recovery (restored or declined). */
    static void remove(const Entry& entry);

private:
    QString m_base;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Mk
