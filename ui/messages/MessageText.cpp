#include "MessageText.h"
#include "NameBook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zt::ui {

namespace {
QString t(const char* text) {
    return QCoreApplication::translate("zt::ui::MessageText", text);
}
} // namespace

QString systemText(const QString& json, const NameBook& names) {
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QString action = o.value(QStringLiteral("action")).toString();
    const qint64 by = o.value(QStringLiteral("by")).toInteger();
    QStringList users;
    for (const QJsonValue& v : o.value(QStringLiteral("users")).toArray())
        users << names.name(v.toInteger());
    const QString list = users.join(t(QT_TRANSLATE_NOOP("zt::ui::MessageText", ", ")));
    if (action == QLatin1String("added"))
        return t(QT_TRANSLATE_NOOP("zt::ui::MessageText", "%1 added %2")).arg(names.name(by), list);
    if (action == QLatin1String("removed"))
        return t(QT_TRANSLATE_NOOP("zt::ui::MessageText", "%1 removed %2"))
            .arg(names.name(by), list);
    if (action == QLatin1String("left"))
        return t(QT_TRANSLATE_NOOP("zt::ui::MessageText", "%1 left the group")).arg(list);
    return t(QT_TRANSLATE_NOOP("zt::ui::MessageText", "The group was changed"));
}

QString recalledText(qint64 sender, const NameBook& names) {
    if (sender == names.selfId())
        return t(QT_TRANSLATE_NOOP("zt::ui::MessageText", "You recalled a message"));
    return t(QT_TRANSLATE_NOOP("zt::ui::MessageText", "%1 recalled a message"))
        .arg(names.name(sender));
}

QString previewText(const chat::Message& m, bool group, const NameBook& names) {
    if (m.kind == chat::MessageKind::System) return systemText(m.text, names);
    if (m.recalled) return recalledText(m.sender, names);
    QString body = m.text;
    if (m.kind == chat::MessageKind::File)
        body = t(QT_TRANSLATE_NOOP("zt::ui::MessageText", "[File] %1")).arg(m.fileRef) +
               (m.text.isEmpty() ? QString() : QLatin1Char(' ') + m.text);
    body.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (group && m.sender != names.selfId())
        return t(QT_TRANSLATE_NOOP("zt::ui::MessageText", "%1: %2"))
            .arg(names.name(m.sender), body);
    return body;
}

} // namespace zt::ui
