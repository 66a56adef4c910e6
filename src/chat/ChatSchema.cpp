#include "ChatSchema.h"

namespace zt::chat {

// Messages: seq is NULL while the server has not numbered a message yet (pending or failed);
// display order is seq, then pending ones by local_id. history_floor: the oldest seq the server
// will ever give this member (learnt when a history page says "no more"; 0: not known yet), so
// paging backwards stops there instead of asking the server again.
const char* clientSchemaV7() {
    return R"sql(
CREATE TABLE conversations (
  id INTEGER PRIMARY KEY,
  kind INTEGER NOT NULL DEFAULT 1,
  name TEXT NOT NULL DEFAULT '',
  announcement TEXT NOT NULL DEFAULT '',
  owner INTEGER NOT NULL DEFAULT 0,
  admins TEXT NOT NULL DEFAULT '',
  member_count INTEGER NOT NULL DEFAULT 0,
  peer INTEGER NOT NULL DEFAULT 0,
  role INTEGER NOT NULL DEFAULT 0,
  muted INTEGER NOT NULL DEFAULT 0,
  pinned INTEGER NOT NULL DEFAULT 0,
  last_read INTEGER NOT NULL DEFAULT 0,
  last_seq INTEGER NOT NULL DEFAULT 0,
  unread INTEGER NOT NULL DEFAULT 0,
  mentioned INTEGER NOT NULL DEFAULT 0,
  activity INTEGER NOT NULL DEFAULT 0,
  member INTEGER NOT NULL DEFAULT 1,
  history_floor INTEGER NOT NULL DEFAULT 0,
  detail_fetched INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversations_order ON conversations(pinned, activity);
CREATE TABLE conv_members (
  conv INTEGER NOT NULL,
  user INTEGER NOT NULL,
  role INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (conv, user)
) WITHOUT ROWID;
CREATE TABLE conv_read_marks (
  conv INTEGER NOT NULL,
  user INTEGER NOT NULL,
  up_to INTEGER NOT NULL,
  PRIMARY KEY (conv, user)
) WITHOUT ROWID;
CREATE TABLE chat_messages (
  local_id INTEGER PRIMARY KEY,
  conv INTEGER NOT NULL,
  seq INTEGER,
  sender INTEGER NOT NULL,
  cid TEXT NOT NULL,
  kind INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL DEFAULT '',
  file_ref TEXT NOT NULL DEFAULT '',
  reply_to INTEGER NOT NULL DEFAULT 0,
  mentions TEXT NOT NULL DEFAULT '',
  time INTEGER NOT NULL,
  recalled INTEGER NOT NULL DEFAULT 0,
  state INTEGER NOT NULL DEFAULT 1,
  error TEXT NOT NULL DEFAULT '',
  UNIQUE (conv, seq),
  UNIQUE (sender, cid)
);
CREATE INDEX chat_messages_pending ON chat_messages(conv, state) WHERE seq IS NULL;
CREATE TABLE chat_drafts (
  conv INTEGER PRIMARY KEY,
  text TEXT NOT NULL,
  updated INTEGER NOT NULL
);
CREATE VIRTUAL TABLE chat_fts USING fts4(tokens, matchinfo=fts3);
CREATE TABLE dings (
  local_id INTEGER PRIMARY KEY,
  id INTEGER UNIQUE,
  cid TEXT NOT NULL DEFAULT '',
  sender INTEGER NOT NULL,
  text TEXT NOT NULL,
  attachment TEXT NOT NULL DEFAULT '',
  conv INTEGER NOT NULL DEFAULT 0,
  seq INTEGER NOT NULL DEFAULT 0,
  sent INTEGER NOT NULL DEFAULT 0,
  round INTEGER NOT NULL DEFAULT 0,
  due INTEGER NOT NULL DEFAULT 0,
  recipients INTEGER NOT NULL DEFAULT 0,
  mine INTEGER NOT NULL DEFAULT 0,
  read INTEGER NOT NULL DEFAULT 0,
  confirmed INTEGER NOT NULL DEFAULT 0,
  acked INTEGER NOT NULL DEFAULT 0,
  state INTEGER NOT NULL DEFAULT 1,
  error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dings_open ON dings(mine, confirmed);
CREATE TABLE ding_recipients (
  ding INTEGER NOT NULL,
  user INTEGER NOT NULL,
  delivered INTEGER NOT NULL DEFAULT 0,
  read INTEGER NOT NULL DEFAULT 0,
  confirmed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (ding, user)
) WITHOUT ROWID;
)sql";
}

} // namespace zt::chat
