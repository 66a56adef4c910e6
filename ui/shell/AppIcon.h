#pragma once
// The application icon, drawn in code so that it is sharp at every device pixel ratio and needs
// no image files in the repository yet.
#include <QIcon>

namespace zt::ui {

QIcon appIcon(int badge = 0);

} // namespace zt::ui
