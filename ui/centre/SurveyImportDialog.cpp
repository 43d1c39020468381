#include "ui/centre/SurveyImportDialog.h"

#include "core/common/Text.h"
#include "core/files/SafeFile.h"
#include "core/importing/TableColumns.h"
#include "core/importing/Xlsx.h"
#include "ui/common/BackgroundTask.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parindex::ui {

namespace {
constexpr int PreviewRows = 50;
constexpr qint64 MaxTableBytes = 256LL * 1024 * 1024;
} // namespace

SurveyImportDialog::SurveyImportDialog(std::shared_ptr<Centre> centre, int year, const QString& path, QWidget* parent)
    : QDialog(parent), m_centre(std::move(centre)), m_year(year), m_path(path), m_summary(new QLabel(this)),
      m_shapeCombo(new QComboBox(this)), m_mapping(new QFormLayout()), m_preview(new QTableWidget(this)),
      m_problems(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("surveyImportDialog"));
    setWindowTitle(tr("Import the %1 survey: %2").arg(year).arg(QFileInfo(path).fileName()));
    m_summary->setObjectName(QStringLiteral("surveySummary"));
    m_summary->setWordWrap(true);
    m_shapeCombo->setObjectName(QStringLiteral("surveyShape"));
    m_shapeCombo->addItem(tr("Points per unit and item"), int(SurveyShape::Points));
    m_shapeCombo->addItem(tr("Answers per respondent"), int(SurveyShape::Answers));
    m_preview->setObjectName(QStringLiteral("surveyPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_problems->setObjectName(QStringLiteral("surveyProblems"));
    m_problems->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("importSurveyButton"));

    auto* mappingBox = new QWidget(this);
    auto* mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    auto* shapeRow = new QFormLayout();
    shapeRow->addRow(tr("The table holds:"), m_shapeCombo);
    mappingLayout->addLayout(shapeRow);
    auto* mappingTitle = new QLabel(tr("<b>Columns</b> (found by their headers; change them if needed):"), mappingBox);
    mappingLayout->addWidget(mappingTitle);
    mappingLayout->addLayout(m_mapping);
    mappingLayout->addStretch();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QSplitter(Qt::Horizontal, splitter);
    top->addWidget(mappingBox);
    top->addWidget(m_preview);
    top->setStretchFactor(1, 3);
    splitter->addWidget(top);
    splitter->addWidget(m_problems);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SurveyImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_shapeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_shape = SurveyShape(m_shapeCombo->currentData().toInt());
        m_userMapped = false;
        readAgain();
    });
    resize(1100, 700);
    loadFile();
}

void SurveyImportDialog::loadFile()
{
    const auto bytes = readSmallFile(m_path, MaxTableBytes);
    if (!bytes) {
        m_read = {};
        m_read.problems.append(bytes.error());
        showReading();
        return;
    }
    m_bytes = bytes.value();
    const auto units = m_centre->survey().units(m_year);
    if (!units) {
        m_read = {};
        m_read.problems.append(units.error());
        showReading();
        return;
    }
    m_units = units.value();
    readAgain();
}

QHash<int, int> SurveyImportDialog::assigned() const
{
    QHash<int, int> out;
    if (!m_userMapped)
        return out;
    for (const auto& [role, combo] : m_roleCombos)
        out.insert(role, combo->currentData().toInt());
    return out;
}

void SurveyImportDialog::readAgain()
{
    if (m_bytes.isEmpty() && m_units.isEmpty())
        return;
    if (m_task && m_task->running())
        return;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    // The reading is pure computation on copies: it runs on a worker thread.
    auto result = std::make_shared<std::pair<CsvTable, SurveyRead>>();
    const QByteArray bytes = m_bytes;
    const QList<SurveyUnit> units = m_units;
    const QHash<int, int> mapping = assigned();
    const std::optional<SurveyShape> shape = m_shape;
    const bool haveTable = !m_table.records.isEmpty() || !m_table.error.isEmpty();
    const CsvTable table = m_table;
    m_task = new BackgroundTask(this, tr("Reading the survey table…"), QStringLiteral("surveyReadProgress"));
    m_task->start(
        [=](const TaskControl&) {
            result->first = haveTable ? table : readTable(bytes);
            result->second = SurveyImport::read(result->first, units, mapping, shape);
        },
        [this, result](bool cancelled) {
            if (cancelled) {
                reject();
                return;
            }
            m_table = result->first;
            m_read = result->second;
            showReading();
        });
}

void SurveyImportDialog::showReading()
{
    // The mapping: one combo per role of the shape, listing the table's columns.
    const QSignalBlocker blockShape(m_shapeCombo);
    m_shapeCombo->setCurrentIndex(qMax(0, m_shapeCombo->findData(int(m_read.shape))));
    while (m_mapping->rowCount() > 0)
        m_mapping->removeRow(0);
    m_roleCombos.clear();
    for (SurveyImport::Role role : SurveyImport::roles(m_read.shape)) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("role%1").arg(int(role)));
        combo->addItem(tr("(none)"), -1);
        for (qsizetype i = 0; i < m_read.header.size(); ++i)
            combo->addItem(QStringLiteral("%1: %2").arg(xlsxColumnName(int(i)), safeForDisplay(m_read.header.at(i))),
                           int(i));
        combo->setCurrentIndex(qMax(0, combo->findData(m_read.columns.value(role, -1))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_userMapped = true;
            readAgain();
        });
        m_mapping->addRow(SurveyImport::roleName(role), combo);
        m_roleCombos.append({int(role), combo});
    }

    // The table's first rows.
    const int rows = int(qMin<qsizetype>(m_table.records.size(), PreviewRows + 1));
    const int columns = rows > 0 ? int(m_table.records.first().fields.size()) : 0;
    m_preview->clear();
    m_preview->setRowCount(qMax(0, rows - 1));
    m_preview->setColumnCount(columns);
    for (int c = 0; c < columns; ++c) {
        QString role;
        for (auto it = m_read.columns.cbegin(); it != m_read.columns.cend(); ++it) {
            if (it.value() == c)
                role = SurveyImport::roleName(SurveyImport::Role(it.key()));
        }
        const QString header = safeForDisplay(m_table.records.first().fields.value(c));
        m_preview->setHorizontalHeaderItem(
            c, new QTableWidgetItem(role.isEmpty() ? header : QStringLiteral("%1\n→ %2").arg(header, role)));
    }
    QStringList lines;
    for (int r = 1; r < rows; ++r) {
        const CsvRecord& rec = m_table.records.at(r);
        lines.append(QString::number(rec.line));
        for (int c = 0; c < columns; ++c)
            m_preview->setItem(r - 1, c, new QTableWidgetItem(safeForDisplay(rec.fields.value(c))));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();

    m_problems->clear();
    for (const QString& p : m_read.problems) {
        auto* item = new QListWidgetItem(p, m_problems);
        item->setForeground(QColor(0xb7, 0x1c, 0x1c));
    }
    for (const QString& n : m_read.notes)
        new QListWidgetItem(n, m_problems);
    QSet<QString> units;
    for (const SurveyPoint& p : m_read.points)
        units.insert(p.unitCode);
    if (m_read.ok())
        m_summary->setText(tr("%n row(s) read: points for %1 unit(s). Nothing is stored until you import; a new "
                              "import replaces the year's survey and keeps the previous version.",
                              nullptr, m_read.rows)
                               .arg(units.size()));
    else
        m_summary->setText(tr("<b>%n problem(s)</b> in the table: correct them (or the column mapping) and nothing "
                              "is stored until then.",
                              nullptr, int(m_read.problems.size())));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_read.ok() && !m_read.points.isEmpty());
}

void SurveyImportDialog::accept()
{
    const SurveyImportReport report =
        m_centre->survey().importRead(m_year, m_read, QFileInfo(m_path).fileName(), m_bytes);
    if (!report.ok()) {
        m_read = report.read;
        showReading();
        return;
    }
    m_version = report.version;
    QDialog::accept();
}

} // namespace parindex::ui
