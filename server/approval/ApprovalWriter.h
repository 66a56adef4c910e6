#pragma once
// The approval writes (publish a key, create a document, act on it) as bodies for
// runIdempotentWrite: each runs inside the caller's transaction, throws WriteRefused to refuse,
// and appends approval.updated events for every participant (none when events is null: the demo
// seeder, whose documents clients find through approval.list).
#include "approval/ApprovalProtocol.h"

namespace zt::server {

class ServerStorage;
class EventBatch;
struct LoadedDocument;

class ApprovalWriter {
public:
    explicit ApprovalWriter(ServerStorage& storage)
        : m_storage(storage) {}

    approval::PublishKeyResult publishKey(qint64 user, const approval::PublishKeyArgs& args,
                                          qint64 nowMs);
    approval::CreateResult create(qint64 drafter, const approval::CreateArgs& args,
                                  EventBatch* events, qint64 nowMs);
    approval::ActResult act(qint64 actor, const approval::ActArgs& args, EventBatch* events,
                            qint64 nowMs);

private:
    void requireUsers(const QList<approval::StepDef>& steps);
    QByteArray bodyOf(qint64 drafter, const approval::CreateArgs& args);
    QList<files::FileMeta> attachmentsOf(qint64 drafter, const approval::CreateArgs& args);
    void checkAct(qint64 actor, const approval::ActArgs& args, const LoadedDocument& doc);
    void reindexAndNotify(const LoadedDocument& doc, EventBatch* events);

    ServerStorage& m_storage;
};

} // namespace zt::server
