// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Mk {

class DiagnosticsTableModel;
class DiagnosticsFilterProxy;

/**
 * "Notes" (Meldingen): every note of the loaders, the analyses and the GDAL/PROJ/GEOS libraries
 * (DiagnosticsTableModel), filterable by severity and text; Ctrl+C and the context menu copy the
 * selected rows as tab-separated text.
 */
class DiagnosticsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit DiagnosticsDock(QWidget* parent = nullptr);

    DiagnosticsTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* severityBox() const { return m_severity; }
    QAction* copyAction() const { return m_copy; }
    /** The selected rows (as shown) as text, header first; what Copy puts on the clipboard. */
    QString selectedText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateSummary();
    void copySelection();

    DiagnosticsTableModel* m_model;
    DiagnosticsFilterProxy* m_proxy;
    QComboBox* m_severity;
    QLineEdit* m_filter;
    QLabel* m_summary;
    QTableView* m_view;
    QAction* m_copy;
};

} // namespace Mk
