#pragma once
// The client's conversation, message and DING tables (client schema version 7), kept beside the
// chat code that uses them; core/ClientSchema.cpp puts them into the schema and its migrations.
namespace zt::chat {
// DDL of schema version 7: conversations, members, read marks, messages (with pending ones),
// drafts, the CJK-segmented search index, DINGs received and sent.
const char* clientSchemaV7();
} // namespace zt::chat
