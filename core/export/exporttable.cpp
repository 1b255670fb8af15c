// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exporttable.h"

#include "privacy/smallcellsuppressor.h"

#include <QAbstractItemModel>
#include <QDataStream>
#include <QIODevice>

#include <cmath>

namespace Mk {

namespace {

ExportCell cellOf(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return ExportCell::empty();
    if (value.metaType() == QMetaType::fromType<CellPrivacy>())
        return value.value<CellPrivacy>() == CellPrivacy::Shown ? ExportCell::empty() : ExportCell::withheld();
    switch (value.metaType().id()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: {
        const double number = value.toDouble();
        return std::isfinite(number) ? ExportCell::of(number) : ExportCell::empty();
    }
    default:
        break;
    }
    const QString text = value.toString();
    return text.isEmpty() ? ExportCell::empty() : ExportCell::of(text);
}

} // namespace

ExportTable ExportTable::fromModel(const QAbstractItemModel& model, const QString& name, int privacyThreshold)
{
    ExportTable table;
    table.name = name;
    table.privacyThreshold = privacyThreshold;
    const int columns = model.columnCount();
    std::vector<bool> childCounts(static_cast<size_t>(columns));
    std::vector<bool> exportRole(static_cast<size_t>(columns)); // the column answers ExportRole (else: its text)
    for (int c = 0; c < columns; ++c) {
        const QVariant exportName = model.headerData(c, Qt::Horizontal, ExportNameRole);
        table.columns.push_back({(exportName.isValid() ? exportName : model.headerData(c, Qt::Horizontal, Qt::DisplayRole)).toString(), false});
        const QVariant marker = model.headerData(c, Qt::Horizontal, ExportRole);
        exportRole[static_cast<size_t>(c)] = marker.isValid();
        childCounts[static_cast<size_t>(c)] = marker.toBool();
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        std::vector<ExportCell> row;
        row.reserve(static_cast<size_t>(columns));
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            ExportCell cell = cellOf(model.data(index, exportRole[static_cast<size_t>(c)] ? ExportRole : int(Qt::DisplayRole)));
            // Zero identifies nobody; 1 .. threshold-1 children do.
            if (childCounts[static_cast<size_t>(c)] && cell.kind == ExportCell::Kind::Number && cell.number > 0 &&
                cell.number < privacyThreshold)
                cell = ExportCell::withheld();
            row.push_back(cell);
        }
        table.rows.push_back(std::move(row));
    }
    // A column is numeric when every cell with a value holds a number (withheld cells are counts or shares).
    for (int c = 0; c < columns; ++c) {
        bool numbers = false, texts = false;
        for (const auto& row : table.rows) {
            numbers |= row[static_cast<size_t>(c)].kind == ExportCell::Kind::Number;
            texts |= row[static_cast<size_t>(c)].kind == ExportCell::Kind::Text;
        }
        table.columns[static_cast<size_t>(c)].numeric = numbers && !texts;
    }
    return table;
}

int ExportTable::columnOf(const QString& heading) const
{
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == heading)
            return static_cast<int>(i);
    return -1;
}

QByteArray pointWkb(double x, double y)
{
    QByteArray wkb;
    QDataStream out(&wkb, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << quint8(1) << quint32(1) << x << y; // NDR, wkbPoint
    return wkb;
}

} // namespace Mk
