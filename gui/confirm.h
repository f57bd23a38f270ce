#pragma once

#include <QString>

class QWidget;

namespace wag {

// Asks before something that cannot be undone (delete an instance, revoke a key). The
// default button is No, so a stray Enter does not destroy anything.
bool confirmDestructive(QWidget *parent, const QString &title, const QString &question);

} // namespace wag
