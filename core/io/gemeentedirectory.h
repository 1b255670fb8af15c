// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Mk {

/** One gemeente of the national boundary file. */
struct GemeenteInfo {
    QString code;     ///< GM0268
    QString name;     ///< Nijmegen (CBS spelling)
    QString province; ///< Gelderland
    /** "Nijmegen (GM0268)", for lists. */
    QString displayName() const;
};

/**
 * Every gemeente by code and name (CBS gemeenten 2022, the boundary file that ships in resources/national),
 * for choosing one by name. resolve() accepts a code in any common spelling or the exact name (case,
 * accents, spaces, hyphens and apostrophes ignored, so "s-gravenhage" finds 's-Gravenhage) and refuses
 * anything else with the nearest names: a typo is never silently turned into another gemeente.
 * Nearest = smallest Levenshtein edit distance on the normalised names (Levenshtein 1966), names that
 * start with the text first.
 */
class GemeenteDirectory
{
    Q_DECLARE_TR_FUNCTIONS(Mk::GemeenteDirectory)
public:
    /** Reads a gemeente layer with code and name columns (e.g. cbs_gemeenten_2022.gpkg, layer "gemeenten"). */
    static Result<GemeenteDirectory> load(const QString& path);
    /** The gemeenten of one file (e.g. those an area file holds), sorted by name, to resolve names among them. */
    static GemeenteDirectory of(QList<GemeenteInfo> gemeenten, const QString& source);
    /** The embedded national list, read once per process (thread-safe). */
    static const Result<GemeenteDirectory>& embedded();
    /** The name of a gemeente code (GM0268 -> Nijmegen) from the embedded list; empty when unknown. */
    static QString embeddedName(const QString& code);

    /** Sorted by name. */
    const QList<GemeenteInfo>& gemeenten() const { return m_gemeenten; }
    /** The gemeente of a code (GM0268), or null. */
    const GemeenteInfo* byCode(const QString& code) const;
    /** The gemeente of a code or exact name; else an error naming the list's source and up to five nearest names with their codes. */
    Result<GemeenteInfo> resolve(const QString& text) const;
    /** Up to `count` gemeenten nearest to `text`. */
    QList<GemeenteInfo> nearest(const QString& text, int count) const;
    /** The form names are compared in: lower case, without accents and without anything but letters and digits. */
    static QString normalized(const QString& name);

private:
    QList<GemeenteInfo> m_gemeenten;
    QString m_source; ///< where the list comes from, as the refusals name it
};

} // namespace Mk
