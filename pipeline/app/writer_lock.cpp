#include "pipeline/app/writer_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace claimcheck {
namespace fs = std::filesystem;

// Two locks on the same file: flock() is the writer lock proper (it belongs
// to the open file, survives nothing, and is what other tools such as
// flock(1) see); a POSIX record lock on top lets a reader ask "who holds it?"
// with F_GETLK, which, unlike trying flock(), never takes the lock even for
// an instant. The run opens the lock file once, so the POSIX lock's
// release-on-any-close rule cannot drop it early.
Result<WriterLock> WriterLock::acquire(const std::string& db) {
  const std::string path = db + ".lock";
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    const fs::path parent = fs::path(db).parent_path();
    if (std::error_code ec; !parent.empty() && !fs::is_directory(parent, ec))
      return Error{db, "folder '" + parent.string() + "' does not exist"};
    return Error{path, std::string("cannot create lock file: ") + std::strerror(errno)};
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd);
    std::string who;
    if (auto pid = running_writer(db)) who = " by pid " + std::to_string(*pid);
    return Error{db, "another claimcheck run is writing this database (lock " + path + " held" + who +
                         "); not started"};
  }
  struct flock rec {};
  rec.l_type = F_WRLCK;
  rec.l_whence = SEEK_SET;
  (void)::fcntl(fd, F_SETLK, &rec);  // best effort: only used to answer running_writer()
  // The pid in the file is for a human reading it; the locks are the truth.
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) == 0) (void)!::pwrite(fd, pid.data(), pid.size(), 0);
  return WriterLock(fd);
}

WriterLock::~WriterLock() {
  if (fd_ >= 0) ::close(fd_);
}

std::optional<pid_t> running_writer(const std::string& db) {
  const std::string path = db + ".lock";
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;  // no lock file: no run ever started here
  struct flock rec {};
  rec.l_type = F_WRLCK;
  rec.l_whence = SEEK_SET;
  std::optional<pid_t> out;
  if (::fcntl(fd, F_GETLK, &rec) == 0 && rec.l_type != F_UNLCK) out = rec.l_pid;
  ::close(fd);
  return out;
}

}  // namespace claimcheck
