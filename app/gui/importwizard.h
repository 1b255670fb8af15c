// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/additionaldatapage.h"
#include "gui/backgroundtask.h"
#include "io/columnmapping.h"
#include "io/datasetloader.h"
#include "io/gemeentedirectory.h"
#include "io/fileinspector.h"
#include "model/arealayer.h"

#include <QWizard>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Mk {

/**
 * "New analysis…": a guided import in five steps: the CBS area file, the gemeente, the DUO school
 * file (optionally with DUO's pupils per vestiging), the column mapping with a preview of the
 * values of the chosen gemeente and of what will be treated as missing or suppressed (a group may be the
 * remainder; shares that do not add up to 100 are shown and must be confirmed, never rescaled), and the
 * optional files (AdditionalDataPage). Files are read on worker threads, every optional file by its
 * own loader as soon as it is chosen. The mapping is saved as JSON next to the user's settings so
 * next year's files load the same way.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { AreaPage, GemeentePage, SchoolPage, MappingPage, AdditionalPage };

    explicit ImportWizard(QWidget* parent = nullptr);
    ~ImportWizard() override;

    /** The request to load; valid after the wizard was accepted. */
    LoadRequest request() const { return m_request; }
    QString analysisName() const;

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage* createAreaPage();
    QWizardPage* createGemeentePage();
    QWizardPage* createSchoolPage();
    QWizardPage* createMappingPage();
    DataFileCheck::Context checkContext() const;
    /** Reads the file's layers and fields on `task`; a file chosen later drops the earlier one's result. */
    void inspect(const QString& path, QComboBox* layers, QTableWidget* preview, QLabel* status, BackgroundTask& task);
    void showAreaFile(std::shared_ptr<const FileInfo> info);
    void showSchoolFile(std::shared_ptr<const FileInfo> info);
    void showAreas(std::shared_ptr<const AreaLayer> areas);
    void showLayerFields(const FileInfo& info, const QString& layer, QTableWidget* preview);
    void readAreas();
    void updateValuePreview();
    bool chooseGemeente();
    Result<ColumnMapping> mappingFromPage() const;
    bool sharesAccepted(const ColumnMapping& mapping);
    QString browse(const QString& title, const QString& filter);

    LoadRequest m_request;
    QLineEdit* m_areaFile = nullptr;
    QComboBox* m_areaLayer = nullptr;
    QTableWidget* m_areaFields = nullptr;
    QLabel* m_areaStatus = nullptr;
    QComboBox* m_gemeente = nullptr;
    QLabel* m_gemeenteStatus = nullptr;
    QLineEdit* m_schoolFile = nullptr;
    QComboBox* m_schoolLayer = nullptr;
    QTableWidget* m_schoolFields = nullptr;
    QLabel* m_schoolStatus = nullptr;
    DataFileRow* m_pupils = nullptr;
    QComboBox* m_population = nullptr;
    QComboBox* m_schoolAge = nullptr;
    QLineEdit* m_characteristic = nullptr;
    QList<QPair<QLineEdit*, QComboBox*>> m_groups;
    QLineEdit* m_publisher = nullptr;
    QLineEdit* m_licence = nullptr;
    QLabel* m_mappingStatus = nullptr;
    QString m_acceptedShares; ///< the warnings about non-summing shares the user chose to go on with
    QTableWidget* m_values = nullptr;
    AdditionalDataPage* m_additional = nullptr;

    BackgroundTask m_areaTask;
    BackgroundTask m_schoolTask;
    BackgroundTask m_areasTask;
    std::shared_ptr<const FileInfo> m_areaInfo;
    std::shared_ptr<const FileInfo> m_schoolInfo;
    std::shared_ptr<const AreaLayer> m_allAreas;
    GemeenteDirectory m_fileGemeenten; ///< the gemeenten of the area file, to resolve a typed name
    QString m_areasReadFrom;
};

} // namespace Mk
