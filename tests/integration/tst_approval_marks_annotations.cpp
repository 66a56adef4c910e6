// Annotations on approval documents (issue 5 §2) against the real server: added by one step
// and read by a later step's assignee, removed only by their author, refused to outsiders and
// when malformed (a seal on anything but an approval too); and the client core annotating and
// removing offline, sent on reconnect.
#include "ApprovalMarksFixture.h"

using namespace zt;
using namespace zt::test::marks;

class TestApprovalMarksAnnotations : public QObject, public MarksFixture {
    Q_OBJECT
private slots:
    void initTestCase() { startServerAndParties(); }
    void annotationsAreSharedWithLaterSteps();
    void onlyTheAuthorRemovesAnAnnotation();
    void outsidersCannotSeeOrAddMarks();
    void malformedMarksAreRefused();
    void offlineAnnotationIsSentOnReconnect();
};

void TestApprovalMarksAnnotations::annotationsAreSharedWithLaterSteps() {
    const qint64 doc = createDoc("zhangwei", {"zhangwei", "lina", "wangfang"});
    QVERIFY(doc > 0);
    const QString noteCid = cid();
    const QJsonObject added = annotate(
        "zhangwei", doc, note(0, 0.25, 0.5, QStringLiteral("第二段请核对数据来源。")), noteCid);
    QCOMPARE(outcome(added), kOk);
    const qint64 noteId = approval::AnnotateResult::fromJson(resultOf(added)).id;
    QVERIFY(noteId > 0);
    // The same write again answers the first result and adds nothing.
    const QJsonObject again = annotate(
        "zhangwei", doc, note(0, 0.25, 0.5, QStringLiteral("第二段请核对数据来源。")), noteCid);
    QCOMPARE(approval::AnnotateResult::fromJson(resultOf(again)).id, noteId);
    QCOMPARE(outcome(annotate(
                 "lina", doc,
                 highlight(1, {QRectF(0.1, 0.2, 0.5, 0.03), QRectF(0.1, 0.235, 0.3, 0.03)}))),
             kOk);
    const qint64 versionBefore = get("zhangwei", doc).summary.version;

    // 王芳 assigned to the last step sees both, with their authors and places.
    const approval::GetResult later = get("wangfang", doc);
    QCOMPARE(later.annotations.size(), 2);
    const Annotation& n = later.annotations.at(0);
    QCOMPARE(n.id, noteId);
    QCOMPARE(n.author, p("zhangwei").id);
    QCOMPARE(n.kind, AnnotationKind::Note);
    QCOMPARE(n.page, 0);
    QCOMPARE(n.x, 0.25);
    QCOMPARE(n.y, 0.5);
    QCOMPARE(n.text, QStringLiteral("第二段请核对数据来源。"));
    QVERIFY(n.timeMs > 0);
    const Annotation& h = later.annotations.at(1);
    QCOMPARE(h.author, p("lina").id);
    QCOMPARE(h.kind, AnnotationKind::Highlight);
    QCOMPARE(h.rects, (QList<QRectF>{QRectF(0.1, 0.2, 0.5, 0.03), QRectF(0.1, 0.235, 0.3, 0.03)}));
    // Annotating does not move the workflow or the version (it counts actions) ...
    QCOMPARE(later.summary.version, versionBefore);
    QVERIFY(later.actions.isEmpty());
    // ... but every reader hears of it and reads the document again.
    // (creation and two annotations: three approval.updated events for this document)
    const auto updates = [&] {
        int n = 0;
        for (const QJsonObject& f : p("wangfang").client.received())
            n += f.value(QStringLiteral("kind")).toString() == approval::event::Updated &&
                 f.value(QStringLiteral("data"))
                         .toObject()
                         .value(QStringLiteral("doc"))
                         .toInteger() == doc;
        return n;
    };
    QVERIFY(QTest::qWaitFor([&] { return updates() >= 3; }, kTimeoutMs));
}

void TestApprovalMarksAnnotations::onlyTheAuthorRemovesAnAnnotation() {
    const qint64 doc = createDoc("zhangwei", {"zhangwei", "lina"});
    const QJsonObject added = annotate("zhangwei", doc, note(2, 0.9, 0.1, QStringLiteral("删")));
    const qint64 id = approval::AnnotateResult::fromJson(resultOf(added)).id;
    QVERIFY(id > 0);
    const auto remove = [&](const char* who, qint64 annotation) {
        approval::AnnotateArgs args;
        args.cid = cid();
        args.document = doc;
        args.remove = annotation;
        return outcome(p(who).client.request(approval::op::Annotate, args.toJson()));
    };
    QCOMPARE(remove("lina", id), QStringLiteral("conflict/not_author"));
    QCOMPARE(remove("zhangwei", id + 1000), QStringLiteral("not_found/no such annotation"));
    QCOMPARE(get("lina", doc).annotations.size(), 1);
    QCOMPARE(remove("zhangwei", id), kOk);
    QVERIFY(get("lina", doc).annotations.isEmpty());
}

void TestApprovalMarksAnnotations::outsidersCannotSeeOrAddMarks() {
    const qint64 doc = createDoc("zhangwei", {"zhangwei", "lina"});
    QCOMPARE(outcome(annotate("zhangwei", doc, note(0, 0.5, 0.5, QStringLiteral("内部意见")))),
             kOk);
    const QString notFound = QStringLiteral("not_found/no such document");
    QCOMPARE(outcome(annotate("zengli", doc, note(0, 0.5, 0.5, QStringLiteral("外人")))), notFound);
    QCOMPARE(outcome(annotate("zengli", doc + 100000, note(0, 0.5, 0.5, QStringLiteral("无")))),
             notFound); // exactly as for a document that does not exist
    QCOMPARE(outcome(p("zengli").client.request(approval::op::Get,
                                                approval::DocumentArgs{doc}.toJson())),
             notFound);
    QCOMPARE(get("lina", doc).annotations.size(), 1); // the outsider's was not added
}

void TestApprovalMarksAnnotations::malformedMarksAreRefused() {
    const qint64 doc = createDoc("zhangwei", {"zhangwei", "lina"});
    const auto bad = [](const QJsonObject& res) {
        return outcome(res).startsWith(QStringLiteral("bad_args/"));
    };
    QVERIFY(bad(annotate("zhangwei", doc, note(0, 1.5, 0.5, QStringLiteral("出界")))));
    QVERIFY(bad(annotate("zhangwei", doc, note(0, 0.5, 0.5, QStringLiteral("  ")))));
    QVERIFY(bad(annotate("zhangwei", doc, note(-1, 0.5, 0.5, QStringLiteral("负页")))));
    QVERIFY(bad(annotate("zhangwei", doc, highlight(0, {QRectF(0.8, 0.1, 0.5, 0.1)}))));
    QVERIFY(bad(annotate("zhangwei", doc,
                         note(0, 0.5, 0.5, QString(approval::kMaxAnnotationText + 1, u'字')))));
    QVERIFY(bad(p("zhangwei")
                    .client.request(approval::op::PublishSeal,
                                    approval::PublishSealArgs{cid(), kPdf}.toJson())));
    // A seal belongs to an approval only.
    approval::ActArgs args = signedApproval("zhangwei", doc, placement());
    QJsonObject reject = args.toJson();
    reject.insert(QStringLiteral("action"), QStringLiteral("reject"));
    QVERIFY(bad(p("zhangwei").client.request(approval::op::Act, reject)));
    QVERIFY(get("zhangwei", doc).annotations.isEmpty());
}

void TestApprovalMarksAnnotations::offlineAnnotationIsSentOnReconnect() {
    test::TestClient zhang;
    QVERIFY(zhang.signIn(m_server->url(), QStringLiteral("zhangwei")));
    const qint64 doc = createDoc("zhangwei", {"zhangwei", "lina"});
    QVERIFY(openFresh(zhang, doc));
    ApprovalService& s = svc(zhang);

    zhang.core().goOffline();
    QVERIFY(zhang.waitStatus(Status::Offline));
    QSignalSpy queued(&s, &ApprovalService::annotationQueued);
    QSignalSpy loaded(&s, &ApprovalService::documentLoaded);
    QSignalSpy settled(&s, &ApprovalService::annotationSettled);
    s.annotate(doc, note(0, 0.3, 0.4, QStringLiteral("离线批注：请补充附件。")));
    QCOMPARE(queued.size(), 1);
    const QString noteCid = queued.at(0).at(1).toString();
    // Shown at once as pending.
    QVERIFY(!loaded.isEmpty());
    const auto pendingView = loaded.last().at(0).value<DocumentView>();
    QCOMPARE(pendingView.pendingAnnotations.size(), 1);
    QCOMPARE(pendingView.pendingAnnotations.at(0).cid, noteCid);
    QCOMPARE(pendingView.pendingAnnotations.at(0).author, p("zhangwei").id);
    QVERIFY(pendingView.detail.annotations.isEmpty());
    // An invalid annotation is refused before anything is queued.
    QSignalSpy failed(&s, &ApprovalService::annotationFailed);
    s.annotate(doc, note(0, 0.3, 0.4, QString()));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(queued.size(), 1);

    zhang.core().goOnline();
    QVERIFY(zhang.waitStatus(Status::Online));
    QVERIFY(awaitSignal(settled, [&](const QList<QVariant>& a) {
        return a.at(1).toString() == noteCid && a.at(2).toBool();
    }));
    const auto view = s.cachedDocument(doc);
    QVERIFY(view);
    QVERIFY(view->pendingAnnotations.isEmpty());
    QCOMPARE(view->detail.annotations.size(), 1);
    QCOMPARE(view->detail.annotations.at(0).text, QStringLiteral("离线批注：请补充附件。"));
    // 李娜 at the next step reads it from the server.
    QCOMPARE(get("lina", doc).annotations.size(), 1);

    // Removing it offline hides it at once; on reconnect it is gone for everyone.
    zhang.core().goOffline();
    QVERIFY(zhang.waitStatus(Status::Offline));
    settled.clear();
    s.removeAnnotation(doc, view->detail.annotations.at(0).id);
    QCOMPARE(s.cachedDocument(doc)->pendingRemovals,
             QList<qint64>{view->detail.annotations.at(0).id});
    zhang.core().goOnline();
    QVERIFY(zhang.waitStatus(Status::Online));
    QVERIFY(awaitSignal(settled, [](const QList<QVariant>& a) { return a.at(2).toBool(); }));
    QVERIFY(get("lina", doc).annotations.isEmpty());
    QVERIFY(s.cachedDocument(doc)->pendingRemovals.isEmpty());
}

QTEST_GUILESS_MAIN(TestApprovalMarksAnnotations)
#include "tst_approval_marks_annotations.moc"
