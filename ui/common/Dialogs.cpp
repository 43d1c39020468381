#include "ui/common/Dialogs.h"

#include <QFileDialog>
#include <QFileIconProvider>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeDatabase>

namespace parindex::ui {

namespace {

// Types and icons from the file's name only, never from its content.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo& info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(Folder);
        const QMimeType mime = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        return QIcon::fromTheme(mime.iconName(), QFileIconProvider::icon(File));
    }
    QString type(const QFileInfo& info) const override
    {
        if (info.isDir())
            return QFileIconProvider::type(info);
        return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension).comment();
    }
};

NameOnlyIconProvider* iconProvider()
{
    static NameOnlyIconProvider provider;
    return &provider;
}

} // namespace

bool Dialogs::s_hasAnswer = false;
QStringList Dialogs::s_answer;
int Dialogs::s_nextAnswer = -1;
bool Dialogs::s_hasText = false;
QString Dialogs::s_nextText;

QFileDialog* Dialogs::createFileDialog(QWidget* parent, const QString& title, const QString& directory,
                                       const QString& filter)
{
    auto* dialog = new QFileDialog(parent, title, directory, filter);
    dialog->setObjectName(QStringLiteral("fileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setOption(QFileDialog::DontUseCustomDirectoryIcons);
    dialog->setIconProvider(iconProvider());
    return dialog;
}

namespace {
QStringList run(QFileDialog* dialog, QFileDialog::FileMode mode, QFileDialog::AcceptMode accept)
{
    std::unique_ptr<QFileDialog> owned(dialog);
    dialog->setFileMode(mode);
    dialog->setAcceptMode(accept);
    if (dialog->exec() != QDialog::Accepted)
        return {};
    return dialog->selectedFiles();
}
} // namespace

bool Dialogs::confirm(QWidget* parent, const QString& title, const QString& text)
{
    if (s_nextAnswer >= 0) {
        const bool yes = s_nextAnswer == 1;
        s_nextAnswer = -1;
        return yes;
    }
    // No is the default: a stray Return must never confirm removing or replacing something.
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

void Dialogs::setNextAnswer(bool yes)
{
    s_nextAnswer = yes ? 1 : 0;
}

QString Dialogs::text(QWidget* parent, const QString& title, const QString& label)
{
    if (s_hasText) {
        s_hasText = false;
        return s_nextText;
    }
    bool ok = false;
    const QString t = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    return ok ? t : QString();
}

void Dialogs::setNextText(const QString& text)
{
    s_hasText = true;
    s_nextText = text;
}

QString Dialogs::openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    if (s_hasAnswer) {
        s_hasAnswer = false;
        return s_answer.value(0);
    }
    return run(createFileDialog(parent, title, QString(), filter), QFileDialog::ExistingFile, QFileDialog::AcceptOpen)
        .value(0);
}

QStringList Dialogs::openFileNames(QWidget* parent, const QString& title, const QString& filter)
{
    if (s_hasAnswer) {
        s_hasAnswer = false;
        return s_answer;
    }
    return run(createFileDialog(parent, title, QString(), filter), QFileDialog::ExistingFiles, QFileDialog::AcceptOpen);
}

QString Dialogs::saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    if (s_hasAnswer) {
        s_hasAnswer = false;
        return s_answer.value(0);
    }
    QFileDialog* dialog = createFileDialog(parent, title, suggested, filter);
    return run(dialog, QFileDialog::AnyFile, QFileDialog::AcceptSave).value(0);
}

QString Dialogs::existingDirectory(QWidget* parent, const QString& title)
{
    if (s_hasAnswer) {
        s_hasAnswer = false;
        return s_answer.value(0);
    }
    QFileDialog* dialog = createFileDialog(parent, title, QString(), QString());
    dialog->setOption(QFileDialog::ShowDirsOnly);
    return run(dialog, QFileDialog::Directory, QFileDialog::AcceptOpen).value(0);
}

void Dialogs::setNextFileName(const QString& name)
{
    setNextFileNames(name.isEmpty() ? QStringList() : QStringList{name});
}

void Dialogs::setNextFileNames(const QStringList& names)
{
    s_hasAnswer = true;
    s_answer = names;
}

} // namespace parindex::ui
