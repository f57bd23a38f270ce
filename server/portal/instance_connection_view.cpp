#include "instance_connection_view.h"

#include "core/qr_code.h"
#include "instances_controller.h"
#include "storage/instance_store.h"

namespace wag::portal {

namespace {

QString stateDescription(const InstanceRecord &instance)
{
    QString text;
    switch (instance.state) {
    case InstanceState::Open:
        text = InstanceConnectionView::tr("Connected: the phone is linked and messages go out.");
        break;
    case InstanceState::Connecting:
        // A linked phone reconnecting (a restart, a lost connection) needs no scan.
        text = instance.linkedPhone.isEmpty()
            ? InstanceConnectionView::tr(
                  "Waiting for the phone: open WhatsApp, Linked devices, Link a device, and scan the code.")
            : InstanceConnectionView::tr("Reconnecting to the linked phone…");
        break;
    case InstanceState::Close:
        text = InstanceConnectionView::tr("Not connected. Press Connect to link a phone.");
        break;
    }
    if (instance.provider == u"simulator")
        text += QLatin1Char(' ')
            + InstanceConnectionView::tr("(Demo: the built-in simulator, no real WhatsApp account.)");
    return text;
}

} // namespace

Html InstanceConnectionView::status(const InstanceRecord &instance)
{
    const QString paused = !instance.paused              ? tr("no")
        : instance.pausedReason.isEmpty()                ? tr("yes")
                                                         : tr("yes — %1").arg(instance.pausedReason);
    return Html::fill(R"(<div class="instance-status" data-instance-status="%1"><p>%2</p><p>%3</p>)"
                      R"(<dl class="facts"><dt>%4</dt><dd class="phone">%5</dd><dt>%6</dt><dd>%7</dd>)"
                      R"(<dt>%8</dt><dd>%9</dd></dl></div>)",
                      {instance.id, InstancesController::badges(instance), stateDescription(instance),
                       tr("Linked phone"), InstancesController::maskedPhone(instance), tr("Paused"), paused,
                       tr("Last reason given by the provider"),
                       instance.stateReason.isEmpty() ? tr("none") : instance.stateReason});
}

Html InstanceConnectionView::qrBlock(const InstanceRecord &instance, const QString &qrText)
{
    const QByteArray dataUrl = instance.state == InstanceState::Connecting && !qrText.isEmpty()
        ? qrCodePngDataUrl(qrText)
        : QByteArray();
    if (dataUrl.isEmpty()) {
        const QString why = instance.state == InstanceState::Open ? tr("Linked — no QR code needed.")
            : instance.state == InstanceState::Close             ? tr("No QR code: the instance is not connecting.")
                                                                 : tr("No QR code yet.");
        return Html::fill(R"(<div class="qr-code" data-qr="%1"><p class="empty">%2</p></div>)", {instance.id, why});
    }
    return Html::fill(R"(<div class="qr-code" data-qr="%1"><img src="%2" alt="%3"><p class="help">%4</p></div>)",
                      {instance.id, QString::fromLatin1(dataUrl), tr("QR code to link the phone"),
                       tr("Scan with WhatsApp on the phone: Linked devices, Link a device. "
                          "The code changes from time to time; this page shows the current one.")});
}

} // namespace wag::portal
