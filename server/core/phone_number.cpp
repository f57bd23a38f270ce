#include "phone_number.h"

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace wag {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr qsizetype kMaxInputLength = 32;

const PhoneNumberUtil &phoneUtil()
{
    // GetInstance() is a process-wide singleton that writes parse failures to stderr;
    // callers' typos are not errors of the gateway, so it is muted once, here. The
    // library takes ownership of the logger.
    static PhoneNumberUtil *const util = [] {
        PhoneNumberUtil *instance = PhoneNumberUtil::GetInstance();
        instance->SetLogger(new i18n::phonenumbers::NullLogger());
        return instance;
    }();
    return *util;
}

PhoneParse failed(const QString &error)
{
    return PhoneParse{QString(), error};
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'.' || c == u'(' || c == u')'
           || c.category() == QChar::Punctuation_Dash;
}

bool isPlus(QChar c)
{
    return c == u'+' || c == QChar(0xFF0B); // fullwidth plus, as phone keyboards type it
}

QString validationError(PhoneNumberUtil::ValidationResult reason)
{
    switch (reason) {
    case PhoneNumberUtil::TOO_SHORT:
        return QStringLiteral("too short");
    case PhoneNumberUtil::TOO_LONG:
        return QStringLiteral("too long");
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return QStringLiteral("unknown country code");
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
    case PhoneNumberUtil::INVALID_LENGTH:
        break;
    }
    return QString();
}

QString parseError(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return QStringLiteral("unknown country code");
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return QStringLiteral("too short");
    case PhoneNumberUtil::TOO_LONG_NSN:
        return QStringLiteral("too long");
    case PhoneNumberUtil::NOT_A_NUMBER:
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    }
    return QStringLiteral("not a phone number");
}

// `text` is ASCII digits, with a leading '+' for the international reading; `region` is
// "ZZ" (unknown) for that reading.
PhoneParse parseWith(const QString &text, const std::string &region, const QString &invalidError)
{
    const PhoneNumberUtil &util = phoneUtil();
    PhoneNumber number;
    const PhoneNumberUtil::ErrorType error = util.Parse(text.toStdString(), region, &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR)
        return failed(parseError(error));
    if (!util.IsValidNumber(number)) {
        // Only a refused number needs the slower length analysis, for a precise reason.
        const QString lengthError = validationError(util.IsPossibleNumberWithReason(number));
        return failed(lengthError.isEmpty() ? invalidError : lengthError);
    }
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    return PhoneParse{QString::fromStdString(e164), QString()};
}

PhoneParse parseInternational(const QString &digits)
{
    return parseWith(QLatin1Char('+') + digits, "ZZ",
                     QStringLiteral("not a valid phone number for any country"));
}

PhoneParse parseNational(const QString &digits, const QString &region)
{
    return parseWith(digits, region.toStdString(),
                     QStringLiteral("not a valid phone number in ") + region);
}

// Empty when `region` is not a region libphonenumber has metadata for ("ZZ", "001",
// "XX", "" all are not).
QString validRegion(const QString &region)
{
    const QString upper = region.trimmed().toUpper();
    if (upper.size() != 2)
        return QString();
    return phoneUtil().GetCountryCodeForRegion(upper.toStdString()) != 0 ? upper : QString();
}

} // namespace

bool isKnownPhoneRegion(const QString &region)
{
    return !validRegion(region).isEmpty();
}

PhoneParse normalizePhone(const QString &input, const QString &defaultRegion)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failed(QStringLiteral("phone number is empty"));
    if (text.size() > kMaxInputLength)
        return failed(QStringLiteral("too long"));
    // Letters first: they are the most common mistake (a name in the phone field) and
    // deserve the most specific answer.
    for (const QChar c : text) {
        if (c.isLetter())
            return failed(QStringLiteral("letters are not allowed"));
    }

    QString digits;
    bool plus = false;
    for (const QChar c : text) {
        if (c.isDigit()) {
            // Any decimal digit (Arabic-Indic, fullwidth...) as people type them.
            digits.append(QLatin1Char(char('0' + c.digitValue())));
        } else if (isPlus(c)) {
            if (plus || !digits.isEmpty())
                return failed(QStringLiteral("'+' is only allowed at the start"));
            plus = true;
        } else if (!isSeparator(c)) {
            return failed(QStringLiteral("only digits, spaces, dashes, dots, parentheses and a "
                                         "leading '+' are allowed"));
        }
    }
    if (digits.isEmpty())
        return failed(QStringLiteral("phone number has no digits"));

    if (plus)
        return parseInternational(digits);
    if (digits.startsWith(QLatin1String("00")))
        return parseInternational(digits.mid(2));

    const QString region = validRegion(defaultRegion);
    if (digits.startsWith(QLatin1Char('0'))) {
        // No country code starts with 0: this can only be a national number (trunk prefix).
        if (region.isEmpty())
            return failed(QStringLiteral("missing country code"));
        return parseNational(digits, region);
    }
    const PhoneParse international = parseInternational(digits);
    if (international.ok() || region.isEmpty())
        return international;
    const PhoneParse national = parseNational(digits, region);
    // The API documents "digits with country code", so that reading's error is the one
    // worth reporting when neither reading is valid.
    return national.ok() ? national : international;
}

QString maskPhone(const QString &e164)
{
    const QString text = e164.trimmed();
    const QString digits = digitsOnly(text);
    const qsizetype n = digits.size();
    QString out;
    if (text.startsWith(QLatin1Char('+')))
        out.append(QLatin1Char('+'));
    // Keep first 4 + last 3 only while at least one digit stays hidden.
    const qsizetype head = n >= 8 ? 4 : 0;
    const qsizetype tail = n >= 8 ? 3 : (n > 2 ? 2 : 0);
    out.append(digits.left(head));
    out.append(QString(n - head - tail, QLatin1Char('*')));
    out.append(digits.right(tail));
    return out;
}

QString digitsOnly(const QString &e164)
{
    QString out;
    out.reserve(e164.size());
    for (const QChar c : e164) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
    }
    return out;
}

} // namespace wag
