#include "ClientSchema.h"
#include "approval/ApprovalSchema.h"
#include "chat/ChatSchema.h"
#include "files/FileSchema.h"

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

// Version 3: the local copy of the directory (what the user browsed, found, starred or used).
const char* const kDirectoryV3 = R"sql(
CREATE TABLE dir_nodes (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER NOT NULL,
  kind INTEGER NOT NULL,
  level INTEGER NOT NULL,
  name TEXT NOT NULL,
  member_count INTEGER NOT NULL,
  child_count INTEGER NOT NULL
);
CREATE TABLE dir_people (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE TABLE dir_children (
  parent_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  node_id INTEGER,
  person_id INTEGER,
  PRIMARY KEY (parent_id, position)
) WITHOUT ROWID;
CREATE TABLE dir_listed (
  parent_id INTEGER PRIMARY KEY,
  total INTEGER NOT NULL,
  fetched_at INTEGER NOT NULL
);
CREATE TABLE dir_starred (
  person_id INTEGER PRIMARY KEY,
  added_at INTEGER NOT NULL
);
CREATE TABLE dir_recent (
  person_id INTEGER PRIMARY KEY,
  used_at INTEGER NOT NULL
);
CREATE INDEX dir_recent_by_time ON dir_recent(used_at);
CREATE VIRTUAL TABLE dir_people_fts USING fts4(tokens, prefix="1,2,3", matchinfo=fts3);
)sql";

// Version 4: who sits where, so a listing of the synced region can be rebuilt locally after a
// change (delta sync) instead of being thrown away.
const char* const kDirectoryPositionsV4 = R"sql(
CREATE TABLE dir_positions (
  node_id INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  rank INTEGER NOT NULL,
  PRIMARY KEY (node_id, person_id)
) WITHOUT ROWID;
CREATE INDEX dir_positions_by_person ON dir_positions(person_id);
CREATE INDEX dir_nodes_children ON dir_nodes(parent_id);
)sql";

// Version 6: how often each contact was used, for "frequent contacts" next to "recent".
const char* const kFrequentV6 = R"sql(
ALTER TABLE dir_recent ADD COLUMN uses INTEGER NOT NULL DEFAULT 1;
CREATE INDEX dir_recent_by_uses ON dir_recent(uses);
)sql";

} // namespace

const store::Schema& clientSchema() {
    static const store::Schema schema{
        9,
        QString::fromUtf8(kCoreV1) + QString::fromUtf8(kMessagesV2) +
            QString::fromUtf8(kDirectoryV3) + QString::fromUtf8(kDirectoryPositionsV4) +
            QString::fromUtf8(approval::clientSchemaV5()) + QString::fromUtf8(kFrequentV6) +
            QString::fromUtf8(chat::clientSchemaV7()) +
            QString::fromUtf8(approval::clientSchemaV8()) +
            QString::fromUtf8(files::clientSchemaV9()),
        {[](store::Database& db) { db.exec(QString::fromUtf8(kMessagesV2)); },
         [](store::Database& db) { db.exec(QString::fromUtf8(kDirectoryV3)); },
         [](store::Database& db) { db.exec(QString::fromUtf8(kDirectoryPositionsV4)); },
         [](store::Database& db) { db.exec(QString::fromUtf8(approval::clientSchemaV5())); },
         [](store::Database& db) { db.exec(QString::fromUtf8(kFrequentV6)); },
         [](store::Database& db) { db.exec(QString::fromUtf8(chat::clientSchemaV7())); },
         [](store::Database& db) { db.exec(QString::fromUtf8(approval::clientSchemaV8())); },
         [](store::Database& db) { db.exec(QString::fromUtf8(files::clientSchemaV9())); }}};
    return schema;
}

// Version 1 alone, for the migration test.
const char* clientSchemaV1() {
    return kCoreV1;
}

} // namespace zt::core
