#pragma once
// A person's card as vCard 3.0 text (RFC 2426), for pasting into mail or phone contacts.
#include "contacts/DirectoryProtocol.h"

#include <QString>

namespace zt::ui {

// Escapes a text value: backslash, comma, semicolon and line breaks (RFC 2426 §4).
QString vcardEscape(const QString& value);

// FN, N, TEL;TYPE=CELL (left out when the mobile is masked: a masked number is not a number),
// TEL;TYPE=WORK, ORG and TITLE of the first position. Lines end in CRLF; long lines are folded.
QString toVCard(const contacts::PersonInfo& person);

} // namespace zt::ui
