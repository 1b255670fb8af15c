// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/helpwindow.h"

#include "gui/screenfit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Mk {

namespace {
constexpr const char* kAnchorProperty = "mkHelpAnchor";
}

HelpWindow::HelpWindow(std::function<QList<GuideShortcut>()> shortcuts, QWidget* parent)
    : QWidget(parent, Qt::Window), m_shortcuts(std::move(shortcuts)), m_browser(new QTextBrowser(this)),
      m_back(new QToolButton(this)), m_forward(new QToolButton(this)), m_contents(new QToolButton(this))
{
    setObjectName(QStringLiteral("HelpWindow"));
    m_browser->setOpenExternalLinks(false);
    m_back->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    m_forward->setIcon(QIcon::fromTheme(QStringLiteral("go-next")));
    m_contents->setIcon(QIcon::fromTheme(QStringLiteral("go-home")));
    for (QToolButton* b : {m_back, m_forward, m_contents})
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_contents);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser);

    // The guide's links are anchors of the same page, which the browser follows itself (with its history).
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.hasFragment())
            m_anchor = url.fragment();
    });
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);
    connect(m_contents, &QToolButton::clicked, this, [this] { showAnchor(QStringLiteral("top")); });
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    retranslateUi();
    reload();
    fitToScreen(this, QSize(860, 760), DialogContent::ScrollsOwn);
}

void HelpWindow::setAnchor(QWidget* widget, const char* anchor)
{
    widget->setProperty(kAnchorProperty, QString::fromLatin1(anchor));
}

QString HelpWindow::anchorFor(const QWidget* widget)
{
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        const QString anchor = w->property(kAnchorProperty).toString();
        if (!anchor.isEmpty())
            return anchor;
    }
    return {};
}

void HelpWindow::showAnchor(const QString& anchor)
{
    if (!anchor.isEmpty())
        m_anchor = anchor;
    show();
    raise();
    activateWindow();
    if (m_anchor.isEmpty()) {
        m_browser->verticalScrollBar()->setValue(0);
        return;
    }
    m_browser->scrollToAnchor(m_anchor);
    // A window shown for the first time lays its document out only once the event loop runs: scroll again then.
    QTimer::singleShot(0, this, [this] {
        if (!m_anchor.isEmpty())
            m_browser->scrollToAnchor(m_anchor);
    });
}

void HelpWindow::reload()
{
    const int position = m_browser->verticalScrollBar()->value();
    auto html = UserGuide::html(TextLanguage::application(), m_shortcuts ? m_shortcuts() : QList<GuideShortcut>{});
    m_browser->setHtml(html ? *html : QStringLiteral("<p>%1</p>").arg(html.error().message.toHtmlEscaped()));
    if (!m_anchor.isEmpty())
        m_browser->scrollToAnchor(m_anchor);
    else
        m_browser->verticalScrollBar()->setValue(position);
}

void HelpWindow::retranslateUi()
{
    setWindowTitle(tr("Mengkaart — User guide"));
    m_back->setText(tr("Back"));
    m_forward->setText(tr("Forward"));
    m_contents->setText(tr("Contents"));
}

void HelpWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // After the other windows: the shortcut list takes the actions' texts, which retranslate at the same event.
        QTimer::singleShot(0, this, &HelpWindow::reload);
    }
    QWidget::changeEvent(event);
}

} // namespace Mk
