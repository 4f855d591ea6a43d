// Writes the seed corpora for the fuzz targets into a build folder: every rule
// example and counter-example text (extractors/rules/*.json, embedded), the
// paragraphs and whole texts of the corpus documents, and story.json variants.
// Usage: fuzz_seeds CORPUS_DIR OUT_DIR -> OUT_DIR/{text,story}/<n>. It fuzzes nothing.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "extractors/rule_book.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {
std::set<std::string> texts, stories;

// Every "text" string and every plain string under "examples"/"not", at any depth.
void collect(const json& j, bool in_examples) {
  if (j.is_string()) {
    if (in_examples) texts.insert(j.get<std::string>());
  } else if (j.is_array()) {
    for (const auto& e : j) collect(e, in_examples);
  } else if (j.is_object()) {
    for (const auto& [k, v] : j.items()) {
      if (k == "text" && v.is_string()) texts.insert(v.get<std::string>());
      collect(v, in_examples || k == "examples" || k == "not");
    }
  }
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_all(const fs::path& dir, const std::set<std::string>& items) {
  fs::create_directories(dir);
  size_t n = 0;
  for (const auto& s : items) std::ofstream(dir / std::to_string(n++), std::ios::binary) << s;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: fuzz_seeds CORPUS_DIR OUT_DIR\n");
    return 2;
  }
  auto book = claimcheck::RuleBook::embedded();
  if (!book.ok()) {
    std::fprintf(stderr, "%s\n", book.error().str().c_str());
    return 1;
  }
  for (const auto& f : book->files()) collect(f.json, false);
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(argv[1], ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    const fs::path p = it->path();
    if (p.filename() == "story.json") {
      const std::string s = slurp(p);
      stories.insert(s);
      json j = json::parse(s, nullptr, false);
      if (j.is_object() && j.contains("documents") && j["documents"].is_array() && !j["documents"].empty()) {
        json k = j;  // a few near misses for the mutator to start from
        k["documents"][0]["file"] = "../outside.txt";
        stories.insert(k.dump());
        k = j;
        k["documents"][0]["published"] = "2026-02-31";
        stories.insert(k.dump());
        k = j;
        k["documents"].push_back(j["documents"][0]);
        stories.insert(k.dump());
      }
    } else if (p.extension() == ".txt" || p.extension() == ".md") {
      const std::string s = slurp(p);
      texts.insert(s.substr(0, 8192));
      size_t start = 0;
      while (start < s.size()) {  // paragraphs, split at blank lines
        size_t end = s.find("\n\n", start);
        if (end == std::string::npos) end = s.size();
        if (end - start > 20) texts.insert(s.substr(start, end - start));
        start = end + 2;
      }
    }
  }
  write_all(fs::path(argv[2]) / "text", texts);
  write_all(fs::path(argv[2]) / "story", stories);
  std::printf("fuzz_seeds: %zu texts, %zu stories\n", texts.size(), stories.size());
  return 0;
}
