#include "UnitsPage.h"

#include "common/Dialogs.h"
#include "common/MessageBanner.h"
#include "store/Keys.h"
#include "store/Units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parindex::ui {

UnitsPage::UnitsPage(std::shared_ptr<DataFile> centre, MessageBanner* banner, QWidget* parent)
    : QWidget(parent), m_centre(std::move(centre)), m_banner(banner), m_tree(new QTreeWidget(this)), m_code(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_group(new QComboBox(this)), m_ranked(new QCheckBox(tr("Ranked with the others"), this))
{
    setObjectName(QStringLiteral("unitsPage"));
    m_tree->setObjectName(QStringLiteral("unitsTree"));
    m_code->setObjectName(QStringLiteral("newUnitCode"));
    m_name->setObjectName(QStringLiteral("newUnitName"));
    m_group->setObjectName(QStringLiteral("newUnitGroup"));
    m_ranked->setObjectName(QStringLiteral("newUnitRanked"));
    m_ranked->setChecked(true);
    for (UnitGroup g : UnitGroups::all())
        m_group->addItem(UnitGroups::displayName(g), int(g));
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& name) {
        if (!m_code->isModified())
            m_code->setText(codeFromName(name));
    });
    m_tree->setHeaderLabels({tr("Unit"), tr("Code"), tr("Group"), tr("Keys")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* add = new QPushButton(tr("Register unit"), this);
    add->setObjectName(QStringLiteral("registerUnitButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        if (addUnit(m_code->text(), m_name->text(), m_group->currentIndex(), m_ranked->isChecked())) {
            m_name->clear();
            m_code->clear();
            m_code->setModified(false);
        }
    });
    auto* enrol = new QPushButton(tr("Enrol key…"), this);
    enrol->setObjectName(QStringLiteral("enrolKeyButton"));
    connect(enrol, &QPushButton::clicked, this, &UnitsPage::enrolKey);
    auto* revoke = new QPushButton(tr("Revoke keys…"), this);
    revoke->setObjectName(QStringLiteral("revokeKeyButton"));
    connect(revoke, &QPushButton::clicked, this, &UnitsPage::revokeKey);

    auto* form = new QFormLayout();
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Group:"), m_group);
    form->addRow(QString(), m_ranked);
    form->addRow(QString(), add);
    auto* side = new QVBoxLayout();
    side->addLayout(form);
    side->addSpacing(16);
    side->addWidget(enrol);
    side->addWidget(revoke);
    side->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_tree, 3);
    layout->addLayout(side, 1);
    refresh();
}

void UnitsPage::refresh()
{
    const QString selected = selectedUnitCode();
    m_tree->clear();
    Keys keys(*m_centre);
    for (const Unit& u : Units(*m_centre).all()) {
        const QList<EnrolledKey> enrolled = keys.forUnit(u.id);
        int active = 0;
        for (const EnrolledKey& k : enrolled)
            active += k.active() ? 1 : 0;
        auto* item = new QTreeWidgetItem(m_tree, {u.name + (u.ranked ? QString() : tr(" (not ranked)")), u.code,
                                                  UnitGroups::shortName(u.group),
                                                  active ? tr("%n key(s) in force", nullptr, active) : tr("no key")});
        item->setData(0, Qt::UserRole, u.code);
        for (const EnrolledKey& k : enrolled) {
            auto* child = new QTreeWidgetItem(item, {k.keyId, QString(), QString(),
                                                     k.active() ? tr("enrolled %1").arg(QLocale().toString(k.enrolledAt.toLocalTime(), QLocale::ShortFormat))
                                                                : tr("revoked %1").arg(QLocale().toString(k.revokedAt.toLocalTime(), QLocale::ShortFormat))});
            child->setData(0, Qt::UserRole, u.code);
        }
        if (u.code == selected)
            m_tree->setCurrentItem(item);
    }
}

QString UnitsPage::selectedUnitCode() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

bool UnitsPage::addUnit(const QString& code, const QString& name, int groupIndex, bool ranked)
{
    const auto added = Units(*m_centre).add(code, name, UnitGroup(m_group->itemData(groupIndex).toInt()), ranked);
    if (!added) {
        m_banner->showMessage(tr("The unit was not registered: %1").arg(added.error()), MessageBanner::Kind::Error);
        return false;
    }
    m_banner->showMessage(tr("%1 registered as %2.").arg(added->name, added->code), MessageBanner::Kind::Information);
    refresh();
    emit unitsChanged();
    return true;
}

void UnitsPage::enrolKey()
{
    const auto unit = Units(*m_centre).byCode(selectedUnitCode());
    if (!unit) {
        m_banner->showMessage(tr("Choose the unit first."), MessageBanner::Kind::Warning);
        return;
    }
    const QString path = Dialogs::openFileName(this, tr("The public key sent by %1").arg(unit->name), tr("Public keys (*.pub *.pem)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(tr("Cannot open %1: %2").arg(path, f.errorString()), MessageBanner::Kind::Error);
        return;
    }
    const auto key = SigningKey::fromPublicPem(f.read(64 * 1024));
    if (!key) {
        m_banner->showMessage(key.error(), MessageBanner::Kind::Error);
        return;
    }
    if (!Dialogs::confirm(this, tr("Compare the fingerprint"),
                          tr("Enrol this key for %1 only if its fingerprint is the one in the unit's official letter:\n\n%2")
                              .arg(unit->name, key->keyId())))
        return;
    if (Status s = Keys(*m_centre).enrol(unit->id, key.value()); !s) {
        m_banner->showMessage(tr("The key was not enrolled: %1").arg(s.error()), MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(tr("Key %1 enrolled for %2.").arg(key->keyId(), unit->name), MessageBanner::Kind::Information);
    refresh();
}

void UnitsPage::revokeKey()
{
    const auto unit = Units(*m_centre).byCode(selectedUnitCode());
    if (!unit)
        return;
    QTreeWidgetItem* item = m_tree->currentItem();
    const QString keyId = item && item->parent() ? item->text(0) : QString();
    const QString what = keyId.isEmpty() ? tr("every key of %1").arg(unit->name) : tr("the key %1 of %2").arg(keyId, unit->name);
    if (!Dialogs::confirm(this, tr("Revoke"), tr("Revoke %1? Packages signed with it will be rejected from now on.").arg(what)))
        return;
    const auto revoked = Keys(*m_centre).revoke(unit->id, keyId);
    if (!revoked)
        m_banner->showMessage(revoked.error(), MessageBanner::Kind::Error);
    else
        m_banner->showMessage(tr("%n key(s) revoked.", nullptr, revoked.value()), MessageBanner::Kind::Information);
    refresh();
}

} // namespace parindex::ui
