// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: only core/io/*.cpp include this header.

#include <QByteArray>
#include <QString>

#include <memory>

namespace Mk::detail {

/**
 * Bytes exposed to GDAL as a /vsimem/ file for as long as this object lives (RAII over
 * VSIFileFromMemBuffer/VSIUnlink). GDAL reads the bytes in place; they are not copied.
 * The file name keeps the original extension so GDAL picks the right driver.
 */
class VsiMemFile
{
public:
    VsiMemFile() = default;
    VsiMemFile(QByteArray bytes, const QString& fileName);
    ~VsiMemFile();
    VsiMemFile(VsiMemFile&& other) noexcept;
    VsiMemFile& operator=(VsiMemFile&& other) noexcept;
    VsiMemFile(const VsiMemFile&) = delete;
    VsiMemFile& operator=(const VsiMemFile&) = delete;

    bool isValid() const { return !m_path.isEmpty(); }
    /** The bytes GDAL reads. */
    const QByteArray& bytes() const { return m_bytes; }
    /** "/vsimem/mengkaart/<n>/<fileName>". */
    const QString& path() const { return m_path; }

private:
    void release();

    QByteArray m_bytes;
    QString m_path;
};

} // namespace Mk::detail
