// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "shared/briefing/briefingsection.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPdfWriter;
class QPrinter;

namespace Mk {

struct BriefingContent;

/**
 * Paints a BriefingContent on A4 portrait pages: into a PDF (QPdfWriter), on a printer or into the print
 * preview (QPrinter), always with the same layout. It walks its list of section painters and paints those
 * the content's spec selects and that have content, in list order; addSection() slots in a new kind of page
 * before the methods page. Uses widgets (QCustomPlot), so it runs on the GUI thread; the
 * content is computed beforehand, off it.
 */
class BriefingRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Mk::BriefingRenderer)
public:
    /** The standard sections: title, key figures, map, schools, charts, goals, scenarios, methods. */
    BriefingRenderer();
    ~BriefingRenderer();

    /** Adds a section before the methods page (which stays last). */
    void addSection(std::unique_ptr<BriefingSectionPainter> section);
    /** The section keys in document order. */
    QStringList sectionKeys() const;
    /** A section's heading in `language`, for a choice of sections; empty for an unknown key. */
    QString sectionTitle(const QString& key, const TextLanguage& language) const;

    /** Sets the device to A4 portrait at 72 dpi (1 unit = 1 point) and paints every selected page. */
    void render(const BriefingContent& content, QPdfWriter& writer) const;
    void render(const BriefingContent& content, QPrinter& printer) const;
    /** A4 portrait, whole sheet, 72 dpi: what render() sets, for a printer handed to a preview beforehand. */
    static void preparePrinter(QPrinter& printer);
    /** Writes a PDF atomically (a failed write leaves no half file); the error names the file. */
    Result<void> writePdf(const BriefingContent& content, const QString& path) const;
    /** The number of pages the last render() produced. */
    int lastPageCount() const { return m_lastPageCount; }

private:
    void paint(const BriefingContent& content, QPagedPaintDevice& device) const;

    std::vector<std::unique_ptr<BriefingSectionPainter>> m_sections;
    mutable int m_lastPageCount = 0;
};

} // namespace Mk
