#include "SecretStore.h"

#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "zt.secrets")

namespace zt::store {

namespace {

SecretStatus statusOf(QKeychain::Error error) {
    switch (error) {
    case QKeychain::NoError:
        return SecretStatus::Ok;
    case QKeychain::EntryNotFound:
        return SecretStatus::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStatus::Unavailable;
    default:
        return SecretStatus::Failed;
    }
}

} // namespace

SecretStore::SecretStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service) {
}

void SecretStore::read(const QString& key, ReadDone done) {
    if (m_disabled) {
        QTimer::singleShot(0, this, [done] {
            done(SecretStatus::Unavailable, {}, QStringLiteral("keychain disabled"));
        });
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job*) {
        const SecretStatus status = statusOf(job->error());
        if (status == SecretStatus::Unavailable || status == SecretStatus::Failed)
            qCInfo(lcSecrets) << "keychain read failed:" << job->errorString();
        done(status, status == SecretStatus::Ok ? job->binaryData() : QByteArray(),
             job->errorString());
    });
    job->start();
}

void SecretStore::write(const QString& key, const QByteArray& secret, WriteDone done) {
    if (m_disabled) {
        QTimer::singleShot(0, this, [done] {
            done(SecretStatus::Unavailable, QStringLiteral("keychain disabled"));
        });
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job*) {
        const SecretStatus status = statusOf(job->error());
        if (status != SecretStatus::Ok)
            qCInfo(lcSecrets) << "keychain write failed:" << job->errorString();
        done(status, job->errorString());
    });
    job->start();
}

void SecretStore::remove(const QString& key, WriteDone done) {
    if (m_disabled) {
        QTimer::singleShot(0, this, [done] { done(SecretStatus::Unavailable, {}); });
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [job, done](QKeychain::Job*) { done(statusOf(job->error()), job->errorString()); });
    job->start();
}

} // namespace zt::store
