#include "SqliteSchema.h"

namespace zt::server {

const store::Schema& serverSchema() {
    static const store::Schema schema{1,
                                      QStringLiteral(R"sql(
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  head_seq INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sessions (
  token_hash BLOB PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  expires_at INTEGER NOT NULL,
  device TEXT,
  created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_by_user ON sessions(user_id);
CREATE TABLE events (
  user_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  time INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (user_id, seq)
) WITHOUT ROWID;
CREATE TABLE applied_writes (
  user_id INTEGER NOT NULL,
  cid TEXT NOT NULL,
  result BLOB NOT NULL,
  time INTEGER NOT NULL,
  PRIMARY KEY (user_id, cid)
) WITHOUT ROWID;
CREATE TABLE direct_messages (
  id INTEGER PRIMARY KEY,
  sender INTEGER NOT NULL REFERENCES users(id),
  recipient INTEGER NOT NULL REFERENCES users(id),
  cid TEXT NOT NULL,
  text TEXT NOT NULL,
  time INTEGER NOT NULL
);
)sql"),
                                      {}};
    return schema;
}

} // namespace zt::server
