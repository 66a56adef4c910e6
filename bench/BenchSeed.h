#pragma once
// Test data written straight into a server's data folder before the server starts.
#include <QString>

namespace zt::bench {

// `count` direct messages from lina (2) to zhangwei (1), each with its event in zhangwei's stream.
void seedBacklog(const QString& dataDir, int count);

} // namespace zt::bench
