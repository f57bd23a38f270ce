#pragma once

#include "html.h"

#include <QCoreApplication>

namespace wag {
struct InstanceRecord;
}

namespace wag::portal {

// The two parts of an instance's Connection tab that change on their own, while the page is
// open: its status (state, paused, Demo, linked phone) and its QR code. The page renders them
// here, and the live updates (live_updates.h) push exactly these renderings when the
// instance service reports a change; portal-live.js swaps the element with the same marker
// (data-instance-status / data-qr and the instance id).
class InstanceConnectionView
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::InstanceConnectionView)
public:
    // <div class="instance-status" data-instance-status="id">: badges, what the state means
    // for the person at the screen (the desktop window's words), linked phone masked.
    static Html status(const InstanceRecord &instance);
    // <div class="qr-code" data-qr="id">: the QR code as an inline PNG (a data: URI, which
    // the page policy's img-src allows) while there is one to scan, else why there is none.
    static Html qrBlock(const InstanceRecord &instance, const QString &qrText);
};

} // namespace wag::portal
