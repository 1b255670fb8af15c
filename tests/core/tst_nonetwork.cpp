// SPDX-License-Identifier: GPL-3.0-or-later
// No file makes Mengkaart contact a server. A listener on 127.0.0.1 (loopback only; this is the one
// test with network code, see tests/scripts/checknonetwork.cmake) stands in for the server every
// crafted file points at; each is fed to every loader, and the listener must see no connection.
#include "base/feedback.h"
#include "geo/georuntime.h"
#include "io/arealoader.h"
#include "io/compositionloader.h"
#include "io/csvtable.h"
#include "io/datasetloader.h"
#include "io/fileinspector.h"
#include "io/postcodeloader.h"
#include "io/pupilcountloader.h"
#include "io/pupilflowloader.h"
#include "io/schoolloader.h"
#include "io/schoolwegingloader.h"
#include "io/tablereader.h"
#include "io/vveloader.h"
#include "project/projectfile.h"
#include "iotestfiles.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_http.h>
#include <cpl_vsi.h>

#include <functional>

using namespace Mk;

namespace {

/** Every way a path enters Mengkaart; each returns the refusal's message, or empty when the file was accepted. */
const std::pair<const char*, std::function<QString(const QString&)>> kLoaders[] = {
    {"TableReader", [](const QString& p) { auto r = TableReader::open(p); return r ? QString() : r.error().message; }},
    {"CsvTable", [](const QString& p) { auto r = CsvTable::read(p); return r ? QString() : r.error().message; }},
    {"FileInspector", [](const QString& p) { auto r = FileInspector::inspect(p); return r ? QString() : r.error().message; }},
    {"AreaLoader", [](const QString& p) { Diagnostics d; auto r = AreaLoader::load(p, {}, {}, d); return r ? QString() : r.error().message; }},
    {"AreaLoader::listGemeenten", [](const QString& p) { auto r = AreaLoader::listGemeenten(p); return r ? QString() : r.error().message; }},
    {"SchoolLoader", [](const QString& p) { Diagnostics d; auto r = SchoolLoader::load(p, {}, d); return r ? QString() : r.error().message; }},
    {"PupilCountLoader", [](const QString& p) { Diagnostics d; auto r = PupilCountLoader::load(p, d); return r ? QString() : r.error().message; }},
    {"PupilFlowLoader", [](const QString& p) { Diagnostics d; auto r = PupilFlowLoader::load(p, {}, d); return r ? QString() : r.error().message; }},
    {"PostcodeLoader (statistics)", [](const QString& p) { Diagnostics d; auto r = PostcodeLoader::load(p, {}, d); return r ? QString() : r.error().message; }},
    {"PostcodeLoader (centroids)", [](const QString& p) { Diagnostics d; auto r = PostcodeLoader::load({}, p, d); return r ? QString() : r.error().message; }},
    {"SchoolwegingLoader", [](const QString& p) { Diagnostics d; auto r = SchoolwegingLoader::load(p, d); return r ? QString() : r.error().message; }},
    {"CompositionLoader", [](const QString& p) { Diagnostics d; auto r = CompositionLoader::load(p, nullptr, d); return r ? QString() : r.error().message; }},
    {"VveLoader", [](const QString& p) { Diagnostics d; auto r = VveLoader::load(p, {}, d); return r ? QString() : r.error().message; }},
    {"DatasetLoader", [](const QString& p) {
         LoadRequest request;
         request.areasFile = p;
         Feedback f;
         auto r = DatasetLoader::load(request, f);
         return r ? QString() : r.error().message;
     }},
    {"ProjectFile", [](const QString& p) { Feedback f; auto r = ProjectFile::load(p, f); return r ? QString() : r.error().message; }},
};

} // namespace

class TstNoNetwork : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTcpServer m_server;
    QString m_url; ///< http://127.0.0.1:PORT
    int m_connections = 0;

    QString write(const QString& name, const QString& text) { return writeTestFile(m_dir.path(), name, text.toUtf8()); }

    /** Connections the listener received since the last call (waiting briefly for ones still in the backlog). */
    int connectionsSinceLastCall()
    {
        m_server.waitForNewConnection(100);
        QCoreApplication::processEvents();
        while (QTcpSocket* s = m_server.nextPendingConnection()) {
            ++m_connections;
            s->abort();
            s->deleteLater();
        }
        return std::exchange(m_connections, 0);
    }

private slots:
    void initTestCase()
    {
        GeoRuntime::init();
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        m_url = QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }

    void theListenerCountsConnections()
    {
        // The control: a connection to the listener is seen, so zero below means none was made.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
        QVERIFY(socket.waitForConnected(5000));
        QCOMPARE(connectionsSinceLastCall(), 1);
    }

    void filesThatReferToTheServer_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("refusal"); // in every loader's message
        const QString vrt = QStringLiteral("<OGRVRTDataSource><OGRVRTLayer name=\"buurten\"><SrcDataSource>%1</SrcDataSource>"
                                           "</OGRVRTLayer></OGRVRTDataSource>\n");
        const QString vrtFormat = QStringLiteral("does not open this format");
        QTest::newRow("VRT, http source") << write(QStringLiteral("http.vrt"), vrt.arg(m_url + QStringLiteral("/buurten.geojson"))) << vrtFormat;
        QTest::newRow("VRT, /vsicurl/ source") << write(QStringLiteral("vsicurl.vrt"), vrt.arg(QStringLiteral("/vsicurl/") + m_url + QStringLiteral("/b.gpkg")))
                                               << vrtFormat;
        QTest::newRow("VRT named .gpkg") << write(QStringLiteral("disguised.gpkg"), vrt.arg(m_url + QStringLiteral("/buurten.geojson"))) << vrtFormat;
        QTest::newRow("VRT named .geojson") << write(QStringLiteral("disguised.geojson"), vrt.arg(m_url + QStringLiteral("/b.geojson"))) << vrtFormat;
        const QString gml = QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<ogr:FeatureCollection xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            "xsi:schemaLocation=\"http://ogr.maptools.org/ %1\" xmlns:ogr=\"http://ogr.maptools.org/\" xmlns:gml=\"http://www.opengis.net/gml\">\n"
            "<gml:featureMember><ogr:buurten fid=\"buurten.0\"><ogr:buurtcode>BU03080101</ogr:buurtcode></ogr:buurten></gml:featureMember>\n"
            "</ogr:FeatureCollection>\n");
        QTest::newRow("GML, remote schema") << write(QStringLiteral("remote.gml"), gml.arg(m_url + QStringLiteral("/schema.xsd")))
                                            << QStringLiteral("which GDAL would download");
        QTest::newRow("GML, WFS schema")
            << write(QStringLiteral("wfs.gml"), gml.arg(m_url + QStringLiteral("/wfs?SERVICE=WFS&amp;REQUEST=DescribeFeatureType&amp;TYPENAME=ogr:buurten")))
            << QStringLiteral("which GDAL would download");
        write(QStringLiteral("local.xsd"), QStringLiteral("<?xml version=\"1.0\"?>\n<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">"
                                                          "<xs:include schemaLocation=\"%1/part.xsd\"/></xs:schema>\n")
                                               .arg(m_url));
        QTest::newRow("GML, its .xsd includes a remote schema") << write(QStringLiteral("local.gml"), gml.arg(QStringLiteral("local.xsd")))
                                                                << QStringLiteral("local.xsd refers to");
        QTest::newRow("web address") << m_url + QStringLiteral("/buurten.gpkg") << QStringLiteral("not a file on this computer");
        QTest::newRow("/vsicurl/ path") << QStringLiteral("/vsicurl/") + m_url + QStringLiteral("/buurten.gpkg")
                                        << QStringLiteral("not a file on this computer");
    }

    void filesThatReferToTheServer()
    {
        QFETCH(QString, path);
        QFETCH(QString, refusal);
        for (const auto& [name, load] : kLoaders) {
            const QString message = load(path);
            if (QLatin1String(name) == QLatin1String("ProjectFile")) {
                QVERIFY2(!message.isEmpty(), name); // a project is a GeoPackage, read by its own code
                continue;
            }
            QVERIFY2(message.contains(refusal), qPrintable(QStringLiteral("%1: \"%2\" lacks \"%3\"").arg(QLatin1String(name), message, refusal)));
        }
        QCOMPARE(connectionsSinceLastCall(), 0);
    }

    void gdalItselfMakesNoRequest()
    {
        // Below the file checks: GDAL's network file systems and HTTP client are off, whatever asks them.
        VSIStatBufL stat;
        QVERIFY(VSIStatL(QStringLiteral("/vsicurl/%1/x.gpkg").arg(m_url).toUtf8().constData(), &stat) != 0);
        QVERIFY(VSIFOpenL(QStringLiteral("/vsicurl_streaming/%1/x.csv").arg(m_url).toUtf8().constData(), "rb") == nullptr);
        CPLHTTPResult* result = CPLHTTPFetch((m_url + QStringLiteral("/x.geojson")).toUtf8().constData(), nullptr);
        QVERIFY(result && result->nStatus != 0 && result->nDataLen == 0);
        CPLHTTPDestroyResult(result);
        QCOMPARE(connectionsSinceLastCall(), 0);
    }
};

QTEST_GUILESS_MAIN(TstNoNetwork)
#include "tst_nonetwork.moc"
