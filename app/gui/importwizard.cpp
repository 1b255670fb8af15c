// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/importwizard.h"
#include "gui/screenfit.h"

#include "base/diagnostics.h"
#include "io/arealoader.h"
#include "io/columnmapping.h"
#include "io/sourceschema.h"
#include "render/valueformat.h"

#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Mk {

namespace {

constexpr int kPreviewRows = 12;
/** Marks the group-column choice "the remainder" (no column: what the other groups leave). */
constexpr int kRemainderRole = Qt::UserRole + 1;

QTableWidget* makeTable(QWidget* parent, const QStringList& headers)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

QTableWidgetItem* cell(const QString& text, bool dim = false)
{
    auto* item = new QTableWidgetItem(text);
    if (dim) {
        item->setForeground(QColor(0x80, 0x80, 0x80));
        QFont f = item->font();
        f.setItalic(true);
        item->setFont(f);
    }
    return item;
}

QHBoxLayout* fileRow(QLineEdit*& edit, QPushButton*& button, QWidget* parent)
{
    auto* row = new QHBoxLayout;
    edit = new QLineEdit(parent);
    button = new QPushButton(ImportWizard::tr("Browse…"), parent);
    row->addWidget(edit, 1);
    row->addWidget(button);
    return row;
}

} // namespace

ImportWizard::ImportWizard(QWidget* parent)
    : QWizard(parent)
{
    setWindowTitle(tr("New analysis"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(AreaPage, createAreaPage());
    setPage(GemeentePage, createGemeentePage());
    setPage(SchoolPage, createSchoolPage());
    setPage(MappingPage, createMappingPage());
    m_additional = new AdditionalDataPage(this);
    setPage(AdditionalPage, m_additional);
    fitToScreen(this, QSize(820, 620));
    connect(&m_areasTask, &BackgroundTask::failed, this, [this](const Error& error) { m_gemeenteStatus->setText(error.message); });
    connect(&m_areaTask, &BackgroundTask::failed, this, [this](const Error& error) { m_areaStatus->setText(error.message); });
    connect(&m_schoolTask, &BackgroundTask::failed, this, [this](const Error& error) { m_schoolStatus->setText(error.message); });
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::analysisName() const
{
    const GemeenteInfo* g = m_fileGemeenten.byCode(m_request.gemeente);
    return g && !g->name.isEmpty() ? g->name : QFileInfo(m_request.areasFile).completeBaseName();
}

QString ImportWizard::browse(const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(this, title, QDir::homePath(), filter);
}

QWizardPage* ImportWizard::createAreaPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("1. Buurten or wijken"));
    page->setSubTitle(tr("Choose the CBS Wijk- en Buurtkaart (GeoPackage or shapefile) that contains your gemeente."));
    auto* layout = new QVBoxLayout(page);
    QPushButton* browseButton = nullptr;
    layout->addLayout(fileRow(m_areaFile, browseButton, page));
    m_areaFile->setObjectName(QStringLiteral("areaFile"));
    auto* form = new QFormLayout;
    m_areaLayer = new QComboBox(page);
    m_areaLayer->setObjectName(QStringLiteral("areaLayer"));
    form->addRow(tr("Layer"), m_areaLayer);
    layout->addLayout(form);
    m_areaStatus = new QLabel(page);
    m_areaStatus->setWordWrap(true);
    layout->addWidget(m_areaStatus);
    m_areaFields = makeTable(page, {tr("Column"), tr("Type"), tr("With a value"), tr("Treated as missing"), tr("Suppressed")});
    m_areaFields->setObjectName(QStringLiteral("areaFields"));
    layout->addWidget(m_areaFields, 1);
    connect(browseButton, &QPushButton::clicked, this, [this] {
        const QString f = browse(tr("Choose the area file"), tr("Vector files (*.gpkg *.shp *.geojson *.json);;All files (*)"));
        if (!f.isEmpty())
            m_areaFile->setText(f);
    });
    connect(m_areaFile, &QLineEdit::textChanged, this, [this] { inspect(m_areaFile->text(), m_areaLayer, m_areaFields, m_areaStatus, m_areaTask); });
    connect(m_areaLayer, &QComboBox::currentIndexChanged, this, [this] {
        if (m_areaInfo)
            showLayerFields(*m_areaInfo, m_areaLayer->currentData().toString(), m_areaFields);
    });
    return page;
}

QWizardPage* ImportWizard::createGemeentePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("2. Gemeente"));
    page->setSubTitle(tr("Which gemeente is this analysis about?"));
    auto* layout = new QFormLayout(page);
    m_gemeente = new QComboBox(page);
    m_gemeente->setObjectName(QStringLiteral("gemeente"));
    m_gemeente->setEditable(true);
    m_gemeente->setInsertPolicy(QComboBox::NoInsert);
    // Searchable: any part of the name or code finds it (Nijmegen, 0268, "megen").
    m_gemeente->completer()->setFilterMode(Qt::MatchContains);
    m_gemeente->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_gemeente->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_gemeenteStatus = new QLabel(page);
    m_gemeenteStatus->setObjectName(QStringLiteral("gemeenteStatus"));
    m_gemeenteStatus->setWordWrap(true);
    layout->addRow(tr("Gemeente"), m_gemeente);
    layout->addRow(m_gemeenteStatus);
    return page;
}

QWizardPage* ImportWizard::createSchoolPage()
{
    auto* page = new CheckedFilesPage(this);
    page->setTitle(tr("3. Schools"));
    page->setSubTitle(tr("Choose the DUO school file (CSV or GeoPackage). You may skip this and map only the buurten."));
    auto* layout = new QVBoxLayout(page);
    QPushButton* browseButton = nullptr;
    layout->addLayout(fileRow(m_schoolFile, browseButton, page));
    m_schoolFile->setObjectName(QStringLiteral("schoolFile"));
    auto* form = new QFormLayout;
    m_schoolLayer = new QComboBox(page);
    m_schoolLayer->setObjectName(QStringLiteral("schoolLayer"));
    form->addRow(tr("Layer"), m_schoolLayer);
    layout->addLayout(form);
    m_schoolStatus = new QLabel(page);
    m_schoolStatus->setWordWrap(true);
    layout->addWidget(m_schoolStatus);
    m_schoolFields = makeTable(page, {tr("Column"), tr("Type"), tr("With a value"), tr("Treated as missing"), tr("Suppressed")});
    layout->addWidget(m_schoolFields, 1);
    m_pupils = new DataFileRow({DataFileKind::PupilsPerVestiging, tr("Pupils per vestiging (DUO, optional)"),
                                tr("Its pupil counts replace those of the school file."),
                                tr("DUO's file \"leerlingen po per vestiging (soort po, cluster, leeftijd)\" (CSV)"),
                                tr("Tables (*.csv *.txt *.tsv);;All files (*)"),
                                QString::fromLatin1(SourceSchema::slotOf(DataFileKind::PupilsPerVestiging).key), {}},
                               page);
    layout->addWidget(m_pupils);
    page->addCheckedRow(m_pupils);
    connect(browseButton, &QPushButton::clicked, this, [this] {
        const QString f = browse(tr("Choose the school file"), tr("School files (*.csv *.gpkg *.geojson);;All files (*)"));
        if (!f.isEmpty())
            m_schoolFile->setText(f);
    });
    connect(m_schoolFile, &QLineEdit::textChanged, this, [this] { inspect(m_schoolFile->text(), m_schoolLayer, m_schoolFields, m_schoolStatus, m_schoolTask); });
    connect(m_schoolLayer, &QComboBox::currentIndexChanged, this, [this] {
        if (m_schoolInfo)
            showLayerFields(*m_schoolInfo, m_schoolLayer->currentData().toString(), m_schoolFields);
    });
    return page;
}

QWizardPage* ImportWizard::createMappingPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("4. Columns"));
    page->setSubTitle(tr("Tell Mengkaart which columns hold the population and the groups. The preview shows the "
                         "values of your gemeente; grey cells will be treated as missing or suppressed."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_population = new QComboBox(page);
    m_population->setObjectName(QStringLiteral("population"));
    m_schoolAge = new QComboBox(page);
    m_characteristic = new QLineEdit(tr("migration background"), page);
    form->addRow(tr("Inhabitants"), m_population);
    form->addRow(tr("Share of children (0-15, %)"), m_schoolAge);
    form->addRow(tr("Characteristic"), m_characteristic);
    // A fourth row, empty, for a remainder or a further group (e.g. "other" when the shares leave some out).
    const QStringList defaults = {tr("Dutch origin"), tr("Europe"), tr("outside Europe"), QString()};
    for (qsizetype g = 0; g < defaults.size(); ++g) {
        auto* row = new QHBoxLayout;
        auto* edit = new QLineEdit(defaults[g], page);
        edit->setObjectName(QStringLiteral("groupName%1").arg(g + 1));
        edit->setPlaceholderText(tr("another group, e.g. other"));
        auto* column = new QComboBox(page);
        column->setObjectName(QStringLiteral("groupColumn%1").arg(g + 1));
        column->setToolTip(tr("The column with this group's percentage, or \"the remainder\": 100 % minus the other groups."));
        row->addWidget(edit, 1);
        row->addWidget(column, 2);
        form->addRow(tr("Group (% column)"), row);
        m_groups.append({edit, column});
        connect(column, &QComboBox::currentIndexChanged, this, &ImportWizard::updateValuePreview);
        connect(column, &QComboBox::currentIndexChanged, this, [this] { m_mappingStatus->clear(); });
    }
    connect(m_population, &QComboBox::currentIndexChanged, this, &ImportWizard::updateValuePreview);
    connect(m_schoolAge, &QComboBox::currentIndexChanged, this, &ImportWizard::updateValuePreview);
    // Who published the area file and under which licence: the briefing's methods page credits it.
    auto* credit = new QHBoxLayout;
    m_publisher = new QLineEdit(page);
    m_publisher->setObjectName(QStringLiteral("publisher"));
    m_publisher->setPlaceholderText(tr("e.g. CBS, or your research department"));
    m_licence = new QLineEdit(page);
    m_licence->setObjectName(QStringLiteral("licence"));
    m_licence->setPlaceholderText(tr("e.g. CC BY 4.0"));
    credit->addWidget(m_publisher, 2);
    credit->addWidget(new QLabel(tr("Licence"), page));
    credit->addWidget(m_licence, 1);
    form->addRow(tr("Published by"), credit);
    layout->addLayout(form);
    m_mappingStatus = new QLabel(page);
    m_mappingStatus->setObjectName(QStringLiteral("mappingStatus"));
    m_mappingStatus->setWordWrap(true);
    m_mappingStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_mappingStatus);
    m_values = makeTable(page, {});
    m_values->setObjectName(QStringLiteral("valuePreview"));
    layout->addWidget(m_values, 1);
    return page;
}

void ImportWizard::inspect(const QString& path, QComboBox* layers, QTableWidget* preview, QLabel* status, BackgroundTask& task)
{
    const bool areas = &task == &m_areaTask;
    (areas ? m_areaInfo : m_schoolInfo).reset(); // until this file is read, there is none to go on with
    layers->clear();
    preview->setRowCount(0);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        task.cancel(); // what an earlier file turns out to hold no longer matters
        status->setText(path.isEmpty() ? QString() : tr("The file %1 does not exist.").arg(path));
        return;
    }
    status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    task.start([this, path, areas](Feedback&) -> Result<BackgroundTask::Continuation> {
        auto inspected = FileInspector::inspect(path);
        if (!inspected)
            return inspected.error();
        auto info = std::make_shared<const FileInfo>(std::move(*inspected));
        return BackgroundTask::Continuation([this, info, areas] { areas ? showAreaFile(info) : showSchoolFile(info); });
    });
}

void ImportWizard::showAreaFile(std::shared_ptr<const FileInfo> info)
{
    m_areaInfo = std::move(info);
    m_areaLayer->clear();
    for (const LayerInfo& l : m_areaInfo->layers)
        m_areaLayer->addItem(QStringLiteral("%1 (%2)").arg(l.name, QLocale().toString(l.featureCount)), l.name);
    const int buurt = m_areaLayer->findText(QStringLiteral("buurt"), Qt::MatchContains);
    m_areaLayer->setCurrentIndex(std::max(0, buurt));
    m_areaStatus->setText(tr("Cells CBS marks as unknown or secret (-99999999, -99995, …) are treated as missing, never as numbers."));
}

void ImportWizard::showSchoolFile(std::shared_ptr<const FileInfo> info)
{
    m_schoolInfo = std::move(info);
    m_schoolLayer->clear();
    for (const LayerInfo& l : m_schoolInfo->layers)
        m_schoolLayer->addItem(l.name, l.name);
    m_schoolStatus->setText(tr("DUO writes counts of 1 to 4 pupils as \"<5\": these are kept as suppressed, not as numbers."));
}

void ImportWizard::showAreas(std::shared_ptr<const AreaLayer> areas)
{
    m_allAreas = std::move(areas);
    QMap<QString, QString> names; // code -> name
    for (const AreaUnit& u : m_allAreas->units) {
        if (u.gemeenteCode.isEmpty())
            continue;
        QString& name = names[u.gemeenteCode];
        for (const QString& column : SourceSchema::candidates(SourceColumn::GemeenteName))
            if (name.isEmpty())
                name = u.texts.value(column);
    }
    // Files without gemeente names (CBS wijken of tmap) get them from the national list: never a code alone.
    QList<GemeenteInfo> gemeenten;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        gemeenten.append({it.key(), it.value().isEmpty() ? GemeenteDirectory::embeddedName(it.key()) : it.value(), {}});
    m_fileGemeenten = GemeenteDirectory::of(gemeenten, QFileInfo(m_areaFile->text()).fileName());
    m_gemeente->clear();
    for (const GemeenteInfo& g : m_fileGemeenten.gemeenten())
        m_gemeente->addItem(g.name.isEmpty() ? g.code : g.displayName(), g.code);
    m_gemeenteStatus->setText(tr("%n gemeente(n) in the file. Type a few letters of the name or the code to find one.", nullptr,
                                 static_cast<int>(names.size())));
}

void ImportWizard::showLayerFields(const FileInfo& info, const QString& layer, QTableWidget* preview)
{
    preview->setRowCount(0);
    for (const LayerInfo& l : info.layers) {
        if (l.name != layer)
            continue;
        for (const FieldInfo& f : l.fields) {
            const int row = preview->rowCount();
            preview->insertRow(row);
            preview->setItem(row, 0, cell(f.name));
            preview->setItem(row, 1, cell(f.type));
            preview->setItem(row, 2, cell(QLocale().toString(f.valid)));
            preview->setItem(row, 3, cell(QLocale().toString(f.empty + f.sentinelCount()), f.empty + f.sentinelCount() > 0));
            preview->setItem(row, 4, cell(QLocale().toString(f.suppressed), f.suppressed > 0));
        }
    }
    preview->resizeColumnsToContents();
}

void ImportWizard::readAreas()
{
    const QString path = m_areaFile->text();
    const QString layer = m_areaLayer->currentData().toString();
    if (m_areasReadFrom == path + QLatin1Char('|') + layer)
        return;
    m_areasReadFrom = path + QLatin1Char('|') + layer;
    m_allAreas.reset();
    m_gemeente->clear();
    m_gemeenteStatus->setText(tr("Reading the areas…"));
    m_areasTask.start([this, path, layer](Feedback& feedback) -> Result<BackgroundTask::Continuation> {
        Diagnostics ignored; // the wizard only lists the gemeenten; the load reports the notes
        auto loaded = AreaLoader::load(path, layer, QString(), ignored, &feedback);
        if (!loaded)
            return loaded.error();
        auto areas = std::make_shared<const AreaLayer>(std::move(*loaded));
        return BackgroundTask::Continuation([this, areas] { showAreas(areas); });
    });
}

DataFileCheck::Context ImportWizard::checkContext() const
{
    DataFileCheck::Context context;
    context.gemeente = AreaLoader::normalizeGemeenteCode(m_request.gemeente);
    const GemeenteInfo* g = m_fileGemeenten.byCode(context.gemeente);
    context.gemeenteName = g ? g->name : QString();
    return context;
}

void ImportWizard::initializePage(int id)
{
    if (id == GemeentePage)
        readAreas();
    if (id == SchoolPage)
        m_pupils->setContext(checkContext());
    if (id == AdditionalPage)
        m_additional->setContext(checkContext());
    if (id == MappingPage) {
        QStringList numeric;
        for (const LayerInfo& l : m_areaInfo ? m_areaInfo->layers : QList<LayerInfo>())
            if (l.name == m_areaLayer->currentData().toString())
                for (const FieldInfo& f : l.fields)
                    if (f.type == QLatin1String("Integer") || f.type == QLatin1String("Integer64") || f.type == QLatin1String("Real"))
                        numeric.append(f.name);
        // Preselect the CBS names the loaders know (SourceSchema: PDOK 2024 lower-case, then the classic shapefile names).
        auto fillBox = [&numeric](QComboBox* box, const QStringList& names, bool remainder = false) {
            box->clear();
            box->addItem(tr("(none)"), QString());
            if (remainder) {
                box->addItem(tr("the remainder (100 % minus the other groups)"), QString());
                box->setItemData(1, true, kRemainderRole);
            }
            for (const QString& n : numeric)
                box->addItem(n, n);
            for (const QString& name : names) {
                const int i = box->findData(name, Qt::UserRole, Qt::MatchFixedString);
                if (i >= 0) {
                    box->setCurrentIndex(i);
                    return;
                }
            }
        };
        fillBox(m_population, SourceSchema::candidates(SourceColumn::Population));
        fillBox(m_schoolAge, SourceSchema::candidates(SourceColumn::SchoolAgeShare));
        const QList<QStringList> groupNames = {SourceSchema::candidates(SourceColumn::OriginDutch),
                                               SourceSchema::candidates(SourceColumn::OriginEurope),
                                               SourceSchema::candidates(SourceColumn::OriginOutsideEurope)};
        for (qsizetype g = 0; g < m_groups.size(); ++g)
            fillBox(m_groups[g].second, groupNames.value(g), true);
        updateValuePreview();
    }
    QWizard::initializePage(id);
}

void ImportWizard::updateValuePreview()
{
    if (!m_values || !m_allAreas)
        return;
    QStringList columns;
    for (QComboBox* box : {m_population, m_schoolAge})
        if (!box->currentData().toString().isEmpty())
            columns.append(box->currentData().toString());
    for (const auto& g : m_groups)
        if (!g.second->currentData().toString().isEmpty())
            columns.append(g.second->currentData().toString());
    m_values->clear();
    m_values->setColumnCount(static_cast<int>(columns.size()) + 1);
    m_values->setHorizontalHeaderLabels(QStringList{tr("Area")} + columns);
    m_values->setRowCount(0);
    const QString code = m_gemeente->currentData().toString();
    for (const AreaUnit& u : m_allAreas->units) {
        if (m_values->rowCount() >= kPreviewRows)
            break;
        if (!code.isEmpty() && u.gemeenteCode != code)
            continue;
        const int row = m_values->rowCount();
        m_values->insertRow(row);
        m_values->setItem(row, 0, cell(u.name.isEmpty() ? u.code : u.name));
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const AttributeValue v = u.number(columns[c]);
            m_values->setItem(row, static_cast<int>(c) + 1,
                              cell(v.hasValue() ? QLocale().toString(v.number, 'g', 10) : ValueFormat().toString(v), !v.hasValue()));
        }
    }
    m_values->resizeColumnsToContents();
}

bool ImportWizard::validateCurrentPage()
{
    // A data file still being read, or one its loader refuses, keeps the wizard where it is.
    if (!currentPage()->isComplete())
        return false;
    switch (currentId()) {
    case AreaPage:
        if (!m_areaInfo || m_areaLayer->count() == 0) {
            m_areaStatus->setText(tr("Choose an area file that can be read first."));
            return false;
        }
        m_request.areasFile = m_areaFile->text();
        m_request.areasLayer = m_areaLayer->currentData().toString();
        return true;
    case GemeentePage:
        if (!chooseGemeente())
            return false;
        updateValuePreview();
        return true;
    case SchoolPage: {
        m_request.schoolsFile = m_schoolInfo ? m_schoolFile->text() : QString();
        m_request.schoolsLayer = m_schoolInfo ? m_schoolLayer->currentData().toString() : QString();
        m_request.pupilsFile = m_request.schoolsFile.isEmpty() ? QString() : m_pupils->path();
        return true;
    }
    case MappingPage: {
        auto built = mappingFromPage();
        if (!built) {
            m_mappingStatus->setText(built.error().message);
            return false;
        }
        const ColumnMapping& mapping = *built;
        if (!sharesAccepted(mapping))
            return false;
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/mappings");
        QDir().mkpath(dir);
        const QString path = dir + QLatin1Char('/') + QFileInfo(m_request.areasFile).completeBaseName() + QStringLiteral(".json");
        if (const auto saved = mapping.save(path); !saved) {
            m_mappingStatus->setText(saved.error().message);
            return false;
        }
        m_request.mappingFile = path;
        return true;
    }
    case AdditionalPage:
        m_additional->fill(m_request);
        return true;
    default:
        return true;
    }
}

bool ImportWizard::chooseGemeente()
{
    // The typed text counts, not the item the list last had: typing "Nijmegen" must never keep another gemeente.
    const QString typed = m_gemeente->currentText().trimmed();
    if (typed.isEmpty()) {
        m_gemeenteStatus->setText(tr("Choose or type a gemeente (name or code such as GM0308)."));
        return false;
    }
    const int index = m_gemeente->currentIndex();
    if (index >= 0 && m_gemeente->itemText(index) == typed) {
        m_request.gemeente = m_gemeente->itemData(index).toString();
        return true;
    }
    const auto resolved = m_fileGemeenten.resolve(typed);
    if (!resolved) {
        m_gemeenteStatus->setText(resolved.error().message);
        return false;
    }
    m_request.gemeente = resolved->code;
    m_gemeente->setCurrentIndex(m_gemeente->findData(resolved->code));
    return true;
}

Result<ColumnMapping> ImportWizard::mappingFromPage() const
{
    ColumnMapping mapping;
    mapping.description = tr("Created with the New analysis wizard for %1").arg(QFileInfo(m_request.areasFile).fileName());
    mapping.publisher = m_publisher->text().trimmed();
    mapping.licence = m_licence->text().trimmed();
    mapping.populationColumn = m_population->currentData().toString();
    mapping.schoolAgeColumn = m_schoolAge->currentData().toString();
    CharacteristicMapping c;
    c.name = m_characteristic->text().trimmed();
    c.kind = CharacteristicMapping::Kind::Percentage;
    c.base = mapping.schoolAgeColumn.isEmpty() ? CharacteristicMapping::Base::Population : CharacteristicMapping::Base::SchoolAgeChildren;
    for (const auto& [edit, box] : m_groups) {
        const QString name = edit->text().trimmed();
        const bool remainder = box->currentData(kRemainderRole).toBool();
        const QString column = box->currentData().toString();
        if (name.isEmpty() || (column.isEmpty() && !remainder))
            continue;
        if (remainder && std::any_of(c.groups.cbegin(), c.groups.cend(), [](const GroupColumns& g) { return g.remainder; }))
            return fail(ErrorCode::InvalidValue, tr("Only one group can be the remainder: choose a column for \"%1\".").arg(name));
        GroupColumns group{name, remainder ? QStringList() : QStringList{column}};
        group.remainder = remainder;
        c.groups.append(group);
    }
    if (c.groups.size() == 1 || (c.groups.size() >= 2 && std::all_of(c.groups.cbegin(), c.groups.cend(), [](const GroupColumns& g) { return g.remainder; })))
        return fail(ErrorCode::InvalidValue, tr("Segregation needs at least two groups, one of them with a column. Choose a column for a "
                                                "second group, or none at all to map only the inhabitants."));
    if (c.groups.size() >= 2 && !c.name.isEmpty() && !mapping.populationColumn.isEmpty())
        mapping.characteristics.append(c);
    return mapping;
}

bool ImportWizard::sharesAccepted(const ColumnMapping& mapping)
{
    if (!m_allAreas || mapping.characteristics.isEmpty())
        return true;
    // The loader's own check on the gemeente's areas: the wizard says what the analysis would warn about.
    AreaLayer areas = *m_allAreas;
    areas.units.erase(std::remove_if(areas.units.begin(), areas.units.end(),
                                     [this](const AreaUnit& u) { return u.gemeenteCode != m_request.gemeente; }),
                      areas.units.end());
    Diagnostics warnings;
    for (const CharacteristicMapping& c : mapping.characteristics) {
        const auto table = mapping.areaTable(c, areas, warnings);
        if (!table) {
            m_mappingStatus->setText(table.error().message);
            return false;
        }
    }
    QStringList texts;
    for (const Diagnostic& d : warnings.items())
        texts.append(d.message);
    const QString text = texts.join(QLatin1Char('\n'));
    if (text.isEmpty() || text == m_acceptedShares)
        return true;
    m_acceptedShares = text;
    m_mappingStatus->setText(text + QLatin1Char('\n')
                             + tr("Add a group as \"the remainder\" or map the missing column; or press Next again to go on with the "
                                  "shares as they are."));
    return false;
}

} // namespace Mk
