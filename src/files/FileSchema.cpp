#include "FileSchema.h"

namespace zt::files {

// file_entries.state: FileCache::State. stored counts the bytes in file_blocks (contiguous from
// 0); sent the bytes the server acknowledged (uploads). conv: the conversation an upload's
// message goes to. follow_*: the write queued once an upload ended (op, its args as JSON, and the
// member that receives the file's id). used: last use, for eviction of downloaded copies.
const char* clientSchemaV9() {
    return R"sql(
ALTER TABLE chat_messages ADD COLUMN file_meta TEXT NOT NULL DEFAULT '';
ALTER TABLE dings ADD COLUMN attachment_meta TEXT NOT NULL DEFAULT '';
CREATE TABLE file_entries (
  id INTEGER PRIMARY KEY,
  file_id INTEGER UNIQUE,
  cid TEXT UNIQUE,
  name TEXT NOT NULL,
  size INTEGER NOT NULL,
  mime TEXT NOT NULL DEFAULT '',
  sha256 BLOB NOT NULL,
  thumb BLOB,
  stored INTEGER NOT NULL DEFAULT 0,
  sent INTEGER NOT NULL DEFAULT 0,
  state INTEGER NOT NULL,
  error TEXT NOT NULL DEFAULT '',
  conv INTEGER NOT NULL DEFAULT 0,
  follow_op TEXT NOT NULL DEFAULT '',
  follow_args TEXT NOT NULL DEFAULT '',
  follow_key TEXT NOT NULL DEFAULT '',
  used INTEGER NOT NULL
);
CREATE INDEX file_entries_by_state ON file_entries(state);
CREATE TABLE file_blocks (
  entry INTEGER NOT NULL,
  offset INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (entry, offset)
);
)sql";
}

} // namespace zt::files
