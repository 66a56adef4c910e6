#include "DingReport.h"

#include <QJsonArray>
#include <cmath>

namespace zt::chat {

namespace {
QString key(const char* k) {
    return QString::fromLatin1(k);
}
} // namespace

DingFigures DingFigures::fromJson(const QJsonObject& o) {
    return {int(o.value(key("recipients")).toInteger()),
            int(o.value(key("delivered")).toInteger()),
            int(o.value(key("confirmed")).toInteger()),
            o.value(key("arrivalRate")).toDouble(),
            o.value(key("confirmationRate")).toDouble(),
            qint64(std::llround(o.value(key("avgHandlingMs")).toDouble()))}; // a mean: not whole
}

DingReport DingReport::fromJson(const QJsonObject& o) {
    DingReport r;
    r.fromMs = o.value(key("from")).toInteger();
    r.toMs = o.value(key("to")).toInteger();
    r.total = DingFigures::fromJson(o.value(key("total")).toObject());
    for (const QJsonValue& v : o.value(key("dings")).toArray()) {
        const QJsonObject d = v.toObject();
        r.dings.append({d.value(key("ding")).toInteger(), d.value(key("text")).toString(),
                        d.value(key("sent")).toInteger(), DingFigures::fromJson(d)});
    }
    for (const QJsonValue& v : o.value(key("units")).toArray()) {
        const QJsonObject u = v.toObject();
        r.units.append({u.value(key("unit")).toInteger(), u.value(key("name")).toString(), 0,
                        DingFigures::fromJson(u)});
    }
    return r;
}

} // namespace zt::chat
