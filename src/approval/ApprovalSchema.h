#pragma once
// The client's approval tables (client schema version 5), kept beside the approval code that uses
// them; core/ClientSchema.cpp puts them into the schema and its migration steps.
namespace zt::approval {
// DDL of schema version 5: documents, inbox listings, bodies, local pending acts, own keys.
const char* clientSchemaV5();
// DDL of the marks tables (issue 5 §2: annotations queued offline, seal images, the user's own
// seals); core/ClientSchema.cpp gives it its version number (8).
const char* clientSchemaV8();
} // namespace zt::approval
