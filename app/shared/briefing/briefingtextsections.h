// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/briefing/briefingsection.h"

#include <QStringList>

namespace Mk {

/** The title page: gemeente, date, data years, characteristic, contents and how to read the briefing. */
class BriefingTitleSection : public BriefingSectionPainter
{
public:
    /** `contents`: the titles of the sections that follow. */
    explicit BriefingTitleSection(QStringList contents) : m_contents(std::move(contents)) {}
    QString key() const override;
    QString title(const TextLanguage& language) const override;
    void paint(BriefingDocument& document) const override;

private:
    QStringList m_contents;
};

/** Key figures: the plain-language summary and the table of indices with intervals, chance and housing. */
class BriefingKeyFiguresSection : public BriefingSectionPainter
{
public:
    QString key() const override;
    QString title(const TextLanguage& language) const override;
    void paint(BriefingDocument& document) const override;
};

/** Methods and sources: data sources and years, definitions, assumptions, the privacy rule. */
class BriefingMethodsSection : public BriefingSectionPainter
{
public:
    QString key() const override;
    QString title(const TextLanguage& language) const override;
    double spaceToStart() const override { return 260.0; }
    void paint(BriefingDocument& document) const override;
    /**
     * "Notes on the data": the warnings of loading and analysis (BriefingContent::dataNotes), when there
     * are any. Part of the methods page; the renderer paints it alone when that page is left out.
     */
    static void paintDataNotes(BriefingDocument& document);
};

} // namespace Mk
