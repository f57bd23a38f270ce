#pragma once

#include <QString>

namespace wag::portal {

// The language pages are marked up in: the one the gateway speaks (settings/language.h),
// since that is the catalog their texts come from. Pages say so in lang="…" and, for
// right-to-left scripts (Arabic), dir="rtl".
struct PageLanguage
{
    QString tag;              // BCP 47, e.g. "en", "ar", "pt-BR"
    bool rightToLeft = false;
};

PageLanguage pageLanguage();

} // namespace wag::portal
