#define SQLITE_HAS_CODEC 1
#include "Database.h"

#include <QFile>
#include <sqlcipher/sqlite3.h>

namespace zt::store {
namespace {

QString lastError(sqlite3* db) {
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_owner(other.m_owner) {
    other.m_stmt = nullptr;
}

Statement::~Statement() {
    if (!m_stmt) return;
    if (m_owner) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_owner->giveBack(m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
}

void Statement::check(int rc) const {
    if (rc != SQLITE_OK) throw DbError(rc, lastError(m_db));
}

Statement& Statement::bind(int index, qint64 value) {
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value) {
    check(sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index) {
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

bool Statement::next() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    const QString message = lastError(m_db);
    sqlite3_reset(m_stmt);
    throw DbError(rc, message);
}

void Statement::run() {
    while (next()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Database::OpenResult Database::open(const QString& path, const std::optional<QByteArray>& rawKey) {
    sqlite3* handle = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = handle ? lastError(handle) : QStringLiteral("out of memory");
        sqlite3_close(handle);
        return {nullptr, OpenError::CannotOpen, message};
    }
    if (rawKey) {
        // "x'<hex>'" makes SQLCipher use the 32 bytes as the key itself, skipping its PBKDF2.
        QByteArray spec = "x'" + rawKey->toHex() + "'";
        rc = sqlite3_key(handle, spec.constData(), int(spec.size()));
        spec.fill('\0');
        if (rc != SQLITE_OK) {
            sqlite3_close(handle);
            return {nullptr, OpenError::Other, QStringLiteral("sqlite3_key failed")};
        }
    }
    sqlite3_busy_timeout(handle, 5000);
    std::unique_ptr<Database> db(new Database(handle, path));
    try {
        db->exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    } catch (const DbError& e) {
        const OpenError kind =
            e.code() == SQLITE_NOTADB ? OpenError::WrongKeyOrNotDatabase : OpenError::Other;
        return {nullptr, kind, QString::fromUtf8(e.what())};
    }
    return {std::move(db), OpenError::None, {}};
}

Database::~Database() {
    for (sqlite3_stmt* stmt : std::as_const(m_cache))
        sqlite3_finalize(stmt);
    sqlite3_close(m_db);
}

void Database::exec(const QString& sql) {
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString message = err ? QString::fromUtf8(err) : lastError(m_db);
        sqlite3_free(err);
        throw DbError(rc, message);
    }
}

Statement Database::prepare(const QString& sql) {
    if (sqlite3_stmt* cached = m_cache.value(sql); cached && !m_inUse.contains(cached)) {
        m_inUse.insert(cached);
        return Statement(m_db, cached, this);
    }
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        throw DbError(rc, lastError(m_db) + QStringLiteral(" in: ") + sql.left(200));
    if (m_cache.contains(sql))
        return Statement(m_db, stmt); // the cached one is busy: this one is private
    m_cache.insert(sql, stmt);
    m_inUse.insert(stmt);
    return Statement(m_db, stmt, this);
}

qint64 Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

int Database::userVersion() {
    Statement st = prepare(QStringLiteral("PRAGMA user_version"));
    return st.next() ? int(st.int64(0)) : 0;
}

void Database::setUserVersion(int version) {
    exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

void Database::rollbackQuietly() {
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace zt::store
