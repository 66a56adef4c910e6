#include "ApprovalReport.h"

#include <QCoreApplication>
#include <QDateTime>

namespace zt::approval {

class ReportTexts {
    Q_DECLARE_TR_FUNCTIONS(zt::approval::ReportTexts) // the context lupdate records
};

namespace {

const QString kOkMark = QStringLiteral("✔");
const QString kBadMark = QStringLiteral("✘");
const QString kWarnMark = QStringLiteral("⚠");

QString mark(bool ok) {
    return ok ? kOkMark : kBadMark;
}

QString html(const QString& text) {
    return text.toHtmlEscaped();
}

QString b64(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toBase64());
}

QString timeText(qint64 ms) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms); // with its offset: unambiguous
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString levelText(SecurityLevel level) {
    switch (level) {
    case SecurityLevel::Public:
        return ReportTexts::tr("Public");
    case SecurityLevel::Internal:
        return ReportTexts::tr("Internal");
    case SecurityLevel::Secret:
        return ReportTexts::tr("Secret");
    case SecurityLevel::Confidential:
        return ReportTexts::tr("Confidential");
    }
    return {};
}

QString stateText(DocState state) {
    switch (state) {
    case DocState::InProgress:
        return ReportTexts::tr("In progress");
    case DocState::Completed:
        return ReportTexts::tr("Completed");
    case DocState::Rejected:
        return ReportTexts::tr("Rejected");
    case DocState::Withdrawn:
        return ReportTexts::tr("Withdrawn");
    }
    return {};
}

QString stepText(const GetResult& detail, int index) {
    if (index < 0 || index >= detail.steps.size()) return QString::number(index + 1);
    static const char* const kinds[] = {
        QT_TRANSLATE_NOOP("zt::approval::ReportTexts", "Drafting"),
        QT_TRANSLATE_NOOP("zt::approval::ReportTexts", "Checking"),
        QT_TRANSLATE_NOOP("zt::approval::ReportTexts", "Countersign"),
        QT_TRANSLATE_NOOP("zt::approval::ReportTexts", "Sign-off"),
        QT_TRANSLATE_NOOP("zt::approval::ReportTexts", "Distribution")};
    return QStringLiteral("%1 · %2").arg(index + 1).arg(
        ReportTexts::tr(kinds[int(detail.steps[index].def.kind)]));
}

QString person(const BundleCheck& check, qint64 user) {
    const QString name = check.names.value(user);
    return name.isEmpty() ? ReportTexts::tr("User %1").arg(user)
                          : QStringLiteral("%1 (%2)").arg(name).arg(user);
}

QString verbText(const BundleCheck& check, const QString& signedVerb) {
    const auto verb = ActionVerb::parse(signedVerb);
    if (!verb) return signedVerb;
    switch (verb->kind) {
    case ActionKind::Approve:
        return ReportTexts::tr("Approve");
    case ActionKind::Reject:
        return ReportTexts::tr("Reject");
    case ActionKind::Return:
        return ReportTexts::tr("Return to step %1").arg(stepText(check.detail, int(verb->target)));
    case ActionKind::Delegate:
        return ReportTexts::tr("Delegate to %1").arg(person(check, verb->target));
    case ActionKind::Withdraw:
        return ReportTexts::tr("Withdraw");
    case ActionKind::Comment:
        return ReportTexts::tr("Comment");
    }
    return signedVerb;
}

QString bodyText(const BundleCheck& check) {
    return check.bodyOk ? ReportTexts::tr("matches the fingerprint every signature covers")
                        : ReportTexts::tr("does NOT match the document's fingerprint");
}

QString historyText(const BundleCheck& check) {
    return check.historyOk
               ? ReportTexts::tr("complete: ends at the last signature recorded at export")
               : ReportTexts::tr("NOT complete: actions were removed or added after export");
}

QString verdictText(const BundleCheck& check) {
    if (check.ok()) {
        const QString verified =
            ReportTexts::tr("VERIFIED: all %n action(s) are signed and unaltered.", nullptr,
                            int(check.actions.size()));
        const int missing = check.missingSealImages();
        return missing == 0
                   ? verified
                   : verified + QLatin1Char(' ') +
                         ReportTexts::tr("Warning: %n seal image(s) missing.", nullptr, missing);
    }
    return ReportTexts::tr(
               "NOT VERIFIED: %1 of %2 action(s) failed; body %3; history %4; seal images %5.")
        .arg(check.failedActions())
        .arg(check.actions.size())
        .arg(mark(check.bodyOk), mark(check.historyOk), mark(check.sealImagesOk()));
}

QString sealMark(SealCheck check) {
    switch (check) {
    case SealCheck::NoSeal:
        return {};
    case SealCheck::ImageVerified:
        return kOkMark;
    case SealCheck::ImageMissing:
        return kWarnMark;
    case SealCheck::ImageMismatch:
        return kBadMark;
    }
    return {};
}

QString sealStatusHtml(const ActionVerdict& v) {
    const QString cls = v.sealCheck == SealCheck::ImageVerified  ? QStringLiteral("ok")
                        : v.sealCheck == SealCheck::ImageMissing ? QStringLiteral("warn")
                                                                 : QStringLiteral("bad");
    return QStringLiteral("<span class=\"%1\">%2 %3</span>")
        .arg(cls, sealMark(v.sealCheck), html(sealCheckText(v.sealCheck)));
}

// Only an image that hashes to the signed name is shown: a report never displays a seal that
// was not signed.
QString sealImageHtml(const ActionVerdict& v) {
    if (v.sealCheck != SealCheck::ImageVerified) return {};
    return QStringLiteral("<img class=\"seal\" alt=\"%1\" src=\"data:image/png;base64,%2\">")
        .arg(html(ReportTexts::tr("Seal")), b64(v.sealPng));
}

QString sealText(const QJsonObject& seal) {
    return ReportTexts::tr("page %1, at (%2, %3), width %4")
        .arg(seal.value(QStringLiteral("page")).toInt() + 1)
        .arg(seal.value(QStringLiteral("x")).toVariant().toString(),
             seal.value(QStringLiteral("y")).toVariant().toString(),
             seal.value(QStringLiteral("width")).toVariant().toString());
}

QString row(const QStringList& cells, const char* tag = "td") {
    QString out = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        out += QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), cell);
    return out + QStringLiteral("</tr>\n");
}

} // namespace

QString reportHtml(const BundleCheck& check) {
    const Summary& s = check.detail.summary;
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
                       "td,th{border:1px solid #999;padding:4px;vertical-align:top}"
                       ".ok{color:#070}.bad{color:#b00;font-weight:bold}.warn{color:#a60}"
                       "img.seal{max-width:64px;max-height:64px}</style></head><body>\n")
            .arg(html(ReportTexts::tr("Verification report")));
    out += QStringLiteral("<h1>%1</h1>\n").arg(html(ReportTexts::tr("Verification report")));
    if (!check.readable)
        return out +
               QStringLiteral("<p class=\"bad\">%1</p></body></html>\n").arg(html(check.error));
    const QString cls = check.ok() ? QStringLiteral("ok") : QStringLiteral("bad");
    out += QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cls, html(verdictText(check)));
    out += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(html(ReportTexts::tr("Document")));
    const QList<std::pair<QString, QString>> meta = {
        {ReportTexts::tr("Title"), s.title},
        {ReportTexts::tr("Document number"), s.docNumber},
        {ReportTexts::tr("Issuing unit"), s.issuingUnit},
        {ReportTexts::tr("Security level"), levelText(s.securityLevel)},
        {ReportTexts::tr("State"), stateText(s.state)},
        {ReportTexts::tr("Document id"), QString::number(s.id)},
        {ReportTexts::tr("Body"), ReportTexts::tr("%1 bytes").arg(check.body.size())},
        {ReportTexts::tr("Body SM3"), b64(check.bodySm3)},
        {ReportTexts::tr("Body SHA-256"), b64(check.bodySha256)},
        {ReportTexts::tr("Body status"), mark(check.bodyOk) + QLatin1Char(' ') + bodyText(check)},
        {ReportTexts::tr("History"), mark(check.historyOk) + QLatin1Char(' ') + historyText(check)},
        {ReportTexts::tr("Exported"),
         timeText(check.exportedMs) + (check.exportedBy
                                           ? QStringLiteral(" · ") + person(check, check.exportedBy)
                                           : QString())}};
    for (const auto& [label, value] : meta)
        out += row({html(label), html(value)});
    out += QStringLiteral("</table>\n<h2>%1</h2>\n<table>\n")
               .arg(html(ReportTexts::tr("Signed actions")));
    out += row({html(ReportTexts::tr("No.")), html(ReportTexts::tr("Person")),
                html(ReportTexts::tr("Step")), html(ReportTexts::tr("Action")),
                html(ReportTexts::tr("Opinion")), html(ReportTexts::tr("Time")),
                html(ReportTexts::tr("Algorithm")), html(ReportTexts::tr("Key fingerprint")),
                html(ReportTexts::tr("Signature"))},
               "th");
    QList<const ActionVerdict*> sealed;
    for (const ActionVerdict& v : check.actions) {
        const crypto::SignedAction& a = v.action.signedAction;
        if (!v.seal.isEmpty()) sealed.append(&v);
        out += row({QString::number(v.action.seq), html(person(check, a.actorUserId)),
                    html(stepText(check.detail, a.step.toInt())), html(verbText(check, a.action)),
                    html(a.opinion), html(timeText(a.timeMs)), html(algorithmName(a.algorithm)),
                    QStringLiteral("<code>%1</code>").arg(b64(a.publicKeyFingerprint)),
                    QStringLiteral("<span class=\"%1\">%2 %3</span>")
                        .arg(v.ok() ? QStringLiteral("ok") : QStringLiteral("bad"), mark(v.ok()),
                             html(actionCheckText(v.check)))});
    }
    out += QStringLiteral("</table>\n");
    if (!sealed.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(html(ReportTexts::tr("Seals placed")));
        out += row({html(ReportTexts::tr("No.")), html(ReportTexts::tr("Person")),
                    html(ReportTexts::tr("Action")), html(ReportTexts::tr("Seal")),
                    html(ReportTexts::tr("Placement")), html(ReportTexts::tr("Seal image"))},
                   "th");
        for (const ActionVerdict* v : sealed) {
            const crypto::SignedAction& a = v->action.signedAction;
            out += row({QString::number(v->action.seq), html(person(check, a.actorUserId)),
                        html(verbText(check, a.action)) + QStringLiteral("<br>") +
                            html(timeText(a.timeMs)),
                        sealImageHtml(*v), html(sealText(v->seal)), sealStatusHtml(*v)});
        }
        out += QStringLiteral("</table>\n");
    }
    if (!check.badSealImages.isEmpty())
        out += QStringLiteral("<p class=\"bad\">%1 %2</p>\n")
                   .arg(kBadMark, html(ReportTexts::tr("Embedded seal images that are not the "
                                                       "image their name says: %1")
                                           .arg(check.badSealImages.join(QStringLiteral(", ")))));
    out += QStringLiteral("<p>%1</p>\n")
               .arg(html(ReportTexts::tr(
                   "Public keys are those the bundle carries; compare the fingerprints "
                   "with the ones published for these people to rule out a re-signed "
                   "copy.")));
    return out + QStringLiteral("</body></html>\n");
}

QStringList reportLines(const BundleCheck& check) {
    if (!check.readable) return {check.error};
    const Summary& s = check.detail.summary;
    QStringList lines;
    lines << ReportTexts::tr("document %1 \"%2\" %3")
                 .arg(QString::number(s.id), s.title, s.docNumber);
    lines << ReportTexts::tr("body: %1 bytes, SM3 %2 %3 %4")
                 .arg(QString::number(check.body.size()), b64(check.bodySm3), mark(check.bodyOk),
                      bodyText(check));
    for (const ActionVerdict& v : check.actions) {
        const crypto::SignedAction& a = v.action.signedAction;
        lines << QStringLiteral("#%1  %2  %3  %4  %5 %6")
                     .arg(QString::number(v.action.seq), person(check, a.actorUserId),
                          verbText(check, a.action), timeText(a.timeMs), mark(v.ok()),
                          actionCheckText(v.check));
        if (v.sealCheck != SealCheck::NoSeal)
            lines << ReportTexts::tr("   seal of #%1: %2  %3 %4")
                         .arg(QString::number(v.action.seq), sealText(v.seal),
                              sealMark(v.sealCheck), sealCheckText(v.sealCheck));
    }
    for (const QString& name : check.badSealImages)
        lines
            << ReportTexts::tr("seal image %1: %2 not the image its name says").arg(name, kBadMark);
    lines << ReportTexts::tr("history: %1 %2").arg(mark(check.historyOk), historyText(check));
    lines << verdictText(check);
    return lines;
}

} // namespace zt::approval
