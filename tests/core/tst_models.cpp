// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exporttable.h"
#include "itemmodels/areatablemodel.h"
#include "itemmodels/layertreemodel.h"
#include "itemmodels/schooltablemodel.h"
#include "render/layerfactory.h"
#include "render/maplayer.h"
#include "render/pointmaplayer.h"
#include "synthetictown.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Mk;

class TstModels : public QObject
{
    Q_OBJECT
private slots:
    void layerTree()
    {
        LayerTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &LayerTreeModel::layersChanged);
        const auto ds = syntheticTown();
        model.setLayers(LayerFactory::standardLayers(ds));
        QCOMPARE(model.rowCount(), 4);
        // Topmost first: schools on top, buurten at the bottom.
        QCOMPARE(model.data(model.index(0), LayerTreeModel::LayerIdRole).toString(), LayerFactory::kSchoolsId);
        QCOMPARE(model.data(model.index(3), LayerTreeModel::LayerIdRole).toString(), LayerFactory::kAreasId);
        QCOMPARE(model.renderOrder().front()->id(), LayerFactory::kAreasId);

        QVERIFY(model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model.layerAt(1)->isVisible());
        QCOMPARE(model.renderOrder().size(), size_t(3));
        model.setLayerOpacity(LayerFactory::kAreasId, 0.5);
        QCOMPARE(model.data(model.index(3), LayerTreeModel::OpacityRole).toDouble(), 0.5);

        model.moveLayer(3, 0);
        QCOMPARE(model.layerAt(0)->id(), LayerFactory::kAreasId);
        QCOMPARE(model.layerAt(1)->id(), LayerFactory::kSchoolsId);
        model.moveLayer(0, 3);
        QCOMPARE(model.layerAt(3)->id(), LayerFactory::kAreasId);
        model.removeLayer(LayerFactory::kWijkenId);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.layer(LayerFactory::kWijkenId));
        QVERIFY(!model.setData(model.index(0), QString(), Qt::EditRole));
        QVERIFY(changed.count() >= 6);
    }

    void areaTable()
    {
        AreaTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto ds = syntheticTown();
        model.setDataset(ds);
        QCOMPARE(model.rowCount(), 16);
        QCOMPARE(model.columnCount(), AreaTableModel::FirstFieldColumn + 2);
        QCOMPARE(model.headerData(AreaTableModel::FirstFieldColumn + 1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Score"));
        // Exports keep the source column's own name, so they join back to the source.
        QCOMPARE(model.headerData(AreaTableModel::FirstFieldColumn + 1, Qt::Horizontal, ExportNameRole).toString(), QStringLiteral("score"));
        const ValueSource v = ValueSource::ofField(QStringLiteral("score"));
        model.setMappedValues(v.evaluate(*ds, ds->areas), v.label(*ds), v.format());
        QCOMPARE(model.data(model.index(5, AreaTableModel::MappedColumn), Qt::DisplayRole).toString(), ValueFormat::missingText());
        QCOMPARE(model.data(model.index(6, AreaTableModel::MappedColumn), Qt::DisplayRole).toString(), ValueFormat::suppressedText());
        QCOMPARE(model.rowOf(QStringLiteral("BU99990009")), 9);

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(AreaTableModel::SortRole);
        proxy.sort(AreaTableModel::MappedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, AreaTableModel::CodeColumn)).toString(), QStringLiteral("BU99990015"));
        QCOMPARE(proxy.data(proxy.index(15, AreaTableModel::CodeColumn)).toString(), QStringLiteral("BU99990005"));
        model.setDataset(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void schoolTable()
    {
        SchoolTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto ds = syntheticTown();
        model.setDataset(ds);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(2, SchoolTableModel::NameColumn)).toString(), QStringLiteral("Het Lyceum"));
        QCOMPARE(model.data(model.index(2, SchoolTableModel::PupilsColumn), SchoolTableModel::SortRole).toDouble(), 900.0);
        SchoolFilter f;
        f.secondary = false;
        model.setFilter(f);
        QVERIFY(model.data(model.index(0, 0), SchoolTableModel::AcceptedRole).toBool());
        QVERIFY(!model.data(model.index(2, 0), SchoolTableModel::AcceptedRole).toBool());
        const QList<SchoolMeasure> measures = LayerFactory::schoolMeasures(*ds);
        QCOMPARE(measures.front().id, QStringLiteral("pupils"));
        model.setMeasure(measures.front());
        QCOMPARE(model.headerData(SchoolTableModel::MeasureColumn, Qt::Horizontal, Qt::DisplayRole).toString(), measures.front().label);
        QCOMPARE(model.headerData(SchoolTableModel::MeasureColumn, Qt::Horizontal, Qt::ToolTipRole).toString(), measures.front().label);
        QCOMPARE(model.rowOf(QStringLiteral("00BB00")), 1);

        // A gap within chance: the map colours it as none, the table shows the gap itself, marked.
        SchoolMeasure gap;
        gap.id = QStringLiteral("gap");
        gap.label = QStringLiteral("Gap");
        gap.format = ValueFormat::number(1);
        gap.diverging = true;
        gap.bySchool.insert(QStringLiteral("00BB00"), AttributeValue::of(2.5));
        gap.withinChance.insert(QStringLiteral("00BB00"));
        gap.bySchool.insert(QStringLiteral("00AA00"), AttributeValue::of(-7.5));
        model.setMeasure(gap);
        const QString within = model.data(model.index(1, SchoolTableModel::MeasureColumn)).toString();
        QVERIFY2(within.contains(gap.format.toString(2.5)) && within.contains(QStringLiteral("within chance")), qPrintable(within));
        QCOMPARE(model.data(model.index(0, SchoolTableModel::MeasureColumn)).toString(), gap.format.toString(-7.5));
        QCOMPARE(gap.mapValue(QStringLiteral("00BB00")).number, 0.0);
        QCOMPARE(gap.mapValue(QStringLiteral("00AA00")).number, -7.5);
        for (const PointFeature& p : LayerFactory::schoolFeatures(*ds, {}, &gap))
            if (p.id == QStringLiteral("00BB00"))
                QCOMPARE(p.colorValue.number, 0.0);
    }
};

QTEST_MAIN(TstModels)
#include "tst_models.moc"
