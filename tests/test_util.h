// Small helpers shared by tests: temporary folders, file writing, and running
// the claimcheck binary as a user would.
#pragma once

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

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

// The demo story copied to corpus/<id> under that id: corpora of many
// stories, for runs long enough to interrupt or to read during.
inline void copy_demo_story(const std::string& corpus, const std::string& id) {
  const std::filesystem::path demo = source_path("corpus/msft-openai-2026-04");
  const std::filesystem::path dir = std::filesystem::path(corpus) / id;
  std::filesystem::create_directories(dir);
  for (const auto& e : std::filesystem::directory_iterator(demo))
    if (e.path().filename() != "story.json") std::filesystem::copy_file(e.path(), dir / e.path().filename());
  std::string spec = read_file((demo / "story.json").string());
  const std::string demo_id = "msft-openai-2026-04";
  spec.replace(spec.find(demo_id), demo_id.size(), id);
  write_file((dir / "story.json").string(), spec);
}

// Starts the claimcheck binary with `args` in a child process and returns its
// pid (reap it with waitpid). stdout goes to /dev/null, stderr to `err_file`;
// `in_child` runs in the child just before exec (resource limits, a user).
inline pid_t spawn_claimcheck(const std::vector<std::string>& args, const std::string& err_file = "/dev/null",
                              const std::function<void()>& in_child = {}) {
  const pid_t pid = fork();
  if (pid != 0) return pid;
  const int err = ::open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  dup2(err, 2);
  const int devnull = ::open("/dev/null", O_WRONLY);
  dup2(devnull, 1);
  if (in_child) in_child();
  std::vector<char*> argv{const_cast<char*>(CLAIMCHECK_BINARY)};
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  execv(CLAIMCHECK_BINARY, argv.data());
  _exit(127);
}

}  // namespace claimcheck::testing
