#include "VCard.h"

#include <QStringList>

namespace zt::ui {

namespace {

// Two-character surnames: N splits them off whole, not just the first character.
const QStringList& compoundSurnames() {
    static const QStringList names{
        QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("上官"),
        QStringLiteral("诸葛"), QStringLiteral("东方"), QStringLiteral("皇甫"),
        QStringLiteral("令狐"), QStringLiteral("慕容"), QStringLiteral("司徒"),
        QStringLiteral("夏侯"), QStringLiteral("尉迟"), QStringLiteral("公孙")};
    return names;
}

qsizetype surnameLength(const QString& name) {
    for (const QString& s : compoundSurnames())
        if (name.size() > s.size() && name.startsWith(s)) return s.size();
    return qMin<qsizetype>(1, name.size());
}

// RFC 2426 §2.6: lines SHOULD be folded at 75 octets; a continuation starts with a space.
// Cuts only between characters, so a UTF-8 sequence is never split.
QString fold(const QString& line) {
    QString out;
    int octets = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const bool pair = line[i].isHighSurrogate() && i + 1 < line.size();
        const QString ch = line.mid(i, pair ? 2 : 1);
        const int size = int(ch.toUtf8().size());
        if (octets + size > 75) {
            out += QStringLiteral("\r\n ");
            octets = 1;
        }
        out += ch;
        octets += size;
        if (pair) ++i;
    }
    return out + QStringLiteral("\r\n");
}

// Phone numbers are not text values: nothing to escape, but a line break would end the line.
QString phone(const QString& number) {
    QString cleaned = number;
    return cleaned.remove(QLatin1Char('\r')).remove(QLatin1Char('\n')).trimmed();
}

} // namespace

QString vcardEscape(const QString& value) {
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            out += QStringLiteral("\\n");
            if (i + 1 < value.size() && value[i + 1] == QLatin1Char('\n')) ++i; // CRLF is one
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QString toVCard(const contacts::PersonInfo& person) {
    const qsizetype split = surnameLength(person.name);
    const contacts::PositionInfo position = person.positions.value(0);
    QString card = fold(QStringLiteral("BEGIN:VCARD")) + fold(QStringLiteral("VERSION:3.0"));
    card += fold(QStringLiteral("FN:") + vcardEscape(person.name));
    card +=
        fold(QStringLiteral("N:%1;%2;;;")
                 .arg(vcardEscape(person.name.left(split)), vcardEscape(person.name.mid(split))));
    if (!person.mobileMasked && !phone(person.mobile).isEmpty())
        card += fold(QStringLiteral("TEL;TYPE=CELL:") + phone(person.mobile));
    if (!phone(person.officePhone).isEmpty())
        card += fold(QStringLiteral("TEL;TYPE=WORK:") + phone(person.officePhone));
    if (!position.unitName.isEmpty())
        card += fold(QStringLiteral("ORG:") + vcardEscape(position.unitName));
    if (!position.title.isEmpty())
        card += fold(QStringLiteral("TITLE:") + vcardEscape(position.title));
    return card + fold(QStringLiteral("END:VCARD"));
}

} // namespace zt::ui
