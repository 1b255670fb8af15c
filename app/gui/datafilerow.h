// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/backgroundtask.h"
#include "io/datafilecheck.h"

#include <QWidget>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Mk {

/**
 * One optional data file of the import wizard: what it is and what it adds in plain words, a file
 * chooser, a layer choice for files with several layers, and at once the verdict of reading it with
 * its own loader (DataFileCheck, on a worker thread): what it holds, or why it cannot be used.
 */
class DataFileRow : public QWidget
{
    Q_OBJECT
public:
    /** What the row asks for; the texts are translated. */
    struct Spec {
        DataFileKind kind;
        QString title;       ///< "Pupils by home postcode (DUO)"
        QString explanation; ///< what the file adds, for a reader who is not a GIS specialist
        QString expected;    ///< which file belongs here, said when the chosen one cannot be used
        QString fileFilter;  ///< for the file dialog
        QString objectName;  ///< of the path field
        QString preferredLayer; ///< non-empty: offer a layer choice and preselect the layer whose name contains this
    };
    enum class State { Empty, Checking, Usable, Unusable };

    DataFileRow(Spec spec, QWidget* parent = nullptr);

    QString path() const;
    /** The chosen layer; empty when the file has one layer or the row offers no choice. */
    QString layer() const;
    State state() const { return m_state; }
    /** Sets what the loader gets from the rest of the request, and reads the file again when it changed. */
    void setContext(const DataFileCheck::Context& context);

signals:
    void stateChanged();

private:
    void check(bool listLayers);
    void showLayers(const QStringList& layers, const QString& chosen);
    void setState(State state, const QString& message, const QStringList& notes = {});

    Spec m_spec;
    DataFileCheck::Context m_context;
    State m_state = State::Empty;
    QLineEdit* m_path = nullptr;
    QWidget* m_layerRow = nullptr;
    QComboBox* m_layer = nullptr;
    QLabel* m_statusIcon = nullptr;
    QLabel* m_status = nullptr;
    BackgroundTask m_task;
};

/** A wizard page that is complete only while none of its data files is being read or unusable. */
class CheckedFilesPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

    void addCheckedRow(DataFileRow* row);
    bool isComplete() const override;

private:
    QList<DataFileRow*> m_rows;
};

} // namespace Mk
