// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Mk {

/**
 * The first screen without data: open any gemeente from the national data that ship with the program (a searchable
 * list of names with their codes), the demo gemeente, a new analysis of one's own files, or a recent one.
 */
class WelcomeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeWidget(QWidget* parent = nullptr);
    /** Display names of recent analyses, most recent first. */
    void setRecent(const QStringList& names);
    /** Recently opened or saved project files, most recent first (RecentProjects::paths()). */
    void setRecentProjects(const QStringList& paths);
    QListWidget* recentProjectList() const { return m_projects; }
    QPushButton* demoButton() const { return m_demo; }
    QLineEdit* gemeenteSearch() const { return m_search; }
    QListWidget* gemeenteList() const { return m_gemeenten; }

signals:
    void openDemoRequested();
    /** A gemeente of the national data, by code. */
    void openGemeenteRequested(const QString& code);
    void newAnalysisRequested();
    void openProjectRequested();
    void recentRequested(int index);
    void recentProjectRequested(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_recentTitle;
    QStringList m_recentNames;
    QLabel* m_projectsTitle;
    QListWidget* m_projects;
    QStringList m_projectPaths;
    QPushButton* m_demo;
    QPushButton* m_new;
    QPushButton* m_open;
    QListWidget* m_recent;
    QLineEdit* m_search;
    QListWidget* m_gemeenten;
    QPushButton* m_openGemeente;

    void filterGemeenten(const QString& text);
    void openSelectedGemeente();
};

} // namespace Mk
