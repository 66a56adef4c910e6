#include "PickerSelection.h"

#include <limits>

namespace zt::ui {

int PickerSelection::estimatedCount() const {
    qint64 total = people.size(); // summed wide: a few province-sized units would overflow int
    for (const contacts::NodeInfo& unit : units)
        total += qMax(0, unit.memberCount);
    return int(qMin<qint64>(total, std::numeric_limits<int>::max()));
}

} // namespace zt::ui
