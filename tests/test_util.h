// Small helpers shared by tests: temporary folders, file writing, and running
// the claimcheck binary as a user would.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace claimcheck::testing {

// A fresh folder under the system temp dir, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("claimcheck-test-" + std::to_string(getpid()) + "-" +
                                                      std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::string operator/(const std::string& rel) const { return (path_ / rel).string(); }

 private:
  std::filesystem::path path_;
};

inline void write_file(const std::string& path, const std::string& bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct CommandResult {
  int status = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `args` (already shell-quoted as needed) with the claimcheck binary.
inline CommandResult run_claimcheck(const std::string& args, const std::string& stdin_file = "") {
  const auto err_path = std::filesystem::temp_directory_path() / ("cc-stderr-" + std::to_string(getpid()));
  std::string cmd = std::string(CLAIMCHECK_BINARY) + " " + args + " 2>" + err_path.string();
  if (!stdin_file.empty()) cmd += " <" + stdin_file;
  CommandResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int rc = pclose(p);
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  r.err = read_file(err_path.string());
  std::filesystem::remove(err_path);
  return r;
}

inline std::string source_path(const std::string& rel) { return std::string(CLAIMCHECK_SOURCE_DIR) + "/" + rel; }

}  // namespace claimcheck::testing
