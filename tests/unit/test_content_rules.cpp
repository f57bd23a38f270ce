#include "policy/content_rules.h"

#include <QTest>

using namespace wag;

class TestContentRules : public QObject
{
    Q_OBJECT

private slots:
    void everyDefaultPhraseBlocksItself();
    void blockedPhrases_data();
    void blockedPhrases();
    void shorteners_data();
    void shorteners();
    void cardNumbers_data();
    void cardNumbers();
    void allowedTexts_data();
    void allowedTexts();
    void customListsReplaceDefaults();
    void blankEntriesAreIgnored();
    void firstRuleInOrderAnswers();
    void luhn_data();
    void luhn();

private:
    const ContentRules m_rules;
};

void TestContentRules::everyDefaultPhraseBlocksItself()
{
    const QStringList phrases = ContentRules::defaultBlockedPhrases();
    QVERIFY(phrases.size() >= 20);
    for (const QString &phrase : phrases) {
        const ContentVerdict verdict =
            m_rules.check(QStringLiteral("Hello! ") + phrase.toUpper() + QStringLiteral(" today."));
        QVERIFY2(verdict.blocked, qPrintable(phrase));
        QCOMPARE(verdict.rule, QStringLiteral("blocked_phrase"));
        QCOMPARE(verdict.detail, phrase);
    }
    // The defaults must stay phrases, except for the one word that is a marketing tell
    // on its own.
    for (const QString &phrase : phrases) {
        if (phrase != QLatin1String("unsubscribe"))
            QVERIFY2(phrase.contains(QLatin1Char(' ')) || phrase.contains(QLatin1Char('-')),
                     qPrintable(phrase));
    }
}

void TestContentRules::blockedPhrases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("phrase");
    const QString lto = QStringLiteral("limited time offer");
    QTest::newRow("exact") << QStringLiteral("A limited time offer for you") << lto;
    QTest::newRow("upper case") << QStringLiteral("LIMITED TIME OFFER") << lto;
    QTest::newRow("mixed case, hyphen") << QStringLiteral("Limited-Time OFFER!") << lto;
    QTest::newRow("runs of whitespace") << QStringLiteral("limited \t time\n\n  offer") << lto;
    QTest::newRow("underscore") << QStringLiteral("limited_time_offer") << lto;
    QTest::newRow("zero-width space inside a word")
        << QStringLiteral("limi\u200Bted time offer") << lto;
    QTest::newRow("fullwidth letters") << QStringLiteral("ＬＩＭＩＴＥＤ time offer") << lto;
    QTest::newRow("emoji between words") << QStringLiteral("limited ⏰ time offer") << lto;
    QTest::newRow("act now") << QStringLiteral("Act now, before it's gone") << QStringLiteral("act now");
    QTest::newRow("buy now at the end") << QStringLiteral("Best shoes. Buy NOW") << QStringLiteral("buy now");
    QTest::newRow("100% free, spaced") << QStringLiteral("It's 100 % FREE") << QStringLiteral("100% free");
    QTest::newRow("risk free without hyphen") << QStringLiteral("Try it risk free") << QStringLiteral("risk-free");
    QTest::newRow("curly apostrophe") << QStringLiteral("Don\u2019t miss out!") << QStringLiteral("don't miss out");
    QTest::newRow("you're a winner") << QStringLiteral("Congratulations, you're a WINNER") << QStringLiteral("you're a winner");
    QTest::newRow("selected") << QStringLiteral("You have been selected for a prize") << QStringLiteral("you have been selected");
    QTest::newRow("discount code") << QStringLiteral("Use discount code SAVE10") << QStringLiteral("discount code");
    QTest::newRow("unsubscribe") << QStringLiteral("Reply STOP to unsubscribe.") << QStringLiteral("unsubscribe");
    QTest::newRow("subscribe link") << QStringLiteral("Click here to subscribe") << QStringLiteral("click here to subscribe");
}

void TestContentRules::blockedPhrases()
{
    QFETCH(QString, text);
    QFETCH(QString, phrase);
    const ContentVerdict verdict = m_rules.check(text);
    QVERIFY(verdict.blocked);
    QCOMPARE(verdict.rule, QStringLiteral("blocked_phrase"));
    QCOMPARE(verdict.detail, phrase);
}

void TestContentRules::shorteners_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("domain");
    QTest::newRow("bare") << QStringLiteral("See bit.ly/3abcDEF") << QStringLiteral("bit.ly");
    QTest::newRow("https") << QStringLiteral("See https://bit.ly/3abcDEF") << QStringLiteral("bit.ly");
    QTest::newRow("http www") << QStringLiteral("http://www.tinyurl.com/x1") << QStringLiteral("tinyurl.com");
    QTest::newRow("www without scheme") << QStringLiteral("go to www.cutt.ly/abc") << QStringLiteral("cutt.ly");
    QTest::newRow("upper case") << QStringLiteral("HTTPS://T.CO/AbC") << QStringLiteral("t.co");
    QTest::newRow("host only, end of sentence") << QStringLiteral("Details at is.gd.") << QStringLiteral("is.gd");
    QTest::newRow("in parentheses") << QStringLiteral("(rb.gy/x)") << QStringLiteral("rb.gy");
    QTest::newRow("with port and query") << QStringLiteral("https://s.id:443/a?b=c") << QStringLiteral("s.id");
    QTest::newRow("user info") << QStringLiteral("https://me@goo.gl/x") << QStringLiteral("goo.gl");
    QTest::newRow("subdomain") << QStringLiteral("https://go.rebrand.ly/x") << QStringLiteral("rebrand.ly");
    QTest::newRow("after Arabic text") << QStringLiteral("الرابط: bit.do/x") << QStringLiteral("bit.do");
    QTest::newRow("fullwidth dot") << QStringLiteral("bit．ly/x") << QStringLiteral("bit.ly");
}

void TestContentRules::shorteners()
{
    QFETCH(QString, text);
    QFETCH(QString, domain);
    const ContentVerdict verdict = m_rules.check(text);
    QVERIFY(verdict.blocked);
    QCOMPARE(verdict.rule, QStringLiteral("url_shortener"));
    QCOMPARE(verdict.detail, domain);
}

void TestContentRules::cardNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    const QString visa = QStringLiteral("************1111");
    QTest::newRow("no separators") << QStringLiteral("card 4111111111111111 thanks") << visa;
    QTest::newRow("spaces") << QStringLiteral("card 4111 1111 1111 1111") << visa;
    QTest::newRow("dashes") << QStringLiteral("4111-1111-1111-1111") << visa;
    QTest::newRow("mixed separators") << QStringLiteral("4111 1111-1111 1111.") << visa;
    QTest::newRow("followed by expiry") << QStringLiteral("4111 1111 1111 1111 12/28") << visa;
    QTest::newRow("preceded by a short code") << QStringLiteral("ref 77 4111 1111 1111 1111") << visa;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٤١١١ ١١١١ ١١١١ ١١١١") << visa;
    QTest::newRow("Amex 15") << QStringLiteral("3782 822463 10005") << QStringLiteral("***********0005");
    QTest::newRow("Mastercard") << QStringLiteral("5555555555554444") << QStringLiteral("************4444");
    QTest::newRow("13 digits") << QStringLiteral("4222222222222") << QStringLiteral("*********2222");
    QTest::newRow("19 digits") << QStringLiteral("4111111111111111110") << QStringLiteral("***************1110");
    QTest::newRow("the E.164 digits without '+'") << QStringLiteral("4915123456787")
                                                  << QStringLiteral("*********6787");
}

void TestContentRules::cardNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    const ContentVerdict verdict = m_rules.check(text);
    QVERIFY(verdict.blocked);
    QCOMPARE(verdict.rule, QStringLiteral("card_number"));
    QCOMPARE(verdict.detail, masked);
}

void TestContentRules::allowedTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("invoice") << QStringLiteral("Your invoice INV-2041 of 120.50 SAR is due on 1 May. "
                                               "Thank you for your order.");
    QTest::newRow("support") << QStringLiteral("Your ticket is free of charge; our offer no. 12 stands.");
    QTest::newRow("contact now is not act now") << QStringLiteral("Please contact now or later");
    QTest::newRow("unsubscribed is not unsubscribe") << QStringLiteral("You were unsubscribed.");
    QTest::newRow("winner alone") << QStringLiteral("The winner of the raffle is on the board.");
    QTest::newRow("punctuation between words") << QStringLiteral("We will act, now that you asked.");
    QTest::newRow("OTP") << QStringLiteral("Your code is 123456");
    QTest::newRow("E.164 in text") << QStringLiteral("Call us on +966501234567 please");
    // 4915123456787 passes Luhn and starts with 4: only the '+' keeps it from being a card.
    QTest::newRow("Luhn-valid E.164 in text") << QStringLiteral("Call us on +4915123456787.");
    QTest::newRow("Luhn-valid E.164 with spaces") << QStringLiteral("Call +49 151 2345 6787");
    QTest::newRow("Luhn-invalid 16 digits") << QStringLiteral("4111 1111 1111 1112");
    QTest::newRow("12 digits") << QStringLiteral("411111111117"); // Luhn-valid
    QTest::newRow("20 digits") << QStringLiteral("41111111111111111115"); // Luhn-valid
    QTest::newRow("Luhn-valid but starts with 0") << QStringLiteral("0000000000000000");
    QTest::newRow("Luhn-valid but starts with 1") << QStringLiteral("1000000000009");
    QTest::newRow("double space splits the run") << QStringLiteral("4111 1111  1111 1111");
    QTest::newRow("Arabic text")
        << QStringLiteral("مرحباً، تم تأكيد طلبك رقم ١٢٣٤ وسيصل غداً. شكراً لك!");
    QTest::newRow("legit domain containing a shortener")
        << QStringLiteral("https://notbit.ly.example.com/path");
    QTest::newRow("shortener as prefix of a host") << QStringLiteral("bit.ly.example.com");
    QTest::newRow("longer host ending like one") << QStringLiteral("www.mybit.ly/x");
    QTest::newRow("shortener in a path") << QStringLiteral("https://example.com/bit.ly/x");
    QTest::newRow("e-mail address") << QStringLiteral("write to help@bit.ly");
    QTest::newRow("not a host: t.com") << QStringLiteral("see https://t.com/x");
    QTest::newRow("sentence without space") << QStringLiteral("Please send it.Thanks");
}

void TestContentRules::allowedTexts()
{
    QFETCH(QString, text);
    const ContentVerdict verdict = m_rules.check(text);
    QVERIFY2(!verdict.blocked, qPrintable(verdict.rule + QLatin1Char(' ') + verdict.detail));
    QVERIFY(verdict.rule.isEmpty());
    QVERIFY(verdict.detail.isEmpty());
}

void TestContentRules::customListsReplaceDefaults()
{
    const ContentRules rules({QStringLiteral("Sonderangebot"), QStringLiteral("عرض خاص")},
                             {QStringLiteral("Short.Example")});
    QVERIFY(!rules.check(QStringLiteral("limited time offer, bit.ly/x")).blocked);
    QCOMPARE(rules.check(QStringLiteral("Ein SONDERANGEBOT!")).detail,
             QStringLiteral("Sonderangebot"));
    QCOMPARE(rules.check(QStringLiteral("لدينا عرض   خاص اليوم")).detail,
             QStringLiteral("عرض خاص"));
    const ContentVerdict link = rules.check(QStringLiteral("https://short.example/x"));
    QCOMPARE(link.rule, QStringLiteral("url_shortener"));
    QCOMPARE(link.detail, QStringLiteral("short.example"));
    QCOMPARE(rules.blockedPhrases().size(), 2);
    QCOMPARE(rules.shortenerDomains(), QStringList{QStringLiteral("Short.Example")});
}

void TestContentRules::blankEntriesAreIgnored()
{
    const ContentRules rules({QString(), QStringLiteral("   "), QStringLiteral(" - ")},
                             {QString(), QStringLiteral("."), QStringLiteral("ly")});
    QVERIFY(!rules.check(QStringLiteral("any text at all, bit.ly/x - .ly")).blocked);
}

void TestContentRules::firstRuleInOrderAnswers()
{
    const QString all = QStringLiteral("buy now at bit.ly/x with 4111111111111111");
    QCOMPARE(m_rules.check(all).rule, QStringLiteral("blocked_phrase"));
    QCOMPARE(m_rules.check(QStringLiteral("at bit.ly/x with 4111111111111111")).rule,
             QStringLiteral("url_shortener"));
    // Several phrases: the first one in the configured list is reported.
    const ContentRules rules({QStringLiteral("second thing"), QStringLiteral("first thing")});
    QCOMPARE(rules.check(QStringLiteral("first thing, then second thing")).detail,
             QStringLiteral("second thing"));
}

void TestContentRules::luhn_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("Visa test") << QStringLiteral("4111111111111111") << true;
    QTest::newRow("last digit off") << QStringLiteral("4111111111111112") << false;
    QTest::newRow("Amex test") << QStringLiteral("378282246310005") << true;
    QTest::newRow("classic example") << QStringLiteral("79927398713") << true;
    QTest::newRow("classic example off") << QStringLiteral("79927398710") << false;
    QTest::newRow("single zero") << QStringLiteral("0") << true;
    QTest::newRow("single one") << QStringLiteral("1") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("with a space") << QStringLiteral("4111 1111 1111 1111") << false;
    QTest::newRow("with a letter") << QStringLiteral("411111111111111a") << false;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٤١١١١١١١١١١١١١١١") << true;
}

void TestContentRules::luhn()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(passesLuhn(digits), valid);
}

QTEST_GUILESS_MAIN(TestContentRules)
#include "test_content_rules.moc"
