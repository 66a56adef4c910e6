#pragma once
#include "store/Migrator.h"

namespace zt::core {
// The client database schema: version 1 had the sync state and outbox; version 2 added
// messages; version 3 the local copy of the directory; version 4 directory positions;
// version 5 document approval (approval/ApprovalSchema.cpp).
const store::Schema& clientSchema();
// The DDL of version 1 alone, so tests can start from an old database.
const char* clientSchemaV1();
} // namespace zt::core
