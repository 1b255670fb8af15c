// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "help/userguide.h"

#include <QWidget>

#include <functional>

class QTextBrowser;
class QToolButton;

namespace Mk {

/**
 * Help → User guide: the guide (UserGuide) in the program's current language, opened at the part about
 * a panel. It follows a language switch while open, at the section it was showing.
 */
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    /** `shortcuts` lists the program's keyboard shortcuts in the current language; asked at every (re)load. */
    explicit HelpWindow(std::function<QList<GuideShortcut>()> shortcuts, QWidget* parent = nullptr);

    /** Shows the window at `anchor` (a GuideAnchor or an index anchor; empty: where it was, or the top). */
    void showAnchor(const QString& anchor);
    /** The anchor last opened, or clicked in the guide's contents. */
    QString currentAnchor() const { return m_anchor; }
    QTextBrowser* browser() const { return m_browser; }

    /** Marks `widget` (a panel, dialog or the map) as described at `anchor`; F1 inside it opens that part. */
    static void setAnchor(QWidget* widget, const char* anchor);
    /** The anchor of `widget` or of the nearest enclosing widget that has one; empty if none. */
    static QString anchorFor(const QWidget* widget);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslateUi();

    std::function<QList<GuideShortcut>()> m_shortcuts;
    QTextBrowser* m_browser;
    QToolButton* m_back;
    QToolButton* m_forward;
    QToolButton* m_contents;
    QString m_anchor;
};

} // namespace Mk
