// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/vsimemfile_p.h"

#include <cpl_vsi.h>

#include <atomic>
#include <utility>

namespace Mk::detail {

VsiMemFile::VsiMemFile(QByteArray bytes, const QString& fileName) : m_bytes(std::move(bytes))
{
    static std::atomic<quint64> counter{0};
    const QString path = QStringLiteral("/vsimem/mengkaart/%1/%2").arg(++counter).arg(fileName);
    // bTakeOwnership = FALSE: m_bytes owns the memory, VSIUnlink in release() detaches GDAL first.
    VSILFILE* f = VSIFileFromMemBuffer(path.toUtf8().constData(), reinterpret_cast<GByte*>(m_bytes.data()),
                                       static_cast<vsi_l_offset>(m_bytes.size()), FALSE);
    if (f) {
        VSIFCloseL(f);
        m_path = path;
    }
}

VsiMemFile::~VsiMemFile() { release(); }

VsiMemFile::VsiMemFile(VsiMemFile&& other) noexcept
    : m_bytes(std::move(other.m_bytes)), m_path(std::exchange(other.m_path, QString()))
{
}

VsiMemFile& VsiMemFile::operator=(VsiMemFile&& other) noexcept
{
    if (this != &other) {
        release();
        m_bytes = std::move(other.m_bytes);
        m_path = std::exchange(other.m_path, QString());
    }
    return *this;
}

void VsiMemFile::release()
{
    if (!m_path.isEmpty())
        VSIUnlink(m_path.toUtf8().constData());
    m_path.clear();
}

} // namespace Mk::detail
