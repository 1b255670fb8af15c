// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectfile.h"

#include "base/feedback.h"
#include "geo/georuntime.h"
#include "io/gdaldataset_p.h"
#include "io/gdalerrorcapture_p.h"
#include "project/projectreader_p.h"
#include "project/projectschema_p.h"
#include "project/projectwriter_p.h"

#include <gdal_priv.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QUuid>

#include <algorithm>
#include <memory>

#include <filesystem>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Mk {

namespace {

/** Flushes a file (or, on POSIX, a directory) to the disk, so a rename never exposes unwritten bytes. */
bool syncToDisk(const QString& path)
{
#ifdef Q_OS_WIN
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return _commit(file.handle()) == 0;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

/** Removes the temporary GeoPackage and any SQLite side files it left. */
void removeTemporary(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

/** The temporaries saves of `target` write: ".NAME.XXXXXXXXXXXX.saving" (see save()), also when only an SQLite side file is left. */
QStringList temporariesOf(const QFileInfo& target)
{
    const QRegularExpression name(QStringLiteral("^(\\.%1\\.[0-9a-f]{12}\\.saving)(?:-journal|-wal|-shm)?$")
                                      .arg(QRegularExpression::escape(target.fileName())));
    QStringList out;
    const QDir dir = target.absoluteDir();
    for (const QString& f : dir.entryList({QStringLiteral(".*.saving*")}, QDir::Files | QDir::Hidden))
        if (const auto m = name.match(f); m.hasMatch() && !out.contains(dir.filePath(m.captured(1))))
            out.append(dir.filePath(m.captured(1)));
    return out;
}

/** The lock that keeps saves of one file apart, taken without waiting; a dead process's lock is taken over. */
std::unique_ptr<QLockFile> lockSaves(const QFileInfo& target)
{
    auto lock = std::make_unique<QLockFile>(target.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(target.fileName())));
    lock->setStaleLockTime(0); // a save may take long; only a dead owner makes a lock stale
    lock->tryLock(0);
    return lock;
}

/** Whether no one may write `info` by its permission bits (also as root, who could write it anyway). */
bool isReadOnly(const QFileInfo& info)
{
    return !(info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

/** One plain sentence for the failures people can act on (a full disk, a folder they may not write in); others as they are. */
Error saveFailure(const Error& error, const QString& shown, const QString& folder)
{
    if (error.code != ErrorCode::WriteFailed)
        return error;
    const QString text = (error.detail + QLatin1Char(' ') + error.message).toLower();
    const QStorageInfo storage(folder);
    const bool full = text.contains(QLatin1String("disk is full")) || text.contains(QLatin1String("no space left"))
                      || (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < 1024 * 1024);
    if (full)
        return fail(ErrorCode::WriteFailed,
                    ProjectFile::tr("The disk is full, so the project %1 could not be saved; the previous file is unchanged.").arg(shown));
    if (text.contains(QLatin1String("disk i/o error")))
        return fail(ErrorCode::WriteFailed,
                    ProjectFile::tr("The disk reported an error while the project %1 was written (it may be full or failing), so it "
                                    "could not be saved; the previous file is unchanged.")
                        .arg(shown));
    if (text.contains(QLatin1String("permission denied")) || text.contains(QLatin1String("readonly database"))
        || text.contains(QLatin1String("read-only file system")))
        return fail(ErrorCode::WriteFailed,
                    ProjectFile::tr("Mengkaart may not write in the folder %1, so the project %2 could not be saved; the previous "
                                    "file is unchanged.")
                        .arg(QDir::toNativeSeparators(folder), shown));
    return error;
}

} // namespace

QList<ProjectFile::Leftover> ProjectFile::leftovers(const QString& path)
{
    const QFileInfo target(path);
    QList<Leftover> out;
    const auto lock = lockSaves(target);
    if (!lock->isLocked())
        return out; // a save of this file is running: its temporary is no leftover
    for (const QString& f : temporariesOf(target)) {
        const QFileInfo info(f);
        if (!info.exists())
            continue; // only an SQLite side file: nothing to recover
        out.append(Leftover{f, info.lastModified(), !target.exists() || info.lastModified() > target.lastModified()});
    }
    std::sort(out.begin(), out.end(), [](const Leftover& a, const Leftover& b) { return a.modified > b.modified; });
    return out;
}

int ProjectFile::removeLeftovers(const QString& path)
{
    const QFileInfo target(path);
    const auto lock = lockSaves(target);
    if (!lock->isLocked())
        return 0;
    const QStringList files = temporariesOf(target);
    for (const QString& f : files)
        removeTemporary(f);
    return static_cast<int>(files.size());
}

Result<void> ProjectFile::save(const QString& path, const Project& project, Feedback& feedback)
{
    GeoRuntime::init();
    const QFileInfo target(path);
    const QString shown = target.fileName();
    if (!project.dataset)
        return fail(ErrorCode::InvalidArgument, tr("There is no data to save in %1.").arg(shown));
    if (!target.absoluteDir().exists())
        return fail(ErrorCode::WriteFailed, tr("Cannot save %1: the folder %2 does not exist. Choose another folder.")
                                                .arg(shown, QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return fail(ErrorCode::WriteFailed, tr("Cannot save the project as %1: that is a folder. Choose a file name.").arg(shown));
    if (target.exists() && isReadOnly(target))
        return fail(ErrorCode::WriteFailed, tr("%1 is read-only, so Mengkaart does not replace it. Save the project under another "
                                               "name, or make the file writable first.")
                                                .arg(shown));
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isWritable())
        return saveFailure(fail(ErrorCode::WriteFailed, QString(), QStringLiteral("permission denied")), shown, folder);
    const auto lock = lockSaves(target);
    if (!lock->isLocked()) {
        if (lock->error() == QLockFile::LockFailedError)
            return fail(ErrorCode::WriteFailed, tr("%1 is being saved by another Mengkaart right now. Wait until that save has "
                                                   "finished, then save again.")
                                                    .arg(shown));
        return saveFailure(fail(ErrorCode::WriteFailed, QString(), QStringLiteral("permission denied")), shown, folder);
    }
    // Under the lock every temporary of this file is a leftover of a save that was killed.
    for (const QString& f : temporariesOf(target))
        removeTemporary(f);

    // A hidden temporary next to the target: the rename stays on one file system, so it is atomic.
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.saving").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
    detail::GdalErrorCapture capture; // GDAL messages go into the Error's detail, not to stderr
    auto written = detail::ProjectWriter::write(temporary, shown, project, feedback);
    if (!written) {
        removeTemporary(temporary);
        return saveFailure(written.error(), shown, folder);
    }
    if (feedback.isCanceled()) {
        removeTemporary(temporary);
        return fail(ErrorCode::Canceled, tr("Saving was canceled; the previous file is unchanged."));
    }
    if (!syncToDisk(temporary)) {
        removeTemporary(temporary);
        return saveFailure(fail(ErrorCode::WriteFailed, tr("Could not write the project %1 to the disk. Check that the disk is not full.").arg(shown)),
                           shown, folder);
    }
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(temporary).toStdString()),
                            std::filesystem::path(QFile::encodeName(target.absoluteFilePath()).toStdString()), error);
    if (error) {
        removeTemporary(temporary);
        if (error == std::errc::permission_denied || error == std::errc::read_only_file_system)
            return saveFailure(fail(ErrorCode::WriteFailed, QString(), QStringLiteral("permission denied")), shown, folder);
        return fail(ErrorCode::WriteFailed,
                    tr("Could not replace %1 with the saved project. Check that you may write in its folder and that no "
                       "other program has it open; the previous file is unchanged.")
                        .arg(shown),
                    QString::fromStdString(error.message()));
    }
#ifndef Q_OS_WIN
    syncToDisk(target.absolutePath()); // the directory entry of the rename
#endif
    return {};
}

Result<Project> ProjectFile::load(const QString& path, Feedback& feedback)
{
    GeoRuntime::init();
    const QFileInfo info(path);
    const QString shown = info.fileName();
    if (!info.exists())
        return fail(ErrorCode::FileNotFound,
                    tr("The project file %1 does not exist. Check the path and the file name, or open another project.").arg(path));
    if (!info.isFile() || info.size() == 0)
        return fail(ErrorCode::EmptyInput, tr("The project file %1 is empty. Open an earlier copy of the project.").arg(shown));
    {
        // A GeoPackage is an SQLite database: check the header before GDAL guesses at any other format.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::ReadFailed, tr("The project file %1 cannot be opened: %2. Check that you may read it.")
                                                   .arg(shown, file.errorString()));
        if (!file.read(16).startsWith("SQLite format 3"))
            return fail(ErrorCode::UnknownFormat,
                        tr("%1 is not a Mengkaart project: it is not a GeoPackage. Open a file saved by Mengkaart (.%2).")
                            .arg(shown, suffix()));
    }
    detail::GdalErrorCapture capture;
    const char* const drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!ds)
        return detail::ProjectReader::damaged(shown, capture.text());
    if (const QString damage = detail::GdalDataset::sqliteDamage(ds.get(), info); !damage.isEmpty())
        return detail::ProjectReader::damaged(shown, damage.left(300));
    if (!ds->GetLayerByName(detail::ProjectSchema::kSettingsTable.toUtf8().constData()))
        return capture.hasErrors() ? detail::ProjectReader::damaged(shown, capture.text()) : detail::ProjectReader::notAProject(shown);
    auto project = detail::ProjectReader::read(*ds, shown, feedback);
    if (project && project->name.isEmpty())
        project->name = info.completeBaseName();
    return project;
}

} // namespace Mk
