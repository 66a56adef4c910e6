#pragma once
// The client's file tables (client schema v9): every file the user sent or opened, its bytes in
// blocks inside the encrypted store (so a cached file is as protected as the messages), and the
// description carried by each file message.
namespace zt::files {

const char* clientSchemaV9();

} // namespace zt::files
