// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h (2.1) uses Qt's foreach in inline templates; allow it for this file only, before any Qt header.
#undef QT_NO_FOREACH
#include "shared/briefing/briefingrenderer.h"

#include "report/briefingcontent.h"
#include "shared/briefing/briefingchartssection.h"
#include "shared/briefing/briefingdocument.h"
#include "shared/briefing/briefinggoalssection.h"
#include "shared/briefing/briefingvosection.h"
#include "shared/briefing/briefingmapsection.h"
#include "shared/briefing/briefingscenariossection.h"
#include "shared/briefing/briefingschoolssection.h"
#include "shared/briefing/briefingtextsections.h"

#include <QPageLayout>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

#include <qcustomplot.h>

namespace Mk {

namespace {

constexpr int kPointsPerInch = 72;

QPageLayout a4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point);
}

} // namespace

BriefingRenderer::BriefingRenderer()
{
    // The title page lists the others, so it is made when painting.
    m_sections.push_back(std::make_unique<BriefingKeyFiguresSection>());
    m_sections.push_back(std::make_unique<BriefingMapSection>());
    m_sections.push_back(std::make_unique<BriefingSchoolsSection>());
    m_sections.push_back(std::make_unique<BriefingChartsSection>());
    m_sections.push_back(std::make_unique<BriefingGoalsSection>());
    m_sections.push_back(std::make_unique<BriefingVoSection>());
    m_sections.push_back(std::make_unique<BriefingScenariosSection>());
    m_sections.push_back(std::make_unique<BriefingMethodsSection>());
}

BriefingRenderer::~BriefingRenderer() = default;

void BriefingRenderer::addSection(std::unique_ptr<BriefingSectionPainter> section)
{
    m_sections.insert(m_sections.end() - 1, std::move(section));
}

QStringList BriefingRenderer::sectionKeys() const
{
    QStringList keys{BriefingSection::kTitle};
    for (const auto& s : m_sections)
        keys.append(s->key());
    return keys;
}

QString BriefingRenderer::sectionTitle(const QString& key, const TextLanguage& language) const
{
    if (key == BriefingSection::kTitle)
        return BriefingTitleSection({}).title(language);
    for (const auto& s : m_sections)
        if (s->key() == key)
            return s->title(language);
    return {};
}

void BriefingRenderer::render(const BriefingContent& content, QPdfWriter& writer) const
{
    writer.setResolution(kPointsPerInch);
    writer.setPageLayout(a4());
    writer.setTitle(content.title.title);
    writer.setCreator(QStringLiteral("Mengkaart " MK_VERSION));
    paint(content, writer);
}

void BriefingRenderer::preparePrinter(QPrinter& printer)
{
    printer.setResolution(kPointsPerInch);
    // Our own margins: the page rectangle is the whole sheet, as in the PDF.
    printer.setFullPage(true);
    printer.setPageLayout(a4());
}

void BriefingRenderer::render(const BriefingContent& content, QPrinter& printer) const
{
    preparePrinter(printer);
    printer.setDocName(content.title.title);
    printer.setCreator(QStringLiteral("Mengkaart " MK_VERSION));
    paint(content, printer);
}

void BriefingRenderer::paint(const BriefingContent& content, QPagedPaintDevice& device) const
{
    QCPPainter painter;
    if (!painter.begin(&device))
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    BriefingDocument document(device, painter, content);
    QStringList contents;
    for (const auto& s : m_sections)
        if (content.spec.hasSection(s->key()) && s->hasContent(content))
            contents.append(s->title(content.language));
    std::vector<const BriefingSectionPainter*> selected;
    const BriefingTitleSection title(contents);
    if (content.spec.hasSection(title.key()))
        selected.push_back(&title);
    for (const auto& s : m_sections)
        if (content.spec.hasSection(s->key()) && s->hasContent(content))
            selected.push_back(s.get());
    for (const BriefingSectionPainter* s : selected) {
        document.startSection(s->spaceToStart());
        s->paint(document);
    }
    if (!content.spec.hasSection(BriefingSection::kMethods) && !content.dataNotes().isEmpty()) {
        document.startSection(120.0);
        BriefingMethodsSection::paintDataNotes(document);
    }
    document.finish();
    m_lastPageCount = document.pageNumber();
    painter.end();
}

Result<void> BriefingRenderer::writePdf(const BriefingContent& content, const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::WriteFailed, tr("Cannot write the briefing to \"%1\": %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        render(content, writer);
    }
    if (!file.commit())
        return fail(ErrorCode::WriteFailed, tr("Cannot write the briefing to \"%1\": %2").arg(path, file.errorString()));
    return {};
}

} // namespace Mk
