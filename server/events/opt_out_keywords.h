#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace wag {

enum class KeywordAction { None, OptOut, OptIn };

// What an inbound text means for the sender's opt-out state. `keyword` is the keyword as
// configured (e.g. "ARRÊT"), not the text the sender typed: it goes into the suppression
// record and the `recipient.opted_out` event, where the admin expects to recognise it.
struct KeywordMatch
{
    KeywordAction action = KeywordAction::None;
    QString keyword;
};

// The opt-out / opt-in keywords of SPEC §6.1. Pure text logic, no I/O: the inbound
// pipeline asks match() first for every message, before anything else sees it.
//
// Only the WHOLE message counts: "stop" opts out, "please stop" and "stopwatch" do not.
// Both the configured keywords and the message go through normalize(), which is:
//   1. Unicode NFKC (full-width "ＳＴＯＰ", Arabic presentation forms, NBSP, decomposed
//      accents all become their plain composed letters and spaces);
//   2. full case folding: QString::toCaseFolded (one-to-one), plus ß/ẞ → "ss", the one
//      multi-character folding a shipped language needs ("SCHLUSS" = "Schluß");
//   3. dropping invisible format characters (category Cf: RLM/LRM, bidi controls,
//      zero-width space/joiners, BOM, soft hyphen), which phones insert around Arabic;
//   4. Arabic folding, deliberately limited to spelling variants people type
//      interchangeably: tatweel U+0640 and harakat U+064B–U+065F, U+0670 removed;
//      أ إ آ ٱ → ا; ى → ي; ة → ه. Hamza on waw/ya (ؤ ئ) and the lone hamza (ء) are kept;
//   5. leading and trailing whitespace and punctuation (every Unicode P* category:
//      . ! ? ¡ ¿ , ; : ، ؛ ؟ ۔ … quotes “ ” « » ' " brackets dashes) removed, repeatedly,
//      so "¡ALTO!", "\"stop\"" and "STOP !!" all reduce to the bare word. Symbols and emoji
//      are NOT removed: "STOP 👍" is not a keyword message (a human should read it);
//   6. internal whitespace runs collapsed to one U+0020.
// Accents are kept ("arrêt" ≠ "arret"); the defaults therefore list both spellings.
class OptOutKeywords
{
public:
    // Longest keyword validate() accepts, in Unicode code points of the normalized form.
    static constexpr qsizetype maxKeywordLength = 64;

    // Entries that normalize to nothing are ignored; an entry in both lists counts as an
    // opt-out (suppressing by mistake is the safe side). validate() reports both.
    explicit OptOutKeywords(QStringList optOut = defaultOptOutKeywords(),
                            QStringList optIn = defaultOptInKeywords());

    KeywordMatch match(const QString &messageText) const;

    // English, Arabic, German, Spanish, French, Portuguese (Brazil): the shipped languages.
    static QStringList defaultOptOutKeywords();
    static QStringList defaultOptInKeywords();

    static QString normalize(const QString &text);

    // Empty when both lists are usable, otherwise one sentence naming the first problem:
    // an entry empty after normalization, longer than maxKeywordLength, or in both lists.
    static QString validate(const QStringList &optOut, const QStringList &optIn);

    const QStringList &optOutKeywords() const { return m_optOut; }
    const QStringList &optInKeywords() const { return m_optIn; }

private:
    QStringList m_optOut;
    QStringList m_optIn;
    QHash<QString, KeywordMatch> m_byNormalized;
};

} // namespace wag
