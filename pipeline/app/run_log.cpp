#include "pipeline/app/run_log.h"

#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <iostream>

#include "pipeline/app/claim_json.h"

namespace claimcheck {
namespace {

// UTC with milliseconds: log collectors sort and join on it.
std::string utc_now_ms() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[40];
  const size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  std::snprintf(buf + n, sizeof buf - n, ".%03dZ", static_cast<int>(ms));
  return buf;
}

}  // namespace

RunLog::RunLog(Level level, bool json) : level_(level), json_(json), tty_(isatty(STDERR_FILENO) == 1) {}

void RunLog::emit(const char* level, const std::string& event, const std::string& message, nlohmann::json fields) {
  std::lock_guard<std::mutex> lock(mu_);
  if (progress_shown_) {
    std::cerr << "\r\033[K";
    progress_shown_ = false;
  }
  if (json_) {
    if (!fields.is_object()) fields = nlohmann::json::object();
    fields["time"] = utc_now_ms();
    fields["level"] = level;
    fields["event"] = event;
    fields["message"] = message;
    std::cerr << dump_json(fields) << '\n';
  } else {
    std::cerr << "claimcheck: " << message << '\n';
  }
}

void RunLog::error(const std::string& e, const std::string& m, nlohmann::json f) { emit("error", e, m, std::move(f)); }
void RunLog::warning(const std::string& e, const std::string& m, nlohmann::json f) {
  if (level_ != Level::kQuiet) emit("warning", e, m, std::move(f));
}
void RunLog::info(const std::string& e, const std::string& m, nlohmann::json f) {
  if (level_ != Level::kQuiet) emit("info", e, m, std::move(f));
}
void RunLog::debug(const std::string& e, const std::string& m, nlohmann::json f) {
  if (level_ == Level::kVerbose) emit("debug", e, m, std::move(f));
}

void RunLog::progress(size_t done, size_t total, uint64_t bytes) {
  if (json_ || !tty_ || level_ == Level::kQuiet) return;
  std::lock_guard<std::mutex> lock(mu_);
  const auto now = std::chrono::steady_clock::now();
  if (done != total && now - last_progress_ < std::chrono::milliseconds(200)) return;
  last_progress_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  const double mbps = secs > 0 ? static_cast<double>(bytes) / 1e6 / secs : 0;
  const double eta = done > 0 ? secs * static_cast<double>(total - done) / static_cast<double>(done) : 0;
  std::fprintf(stderr, "\r\033[K%zu/%zu stories  %.1f MB/s  ETA %.0fs", done, total, mbps, eta);
  std::fflush(stderr);
  progress_shown_ = true;
}

void RunLog::end_progress() {
  std::lock_guard<std::mutex> lock(mu_);
  if (progress_shown_) std::cerr << "\r\033[K";
  progress_shown_ = false;
}

}  // namespace claimcheck
