// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenarioedit.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Mk {

struct Dataset;
struct GroupTable;

/** "Nieuwe school": name, capacity, denomination and VVE of a school at a clicked site. */
class NewSchoolDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kDefaultCapacity = 200; ///< places, also of the school dragged before it is placed

    NewSchoolDialog(const Dataset& dataset, const QPointF& site, QWidget* parent = nullptr);
    ScenarioEdit edit() const;
    QLineEdit* nameEdit() const { return m_name; }
    QSpinBox* capacityBox() const { return m_capacity; }

private:
    QPointF m_site;
    QLineEdit* m_name;
    QSpinBox* m_capacity;
    QComboBox* m_denomination;
    QCheckBox* m_vve;
};

/**
 * New housing in a drawn polygon, a circle around a clicked point or an existing buurt: name, children and
 * their group mix.
 */
class HousingDialog : public QDialog
{
    Q_OBJECT
public:
    /** `polygon` empty: a circle of 250 m around `center`. `groups` may be null (the gemeente's mix only). */
    HousingDialog(const GroupTable* groups, QList<QPointF> polygon, const QPointF& center, QWidget* parent = nullptr);
    /** Housing in an area of `dataset` (a buurt), chosen in a list that starts at `areaCode`. */
    HousingDialog(const Dataset& dataset, const QString& areaCode, QWidget* parent = nullptr);
    ScenarioEdit edit() const;
    /** The buurt list; null for a drawn area or a circle. */
    QComboBox* areaBox() const { return m_area; }
    QSpinBox* childrenBox() const { return m_children; }
    QCheckBox* gemeenteMixBox() const { return m_gemeenteMix; }
    QList<QDoubleSpinBox*> shareBoxes() const { return m_shares; }

private:
    /** The rows both forms share: children, radius, the group mix, OK and Cancel. */
    void build(const GroupTable* groups, QFormLayout* form);

    const Dataset* m_dataset = nullptr;
    QComboBox* m_area = nullptr;
    QList<QPointF> m_polygon;
    QPointF m_center;
    QStringList m_groups;
    QLineEdit* m_name;
    QSpinBox* m_children;
    QDoubleSpinBox* m_radius;
    QCheckBox* m_gemeenteMix;
    QList<QDoubleSpinBox*> m_shares;
};

/** A parent initiative: children of one group from one area who register together at one school. */
class ParentInitiativeDialog : public QDialog
{
    Q_OBJECT
public:
    ParentInitiativeDialog(const Dataset& dataset, QWidget* parent = nullptr);
    ScenarioEdit edit() const;

private:
    QComboBox* m_area;
    QComboBox* m_group;
    QSpinBox* m_children;
    QComboBox* m_school;
};

/** Merge a school with one or more others (capacity added, at the first school's site). */
class MergeSchoolsDialog : public QDialog
{
    Q_OBJECT
public:
    MergeSchoolsDialog(const Dataset& dataset, const QString& schoolId, QWidget* parent = nullptr);
    ScenarioEdit edit() const;

private:
    QString m_first;
    QListWidget* m_others;
    QLineEdit* m_name;
};

} // namespace Mk
