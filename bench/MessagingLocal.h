#pragma once
// The client-store halves of the messaging benchmarks (no server): opening and scrolling a long
// conversation through chat::Messenger, and local full-text search over many messages.

namespace zt::bench {

// chat_open_100k_ms (+ _first), chat_scroll_rss_mb, chat_scroll_rss_growth_mb, ...
void benchOpenAndScroll(int messages);
// msg_search_fill_s, msg_search_local_ms_p50/p99, msg_search_conv_ms_p50/p99
void benchLocalSearch(int messages);

} // namespace zt::bench
