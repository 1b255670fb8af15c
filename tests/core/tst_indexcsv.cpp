// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexinput.h"
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
        QCOMPARE(t->text(0, 1), QStringLiteral("Caf\u00e9"));
        QCOMPARE(*t->number(0, 2), 0.34);
        QCOMPARE(*t->number(1, 2), 1.0);
    }

    void sentinelsAndSuppressedCells()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("pc4.csv"), "pc4,inw\n1011,-99997\n1012,<5\n1013,\n1014,12\n");
        const auto t = CsvTable::read(path);
        QVERIFY(t);
        QVERIFY(t->value(0, 1)->isSuppressed());
        QVERIFY(t->value(1, 1)->isSuppressed());
        QVERIFY(t->value(2, 1)->isMissing());
        QCOMPARE(t->value(3, 1)->number, 12.0);
        const auto suppressed = t->number(0, 1);
        QVERIFY(!suppressed);
        QVERIFY(suppressed.error().message.contains(QStringLiteral("line 2")));
        // Row filter keeps the original line numbers.
        const CsvTable one = t->withRowsWhere(0, QStringLiteral("1014"));
        QCOMPARE(one.rowCount(), 1);
        QCOMPARE(one.lineNumber(0), 5);
    }

    void indexInputFromCsv()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("scholen.csv"),
                                       "brin;laag;hoog\n01AA;12;<5\n02BB;0;0\n03CC;7;30\n03CC;1;1\n");
        const auto t = CsvTable::read(path);
        QVERIFY(t);
        const auto duplicate = IndexInput::fromCsvTable(*t, QStringLiteral("brin"), {QStringLiteral("laag"), QStringLiteral("hoog")});
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, ErrorCode::DuplicateId);
        QVERIFY(duplicate.error().message.contains(QStringLiteral("lines 4 and 5")));

        const auto input = IndexInput::fromCsvTable(t->withRowsWhere(0, QStringLiteral("01AA")),
                                                    QStringLiteral("brin"), {QStringLiteral("laag"), QStringLiteral("hoog")});
        // "<5" is read as 0 with a warning, which leaves group "hoog" empty: an error naming it.
        QVERIFY(!input);
        QVERIFY(input.error().message.contains(QStringLiteral("hoog")));

        const QString ok = writeFile(dir, QStringLiteral("ok.csv"), "brin,laag,hoog\n01AA,12,<5\n02BB,0,0\n03CC,7,30\n");
        const auto input2 = IndexInput::fromCsvTable(*CsvTable::read(ok), QStringLiteral("brin"), {QStringLiteral("laag"), QStringLiteral("hoog")});
        QVERIFY(input2);
        QCOMPARE(input2->unitCount(), 2);
        QCOMPARE(input2->count(0, 1), 0.0);
        QCOMPARE(input2->skippedUnitIds(), QStringList{QStringLiteral("02BB")});
        QCOMPARE(input2->diagnostics().size(), 2); // the suppressed cell and the empty school
        const auto missing = IndexInput::fromCsvTable(*CsvTable::read(ok), QStringLiteral("brin"), {QStringLiteral("laag"), QStringLiteral("midden")});
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("midden")) && missing.error().message.contains(QStringLiteral("ok.csv")));
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
