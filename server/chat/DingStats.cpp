#include "DingStats.h"

#include <QJsonArray>

namespace zt::server {

void DingFigures::add(const chat::RecipientStatus& r) {
    ++recipients;
    if (r.deliveredMs > 0) ++delivered;
    if (r.confirmedMs > 0) {
        ++confirmed;
        handlingSumMs += r.confirmedMs - r.deliveredMs;
    }
}

double DingFigures::arrivalRate() const {
    return recipients > 0 ? double(delivered) / double(recipients) : 0.0;
}

double DingFigures::confirmationRate() const {
    return recipients > 0 ? double(confirmed) / double(recipients) : 0.0;
}

double DingFigures::averageHandlingMs() const {
    return confirmed > 0 ? double(handlingSumMs) / double(confirmed) : 0.0;
}

QJsonObject DingFigures::toJson() const {
    return {{QStringLiteral("recipients"), recipients},
            {QStringLiteral("delivered"), delivered},
            {QStringLiteral("confirmed"), confirmed},
            {QStringLiteral("arrivalRate"), arrivalRate()},
            {QStringLiteral("confirmationRate"), confirmationRate()},
            {QStringLiteral("avgHandlingMs"), averageHandlingMs()}};
}

void DingStats::add(const DingRecord& ding, const QList<chat::RecipientStatus>& recipients,
                    const QHash<qint64, UnitRef>& units) {
    DingFigures figures;
    for (const chat::RecipientStatus& r : recipients) {
        figures.add(r);
        m_total.add(r);
        const UnitRef unit = units.value(r.user);
        m_byUnit[unit.id].add(r);
        m_unitNames.insert(unit.id, unit.name);
    }
    QJsonObject o = figures.toJson();
    o.insert(QStringLiteral("ding"), ding.id);
    o.insert(QStringLiteral("text"), ding.text);
    o.insert(QStringLiteral("created"), ding.createdMs);
    o.insert(QStringLiteral("sent"), ding.sentMs);
    m_dings.append(o);
}

QJsonObject DingStats::toJson() const {
    QJsonArray units;
    for (auto it = m_byUnit.cbegin(); it != m_byUnit.cend(); ++it) {
        QJsonObject o = it->toJson();
        o.insert(QStringLiteral("unit"), it.key());
        o.insert(QStringLiteral("name"), m_unitNames.value(it.key()));
        units.append(o);
    }
    return {{QStringLiteral("dings"), m_dings},
            {QStringLiteral("total"), m_total.toJson()},
            {QStringLiteral("units"), units}};
}

} // namespace zt::server
