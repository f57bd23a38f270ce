#pragma once

#include "html.h"

#include <QCoreApplication>

namespace wag {
struct SendAnswer;
}

namespace wag::portal {

// The Test send tab's form and the answer shown under it. The send itself goes through
// SendService::sendAsPerson (the guard, the message log, the pacing queue, the provider),
// as the desktop window's test send does; the words here are the window's too.
class InstanceTestSendView
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::InstanceTestSendView)
public:
    struct Typed
    {
        QString phone;
        QString message;
        QString purpose; // one of allowedPurposes(); anything else selects the default
    };
    // POSTs to `action`; what was typed fills the fields again.
    static Html form(const QString &action, const QByteArray &csrfToken, const Typed &typed);
    // "Sent …" / "Queued …", or the guard's code and message ("Refused (invalid_phone): …").
    static Html outcome(const QString &instanceName, const SendAnswer &answer);
    static bool succeeded(const SendAnswer &answer);
};

} // namespace wag::portal
