// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/briefingtestdata.h"
#include "io/datasetloader.h"
#include "model/dataset.h"
#include "report/briefingbuilder.h"
#include "shared/appinit.h"
#include "shared/briefing/briefingrenderer.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Mk;

namespace {

/** Runs a poppler tool and returns its standard output (fails the test when it cannot run). */
QString run(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(tool), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct Pdf {
    QString path;
    int pages = 0;
    QString text;          ///< pdftotext -layout of the whole document
    QStringList pageTexts; ///< per page
};

} // namespace

/**
 * The demo briefing as a person would check it: rendered to PDF in Dutch and English with the UI in
 * English, then read back with poppler (pdfinfo, pdftotext, pdffonts, pdftoppm).
 */
class TstBriefingPdf : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        AppInit::initialise(*qApp, QStringLiteral("en"));
        for (const char* tool : {"pdfinfo", "pdftotext", "pdffonts", "pdftoppm"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
        QVERIFY(m_dir.isValid());
    }

    void dutchBriefing()
    {
        const Pdf pdf = render(briefingDemo(), briefingTestSpec(QStringLiteral("nl")), QStringLiteral("nl.pdf"));
        for (const char* expected : {"Schoolsegregatie in Baarn", "Kerncijfers", "In het kort", "Segregatie-index D", "Bij toeval",
                                     "Dichtstbijzijnde school", "Kaart", "Bron: CBS, DUO", "Scholen en hun voedingsgebied",
                                     "Grafieken", "LEA-doelen", "Ontwikkeling", "Methoden en bronnen", "pagina 2",
                                     "Geen gegevens", "Afgeschermd"})
            QVERIFY2(pdf.text.contains(QString::fromUtf8(expected)), expected);
        // Sources' publishers and licences in Dutch too (a line may break inside them).
        QVERIFY(pdf.text.simplified().contains(QStringLiteral("schoolweging (berekend door CBS)")));
        // Dutch numbers: decimal commas, no decimal points.
        QVERIFY(pdf.text.contains(QRegularExpression(QStringLiteral("\\b0,0\\d\\d\\b"))));
        QVERIFY(!pdf.text.contains(QRegularExpression(QStringLiteral("\\b0\\.\\d\\d\\d\\b"))));
        // The UI is English: no fixed English string may leak into the Dutch document.
        for (const char* english : {"Key figures", "In brief", "At random", "Nearest school", "Methods and sources", "Schools and their",
                                    "page ", "Source:", "No data", "Suppressed (too few", "Catchment", "against its", "Share (%)",
                                    "Value with", "mirrors its area", "estimate", "Pupils", "Denomination", "LEA goals", "Trend",
                                    "Definitions", "School segregation", "computed by CBS", "geocoded with"})
            QVERIFY2(!pdf.text.contains(QString::fromUtf8(english)), english);
        QCOMPARE(QCoreApplication::translate("Mk::LayerStyle", "No data"), QStringLiteral("No data")); // the UI stays English
        // The characteristic and its groups by the mapping's Dutch labels (CBS herkomst), never by their English keys.
        for (const char* expected : {"naar herkomst is", "Nederland", "Europa (exclusief Nederland)", "buiten Europa",
                                     "Aangenomen is dat kinderen"})
            QVERIFY2(pdf.text.contains(QString::fromUtf8(expected)), expected);
        for (const char* english : {"Dutch origin", "migration background", "Europe", "origin", "groups:", "Children aged"})
            QVERIFY2(!pdf.text.contains(QString::fromUtf8(english)), english);
        checkPupilEstimate(pdf, QStringLiteral("40 leerlingen (schatting)"));
        checkHeaderWord(pdf, QStringLiteral("Kerncijfers"), QStringLiteral("Segregatie-index D"), QStringLiteral("Dichtstbijzijnde"));
    }

    void englishBriefing()
    {
        const Pdf pdf = render(briefingDemo(), briefingTestSpec(QStringLiteral("en")), QStringLiteral("en.pdf"));
        for (const char* expected : {"School segregation in Baarn", "Key figures", "Dissimilarity index D", "Map", "Source: CBS, DUO",
                                     "Schools and their catchment areas", "Charts", "LEA goals", "2021-2022", "Methods and sources",
                                     "page 2", "9 primary schools"})
            QVERIFY2(pdf.text.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(pdf.text.simplified().contains(QStringLiteral("schoolweging (computed by CBS)")));
        // The pupil total says how much of it is an estimate (Marimba's 40 from the pupil flows).
        QVERIFY(pdf.text.simplified().contains(QStringLiteral("9 primary schools, 2,025 pupils (40 of them estimated)")));
        QVERIFY(pdf.text.contains(QRegularExpression(QStringLiteral("\\b0\\.0\\d\\d\\b"))));
        for (const char* dutch : {"In het kort", "Kaart", "pagina", "Bron:", "Geen gegevens", "Bij toeval"})
            QVERIFY2(!pdf.text.contains(QString::fromUtf8(dutch)), dutch);
        // The English labels of the mapping.
        for (const char* expected : {"by origin is", "Netherlands", "Europe (excluding the Netherlands)", "outside Europe",
                                     "Children aged 0-15"})
            QVERIFY2(pdf.text.contains(QString::fromUtf8(expected)), expected);
        for (const char* dutch : {"herkomstverdeling", "Europa (exclusief", "buiten Europa", "Dutch origin"})
            QVERIFY2(!pdf.text.contains(QString::fromUtf8(dutch)), dutch);
        checkPupilEstimate(pdf, QStringLiteral("40 pupils (estimate)"));
    }

    // Small observed counts: the 3 pupils and its complement print as "<5", in the table and the summary.
    void privacyInThePdf()
    {
        const auto ds = briefingDemoWithSmallCells();
        BriefingSpec s = briefingTestSpec(QStringLiteral("en"));
        s.sections = {BriefingSection::kKeyFigures, BriefingSection::kSchools};
        const Pdf pdf = render(ds, s, QStringLiteral("privacy.pdf"));
        QVERIFY(pdf.text.contains(QStringLiteral("shown as <5")));
        // The row of the school with 3 pupils in a group: two withheld shares (primary and secondary), and
        // the gap when it is of that group.
        const QString name = ds->schools.first().name.section(QLatin1Char(' '), 0, 1);
        QString row;
        for (const QString& line : pdf.text.split(QLatin1Char('\n')))
            if (line.contains(name))
                row = line;
        QVERIFY2(!row.isEmpty(), qPrintable(name));
        QVERIFY2(row.count(QStringLiteral("<5")) >= 2, qPrintable(row));
        QVERIFY(!row.contains(QStringLiteral("0.8 %"))); // 3 of 475 pupils would be 0.6 %; nothing of it shows
    }

    // Amsterdam, from the embedded national data: fourteen denominations make a long map legend, which ran into the
    // page footer; the map gives way, so the legend's last line stands above the footer.
    void mapLegendAboveTheFooter()
    {
        Feedback feedback;
        auto loaded = DatasetLoader::load(DatasetLoader::nationalRequest(QStringLiteral("GM0363")), feedback);
        QVERIFY(loaded.hasValue());
        const Pdf pdf = render(std::make_shared<const Dataset>(std::move(loaded.value())), briefingTestSpec(QStringLiteral("nl")),
                               QStringLiteral("amsterdam.pdf"));
        bool found = false;
        for (const QString& page : pdf.pageTexts) {
            if (!page.contains(QLatin1String("Bron: CBS, DUO")))
                continue;
            found = true;
            const QStringList lines = page.split(QLatin1Char('\n'));
            qsizetype legendEnd = -1, footer = -1;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                legendEnd = lines[i].contains(QLatin1String("Leerlingen: ")) ? i : legendEnd;
                footer = footer < 0 && lines[i].contains(QLatin1String("LEA-notitie van")) ? i : footer;
            }
            QVERIFY2(legendEnd >= 0 && footer > legendEnd, qPrintable(page));
        }
        QVERIFY(found);
    }

private:
    /** Marimba's pupil count comes from the pupils by home postcode: the school table says it is an estimate. */
    static void checkPupilEstimate(const Pdf& pdf, const QString& expected)
    {
        QString table;
        for (const QString& page : pdf.pageTexts)
            if (page.contains(QStringLiteral("Marimba")))
                table += page;
        table.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        QVERIFY2(table.contains(expected), qPrintable(expected));
    }

    /** The header of the table under `heading` (the lines above the row starting with `firstRow`) holds `word` whole. */
    static void checkHeaderWord(const Pdf& pdf, const QString& heading, const QString& firstRow, const QString& word)
    {
        QStringList header;
        for (const QString& page : pdf.text.split(QLatin1Char('\f'))) {
            if (!page.contains(heading))
                continue;
            const QStringList lines = page.split(QLatin1Char('\n'));
            qsizetype row = 0;
            while (row < lines.size() && !lines[row].trimmed().startsWith(firstRow))
                ++row;
            if (row < lines.size()) {
                header = lines.mid(std::max<qsizetype>(0, row - 4), std::min<qsizetype>(row, 4));
                break;
            }
        }
        QVERIFY2(!header.isEmpty(), qPrintable(heading));
        QVERIFY2(header.join(QLatin1Char('\n')).contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(word))),
                 qPrintable(header.join(QLatin1Char('\n'))));
    }

    Pdf render(const std::shared_ptr<const Dataset>& ds, const BriefingSpec& s, const QString& name)
    {
        Pdf pdf;
        Feedback feedback;
        auto content = BriefingBuilder::build(ds, s, feedback);
        if (!content)
            qFatal("%s", qPrintable(content.error().toString()));
        pdf.path = m_dir.filePath(name);
        const BriefingRenderer renderer;
        const auto written = renderer.writePdf(*content, pdf.path);
        if (!written)
            qFatal("%s", qPrintable(written.error().toString()));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf.path});
        pdf.pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        [&] {
            QVERIFY2(info.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(info));
            QCOMPARE(pdf.pages, renderer.lastPageCount());
            QVERIFY(pdf.pages >= 2);
            // Every font embedded.
            const QStringList fonts = run(QStringLiteral("pdffonts"), {pdf.path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
            QVERIFY(!fonts.isEmpty());
            for (const QString& f : fonts)
                QVERIFY2(f.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"))), qPrintable(f));
        }();
        pdf.text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf.path, QStringLiteral("-")});
        for (int p = 1; p <= pdf.pages; ++p)
            pdf.pageTexts.append(run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"),
                                                                   QString::number(p), pdf.path, QStringLiteral("-")}));
        checkPages(pdf, s.hasSection(BriefingSection::kMap));
        return pdf;
    }

    /** Every page becomes a PNG; the map page has real ink on it, not a blank frame. */
    void checkPages(const Pdf& pdf, bool hasMap)
    {
        const QString prefix = m_dir.filePath(QFileInfo(pdf.path).baseName());
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), pdf.path, prefix});
        const QStringList pngs = QDir(m_dir.path()).entryList({QFileInfo(pdf.path).baseName() + QStringLiteral("-*.png")});
        QCOMPARE(pngs.size(), pdf.pages);
        if (!hasMap)
            return;
        int mapPage = -1;
        for (int p = 0; p < pdf.pageTexts.size(); ++p)
            if (pdf.pageTexts[p].contains(QStringLiteral("Mengkaart.")) && pdf.pageTexts[p].contains(QStringLiteral("CBS")))
                mapPage = p;
        QVERIFY(mapPage >= 0);
        const QImage image(m_dir.filePath(pngs[mapPage]));
        QVERIFY(!image.isNull());
        qsizetype ink = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                ink += qGray(image.pixel(x, y)) < 235 ? 1 : 0;
        // Choropleth, schools and lines cover a good part of the page (a page without its map has about 5 % ink; the
        // white casing under catchment outlines brought the demo's map page to about 20 %).
        QVERIFY2(ink > image.width() * image.height() / 6, qPrintable(QString::number(ink)));
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TstBriefingPdf)
#include "tst_briefingpdf.moc"
