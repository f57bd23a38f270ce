#pragma once

#include <QIcon>

namespace wag {

enum class TrayState { Running, Stopped };

// The product icon, drawn rather than shipped as a bitmap so it is crisp at every size
// and can show the gateway's state (green running, grey stopped).
QIcon appIcon(TrayState state = TrayState::Running);

} // namespace wag
