// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/feedback.h"
#include "base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace Mk {

/** What one column of a layer holds: its type and how many cells are empty, sentinels or "<5". */
struct FieldInfo {
    QString name;
    QString type;      ///< OGR type name: String, Integer, Real, ...
    qint64 valid = 0;
    qint64 empty = 0;  ///< NULL or empty text
    qint64 suppressed = 0; ///< DUO "<5" and the CBS small-count secrets (-99999997, -99997)
    QMap<qint64, qint64> sentinels; ///< CBS sentinel value -> cells
    qint64 sentinelCount() const
    {
        qint64 n = 0;
        for (qint64 c : sentinels)
            n += c;
        return n;
    }
};

/** One layer of a data file. */
struct LayerInfo {
    QString name;
    QString geometryType; ///< "Multi Polygon", "Point", "None"
    QString crsName;      ///< empty when the layer has no CRS
    QString crsAuthority; ///< "EPSG:28992" when known
    qint64 featureCount = 0;
    QList<FieldInfo> fields;
};

/** A file as `mengkaart-cli info` describes it. */
struct FileInfo {
    QString path;
    QString driver;
    QString encoding; ///< CSV only
    QList<LayerInfo> layers;
};

/** Describes any OGR-readable file (GeoPackage, shapefile, GeoJSON, CSV) cell by cell. */
class FileInspector
{
    Q_DECLARE_TR_FUNCTIONS(Mk::FileInspector)

public:
    static Result<FileInfo> inspect(const QString& path, Feedback* feedback = nullptr);
};

} // namespace Mk
