#pragma once
// How a message reads as one line or in its bubble: text, "[File] name", "张伟 recalled a
// message", "张伟 added 李娜、王芳" (system messages carry compact JSON, rendered here).
#include "chat/ChatTypes.h"

namespace zt::ui {

class NameBook;

QString systemText(const QString& json, const NameBook& names);
QString recalledText(qint64 sender, const NameBook& names);
// The list's second line for a conversation's latest message.
QString previewText(const chat::Message& message, bool group, const NameBook& names);

} // namespace zt::ui
