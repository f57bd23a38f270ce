#include "language.h"

#include "settings_registry.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace wag::language {

namespace {

QString g_current = QStringLiteral("en");
// Owned by qApp so they outlive every window and page; replaced (not stacked) on each
// apply(), so switching back and forth does not pile up catalogs.
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;

void removeTranslators()
{
    for (QTranslator **t : {&g_app, &g_qt}) {
        if (!*t)
            continue;
        QCoreApplication::removeTranslator(*t);
        delete *t;
        *t = nullptr;
    }
}

// "pt-BR" / "pt_BR" → "pt_BR"; "ar-SA" → "ar"; "" when nothing fits.
QString match(const QString &name)
{
    const QString normalized = QString(name.trimmed()).replace(QLatin1Char('-'), QLatin1Char('_'));
    if (normalized.isEmpty())
        return {};
    for (const QString &code : supported())
        if (normalized.compare(code, Qt::CaseInsensitive) == 0)
            return code;
    const QString base = normalized.section(QLatin1Char('_'), 0, 0).toLower();
    // Portuguese from Portugal still reads Brazilian Portuguese better than English.
    if (base == u"pt")
        return QStringLiteral("pt_BR");
    return supported().contains(base) ? base : QString();
}

} // namespace

const QStringList &supported()
{
    return SettingsRegistry::languages();
}

QString resolve(const QString &setting, const QStringList &systemLanguages)
{
    if (const QString code = match(setting); !code.isEmpty())
        return code;
    for (const QString &ui : systemLanguages)
        if (const QString code = match(ui); !code.isEmpty())
            return code;
    return QStringLiteral("en");
}

QString nativeName(const QString &code)
{
    if (code == u"pt_BR")
        return QStringLiteral("Português (Brasil)");
    const QString name = QLocale(code).nativeLanguageName();
    // Locale data writes "español", "français": capitalised for a list of choices.
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

bool apply(const QString &code)
{
    removeTranslators();
    g_current = QStringLiteral("en");
    bool ok = code == u"en";
    if (!ok && supported().contains(code)) {
        g_app = new QTranslator(qApp);
        ok = g_app->load(QStringLiteral("whatsapp-gateway_") + code, QStringLiteral(":/i18n"));
        if (ok) {
            QCoreApplication::installTranslator(g_app);
            g_current = code;
            // Optional: Qt's own dialog buttons ("Cancel", "OK") when qt6-translations-l10n
            // is installed; without it they stay in English.
            g_qt = new QTranslator(qApp);
            if (g_qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(g_qt);
        }
    }
    // Set explicitly (not left to Qt's guess from the catalog) so English restores LTR. A
    // headless gateway has no layout; its pages say dir="rtl" themselves.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(QLocale(g_current).textDirection());
    return ok;
}

QString current()
{
    return g_current;
}

QString htmlTag(const QString &code)
{
    return QString(code).replace(QLatin1Char('_'), QLatin1Char('-'));
}

bool isRightToLeft(const QString &code)
{
    return QLocale(code).textDirection() == Qt::RightToLeft;
}

} // namespace wag::language
