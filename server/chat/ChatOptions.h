#pragma once
// Timing rules of conversations and DINGs; the command line can shorten them for tests.
#include "chat/ConversationProtocol.h"
#include "chat/DingProtocol.h"

namespace zt::server {

struct ChatOptions {
    qint64 recallWindowMs = chat::kDefaultRecallWindowMs;     // --recall-window-ms
    qint64 dingRedoIntervalMs = chat::kDefaultRedoIntervalMs; // --ding-redo-ms
    int dingCheckMs = 5'000; // --ding-check-ms: how often due scheduled DINGs are looked for
};

} // namespace zt::server
