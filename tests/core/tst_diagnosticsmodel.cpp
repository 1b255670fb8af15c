// SPDX-License-Identifier: GPL-3.0-or-later
// The notes panel's data (issue 12 item 3): DiagnosticsTableModel's sections, columns and copied text,
// and LibraryMessages, which brings what GDAL, PROJ and GEOS say to the notes instead of dropping it.
#include "base/librarymessages.h"
#include "geo/coordinatetransform.h"
#include "geo/geometry.h"
#include "geo/georuntime.h"
#include "itemmodels/diagnosticstablemodel.h"

#include <cpl_error.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Mk;

namespace {

Diagnostic note(Diagnostic::Severity severity, const QString& message, const QString& source = {}, const QString& location = {},
                const QString& column = {}, const QString& advice = {}, const QString& subject = {})
{
    Diagnostic d;
    d.severity = severity;
    d.message = message;
    d.source = source;
    d.location = location;
    d.column = column;
    d.advice = advice;
    d.subjectId = subject;
    return d;
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TstDiagnosticsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GeoRuntime::init(); }

    void sectionsAreReplacedWhole()
    {
        DiagnosticsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Diagnostics data;
        data.add(note(Diagnostic::Severity::Warning, QStringLiteral("no geometry"), QStringLiteral("buurten.gpkg"), QStringLiteral("feature 4"),
                      QStringLiteral("geom"), QStringLiteral("repair it in a GIS")));
        data.info(QStringLiteral("layer buurt used"));
        Diagnostics analysis;
        analysis.error(QStringLiteral("no pupils"), QStringLiteral("06AB00"));
        model.setSection(QStringLiteral("data"), data);
        model.setSection(QStringLiteral("afspiegeling"), analysis);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(DiagnosticsTableModel::ColumnCount));
        QCOMPARE(cell(model, 0, DiagnosticsTableModel::SourceColumn), QStringLiteral("buurten.gpkg"));
        QCOMPARE(cell(model, 0, DiagnosticsTableModel::LocationColumn), QStringLiteral("feature 4"));
        QCOMPARE(cell(model, 0, DiagnosticsTableModel::ColumnColumn), QStringLiteral("geom"));
        QCOMPARE(cell(model, 0, DiagnosticsTableModel::AdviceColumn), QStringLiteral("repair it in a GIS"));
        QCOMPARE(cell(model, 0, DiagnosticsTableModel::SeverityColumn), QStringLiteral("Warning"));
        QCOMPARE(cell(model, 1, DiagnosticsTableModel::SeverityColumn), QStringLiteral("Note"));
        // Without a row, the school or buurt the note is about stands in that column.
        QCOMPARE(cell(model, 2, DiagnosticsTableModel::LocationColumn), QStringLiteral("06AB00"));
        QCOMPARE(model.index(2, 0).data(DiagnosticsTableModel::SeverityRole).toInt(), int(Diagnostic::Severity::Error));
        QCOMPARE(model.count(Diagnostic::Severity::Warning), 1);
        QCOMPARE(model.count(Diagnostic::Severity::Error), 1);

        // The analysis runs again with nothing to say: its note goes, the data's stay.
        model.setSection(QStringLiteral("afspiegeling"), {});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.count(Diagnostic::Severity::Error), 0);
        Diagnostics again;
        again.warning(QStringLiteral("two schools share a site"));
        model.setSection(QStringLiteral("data"), again);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, DiagnosticsTableModel::MessageColumn), QStringLiteral("two schools share a site"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void copiedTextHasAHeaderAndOneLinePerNote()
    {
        DiagnosticsTableModel model;
        Diagnostics data;
        data.add(note(Diagnostic::Severity::Warning, QStringLiteral("value\tnot a number\non two lines"), QStringLiteral("scholen.csv"),
                      QStringLiteral("row 12"), QStringLiteral("LEERLINGEN")));
        data.info(QStringLiteral("second"));
        data.info(QStringLiteral("third"));
        model.setSection(QStringLiteral("data"), data);
        const QStringList lines = model.text({0, 2}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("Severity\tFile\tRow or feature\tColumn\tMessage\tWhat to do"));
        // Tabs and line breaks inside a cell would break the columns a spreadsheet pastes.
        QCOMPARE(lines[1], QStringLiteral("Warning\tscholen.csv\trow 12\tLEERLINGEN\tvalue not a number on two lines\t"));
        QCOMPARE(lines[2].split(QLatin1Char('\t')).value(4), QStringLiteral("third"));
        QCOMPARE(lines[1].count(QLatin1Char('\t')), int(DiagnosticsTableModel::ColumnCount) - 1);
    }

    void libraryMessagesCountRepeatsAndNest()
    {
        QVERIFY(!LibraryMessages::report(Diagnostic::Severity::Warning, QStringLiteral("GDAL"), QStringLiteral("nobody listens")));
        LibraryMessages outer;
        QVERIFY(LibraryMessages::report(Diagnostic::Severity::Warning, QStringLiteral("GDAL"), QStringLiteral("outer")));
        {
            LibraryMessages inner;
            for (int i = 0; i < 3; ++i)
                LibraryMessages::report(Diagnostic::Severity::Info, QStringLiteral("GEOS"), QStringLiteral("Self-intersection"));
            LibraryMessages::report(Diagnostic::Severity::Warning, QStringLiteral("GEOS"), QStringLiteral("Self-intersection"));
            const Diagnostics heard = inner.diagnostics();
            QCOMPARE(heard.size(), 1);
            QCOMPARE(heard.items()[0].source, QStringLiteral("GEOS"));
            QVERIFY(heard.items()[0].message.startsWith(QStringLiteral("Self-intersection")));
            QVERIFY(heard.items()[0].message.contains(QStringLiteral("4")));
            QCOMPARE(heard.items()[0].severity, Diagnostic::Severity::Warning); // the worst of its repeats
            QVERIFY(!heard.items()[0].advice.isEmpty());
        }
        const Diagnostics heard = outer.diagnostics();
        QCOMPARE(heard.size(), 1); // the inner collector kept its own
        QCOMPARE(heard.items()[0].message, QStringLiteral("outer"));
    }

    void libraryMessagesKeepAtMostAFewDistinct()
    {
        LibraryMessages heard;
        for (int i = 0; i < LibraryMessages::kMaxDistinct + 7; ++i)
            LibraryMessages::report(Diagnostic::Severity::Warning, QStringLiteral("GDAL"), QStringLiteral("message %1").arg(i));
        const Diagnostics d = heard.diagnostics();
        QCOMPARE(d.size(), LibraryMessages::kMaxDistinct + 1);
        QVERIFY(d.items().last().message.contains(QStringLiteral("7")));
    }

    void gdalWarningsReachTheCollector()
    {
        LibraryMessages heard;
        CPLError(CE_Warning, CPLE_AppDefined, "Field 'naam' truncated to 254 characters");
        const Diagnostics d = heard.diagnostics();
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.items()[0].source, QStringLiteral("GDAL"));
        QCOMPARE(d.items()[0].message, QStringLiteral("Field 'naam' truncated to 254 characters"));
        QCOMPARE(d.items()[0].severity, Diagnostic::Severity::Warning);
    }

    void geosNoticesReachTheCollector()
    {
        LibraryMessages heard;
        // A bow tie: GEOS says where it crosses itself, in a notice that used to be ignored.
        const Geometry bowTie = Geometry::fromWkt(QStringLiteral("POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))"));
        QVERIFY(!bowTie.isValid());
        const Diagnostics d = heard.diagnostics();
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.items()[0].source, QStringLiteral("GEOS"));
        QVERIFY2(d.items()[0].message.contains(QStringLiteral("Self-intersection")), qPrintable(d.items()[0].message));
    }

    void projErrorsReachTheCollector()
    {
        LibraryMessages heard;
        QVERIFY(!CoordinateTransform::create(QStringLiteral("EPSG:99999999"), QStringLiteral("EPSG:28992")));
        bool fromProj = false;
        const Diagnostics all = heard.diagnostics(); // by value: iterating its items() of a temporary would dangle
        for (const Diagnostic& d : all.items())
            fromProj = fromProj || (d.source == QLatin1String("PROJ") && !d.message.isEmpty());
        QVERIFY(fromProj);
    }
};

QTEST_GUILESS_MAIN(TstDiagnosticsModel)
#include "tst_diagnosticsmodel.moc"
