#include "DingTexts.h"

#include <QDateTime>
#include <QLocale>

namespace zt::ui {

QString DingTexts::user(qint64 userId) {
    return tr("User %1").arg(userId);
}

QString DingTexts::name(const NameOf& nameOf, qint64 userId) {
    if (nameOf) {
        const QString name = nameOf(userId);
        if (!name.isEmpty()) return name;
    }
    return user(userId);
}

QString DingTexts::time(qint64 ms) {
    if (ms <= 0) return {};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    const QLocale locale;
    // Today to the second (DING times are close together), other days with the date.
    if (t.date() == QDate::currentDate())
        return locale.toString(t.time(), QStringLiteral("HH:mm:ss"));
    return locale.toString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DingTexts::duration(qint64 ms) {
    const qint64 seconds = qMax<qint64>(0, (ms + 500) / 1000);
    const qint64 h = seconds / 3600;
    const qint64 m = seconds % 3600 / 60;
    const qint64 s = seconds % 60;
    if (h > 0) return tr("%1 h %2 min").arg(h).arg(m);
    if (m > 0) return tr("%1 min %2 s").arg(m).arg(s);
    return tr("%1 s").arg(s);
}

QString DingTexts::percent(double rate) {
    return tr("%1%").arg(QLocale().toString(rate * 100.0, 'f', 1));
}

} // namespace zt::ui
