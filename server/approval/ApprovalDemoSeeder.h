#pragma once
// Demo approval documents for --demo: four documents in different states, with real PDF bodies
// and signed histories. Keys belong to clients, so the seeder makes a throwaway SM2 key per demo
// user, publishes it like a client would, signs the seeded actions with it and forgets it.
#include <QHash>
#include <QList>
#include <QString>
#include <memory>

namespace zt::crypto {
class SigningKey;
}

namespace zt::server {

class ServerStorage;
struct DemoDocument;

class ApprovalDemoSeeder {
public:
    explicit ApprovalDemoSeeder(ServerStorage& storage);
    ~ApprovalDemoSeeder();
    // Seeds once: returns the number of documents created (0 when any document exists already
    // or a demo user is missing).
    int seed();

private:
    bool lookUpUsers();
    qint64 create(const DemoDocument& doc);
    void actAll(const QList<qint64>& ids);
    void act(qint64 doc, const QString& user, const QString& verb, const QString& opinion);

    ServerStorage& m_storage;
    QHash<QString, qint64> m_ids;
    QHash<QString, std::shared_ptr<crypto::SigningKey>> m_keys;
    qint64 m_clock = 0; // demo action times: a few days ago, an hour or so apart
};

} // namespace zt::server
