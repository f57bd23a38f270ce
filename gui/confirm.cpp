#include "confirm.h"

#include <QMessageBox>

namespace wag {

bool confirmDestructive(QWidget *parent, const QString &title, const QString &question)
{
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
        == QMessageBox::Yes;
}

} // namespace wag
