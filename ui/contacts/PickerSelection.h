#pragma once
// What a people picker hands back: people chosen one by one and units chosen whole. Units stay
// units (not expanded into people here): the server expands them when the message, DING or
// approval is sent, so a unit of thousands costs one entry.
#include "contacts/DirectoryProtocol.h"

#include <QList>

namespace zt::ui {

struct PickerSelection {
    QList<contacts::PersonInfo> people;
    QList<contacts::NodeInfo> units;

    // People plus every unit's memberCount. An upper bound: someone chosen alone may also be a
    // member of a chosen unit, and a chosen department may lie inside a chosen unit; only the
    // server, expanding the units, knows the exact number.
    int estimatedCount() const;
    bool isEmpty() const { return people.isEmpty() && units.isEmpty(); }
};

} // namespace zt::ui
