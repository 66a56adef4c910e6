#pragma once
// DING statistics, pure arithmetic over recorded times (no storage, no clock):
//   arrival rate = delivered / recipients, confirmation rate = confirmed / recipients,
//   average handling time = mean(confirmed - delivered) over the confirmed recipients.
#include "chat/DingProtocol.h"
#include "storage/ChatStorage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace zt::server {

struct DingFigures {
    qint64 recipients = 0;
    qint64 delivered = 0;
    qint64 confirmed = 0;
    qint64 handlingSumMs = 0;
    void add(const chat::RecipientStatus& r);
    double arrivalRate() const;
    double confirmationRate() const;
    double averageHandlingMs() const; // 0 when nobody confirmed
    QJsonObject toJson() const;
};

// Accumulates one sender's DINGs: per DING, in total, and per recipients' unit.
class DingStats {
public:
    void add(const DingRecord& ding, const QList<chat::RecipientStatus>& recipients,
             const QHash<qint64, UnitRef>& units);
    QJsonObject toJson() const;

private:
    QJsonArray m_dings;
    DingFigures m_total;
    QMap<qint64, DingFigures> m_byUnit; // by unit id: a stable order
    QHash<qint64, QString> m_unitNames;
};

} // namespace zt::server
