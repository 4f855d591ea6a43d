// What `run` tells its operator on stderr: one line per failure, a progress
// line when stderr is a terminal, a closing summary; or, with --log-format
// json, one JSON object per event ({"time", "level", "event", "message", ...}).
// Levels: error always; warning and info unless -q; debug (per document and
// story) with -v. It never writes stdout, which is left for data.
#pragma once

#include <chrono>
#include <mutex>
#include <string>

#include <nlohmann/json.hpp>

namespace claimcheck {

class RunLog {
 public:
  enum class Level { kQuiet, kNormal, kVerbose };
  RunLog(Level level, bool json);

  void error(const std::string& event, const std::string& message, nlohmann::json fields = {});
  void warning(const std::string& event, const std::string& message, nlohmann::json fields = {});
  void info(const std::string& event, const std::string& message, nlohmann::json fields = {});
  void debug(const std::string& event, const std::string& message, nlohmann::json fields = {});
  // Rewrites the progress line (terminal, text mode, not quiet only).
  void progress(size_t done, size_t total, uint64_t bytes);
  void end_progress();

 private:
  void emit(const char* level, const std::string& event, const std::string& message, nlohmann::json fields);
  Level level_;
  bool json_;
  bool tty_;
  bool progress_shown_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_progress_{};
  std::mutex mu_;
};

}  // namespace claimcheck
