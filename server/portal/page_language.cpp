#include "page_language.h"

#include "settings/settings_registry.h"

#include <QLocale>

namespace wag::portal {

// "pt-BR"/"pt_BR" → "pt_BR", "ar-SA" → "ar", Portuguese of Portugal → "pt_BR" (it reads
// better than English); "" when no supported language fits. The same matching the window
// applies to the system's languages (gui/language.cpp).
static QString supportedCode(const QString &uiLanguage)
{
    const QString name = QString(uiLanguage).replace(QLatin1Char('-'), QLatin1Char('_'));
    const QStringList &supported = SettingsRegistry::languages();
    for (const QString &code : supported) {
        if (name.compare(code, Qt::CaseInsensitive) == 0)
            return code;
    }
    const QString base = name.section(QLatin1Char('_'), 0, 0).toLower();
    if (base == u"pt")
        return QStringLiteral("pt_BR");
    return supported.contains(base) ? base : QString();
}

PageLanguage pageLanguage(const QString &languageSetting)
{
    QString code = SettingsRegistry::languages().contains(languageSetting) ? languageSetting : QString();
    if (code.isEmpty()) {
        for (const QString &ui : QLocale::system().uiLanguages()) {
            code = supportedCode(ui);
            if (!code.isEmpty())
                break;
        }
    }
    if (code.isEmpty())
        code = QStringLiteral("en");
    return PageLanguage{QString(code).replace(QLatin1Char('_'), QLatin1Char('-')),
                        QLocale(code).textDirection() == Qt::RightToLeft};
}

} // namespace wag::portal
