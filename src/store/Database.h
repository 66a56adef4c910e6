#pragma once
// A thin RAII wrapper over SQLCipher's C API. One Database per thread; never share one.
#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVariant>
#include <memory>
#include <optional>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace zt::store {

// Thrown for SQL errors inside a transaction; callers at service boundaries catch it.
class DbError : public std::runtime_error {
public:
    DbError(int code, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

class Statement {
public:
    // A cached statement (owner set) is only reset on destruction and handed back to its owner.
    Statement(sqlite3* db, sqlite3_stmt* stmt, class Database* owner = nullptr)
        : m_db(db)
        , m_stmt(stmt)
        , m_owner(owner) {}
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& value); // as BLOB
    Statement& bindNull(int index);

    bool next();  // steps; true while a row is available
    void run();   // steps to completion, for statements without rows
    void reset(); // ready to bind and run again

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    void check(int rc) const;
    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
    class Database* m_owner;
};

enum class OpenError { None, WrongKeyOrNotDatabase, CannotOpen, Other };

class Database {
public:
    struct OpenResult {
        std::unique_ptr<Database> db;
        OpenError error = OpenError::None;
        QString message;
    };

    // Opens (creating if needed) a database. With a key, the file is SQLCipher-encrypted with that
    // raw 256-bit key (no KDF on open). The key is checked at once by reading the schema.
    static OpenResult open(const QString& path, const std::optional<QByteArray>& rawKey = {});
    ~Database();

    void exec(const QString& sql); // may hold several statements
    // Statements are cached by their SQL text: preparing is the costliest step of a small query.
    Statement prepare(const QString& sql);
    qint64 lastInsertId() const;
    int changes() const;
    int userVersion();
    void setUserVersion(int version);
    QString path() const { return m_path; }

    // Everything in fn commits together, or nothing does (a thrown DbError rolls back).
    template <typename Fn> auto transaction(Fn&& fn) -> decltype(fn()) {
        exec(QStringLiteral("BEGIN IMMEDIATE"));
        try {
            if constexpr (std::is_void_v<decltype(fn())>) {
                fn();
                exec(QStringLiteral("COMMIT"));
            } else {
                auto result = fn();
                exec(QStringLiteral("COMMIT"));
                return result;
            }
        } catch (...) {
            rollbackQuietly();
            throw;
        }
    }

private:
    friend class Statement;
    Database(sqlite3* db, QString path)
        : m_db(db)
        , m_path(std::move(path)) {}
    void rollbackQuietly();
    void giveBack(sqlite3_stmt* stmt) { m_inUse.remove(stmt); }
    sqlite3* m_db;
    QString m_path;
    QHash<QString, sqlite3_stmt*> m_cache;
    QSet<sqlite3_stmt*> m_inUse; // the same SQL used twice at once gets a private statement
};

} // namespace zt::store
