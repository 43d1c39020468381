#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace parindex {

bool installTranslations(const QString& language)
{
    static QTranslator* ours = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const bool vietnamese = language.startsWith(QLatin1String("vi"));
    QLocale::setDefault(vietnamese ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (!vietnamese)
        return true;
    ours = new QTranslator(QCoreApplication::instance());
    const bool loaded = ours->load(QStringLiteral(":/i18n/parindex_vi.qm"));
    if (loaded)
        QCoreApplication::installTranslator(ours);
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(QLocale::Vietnamese), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded;
}

QString preferredLanguage()
{
    return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("vi")).toString();
}

void setPreferredLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

} // namespace parindex
