#include "events/opt_out_keywords.h"

#include <QChar>
#include <QList>

#include <utility>

namespace wag {

namespace {

// Arabic letters folded to one spelling (see the header for why these and no more).
char32_t foldArabic(char32_t c)
{
    switch (c) {
    case 0x0622: // آ alef with madda
    case 0x0623: // أ alef with hamza above
    case 0x0625: // إ alef with hamza below
    case 0x0671: // ٱ alef wasla
        return 0x0627; // ا
    case 0x0649: // ى alef maqsura
        return 0x064A; // ي
    case 0x0629: // ة ta marbuta
        return 0x0647; // ه
    default:
        return c;
    }
}

bool isArabicMark(char32_t c)
{
    return c == 0x0640 /* tatweel */ || (c >= 0x064B && c <= 0x065F) /* harakat */
           || c == 0x0670 /* superscript alef */;
}

bool isEdgeNoise(char32_t c)
{
    return QChar::isSpace(c) || QChar::isPunct(c);
}

qsizetype codePointCount(const QString &text)
{
    return text.toUcs4().size();
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

OptOutKeywords::OptOutKeywords(QStringList optOut, QStringList optIn)
    : m_optOut(std::move(optOut)), m_optIn(std::move(optIn))
{
    // Opt-outs first and first entry wins: a keyword in both lists stays an opt-out, and
    // the reported keyword is the first configured spelling of it.
    for (const QString &keyword : std::as_const(m_optOut)) {
        const QString key = normalize(keyword);
        if (!key.isEmpty() && !m_byNormalized.contains(key))
            m_byNormalized.insert(key, KeywordMatch{KeywordAction::OptOut, keyword});
    }
    for (const QString &keyword : std::as_const(m_optIn)) {
        const QString key = normalize(keyword);
        if (!key.isEmpty() && !m_byNormalized.contains(key))
            m_byNormalized.insert(key, KeywordMatch{KeywordAction::OptIn, keyword});
    }
}

KeywordMatch OptOutKeywords::match(const QString &messageText) const
{
    const QString key = normalize(messageText);
    if (key.isEmpty())
        return {};
    return m_byNormalized.value(key);
}

QStringList OptOutKeywords::defaultOptOutKeywords()
{
    // Each word once even where languages share it (PARAR, CANCELAR: es + pt-BR). Accented
    // words are listed with and without accents because people often type without them.
    return {
        // English (the carrier-standard set)
        QStringLiteral("STOP"), QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"),
        QStringLiteral("CANCEL"), QStringLiteral("END"), QStringLiteral("QUIT"),
        QStringLiteral("OPTOUT"), QStringLiteral("REVOKE"),
        // Arabic (alef forms are folded by normalize(); both spellings shown for the admin)
        QStringLiteral("إيقاف"), QStringLiteral("ايقاف"), QStringLiteral("توقف"),
        QStringLiteral("إلغاء"), QStringLiteral("الغاء"), QStringLiteral("إلغاء الاشتراك"),
        // German
        QStringLiteral("STOPP"), QStringLiteral("ABMELDEN"), QStringLiteral("ABBESTELLEN"),
        QStringLiteral("AUSTRAGEN"), QStringLiteral("BEENDEN"),
        // Spanish (PARAR and CANCELAR also Portuguese)
        QStringLiteral("PARAR"), QStringLiteral("BAJA"), QStringLiteral("ALTO"),
        QStringLiteral("CANCELAR"),
        // French
        QStringLiteral("ARRÊT"), QStringLiteral("ARRET"), QStringLiteral("ARRÊTER"),
        QStringLiteral("ARRETER"), QStringLiteral("DÉSABONNER"), QStringLiteral("DESABONNER"),
        QStringLiteral("DÉSINSCRIRE"), QStringLiteral("DESINSCRIRE"), QStringLiteral("ANNULER"),
        // Portuguese (Brazil)
        QStringLiteral("SAIR"), QStringLiteral("DESCADASTRAR"),
    };
}

QStringList OptOutKeywords::defaultOptInKeywords()
{
    // None of these may normalize to an opt-out word (the unit test checks it): "SI"/"SÍ"
    // and "JA" are affirmative only, never "stop" in any shipped language.
    return {
        // English
        QStringLiteral("START"), QStringLiteral("UNSTOP"), QStringLiteral("YES"),
        // Arabic
        QStringLiteral("ابدأ"), QStringLiteral("نعم"),
        // German
        QStringLiteral("JA"), QStringLiteral("ANMELDEN"),
        // Spanish (INICIAR also Portuguese)
        QStringLiteral("SÍ"), QStringLiteral("SI"), QStringLiteral("INICIAR"),
        // French
        QStringLiteral("OUI"),
        // Portuguese (Brazil)
        QStringLiteral("SIM"),
    };
}

QString OptOutKeywords::normalize(const QString &text)
{
    const QList<uint> folded = // Qt 6.4 returns uint, not char32_t
        text.normalized(QString::NormalizationForm_KC).toCaseFolded().toUcs4();

    QList<char32_t> kept;
    kept.reserve(folded.size());
    for (char32_t c : folded) {
        if (QChar::category(c) == QChar::Other_Format || isArabicMark(c))
            continue;
        // Qt folds one character to one; the full folding of ß (and ẞ, which Qt folds to
        // ß) is "ss", the one multi-character folding a shipped language needs.
        if (c == 0x00DF) {
            kept.append(U's');
            kept.append(U's');
            continue;
        }
        kept.append(foldArabic(c));
    }

    qsizetype begin = 0;
    qsizetype end = kept.size();
    while (begin < end && isEdgeNoise(kept.at(begin)))
        ++begin;
    while (end > begin && isEdgeNoise(kept.at(end - 1)))
        --end;

    QList<char32_t> out;
    out.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const char32_t c = kept.at(i);
        if (QChar::isSpace(c)) {
            // The ends are trimmed, so a space here always has a non-space after it.
            if (out.isEmpty() || out.constLast() != U' ')
                out.append(U' ');
        } else {
            out.append(c);
        }
    }
    return QString::fromUcs4(out.constData(), out.size());
}

QString OptOutKeywords::validate(const QStringList &optOut, const QStringList &optIn)
{
    const auto checkList = [](const QStringList &list, const QString &kind) -> QString {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString key = normalize(list.at(i));
            const QString which = QStringLiteral("%1 keyword %2").arg(kind).arg(i + 1);
            if (key.isEmpty())
                return QStringLiteral("%1 (%2) is empty once spaces and punctuation are removed.")
                    .arg(which, quoted(list.at(i)));
            const qsizetype length = codePointCount(key);
            if (length > maxKeywordLength)
                return QStringLiteral("%1 is %2 characters long; the limit is %3.")
                    .arg(which)
                    .arg(length)
                    .arg(maxKeywordLength);
        }
        return {};
    };

    QString problem = checkList(optOut, QStringLiteral("Opt-out"));
    if (problem.isEmpty())
        problem = checkList(optIn, QStringLiteral("Opt-in"));
    if (!problem.isEmpty())
        return problem;

    QHash<QString, QString> optOutByKey;
    for (const QString &keyword : optOut)
    {
        const QString key = normalize(keyword);
        if (!optOutByKey.contains(key)) // name the first spelling, as match() reports it
            optOutByKey.insert(key, keyword);
    }
    for (qsizetype i = 0; i < optIn.size(); ++i) {
        const auto it = optOutByKey.constFind(normalize(optIn.at(i)));
        if (it != optOutByKey.constEnd())
            return QStringLiteral("Opt-in keyword %1 (%2) is also an opt-out keyword (%3); a "
                                  "keyword can only be in one list.")
                .arg(i + 1)
                .arg(quoted(optIn.at(i)), quoted(it.value()));
    }
    return {};
}

} // namespace wag
