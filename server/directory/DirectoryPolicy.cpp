#include "DirectoryPolicy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace zt::server {

std::optional<DirectoryPolicy> DirectoryPolicy::load(const QString& file, QString* error) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(file);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object: %2").arg(file, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    DirectoryPolicy policy;
    for (const QString& key : o.keys()) {
        if (!o.value(key).isBool()) {
            *error = QStringLiteral("%1: %2 must be true or false").arg(file, key);
            return std::nullopt;
        }
        if (key == QLatin1String("maskMobileOutsideUnit"))
            policy.maskMobileOutsideUnit = o.value(key).toBool();
        else if (key == QLatin1String("hideHiddenUnits"))
            policy.hideHiddenUnits = o.value(key).toBool();
        else {
            *error = QStringLiteral("%1: unknown setting %2").arg(file, key);
            return std::nullopt;
        }
    }
    return policy;
}

QString maskMobile(const QString& mobile) {
    if (mobile.size() < 7) return QString(mobile.size(), QLatin1Char('*'));
    return mobile.left(3) + QString(mobile.size() - 7, QLatin1Char('*')) + mobile.right(4);
}

} // namespace zt::server
