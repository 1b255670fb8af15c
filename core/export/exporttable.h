// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <vector>

class QAbstractItemModel;

namespace Mk {

/**
 * The role under which Mengkaart's table models give a cell for export: a number (double), a text
 * (QString), nothing (missing), or a CellPrivacy value for a cell withheld for privacy. In the
 * horizontal header a bool says that the column answers ExportRole (without one, its DisplayRole text
 * is exported), and `true` marks a column of counts of children, which ExportTable::fromModel
 * withholds below the privacy threshold as well.
 */
inline constexpr int ExportRole = Qt::UserRole + 64;
/**
 * The horizontal header's name of a column in an export, where it differs from what the table shows: a source
 * column keeps its own name ("aantal_inwoners") so a GIS layer or spreadsheet can be joined to the source again.
 */
inline constexpr int ExportNameRole = Qt::UserRole + 65;

/** One cell of an exported table: a number, a text, nothing, or withheld for privacy. */
struct ExportCell {
    enum class Kind { Empty, Number, Text, Withheld };
    Kind kind = Kind::Empty;
    double number = 0.0;
    QString text;

    static ExportCell empty() { return {}; }
    static ExportCell of(double value) { return {Kind::Number, value, {}}; }
    static ExportCell of(const QString& value) { return {Kind::Text, 0.0, value}; }
    static ExportCell withheld() { return {Kind::Withheld, 0.0, {}}; }
};

/** A column of an exported table: its heading and whether it holds numbers. */
struct ExportColumn {
    QString name;
    bool numeric = false;
};

/**
 * A table as it leaves the program (CSV, Excel, a GIS layer): headings, rows and, for a layer, one
 * geometry per row (WKB in EPSG:28992). Withheld cells are written as the privacy threshold's "<N"
 * in text formats and left empty in typed ones (as CatchmentLayerWriter does).
 */
struct ExportTable {
    Q_DECLARE_TR_FUNCTIONS(Mk::ExportTable)
public:
    QString name; ///< layer or sheet name (ASCII, e.g. "schools")
    std::vector<ExportColumn> columns;
    std::vector<std::vector<ExportCell>> rows;
    std::vector<QByteArray> geometries; ///< empty, or one WKB per row (may be empty for a row without one)
    int privacyThreshold = 5;           ///< the "<N" of withheld cells

    bool hasGeometry() const { return !geometries.empty(); }
    /**
     * The table a model shows, in its row order (a proxy gives the user's sorting and filtering): the
     * horizontal headers, and each cell's ExportRole (DisplayRole text where a model gives none). A count
     * of children below `privacyThreshold` in a column marked in the header is withheld
     * (SmallCellSuppressor's primary rule; Hundepool et al. 2012, "Statistical Disclosure Control", ch. 4).
     */
    static ExportTable fromModel(const QAbstractItemModel& model, const QString& name, int privacyThreshold);
    /** The column's index by heading, or -1. */
    int columnOf(const QString& heading) const;
};

/** A point as WKB (little endian), for ExportTable::geometries. */
QByteArray pointWkb(double x, double y);

} // namespace Mk
