#include "ApprovalSchema.h"

namespace zt::approval {

namespace {

// approval_docs: one row per document the user has seen. summary/detail are the wire JSON of
//   approval.list and approval.get (detail NULL until opened); the workflow columns are copies
//   for ordering. offline = 1 pins the body ("available offline").
// approval_inbox: the last server listing of each view, in server order.
// approval_stale: documents an approval.updated event named, until they are fetched again.
// approval_bodies: PDF bytes, only after their hash matched the document's signed body hash.
// approval_pending: acts signed here and queued in the outbox, not yet settled (optimistic).
// approval_own_keys: the user's signing keys; private_pem is NULL when the key is in the OS
//   keychain, otherwise it lives here, inside the SQLCipher file (see ApprovalKeys.h).
//   published: 0 not yet, 1 queued in the outbox, 2 accepted by the server.
const char* const kApprovalV5 = R"sql(
CREATE TABLE approval_docs (
  id INTEGER PRIMARY KEY,
  summary BLOB NOT NULL,
  state INTEGER NOT NULL,
  current_step INTEGER NOT NULL,
  version INTEGER NOT NULL,
  updated INTEGER NOT NULL,
  detail BLOB,
  offline INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE approval_inbox (
  view INTEGER NOT NULL,
  position INTEGER NOT NULL,
  doc INTEGER NOT NULL,
  PRIMARY KEY (view, position)
) WITHOUT ROWID;
CREATE TABLE approval_stale (
  doc INTEGER PRIMARY KEY,
  version INTEGER NOT NULL
);
CREATE TABLE approval_bodies (
  doc INTEGER PRIMARY KEY,
  data BLOB NOT NULL,
  fetched_at INTEGER NOT NULL
);
CREATE TABLE approval_pending (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  cid TEXT NOT NULL UNIQUE,
  doc INTEGER NOT NULL,
  args BLOB NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX approval_pending_by_doc ON approval_pending(doc);
CREATE TABLE approval_own_keys (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  fingerprint BLOB NOT NULL UNIQUE,
  algorithm TEXT NOT NULL,
  public_pem BLOB NOT NULL,
  private_pem BLOB,
  published INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
)sql";

// approval_pending_marks: approval.annotate writes queued in the outbox and not yet settled
//   (args: the wire JSON), shown at once as pending annotations (or pending removals).
// approval_seal_images: seal PNGs by (user, SHA-256): the user's own and those fetched for the
//   placements in a history (approval.seal).
// approval_own_seals: the user's seal images, newest last (the current one);
//   published: 0 not yet, 1 queued in the outbox, 2 accepted by the server.
const char* const kApprovalMarksV8 = R"sql(
CREATE TABLE approval_pending_marks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  cid TEXT NOT NULL UNIQUE,
  doc INTEGER NOT NULL,
  args BLOB NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX approval_pending_marks_by_doc ON approval_pending_marks(doc);
CREATE TABLE approval_seal_images (
  user INTEGER NOT NULL,
  hash BLOB NOT NULL,
  png BLOB NOT NULL,
  PRIMARY KEY (user, hash)
) WITHOUT ROWID;
CREATE TABLE approval_own_seals (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  hash BLOB NOT NULL UNIQUE,
  published INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
)sql";

} // namespace

const char* clientSchemaV8() {
    return kApprovalMarksV8;
}

const char* clientSchemaV5() {
    return kApprovalV5;
}

} // namespace zt::approval
