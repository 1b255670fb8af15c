// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvtable.h"
#include "testutils.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Mk;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

} // namespace

class TstIndexCsv : public QObject
{
    Q_OBJECT
private slots:
    void commaSeparatedWithQuotes()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("scholen.csv"),
                                       "id,naam,laag,hoog\n0101,\"School, de Wereld\",12,3.5\n0102,\"Het \"\"Kompas\"\"\",0,7\n");
        const auto t = CsvTable::read(path);
        QVERIFY2(t, qPrintable(t ? QString() : t.error().toString()));
        QCOMPARE(t->headers(), (QStringList{QStringLiteral("id"), QStringLiteral("naam"), QStringLiteral("laag"), QStringLiteral("hoog")}));
        QCOMPARE(t->rowCount(), 2);
        QCOMPARE(t->text(0, 0), QStringLiteral("0101"));
        QCOMPARE(t->text(0, 1), QStringLiteral("School, de Wereld"));
        QCOMPARE(t->text(1, 1), QStringLiteral("Het \"Kompas\""));
        QVERIFY(!t->decimalComma());
        QCOMPARE(*t->number(0, 3), 3.5);
        QCOMPARE(t->columnIndex(QStringLiteral("HOOG")), 3);
        QCOMPARE(t->columnIndex(QStringLiteral("midden")), -1);
    }

    void semicolonWithDecimalCommaAndLatin1()
    {
        QTemporaryDir dir;
        // Windows-1252/Latin-1 bytes: "é" = 0xE9, as in older DUO exports; no .csv extension.
        const QString path = writeFile(dir, QStringLiteral("export.txt"), "id;naam;aandeel\nA;Caf\xe9;0,34\nB;X;1\n");
        const auto t = CsvTable::read(path);
        QVERIFY2(t, qPrintable(t ? QString() : t.error().toString()));
        QVERIFY(t->decimalComma());
        QCOMPARE(t->text(0, 1), QStringLiteral("Caf\u00e9"));
        QCOMPARE(*t->number(0, 2), 0.34);
        QCOMPARE(*t->number(1, 2), 1.0);
    }

    void errorsNameFileLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("fout.csv"), "id,laag\nA,12\nB,veel\n");
        const auto t = CsvTable::read(path);
        QVERIFY(t);
        const auto bad = t->number(1, 1);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("fout.csv")));
        QVERIFY(bad.error().message.contains(QStringLiteral("3")));
        QVERIFY(bad.error().message.contains(QStringLiteral("laag")));
        QVERIFY(!CsvTable::read(dir.filePath(QStringLiteral("bestaat-niet.csv"))));
        QVERIFY(!CsvTable::read(writeFile(dir, QStringLiteral("leeg.csv"), "")));
    }

    void embeddedDemoResource()
    {
        const auto t = CsvTable::read(QStringLiteral(":/demo/baarn/scholen_po_2024.csv"));
        QVERIFY2(t, qPrintable(t ? QString() : t.error().toString()));
        QVERIFY(t->rowCount() > 5);
        QVERIFY(t->headers().size() > 2);
    }
};

QTEST_GUILESS_MAIN(TstIndexCsv)
#include "tst_indexcsv.moc"
