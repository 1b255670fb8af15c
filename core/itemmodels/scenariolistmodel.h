// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

namespace Mk {

class ProjectDocument;

/**
 * The scenarios of the open project, one row each, named; the name is editable (a rename command on the
 * document). A view of the ProjectDocument: it follows every change, undo included.
 */
class ScenarioListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { EditCountRole = Qt::UserRole + 1 };

    explicit ScenarioListModel(ProjectDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    ProjectDocument* m_document;
};

} // namespace Mk
