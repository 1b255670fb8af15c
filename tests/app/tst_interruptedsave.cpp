// SPDX-License-Identifier: GPL-3.0-or-later
// At start-up the GUI offers back a complete copy a killed save of a recent project left, and removes
// every leftover either way.
#include "base/feedback.h"
#include "gui/projectcontroller.h"
#include "gui/recentprojects.h"
#include "io/datasetloader.h"
#include "project/projectfile.h"
#include "guitestutils.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

using namespace Mk;

class TstInterruptedSave : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /** A saved project `name` and, next to it, the complete temporary of a later save that was killed before its rename. */
    QString projectWithLeftover(const QString& file, const QString& savedName, const QString& leftoverName)
    {
        Feedback feedback;
        auto demo = DatasetLoader::loadDemo(feedback);
        if (!demo)
            qFatal("demo: %s", qPrintable(demo.error().message));
        Project p;
        p.dataset = std::make_shared<const Dataset>(std::move(*demo));
        p.name = savedName;
        const QString path = m_dir.filePath(file);
        if (!ProjectFile::save(path, p, feedback))
            qFatal("save failed");
        p.name = leftoverName;
        const QString leftover = m_dir.filePath(QStringLiteral(".%1.0123456789ab.saving").arg(file));
        if (!ProjectFile::save(leftover, p, feedback))
            qFatal("save failed");
        QFile f(leftover);
        if (!f.open(QIODevice::ReadWrite) || !f.setFileTime(QFileInfo(path).lastModified().addSecs(60), QFileDevice::FileModificationTime))
            qFatal("cannot date the leftover");
        RecentProjects::add(path);
        return path;
    }

    /** Answers the next question box with the button `text`; what it asked goes to `question`. */
    void answer(const QString& text, QString& question)
    {
        QTimer::singleShot(200, this, [text, &question] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            for (QAbstractButton* b : box->buttons())
                if (b->text() == text)
                    b->click();
        });
    }

private slots:
    void initTestCase() { initGuiTest(QStringLiteral("tst_interruptedsave"), QStringLiteral("en")); }

    void aCompleteNewerCopyIsOfferedBack()
    {
        const QString path = projectWithLeftover(QStringLiteral("baarn.mengkaart"), QStringLiteral("Saved"), QStringLiteral("Newer"));
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QString question;
        answer(QStringLiteral("Restore"), question);
        QSignalSpy shown(&w, &MainWindow::datasetShown);
        QVERIFY(w.projects()->offerRecovery());
        QVERIFY2(question.contains(QStringLiteral("Saving baarn.mengkaart was interrupted")), qPrintable(question));
        QVERIFY(shown.wait(30000));
        QCOMPARE(w.projects()->name(), QStringLiteral("Newer"));
        QCOMPARE(w.projects()->filePath(), path); // saving writes the project itself, not the leftover
        QVERIFY(w.isWindowModified());
        QVERIFY(ProjectFile::leftovers(path).isEmpty());
    }

    void aDiscardedCopyIsRemoved()
    {
        const QString path = projectWithLeftover(QStringLiteral("other.mengkaart"), QStringLiteral("Saved"), QStringLiteral("Newer"));
        MainWindow w;
        QString question;
        answer(QStringLiteral("Discard"), question);
        QVERIFY(!w.projects()->offerRecovery());
        QVERIFY(!question.isEmpty());
        QVERIFY(ProjectFile::leftovers(path).isEmpty());
        Feedback feedback;
        const auto kept = ProjectFile::load(path, feedback);
        QVERIFY(kept);
        QCOMPARE(kept->name, QStringLiteral("Saved"));
    }
};

QTEST_MAIN(TstInterruptedSave)
#include "tst_interruptedsave.moc"
