#include "ClientSchema.h"

namespace zt::core {
namespace {

const char* const kMessagesV2 = R"sql(
CREATE TABLE messages (
  local_id INTEGER PRIMARY KEY,
  cid TEXT,
  server_id INTEGER UNIQUE,
  peer INTEGER NOT NULL,
  sender INTEGER NOT NULL,
  text TEXT NOT NULL,
  time INTEGER NOT NULL,
  state INTEGER NOT NULL,
  UNIQUE (sender, cid)
);
CREATE INDEX messages_by_peer ON messages(peer, server_id);
)sql";

const char* const kCoreV1 = R"sql(
CREATE TABLE kv (
  key TEXT PRIMARY KEY,
  value BLOB
) WITHOUT ROWID;
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  cid TEXT NOT NULL UNIQUE,
  op TEXT NOT NULL,
  args BLOB NOT NULL,
  state INTEGER NOT NULL DEFAULT 0,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at INTEGER NOT NULL
);
)sql";

} // namespace

const store::Schema& clientSchema() {
    static const store::Schema schema{
        2, QString::fromUtf8(kCoreV1) + QString::fromUtf8(kMessagesV2), {[](store::Database& db) {
            db.exec(QString::fromUtf8(kMessagesV2));
        }}};
    return schema;
}

// Version 1 alone, for the migration test.
const char* clientSchemaV1() {
    return kCoreV1;
}

} // namespace zt::core
