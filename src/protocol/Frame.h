#pragma once
// Typed forms of every wire frame and the JSON codec between them and text frames.
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <variant>

namespace zt::protocol {

struct Error {
    QString code;
    QString message;
    bool isNull() const { return code.isEmpty(); }
};

struct Hello { // client → server, first frame
    QList<int> versions;
    QString agent;
};
struct Welcome { // server → client, answer to Hello
    int version = 0;
    QString agent;
    qint64 serverTimeMs = 0;
};
struct Request {
    QString id;
    QString op;
    QJsonObject args;
};
struct Response {
    QString id;
    bool ok = true;
    QJsonObject result; // when ok
    Error error;        // when !ok
};
struct Event { // server → client push; seq is per user, strictly increasing
    qint64 seq = 0;
    QString kind;
    qint64 timeMs = 0;
    QJsonObject data;
};
struct Ping {
    qint64 timeMs = 0;
};
struct Pong {
    qint64 timeMs = 0;
};
struct ErrorFrame { // a problem not tied to one request (bad frame, version, limits)
    Error error;
    QString replyTo; // request id when it could be read
};

using Frame = std::variant<Hello, Welcome, Request, Response, Event, Ping, Pong, ErrorFrame>;

struct Decoded {
    std::variant<Frame, Error> value;
    bool ok() const { return value.index() == 0; }
    const Frame& frame() const { return std::get<Frame>(value); }
    const Error& error() const { return std::get<Error>(value); }
    QString requestId; // filled whenever the frame carried a readable "id"
};

QByteArray encode(const Frame& frame);
QJsonObject toJson(const Event& event);
Event eventFromJson(const QJsonObject& o);
Decoded decode(const QByteArray& text);

Response ok(const QString& id, const QJsonObject& result = {});
Response fail(const QString& id, const QString& code, const QString& message);

} // namespace zt::protocol
