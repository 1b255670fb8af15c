// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

#include <memory>
#include <vector>

namespace Mk {

class MapLayer;
struct LayerStyle;

/**
 * The map's layers, topmost first as in QGIS's layer panel: name, visibility (check box), opacity
 * and order. Owns the MapLayer objects; every change goes through this model so views and the
 * canvas are notified (layersChanged() fires after any change that affects the rendered map).
 */
class LayerTreeModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { LayerIdRole = Qt::UserRole + 1, OpacityRole, KindRole };

    explicit LayerTreeModel(QObject* parent = nullptr);
    ~LayerTreeModel() override;

    /** Replaces all layers; `bottomFirst` is in drawing order. */
    void setLayers(std::vector<std::unique_ptr<MapLayer>> bottomFirst);
    /** Inserts a layer at `row` (0 = on top). */
    void insertLayer(std::unique_ptr<MapLayer> layer, int row = 0);
    void removeLayer(const QString& id);
    void moveLayer(int from, int to);
    void setLayerVisible(const QString& id, bool visible);
    void setLayerOpacity(const QString& id, double opacity);
    void setLayerStyle(const QString& id, const LayerStyle& style);
    /** Call after changing a layer's data directly (e.g. setValues) so views and canvas refresh. */
    void notifyLayerChanged(const QString& id);

    MapLayer* layer(const QString& id) const;
    MapLayer* layerAt(int row) const;
    int rowOf(const QString& id) const;
    int layerCount() const { return static_cast<int>(m_layers.size()); }
    /** Visible layers in drawing order (bottom first). */
    std::vector<const MapLayer*> renderOrder() const;
    /** All layers in drawing order (bottom first), visible or not. */
    std::vector<const MapLayer*> allLayersBottomFirst() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void layersChanged();

private:
    std::vector<std::unique_ptr<MapLayer>> m_layers; // topmost first
};

} // namespace Mk
