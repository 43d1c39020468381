#include "ui/centre/SurveyPage.h"

#include "core/common/Clock.h"
#include "ui/centre/SurveyGridModel.h"
#include "ui/centre/SurveyImportDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBanner.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parindex::ui {

SurveyPage::SurveyPage(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent)
    : QWidget(parent), m_centre(std::move(centre)), m_banner(banner), m_grid(new SurveyGridModel(this)),
      m_sorted(new QSortFilterProxyModel(this)), m_yearLabel(new QLabel(this)), m_year(new QComboBox(this)),
      m_status(new QLabel(this)), m_importButton(new QPushButton(this)), m_saveButton(new QPushButton(this)),
      m_view(new QTableView(this)), m_versionsLabel(new QLabel(this)), m_versions(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("surveyPage"));
    m_year->setObjectName(QStringLiteral("surveyYear"));
    m_year->setMinimumContentsLength(6);
    m_status->setObjectName(QStringLiteral("surveyStatus"));
    m_status->setWordWrap(true);
    m_importButton->setObjectName(QStringLiteral("importSurvey"));
    m_saveButton->setObjectName(QStringLiteral("saveSurvey"));
    m_saveButton->setEnabled(false);
    m_sorted->setSourceModel(m_grid);
    m_sorted->setSortRole(SurveyGridModel::SortRole);
    m_view->setObjectName(QStringLiteral("surveyGrid"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_versions->setObjectName(QStringLiteral("surveyVersions"));
    m_versions->setRootIsDecorated(false);
    m_versions->setColumnCount(6);

    auto* top = new QHBoxLayout();
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(m_importButton);
    top->addWidget(m_saveButton);
    top->addStretch();

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_versionsLabel);
    bottomLayout->addWidget(m_versions);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &SurveyPage::reload);
    connect(m_importButton, &QPushButton::clicked, this, [this] { importTable(); });
    connect(m_saveButton, &QPushButton::clicked, this, &SurveyPage::save);
    connect(m_grid, &SurveyGridModel::modifiedChanged, m_saveButton, &QPushButton::setEnabled);
    connect(m_centre.get(), &Centre::resultsChanged, this, [this] {
        // Points typed and not saved are never thrown away by a change elsewhere.
        if (!m_grid->modified())
            reloadYears();
    });
    connect(m_centre.get(), &Centre::unitsChanged, this, &SurveyPage::reload);
    retranslate();
    reloadYears();
}

int SurveyPage::year() const
{
    return m_year->currentData().toInt();
}

void SurveyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SurveyPage::retranslate()
{
    m_yearLabel->setText(tr("Year:"));
    m_importButton->setText(tr("Import survey results…"));
    m_importButton->setToolTip(tr("A table (CSV or XLSX) from the survey institute: points per unit and item, or "
                                  "one row per answer"));
    m_saveButton->setText(tr("Save the typed points"));
    m_versionsLabel->setText(tr("<b>Versions</b> (the newest is in force; earlier ones are kept):"));
    m_versions->setHeaderLabels({tr("Version"), tr("From"), tr("Source"), tr("Units"), tr("Imported"), tr("By")});
    reload();
}

void SurveyPage::reloadYears()
{
    const QVariant current = m_year->currentData();
    {
        const QSignalBlocker block(m_year);
        m_year->clear();
        QList<int> years;
        if (const auto found = m_centre->resultYears(); found)
            years = found.value();
        const int thisYear = Clock::now().toLocalTime().date().year();
        for (int y : {thisYear, thisYear - 1}) {
            if (!years.contains(y))
                years.append(y);
        }
        std::sort(years.begin(), years.end(), std::greater<int>());
        for (int y : years)
            m_year->addItem(QString::number(y), y);
        // The latest year with something received is the one being surveyed.
        int index = m_year->findData(current);
        if (index < 0) {
            const auto received = m_centre->resultYears();
            index = received && !received->isEmpty() ? m_year->findData(received->first()) : 0;
        }
        m_year->setCurrentIndex(qMax(0, index));
    }
    reload();
}

void SurveyPage::reload()
{
    const int y = year();
    const auto units = m_centre->survey().units(y);
    const auto points = m_centre->survey().points(y);
    const auto locked = m_centre->survey().lockedReason(y);
    const auto versions = m_centre->survey().versions(y);
    if (!units || !points || !locked || !versions) {
        const QString error = !units    ? units.error()
                              : !points ? points.error()
                              : !locked ? locked.error()
                                        : versions.error();
        m_banner->showMessage(error, MessageBanner::Kind::Error);
        return;
    }
    const bool readOnly = !locked.value().isEmpty();
    m_grid->reset(units.value(), points.value(), !readOnly);
    m_importButton->setEnabled(!readOnly);
    m_saveButton->setEnabled(false);

    m_versions->clear();
    for (const SurveyVersion& v : versions.value()) {
        QString from;
        switch (v.shape) {
        case SurveyShape::Points:
            from = tr("points per item");
            break;
        case SurveyShape::Answers:
            from = tr("answers (%n row(s))", nullptr, v.sourceRows);
            break;
        case SurveyShape::Typed:
            from = tr("typed in");
            break;
        }
        auto* item = new QTreeWidgetItem(
            m_versions,
            {QString::number(v.version), from, v.sourceName, QString::number(v.units),
             QLocale().toString(v.importedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")), v.importedBy});
        item->setToolTip(2, v.sourceSha256.isEmpty() ? QString() : tr("SHA-256 %1").arg(v.sourceSha256));
    }
    for (int c = 0; c < m_versions->columnCount(); ++c)
        m_versions->resizeColumnToContents(c);

    QSet<QString> surveyed;
    for (const SurveyPoint& p : points.value())
        surveyed.insert(p.unitCode);
    int withItems = 0;
    for (const SurveyUnit& u : units.value())
        withItems += u.set && !u.set->surveyLeaves().isEmpty() ? 1 : 0;
    QString status;
    if (versions->isEmpty())
        status = tr("No survey results for %1 yet: import the survey institute's table, or type the points in the "
                    "grid and save them.")
                     .arg(y);
    else
        status = tr("Version %1 is in force: points for %2 of %3 unit(s).")
                     .arg(versions->first().version)
                     .arg(surveyed.size())
                     .arg(withItems);
    if (readOnly)
        status += QStringLiteral(" ") + tr("Read-only: %1.").arg(locked.value());
    m_status->setText(status);
}

void SurveyPage::importTable(const QString& path)
{
    const QString file = path.isEmpty() ? Dialogs::openFileName(this, tr("Import survey results"),
                                                                tr("Tables (*.xlsx *.csv);;All files (*)"))
                                        : path;
    if (file.isEmpty())
        return;
    if (m_grid->modified() && !Dialogs::confirm(this, tr("Import survey results"),
                                                tr("Points typed in the grid are not saved. Import anyway?")))
        return;
    auto* dialog = new SurveyImportDialog(m_centre, year(), file, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_banner->showMessage(
            tr("The %1 survey was imported as version %2.").arg(year()).arg(dialog->importedVersion()),
            MessageBanner::Kind::Information);
        reload();
    });
    dialog->open();
}

void SurveyPage::save()
{
    QStringList problems;
    const QList<SurveyPoint> points = m_grid->points(problems);
    if (!problems.isEmpty()) {
        m_banner->showMessage(problems.join(QLatin1Char('\n')), MessageBanner::Kind::Error);
        return;
    }
    const auto version = m_centre->survey().saveTyped(year(), points);
    if (!version) {
        m_banner->showMessage(version.error(), MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(
        tr("The typed points were saved as version %1 of the %2 survey.").arg(version.value()).arg(year()),
        MessageBanner::Kind::Information);
    reload();
}

} // namespace parindex::ui
