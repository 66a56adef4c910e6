#pragma once
#include "store/Migrator.h"

namespace zt::server {
const store::Schema& serverSchema();
}
