#include "Frame.h"
#include "ErrorCode.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace zt::protocol {
namespace {

QJsonObject errorJson(const Error& e) {
    return {{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}};
}

struct Encoder {
    QJsonObject operator()(const Hello& f) const {
        QJsonArray versions;
        for (int v : f.versions)
            versions.append(v);
        return {{QStringLiteral("type"), QStringLiteral("hello")},
                {QStringLiteral("versions"), versions},
                {QStringLiteral("agent"), f.agent}};
    }
    QJsonObject operator()(const Welcome& f) const {
        return {{QStringLiteral("type"), QStringLiteral("welcome")},
                {QStringLiteral("version"), f.version},
                {QStringLiteral("agent"), f.agent},
                {QStringLiteral("time"), f.serverTimeMs}};
    }
    QJsonObject operator()(const Request& f) const {
        return {{QStringLiteral("type"), QStringLiteral("req")},
                {QStringLiteral("id"), f.id},
                {QStringLiteral("op"), f.op},
                {QStringLiteral("args"), f.args}};
    }
    QJsonObject operator()(const Response& f) const {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("res")},
                      {QStringLiteral("id"), f.id},
                      {QStringLiteral("ok"), f.ok}};
        if (f.ok)
            o.insert(QStringLiteral("result"), f.result);
        else
            o.insert(QStringLiteral("error"), errorJson(f.error));
        return o;
    }
    QJsonObject operator()(const Event& f) const { return toJson(f); }
    QJsonObject operator()(const Ping& f) const {
        return {{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("t"), f.timeMs}};
    }
    QJsonObject operator()(const Pong& f) const {
        return {{QStringLiteral("type"), QStringLiteral("pong")}, {QStringLiteral("t"), f.timeMs}};
    }
    QJsonObject operator()(const ErrorFrame& f) const {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("error")},
                      {QStringLiteral("error"), errorJson(f.error)}};
        if (!f.replyTo.isEmpty()) o.insert(QStringLiteral("id"), f.replyTo);
        return o;
    }
};

Error badFrame(const QString& why) {
    return {errc::BadFrame, why};
}

bool isInteger(const QJsonValue& v) {
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}

Error readError(const QJsonObject& o) {
    const QJsonObject e = o.value(QStringLiteral("error")).toObject();
    return {e.value(QStringLiteral("code")).toString(),
            e.value(QStringLiteral("message")).toString()};
}

// Each reader validates types strictly: a frame of the right type with wrong fields is bad_frame.
std::variant<Frame, Error> readHello(const QJsonObject& o) {
    const QJsonValue v = o.value(QStringLiteral("versions"));
    if (!v.isArray() || v.toArray().isEmpty())
        return badFrame(QStringLiteral("hello.versions must be a non-empty array"));
    Hello h;
    for (const QJsonValue& item : v.toArray()) {
        if (!isInteger(item)) return badFrame(QStringLiteral("hello.versions must hold integers"));
        h.versions.append(int(item.toInteger()));
    }
    h.agent = o.value(QStringLiteral("agent")).toString();
    return Frame{h};
}

std::variant<Frame, Error> readRequest(const QJsonObject& o) {
    const QJsonValue id = o.value(QStringLiteral("id"));
    const QJsonValue op = o.value(QStringLiteral("op"));
    const QJsonValue args = o.value(QStringLiteral("args"));
    if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 64)
        return badFrame(QStringLiteral("req.id must be a string of 1..64 characters"));
    if (!op.isString() || op.toString().isEmpty())
        return badFrame(QStringLiteral("req.op must be a non-empty string"));
    if (!args.isUndefined() && !args.isObject())
        return badFrame(QStringLiteral("req.args must be an object"));
    return Frame{Request{id.toString(), op.toString(), args.toObject()}};
}

std::variant<Frame, Error> readResponse(const QJsonObject& o) {
    const QJsonValue id = o.value(QStringLiteral("id"));
    const QJsonValue ok = o.value(QStringLiteral("ok"));
    if (!id.isString() || !ok.isBool())
        return badFrame(QStringLiteral("res needs string id and bool ok"));
    Response r;
    r.id = id.toString();
    r.ok = ok.toBool();
    if (r.ok)
        r.result = o.value(QStringLiteral("result")).toObject();
    else
        r.error = readError(o);
    return Frame{r};
}

std::variant<Frame, Error> readEvent(const QJsonObject& o) {
    if (!isInteger(o.value(QStringLiteral("seq"))) || !o.value(QStringLiteral("kind")).isString())
        return badFrame(QStringLiteral("event needs integer seq and string kind"));
    return Frame{eventFromJson(o)};
}

std::variant<Frame, Error> readByType(const QString& type, const QJsonObject& o) {
    const qint64 t = o.value(QStringLiteral("t")).toInteger();
    if (type == QLatin1String("req")) return readRequest(o);
    if (type == QLatin1String("res")) return readResponse(o);
    if (type == QLatin1String("event")) return readEvent(o);
    if (type == QLatin1String("ping")) return Frame{Ping{t}};
    if (type == QLatin1String("pong")) return Frame{Pong{t}};
    if (type == QLatin1String("hello")) return readHello(o);
    if (type == QLatin1String("welcome"))
        return Frame{Welcome{int(o.value(QStringLiteral("version")).toInteger()),
                             o.value(QStringLiteral("agent")).toString(),
                             o.value(QStringLiteral("time")).toInteger()}};
    if (type == QLatin1String("error"))
        return Frame{ErrorFrame{readError(o), o.value(QStringLiteral("id")).toString()}};
    return Error{errc::UnknownType, QStringLiteral("unknown frame type: %1").arg(type.left(32))};
}

} // namespace

QByteArray encode(const Frame& frame) {
    return QJsonDocument(std::visit(Encoder{}, frame)).toJson(QJsonDocument::Compact);
}

QJsonObject toJson(const Event& e) {
    return {{QStringLiteral("type"), QStringLiteral("event")},
            {QStringLiteral("seq"), e.seq},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("time"), e.timeMs},
            {QStringLiteral("data"), e.data}};
}

Event eventFromJson(const QJsonObject& o) {
    return Event{
        o.value(QStringLiteral("seq")).toInteger(), o.value(QStringLiteral("kind")).toString(),
        o.value(QStringLiteral("time")).toInteger(), o.value(QStringLiteral("data")).toObject()};
}

Decoded decode(const QByteArray& text) {
    Decoded d{Error{}, {}};
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        d.value = badFrame(perr.error != QJsonParseError::NoError
                               ? QStringLiteral("not JSON: %1").arg(perr.errorString())
                               : QStringLiteral("frame must be a JSON object"));
        return d;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("id")).isString())
        d.requestId = o.value(QStringLiteral("id")).toString().left(64);
    const QJsonValue type = o.value(QStringLiteral("type"));
    if (!type.isString()) {
        d.value = badFrame(QStringLiteral("frame.type must be a string"));
        return d;
    }
    d.value = readByType(type.toString(), o);
    return d;
}

Response ok(const QString& id, const QJsonObject& result) {
    return Response{id, true, result, {}};
}

Response fail(const QString& id, const QString& code, const QString& message) {
    return Response{id, false, {}, Error{code, message}};
}

} // namespace zt::protocol
