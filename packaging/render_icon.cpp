// wag-render-icon DIR: writes the product icon (drawn in code, gui/app_icon.cpp) as
// DIR/<N>x<N>/apps/whatsapp-gateway.png for every size the window itself uses, the layout
// of the hicolor icon theme. packaging/build-deb.sh runs it for the .desktop file's icon.
#include "gui/app_icon.h"

#include <QDir>
#include <QGuiApplication>
#include <QPixmap>
#include <QTextStream>

int main(int argc, char **argv)
{
    // No display needed: the offscreen platform paints the same pixels.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        QTextStream(stderr) << "usage: wag-render-icon DIR" << Qt::endl;
        return 2;
    }
    const QIcon icon = wag::appIcon();
    const QDir root(arguments.at(1));
    for (const QSize &size : icon.availableSizes()) {
        const QString folder = QStringLiteral("%1x%2/apps").arg(size.width()).arg(size.height());
        const QString file = root.filePath(folder + QStringLiteral("/whatsapp-gateway.png"));
        if (!root.mkpath(folder) || !icon.pixmap(size).save(file, "PNG")) {
            QTextStream(stderr) << "wag-render-icon: cannot write " << file << Qt::endl;
            return 1;
        }
    }
    return 0;
}
