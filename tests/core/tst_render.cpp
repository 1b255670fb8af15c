// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/catchment.h"
#include "geo/geometry.h"
#include "render/areamaplayer.h"
#include "render/catchmentmaplayer.h"
#include "render/colorramp.h"
#include "render/imagebands.h"
#include "render/labelcache.h"
#include "render/layerfactory.h"
#include "render/layerrenderer.h"
#include "render/legendrenderer.h"
#include "render/maprenderjob.h"
#include "render/pointlayerrenderer.h"
#include "render/pointmaplayer.h"
#include "render/polygonset.h"
#include "render/rendercontext.h"
#include "render/screengeometry.h"
#include "render/widelines.h"
#include "synthetictown.h"
#include "testutils.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <cmath>

using namespace Mk;

namespace {

/** Paints nothing and only returns once the job is cancelled: proves cancellation reaches workers. */
class BlockingRenderer : public LayerRenderer
{
public:
    void render(QPainter&, const RenderContext& context) override
    {
        while (!context.isCanceled())
            QThread::msleep(2);
    }
};

MapSettings settingsFor(const QRectF& extent, QSize size = {400, 400}, double dpr = 1.0)
{
    MapSettings s;
    s.setExtent(extent);
    s.setOutputSize(size);
    s.setDevicePixelRatio(dpr);
    s.setBackgroundColor(Qt::black);
    return s;
}

QRgb pixelAt(const QImage& image, const MapSettings& s, QPointF map)
{
    const QPointF p = s.toPixel(map) * s.devicePixelRatio();
    return image.pixel(p.toPoint());
}

QPointF centreOfBuurt(int i)
{
    return {154000.0 + (i % 4) * 500 + 250, 462000.0 + (i / 4) * 500 + 250};
}

/** One synchronous render of `layers` (bottom first). */
QImage renderLayers(const std::vector<const MapLayer*>& layers, const MapSettings& s)
{
    std::vector<std::unique_ptr<LayerRenderer>> r;
    for (const MapLayer* l : layers)
        r.push_back(l->createRenderer(s));
    return MapRenderJob::renderImage(s, std::move(r));
}

/**
 * A choropleth of `columns` x `rows` irregular cells (some with a hole, some missing or suppressed: hatched) and one
 * wide cell across them all, in a 10 km square: many features whose translucent outlines cross any band edge.
 */
std::unique_ptr<AreaMapLayer> mosaic(int columns, int rows)
{
    auto areas = std::make_shared<AreaLayer>();
    std::vector<AttributeValue> values;
    const double w = 10000.0 / columns, h = 10000.0 / rows;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const double x = 150000.0 + c * w, y = 460000.0 + r * h;
            const double jx = ((c * 7 + r * 3) % 5) * 0.05 * w, jy = ((c * 3 + r * 11) % 7) * 0.04 * h;
            const QList<QPointF> ring = {{x + jx, y}, {x + w, y + jy}, {x + w - jx, y + h}, {x + 0.5 * w, y + h - jy}, {x, y + h}};
            AreaUnit unit;
            unit.code = QStringLiteral("BU%1").arg(areas->units.size(), 8, 10, QLatin1Char('0'));
            const QList<QPointF> hole = {{x + 0.3 * w, y + 0.3 * h}, {x + 0.7 * w, y + 0.3 * h}, {x + 0.5 * w, y + 0.7 * h}};
            const auto wkt = [](const QList<QPointF>& pts) -> QString {
                QStringList xy;
                for (const QPointF& q : pts + QList<QPointF>{pts.front()})
                    xy << QStringLiteral("%1 %2").arg(q.x(), 0, 'f', 3).arg(q.y(), 0, 'f', 3);
                return QLatin1Char('(') + xy.join(QStringLiteral(", ")) + QLatin1Char(')');
            };
            const bool holed = (c + r) % 9 == 0;
            unit.geometry = std::make_shared<const Geometry>(
                holed ? Geometry::fromWkt(QStringLiteral("POLYGON(%1, %2)").arg(wkt(ring), wkt(hole))) : Geometry::polygon(ring));
            areas->units.append(unit);
            const int k = (c * 13 + r * 29) % 23;
            values.push_back(k == 0 ? AttributeValue::missing() : k == 1 ? AttributeValue::suppressed() : AttributeValue::of(k));
        }
    }
    AreaUnit wide;
    wide.code = QStringLiteral("BU99999999");
    wide.geometry = std::make_shared<const Geometry>(Geometry::polygon({{151000, 461000}, {159000, 462000}, {158000, 469000}, {152000, 468000}}));
    areas->units.append(wide);
    values.push_back(AttributeValue::of(5));
    auto layer = std::make_unique<AreaMapLayer>(QStringLiteral("mosaic"), QStringLiteral("mosaic"), areas);
    LayerStyle st;
    st.fill = LayerStyle::Fill::Graduated;
    st.strokeColor = QColor(255, 255, 255, 200);
    st.strokeWidth = 0.7;
    layer->setStyle(st);
    layer->setValues(std::move(values), QStringLiteral("k"), ValueFormat{});
    return layer;
}

std::vector<const MapLayer*> pointers(const std::vector<std::unique_ptr<MapLayer>>& layers)
{
    std::vector<const MapLayer*> out;
    for (const auto& l : layers)
        out.push_back(l.get());
    return out;
}

} // namespace

class TstRender : public QObject
{
    Q_OBJECT
private slots:
    void mapSettingsTransform()
    {
        const MapSettings s = settingsFor(QRectF(0, 0, 1000, 500), {200, 200});
        // Wider than tall: the visible extent grows vertically around the centre.
        QCOMPARE(s.visibleExtent(), QRectF(0, -250, 1000, 1000));
        QCOMPARE(s.mapUnitsPerPixel(), 5.0);
        QCOMPARE(s.toPixel({0, 750}), QPointF(0, 0));
        QCOMPARE(s.toPixel({1000, -250}), QPointF(200, 200));
        QCOMPARE(s.toMap({100, 100}), QPointF(500, 250));
        MK_COMPARE_REL(s.scaleDenominator(), 5.0 * 96 / 0.0254, 1e-12);
    }

    void valueSources()
    {
        const auto ds = syntheticTown();
        const auto score = ValueSource::ofField(QStringLiteral("score")).evaluate(*ds, ds->areas);
        QCOMPARE(score.size(), size_t(16));
        QVERIFY(score[5].isMissing());
        QVERIFY(score[6].isSuppressed());
        QCOMPARE(score[9].number, 9.0);
        const ValueSource share = LayerFactory::defaultAreaValue(*ds);
        QCOMPARE(share.kind, ValueSource::Kind::GroupShare);
        QCOMPARE(share.groups, (QStringList{QStringLiteral("Europa"), QStringLiteral("Buiten Europa")}));
        const auto v = share.evaluate(*ds, ds->areas);
        MK_COMPARE_REL(v[0].number, 20.0 / 100.0, 1e-12);
        MK_COMPARE_REL(v[10].number, (10.0 + 20.0) / 100.0, 1e-12);
        QVERIFY(v[3].isSuppressed());
        QCOMPARE(share.format().toString(0.25, QLocale(QLocale::Dutch)), QStringLiteral("25,0\u00a0%"));
    }

    void choroplethSymbolsAndLegend()
    {
        const auto ds = syntheticTown();
        auto layer = LayerFactory::areas(ds, ValueSource::ofField(QStringLiteral("score")));
        LayerStyle st = layer->style();
        st.method = ClassificationMethod::EqualInterval;
        st.classCount = 3;
        layer->setStyle(st);
        // Classified values exclude missing, suppressed and zero: 0..15 minus {0? no}, 5, 6, 7.
        QCOMPARE(layer->classification().bounds().front(), 1.0);
        QCOMPARE(layer->classification().bounds().back(), 15.0);
        QCOMPARE(layer->classification().classCount(), 3);
        const auto& sym = layer->symbolOf();
        QCOMPARE(sym[1], 0);
        QCOMPARE(sym[15], 2);
        QCOMPARE(sym[5], 3); // missing
        QCOMPARE(sym[6], 4); // suppressed
        QCOMPARE(sym[7], 5); // zero
        QCOMPARE(sym[0], 5); // buurt 0 has score 0 as well
        QVERIFY(layer->symbols()[4].hatched);
        const LegendGroup legend = layer->legend();
        QCOMPARE(legend.items.size(), 6);
        QCOMPARE(legend.items[3].label, LayerStyle::missingLabel());
        QCOMPARE(legend.items[4].label, LayerStyle::suppressedLabel());
        QCOMPARE(legend.items[5].label, LayerStyle::zeroLabel());
        QCOMPARE(legend.subtitle, QStringLiteral("Score")); // the column in words (FieldLabels)
        QCOMPARE(layer->featureAt(centreOfBuurt(9), 1.0), 9);
        QCOMPARE(layer->featureAt({0, 0}, 1.0), -1);
    }

    // Printed in black and white, every class of the default choropleth keeps a grey of its own.
    void choroplethClassesDifferInLightness()
    {
        const auto ds = syntheticTown();
        auto layer = LayerFactory::areas(ds, ValueSource::ofField(QStringLiteral("score")));
        QCOMPARE(layer->classification().classCount(), 5);
        for (int c = 1; c < 5; ++c)
            QVERIFY2(qGray(layer->symbols()[c - 1].fill.rgb()) - qGray(layer->symbols()[c].fill.rgb()) >= 25, qPrintable(QString::number(c)));
        // Suppressed (hatched) and missing (white, dashed) differ from each other and from every class.
        const Symbol missing = LayerStyle::missingSymbol(), suppressed = LayerStyle::suppressedSymbol();
        QVERIFY(suppressed.hatched && !missing.hatched);
        QCOMPARE(missing.strokeStyle, Qt::DashLine);
    }

    // Categories of a black-and-white map differ in marker shape as well as colour.
    void markerShapesPerCategory()
    {
        const auto ds = syntheticTown();
        auto layer = LayerFactory::schools(*ds, SchoolFilter{}, TextLanguage::application());
        LayerStyle st = layer->style();
        st.shapeByCategory = true;
        layer->setStyle(st);
        QVERIFY(layer->categories().size() >= 2);
        QVERIFY(layer->symbols()[0].marker != layer->symbols()[1].marker);
        const QRectF box(0, 0, 10, 10);
        QVERIFY(layer->symbols()[0].markerPath(box) != layer->symbols()[1].markerPath(box));
        // The legend draws the same shape.
        const LegendGroup legend = layer->legend();
        QCOMPARE(legend.items[1].symbol.marker, layer->symbols()[1].marker);
    }

    void renderedColours()
    {
        const auto ds = syntheticTown();
        auto layer = LayerFactory::areas(ds, ValueSource::ofField(QStringLiteral("score")));
        layer->setOpacity(1.0);
        LayerStyle st = layer->style();
        st.rampId = QStringLiteral("viridis");
        layer->setStyle(st);
        const MapSettings s = settingsFor(layer->extent().adjusted(-100, -100, 100, 100));
        std::vector<std::unique_ptr<LayerRenderer>> r;
        r.push_back(layer->createRenderer(s));
        const QImage img = MapRenderJob::renderImage(s, std::move(r));
        QCOMPARE(img.size(), QSize(400, 400));
        const QList<QColor> classes = ColorRamp::byId(QStringLiteral("viridis")).classColors(layer->classification().classCount());
        QCOMPARE(pixelAt(img, s, centreOfBuurt(15)), classes.back().rgb());
        QCOMPARE(pixelAt(img, s, centreOfBuurt(1)), classes.front().rgb());
        QCOMPARE(pixelAt(img, s, centreOfBuurt(5)), QColor(Qt::white).rgb());
        QCOMPARE(pixelAt(img, s, centreOfBuurt(7)), LayerStyle::zeroSymbol().fill.rgb());
        QCOMPARE(pixelAt(img, s, {153950, 462050}), QColor(Qt::black).rgb()); // outside every buurt
        // The suppressed buurt shows both its grey fill and the darker hatch lines.
        QSet<QRgb> seen;
        const QPointF c = s.toPixel(centreOfBuurt(6));
        for (int dx = -20; dx <= 20; ++dx)
            seen.insert(img.pixel(c.toPoint() + QPoint(dx, 0)));
        QVERIFY(seen.contains(LayerStyle::suppressedSymbol().fill.rgb()));
        QVERIFY(seen.size() >= 2);
    }

    void asyncJobProducesImageAtDevicePixelRatio()
    {
        const auto ds = syntheticTown();
        auto layers = LayerFactory::standardLayers(ds);
        QCOMPARE(layers.size(), size_t(4)); // areas, wijken, gemeente, schools (no VVE)
        const MapSettings s = settingsFor(ds->boundary->boundingBox().adjusted(-200, -200, 200, 200), {300, 200}, 2.0);
        std::vector<std::unique_ptr<LayerRenderer>> r;
        for (const auto& l : layers)
            r.push_back(l->createRenderer(s));
        MapRenderJob job(s, std::move(r));
        QSignalSpy spy(&job, &MapRenderJob::finished);
        job.start();
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.count(), 1);
        QVERIFY(job.errors().isEmpty());
        const QImage img = job.image();
        QCOMPARE(img.size(), QSize(600, 400));
        QCOMPARE(img.devicePixelRatio(), 2.0);
        int painted = 0;
        for (int y = 0; y < img.height(); y += 4)
            for (int x = 0; x < img.width(); x += 4)
                painted += img.pixelColor(x, y) != QColor(Qt::black) ? 1 : 0;
        QVERIFY2(painted > (img.width() / 4) * (img.height() / 4) / 3, qPrintable(QString::number(painted)));
    }

    void cancelStopsWorker()
    {
        const MapSettings s = settingsFor(QRectF(0, 0, 100, 100));
        std::vector<std::unique_ptr<LayerRenderer>> r;
        r.push_back(std::make_unique<BlockingRenderer>());
        MapRenderJob job(s, std::move(r));
        QSignalSpy spy(&job, &MapRenderJob::finished);
        job.start();
        QVERIFY(job.isActive());
        QVERIFY(!spy.wait(100)); // the blocking layer keeps it running
        job.cancelWithoutBlocking();
        QVERIFY(spy.wait(5000));
        QVERIFY(job.isCanceled());
        QVERIFY(!job.isActive());
        QCOMPARE(spy.count(), 1);
    }

    void waitForFinishedIsSynchronous()
    {
        const auto ds = syntheticTown();
        auto layer = LayerFactory::areas(ds, LayerFactory::defaultAreaValue(*ds));
        const MapSettings s = settingsFor(layer->extent());
        std::vector<std::unique_ptr<LayerRenderer>> r;
        r.push_back(layer->createRenderer(s));
        MapRenderJob job(s, std::move(r));
        QSignalSpy spy(&job, &MapRenderJob::finished);
        job.start();
        job.waitForFinished();
        QCOMPARE(spy.count(), 1);
        QVERIFY(!job.image().isNull());
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 1); // not delivered twice
    }

    void schoolsLayer()
    {
        const auto ds = syntheticTown();
        SchoolFilter po;
        po.secondary = false;
        auto layer = LayerFactory::schools(*ds, po);
        QCOMPARE(layer->featureCount(), 3);
        QCOMPARE(layer->symbolOf()[2], -1); // the secondary school is filtered out
        QCOMPARE(layer->categories(), (QStringList{QStringLiteral("Openbaar"), QStringLiteral("Rooms-Katholiek")}));
        // Area proportional: the 400-pupil school's diameter over the 150-pupil school's.
        const LayerStyle& st = layer->style();
        MK_COMPARE_REL(layer->diameterOf(0), st.minDiameter + (st.maxDiameter - st.minDiameter) * std::sqrt(400.0 / 900.0), 1e-12);
        QCOMPARE(layer->featureAt({154250 + 3, 462250}, 1.0), 0);
        QCOMPARE(layer->featureAt({155750, 463750}, 1.0), -1); // hidden by the filter
        // A diverging measure gets classes symmetric around zero.
        SchoolMeasure gap{QStringLiteral("gap"), QStringLiteral("gap"), ValueFormat::number(), true, {}, {}};
        gap.bySchool.insert(QStringLiteral("00AA00"), AttributeValue::of(-4));
        gap.bySchool.insert(QStringLiteral("00BB00"), AttributeValue::of(10));
        layer->setFeatures(LayerFactory::schoolFeatures(*ds, SchoolFilter{}, &gap));
        layer->setColorMeasure(gap.label, gap.format, true);
        LayerStyle g = layer->style();
        g.fill = LayerStyle::Fill::Graduated;
        layer->setStyle(g);
        QCOMPARE(layer->classification().bounds().front(), -10.0);
        QCOMPARE(layer->classification().bounds().back(), 10.0);
        QCOMPARE(layer->symbolOf()[2], layer->classification().classCount()); // no value: the missing symbol
        // Every difference within chance (shown as 0): one class, the middle (white) colour, not five empty ones.
        gap.bySchool.insert(QStringLiteral("00AA00"), AttributeValue::of(0));
        gap.bySchool.insert(QStringLiteral("00BB00"), AttributeValue::of(0));
        layer->setFeatures(LayerFactory::schoolFeatures(*ds, SchoolFilter{}, &gap));
        layer->setStyle(g);
        QCOMPARE(layer->classification().classCount(), 1);
        QCOMPARE(layer->symbols()[layer->symbolOf()[0]].fill, ColorRamp::byId(QStringLiteral("puor")).color(0.5));
    }

    void labelsNeverOverlap()
    {
        // Forty labelled points crowded into a 300 x 200 view.
        std::vector<PointLayerRenderer::Point> points;
        std::vector<QRectF> symbols;
        for (int i = 0; i < 40; ++i) {
            const QPointF c(20 + (i * 37) % 260, 20 + (i * 53) % 160);
            points.push_back({c, 10, 0, QStringLiteral("School %1").arg(i), double(i)});
            symbols.emplace_back(c - QPointF(5, 5), QSizeF(10, 10));
        }
        QFont font;
        font.setPixelSize(11);
        const QRectF viewport(0, 0, 300, 200);
        const auto placed = PointLayerRenderer::placeLabels(points, symbols, font, viewport);
        QVERIFY(placed.size() >= 5);
        QVERIFY(placed.size() < points.size()); // too crowded for all of them
        QCOMPARE(placed.front().point, size_t(39)); // highest priority first
        for (size_t a = 0; a < placed.size(); ++a) {
            QVERIFY(viewport.contains(placed[a].box));
            for (const QRectF& s : symbols)
                QVERIFY(!placed[a].box.intersects(s));
            for (size_t b = a + 1; b < placed.size(); ++b)
                QVERIFY(!placed[a].box.intersects(placed[b].box));
        }
    }

    // A label drawn for an image (LabelCache::paintOnImage: the text laid out four times) has the pixels of the label
    // drawn as its definition says (LabelCache::paint: white at eight offsets, then the text, nine times): mostly exactly,
    // else within a level of rounding. Across, glyphs keep a fraction of a pixel and down they snap to rows, so the
    // baselines are near the edges (halo copies cut off left, text cut off at the top) and further in, at several device
    // pixel ratios and sizes, with ligatures, accents, descenders and the demo's longest school names.
    void labelOnImageEqualsTextDrawnNineTimes()
    {
        int cases = 0, exact = 0;
        const QStringList texts = {QStringLiteral("Basisschool De Linde"), QStringLiteral("'s-Gravenhage \u0132sselmonde"),
                                   QStringLiteral("Prinses Juliana \u2014 ffi fl \u00e9 \u00eb"), QStringLiteral("St. Jozef (locatie Zuid) gjpqy"),
                                   QStringLiteral("Protestants Christelijke Basisschool Guido De Bres"),
                                   QStringLiteral("Protestants Christelijke Basisschool Koningin Wilhelmina")};
        for (const double dpr : {1.0, 1.5, 2.0}) {
            for (const double pointSize : {8.0, 9.5, 13.0}) {
                QFont font;
                font.setPointSizeF(pointSize);
                for (const QString& text : texts) {
                    for (const QPointF logical : {QPointF(1.0, 30.0), QPointF(2.0, 9.0), QPointF(17.0, 23.0), QPointF(40.3, 56.7)}) {
                        const QPointF baseline(std::round(logical.x() * dpr) / dpr, std::round(logical.y() * dpr) / dpr);
                        QImage expected(QSize(480, 60) * dpr, QImage::Format_ARGB32_Premultiplied);
                        expected.setDevicePixelRatio(dpr);
                        expected.fill(Qt::transparent);
                        QImage actual = expected.copy();
                        {
                            QPainter p(&expected);
                            p.setRenderHint(QPainter::Antialiasing);
                            p.setRenderHint(QPainter::TextAntialiasing);
                            p.setFont(font);
                            LabelCache::paint(p, text, baseline);
                        }
                        LabelCache::paintOnImage(actual, text, font, baseline);
                        int inked = 0, differing = 0, worst = 0;
                        for (int y = 0; y < expected.height(); ++y) {
                            for (int x = 0; x < expected.width(); ++x) {
                                const QRgb e = expected.pixel(x, y), a = actual.pixel(x, y);
                                inked += qAlpha(e) > 0 ? 1 : 0;
                                const int d = std::max({std::abs(qRed(e) - qRed(a)), std::abs(qGreen(e) - qGreen(a)),
                                                        std::abs(qBlue(e) - qBlue(a)), std::abs(qAlpha(e) - qAlpha(a))});
                                differing += d > 0 ? 1 : 0;
                                worst = std::max(worst, d);
                            }
                        }
                        // Blending rounds to whole levels at every step, so a white copy blended as one image can end a
                        // level off where two of its glyphs' edges overlap: at most one level, in a few pixels.
                        const QString what = QStringLiteral("%1 at %2 pt, dpr %3, x %4: %5 of %6 pixels differ, by up to %7")
                                                 .arg(text).arg(pointSize).arg(dpr).arg(baseline.x()).arg(differing).arg(inked).arg(worst);
                        QVERIFY2(inked > 100, qPrintable(what));
                        QVERIFY2(worst <= 1 && differing * 200 <= inked, qPrintable(what));
                        exact += differing == 0 ? 1 : 0;
                        ++cases;
                    }
                }
            }
        }
        QVERIFY2(exact * 10 >= cases * 8, qPrintable(QStringLiteral("%1 of %2 exact").arg(exact).arg(cases)));
    }

    // A wide line drawn in strips (WideLines) against Qt stroking it whole: rings of many short and of a few very long,
    // nearly level and nearly upright edges, with a hole, at two widths, translucent, at one and two device pixels per
    // logical one. Cutting a line at a strip's edge moves the ends Qt rounds to 1/64 pixel, which shifts its edge in
    // the pixels along it by at most about 1/64 of a pixel's area: a few levels of 255 (each pixel compared to Qt's).
    void wideLinesInStripsMatchOneStroke()
    {
        QPainterPath rings;
        QPolygonF circle;
        for (int k = 0; k < 2000; ++k)
            circle << QPointF(200.0 + 150.0 * std::cos(k * 0.00314159), 150.0 + 120.0 * std::sin(k * 0.00314159));
        rings.addPolygon(circle);
        rings.closeSubpath();
        rings.addPolygon(QPolygonF{{12.3, 20.1}, {387.6, 24.9}, {380.2, 290.7}, {20.4, 281.3}, {15.1, 150.2}});
        rings.closeSubpath();
        rings.addPolygon(QPolygonF{{150.5, 140.5}, {250.5, 141.5}, {200.2, 210.9}});
        rings.closeSubpath();
        // A ring zoomed in on: it crosses the image along one edge and reaches tens of thousands of rows beyond it.
        rings.addPolygon(QPolygonF{{-40000.0, 60.3}, {40000.0, 75.8}, {40000.0, 80000.0}, {-40000.0, 80000.0}});
        rings.closeSubpath();
        for (const double dpr : {1.0, 2.0}) {
            for (const double width : {2.2, 4.5}) {
                QImage background(QSize(400, 300) * dpr, QImage::Format_ARGB32_Premultiplied);
                background.setDevicePixelRatio(dpr);
                background.fill(QColor(0xed, 0xf8, 0xb1));
                QPen pen(QColor(0x22, 0x22, 0x2e, 200), width, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
                pen.setCosmetic(true);
                QImage whole = background.copy(), strips = background.copy();
                {
                    QPainter p(&whole);
                    p.setRenderHint(QPainter::Antialiasing);
                    p.setOpacity(0.8);
                    p.strokePath(rings, pen);
                }
                {
                    QPainter p(&strips);
                    p.setRenderHint(QPainter::Antialiasing);
                    p.setOpacity(0.8);
                    QVERIFY(WideLines::applies(p, pen));
                    WideLines::stroke(p, rings, pen);
                }
                int inked = 0, differing = 0, worst = 0;
                for (int y = 0; y < whole.height(); ++y) {
                    for (int x = 0; x < whole.width(); ++x) {
                        const QRgb w = whole.pixel(x, y), s = strips.pixel(x, y), b = background.pixel(x, y);
                        inked += w != b ? 1 : 0;
                        const int d = std::max({std::abs(qRed(w) - qRed(s)), std::abs(qGreen(w) - qGreen(s)), std::abs(qBlue(w) - qBlue(s))});
                        differing += d > 0 ? 1 : 0;
                        worst = std::max(worst, d);
                    }
                }
                const QString what = QStringLiteral("dpr %1, width %2: %3 of %4 pixels differ, by up to %5").arg(dpr).arg(width).arg(differing).arg(inked).arg(worst);
                QVERIFY2(inked > 4000 * dpr, qPrintable(what));
                QVERIFY2(worst <= 6 && differing * 3 < inked, qPrintable(what));
            }
        }
        // Dashed, hairline and non-cosmetic pens, and painters that are not on a plain image, stay with Qt's own stroke.
        QImage image(10, 10, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        QPen dashed(Qt::black, 2.2, Qt::DashLine);
        dashed.setCosmetic(true);
        QPen hairline(Qt::black, 1.0);
        hairline.setCosmetic(true);
        QVERIFY(!WideLines::applies(p, dashed));
        QVERIFY(!WideLines::applies(p, hairline));
        QVERIFY(!WideLines::applies(p, QPen(Qt::black, 2.2)));
        QPen wide(Qt::black, 2.2);
        wide.setCosmetic(true);
        QVERIFY(WideLines::applies(p, wide));
        p.translate(0.5, 0);
        QVERIFY(!WideLines::applies(p, wide));
    }

    void legendAndScaleBar()
    {
        QCOMPARE(LegendRenderer::niceLength(1234), 1000.0);
        QCOMPARE(LegendRenderer::niceLength(260), 200.0);
        QCOMPARE(LegendRenderer::niceLength(0.7), 0.5);
        const auto ds = syntheticTown();
        const auto layers = LayerFactory::standardLayers(ds);
        QList<LegendGroup> groups;
        for (const auto& l : layers)
            groups.append(l->legend());
        QFont font;
        font.setPixelSize(12);
        const QSizeF size = LegendRenderer::legendSize(groups, font);
        QVERIFY(size.width() > 50 && size.height() > 100);
        QImage img(size.toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        QPainter p(&img);
        LegendRenderer::drawLegend(p, groups, {1, 1}, font);
        p.end();
        QCOMPARE(img.pixelColor(img.width() / 2, img.height() - 1), QColor(Qt::white)); // fits
        int dark = 0;
        for (int y = 0; y < img.height(); ++y)
            dark += img.pixelColor(10, y).lightness() < 128 ? 1 : 0;
        QVERIFY(dark > 0);
    }

    // Issue 12 item 5: a catchment outline in its school's colour stays visible on a fill of that same colour.
    void catchmentOutlineVisibleOnItsOwnColour()
    {
        const QColor colour(0x25, 0x34, 0x94);
        Catchment c;
        c.schoolId = QStringLiteral("00AA00");
        c.geometry = std::make_shared<const Geometry>(Geometry::polygon({{1000, 1000}, {3000, 1000}, {3000, 3000}, {1000, 3000}, {1000, 1000}}));
        CatchmentMapLayer layer({c}, {QStringLiteral("School")});
        layer.setOpacity(1.0);
        layer.setColors({colour});
        MapSettings s = settingsFor(QRectF(0, 0, 4000, 4000));
        s.setBackgroundColor(colour); // the buurt beneath has the school's colour
        std::vector<std::unique_ptr<LayerRenderer>> r;
        r.push_back(layer.createRenderer(s));
        const QImage img = MapRenderJob::renderImage(s, std::move(r));
        // Across the left edge (x = 1000 m, pixel 100) something much lighter than the fill: the casing.
        int lightest = 0;
        const int y = qRound(s.toPixel({0, 2000}).y());
        for (int x = 90; x <= 110; ++x)
            lightest = std::max(lightest, QColor(img.pixel(x, y)).lightness());
        QVERIFY2(lightest > colour.lightness() + 100, qPrintable(QString::number(lightest)));
        // The legend draws the same casing.
        const LegendGroup legend = layer.legend();
        QCOMPARE(legend.items.size(), qsizetype(1));
        QVERIFY(legend.items.front().symbol.halo.alpha() > 0);
    }

    // Issue 15 item 8: a diverging legend of small changes (±0.12 points) names classes that differ, in Dutch too.
    void smallChangesGetLegendClassesThatReadApart()
    {
        const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
        const QList<double> bounds{-0.12, -0.072, -0.024, 0.024, 0.072, 0.12};
        QCOMPARE(ValueFormat::number(1).toString(-0.072, nl), ValueFormat::number(1).toString(-0.12, nl)); // "-0,1" twice
        const ValueFormat f = ValueFormat::number(1).separating(bounds, nl);
        QCOMPARE(f.decimals, 2); // -0,12 -0,07 -0,02 0,02 0,07 0,12
        for (qsizetype i = 0; i + 1 < bounds.size(); ++i)
            QVERIFY(f.toString(bounds[i], nl) != f.toString(bounds[i + 1], nl));
        QCOMPARE(ValueFormat::number(1).separating({0.0, 10.0, 20.0}, nl).decimals, 1); // apart already: unchanged
        QCOMPARE(ValueFormat::number(1).separating({0.0, 1e-9}, nl).decimals, 1 + ValueFormat::kMaxExtraDecimals); // at most 3 more
        QCOMPARE(ValueFormat::count().separating({0.0, 0.2, 0.4}, nl).decimals, 0);

        const auto ds = syntheticTown();
        auto layer = LayerFactory::schools(*ds, SchoolFilter{});
        SchoolMeasure change{QStringLiteral("change"), QStringLiteral("change"), ValueFormat::number(1), true, {}, {}};
        change.bySchool.insert(QStringLiteral("00AA00"), AttributeValue::of(-0.12));
        change.bySchool.insert(QStringLiteral("00BB00"), AttributeValue::of(0.05));
        layer->setFeatures(LayerFactory::schoolFeatures(*ds, SchoolFilter{}, &change));
        layer->setColorMeasure(change.label, change.format, true);
        LayerStyle g = layer->style();
        g.fill = LayerStyle::Fill::Graduated;
        layer->setStyle(g);
        const auto dutch = TextLanguage::load(QStringLiteral("nl"));
        QVERIFY(dutch.hasValue());
        const LegendGroup legend = layer->legend(*dutch);
        QStringList classes;
        for (qsizetype s = 0; s < layer->classification().classCount(); ++s)
            classes << legend.items[s].label;
        QCOMPARE(classes.removeDuplicates(), 0);
        for (const QString& c : classes) {
            const QStringList ends = c.split(QStringLiteral(" \u2013 "));
            QCOMPARE(ends.size(), 2);
            QVERIFY2(ends[0] != ends[1], qPrintable(c));
        }
    }

    // Issue 13 item 3: a redraw from the render caches (geometry in pixels, label images) is the image of the first render,
    // for each of several cached views, and a view the cache has not seen is not served from another view's entry.
    void cachedRedrawEqualsFirstRender()
    {
        const auto ds = syntheticTown();
        const auto layers = LayerFactory::standardLayers(ds);
        const QList<MapSettings> views = {settingsFor(ds->boundary->boundingBox().adjusted(-200, -200, 200, 200), {500, 400}),
                                          settingsFor(QRectF(154200, 462200, 900, 700), {500, 400}),
                                          settingsFor(QRectF(154200, 462200, 900, 700), {500, 400}, 2.0)};
        const auto clearAll = [&] {
            for (const auto& l : layers)
                l->clearRenderCache();
        };
        QList<QImage> first; // each view rendered with nothing cached
        for (const MapSettings& v : views) {
            clearAll();
            first.append(renderLayers(pointers(layers), v));
        }
        QVERIFY(first[0] != first[1]);
        clearAll();
        for (int round = 0; round < 2; ++round) // filling the caches, then from them
            for (qsizetype v = 0; v < views.size(); ++v)
                QCOMPARE(renderLayers(pointers(layers), views[v]), first[v]);
        const QImage& wholeFirst = first[0];
        const MapSettings& whole = views[0];
        // The labels are in the image: dark text pixels right of "De Linde" (the 400-pupil school at 154250, 462250).
        const QPointF school = whole.toPixel({154250, 462250});
        int dark = 0;
        for (int x = qRound(school.x()) + 14; x < qRound(school.x()) + 60; ++x)
            for (int y = qRound(school.y()) - 6; y <= qRound(school.y()) + 6; ++y)
                dark += QColor(wholeFirst.pixel(x, y)).lightness() < 80 ? 1 : 0;
        QVERIFY2(dark > 10, qPrintable(QString::number(dark)));
    }

    // The simplified outline in pixels against the full ring drawn directly: a circle of 2,000 vertices about half
    // a pixel apart differs only within 1.5 pixels of its edge, by less than the area the tolerance allows.
    void simplifiedGeometryMatchesFullDetail()
    {
        constexpr int kVertices = 2000;
        constexpr double kRadius = 1000.0;
        const QPointF centre(155000, 463000);
        QList<QPointF> ring;
        for (int k = 0; k < kVertices; ++k) {
            const double a = 2.0 * M_PI * k / kVertices;
            ring.emplace_back(centre.x() + kRadius * std::cos(a), centre.y() + kRadius * std::sin(a));
        }
        auto areas = std::make_shared<AreaLayer>();
        AreaUnit unit;
        unit.code = QStringLiteral("BU00000001");
        unit.geometry = std::make_shared<const Geometry>(Geometry::polygon(ring));
        areas->units.append(unit);
        AreaMapLayer layer(QStringLiteral("circle"), QStringLiteral("circle"), areas);
        LayerStyle st;
        st.fill = LayerStyle::Fill::Single;
        st.fillColor = Qt::black;
        st.strokeWidth = 0.0;
        layer.setStyle(st);
        MapSettings s = settingsFor(QRectF(centre - QPointF(1200, 1200), QSizeF(2400, 2400)));
        s.setBackgroundColor(Qt::white);
        const QImage cached = renderLayers({&layer}, s);

        QImage full(s.deviceSize(), QImage::Format_ARGB32_Premultiplied);
        full.fill(Qt::white);
        QPainter p(&full);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::black);
        QPolygonF pixels;
        for (const QPointF& v : ring)
            pixels << s.toPixel(v);
        p.drawPolygon(pixels);
        p.end();

        const QPointF c = s.toPixel(centre);
        const double r = kRadius / s.mapUnitsPerPixel();
        double moved = 0.0; // pixels of area between the two outlines
        int largest = 0;
        for (int y = 0; y < full.height(); ++y) {
            for (int x = 0; x < full.width(); ++x) {
                const int d = std::abs(qGray(cached.pixel(x, y)) - qGray(full.pixel(x, y)));
                moved += d / 255.0;
                largest = std::max(largest, d);
                const double fromEdge = std::abs(std::hypot(x + 0.5 - c.x(), y + 0.5 - c.y()) - r);
                if (fromEdge > 1.5 && d > 0)
                    QFAIL(qPrintable(QStringLiteral("pixel %1,%2 differs by %3, %4 px from the edge").arg(x).arg(y).arg(d).arg(fromEdge)));
            }
        }
        // Chords of the circle that stay within the tolerance t cut off at most 2/3 t of area per pixel of perimeter
        // (a circular segment of sagitta t); the slack is 8-bit rounding of the antialiased edge.
        constexpr double kTolerance = 0.5;
        const double perimeter = 2.0 * M_PI * r;
        QVERIFY2(moved < 2.0 / 3.0 * kTolerance * perimeter + 10.0, qPrintable(QStringLiteral("%1 of %2").arg(moved).arg(perimeter)));
        // An edge moved by at most t changes a pixel's coverage by at most t times the longest line across it.
        QVERIFY2(largest <= kTolerance * std::sqrt(2.0) * 255.0, qPrintable(QString::number(largest)));
        // And the simplification did its work: far fewer vertices than the ring, but not fewer than chords of sagitta
        // t allow (each at most 2 sqrt(2 r t) long).
        const double upp = s.mapUnitsPerPixel();
        const auto geometry = layer.polygons()->screenGeometry(s.mapToPixel(), s.visibleExtent().adjusted(-upp, -upp, upp, upp), kTolerance);
        const qsizetype vertices = geometry->vertexCount();
        QVERIFY2(vertices < kVertices / 4, qPrintable(QString::number(vertices)));
        QVERIFY2(vertices >= perimeter / (2.0 * std::sqrt(2.0 * r * kTolerance)), qPrintable(QString::number(vertices)));
    }

    // A style change, new values or new point data redraw the map: nothing comes from a cache made before.
    void changesReachTheCachedMap()
    {
        const auto ds = syntheticTown();
        auto areas = LayerFactory::areas(ds, ValueSource::ofField(QStringLiteral("score")));
        auto schools = LayerFactory::schools(*ds, SchoolFilter{});
        const MapSettings s = settingsFor(areas->extent().adjusted(-100, -100, 100, 100));
        const QImage before = renderLayers({areas.get(), schools.get()}, s);
        QCOMPARE(renderLayers({areas.get(), schools.get()}, s), before);

        LayerStyle st = areas->style();
        st.rampId = QStringLiteral("viridis");
        st.strokeWidth = 2.0;
        areas->setStyle(st);
        const QImage restyled = renderLayers({areas.get(), schools.get()}, s);
        QVERIFY(restyled != before);
        auto fresh = LayerFactory::areas(ds, ValueSource::ofField(QStringLiteral("score")));
        fresh->setStyle(st);
        auto freshSchools = LayerFactory::schools(*ds, SchoolFilter{});
        QCOMPARE(restyled, renderLayers({fresh.get(), freshSchools.get()}, s));

        const ValueSource inhabitants = ValueSource::ofField(QStringLiteral("aantal_inwoners"));
        areas->setValues(inhabitants.evaluate(*ds, ds->areas), inhabitants.label(*ds), inhabitants.format());
        const QImage revalued = renderLayers({areas.get(), schools.get()}, s);
        QVERIFY(revalued != restyled);

        std::vector<PointFeature> renamed = LayerFactory::schoolFeatures(*ds, SchoolFilter{}, nullptr);
        renamed[0].name = QStringLiteral("Het Baken");
        schools->setFeatures(renamed);
        const QImage relabelled = renderLayers({areas.get(), schools.get()}, s);
        QVERIFY(relabelled != revalued);
        freshSchools->setFeatures(renamed);
        fresh->setValues(inhabitants.evaluate(*ds, ds->areas), inhabitants.label(*ds), inhabitants.format());
        QCOMPARE(relabelled, renderLayers({fresh.get(), freshSchools.get()}, s));
    }

    // Painting in two bands gives the image of one painter, pixel for pixel: every shape painted whole in both bands,
    // translucent fills and cosmetic lines of several widths across the band edge, over a background that is not plain,
    // at one and two device pixels per logical one.
    void bandsPaintTheImageOfOnePainter()
    {
        const auto shapes = [](QPainter& p) {
            p.setRenderHint(QPainter::Antialiasing);
            for (int k = 0; k < 300; ++k) {
                const double x = (k * 37) % 390, y = (k * 53) % 290;
                const QPolygonF polygon = {{x, y}, {x + 9.3 + k % 7, y + 2.1}, {x + 4.4, y + 11.7 + k % 13}, {x - 3.1, y + 6.6}};
                p.setBrush(QColor::fromHsv((k * 17) % 360, 160, 220, k % 3 == 0 ? 140 : 255));
                QPen pen(QColor(255, 255, 255, 200), (k % 4) * 0.6);
                pen.setCosmetic(true);
                p.setPen(k % 5 == 0 ? QPen(Qt::NoPen) : pen);
                p.drawPolygon(polygon, Qt::OddEvenFill);
            }
            p.setBrush(QBrush(Qt::darkGray, Qt::BDiagPattern));
            p.drawPolygon(QPolygonF{{10.2, 20.7}, {380.5, 140.1}, {200.3, 295.9}}, Qt::OddEvenFill);
        };
        for (const double dpr : {1.0, 2.0}) {
            QImage background(QSize(400, 300) * dpr, QImage::Format_ARGB32_Premultiplied);
            background.setDevicePixelRatio(dpr);
            background.fill(Qt::white);
            {
                QPainter p(&background);
                p.fillRect(QRectF(0, 140, 400, 30), QColor(20, 60, 140));
            }
            QImage whole = background.copy();
            {
                QPainter p(&whole);
                shapes(p);
            }
            for (const double split : {1.0, 150.0, 151.0, 299.0}) {
                QImage banded = background.copy();
                QPainter p(&banded);
                QVERIFY(ImageBands::possible(p));
                ImageBands::paint(p, split, [&](QPainter& band, const QRect&) { shapes(band); });
                p.end();
                QCOMPARE(banded, whole);
            }
        }
    }

    // The features in pixels simplified on several threads are those simplified on one, vertex for vertex, for a whole
    // view and a part (features culled, some dropped as under half a pixel), and at a tolerance that drops small rings.
    void parallelBuildEqualsSerial()
    {
        const auto layer = mosaic(40, 30);
        const PolygonSet& set = *layer->polygons();
        const QList<QRectF> extents = {layer->extent().adjusted(-100, -100, 100, 100), QRectF(153000, 463000, 3000, 2000)};
        for (const QRectF& extent : extents) {
            for (const double tolerance : {0.5, 4.0}) {
                const MapSettings s = settingsFor(extent, {640, 480});
                const auto serial = ScreenGeometry::build(set, s.mapToPixel(), s.visibleExtent(), tolerance, 1);
                int drawn = 0;
                for (const int threads : {2, 3}) {
                    const auto parallel = ScreenGeometry::build(set, s.mapToPixel(), s.visibleExtent(), tolerance, threads);
                    QCOMPARE(parallel->vertexCount(), serial->vertexCount());
                    for (qsizetype i = 0; i < set.size(); ++i) {
                        QCOMPARE(parallel->isDrawn(i), serial->isDrawn(i));
                        const QPainterPath a = parallel->path(i), b = serial->path(i);
                        QCOMPARE(a.elementCount(), b.elementCount());
                        for (int e = 0; e < a.elementCount(); ++e) {
                            QCOMPARE(a.elementAt(e).type, b.elementAt(e).type);
                            QCOMPARE(QPointF(a.elementAt(e)), QPointF(b.elementAt(e)));
                        }
                        drawn += serial->isDrawn(i) ? 1 : 0;
                    }
                }
                QVERIFY2(drawn > 2 * 50, qPrintable(QString::number(drawn)));
                if (extent != extents.front())
                    QVERIFY(drawn < 2 * set.size() / 2); // the part leaves features out
            }
        }
    }

    // A layer of many features, painted in bands with each band's features culled, against the same layer painted by
    // one painter: the brush origin moved by a whole pattern tile (8 pixels) changes no pixel but keeps ImageBands out.
    void bandedLayerEqualsOnePainter()
    {
        const auto layer = mosaic(40, 30);
        QVERIFY(layer->featureCount() > 1000);
        for (const QRectF& extent : {layer->extent().adjusted(-100, -100, 100, 100), QRectF(153000, 463000, 3000, 2000)}) {
            for (const double dpr : {1.0, 2.0}) {
                const MapSettings s = settingsFor(extent, {640, 480}, dpr);
                const QImage banded = renderLayers({layer.get()}, s);
                QImage single(s.deviceSize(), QImage::Format_ARGB32_Premultiplied);
                single.setDevicePixelRatio(dpr);
                single.fill(s.backgroundColor());
                QPainter p(&single);
                p.setBrushOrigin(8, 8);
                QVERIFY(!ImageBands::possible(p));
                std::vector<std::unique_ptr<LayerRenderer>> renderers;
                renderers.push_back(layer->createRenderer(s));
                QVERIFY(MapRenderJob::paintLayers(p, s, renderers).isEmpty());
                p.end();
                QCOMPARE(banded, single);
            }
        }
    }

    // Banded renders of one layer at once, on the pool and on this thread, each with its lower band's image of its own
    // thread (run under ThreadSanitizer): every one the image of one render alone.
    void concurrentBandedRenders()
    {
        const auto layer = mosaic(40, 30);
        const MapSettings s = settingsFor(layer->extent(), {500, 400});
        const QImage reference = renderLayers({layer.get()}, s);
        for (int round = 0; round < 3; ++round) {
            layer->clearRenderCache();
            std::vector<std::unique_ptr<MapRenderJob>> jobs;
            for (int j = 0; j < 3; ++j) {
                std::vector<std::unique_ptr<LayerRenderer>> r;
                r.push_back(layer->createRenderer(s));
                jobs.push_back(std::make_unique<MapRenderJob>(s, std::move(r)));
                jobs.back()->start();
            }
            QCOMPARE(renderLayers({layer.get()}, s), reference);
            for (auto& job : jobs) {
                job->waitForFinished();
                QCOMPARE(job->image(), reference);
            }
        }
    }

    // Render jobs on the pool and a render on this thread share the layers' caches at once (run under ThreadSanitizer).
    void concurrentRendersShareTheCaches()
    {
        const auto ds = syntheticTown();
        const auto layers = LayerFactory::standardLayers(ds);
        const MapSettings s = settingsFor(ds->boundary->boundingBox().adjusted(-200, -200, 200, 200), {400, 300});
        const QImage reference = renderLayers(pointers(layers), s);
        for (int round = 0; round < 5; ++round) {
            for (const auto& l : layers)
                l->clearRenderCache();
            std::vector<std::unique_ptr<MapRenderJob>> jobs;
            for (int j = 0; j < 3; ++j) {
                std::vector<std::unique_ptr<LayerRenderer>> r;
                for (const auto& l : layers)
                    r.push_back(l->createRenderer(s));
                jobs.push_back(std::make_unique<MapRenderJob>(s, std::move(r)));
                jobs.back()->start();
            }
            const QImage here = renderLayers(pointers(layers), s);
            QCOMPARE(here, reference);
            for (auto& job : jobs) {
                job->waitForFinished();
                QCOMPARE(job->image(), reference);
            }
        }
    }
};

QTEST_MAIN(TstRender)
#include "tst_render.moc"
