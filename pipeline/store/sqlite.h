// A thin RAII layer over the SQLite C API: a connection and prepared
// statements with typed binds. Every value reaches SQL through a bind, never
// through string building. It knows nothing of claimcheck's schema.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include <sqlite3.h>

#include "pipeline/core/error.h"

namespace claimcheck::sql {

// A prepared statement. An owned one is finalised when it goes; a borrowed one
// (from Connection::cached) is reset and its bindings cleared instead, so it
// never keeps a read transaction open after use.
class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);  // check ok() before use
  Statement(Statement&& o) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;
  ~Statement();

  bool ok() const { return stmt_ != nullptr; }
  const std::string& error() const { return error_; }

  Statement& bind(int i, int64_t v);
  Statement& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
  Statement& bind(int i, uint32_t v) { return bind(i, static_cast<int64_t>(v)); }
  Statement& bind(int i, double v);
  Statement& bind(int i, std::string_view v);  // TEXT (copied)
  Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Statement& bind_blob(int i, std::string_view v);  // BLOB (copied)
  // TEXT and BLOB bound in place, not copied (SQLITE_STATIC): `v` must stay
  // alive and unchanged for as long as this handle may run the statement. A
  // borrowed statement clears its bindings when the handle goes, so no pointer
  // outlives it. For the bulk inserts, where a copy per value was a malloc and
  // a memcpy of every byte stored.
  Statement& bind_ref(int i, std::string_view v);
  Statement& bind_blob_ref(int i, std::string_view v);
  Statement& bind_null(int i);
  template <typename T>
  Statement& bind(int i, const std::optional<T>& v) { return v ? bind(i, *v) : bind_null(i); }

  // SQLITE_ROW -> true, SQLITE_DONE -> false; any other result sets error().
  bool step();
  // Runs to completion; returns false (with error()) on failure.
  bool run();
  void reset();

  bool is_null(int col) const;
  int64_t int64(int col) const;
  double real(int col) const;
  std::string text(int col) const;  // TEXT or BLOB bytes

 private:
  friend class Connection;
  Statement(sqlite3* db, sqlite3_stmt* borrowed, bool* in_use);

  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  bool* in_use_ = nullptr;  // borrowed: the cache's flag, cleared when this handle goes
  std::string error_;
};

class Connection {
 public:
  Connection() = default;
  explicit Connection(sqlite3* db) : db_(db) {}
  Connection(Connection&& o) noexcept : db_(o.db_), cache_(std::move(o.cache_)) { o.db_ = nullptr; }
  Connection& operator=(Connection&& o) noexcept;
  ~Connection();

  sqlite3* get() const { return db_; }
  // Runs one or more statements without parameters (schema, pragmas, BEGIN/COMMIT).
  Status exec(std::string_view sql);
  Statement prepare(std::string_view sql) const { return Statement(db_, sql); }
  // The same, compiled once per connection and reused: for statements run
  // once per document or row, where preparing cost as much as running them.
  // A statement already borrowed (nested use) is prepared afresh instead.
  Statement cached(std::string_view sql);
  std::string last_error() const;

 private:
  struct CachedStatement {
    sqlite3_stmt* stmt = nullptr;
    bool in_use = false;
  };
  void finalize_cache();

  sqlite3* db_ = nullptr;
  // Node-based, so the in_use flags handed to borrowers stay put as it grows.
  std::unordered_map<std::string, CachedStatement> cache_;
};

// A read transaction for the scope's lifetime: the reads inside see one
// snapshot, and take the WAL read lock once rather than once per statement
// (each lock is a pair of fcntl calls). Not for a connection that writes.
class ReadTransaction {
 public:
  explicit ReadTransaction(Connection& db) : db_(db), open_(db.exec("BEGIN").ok()) {}
  ~ReadTransaction() {
    if (open_) (void)db_.exec("COMMIT");
  }
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;

 private:
  Connection& db_;
  bool open_;
};

}  // namespace claimcheck::sql
