#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QMessageBox;

namespace wag {

// Why the window's gateway did not start, told in a dialog: started from the desktop's
// menu, nobody sees the terminal where the reason is also written. The reason as the log
// gives it, and what to do about the usual causes.
class StartupFailure
{
    Q_DECLARE_TR_FUNCTIONS(wag::StartupFailure)
public:
    enum class Cause {
        AddressTaken,   // the listen address is in use: often the WhatsApp Gateway service
        AlreadyRunning, // another gateway holds this data folder
        Other,
    };

    static std::unique_ptr<QMessageBox> box(Cause cause, const QString &reason);
    static void show(Cause cause, const QString &reason); // modal; returns when closed
};

} // namespace wag
