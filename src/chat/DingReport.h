#pragma once
// The figures of ding.stats as the client reads them: per DING, in total and per receiving unit.
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace zt::chat {

struct DingFigures {
    int recipients = 0;
    int delivered = 0;
    int confirmed = 0;
    double arrivalRate = 0;      // delivered / recipients
    double confirmationRate = 0; // confirmed / recipients
    qint64 avgHandlingMs = 0;    // mean(confirmed − delivered) over the confirmed
    static DingFigures fromJson(const QJsonObject& o);
};

struct DingReportRow {
    qint64 id = 0; // the DING, or the unit (0: recipients without a unit)
    QString label; // the DING's text, or the unit's name
    qint64 timeMs = 0;
    DingFigures figures;
};

struct DingReport {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    DingFigures total;
    QList<DingReportRow> dings;
    QList<DingReportRow> units;
    static DingReport fromJson(const QJsonObject& o);
};

} // namespace zt::chat

Q_DECLARE_METATYPE(zt::chat::DingReport)
