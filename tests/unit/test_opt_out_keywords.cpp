#include "events/opt_out_keywords.h"

#include <QSet>
#include <QTest>

using namespace wag;

Q_DECLARE_METATYPE(wag::KeywordAction)

namespace {

struct Expected
{
    const char *language;
    const char *typed;    // what the default list must contain (UTF-8)
    const char *reported; // the configured keyword match() names for it
    KeywordAction action;
};

// Written out by hand rather than read from defaultOptOutKeywords(), so that dropping a
// word from the defaults, or reporting the wrong spelling, fails here.
const Expected kDefaults[] = {
    {"en", "STOP", "STOP", KeywordAction::OptOut},
    {"en", "STOPALL", "STOPALL", KeywordAction::OptOut},
    {"en", "UNSUBSCRIBE", "UNSUBSCRIBE", KeywordAction::OptOut},
    {"en", "CANCEL", "CANCEL", KeywordAction::OptOut},
    {"en", "END", "END", KeywordAction::OptOut},
    {"en", "QUIT", "QUIT", KeywordAction::OptOut},
    {"en", "OPTOUT", "OPTOUT", KeywordAction::OptOut},
    {"en", "REVOKE", "REVOKE", KeywordAction::OptOut},
    {"ar", "إيقاف", "إيقاف", KeywordAction::OptOut},
    // Same word once alef forms are folded: the first configured spelling is reported.
    {"ar", "ايقاف", "إيقاف", KeywordAction::OptOut},
    {"ar", "توقف", "توقف", KeywordAction::OptOut},
    {"ar", "إلغاء", "إلغاء", KeywordAction::OptOut},
    {"ar", "الغاء", "إلغاء", KeywordAction::OptOut},
    {"ar", "إلغاء الاشتراك", "إلغاء الاشتراك", KeywordAction::OptOut},
    {"de", "STOPP", "STOPP", KeywordAction::OptOut},
    {"de", "ABMELDEN", "ABMELDEN", KeywordAction::OptOut},
    {"de", "ABBESTELLEN", "ABBESTELLEN", KeywordAction::OptOut},
    {"de", "AUSTRAGEN", "AUSTRAGEN", KeywordAction::OptOut},
    {"de", "BEENDEN", "BEENDEN", KeywordAction::OptOut},
    {"es", "PARAR", "PARAR", KeywordAction::OptOut},
    {"es", "BAJA", "BAJA", KeywordAction::OptOut},
    {"es", "ALTO", "ALTO", KeywordAction::OptOut},
    {"es", "CANCELAR", "CANCELAR", KeywordAction::OptOut},
    {"fr", "ARRÊT", "ARRÊT", KeywordAction::OptOut},
    {"fr", "ARRET", "ARRET", KeywordAction::OptOut},
    {"fr", "ARRÊTER", "ARRÊTER", KeywordAction::OptOut},
    {"fr", "ARRETER", "ARRETER", KeywordAction::OptOut},
    {"fr", "DÉSABONNER", "DÉSABONNER", KeywordAction::OptOut},
    {"fr", "DESABONNER", "DESABONNER", KeywordAction::OptOut},
    {"fr", "DÉSINSCRIRE", "DÉSINSCRIRE", KeywordAction::OptOut},
    {"fr", "DESINSCRIRE", "DESINSCRIRE", KeywordAction::OptOut},
    {"fr", "ANNULER", "ANNULER", KeywordAction::OptOut},
    {"pt-BR", "SAIR", "SAIR", KeywordAction::OptOut},
    {"pt-BR", "DESCADASTRAR", "DESCADASTRAR", KeywordAction::OptOut},
    {"en", "START", "START", KeywordAction::OptIn},
    {"en", "UNSTOP", "UNSTOP", KeywordAction::OptIn},
    {"en", "YES", "YES", KeywordAction::OptIn},
    {"ar", "ابدأ", "ابدأ", KeywordAction::OptIn},
    {"ar", "نعم", "نعم", KeywordAction::OptIn},
    {"de", "JA", "JA", KeywordAction::OptIn},
    {"de", "ANMELDEN", "ANMELDEN", KeywordAction::OptIn},
    {"es", "SÍ", "SÍ", KeywordAction::OptIn},
    {"es", "SI", "SI", KeywordAction::OptIn},
    {"es", "INICIAR", "INICIAR", KeywordAction::OptIn},
    {"fr", "OUI", "OUI", KeywordAction::OptIn},
    {"pt-BR", "SIM", "SIM", KeywordAction::OptIn},
};

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QString mixedCase(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i)
        out += (i % 2 == 0) ? text.at(i).toUpper() : text.at(i).toLower();
    return out;
}

QString repeated(const QString &unit, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += unit;
    return out;
}

} // namespace

class TestOptOutKeywords : public QObject
{
    Q_OBJECT

private slots:
    void defaultListsAreExactlyTheDocumentedWords();
    void defaultKeywordsMatchInAnyCaseAndDecoration_data();
    void defaultKeywordsMatchInAnyCaseAndDecoration();
    void arabicSpellingVariantsMatch_data();
    void arabicSpellingVariantsMatch();
    void nonKeywordMessagesDoNotMatch_data();
    void nonKeywordMessagesDoNotMatch();
    void normalizeIsExactlyTheDocumentedRules_data();
    void normalizeIsExactlyTheDocumentedRules();
    void defaultsHaveNoConflicts();
    void customListsReplaceTheDefaults();
    void customListIgnoresEntriesThatNormalizeToNothing();
    void keywordInBothListsIsAnOptOut();
    void firstConfiguredSpellingIsReported();
    void emptyListsMatchNothing();
    void arabicFoldingOfCustomKeywords();
    void validateAcceptsGoodLists();
    void validateReportsEmptyEntries();
    void validateLengthEdges();
    void validateReportsEntriesInBothLists();
};

void TestOptOutKeywords::defaultListsAreExactlyTheDocumentedWords()
{
    QStringList optOut;
    QStringList optIn;
    for (const Expected &e : kDefaults)
        (e.action == KeywordAction::OptOut ? optOut : optIn).append(u8(e.typed));
    QCOMPARE(OptOutKeywords::defaultOptOutKeywords(), optOut);
    QCOMPARE(OptOutKeywords::defaultOptInKeywords(), optIn);

    const OptOutKeywords keywords;
    QCOMPARE(keywords.optOutKeywords(), optOut);
    QCOMPARE(keywords.optInKeywords(), optIn);

    // Every shipped language has at least one opt-out and one opt-in word.
    for (const char *language : {"en", "ar", "de", "es", "fr", "pt-BR"}) {
        bool hasOut = false;
        bool hasIn = false;
        for (const Expected &e : kDefaults) {
            if (qstrcmp(e.language, language) != 0)
                continue;
            hasOut = hasOut || e.action == KeywordAction::OptOut;
            hasIn = hasIn || e.action == KeywordAction::OptIn;
        }
        QVERIFY2(hasOut, language);
        QVERIFY2(hasIn, language);
    }
    // The Portuguese opt-outs the spec names are shared with Spanish.
    QVERIFY(optOut.contains(QStringLiteral("PARAR")));
    QVERIFY(optOut.contains(QStringLiteral("CANCELAR")));
}

void TestOptOutKeywords::defaultKeywordsMatchInAnyCaseAndDecoration_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<KeywordAction>("action");
    QTest::addColumn<QString>("reported");

    for (const Expected &e : kDefaults) {
        const QString word = u8(e.typed);
        const QString reported = u8(e.reported);
        const QList<std::pair<const char *, QString>> variants = {
            {"upper", word.toUpper()},
            {"lower", word.toLower()},
            {"mixed", mixedCase(word.toLower())},
            {"spaces", QStringLiteral("   ") + word.toLower() + QStringLiteral(" \t\n")},
            {"bang", word.toLower() + QStringLiteral("!")},
            {"dot", QStringLiteral("  ") + mixedCase(word) + QStringLiteral(". ")},
            {"spaced bang", QStringLiteral("\t") + word + QStringLiteral(" !! ")},
        };
        for (const auto &[name, message] : variants) {
            QTest::addRow("%s %s %s", e.language, e.typed, name)
                << message << e.action << reported;
        }
    }
}

void TestOptOutKeywords::defaultKeywordsMatchInAnyCaseAndDecoration()
{
    QFETCH(QString, message);
    QFETCH(KeywordAction, action);
    QFETCH(QString, reported);

    const KeywordMatch match = OptOutKeywords().match(message);
    QCOMPARE(match.action, action);
    QCOMPARE(match.keyword, reported);
}

void TestOptOutKeywords::arabicSpellingVariantsMatch_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<KeywordAction>("action");
    QTest::addColumn<QString>("reported");

    const QString stop = u8("إيقاف");
    const QString cancel = u8("إلغاء");
    const QString unsubscribe = u8("إلغاء الاشتراك");
    const auto out = KeywordAction::OptOut;
    QTest::newRow("bare alef") << u8("ايقاف") << out << stop;
    QTest::newRow("hamza above alef") << u8("أيقاف") << out << stop;
    QTest::newRow("madda alef") << u8("آيقاف") << out << stop;
    QTest::newRow("alef wasla") << u8("ٱيقاف") << out << stop;
    QTest::newRow("tatweel") << u8("إيـــقاف") << out << stop;
    QTest::newRow("harakat") << u8("إِيقَافٌ") << out << stop;
    QTest::newRow("shadda sukun") << u8("إيقّاْف") << out << stop;
    QTest::newRow("superscript alef") << u8("إيقٰاف") << out << stop;
    QTest::newRow("decomposed hamza below") << u8("\u0627\u0655يقاف") << out << stop;
    QTest::newRow("presentation forms")
        << QStringLiteral("\uFE87\uFEF3\uFED8\uFE8E\uFED1") << out << stop;
    QTest::newRow("rlm around") << u8("\u200Fإيقاف\u200F") << out << stop;
    QTest::newRow("arabic question mark") << u8("إيقاف؟") << out << stop;
    QTest::newRow("arabic comma") << u8("إيقاف،") << out << stop;
    QTest::newRow("arabic full stop") << u8("إيقاف۔") << out << stop;
    QTest::newRow("guillemets") << u8("«إيقاف»") << out << stop;
    QTest::newRow("cancel bare alef") << u8("الغاء") << out << cancel;
    QTest::newRow("cancel hamza above") << u8("ألغاء") << out << cancel;
    QTest::newRow("cancel harakat tatweel") << u8("إِلْغَـاء!") << out << cancel;
    QTest::newRow("unsubscribe spaced")
        << u8("  الغاء   الاشتراك ") << out << unsubscribe;
    QTest::newRow("unsubscribe tatweel") << u8("إلغــاء الاشـتراك.") << out << unsubscribe;
    QTest::newRow("stop tashkeel") << u8("تَوَقَّفْ") << out << u8("توقف");
    QTest::newRow("start bare alef") << u8("ابدا") << KeywordAction::OptIn << u8("ابدأ");
    QTest::newRow("start hamza kasra") << u8("إبدأ") << KeywordAction::OptIn << u8("ابدأ");
    QTest::newRow("yes harakat") << u8("نَعَمْ!") << KeywordAction::OptIn << u8("نعم");
}

void TestOptOutKeywords::arabicSpellingVariantsMatch()
{
    QFETCH(QString, message);
    QFETCH(KeywordAction, action);
    QFETCH(QString, reported);

    const KeywordMatch match = OptOutKeywords().match(message);
    QCOMPARE(match.action, action);
    QCOMPARE(match.keyword, reported);
}

void TestOptOutKeywords::nonKeywordMessagesDoNotMatch_data()
{
    QTest::addColumn<QString>("message");

    QTest::newRow("null") << QString();
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("whitespace") << QStringLiteral("  \t\n  ");
    QTest::newRow("nbsp") << QStringLiteral("\u00A0\u3000");
    QTest::newRow("zero width") << QStringLiteral("\u200B\u200F\uFEFF");
    QTest::newRow("punctuation only") << QStringLiteral("!!! ... ?");
    QTest::newRow("emoji") << u8("👍");
    QTest::newRow("stop sign emoji") << u8("🛑");
    QTest::newRow("emoji and spaces") << u8("  🙏🏽 ");
    QTest::newRow("keyword then emoji") << u8("STOP 👍");
    QTest::newRow("emoji then keyword") << u8("🛑stop");
    QTest::newRow("in a sentence") << QStringLiteral("please stop");
    QTest::newRow("trailing word") << QStringLiteral("stop please");
    QTest::newRow("prefix of a word") << QStringLiteral("stopwatch");
    QTest::newRow("suffix") << QStringLiteral("unsubscribed");
    QTest::newRow("inner prefix") << QStringLiteral("nonstop");
    QTest::newRow("twice") << QStringLiteral("stop stop");
    QTest::newRow("split letters") << QStringLiteral("s top");
    QTest::newRow("inner punctuation") << QStringLiteral("st.op");
    QTest::newRow("hyphenated") << QStringLiteral("opt-out");
    QTest::newRow("spaced optout") << QStringLiteral("opt out");
    QTest::newRow("question") << QStringLiteral("how do I stop?");
    QTest::newRow("not yes") << QStringLiteral("yes please");
    QTest::newRow("not a keyword") << QStringLiteral("no");
    QTest::newRow("french sentence") << u8("arrêt du service");
    QTest::newRow("spanish sentence") << u8("¡dame de baja!");
    QTest::newRow("german compound") << QStringLiteral("abmeldung");
    QTest::newRow("arabic sentence") << u8("أريد إيقاف");
    QTest::newRow("arabic prefix") << u8("والغاء");
    QTest::newRow("arabic missing hamza") << u8("إلغا");
    QTest::newRow("hamza on ya kept") << u8("ئيقاف");
    QTest::newRow("accent on wrong word") << u8("ARRÉT");
}

void TestOptOutKeywords::nonKeywordMessagesDoNotMatch()
{
    QFETCH(QString, message);

    const KeywordMatch match = OptOutKeywords().match(message);
    QCOMPARE(match.action, KeywordAction::None);
    QCOMPARE(match.keyword, QString());
}

void TestOptOutKeywords::normalizeIsExactlyTheDocumentedRules_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("case fold") << QStringLiteral("StOp") << QStringLiteral("stop");
    QTest::newRow("trim") << QStringLiteral(" \t stop \r\n") << QStringLiteral("stop");
    QTest::newRow("collapse") << QStringLiteral("a \t\n b    c") << QStringLiteral("a b c");
    QTest::newRow("nbsp collapse") << QStringLiteral("a\u00A0\u00A0b") << QStringLiteral("a b");
    QTest::newRow("fullwidth") << QStringLiteral("\uFF33\uFF34\uFF2F\uFF30")
                               << QStringLiteral("stop");
    QTest::newRow("ligature") << QStringLiteral("\uFB01n") << QStringLiteral("fin");
    QTest::newRow("compose accent") << QStringLiteral("ARRE\u0302T") << u8("arrêt");
    QTest::newRow("accent kept") << u8("ARRÊT") << u8("arrêt");
    QTest::newRow("eszett") << u8("SCHLUß") << QStringLiteral("schluss");
    QTest::newRow("capital eszett") << u8("SCHLUẞ") << QStringLiteral("schluss");
    QTest::newRow("trailing bang") << QStringLiteral("stop!!!") << QStringLiteral("stop");
    QTest::newRow("spaced punctuation") << QStringLiteral("stop . ! ?")
                                        << QStringLiteral("stop");
    QTest::newRow("ellipsis") << u8("stop…") << QStringLiteral("stop");
    QTest::newRow("spanish marks") << u8("¡Alto!") << QStringLiteral("alto");
    QTest::newRow("inverted question") << u8("¿sí?") << u8("sí");
    QTest::newRow("double quotes") << QStringLiteral("\"stop\"") << QStringLiteral("stop");
    QTest::newRow("curly quotes") << u8("“Stop”") << QStringLiteral("stop");
    QTest::newRow("single quotes") << QStringLiteral("'stop'") << QStringLiteral("stop");
    QTest::newRow("guillemets spaced") << u8("« Arrêt »") << u8("arrêt");
    QTest::newRow("brackets") << QStringLiteral("(stop)") << QStringLiteral("stop");
    QTest::newRow("dashes") << QStringLiteral("-stop-") << QStringLiteral("stop");
    QTest::newRow("inner punctuation kept") << QStringLiteral("opt-out.")
                                            << QStringLiteral("opt-out");
    QTest::newRow("inner comma kept") << QStringLiteral("stop, now") << QStringLiteral("stop, now");
    QTest::newRow("emoji kept") << u8("STOP 👍") << u8("stop 👍");
    QTest::newRow("symbol kept") << QStringLiteral("+stop") << QStringLiteral("+stop");
    QTest::newRow("format chars dropped") << QStringLiteral("\u200Fs\u200Bt\u00ADop\u200E")
                                          << QStringLiteral("stop");
    QTest::newRow("only format and space") << QStringLiteral(" \u200F ") << QString();
    QTest::newRow("arabic marks and alef") << u8("إيـقافٌ") << u8("ايقاف");
    QTest::newRow("arabic madda") << u8("آمين") << u8("امين");
    QTest::newRow("ta marbuta") << u8("خدمة") << u8("خدمه");
    QTest::newRow("alef maqsura") << u8("انتهى") << u8("انتهي");
    QTest::newRow("hamza on waw ya kept") << u8("ؤئء") << u8("ؤئء");
    QTest::newRow("arabic punctuation") << u8("؟إيقاف، ؛") << u8("ايقاف");
}

void TestOptOutKeywords::normalizeIsExactlyTheDocumentedRules()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    QCOMPARE(OptOutKeywords::normalize(input), expected);
}

void TestOptOutKeywords::defaultsHaveNoConflicts()
{
    const QStringList optOut = OptOutKeywords::defaultOptOutKeywords();
    const QStringList optIn = OptOutKeywords::defaultOptInKeywords();
    QCOMPARE(OptOutKeywords::validate(optOut, optIn), QString());

    QSet<QString> outKeys;
    for (const QString &keyword : optOut)
        outKeys.insert(OptOutKeywords::normalize(keyword));
    for (const QString &keyword : optIn)
        QVERIFY2(!outKeys.contains(OptOutKeywords::normalize(keyword)), qPrintable(keyword));

    // The affirmatives in particular must lift, never suppress.
    const OptOutKeywords keywords;
    for (const char *word : {"yes", "YES!", "sí", "si", "Oui.", "ja", "sim", "نعم"})
        QCOMPARE(keywords.match(u8(word)).action, KeywordAction::OptIn);
}

void TestOptOutKeywords::customListsReplaceTheDefaults()
{
    const QStringList optOut = {QStringLiteral("HALT"), QStringLiteral("Fin du service")};
    const QStringList optIn = {QStringLiteral("GO")};
    const OptOutKeywords keywords(optOut, optIn);

    QCOMPARE(keywords.optOutKeywords(), optOut);
    QCOMPARE(keywords.optInKeywords(), optIn);

    KeywordMatch match = keywords.match(QStringLiteral(" halt! "));
    QCOMPARE(match.action, KeywordAction::OptOut);
    QCOMPARE(match.keyword, QStringLiteral("HALT"));

    match = keywords.match(QStringLiteral("FIN   du\tservice."));
    QCOMPARE(match.action, KeywordAction::OptOut);
    QCOMPARE(match.keyword, QStringLiteral("Fin du service"));

    match = keywords.match(QStringLiteral("go"));
    QCOMPARE(match.action, KeywordAction::OptIn);
    QCOMPARE(match.keyword, QStringLiteral("GO"));

    // The defaults are gone once a custom list is configured.
    QCOMPARE(keywords.match(QStringLiteral("stop")).action, KeywordAction::None);
    QCOMPARE(keywords.match(QStringLiteral("yes")).action, KeywordAction::None);
    QCOMPARE(keywords.match(QStringLiteral("fin du")).action, KeywordAction::None);
    QCOMPARE(keywords.match(QStringLiteral("halting")).action, KeywordAction::None);

    // Custom opt-out with default opt-in.
    const OptOutKeywords onlyOut({QStringLiteral("HALT")});
    QCOMPARE(onlyOut.match(QStringLiteral("halt")).action, KeywordAction::OptOut);
    QCOMPARE(onlyOut.match(QStringLiteral("stop")).action, KeywordAction::None);
    QCOMPARE(onlyOut.match(QStringLiteral("start")).action, KeywordAction::OptIn);
    QCOMPARE(onlyOut.optInKeywords(), OptOutKeywords::defaultOptInKeywords());
}

void TestOptOutKeywords::customListIgnoresEntriesThatNormalizeToNothing()
{
    const OptOutKeywords keywords({QString(), QStringLiteral("  "), QStringLiteral("!!!"),
                                   QStringLiteral("HALT")},
                                  {QStringLiteral("\u200F")});
    QCOMPARE(keywords.optOutKeywords().size(), 4); // kept as configured, for the editor
    QCOMPARE(keywords.match(QString()).action, KeywordAction::None);
    QCOMPARE(keywords.match(QStringLiteral("!!!")).action, KeywordAction::None);
    QCOMPARE(keywords.match(QStringLiteral("\u200F")).action, KeywordAction::None);
    QCOMPARE(keywords.match(QStringLiteral("halt")).action, KeywordAction::OptOut);
}

void TestOptOutKeywords::keywordInBothListsIsAnOptOut()
{
    // Misconfigured both ways round: suppressing is the safe answer either way.
    const OptOutKeywords keywords({QStringLiteral("YES")}, {QStringLiteral("yes!")});
    const KeywordMatch match = keywords.match(QStringLiteral("Yes"));
    QCOMPARE(match.action, KeywordAction::OptOut);
    QCOMPARE(match.keyword, QStringLiteral("YES"));

    const OptOutKeywords swapped({QStringLiteral("yes!")}, {QStringLiteral("YES")});
    QCOMPARE(swapped.match(QStringLiteral("yes")).action, KeywordAction::OptOut);
    QCOMPARE(swapped.match(QStringLiteral("yes")).keyword, QStringLiteral("yes!"));
}

void TestOptOutKeywords::firstConfiguredSpellingIsReported()
{
    const OptOutKeywords keywords({u8("arrêt"), u8("ARRÊT"), QStringLiteral("ARRET")}, {});
    QCOMPARE(keywords.match(u8("ARRÊT")).keyword, u8("arrêt"));
    // Accents are not folded: the accent-less spelling is its own entry.
    QCOMPARE(keywords.match(QStringLiteral("arret")).keyword, QStringLiteral("ARRET"));

    const OptOutKeywords accentedOnly({u8("ARRÊT")}, {});
    QCOMPARE(accentedOnly.match(QStringLiteral("arret")).action, KeywordAction::None);
    QCOMPARE(accentedOnly.match(u8("Arrêt!")).action, KeywordAction::OptOut);
}

void TestOptOutKeywords::emptyListsMatchNothing()
{
    const OptOutKeywords keywords({}, {});
    QVERIFY(keywords.optOutKeywords().isEmpty());
    QVERIFY(keywords.optInKeywords().isEmpty());
    for (const char *word : {"stop", "STOP", "start", "yes", "", "إيقاف"})
        QCOMPARE(keywords.match(u8(word)).action, KeywordAction::None);
}

void TestOptOutKeywords::arabicFoldingOfCustomKeywords()
{
    const OptOutKeywords keywords({u8("خدمة"), u8("انتهى")}, {u8("أهلاً")});
    QCOMPARE(keywords.match(u8("خدمه")).keyword, u8("خدمة"));
    QCOMPARE(keywords.match(u8("خدمة")).keyword, u8("خدمة"));
    QCOMPARE(keywords.match(u8("انتهي")).keyword, u8("انتهى"));
    QCOMPARE(keywords.match(u8("اهلا")).action, KeywordAction::OptIn);
    QCOMPARE(keywords.match(u8("خدمت")).action, KeywordAction::None);
}

void TestOptOutKeywords::validateAcceptsGoodLists()
{
    QCOMPARE(OptOutKeywords::validate({}, {}), QString());
    QCOMPARE(OptOutKeywords::validate({QStringLiteral("HALT")}, {QStringLiteral("GO")}),
             QString());
    // Near-identical words in the two lists are fine; only equal ones conflict.
    QCOMPARE(OptOutKeywords::validate({QStringLiteral("STOP")}, {QStringLiteral("STOPP")}),
             QString());
    QCOMPARE(OptOutKeywords::validate({u8("ARRÊT")}, {QStringLiteral("ARRET")}), QString());
    // Duplicates inside one list are harmless.
    QCOMPARE(OptOutKeywords::validate({QStringLiteral("STOP"), QStringLiteral("stop")}, {}),
             QString());
}

void TestOptOutKeywords::validateReportsEmptyEntries()
{
    QCOMPARE(OptOutKeywords::validate({QStringLiteral("STOP"), QStringLiteral("  !? ")}, {}),
             QStringLiteral("Opt-out keyword 2 (\"  !? \") is empty once spaces and "
                            "punctuation are removed."));
    QCOMPARE(OptOutKeywords::validate({QString()}, {}),
             QStringLiteral("Opt-out keyword 1 (\"\") is empty once spaces and punctuation "
                            "are removed."));

    const QString inProblem =
        OptOutKeywords::validate({QStringLiteral("STOP")}, {QStringLiteral("GO"),
                                                            QStringLiteral("\u200F\u0640")});
    QVERIFY2(inProblem.startsWith(QStringLiteral("Opt-in keyword 2 ")), qPrintable(inProblem));
    QVERIFY2(inProblem.contains(QStringLiteral("is empty")), qPrintable(inProblem));

    // A single visible character is enough.
    QCOMPARE(OptOutKeywords::validate({QStringLiteral("x")}, {QStringLiteral("!y!")}),
             QString());
}

void TestOptOutKeywords::validateLengthEdges()
{
    const QString a64 = repeated(QStringLiteral("a"), 64);
    const QString a65 = repeated(QStringLiteral("a"), 65);
    QCOMPARE(OptOutKeywords::validate({a64}, {}), QString());
    QCOMPARE(OptOutKeywords::validate({a65}, {}),
             QStringLiteral("Opt-out keyword 1 is 65 characters long; the limit is 64."));
    QCOMPARE(OptOutKeywords::validate({QStringLiteral("STOP")}, {QStringLiteral("GO"), a65}),
             QStringLiteral("Opt-in keyword 2 is 65 characters long; the limit is 64."));

    // Measured after normalization: decoration and collapsed spaces do not count...
    QCOMPARE(OptOutKeywords::validate({QStringLiteral("  \"") + a64 + QStringLiteral("!!\"  ")},
                                      {}),
             QString());
    const QString spaced64 = repeated(QStringLiteral("a"), 32) + QStringLiteral("     ")
                             + repeated(QStringLiteral("b"), 31);
    QCOMPARE(OptOutKeywords::normalize(spaced64).size(), 64);
    QCOMPARE(OptOutKeywords::validate({spaced64}, {}), QString());
    // ...nor do tatweel and harakat.
    const QString arabic64 = repeated(u8("بـَ"), 64);
    QVERIFY(arabic64.size() > 64);
    QCOMPARE(OptOutKeywords::validate({arabic64}, {}), QString());
    QCOMPARE(OptOutKeywords::validate({arabic64 + u8("ب")}, {}),
             QStringLiteral("Opt-out keyword 1 is 65 characters long; the limit is 64."));

    // ...and characters are code points, not UTF-16 units (an emoji is two units).
    const QString emoji64 = repeated(u8("😀"), 64);
    QCOMPARE(emoji64.size(), 128);
    QCOMPARE(OptOutKeywords::validate({emoji64}, {}), QString());
    QCOMPARE(OptOutKeywords::validate({emoji64 + u8("😀")}, {}),
             QStringLiteral("Opt-out keyword 1 is 65 characters long; the limit is 64."));

    // A 64-character keyword still matches as a whole message.
    const OptOutKeywords keywords({a64}, {});
    QCOMPARE(keywords.match(a64.toUpper() + QStringLiteral(".")).action, KeywordAction::OptOut);
    QCOMPARE(keywords.match(a65).action, KeywordAction::None);
}

void TestOptOutKeywords::validateReportsEntriesInBothLists()
{
    QCOMPARE(OptOutKeywords::validate({QStringLiteral("STOP"), QStringLiteral("HALT")},
                                      {QStringLiteral("GO"), QStringLiteral("halt!")}),
             QStringLiteral("Opt-in keyword 2 (\"halt!\") is also an opt-out keyword "
                            "(\"HALT\"); a keyword can only be in one list."));

    // Named by its first configured spelling, as match() reports it.
    QCOMPARE(OptOutKeywords::validate({QStringLiteral("HALT"), QStringLiteral("halt")},
                                      {QStringLiteral("Halt!")}),
             QStringLiteral("Opt-in keyword 1 (\"Halt!\") is also an opt-out keyword "
                            "(\"HALT\"); a keyword can only be in one list."));

    // Equal after normalization counts as the same keyword.
    const QString arabic = OptOutKeywords::validate({u8("إيقاف")}, {u8("ايـقاف")});
    QVERIFY2(arabic.startsWith(QStringLiteral("Opt-in keyword 1 ")), qPrintable(arabic));
    QVERIFY2(arabic.contains(QStringLiteral("also an opt-out keyword")), qPrintable(arabic));

    // Adding YES to the default opt-outs is exactly the conflict to catch.
    const QString yes = OptOutKeywords::validate(
        OptOutKeywords::defaultOptOutKeywords() << QStringLiteral("yes"),
        OptOutKeywords::defaultOptInKeywords());
    QCOMPARE(yes, QStringLiteral("Opt-in keyword 3 (\"YES\") is also an opt-out keyword "
                                 "(\"yes\"); a keyword can only be in one list."));

    // Emptiness and length are reported before conflicts.
    const QString first = OptOutKeywords::validate({QStringLiteral("GO"), QStringLiteral("!")},
                                                   {QStringLiteral("GO")});
    QVERIFY2(first.startsWith(QStringLiteral("Opt-out keyword 2 ")), qPrintable(first));
}

QTEST_GUILESS_MAIN(TestOptOutKeywords)
#include "test_opt_out_keywords.moc"
