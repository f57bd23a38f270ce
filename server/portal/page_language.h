#pragma once

#include <QString>

namespace wag::portal {

// The language pages are marked up in. Qt's translators are installed for the whole
// process, so the portal speaks the language the gateway (and its window) runs in: the
// "language" setting, or the system's when that is empty — the window's rule. Pages say so
// in lang="…" and, for right-to-left scripts (Arabic), dir="rtl".
struct PageLanguage
{
    QString tag;              // BCP 47, e.g. "en", "ar", "pt-BR"
    bool rightToLeft = false;
};

PageLanguage pageLanguage(const QString &languageSetting);

} // namespace wag::portal
