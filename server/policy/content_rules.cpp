#include "content_rules.h"

#include <QRegularExpression>

#include <string>

namespace wag {

namespace {

constexpr qsizetype kCardMinDigits = 13;
constexpr qsizetype kCardMaxDigits = 19;

// NFKC + case folding, minus the invisible characters people (and spammers) slip into
// words, so that look-alike spellings compare equal. Applied to phrases and texts alike.
QString normalizeText(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.category() == QChar::Other_Format)
            continue; // zero-width space/joiner, soft hyphen, bidi marks
        if (c == QChar(0x2018) || c == QChar(0x2019))
            out.append(QLatin1Char('\''));
        else if (c == QChar(0x3002)) // ideographic full stop: browsers read it as a dot
            out.append(QLatin1Char('.'));
        else
            out.append(c);
    }
    return out;
}

bool separatesWords(char32_t cp)
{
    if (QChar::isSpace(cp))
        return true;
    switch (QChar::category(cp)) {
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Connector:
    case QChar::Symbol_Other: // emoji and other pictographs are decoration between words
    case QChar::Symbol_Modifier:
    case QChar::Other_Control:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

// Words of an already normalized text; see the class comment for what separates them.
QStringList words(const QString &normalized)
{
    QStringList out;
    std::u32string current;
    const auto flush = [&] {
        if (!current.empty()) {
            out.append(QString::fromUcs4(current.data(), qsizetype(current.size())));
            current.clear();
        }
    };
    for (const char32_t cp : normalized.toUcs4()) {
        if (QChar::isLetterOrNumber(cp)) {
            current.push_back(cp);
        } else if (QChar::isMark(cp)) {
            // Marks belong to the word they follow; a stray one (an emoji's variation
            // selector) is ignored rather than becoming a word.
            if (!current.empty())
                current.push_back(cp);
        } else {
            flush();
            if (!separatesWords(cp))
                out.append(QString::fromUcs4(&cp, 1));
        }
    }
    flush();
    return out;
}

bool containsSequence(const QStringList &haystack, const QStringList &needle)
{
    if (needle.isEmpty() || needle.size() > haystack.size())
        return false;
    const qsizetype last = haystack.size() - needle.size();
    for (qsizetype i = 0; i <= last; ++i) {
        qsizetype k = 0;
        while (k < needle.size() && haystack.at(i + k) == needle.at(k))
            ++k;
        if (k == needle.size())
            return true;
    }
    return false;
}

QString normalizeDomain(const QString &domain)
{
    QString d = domain.trimmed().toCaseFolded();
    while (d.startsWith(QLatin1Char('*')) || d.startsWith(QLatin1Char('.')))
        d.remove(0, 1);
    while (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    return d;
}

// Link hosts in a normalized text. The look-behind keeps hosts from starting in the
// middle of a longer host, an e-mail address or a path; the optional scheme may carry
// user info ("https://user@bit.ly/x").
const QRegularExpression &hostPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"((?<![\p{L}\p{N}_.@/\-])(?:[a-z][a-z0-9+.\-]*://(?:[^\s/?#@]*@)?)?)"
        R"(((?:[\p{L}\p{N}\-]+\.)+[\p{L}\p{N}\-]+))"));
    return pattern;
}

bool isCardSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c.category() == QChar::Punctuation_Dash;
}

bool looksLikeCard(const QString &digits)
{
    return digits.size() >= kCardMinDigits && digits.size() <= kCardMaxDigits
           && digits.at(0) >= u'2' && digits.at(0) <= u'6' && passesLuhn(digits);
}

QString maskCard(const QString &digits)
{
    return QString(digits.size() - 4, QLatin1Char('*')) + digits.right(4);
}

// The first card-like number in a normalized text, masked; empty when there is none.
QString findCard(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!text.at(i).isDigit()) {
            ++i;
            continue;
        }
        // A run starts here: groups of digits joined by single separators.
        const bool phone = i > 0 && text.at(i - 1) == u'+';
        QStringList groups;
        QString group;
        qsizetype j = i;
        for (;;) {
            while (j < n && text.at(j).isDigit()) {
                group.append(QLatin1Char(char('0' + text.at(j).digitValue())));
                ++j;
            }
            groups.append(group);
            group.clear();
            if (j + 1 < n && isCardSeparator(text.at(j)) && text.at(j + 1).isDigit()) {
                ++j;
                continue;
            }
            break;
        }
        i = j;
        if (phone)
            continue;

        // The whole run, and the groups at either end of it.
        const qsizetype count = groups.size();
        for (qsizetype end = 0; end < count; ++end) {
            const QString prefix = groups.mid(0, end + 1).join(QString());
            if (looksLikeCard(prefix))
                return maskCard(prefix);
        }
        for (qsizetype start = 1; start < count; ++start) {
            const QString suffix = groups.mid(start).join(QString());
            if (looksLikeCard(suffix))
                return maskCard(suffix);
        }
    }
    return QString();
}

} // namespace

ContentRules::ContentRules(QStringList blockedPhrases, QStringList shortenerDomains)
    : m_phrases(std::move(blockedPhrases)), m_domains(std::move(shortenerDomains))
{
    for (const QString &phrase : std::as_const(m_phrases)) {
        const QStringList phraseWords = words(normalizeText(phrase));
        if (!phraseWords.isEmpty()) // a blank entry in an admin's list must not match all
            m_phraseWords.append(Phrase{phrase, phraseWords});
    }
    for (const QString &domain : std::as_const(m_domains)) {
        const QString normalized = normalizeDomain(domain);
        if (normalized.contains(QLatin1Char('.')))
            m_normalizedDomains.append(normalized);
    }
}

ContentVerdict ContentRules::check(const QString &text) const
{
    const QString normalized = normalizeText(text);

    if (!m_phraseWords.isEmpty()) {
        const QStringList textWords = words(normalized);
        for (const Phrase &phrase : m_phraseWords) {
            if (containsSequence(textWords, phrase.words))
                return {true, QStringLiteral("blocked_phrase"), phrase.configured};
        }
    }

    if (!m_normalizedDomains.isEmpty()) {
        QRegularExpressionMatchIterator it = hostPattern().globalMatch(normalized);
        while (it.hasNext()) {
            const QString host = it.next().captured(1);
            for (const QString &domain : m_normalizedDomains) {
                if (host == domain
                    || (host.size() > domain.size() && host.endsWith(domain)
                        && host.at(host.size() - domain.size() - 1) == u'.'))
                    return {true, QStringLiteral("url_shortener"), domain};
            }
        }
    }

    const QString card = findCard(normalized);
    if (!card.isEmpty())
        return {true, QStringLiteral("card_number"), card};

    return {};
}

QStringList ContentRules::defaultBlockedPhrases()
{
    // Phrases, not single words: "free", "offer" or "winner" alone turn up in ordinary
    // support and transactional texts ("free of charge", "our offer no. 12").
    return {
        QStringLiteral("limited time offer"),
        QStringLiteral("act now"),
        QStringLiteral("buy now"),
        QStringLiteral("shop now"),
        QStringLiteral("subscribe now"),
        QStringLiteral("click here to subscribe"),
        QStringLiteral("special promotion"),
        QStringLiteral("special offer"),
        QStringLiteral("exclusive deal"),
        QStringLiteral("exclusive offer"),
        QStringLiteral("flash sale"),
        QStringLiteral("lowest price"),
        QStringLiteral("discount code"),
        QStringLiteral("promo code"),
        QStringLiteral("100% free"),
        QStringLiteral("risk-free"),
        QStringLiteral("free gift"),
        QStringLiteral("you have been selected"),
        QStringLiteral("you are a winner"),
        QStringLiteral("you're a winner"),
        QStringLiteral("claim your prize"),
        QStringLiteral("don't miss out"),
        QStringLiteral("offer expires"),
        QStringLiteral("make money fast"),
        QStringLiteral("unsubscribe"),
    };
}

QStringList ContentRules::defaultShortenerDomains()
{
    return {QStringLiteral("bit.ly"),     QStringLiteral("tinyurl.com"),
            QStringLiteral("t.co"),       QStringLiteral("goo.gl"),
            QStringLiteral("ow.ly"),      QStringLiteral("is.gd"),
            QStringLiteral("buff.ly"),    QStringLiteral("cutt.ly"),
            QStringLiteral("rebrand.ly"), QStringLiteral("shorturl.at"),
            QStringLiteral("tiny.cc"),    QStringLiteral("rb.gy"),
            QStringLiteral("t.ly"),       QStringLiteral("s.id"),
            QStringLiteral("bit.do")};
}

bool passesLuhn(const QString &digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (!c.isDigit())
            return false;
        int d = c.digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

} // namespace wag
