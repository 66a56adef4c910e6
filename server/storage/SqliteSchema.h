#pragma once
#include "store/Migrator.h"

namespace zt::server {
const store::Schema& serverSchema();
// Pinyin prefix keys of a unit or division name (schema v5 nodes_pinyin).
void indexNodePinyin(store::Database& db, qint64 id, int level, const QString& name);
void unindexNodePinyin(store::Database& db, qint64 id, int level, const QString& name);
// The DDL of version 1 alone, so tests can start from an old database.
const char* serverSchemaV1();
} // namespace zt::server
