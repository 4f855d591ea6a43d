// The database-backed commands: run, report, runs/status, merge. Each returns
// its exit status and prints one line per failure on stderr.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

struct RunOptions {
  std::string corpus;
  std::string db;
  unsigned jobs = 1;
  unsigned shard_index = 0;
  unsigned shard_count = 1;
  bool stats = false;
  bool rehash = false;  // read and hash every document, even one whose size and time are unchanged
  bool quiet = false;
  bool verbose = false;
  std::string log_format = "text";
};

struct ReportOptions {
  std::string db;
  std::string format = "json";
  std::string story;
  std::string out;
  std::optional<long long> since_run;
  bool only_new = false;
};

int run_command(const RunOptions& options);
int report_command(const ReportOptions& options);
int runs_command(const std::string& db, bool last_only);
int merge_command(const std::string& out, const std::vector<std::string>& inputs);

}  // namespace claimcheck
