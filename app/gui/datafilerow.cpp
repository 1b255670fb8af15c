// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/datafilerow.h"

#include "io/tablereader.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Mk {

namespace {

/** Notes beyond this many are summed up: a national file can have hundreds. */
constexpr int kShownNotes = 3;

QString pickLayer(const QStringList& layers, const QString& preferred)
{
    for (const QString& l : layers)
        if (l.contains(preferred, Qt::CaseInsensitive))
            return l;
    return layers.value(0);
}

} // namespace

DataFileRow::DataFileRow(Spec spec, QWidget* parent)
    : QWidget(parent)
    , m_spec(std::move(spec))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(m_spec.title.toHtmlEscaped()), this);
    auto* explanation = new QLabel(m_spec.explanation, this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(explanation);

    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(m_spec.objectName);
    m_path->setClearButtonEnabled(true);
    m_path->setPlaceholderText(tr("No file (optional)"));
    m_path->setAccessibleName(m_spec.title);
    title->setBuddy(m_path);
    auto* browse = new QPushButton(tr("Browse…"), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    m_layerRow = new QWidget(this);
    auto* layerLayout = new QHBoxLayout(m_layerRow);
    layerLayout->setContentsMargins(0, 0, 0, 0);
    m_layer = new QComboBox(m_layerRow);
    m_layer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_layer->setMinimumContentsLength(16);
    m_layer->setObjectName(m_spec.objectName + QStringLiteral("Layer"));
    auto* layerLabel = new QLabel(tr("Layer"), m_layerRow);
    layerLabel->setBuddy(m_layer);
    layerLayout->addWidget(layerLabel);
    layerLayout->addWidget(m_layer);
    layerLayout->addStretch(1);
    m_layerRow->hide();
    layout->addWidget(m_layerRow);

    auto* statusRow = new QHBoxLayout;
    m_statusIcon = new QLabel(this);
    m_statusIcon->setAlignment(Qt::AlignTop);
    m_status = new QLabel(this);
    m_status->setObjectName(m_spec.objectName + QStringLiteral("Status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);
    m_statusIcon->hide();
    m_status->hide();

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, m_spec.title, QDir::homePath(), m_spec.fileFilter);
        if (!f.isEmpty())
            m_path->setText(f);
    });
    connect(m_path, &QLineEdit::textChanged, this, [this] { check(true); });
    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] { check(false); });
    connect(&m_task, &BackgroundTask::failed, this, [this](const Error& error) { setState(State::Unusable, error.message); });
}

QString DataFileRow::path() const
{
    return m_path->text().trimmed();
}

QString DataFileRow::layer() const
{
    return m_layer->count() > 1 ? m_layer->currentText() : QString();
}

void DataFileRow::setContext(const DataFileCheck::Context& context)
{
    if (context.gemeente == m_context.gemeente && context.gemeenteName == m_context.gemeenteName)
        return;
    m_context = context;
    if (!path().isEmpty())
        check(false);
}

void DataFileRow::check(bool listLayers)
{
    // A file read before its layers were listed (the context changed meanwhile) still needs them listed.
    const bool layers = !m_spec.preferredLayer.isEmpty() && (listLayers || m_layer->count() == 0);
    if (layers)
        showLayers({}, {});
    const QString path = this->path();
    if (path.isEmpty()) {
        m_task.cancel();
        setState(State::Empty, {});
        return;
    }
    setState(State::Checking, tr("Reading %1…").arg(QFileInfo(path).fileName()));
    DataFileCheck::Context context = m_context;
    context.layer = layer();
    m_task.start([this, path, context, layers, kind = m_spec.kind, preferred = m_spec.preferredLayer](Feedback& feedback)
                     -> Result<BackgroundTask::Continuation> {
        QStringList names;
        DataFileCheck::Context c = context;
        if (layers) {
            auto listed = TableReader::layerNames(path);
            if (!listed)
                return listed.error();
            names = *listed;
            c.layer = pickLayer(names, preferred);
        }
        auto summary = DataFileCheck::check(kind, path, c, &feedback);
        return BackgroundTask::Continuation([this, layers, names, chosen = c.layer, summary] {
            if (layers)
                showLayers(names, chosen);
            if (summary)
                setState(State::Usable, summary->text, summary->warnings);
            else
                setState(State::Unusable, summary.error().message);
        });
    });
}

void DataFileRow::showLayers(const QStringList& layers, const QString& chosen)
{
    const QSignalBlocker block(m_layer);
    m_layer->clear();
    m_layer->addItems(layers);
    m_layer->setCurrentText(chosen);
    m_layerRow->setVisible(layers.size() > 1);
}

void DataFileRow::setState(State state, const QString& message, const QStringList& notes)
{
    QStringList lines{message.toHtmlEscaped()};
    // What belongs here comes first and stands out: the loader's message after it can be long.
    if (state == State::Unusable)
        lines.prepend(QStringLiteral("<b>%1</b>").arg(tr("Expected here: %1.").arg(m_spec.expected).toHtmlEscaped()));
    for (qsizetype i = 0; i < std::min<qsizetype>(notes.size(), kShownNotes); ++i)
        lines.append(notes[i].toHtmlEscaped());
    if (notes.size() > kShownNotes)
        lines.append(tr("…and %n more note(s).", nullptr, static_cast<int>(notes.size() - kShownNotes)).toHtmlEscaped());
    m_status->setText(lines.join(QStringLiteral("<br>")));
    m_status->setVisible(state != State::Empty);
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    if (state == State::Unusable)
        icon = QStyle::SP_MessageBoxCritical;
    else if (!notes.isEmpty())
        icon = QStyle::SP_MessageBoxWarning;
    else if (state == State::Checking)
        icon = QStyle::SP_BrowserReload;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_statusIcon->setVisible(state != State::Empty);
    if (state != m_state) {
        m_state = state;
        emit stateChanged();
    }
}

void CheckedFilesPage::addCheckedRow(DataFileRow* row)
{
    m_rows.append(row);
    connect(row, &DataFileRow::stateChanged, this, &QWizardPage::completeChanged);
}

bool CheckedFilesPage::isComplete() const
{
    return std::none_of(m_rows.cbegin(), m_rows.cend(), [](const DataFileRow* r) {
        return r->state() == DataFileRow::State::Checking || r->state() == DataFileRow::State::Unusable;
    });
}

} // namespace Mk
