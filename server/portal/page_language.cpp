#include "page_language.h"

#include "settings/language.h"

namespace wag::portal {

PageLanguage pageLanguage()
{
    const QString code = language::current();
    return PageLanguage{language::htmlTag(code), language::isRightToLeft(code)};
}

} // namespace wag::portal
