#pragma once
// `zhengtong-server verify FILE`: checks an exported approval bundle offline (docs/protocol.md §14
// "Export bundle") and prints one line per action. Exit code 0: everything verifies; 1: some
// action, the body or the history does not; 2: the file is unreadable or not a bundle.
#include <QStringList>

namespace zt::server {

inline constexpr char kVerifyCommand[] = "verify";

// arguments: what follows "verify" on the command line.
int runVerifyCommand(const QStringList& arguments);

} // namespace zt::server
