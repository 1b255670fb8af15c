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
#include <QUuid>

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

} // namespace

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

    // A hidden temporary next to the target: the rename stays on one file system, so it is atomic.
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.saving").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
    detail::GdalErrorCapture capture; // GDAL messages go into the Error's detail, not to stderr
    auto written = detail::ProjectWriter::write(temporary, shown, project, feedback);
    if (!written) {
        removeTemporary(temporary);
        return written;
    }
    if (feedback.isCanceled()) {
        removeTemporary(temporary);
        return fail(ErrorCode::Canceled, tr("Saving was canceled; the previous file is unchanged."));
    }
    if (!syncToDisk(temporary)) {
        removeTemporary(temporary);
        return fail(ErrorCode::WriteFailed, tr("Could not write the project %1 to the disk. Check that the disk is not full.").arg(shown));
    }
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(temporary).toStdString()),
                            std::filesystem::path(QFile::encodeName(target.absoluteFilePath()).toStdString()), error);
    if (error) {
        removeTemporary(temporary);
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
