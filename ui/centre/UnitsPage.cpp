#include "ui/centre/UnitsPage.h"

#include "core/common/Text.h"
#include "core/files/SafeFile.h"
#include "ui/centre/UnitDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBanner.h"

#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parindex::ui {

namespace {
constexpr int CodeRole = Qt::UserRole;
constexpr int KeyRole = Qt::UserRole + 1;
} // namespace

UnitsPage::UnitsPage(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent)
    : QWidget(parent), m_centre(std::move(centre)), m_banner(banner), m_search(new QLineEdit(this)),
      m_tree(new QTreeWidget(this)), m_register(new QPushButton(this)), m_edit(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_import(new QPushButton(this)), m_enrol(new QPushButton(this)),
      m_revoke(new QPushButton(this))
{
    setObjectName(QStringLiteral("unitsPage"));
    m_search->setObjectName(QStringLiteral("unitsSearch"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("unitsTree"));
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_register->setObjectName(QStringLiteral("registerUnitButton"));
    m_edit->setObjectName(QStringLiteral("editUnitButton"));
    m_remove->setObjectName(QStringLiteral("removeUnitButton"));
    m_import->setObjectName(QStringLiteral("importUnitsButton"));
    m_enrol->setObjectName(QStringLiteral("enrolKeyButton"));
    m_revoke->setObjectName(QStringLiteral("revokeKeyButton"));
    connect(m_register, &QPushButton::clicked, this, &UnitsPage::registerUnit);
    connect(m_edit, &QPushButton::clicked, this, &UnitsPage::editUnit);
    connect(m_remove, &QPushButton::clicked, this, &UnitsPage::removeUnit);
    connect(m_import, &QPushButton::clicked, this, &UnitsPage::importList);
    connect(m_enrol, &QPushButton::clicked, this, &UnitsPage::enrolKey);
    connect(m_revoke, &QPushButton::clicked, this, &UnitsPage::revokeKey);
    connect(m_search, &QLineEdit::textChanged, this, &UnitsPage::applySearch);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &UnitsPage::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (!item->parent())
            editUnit();
    });
    connect(m_centre.get(), &Centre::unitsChanged, this, &UnitsPage::refresh);
    connect(m_centre.get(), &Centre::keysChanged, this, &UnitsPage::refresh);

    auto* side = new QVBoxLayout();
    for (QPushButton* b : {m_register, m_edit, m_remove, m_import})
        side->addWidget(b);
    side->addSpacing(16);
    side->addWidget(m_enrol);
    side->addWidget(m_revoke);
    side->addStretch();
    auto* left = new QVBoxLayout();
    left->addWidget(m_search);
    left->addWidget(m_tree, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(side);
    retranslate();
}

void UnitsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UnitsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search by name or code…"));
    m_tree->setHeaderLabels({tr("Unit"), tr("Code"), tr("Group"), tr("Keys")});
    m_register->setText(tr("Register unit…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
    m_import->setText(tr("Import a list…"));
    m_enrol->setText(tr("Enrol key…"));
    m_revoke->setText(tr("Revoke keys…"));
    refresh();
}

void UnitsPage::refresh()
{
    const QString selected = selectedUnitCode();
    m_tree->clear();
    const auto units = m_centre->units();
    if (!units) {
        m_banner->showMessage(units.error(), MessageBanner::Kind::Error);
        return;
    }
    for (const Unit& u : units.value()) {
        const auto keys = m_centre->keys(u.code);
        const QList<EnrolledKey> enrolled = keys ? keys.value() : QList<EnrolledKey>();
        int active = 0;
        for (const EnrolledKey& k : enrolled)
            active += k.active() ? 1 : 0;
        auto* item = new QTreeWidgetItem(m_tree, {safeForDisplay(u.name) + (u.ranked ? QString() : tr(" (not ranked)")),
                                                  u.code, UnitGroups::shortName(u.group),
                                                  active ? tr("%n key(s) in force", nullptr, active) : tr("no key")});
        item->setData(0, CodeRole, u.code);
        for (const EnrolledKey& k : enrolled) {
            const QString when =
                k.active() ? tr("enrolled %1").arg(QLocale().toString(k.enrolledAt.toLocalTime(), QLocale::ShortFormat))
                           : tr("revoked %1").arg(QLocale().toString(k.revokedAt.toLocalTime(), QLocale::ShortFormat));
            auto* child = new QTreeWidgetItem(item, {k.keyId, QString(), QString(), when});
            child->setData(0, CodeRole, u.code);
            child->setData(0, KeyRole, k.keyId);
            child->setToolTip(0, SigningKey::groupedFingerprint(k.keyId));
        }
        if (u.code == selected)
            m_tree->setCurrentItem(item);
    }
    applySearch();
    updateButtons();
}

void UnitsPage::applySearch()
{
    const QString key = searchKey(m_search->text());
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        const bool match =
            key.isEmpty() || searchKey(item->text(0)).contains(key) || searchKey(item->text(1)).contains(key);
        item->setHidden(!match);
        // A hidden unit must not stay selected: Edit or Remove would act on a row the user cannot see.
        if (!match && item->isSelected())
            m_tree->setCurrentItem(nullptr);
    }
    updateButtons();
}

void UnitsPage::updateButtons()
{
    const bool unit = !selectedUnitCode().isEmpty();
    for (QPushButton* b : {m_edit, m_remove, m_enrol, m_revoke})
        b->setEnabled(unit);
}

QString UnitsPage::selectedUnitCode() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, CodeRole).toString() : QString();
}

void UnitsPage::selectUnit(const QString& code)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, CodeRole).toString() == code)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
    }
}

void UnitsPage::registerUnit()
{
    auto* dialog = new UnitDialog(
        tr("Register a unit"), UnitDraft{},
        [this](const UnitDraft& draft) {
            const auto added = m_centre->addUnit(draft);
            if (!added)
                return added.error();
            m_banner->showMessage(tr("%1 registered as %2.").arg(added->name, added->code),
                                  MessageBanner::Kind::Information);
            selectUnit(added->code);
            return QString();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UnitsPage::editUnit()
{
    const auto unit = m_centre->unit(selectedUnitCode());
    if (!unit) {
        m_banner->showMessage(tr("Choose the unit first."), MessageBanner::Kind::Warning);
        return;
    }
    const QString code = unit->code;
    auto* dialog = new UnitDialog(
        tr("Change %1").arg(unit->name), {unit->code, unit->name, unit->group, unit->ranked},
        [this, code](const UnitDraft& draft) {
            const auto changed = m_centre->updateUnit(code, draft);
            if (!changed)
                return changed.error();
            m_banner->showMessage(tr("%1 changed.").arg(changed->name), MessageBanner::Kind::Information);
            selectUnit(changed->code);
            return QString();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UnitsPage::removeUnit()
{
    const auto unit = m_centre->unit(selectedUnitCode());
    if (!unit)
        return;
    const auto refs = m_centre->unitReferences(unit->code);
    if (refs && !refs.value().isEmpty()) {
        m_banner->showMessage(tr("%1 cannot be removed: the file holds its data (%2).").arg(unit->name, refs.value()),
                              MessageBanner::Kind::Warning);
        return;
    }
    if (!Dialogs::confirm(this, tr("Remove unit"), tr("Remove %1 (%2) from the registry?").arg(unit->name, unit->code)))
        return;
    if (Status s = m_centre->removeUnit(unit->code); !s)
        m_banner->showMessage(s.error(), MessageBanner::Kind::Error);
    else
        m_banner->showMessage(tr("%1 removed.").arg(unit->name), MessageBanner::Kind::Information);
}

void UnitsPage::importList()
{
    const QString path =
        Dialogs::openFileName(this, tr("Import a list of units"), tr("Tables (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto bytes = readSmallFile(path, 16 * 1024 * 1024);
    if (!bytes) {
        m_banner->showMessage(bytes.error(), MessageBanner::Kind::Error);
        return;
    }
    const TableImportReport report = m_centre->importUnits(bytes.value());
    if (!report.ok()) {
        QStringList shown = report.problems.mid(0, 8);
        if (report.problems.size() > shown.size())
            shown.append(tr("… and %n more", nullptr, int(report.problems.size() - shown.size())));
        m_banner->showMessage(
            tr("Nothing was imported from %1:\n%2").arg(QFileInfo(path).fileName(), shown.join(u'\n')),
            MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(
        tr("%n unit(s) registered from %1.", nullptr, report.imported).arg(QFileInfo(path).fileName()),
        MessageBanner::Kind::Information);
}

void UnitsPage::enrolKey()
{
    const auto unit = m_centre->unit(selectedUnitCode());
    if (!unit) {
        m_banner->showMessage(tr("Choose the unit first."), MessageBanner::Kind::Warning);
        return;
    }
    const QString path =
        Dialogs::openFileName(this, tr("The public key sent by %1").arg(unit->name), tr("Public keys (*.pub *.pem)"));
    if (path.isEmpty())
        return;
    const auto bytes = readSmallFile(path, 64 * 1024);
    if (!bytes) {
        m_banner->showMessage(bytes.error(), MessageBanner::Kind::Error);
        return;
    }
    const auto key = Centre::readPublicKey(bytes.value());
    if (!key) {
        m_banner->showMessage(key.error(), MessageBanner::Kind::Error);
        return;
    }
    if (!Dialogs::confirm(this, tr("Compare the fingerprint"),
                          tr("Enrol this key for %1 only if its fingerprint is the one in the unit's official letter, "
                             "group by group:\n\n%2")
                              .arg(unit->name, SigningKey::groupedFingerprint(key->keyId(), 8))))
        return;
    // A unit signs with one key at a time: a new key replaces the one in force, which is revoked.
    QStringList inForce;
    if (const auto keys = m_centre->keys(unit->code)) {
        for (const EnrolledKey& k : keys.value()) {
            if (k.active())
                inForce.append(SigningKey::groupedFingerprint(k.keyId));
        }
    }
    if (!inForce.isEmpty() &&
        !Dialogs::confirm(this, tr("Replace the key in force?"),
                          tr("%1 already has a key in force:\n\n%2\n\nThe new key replaces it: packages signed with "
                             "the old key are refused from now on. Replace it?")
                              .arg(unit->name, inForce.join(u'\n'))))
        return;
    if (Status s = m_centre->enrolKey(unit->code, key.value(), !inForce.isEmpty()); !s) {
        m_banner->showMessage(tr("The key was not enrolled: %1").arg(s.error()), MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(tr("Key %1 enrolled for %2.").arg(key->keyId(), unit->name),
                          MessageBanner::Kind::Information);
}

void UnitsPage::revokeKey()
{
    const auto unit = m_centre->unit(selectedUnitCode());
    if (!unit)
        return;
    QTreeWidgetItem* item = m_tree->currentItem();
    const QString keyId = item ? item->data(0, KeyRole).toString() : QString();
    const QString what =
        keyId.isEmpty() ? tr("every key of %1").arg(unit->name) : tr("the key %1 of %2").arg(keyId, unit->name);
    if (!Dialogs::confirm(this, tr("Revoke"),
                          tr("Revoke %1? Packages signed with it will be rejected from now on.").arg(what)))
        return;
    const auto revoked = m_centre->revokeKeys(unit->code, keyId);
    if (!revoked)
        m_banner->showMessage(revoked.error(), MessageBanner::Kind::Error);
    else
        m_banner->showMessage(tr("%n key(s) revoked.", nullptr, revoked.value()), MessageBanner::Kind::Information);
}

} // namespace parindex::ui
