#include "core/phone_number.h"

#include <QRandomGenerator>
#include <QTest>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <iterator>

using namespace wag;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void acceptsValidNumbers_data();
    void acceptsValidNumbers();
    void refusesInvalidInput_data();
    void refusesInvalidInput();
    void internationalReadingWinsOverNational();
    void unknownRegionIsIgnored();
    void okNeedsNumberAndNoError();
    void masks_data();
    void masks();
    void digitsOnlyStripsEverythingButDigits();
    void fastPathAgreesWithTheFullParser();
};

void TestPhoneNumber::acceptsValidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");

    const QString sa = QStringLiteral("+966501234567");
    const QString de = QStringLiteral("+4915123456789");
    const QString us = QStringLiteral("+14155552671");
    QTest::newRow("E.164 SA") << sa << QString() << sa;
    QTest::newRow("E.164 DE") << de << QString() << de;
    QTest::newRow("E.164 US") << us << QString() << us;
    QTest::newRow("E.164 with spaces") << QStringLiteral("+966 50 123 4567") << QString() << sa;
    QTest::newRow("surrounding whitespace") << QStringLiteral("  +966501234567\t") << QString() << sa;
    QTest::newRow("digits with country code") << QStringLiteral("966501234567") << QString() << sa;
    QTest::newRow("digits, region given") << QStringLiteral("966501234567") << QStringLiteral("DE") << sa;
    QTest::newRow("digits DE") << QStringLiteral("4915123456789") << QString() << de;
    QTest::newRow("dashes dots parentheses")
        << QStringLiteral("1 (415) 555-2671") << QString() << us;
    QTest::newRow("dots") << QStringLiteral("+49.151.234.567.89") << QString() << de;
    QTest::newRow("00 access code") << QStringLiteral("00966501234567") << QString() << sa;
    QTest::newRow("national SA") << QStringLiteral("050 123 4567") << QStringLiteral("SA") << sa;
    QTest::newRow("national SA, lower-case region")
        << QStringLiteral("0501234567") << QStringLiteral("sa") << sa;
    QTest::newRow("national DE") << QStringLiteral("0151 23456789") << QStringLiteral("DE") << de;
    QTest::newRow("national US without trunk prefix")
        << QStringLiteral("(415) 555-2671") << QStringLiteral("US") << us;
    QTest::newRow("Arabic-Indic digits")
        << QStringLiteral("+٩٦٦٥٠١٢٣٤٥٦٧") << QString() << sa;
    QTest::newRow("exactly 32 characters")
        << QStringLiteral("+966 - 50 - 123 - 4567 .........") << QString() << sa;
}

void TestPhoneNumber::acceptsValidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    const PhoneParse parsed = normalizePhone(input, region);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.e164, e164);
    QVERIFY(parsed.error.isEmpty());
}

void TestPhoneNumber::refusesInvalidInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QString() << QString() << QStringLiteral("phone number is empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QString()
                           << QStringLiteral("phone number is empty");
    QTest::newRow("33 characters")
        << QStringLiteral("+966 - 50 - 123 - 4567 ..........") << QString()
        << QStringLiteral("too long");
    QTest::newRow("letters") << QStringLiteral("+966 50 CALL ME") << QString()
                             << QStringLiteral("letters are not allowed");
    QTest::newRow("vanity number") << QStringLiteral("1-800-FLOWERS") << QStringLiteral("US")
                                   << QStringLiteral("letters are not allowed");
    QTest::newRow("Arabic letters") << QStringLiteral("٩٦٦ رقم") << QString()
                                    << QStringLiteral("letters are not allowed");
    QTest::newRow("other characters") << QStringLiteral("+966501234567#") << QString()
                                      << QStringLiteral("only digits, spaces, dashes, dots, "
                                                        "parentheses and a leading '+' are allowed");
    QTest::newRow("plus in the middle") << QStringLiteral("966+501234567") << QString()
                                        << QStringLiteral("'+' is only allowed at the start");
    QTest::newRow("only punctuation") << QStringLiteral("+ ( ) -") << QString()
                                      << QStringLiteral("phone number has no digits");
    QTest::newRow("too short") << QStringLiteral("+96650123") << QString()
                               << QStringLiteral("too short");
    QTest::newRow("too long for the country") << QStringLiteral("+9665012345678901") << QString()
                                              << QStringLiteral("too long");
    QTest::newRow("possible length, not valid") << QStringLiteral("+966101234567") << QString()
                                                << QStringLiteral("not a valid phone number for "
                                                                  "any country");
    QTest::newRow("unknown country code") << QStringLiteral("+99912345678") << QString()
                                          << QStringLiteral("unknown country code");
    QTest::newRow("national without region") << QStringLiteral("0501234567") << QString()
                                             << QStringLiteral("missing country code");
    QTest::newRow("national, invalid in region") << QStringLiteral("0101234567")
                                                 << QStringLiteral("SA")
                                                 << QStringLiteral("not a valid phone number "
                                                                   "in SA");
    QTest::newRow("national without trunk prefix, no region")
        << QStringLiteral("4155552671") << QString()
        << QStringLiteral("too short");
}

void TestPhoneNumber::refusesInvalidInput()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, error);
    const PhoneParse parsed = normalizePhone(input, region);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.e164.isEmpty());
    QCOMPARE(parsed.error, error);
}

void TestPhoneNumber::internationalReadingWinsOverNational()
{
    // "4155552671" with region US: international reading (+41 Switzerland) is not valid,
    // so the national reading is used...
    QCOMPARE(normalizePhone(QStringLiteral("4155552671"), QStringLiteral("US")).e164,
             QStringLiteral("+14155552671"));
    // ...while digits that are a valid number with their country code stay that number
    // whatever the default region.
    QCOMPARE(normalizePhone(QStringLiteral("14155552671"), QStringLiteral("SA")).e164,
             QStringLiteral("+14155552671"));
    // With '+' the national reading is never tried.
    QVERIFY(!normalizePhone(QStringLiteral("+4155552671"), QStringLiteral("US")).ok());
}

void TestPhoneNumber::unknownRegionIsIgnored()
{
    for (const QString &region : {QStringLiteral("ZZ"), QStringLiteral("XX"),
                                  QStringLiteral("001"), QStringLiteral("SAU")}) {
        const PhoneParse parsed = normalizePhone(QStringLiteral("0501234567"), region);
        QVERIFY2(!parsed.ok(), qPrintable(region));
        QCOMPARE(parsed.error, QStringLiteral("missing country code"));
    }
    // A bad region does not spoil an international number.
    QCOMPARE(normalizePhone(QStringLiteral("966501234567"), QStringLiteral("XX")).e164,
             QStringLiteral("+966501234567"));
}

void TestPhoneNumber::okNeedsNumberAndNoError()
{
    const PhoneParse good{QStringLiteral("+966501234567"), QString()};
    const PhoneParse empty;
    const PhoneParse contradictory{QStringLiteral("+966501234567"), QStringLiteral("x")};
    QVERIFY(good.ok());
    QVERIFY(!empty.ok());
    QVERIFY(!contradictory.ok());
}

void TestPhoneNumber::masks_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");
    QTest::newRow("SPEC example") << QStringLiteral("+966512345123")
                                  << QStringLiteral("+9665*****123");
    QTest::newRow("DE 13 digits") << QStringLiteral("+4915123456789")
                                  << QStringLiteral("+4915******789");
    QTest::newRow("US 11 digits") << QStringLiteral("+14155552671")
                                  << QStringLiteral("+1415****671");
    QTest::newRow("8 digits: one hidden") << QStringLiteral("+12345678")
                                          << QStringLiteral("+1234*678");
    QTest::newRow("7 digits: last 2 shown") << QStringLiteral("+1234567")
                                            << QStringLiteral("+*****67");
    QTest::newRow("3 digits") << QStringLiteral("+123") << QStringLiteral("+*23");
    QTest::newRow("2 digits: all hidden") << QStringLiteral("+12") << QStringLiteral("+**");
    QTest::newRow("no plus") << QStringLiteral("966512345123")
                             << QStringLiteral("9665*****123");
    QTest::newRow("empty") << QString() << QString();
}

void TestPhoneNumber::masks()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(maskPhone(input), masked);
}

void TestPhoneNumber::digitsOnlyStripsEverythingButDigits()
{
    QCOMPARE(digitsOnly(QStringLiteral("+966501234567")), QStringLiteral("966501234567"));
    QCOMPARE(digitsOnly(QStringLiteral("+1 (415) 555-2671")), QStringLiteral("14155552671"));
    QCOMPARE(digitsOnly(QString()), QString());
}

// The E.164 fast path must agree with libphonenumber's full parser, number for number:
// random national numbers behind real country codes, valid or not.
void TestPhoneNumber::fastPathAgreesWithTheFullParser()
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const int codes[] = {1, 7, 20, 27, 33, 34, 39, 44, 49, 52, 55, 61, 81, 86, 90, 91, 212, 234,
                         353, 358, 380, 880, 962, 966, 971, 972, 974, 998};
    QRandomGenerator random(20261127);
    int valid = 0;
    for (int i = 0; i < 20000; ++i) {
        const int code = codes[random.bounded(int(std::size(codes)))];
        QString national = QString::number(1 + random.bounded(9));
        const int length = 5 + random.bounded(9);
        while (national.size() < length)
            national += QString::number(random.bounded(10));
        const QString e164 = QLatin1Char('+') + QString::number(code) + national;

        PhoneNumber number;
        QString expected;
        if (util.Parse(e164.toStdString(), "ZZ", &number) == PhoneNumberUtil::NO_PARSING_ERROR
            && util.IsValidNumber(number)) {
            std::string formatted;
            util.Format(number, PhoneNumberUtil::E164, &formatted);
            expected = QString::fromStdString(formatted);
        }
        const PhoneParse ours = normalizePhone(e164, {});
        QCOMPARE(ours.ok(), !expected.isEmpty());
        if (ours.ok()) {
            QCOMPARE(ours.e164, expected);
            ++valid;
        }
    }
    QVERIFY2(valid > 1000, "the sample must contain plenty of valid numbers");
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "test_phone_number.moc"
