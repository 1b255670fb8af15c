// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Mk {

/** The first screen without data: open the demo gemeente, start a new analysis, or reopen a recent one. */
class WelcomeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeWidget(QWidget* parent = nullptr);
    /** Display names of recent analyses, most recent first. */
    void setRecent(const QStringList& names);
    QPushButton* demoButton() const { return m_demo; }

signals:
    void openDemoRequested();
    void newAnalysisRequested();
    void openProjectRequested();
    void recentRequested(int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_recentTitle;
    QStringList m_recentNames;
    QPushButton* m_demo;
    QPushButton* m_new;
    QPushButton* m_open;
    QListWidget* m_recent;
};

} // namespace Mk
