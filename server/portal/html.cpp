#include "html.h"

namespace wag::portal {

Html Html::text(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return Html(std::move(out));
}

Html Html::fillTemplate(const QString &markup, std::initializer_list<HtmlArg> arguments)
{
    const HtmlArg *args = arguments.begin();
    const qsizetype count = qsizetype(arguments.size());
    QString out;
    out.reserve(markup.size() + 64);
    for (qsizetype i = 0; i < markup.size(); ++i) {
        const QChar c = markup[i];
        if (c == QLatin1Char('%') && i + 1 < markup.size()) {
            const int digit = markup[i + 1].digitValue();
            if (digit >= 1 && digit <= count) {
                out += args[digit - 1].html().toString();
                ++i;
                continue;
            }
        }
        out += c;
    }
    return Html(std::move(out));
}

} // namespace wag::portal
