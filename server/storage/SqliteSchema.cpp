#include "SqliteSchema.h"
#include "contacts/SearchTerms.h"
#include "store/Database.h"

namespace zt::server {

namespace {

// Version 1: accounts, sessions, event streams, idempotent writes, direct messages.
const char* const kCoreV1 = R"sql(
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
)sql";

// Version 2: the directory (organisation tree, people, positions, search indexes).
const char* const kDirectoryV2 = R"sql(
CREATE TABLE org_nodes (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES org_nodes(id),
  kind INTEGER NOT NULL,
  level INTEGER NOT NULL,
  code TEXT,
  name TEXT NOT NULL,
  path TEXT NOT NULL,
  hidden INTEGER NOT NULL DEFAULT 0,
  member_count INTEGER NOT NULL DEFAULT 0,
  child_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX org_nodes_children ON org_nodes(parent_id, id);
CREATE INDEX org_nodes_code ON org_nodes(code);
CREATE INDEX org_nodes_hidden ON org_nodes(hidden) WHERE hidden != 0;
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  user_id INTEGER UNIQUE REFERENCES users(id),
  name TEXT NOT NULL,
  mobile TEXT NOT NULL DEFAULT '',
  office_phone TEXT NOT NULL DEFAULT ''
);
CREATE INDEX people_by_name ON people(name);
CREATE TABLE positions (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people(id),
  node_id INTEGER NOT NULL REFERENCES org_nodes(id),
  title TEXT NOT NULL,
  rank INTEGER NOT NULL DEFAULT 0,
  line TEXT NOT NULL DEFAULT '',
  roles INTEGER NOT NULL DEFAULT 0,
  sort INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX positions_by_node ON positions(node_id, rank);
CREATE INDEX positions_by_person ON positions(person_id);
CREATE VIRTUAL TABLE people_fts USING fts4(tokens, prefix="1,2,3", matchinfo=fts3);
CREATE VIRTUAL TABLE people_roles_fts USING fts4(tokens, matchinfo=fts3);
CREATE TABLE people_pinyin (
  key TEXT NOT NULL,
  person_id INTEGER NOT NULL,
  PRIMARY KEY (key, person_id)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE nodes_fts USING fts4(tokens, matchinfo=fts3);
)sql";

// Version 3: directory changes (delta sync) and subtree range scans by path.
const char* const kDirectoryChangesV3 = R"sql(
CREATE TABLE dir_changes (
  version INTEGER PRIMARY KEY,
  kind INTEGER NOT NULL,
  entity_id INTEGER NOT NULL,
  paths TEXT NOT NULL,
  time INTEGER NOT NULL
);
CREATE INDEX org_nodes_path ON org_nodes(path);
)sql";

// Version 4: document approval. Actions are append-only (triggers refuse UPDATE and DELETE);
// participants and pending hold a derived index for the inbox views, rebuilt on every change.
const char* const kApprovalV4 = R"sql(
CREATE TABLE approval_keys (
  fingerprint BLOB PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  public_key TEXT NOT NULL,
  time INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX approval_keys_by_user ON approval_keys(user_id);
CREATE TABLE approval_documents (
  id INTEGER PRIMARY KEY,
  drafter INTEGER NOT NULL REFERENCES users(id),
  title TEXT NOT NULL,
  doc_number TEXT NOT NULL,
  issuing_unit TEXT NOT NULL,
  security_level INTEGER NOT NULL,
  urgency INTEGER NOT NULL,
  body_size INTEGER NOT NULL,
  body_sm3 BLOB NOT NULL,
  body_sha256 BLOB NOT NULL,
  state INTEGER NOT NULL,
  current_step INTEGER NOT NULL,
  version INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX approval_documents_by_drafter ON approval_documents(drafter);
CREATE TABLE approval_bodies (
  document_id INTEGER PRIMARY KEY REFERENCES approval_documents(id),
  data BLOB NOT NULL
);
CREATE TABLE approval_steps (
  document_id INTEGER NOT NULL REFERENCES approval_documents(id),
  idx INTEGER NOT NULL,
  kind INTEGER NOT NULL,
  mode INTEGER NOT NULL,
  PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;
CREATE TABLE approval_assignees (
  document_id INTEGER NOT NULL,
  step_idx INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id),
  PRIMARY KEY (document_id, step_idx, pos)
) WITHOUT ROWID;
CREATE TABLE approval_actions (
  document_id INTEGER NOT NULL REFERENCES approval_documents(id),
  seq INTEGER NOT NULL,
  actor INTEGER NOT NULL REFERENCES users(id),
  step INTEGER NOT NULL,
  action TEXT NOT NULL,
  opinion TEXT NOT NULL,
  time INTEGER NOT NULL,
  algorithm TEXT NOT NULL,
  content_hash BLOB NOT NULL,
  previous_signature BLOB NOT NULL,
  key_fingerprint BLOB NOT NULL REFERENCES approval_keys(fingerprint),
  signature BLOB NOT NULL,
  recorded_at INTEGER NOT NULL,
  PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER approval_actions_no_update BEFORE UPDATE ON approval_actions
BEGIN SELECT RAISE(ABORT, 'approval actions are append-only'); END;
CREATE TRIGGER approval_actions_no_delete BEFORE DELETE ON approval_actions
BEGIN SELECT RAISE(ABORT, 'approval actions are append-only'); END;
CREATE TABLE approval_participants (
  document_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  roles INTEGER NOT NULL,
  PRIMARY KEY (document_id, user_id)
) WITHOUT ROWID;
CREATE INDEX approval_participants_by_user ON approval_participants(user_id, roles);
CREATE TABLE approval_pending (
  user_id INTEGER NOT NULL,
  document_id INTEGER NOT NULL,
  PRIMARY KEY (user_id, document_id)
) WITHOUT ROWID;
CREATE INDEX approval_pending_by_document ON approval_pending(document_id);
)sql";

// Version 5: unit and division names by pinyin prefix in a B-tree, level first, so "zh" finds
// the provincial units at once instead of expanding a prefix over the whole FTS4 vocabulary;
// and each person's position paths on their row, so ranking a search candidate by proximity
// and filtering by region reads one row instead of joining positions and nodes.
const char* const kNodePinyinV5 = R"sql(
CREATE TABLE nodes_pinyin (
  level INTEGER NOT NULL,
  key TEXT NOT NULL,
  node_id INTEGER NOT NULL,
  PRIMARY KEY (level, key, node_id)
) WITHOUT ROWID;
ALTER TABLE people ADD COLUMN paths TEXT NOT NULL DEFAULT '';
)sql";

// Version 6: conversations, their members and messages (seq per conversation, assigned on
// commit), and DINGs with per-recipient progress. direct_messages (v1) stays for chat.send.
const char* const kChatV6 = R"sql(
CREATE TABLE conversations (
  id INTEGER PRIMARY KEY,
  kind INTEGER NOT NULL,
  name TEXT NOT NULL,
  announcement TEXT NOT NULL DEFAULT '',
  owner INTEGER NOT NULL REFERENCES users(id),
  direct_key TEXT UNIQUE,
  last_seq INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE TABLE conv_members (
  conv_id INTEGER NOT NULL REFERENCES conversations(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  role INTEGER NOT NULL DEFAULT 0,
  muted INTEGER NOT NULL DEFAULT 0,
  pinned INTEGER NOT NULL DEFAULT 0,
  last_read_seq INTEGER NOT NULL DEFAULT 0,
  joined_seq INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (conv_id, user_id)
) WITHOUT ROWID;
CREATE INDEX conv_members_by_user ON conv_members(user_id, conv_id);
CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  conv_id INTEGER NOT NULL REFERENCES conversations(id),
  seq INTEGER NOT NULL,
  sender INTEGER NOT NULL REFERENCES users(id),
  cid TEXT NOT NULL,
  kind INTEGER NOT NULL,
  text TEXT NOT NULL,
  file_ref TEXT NOT NULL DEFAULT '',
  reply_to INTEGER NOT NULL DEFAULT 0,
  mentions TEXT NOT NULL DEFAULT '',
  time INTEGER NOT NULL,
  recalled INTEGER NOT NULL DEFAULT 0,
  UNIQUE (conv_id, seq),
  UNIQUE (sender, cid)
);
CREATE TABLE dings (
  id INTEGER PRIMARY KEY,
  sender INTEGER NOT NULL REFERENCES users(id),
  cid TEXT NOT NULL,
  text TEXT NOT NULL,
  attachment TEXT NOT NULL DEFAULT '',
  conv_id INTEGER NOT NULL DEFAULT 0,
  msg_seq INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  due_at INTEGER NOT NULL,
  sent_at INTEGER NOT NULL DEFAULT 0,
  last_sent_at INTEGER NOT NULL DEFAULT 0,
  round INTEGER NOT NULL DEFAULT 0,
  UNIQUE (sender, cid)
);
CREATE INDEX dings_due ON dings(due_at) WHERE sent_at = 0;
CREATE INDEX dings_by_sender ON dings(sender, created_at);
CREATE TABLE ding_recipients (
  ding_id INTEGER NOT NULL REFERENCES dings(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  delivered_at INTEGER NOT NULL DEFAULT 0,
  read_at INTEGER NOT NULL DEFAULT 0,
  confirmed_at INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (ding_id, user_id)
) WITHOUT ROWID;
CREATE INDEX ding_recipients_by_user ON ding_recipients(user_id, ding_id);
)sql";

// Version 7: people by exact name with their paths in the index itself, so every namesake of a
// common name (张伟: thousands) is read from a few contiguous index pages, not one row each.
const char* const kNameIndexV7 = R"sql(
DROP INDEX people_by_name;
CREATE INDEX people_by_name_paths ON people(name, paths);
)sql";

// Version 8: marks on approval documents. approval_seals: each user's published seal images
// (PNG, named by SHA-256). approval_action_seals: the seal placement an approve act signed, as the
// exact signed text (approval::SealPlacement::signedText), append-only like the actions.
// approval_annotations: notes and highlights; shape is the JSON {"x","y","rects"} of the wire form
// (normalised doubles, rects only for highlights).
const char* const kApprovalMarksV8 = R"sql(
CREATE TABLE approval_seals (
  user_id INTEGER NOT NULL REFERENCES users(id),
  hash BLOB NOT NULL,
  png BLOB NOT NULL,
  time INTEGER NOT NULL,
  PRIMARY KEY (user_id, hash)
) WITHOUT ROWID;
CREATE TABLE approval_action_seals (
  document_id INTEGER NOT NULL REFERENCES approval_documents(id),
  seq INTEGER NOT NULL,
  actor INTEGER NOT NULL REFERENCES users(id),
  seal_hash BLOB NOT NULL,
  placement BLOB NOT NULL,
  PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER approval_action_seals_no_update BEFORE UPDATE ON approval_action_seals
BEGIN SELECT RAISE(ABORT, 'approval actions are append-only'); END;
CREATE TRIGGER approval_action_seals_no_delete BEFORE DELETE ON approval_action_seals
BEGIN SELECT RAISE(ABORT, 'approval actions are append-only'); END;
CREATE TABLE approval_annotations (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES approval_documents(id),
  author INTEGER NOT NULL REFERENCES users(id),
  kind INTEGER NOT NULL,
  page INTEGER NOT NULL,
  shape TEXT NOT NULL,
  text TEXT NOT NULL,
  time INTEGER NOT NULL
);
CREATE INDEX approval_annotations_by_document ON approval_annotations(document_id, id);
)sql";

// Version 9: files. Chunks are kept as uploaded (a rowid table: they are large); file_links
// records the conversations whose messages refer to a file, which decides who may read it.
// messages.file_meta: the file's description (files::FileMeta as JSON) copied at send time.
// approval_attachments: a document's attachments, readable by its participants. A DING's
// attachment (dings.attachment, a file id since v9) is readable by its recipients once sent.
const char* const kFilesV9 = R"sql(
CREATE TABLE files (
  id INTEGER PRIMARY KEY,
  owner INTEGER NOT NULL REFERENCES users(id),
  cid TEXT NOT NULL,
  name TEXT NOT NULL,
  size INTEGER NOT NULL,
  mime TEXT NOT NULL,
  sha256 BLOB NOT NULL,
  thumb BLOB,
  received INTEGER NOT NULL DEFAULT 0,
  complete INTEGER NOT NULL DEFAULT 0,
  time INTEGER NOT NULL,
  UNIQUE (owner, cid)
);
CREATE TABLE file_chunks (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files(id),
  offset INTEGER NOT NULL,
  data BLOB NOT NULL,
  UNIQUE (file_id, offset)
);
CREATE TABLE file_links (
  file_id INTEGER NOT NULL REFERENCES files(id),
  conv_id INTEGER NOT NULL REFERENCES conversations(id),
  PRIMARY KEY (file_id, conv_id)
) WITHOUT ROWID;
ALTER TABLE messages ADD COLUMN file_meta TEXT NOT NULL DEFAULT '';
CREATE TABLE approval_attachments (
  document_id INTEGER NOT NULL REFERENCES approval_documents(id),
  pos INTEGER NOT NULL,
  file_id INTEGER NOT NULL REFERENCES files(id),
  PRIMARY KEY (document_id, pos)
) WITHOUT ROWID;
CREATE INDEX approval_attachments_by_file ON approval_attachments(file_id);
CREATE INDEX dings_by_attachment ON dings(attachment) WHERE attachment <> '';
)sql";

void addNodePinyinV5(store::Database& db) {
    db.exec(QString::fromUtf8(kNodePinyinV5));
    auto nodes = db.prepare(QStringLiteral("SELECT id, level, name FROM org_nodes"));
    while (nodes.next())
        indexNodePinyin(db, nodes.int64(0), int(nodes.int64(1)), nodes.text(2));
    db.exec(QStringLiteral(
        "UPDATE people SET paths = ifnull((SELECT group_concat(n.path) FROM positions pos "
        "JOIN org_nodes n ON n.id = pos.node_id WHERE pos.person_id = people.id), '')"));
}

} // namespace

void indexNodePinyin(store::Database& db, qint64 id, int level, const QString& name) {
    for (const QString& key : contacts::pinyinKeys(name, contacts::NameKind::Place))
        db.prepare(QStringLiteral(
                       "INSERT OR IGNORE INTO nodes_pinyin(level, key, node_id) VALUES(?,?,?)"))
            .bind(1, level)
            .bind(2, key)
            .bind(3, id)
            .run();
}

void unindexNodePinyin(store::Database& db, qint64 id, int level, const QString& name) {
    for (const QString& key : contacts::pinyinKeys(name, contacts::NameKind::Place))
        db.prepare(QStringLiteral("DELETE FROM nodes_pinyin WHERE level=? AND key=? AND node_id=?"))
            .bind(1, level)
            .bind(2, key)
            .bind(3, id)
            .run();
}

const store::Schema& serverSchema() {
    static const store::Schema schema{
        9,
        QString::fromUtf8(kCoreV1) + QString::fromUtf8(kDirectoryV2) +
            QString::fromUtf8(kDirectoryChangesV3) + QString::fromUtf8(kApprovalV4) +
            QString::fromUtf8(kNodePinyinV5) + QString::fromUtf8(kChatV6) +
            QString::fromUtf8(kNameIndexV7) + QString::fromUtf8(kApprovalMarksV8) +
            QString::fromUtf8(kFilesV9),
        {[](store::Database& db) { db.exec(QString::fromUtf8(kDirectoryV2)); },
         [](store::Database& db) { db.exec(QString::fromUtf8(kDirectoryChangesV3)); },
         [](store::Database& db) { db.exec(QString::fromUtf8(kApprovalV4)); }, addNodePinyinV5,
         [](store::Database& db) { db.exec(QString::fromUtf8(kChatV6)); },
         [](store::Database& db) { db.exec(QString::fromUtf8(kNameIndexV7)); },
         [](store::Database& db) { db.exec(QString::fromUtf8(kApprovalMarksV8)); },
         [](store::Database& db) { db.exec(QString::fromUtf8(kFilesV9)); }}};
    return schema;
}

const char* serverSchemaV1() {
    return kCoreV1;
}

} // namespace zt::server
