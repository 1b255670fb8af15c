// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a project safely: leftovers of interrupted saves, a read-only file, a full disk, two saves at once.
#include "base/feedback.h"
#include "io/datasetloader.h"
#include "project/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Mk;

class TstProjectSave : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Project m_project;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    /** The hidden files of the folder (a killed save leaves ".NAME.mengkaart.XXXXXXXXXXXX.saving"). */
    QStringList hidden() const { return QDir(m_dir.path()).entryList(QDir::Hidden | QDir::Files | QDir::NoDotAndDotDot).filter(QRegularExpression(QStringLiteral("^\\."))); }
    QByteArray bytesOf(const QString& file) const
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        Feedback feedback;
        auto demo = DatasetLoader::loadDemo(feedback);
        QVERIFY(demo);
        m_project.name = QStringLiteral("Baarn");
        m_project.dataset = std::make_shared<const Dataset>(std::move(*demo));
    }

    void leftoversOfKilledSavesAreOfferedThenRemoved()
    {
        Feedback feedback;
        const QString target = path(QStringLiteral("a.mengkaart"));
        QVERIFY(ProjectFile::save(target, m_project, feedback));
        QVERIFY(hidden().isEmpty());
        // What kills leave: a complete copy (killed before the rename), a torn one, a journal alone; and files that are not leftovers.
        const QString complete = path(QStringLiteral(".a.mengkaart.0123456789ab.saving"));
        QVERIFY(QFile::copy(target, complete));
        const QDateTime saved = QFileInfo(target).lastModified();
        QFile copy(complete);
        QVERIFY(copy.open(QIODevice::ReadWrite));
        QVERIFY(copy.setFileTime(saved.addSecs(60), QFileDevice::FileModificationTime));
        copy.close();
        QFile torn(path(QStringLiteral(".a.mengkaart.ba9876543210.saving")));
        QVERIFY(torn.open(QIODevice::WriteOnly));
        torn.write(bytesOf(target).left(5000));
        torn.close();
        QVERIFY(torn.open(QIODevice::ReadWrite));
        QVERIFY(torn.setFileTime(saved.addSecs(-60), QFileDevice::FileModificationTime));
        torn.close();
        QFile journal(path(QStringLiteral(".a.mengkaart.aaaaaaaaaaaa.saving-journal")));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.close();
        QFile other(path(QStringLiteral(".b.mengkaart.0123456789ab.saving")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();

        const QList<ProjectFile::Leftover> left = ProjectFile::leftovers(target);
        QCOMPARE(left.size(), 2); // the journal alone holds nothing to offer
        QCOMPARE(left.first().file, complete);
        QVERIFY(left.first().newer);
        QVERIFY(!left.last().newer);

        QVERIFY(ProjectFile::save(target, m_project, feedback));
        QCOMPARE(hidden(), QStringList{QStringLiteral(".b.mengkaart.0123456789ab.saving")}); // another project's is not ours to remove
        QVERIFY(ProjectFile::load(target, feedback));
    }

    void noLeftoverIsTouchedWhileASaveRuns()
    {
        const QString target = path(QStringLiteral("c.mengkaart"));
        const QString running = path(QStringLiteral(".c.mengkaart.00000000000c.saving"));
        QFile f(running);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QLockFile other(path(QStringLiteral(".c.mengkaart.lock"))); // another save of c.mengkaart holds the lock
        QVERIFY(other.tryLock(0));
        Feedback feedback;
        const auto saved = ProjectFile::save(target, m_project, feedback);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(QStringLiteral("being saved by another Mengkaart")), qPrintable(saved.error().message));
        QVERIFY(ProjectFile::leftovers(target).isEmpty());
        QCOMPARE(ProjectFile::removeLeftovers(target), 0);
        QVERIFY(QFile::exists(running));
        other.unlock();
        QCOMPARE(ProjectFile::removeLeftovers(target), 1);
        QVERIFY(!QFile::exists(running));
    }

    void aReadOnlyFileIsNotReplaced()
    {
        const QString target = path(QStringLiteral("readonly.mengkaart"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the user's own bytes");
        f.close();
        QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther)); // 0444
        Feedback feedback;
        const auto saved = ProjectFile::save(target, m_project, feedback);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(QStringLiteral("readonly.mengkaart is read-only")), qPrintable(saved.error().message));
        QCOMPARE(bytesOf(target), QByteArray("the user's own bytes"));
        QVERIFY(hidden().filter(QStringLiteral("readonly")).isEmpty());
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }

    void aFullDiskIsSaidInOneSentence()
    {
        // The file size limit stands in for a full disk: SQLite's write is cut short (SQLITE_FULL, then an I/O error).
        const QString target = path(QStringLiteral("full.mengkaart"));
        rlimit before{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = before;
        small.rlim_cur = 100 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        Feedback feedback;
        const auto saved = ProjectFile::save(target, m_project, feedback);
        setrlimit(RLIMIT_FSIZE, &before);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!saved);
        const QString text = saved.error().toString();
        QVERIFY2(text.startsWith(QStringLiteral("The disk")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("full.mengkaart")) && text.endsWith(QStringLiteral("could not be saved; the previous file is unchanged.")),
                 qPrintable(text));
        QCOMPARE(text.count(QLatin1Char('.')) - text.count(QStringLiteral(".mengkaart")), 1); // one sentence
        for (const char* sql : {"INSERT", "CREATE", "SELECT"})
            QVERIFY2(!text.contains(QLatin1String(sql)), qPrintable(text));
        QVERIFY(!QFile::exists(target));
        QVERIFY(hidden().filter(QStringLiteral("full")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstProjectSave)
#include "tst_projectsave.moc"
