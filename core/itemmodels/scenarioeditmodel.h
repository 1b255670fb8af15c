// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

namespace Mk {

class ProjectDocument;

/** The edits of one scenario of the project in plain words (ScenarioEdit::describe), in the order they apply. */
class ScenarioEditModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { TypeRole = Qt::UserRole + 1 };

    explicit ScenarioEditModel(ProjectDocument* document, QObject* parent = nullptr);

    /** The scenario shown (an index into the project's scenarios); -1 = none. */
    void setScenario(int index);
    int scenario() const { return m_scenario; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    bool valid() const;

    ProjectDocument* m_document;
    int m_scenario = -1;
};

} // namespace Mk
