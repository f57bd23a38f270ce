#include "startup_failure.h"

#include <QMessageBox>

namespace wag {

std::unique_ptr<QMessageBox> StartupFailure::box(Cause cause, const QString &reason)
{
    QString advice;
    switch (cause) {
    case Cause::AddressTaken:
        advice = tr("It cannot listen on its address, usually because another program uses it. If the "
                    "WhatsApp Gateway service runs on this computer, the window cannot run next to it: "
                    "use the service's web portal, or stop the service (sudo systemctl disable --now "
                    "whatsapp-gateway). Otherwise start the window with another address, e.g. "
                    "whatsapp-gateway --listen 127.0.0.1:8481.");
        break;
    case Cause::AlreadyRunning:
        advice = tr("WhatsApp Gateway is already running for this data folder. Look for its icon in the "
                    "system tray.");
        break;
    case Cause::Other:
        advice = tr("The reason is below. Nothing was changed.");
        break;
    }
    auto box = std::make_unique<QMessageBox>(QMessageBox::Critical, tr("WhatsApp Gateway could not start"),
                                             advice, QMessageBox::Close);
    box->setInformativeText(reason);
    box->setObjectName(QStringLiteral("startupFailure"));
    return box;
}

void StartupFailure::show(Cause cause, const QString &reason)
{
    box(cause, reason)->exec();
}

} // namespace wag
