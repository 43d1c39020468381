#include "ui/unit/NewUnitDialog.h"

#include "core/criteria/CriteriaCatalog.h"
#include "core/criteria/CriteriaLoader.h"
#include "core/records/Unit.h"
#include "ui/common/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace parindex::ui {

namespace {
// Where new files go by default: the documents folder where there is one, else home.
QString defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();
}
} // namespace

NewUnitDialog::NewUnitDialog(Create create, QWidget* parent)
    : QDialog(parent), m_create(std::move(create)), m_name(new QLineEdit(this)), m_code(new QLineEdit(this)),
      m_group(new QComboBox(this)), m_year(new QSpinBox(this)), m_set(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("newUnitDialog"));
    setWindowTitle(tr("New unit data file"));
    m_code->setObjectName(QStringLiteral("unitCodeEdit"));
    m_name->setObjectName(QStringLiteral("unitNameEdit"));
    m_group->setObjectName(QStringLiteral("unitGroupCombo"));
    m_year->setObjectName(QStringLiteral("unitYearSpin"));
    m_set->setObjectName(QStringLiteral("criteriaSetCombo"));
    m_path->setObjectName(QStringLiteral("unitPathEdit"));
    m_problems->setObjectName(QStringLiteral("setProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color:#c62828"));
    m_name->setPlaceholderText(tr("e.g. Sở Tài chính, Phường Hoàn Kiếm"));

    for (UnitGroup g : UnitGroups::all())
        m_group->addItem(UnitGroups::displayName(g), int(g));
    m_year->setRange(2000, 2100);
    m_year->setValue(CriteriaCatalog::shipped().isEmpty() ? 2025 : CriteriaCatalog::shipped().first()->year);
    m_set->setMinimumContentsLength(40);
    m_set->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_name, &QLineEdit::textChanged, this, &NewUnitDialog::updateSuggestions);
    connect(m_code, &QLineEdit::textChanged, this, &NewUnitDialog::updateSuggestions);
    connect(m_year, &QSpinBox::valueChanged, this, &NewUnitDialog::updateSuggestions);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathChosen = true; });
    connect(m_group, &QComboBox::currentIndexChanged, this, &NewUnitDialog::refreshSets);
    connect(m_year, &QSpinBox::valueChanged, this, &NewUnitDialog::refreshSets);

    auto* setRow = new QHBoxLayout();
    auto* fromFile = new QPushButton(tr("From file…"), this);
    fromFile->setObjectName(QStringLiteral("setFromFileButton"));
    connect(fromFile, &QPushButton::clicked, this, &NewUnitDialog::chooseSetFile);
    setRow->addWidget(m_set, 1);
    setRow->addWidget(fromFile);
    auto* pathRow = new QHBoxLayout();
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &NewUnitDialog::chooseTarget);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout();
    form->addRow(tr("Unit name:"), m_name);
    form->addRow(tr("Unit code:"), m_code);
    form->addRow(tr("Group:"), m_group);
    form->addRow(tr("Year:"), m_year);
    form->addRow(tr("Criteria set:"), setRow);
    form->addRow(tr("Save as:"), pathRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    updateSuggestions();
    refreshSets();
    m_name->setFocus();
    resize(640, sizeHint().height());
}

void NewUnitDialog::refreshSets()
{
    const auto group = UnitGroup(m_group->currentData().toInt());
    m_set->clear();
    QList<CriteriaSetPtr> all = CriteriaCatalog::shipped();
    all.append(m_fileSets);
    for (const CriteriaSetPtr& s : all) {
        if (s->group == group && s->year == m_year->value())
            m_set->addItem(QStringLiteral("%1 (%2)").arg(s->title, s->decision), s->sha256);
    }
    if (m_set->count() == 0)
        m_set->addItem(tr("No criteria set for this group and year: choose a file"), QString());
}

CriteriaSetPtr NewUnitDialog::criteriaSet() const
{
    const QString sha = m_set->currentData().toString();
    QList<CriteriaSetPtr> all = CriteriaCatalog::shipped();
    all.append(m_fileSets);
    for (const CriteriaSetPtr& s : all) {
        if (s->sha256 == sha)
            return s;
    }
    return nullptr;
}

void NewUnitDialog::chooseSetFile()
{
    const QString path = Dialogs::openFileName(this, tr("Criteria set file"), tr("Criteria sets (*.json)"));
    if (path.isEmpty())
        return;
    const auto loaded = CriteriaLoader::loadFile(path);
    if (!loaded.ok()) {
        QStringList lines;
        for (const QString& p : loaded.problems.mid(0, 12))
            lines.append(p.toHtmlEscaped());
        if (loaded.problems.size() > 12)
            lines.append(tr("… and %n more", nullptr, int(loaded.problems.size() - 12)));
        m_problems->setText(tr("This criteria set cannot be used:") + QStringLiteral("<br/>") +
                            lines.join(QStringLiteral("<br/>")));
        return;
    }
    m_problems->clear();
    m_fileSets.append(loaded.set);
    m_year->setValue(loaded.set->year);
    m_group->setCurrentIndex(m_group->findData(int(loaded.set->group)));
    refreshSets();
    m_set->setCurrentIndex(m_set->findData(loaded.set->sha256));
}

QString NewUnitDialog::code() const
{
    const QString typed = m_code->text().trimmed();
    return typed.isEmpty() ? codeFromName(m_name->text()) : typed;
}

void NewUnitDialog::updateSuggestions()
{
    const QString derived = codeFromName(m_name->text());
    m_code->setPlaceholderText(derived.isEmpty() ? tr("e.g. SO-TAI-CHINH") : tr("%1 (from the name)").arg(derived));
    if (m_pathChosen)
        return;
    const QString base = code().isEmpty() ? QStringLiteral("tu-danh-gia") : code().toLower();
    m_path->setText(QDir::toNativeSeparators(
        QDir(defaultFolder()).filePath(QStringLiteral("%1-%2.parindex").arg(base).arg(m_year->value()))));
}

void NewUnitDialog::chooseTarget()
{
    const QString path = Dialogs::saveFileName(this, tr("Save the unit data file as"), m_path->text(),
                                               tr("ParIndex data files (*.parindex)"));
    if (path.isEmpty())
        return;
    m_path->setText(path.endsWith(QStringLiteral(".parindex")) ? path : path + QStringLiteral(".parindex"));
    m_pathChosen = true;
}

UnitIdentity NewUnitDialog::identity() const
{
    return {code(), m_name->text().trimmed(), UnitGroup(m_group->currentData().toInt())};
}

int NewUnitDialog::year() const
{
    return m_year->value();
}

QString NewUnitDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void NewUnitDialog::accept()
{
    if (identity().name.isEmpty()) {
        m_problems->setText(tr("Enter the unit's name."));
        return;
    }
    if (!criteriaSet()) {
        m_problems->setText(tr("Choose a criteria set."));
        return;
    }
    if (m_create) {
        if (const QString problem = m_create(*this); !problem.isEmpty()) {
            m_problems->setText(problem.toHtmlEscaped());
            return;
        }
    }
    QDialog::accept();
}

} // namespace parindex::ui
