#pragma once
#include "store/Migrator.h"

namespace zt::server {
const store::Schema& serverSchema();
// The DDL of version 1 alone, so tests can start from an old database.
const char* serverSchemaV1();
} // namespace zt::server
