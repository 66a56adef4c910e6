#pragma once
// The translated words and numbers of the DING widgets: times, durations, rates and user names.
// One place, so the banner, the status view and the statistics say the same thing.
#include <QCoreApplication>
#include <QString>
#include <functional>

namespace zt::ui {

// User id → the name to show. The DING widgets take one from their owner; until there is a
// directory lookup for accounts, the default says "User 12".
using NameOf = std::function<QString(qint64)>;

class DingTexts {
    Q_DECLARE_TR_FUNCTIONS(zt::ui::DingTexts) // the context lupdate records
public:
    static QString user(qint64 userId);                       // "User 12"
    static QString name(const NameOf& nameOf, qint64 userId); // nameOf, or user() without one
    static QString time(qint64 ms);                           // local; "" for 0 (not yet)
    static QString duration(qint64 ms);                       // "3 min 24 s", "2 h 5 min", "0 s"
    static QString percent(double rate);                      // 0.755 → "75.5%"
};

} // namespace zt::ui
