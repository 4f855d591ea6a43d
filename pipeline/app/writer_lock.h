// One writer per database: `run` holds an exclusive lock on FILE.lock (beside
// the database) for its whole life; the kernel drops it when the process
// dies, even by kill -9. Readers never take it; `runs`/`status` only ask
// whether someone holds it, to tell a live run from one that died.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>

#include "pipeline/core/error.h"

namespace claimcheck {

class WriterLock {
 public:
  // Fails at once (never waits) when another process holds the lock.
  static Result<WriterLock> acquire(const std::string& db);
  WriterLock(WriterLock&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
  WriterLock& operator=(WriterLock&&) = delete;
  ~WriterLock();

 private:
  explicit WriterLock(int fd) : fd_(fd) {}
  int fd_;
};

// The pid of the process writing `db` now, or nullopt when no run holds the
// lock. Never takes the lock itself, so it cannot make a starting run fail.
std::optional<pid_t> running_writer(const std::string& db);

}  // namespace claimcheck
