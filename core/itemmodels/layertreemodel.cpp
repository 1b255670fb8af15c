// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/layertreemodel.h"

#include "render/maplayer.h"

#include <algorithm>

namespace Mk {

LayerTreeModel::LayerTreeModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

LayerTreeModel::~LayerTreeModel() = default;

void LayerTreeModel::setLayers(std::vector<std::unique_ptr<MapLayer>> bottomFirst)
{
    beginResetModel();
    m_layers = std::move(bottomFirst);
    std::reverse(m_layers.begin(), m_layers.end());
    endResetModel();
    emit layersChanged();
}

void LayerTreeModel::insertLayer(std::unique_ptr<MapLayer> layer, int row)
{
    Q_ASSERT(layer && !this->layer(layer->id()));
    row = std::clamp(row, 0, layerCount());
    beginInsertRows({}, row, row);
    m_layers.insert(m_layers.begin() + row, std::move(layer));
    endInsertRows();
    emit layersChanged();
}

void LayerTreeModel::removeLayer(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_layers.erase(m_layers.begin() + row);
    endRemoveRows();
    emit layersChanged();
}

void LayerTreeModel::moveLayer(int from, int to)
{
    if (from < 0 || from >= layerCount() || to < 0 || to >= layerCount() || from == to)
        return;
    // beginMoveRows wants the destination as "insert before", which is one past `to` when moving down.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    auto layer = std::move(m_layers[static_cast<size_t>(from)]);
    m_layers.erase(m_layers.begin() + from);
    m_layers.insert(m_layers.begin() + to, std::move(layer));
    endMoveRows();
    emit layersChanged();
}

void LayerTreeModel::setLayerVisible(const QString& id, bool visible)
{
    setData(index(rowOf(id)), visible ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

void LayerTreeModel::setLayerOpacity(const QString& id, double opacity)
{
    setData(index(rowOf(id)), opacity, OpacityRole);
}

void LayerTreeModel::setLayerStyle(const QString& id, const LayerStyle& style)
{
    if (MapLayer* l = layer(id)) {
        l->setStyle(style);
        notifyLayerChanged(id);
    }
}

void LayerTreeModel::notifyLayerChanged(const QString& id)
{
    const QModelIndex i = index(rowOf(id));
    if (!i.isValid())
        return;
    emit dataChanged(i, i);
    emit layersChanged();
}

MapLayer* LayerTreeModel::layer(const QString& id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : m_layers[static_cast<size_t>(row)].get();
}

MapLayer* LayerTreeModel::layerAt(int row) const
{
    return row >= 0 && row < layerCount() ? m_layers[static_cast<size_t>(row)].get() : nullptr;
}

int LayerTreeModel::rowOf(const QString& id) const
{
    for (size_t i = 0; i < m_layers.size(); ++i)
        if (m_layers[i]->id() == id)
            return static_cast<int>(i);
    return -1;
}

std::vector<const MapLayer*> LayerTreeModel::renderOrder() const
{
    std::vector<const MapLayer*> out;
    for (auto it = m_layers.rbegin(); it != m_layers.rend(); ++it)
        if ((*it)->isVisible() && (*it)->opacity() > 0.0)
            out.push_back(it->get());
    return out;
}

std::vector<const MapLayer*> LayerTreeModel::allLayersBottomFirst() const
{
    std::vector<const MapLayer*> out;
    for (auto it = m_layers.rbegin(); it != m_layers.rend(); ++it)
        out.push_back(it->get());
    return out;
}

int LayerTreeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : layerCount();
}

QVariant LayerTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MapLayer* l = m_layers[static_cast<size_t>(index.row())].get();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return l->name();
    case Qt::CheckStateRole:
        return l->isVisible() ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return l->legend().subtitle.isEmpty() ? l->name() : l->name() + QLatin1Char('\n') + l->legend().subtitle;
    case LayerIdRole:
        return l->id();
    case OpacityRole:
        return l->opacity();
    case KindRole:
        return static_cast<int>(l->kind());
    default:
        return {};
    }
}

bool LayerTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    MapLayer* l = m_layers[static_cast<size_t>(index.row())].get();
    switch (role) {
    case Qt::CheckStateRole:
        l->setVisible(value.toInt() == Qt::Checked);
        break;
    case Qt::EditRole: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        l->setName(name);
        break;
    }
    case OpacityRole:
        l->setOpacity(value.toDouble());
        break;
    default:
        return false;
    }
    emit dataChanged(index, index, {role});
    emit layersChanged();
    return true;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> LayerTreeModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractListModel::roleNames();
    roles.insert(LayerIdRole, "layerId");
    roles.insert(OpacityRole, "opacity");
    roles.insert(KindRole, "kind");
    return roles;
}

} // namespace Mk
