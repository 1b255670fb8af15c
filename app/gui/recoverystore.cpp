// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/recoverystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace Mk {

namespace {

QString baseOf(const QString& file)
{
    const QFileInfo info(file);
    return info.dir().filePath(info.completeBaseName());
}

} // namespace

RecoveryStore::RecoveryStore()
{
    QDir().mkpath(directory());
    m_base = QDir(directory()).filePath(QStringLiteral("autosave-") + QUuid::createUuid().toString(QUuid::Id128).left(12));
    m_lock = std::make_unique<QLockFile>(m_base + QStringLiteral(".lock"));
    m_lock->tryLock(0);
}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::directory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery"));
}

bool RecoveryStore::writeInfo(const QString& originalPath, const QString& name) const
{
    QSaveFile file(m_base + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject info{{QStringLiteral("path"), originalPath},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    file.write(QJsonDocument(info).toJson());
    return file.commit();
}

void RecoveryStore::clear() const
{
    QFile::remove(projectFile());
    QFile::remove(m_base + QStringLiteral(".json"));
}

QList<RecoveryStore::Entry> RecoveryStore::leftOver()
{
    QList<Entry> entries;
    const QDir dir(directory());
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("autosave-*.mengkaart")}, QDir::Files)) {
        const QString base = baseOf(info.filePath());
        QLockFile lock(base + QStringLiteral(".lock"));
        // Never stale by age (a Mengkaart may run for days); a dead process's lock is detected by its PID.
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its Mengkaart is still running
        lock.unlock();
        QFile json(base + QStringLiteral(".json"));
        QJsonObject o;
        if (json.open(QIODevice::ReadOnly))
            o = QJsonDocument::fromJson(json.readAll()).object();
        Entry e;
        e.projectFile = info.filePath();
        e.originalPath = o.value(QStringLiteral("path")).toString();
        e.name = o.value(QStringLiteral("name")).toString();
        e.saved = QDateTime::fromString(o.value(QStringLiteral("saved")).toString(), Qt::ISODate);
        if (!e.saved.isValid())
            e.saved = info.lastModified();
        entries.append(e);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.saved > b.saved; });
    return entries;
}

void RecoveryStore::remove(const Entry& entry)
{
    const QString base = baseOf(entry.projectFile);
    for (const char* suffix : {".mengkaart", ".json", ".lock"})
        QFile::remove(base + QLatin1String(suffix));
}

} // namespace Mk
