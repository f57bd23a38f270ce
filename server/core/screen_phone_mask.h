#pragma once

#include <QString>

namespace wag {

// Logs on a shared screen show numbers masked ("+1415•••2671"): enough to tell contacts
// apart, not enough to read a customer's number over a shoulder. Unlike maskPhone() (for
// log files) it keeps the last four digits, the part people quote on the phone, and the
// mask has one length, so it does not give away how long the number is. Short or odd input
// keeps only its last four characters visible. The desktop window and the portal's log
// pages both mask with this, so a number looks the same on either screen.
QString maskPhoneForScreen(const QString &phone);

} // namespace wag
