#include "ui/centre/YearPage.h"

#include "core/common/Clock.h"
#include "core/common/Text.h"
#include "ui/centre/ApprovalDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/common/InputText.h"
#include "ui/common/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parindex::ui {

namespace {
constexpr int NameRole = Qt::UserRole;
} // namespace

YearPage::YearPage(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent)
    : QWidget(parent), m_centre(std::move(centre)), m_banner(banner), m_yearLabel(new QLabel(this)),
      m_year(new QSpinBox(this)), m_intro(new QLabel(this)), m_setsBox(new QGroupBox(this)),
      m_deadlinesBox(new QGroupBox(this)), m_deadlinesHint(new QLabel(this)), m_saveDeadlines(new QPushButton(this)),
      m_appraisersBox(new QGroupBox(this)), m_appraisers(new QTreeWidget(this)), m_addAppraiser(new QPushButton(this)),
      m_areas(new QPushButton(this)), m_approvalBox(new QGroupBox(this)), m_approvalState(new QLabel(this)),
      m_approve(new QPushButton(this))
{
    setObjectName(QStringLiteral("yearPage"));
    m_year->setObjectName(QStringLiteral("planYear"));
    m_year->setRange(2000, 2100);
    m_year->setGroupSeparatorShown(false);
    int initial = Clock::now().toLocalTime().date().year();
    if (const auto years = m_centre->inboxYears(); years && !years->isEmpty())
        initial = years->first();
    m_year->setValue(initial);
    connect(m_year, &QSpinBox::valueChanged, this, &YearPage::refresh);
    m_intro->setWordWrap(true);
    m_intro->setStyleSheet(QStringLiteral("color:#555"));

    // The set of each group.
    auto* setsLayout = new QFormLayout(m_setsBox);
    for (UnitGroup g : UnitGroups::all()) {
        auto* combo = new QComboBox(m_setsBox);
        combo->setObjectName(QStringLiteral("planSet_%1").arg(UnitGroups::code(g)));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(28);
        connect(combo, &QComboBox::activated, this,
                [this, g, combo] { chooseSet(g, combo->currentData().toString()); });
        auto* label = new QLabel(m_setsBox);
        setsLayout->addRow(label, combo);
        m_sets.append({g, combo});
        m_setLabels.append(label);
    }

    // The deadlines.
    auto* deadlinesLayout = new QGridLayout(m_deadlinesBox);
    int row = 0;
    for (DeadlineStage stage : AppraisalTerms::allDeadlines()) {
        auto* check = new QCheckBox(m_deadlinesBox);
        check->setObjectName(QStringLiteral("deadlineCheck_%1").arg(AppraisalTerms::code(stage)));
        auto* date = new QDateEdit(m_deadlinesBox);
        date->setObjectName(QStringLiteral("deadlineDate_%1").arg(AppraisalTerms::code(stage)));
        date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        date->setCalendarPopup(true);
        date->setEnabled(false);
        date->setMinimumWidth(date->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 48);
        connect(check, &QCheckBox::toggled, date, &QWidget::setEnabled);
        deadlinesLayout->addWidget(check, row, 0);
        deadlinesLayout->addWidget(date, row, 1);
        m_deadlines.append({stage, check, date});
        ++row;
    }
    m_deadlinesHint->setWordWrap(true);
    m_deadlinesHint->setStyleSheet(QStringLiteral("color:#555"));
    m_saveDeadlines->setObjectName(QStringLiteral("saveDeadlinesButton"));
    connect(m_saveDeadlines, &QPushButton::clicked, this, &YearPage::saveDeadlines);
    deadlinesLayout->addWidget(m_deadlinesHint, row, 0, 1, 3);
    deadlinesLayout->addWidget(m_saveDeadlines, row + 1, 2, Qt::AlignRight);
    deadlinesLayout->setColumnStretch(2, 1);

    // The working group.
    auto* appraisersLayout = new QVBoxLayout(m_appraisersBox);
    m_appraisers->setObjectName(QStringLiteral("planAppraisers"));
    m_appraisers->setRootIsDecorated(false);
    m_appraisers->setAlternatingRowColors(true);
    m_appraisers->setColumnCount(3);
    m_appraisers->header()->setStretchLastSection(false);
    m_appraisers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_appraisers->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_appraisers, &QTreeWidget::currentItemChanged, this,
            [this] { m_areas->setEnabled(!selectedAppraiser().isEmpty()); });
    connect(m_appraisers, &QTreeWidget::itemActivated, this, &YearPage::editAreas);
    m_addAppraiser->setObjectName(QStringLiteral("addAppraiserButton"));
    m_areas->setObjectName(QStringLiteral("appraiserAreasButton"));
    connect(m_addAppraiser, &QPushButton::clicked, this, &YearPage::addAppraiser);
    connect(m_areas, &QPushButton::clicked, this, &YearPage::editAreas);
    auto* appraiserButtons = new QHBoxLayout();
    appraiserButtons->addWidget(m_addAppraiser);
    appraiserButtons->addWidget(m_areas);
    appraiserButtons->addStretch();
    appraisersLayout->addWidget(m_appraisers, 1);
    appraisersLayout->addLayout(appraiserButtons);

    // The council's approval.
    auto* approvalLayout = new QVBoxLayout(m_approvalBox);
    m_approvalState->setObjectName(QStringLiteral("approvalState"));
    m_approvalState->setWordWrap(true);
    m_approvalState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    connect(m_approve, &QPushButton::clicked, this, &YearPage::approve);
    auto* approveRow = new QHBoxLayout();
    approveRow->addStretch();
    approveRow->addWidget(m_approve);
    approvalLayout->addWidget(m_approvalState);
    approvalLayout->addLayout(approveRow);

    auto* top = new QHBoxLayout();
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(m_intro, 1);
    auto* left = new QVBoxLayout();
    left->addWidget(m_setsBox);
    left->addWidget(m_deadlinesBox);
    left->addWidget(m_approvalBox);
    left->addStretch();
    auto* columns = new QHBoxLayout();
    columns->addLayout(left, 1);
    columns->addWidget(m_appraisersBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns, 1);

    Appraisal& appraisal = m_centre->appraisal();
    auto changed = [this] {
        m_dirty = true;
        if (isVisible())
            refresh();
    };
    connect(&appraisal, &Appraisal::planChanged, this, changed);
    connect(&appraisal, &Appraisal::appraisersChanged, this, changed);
    connect(&appraisal, &Appraisal::appraisalChanged, this, changed);
    connect(m_centre.get(), &Centre::inboxChanged, this, changed);
    retranslate();
}

void YearPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void YearPage::showEvent(QShowEvent* event)
{
    // The working group's progress reads the whole year: only when the page is looked at.
    if (m_dirty)
        refresh();
    QWidget::showEvent(event);
}

void YearPage::retranslate()
{
    m_yearLabel->setText(tr("Year:"));
    m_intro->setText(tr("Open the year once: the criteria set of each group, the deadlines and the working group. "
                        "Changing what is already set asks for the reason, which the audit log keeps."));
    m_setsBox->setTitle(tr("Criteria set of each group"));
    for (int i = 0; i < m_sets.size(); ++i)
        m_setLabels.at(i)->setText(UnitGroups::displayName(m_sets.at(i).first) + QLatin1Char(':'));
    m_deadlinesBox->setTitle(tr("Deadlines (the last day each stage is open)"));
    for (const DeadlineRow& d : m_deadlines)
        d.enabled->setText(AppraisalTerms::name(d.stage));
    m_deadlinesHint->setText(tr("After its deadline a stage locks: late packages or responses are refused, and the "
                                "round can no longer be edited."));
    m_saveDeadlines->setText(tr("Save deadlines…"));
    m_appraisersBox->setTitle(tr("Working group (Tổ công tác)"));
    m_appraisers->setHeaderLabels({tr("Appraiser"), tr("Areas"), tr("Progress this year")});
    m_addAppraiser->setText(tr("Add an appraiser…"));
    m_areas->setText(tr("Areas…"));
    m_areas->setToolTip(tr("The areas a member appraises for every unit; none: every area."));
    m_approvalBox->setTitle(tr("Council approval"));
    m_approve->setText(tr("Approve…"));
    m_dirty = true;
    if (isVisible())
        refresh();
}

int YearPage::year() const
{
    return m_year->value();
}

void YearPage::setYear(int year)
{
    m_year->setValue(year);
}

void YearPage::refresh()
{
    m_dirty = false;
    const int y = year();
    const auto plan = m_centre->appraisal().plan(y);
    const auto known = m_centre->knownSets();
    if (!plan || !known) {
        m_banner->showMessage(!plan ? plan.error() : known.error(), MessageBanner::Kind::Error);
        return;
    }
    const auto approval = m_centre->appraisal().approval(y);
    const bool approved = approval && approval.value();

    for (const auto& [group, combo] : m_sets) {
        const QSignalBlocker block(combo);
        combo->clear();
        const QString chosen = plan->sets.value(group);
        if (chosen.isEmpty())
            combo->addItem(tr("(not chosen)"), QString());
        for (const CriteriaSetPtr& s : known.value()) {
            if (s->year != y || s->group != group)
                continue;
            combo->addItem(s->decision.isEmpty() ? s->id : tr("%1 — %2").arg(s->id, s->decision), s->sha256);
            combo->setItemData(combo->count() - 1, s->title, Qt::ToolTipRole);
        }
        if (!chosen.isEmpty() && combo->findData(chosen) < 0)
            combo->addItem(tr("a set the centre does not know (%1)").arg(chosen.left(12)), chosen);
        combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
        combo->setEnabled(!approved && combo->count() > (chosen.isEmpty() ? 1 : 0));
    }
    for (const DeadlineRow& d : m_deadlines) {
        const QSignalBlocker b1(d.enabled);
        const auto at = plan->deadline(d.stage);
        d.enabled->setChecked(at.has_value());
        d.date->setEnabled(at.has_value() && !approved);
        d.date->setDate(at ? *at : QDate(y, 12, 31));
        d.enabled->setEnabled(!approved);
    }
    m_saveDeadlines->setEnabled(!approved);

    // The working group and its progress.
    const QString selected = selectedAppraiser();
    m_appraisers->clear();
    const auto people = m_centre->appraisal().appraisers();
    const auto progress = m_centre->appraisal().appraiserProgress(y);
    if (!people)
        m_banner->showMessage(people.error(), MessageBanner::Kind::Error);
    QHash<QString, AppraiserProgress> byName;
    if (progress) {
        for (const AppraiserProgress& p : progress.value())
            byName.insert(p.appraiser.name, p);
    }
    const auto titles = areas();
    for (const Appraiser& a : people ? people.value() : QList<Appraiser>()) {
        QStringList areaTexts;
        QStringList tips;
        for (const QString& code : a.areas) {
            QString text = code;
            for (const auto& [c, title] : titles) {
                if (c == code)
                    text = QStringLiteral("%1. %2").arg(c, title);
            }
            areaTexts << text;
            tips << text;
        }
        // Progress is counted over a member's own areas.
        QString done = QStringLiteral("—");
        if (const auto it = byName.constFind(a.name); it != byName.cend() && it->assigned > 0)
            done = tr("%1 of %2 items").arg(it->done).arg(it->assigned);
        auto* row = new QTreeWidgetItem(
            m_appraisers,
            {safeForDisplay(a.name), areaTexts.isEmpty() ? tr("all") : areaTexts.join(QStringLiteral("; ")), done});
        row->setData(0, NameRole, a.name);
        row->setToolTip(1, tips.join(u'\n'));
        if (a.name == selected)
            m_appraisers->setCurrentItem(row);
    }
    m_areas->setEnabled(!selectedAppraiser().isEmpty());

    // The council's approval.
    if (!approval) {
        m_approvalState->setText(approval.error());
    } else if (approval.value()) {
        const Approval& a = *approval.value();
        QString text = tr("Approved by decision <b>%1</b> of %2.")
                           .arg(safeForDisplay(a.decision).toHtmlEscaped(), InputText::date(a.date));
        if (a.members > 0)
            text += QLatin1Char(' ') + tr("%1 of the council's %2 members in favour.").arg(a.inFavour).arg(a.members);
        if (a.recordedAt.isValid())
            text += QLatin1Char(' ') +
                    tr("Recorded on %1 by %2.")
                        .arg(InputText::dateTime(a.recordedAt), safeForDisplay(a.recordedBy).toHtmlEscaped());
        text += QStringLiteral("<br/>") + tr("The year's appraisal is read-only; the results are final.");
        m_approvalState->setText(text);
    } else {
        m_approvalState->setText(tr("Not approved yet. The council approves once every unit received is appraised "
                                    "(round 2 closed)."));
    }
    m_approve->setEnabled(approval && !approval.value());
}

QString YearPage::selectedAppraiser() const
{
    const QTreeWidgetItem* item = m_appraisers->currentItem();
    return item ? item->data(0, NameRole).toString() : QString();
}

QList<QPair<QString, QString>> YearPage::areas() const
{
    QList<QPair<QString, QString>> out;
    const auto plan = m_centre->appraisal().plan(year());
    const auto known = m_centre->knownSets();
    if (!known)
        return out;
    QList<CriteriaSetPtr> sets;
    for (const CriteriaSetPtr& s : known.value()) {
        if (plan && plan->sets.values().contains(s->sha256))
            sets.append(s);
    }
    if (sets.isEmpty()) {
        for (const CriteriaSetPtr& s : known.value()) {
            if (s->year == year())
                sets.append(s);
        }
    }
    QStringList seen;
    for (const CriteriaSetPtr& s : sets) {
        for (const CriteriaNode& area : s->areas) {
            if (seen.contains(area.code))
                continue;
            seen.append(area.code);
            out.append({area.code, area.title});
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.first.toInt() != b.first.toInt() ? a.first.toInt() < b.first.toInt() : a.first < b.first;
    });
    return out;
}

void YearPage::chooseSet(UnitGroup group, const QString& sha256)
{
    const int y = year();
    const auto plan = m_centre->appraisal().plan(y);
    if (!plan) {
        m_banner->showMessage(plan.error(), MessageBanner::Kind::Error);
        return;
    }
    const QString old = plan->sets.value(group);
    if (sha256.isEmpty() || sha256 == old) {
        refresh();
        return;
    }
    QString reason;
    if (!old.isEmpty()) {
        reason = Dialogs::text(this, tr("Change the criteria set"),
                               tr("The criteria set of %1 for %2 is already chosen. Why does it change? The reason is "
                                  "kept in the audit log.")
                                   .arg(UnitGroups::displayName(group))
                                   .arg(y));
        if (reason.trimmed().isEmpty()) {
            refresh();
            return;
        }
    }
    if (Status s = m_centre->appraisal().setYearSet(y, group, sha256, reason); !s)
        m_banner->showMessage(tr("The criteria set was not changed: %1").arg(s.error()), MessageBanner::Kind::Error);
    else
        m_banner->showMessage(tr("Criteria set of %1 for %2 saved.").arg(UnitGroups::displayName(group)).arg(y),
                              MessageBanner::Kind::Information);
    refresh();
}

void YearPage::saveDeadlines()
{
    const int y = year();
    const auto plan = m_centre->appraisal().plan(y);
    if (!plan) {
        m_banner->showMessage(plan.error(), MessageBanner::Kind::Error);
        return;
    }
    QList<QPair<DeadlineStage, std::optional<QDate>>> changes;
    bool needsReason = false;
    for (const DeadlineRow& d : m_deadlines) {
        const std::optional<QDate> now = d.enabled->isChecked() ? std::optional(d.date->date()) : std::nullopt;
        const std::optional<QDate> before = plan->deadline(d.stage);
        if (now == before)
            continue;
        changes.append({d.stage, now});
        needsReason = needsReason || before.has_value();
    }
    if (changes.isEmpty()) {
        m_banner->showMessage(tr("The deadlines are as saved."), MessageBanner::Kind::Information);
        return;
    }
    QString reason;
    if (needsReason) {
        reason = Dialogs::text(this, tr("Change deadlines"),
                               tr("A deadline already set changes. Why? The reason is kept in the audit log."));
        if (reason.trimmed().isEmpty()) {
            refresh();
            return;
        }
    }
    QStringList saved;
    for (const auto& [stage, date] : changes) {
        if (Status s = m_centre->appraisal().setDeadline(y, stage, date, reason); !s) {
            m_banner->showMessage(
                tr("The deadline of %1 was not saved: %2").arg(AppraisalTerms::name(stage), s.error()),
                MessageBanner::Kind::Error);
            refresh();
            return;
        }
        saved << (date ? tr("%1: %2").arg(AppraisalTerms::name(stage), InputText::date(*date))
                       : tr("%1: none").arg(AppraisalTerms::name(stage)));
    }
    m_banner->showMessage(tr("Deadlines saved (%1).").arg(saved.join(QStringLiteral("; "))),
                          MessageBanner::Kind::Information);
    refresh();
}

void YearPage::addAppraiser()
{
    const QString name =
        Dialogs::text(this, tr("Add an appraiser"), tr("Full name of the member of the working group:"));
    if (name.trimmed().isEmpty())
        return;
    if (Status s = m_centre->appraisal().addAppraiser({name, {}}); !s) {
        m_banner->showMessage(tr("The appraiser was not added: %1").arg(s.error()), MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(tr("%1 added to the working group. Assign areas with Areas…, or leave none to appraise "
                             "every area.")
                              .arg(normalized(name)),
                          MessageBanner::Kind::Information);
}

void YearPage::editAreas()
{
    const QString name = selectedAppraiser();
    if (name.isEmpty())
        return;
    const auto people = m_centre->appraisal().appraisers();
    if (!people)
        return;
    QStringList current;
    for (const Appraiser& a : people.value()) {
        if (a.name == name)
            current = a.areas;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("areasDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Areas of %1").arg(safeForDisplay(name)));
    auto* text = new QLabel(
        tr("The areas %1 appraises for every unit. None ticked: every area.").arg(safeForDisplay(name)), dialog);
    text->setWordWrap(true);
    auto* list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("areasList"));
    for (const auto& [code, title] : areas()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1. %2").arg(code, title), list);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(current.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog->resize(560, 420);
    connect(dialog, &QDialog::accepted, this, [this, name, current, list] {
        QStringList chosen;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                chosen << list->item(i)->data(Qt::UserRole).toString();
        }
        if (chosen == current)
            return;
        QString reason;
        if (!current.isEmpty()) {
            reason = Dialogs::text(
                this, tr("Change the areas"),
                tr("Why do the areas of %1 change? The reason is kept in the audit log.").arg(safeForDisplay(name)));
            if (reason.trimmed().isEmpty())
                return;
        }
        if (Status s = m_centre->appraisal().setAppraiserAreas(name, chosen, reason); !s)
            m_banner->showMessage(tr("The areas were not changed: %1").arg(s.error()), MessageBanner::Kind::Error);
        else
            m_banner->showMessage(
                tr("Areas of %1: %2.")
                    .arg(safeForDisplay(name), chosen.isEmpty() ? tr("every area") : chosen.join(QStringLiteral(", "))),
                MessageBanner::Kind::Information);
    });
    dialog->open();
}

void YearPage::approve()
{
    const int y = year();
    auto* dialog = new ApprovalDialog(
        y,
        [this, y](const Approval& a) {
            if (Status s = m_centre->appraisal().approve(y, a); !s)
                return s.error();
            m_banner->showMessage(tr("The results of %1 are approved (decision %2 of %3).")
                                      .arg(y)
                                      .arg(a.decision, InputText::date(a.date)),
                                  MessageBanner::Kind::Information);
            return QString();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace parindex::ui
