#pragma once

#include <QString>

#include <cstddef>
#include <initializer_list>

namespace wag::portal {

class HtmlArg;

// A piece of HTML that is safe to send: markup written in this source code, or text that
// went through escaping. Pages are built only from Html values, and the only way to turn a
// QString into one (a name, a phone number, a text a customer wrote, a translation) is to
// escape it, so a forgotten escape does not compile instead of becoming an XSS hole.
class Html
{
public:
    Html() = default;

    // Markup written here, as a string literal — never data.
    template<std::size_t N>
    static Html markup(const char (&literal)[N])
    {
        return Html(QString::fromUtf8(literal, qsizetype(N - 1)));
    }

    // `literal` with %1 … %9 replaced in one pass (so a "%2" inside an argument stays text):
    // QString arguments are escaped on the way in, Html arguments are kept as they are.
    template<std::size_t N>
    static Html fill(const char (&literal)[N], std::initializer_list<HtmlArg> arguments)
    {
        return fillTemplate(QString::fromUtf8(literal, qsizetype(N - 1)), arguments);
    }

    // & < > " ' as entities: safe in element content and in double-quoted attributes.
    static Html text(const QString &text);

    const QString &toString() const { return m_html; }
    QByteArray toUtf8() const { return m_html.toUtf8(); }
    bool isEmpty() const { return m_html.isEmpty(); }

    Html &operator+=(const Html &other)
    {
        m_html += other.m_html;
        return *this;
    }
    friend Html operator+(Html left, const Html &right)
    {
        left += right;
        return left;
    }

private:
    explicit Html(QString html) : m_html(std::move(html)) { }
    static Html fillTemplate(const QString &markup, std::initializer_list<HtmlArg> arguments);

    QString m_html;
};

// An argument of Html::fill(): text (escaped now) or Html (kept). A plain C string is
// deliberately not accepted: it is either markup (Html::markup) or a text to translate.
class HtmlArg
{
public:
    HtmlArg(const Html &html) : m_html(html) { }
    HtmlArg(const QString &text) : m_html(Html::text(text)) { }
    const Html &html() const { return m_html; }

private:
    Html m_html;
};

} // namespace wag::portal
