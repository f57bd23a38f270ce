#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wag {

// Why a message text may not be sent. `rule` is one of "blocked_phrase", "url_shortener",
// "card_number" (it goes into `details.rule` and the policy log); `detail` says what
// matched: the phrase as configured, the shortener domain, or the card number with all
// but its last 4 digits masked (the full number must never reach a log).
struct ContentVerdict
{
    bool blocked = false;
    QString rule;
    QString detail;
};

// The content rules of the guard (SPEC §5.1): blocked phrases, links through URL
// shorteners, full payment-card numbers. Pure text checks, no I/O; cheap enough to run on
// every send (a 4096-character text and a few dozen phrases). Checked in the order above;
// the first rule that matches answers.
//
// Phrases: both the phrase and the text are NFKC-normalized (fullwidth letters,
// ligatures), Unicode case-folded, and split into words (runs of letters, digits and
// combining marks). Whitespace, dashes, underscores and emoji/symbols only separate words,
// and invisible format characters (zero-width spaces, soft hyphens) are dropped, so
// "Limited-Time   OFFER", "limited_time offer" and "LIMITED TIME OFFER" all match
// "limited time offer". Every other punctuation character is a word of its own, so it
// has to be in the phrase to match ("100% free" matches "100 % FREE"; "act now" does not
// match "act, now"). Matches are on whole words: "act now" does not match "contact now",
// "unsubscribe" does not match "unsubscribed". When several phrases match, the first in
// the configured list is reported.
//
// Shorteners: a link whose host equals a listed domain or ends with "." + the domain,
// with or without a scheme, "www." or user info, any port and path ("bit.ly/x",
// "https://www.bit.ly/x"). A longer host that merely contains the domain
// ("notbit.ly.example.com", "mybit.ly") is not a match, nor is an e-mail address or a
// path segment ("example.com/bit.ly").
//
// Card numbers: a run of 13–19 digits (any script) in which single spaces or dashes may
// separate groups, that passes the Luhn check and starts with 2–6 (every card network's
// range: Mir/Mastercard, Amex/JCB/Diners, Visa, Mastercard/Maestro, Discover/UnionPay).
// The first-digit rule halves the chance that an order or tracking number that happens
// to pass Luhn (1 in 10) is taken for a card. Runs directly preceded by '+' are phone
// numbers and are skipped. When a separated run is longer (a card followed by an expiry
// "4111 1111 1111 1111 12/28", or preceded by a short code), the groups at either end are
// tried as well. OTPs (4–8 digits) and E.164 numbers never qualify.
class ContentRules
{
public:
    ContentRules(QStringList blockedPhrases = defaultBlockedPhrases(),
                 QStringList shortenerDomains = defaultShortenerDomains());

    ContentVerdict check(const QString &text) const;

    static QStringList defaultBlockedPhrases();
    static QStringList defaultShortenerDomains();

    QStringList blockedPhrases() const { return m_phrases; }
    QStringList shortenerDomains() const { return m_domains; }

private:
    struct Phrase
    {
        QString configured;
        QStringList words;
    };

    QStringList m_phrases;
    QStringList m_domains;
    QList<Phrase> m_phraseWords;
    QStringList m_normalizedDomains;
};

// The Luhn (mod 10) check on a string of decimal digits (any script). False for an empty
// string or one with anything but digits.
bool passesLuhn(const QString &digits);

} // namespace wag
