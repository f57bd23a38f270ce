#pragma once

#include <QString>

namespace wag {

// The outcome of normalizing a phone number typed by a person or sent by an API caller:
// the E.164 form ("+966501234567") or a short sentence saying why there is none.
struct PhoneParse
{
    QString e164;
    QString error;

    bool ok() const { return !e164.isEmpty() && error.isEmpty(); }
};

// Normalizes `input` to E.164 with libphonenumber; the result is always a number that
// libphonenumber considers valid (IsValidNumber), not merely possible.
//
// Accepted, after removing spaces, dashes, dots and parentheses:
//  - "+" followed by the country code and number ("+966 50 123 4567");
//  - digits only, read as country code + number ("966501234567"), because that is what
//    the send API documents; a leading "00" (the international access code most of the
//    world dials) is read the same way;
//  - a national number ("050 123 4567") only when `defaultRegion` is a valid ISO region
//    code ("SA", "DE"), and only if the digits do not already form a valid
//    international number (the API contract's reading wins).
// Refused: empty input, more than 32 characters, letters (libphonenumber would otherwise
// turn vanity numbers like "1-800-FLOWERS" into digits), any other character.
PhoneParse normalizePhone(const QString &input, const QString &defaultRegion = QString());

// True for an ISO region code libphonenumber knows ("SA", "de"); false for "ZZ", "001", "".
bool isKnownPhoneRegion(const QString &region);

// For logs and screens where the viewer does not need the whole number: keeps "+", the
// first 4 and the last 3 digits ("+966512345123" -> "+9665*****123"). Numbers with fewer
// than 8 digits keep only their last 2 digits, so a mask never shows the whole number;
// anything that is not a digit (or the leading "+") is dropped.
QString maskPhone(const QString &e164);

// "+966501234567" -> "966501234567": the form providers such as Evolution API expect.
QString digitsOnly(const QString &e164);

} // namespace wag
