#include "pipeline/ingest/corpus.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <sys/stat.h>

namespace claimcheck {
namespace fs = std::filesystem;
namespace {

uint64_t fnv1a(std::string_view bytes) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// A relative path that cannot leave its folder: no absolute path, no "..", no empty part.
bool is_contained_relative_path(std::string_view p) {
  if (p.empty() || p.front() == '/' || p.find('\\') != std::string_view::npos) return false;
  if (p.find('\0') != std::string_view::npos) return false;
  size_t pos = 0;
  while (pos <= p.size()) {
    size_t slash = p.find('/', pos);
    if (slash == std::string_view::npos) slash = p.size();
    std::string_view part = p.substr(pos, slash - pos);
    if (part.empty() || part == "..") return false;
    pos = slash + 1;
  }
  return true;
}

Result<std::string> optional_string(const nlohmann::json& obj, const char* key, const std::string& field_prefix) {
  if (!obj.contains(key) || obj[key].is_null()) return std::string();
  if (!obj[key].is_string()) return Error{"", field_prefix + key + ": must be a string"};
  return obj[key].get<std::string>();
}

}  // namespace

std::optional<std::string> text_refusal(std::string_view bytes) {
  auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\x00\x00"sv) || starts("\x00\x00\xFE\xFF"sv))
    return "UTF-32 text (byte-order mark found); save it as UTF-8";
  if (starts("\xFF\xFE"sv) || starts("\xFE\xFF"sv)) return "UTF-16 text (byte-order mark found); save it as UTF-8";
  static constexpr std::pair<std::string_view, const char*> kMagic[] = {
      {"\x89PNG\r\n\x1A\n"sv, "PNG image"}, {"\xFF\xD8\xFF"sv, "JPEG image"}, {"GIF8"sv, "GIF image"},
      {"%PDF-"sv, "PDF document"},          {"PK\x03\x04"sv, "ZIP archive"}, {"\x1F\x8B"sv, "gzip archive"}};
  for (const auto& [magic, what] : kMagic)
    if (starts(magic)) return std::string("binary file (") + what + "), not text";
  const size_t nul = bytes.substr(0, 65536).find('\0');
  if (nul != std::string_view::npos) return "binary file (NUL byte at offset " + std::to_string(nul) + "), not text";
  return std::nullopt;
}

std::string content_hash(std::string_view bytes) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%016llx-%llx", static_cast<unsigned long long>(fnv1a(bytes)),
                static_cast<unsigned long long>(bytes.size()));
  return buf;
}

uint32_t shard_of(std::string_view story_id, uint32_t n) {
  return n == 0 ? 0 : static_cast<uint32_t>(fnv1a(story_id) % n);
}

Result<std::vector<std::string>> list_story_folders(const std::string& corpus_dir) {
  std::error_code ec;
  if (!fs::is_directory(corpus_dir, ec)) return Error{corpus_dir, "not a directory"};
  std::vector<std::string> out;
  for (fs::directory_iterator it(corpus_dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_directory(ec) && fs::exists(it->path() / "story.json", ec)) out.push_back(it->path().string());
  }
  if (ec) return Error{corpus_dir, "cannot list: " + ec.message()};
  std::sort(out.begin(), out.end());
  return out;
}

Result<StorySpec> parse_story(const nlohmann::json& j, const std::string& folder) {
  const std::string where = (fs::path(folder) / "story.json").string();
  auto fail = [&](const std::string& msg) { return Error{where, msg}; };
  if (!j.is_object()) return fail("top level: must be a JSON object");
  StorySpec story;
  story.folder = folder;
  if (!j.contains("id")) return fail("id: missing");
  if (!j["id"].is_string() || j["id"].get<std::string>().empty()) return fail("id: must be a non-empty string");
  story.id = j["id"].get<std::string>();
  auto title = optional_string(j, "title", "");
  if (!title.ok()) return fail(title.error().message);
  story.title = *title;
  if (!j.contains("documents")) return fail("documents: missing");
  if (!j["documents"].is_array()) return fail("documents: must be an array");
  std::set<std::string> seen_files;
  int officials = 0;
  for (size_t i = 0; i < j["documents"].size(); ++i) {
    const auto& d = j["documents"][i];
    const std::string field = "documents[" + std::to_string(i) + "].";
    if (!d.is_object()) return fail("documents[" + std::to_string(i) + "]: must be an object");
    DocumentSpec spec;
    if (!d.contains("file")) return fail(field + "file: missing");
    if (!d["file"].is_string()) return fail(field + "file: must be a string");
    spec.file = d["file"].get<std::string>();
    if (!is_contained_relative_path(spec.file))
      return fail(field + "file: '" + spec.file + "' must be a relative path inside the story folder");
    if (!seen_files.insert(spec.file).second) return fail(field + "file: '" + spec.file + "' is listed twice");
    if (!d.contains("role")) return fail(field + "role: missing");
    if (!d["role"].is_string()) return fail(field + "role: must be a string");
    const std::string role = d["role"].get<std::string>();
    if (role == "official") {
      spec.role = Role::kOfficial;
      ++officials;
    } else if (role == "coverage") {
      spec.role = Role::kCoverage;
    } else {
      return fail(field + "role: '" + role + "' is neither 'official' nor 'coverage'");
    }
    for (auto [key, dst] : {std::pair{"source", &spec.source}, std::pair{"url", &spec.url}}) {
      auto v = optional_string(d, key, field);
      if (!v.ok()) return fail(v.error().message);
      *dst = *v;
    }
    if (d.contains("published") && !d["published"].is_null()) {
      if (!d["published"].is_string()) return fail(field + "published: must be a string YYYY-MM-DD");
      const std::string p = d["published"].get<std::string>();
      spec.published = parse_iso_date(p);
      if (!spec.published) return fail(field + "published: '" + p + "' is not a valid YYYY-MM-DD date");
    }
    story.documents.push_back(std::move(spec));
  }
  if (officials != 1)
    return fail("documents: exactly one document must have role 'official' (found " + std::to_string(officials) + ")");
  return story;
}

std::optional<std::string> read_file_bytes(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return std::nullopt;
  std::string out;
  char buf[16384];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) out.append(buf, n);
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return std::nullopt;
  return out;
}

namespace {

// Finds the top-level "id" string of a JSON object and stops there, building
// nothing else: what a pass over every story needs, at a fraction of a parse.
class TopLevelId : public nlohmann::json_sax<nlohmann::json> {
 public:
  std::optional<std::string> id;
  bool null() override { return value(); }
  bool boolean(bool) override { return value(); }
  bool number_integer(number_integer_t) override { return value(); }
  bool number_unsigned(number_unsigned_t) override { return value(); }
  bool number_float(number_float_t, const string_t&) override { return value(); }
  bool string(string_t& v) override {
    if (depth_ == 1 && key_is_id_) {
      id = v;
      return false;  // found: stop parsing
    }
    return value();
  }
  bool binary(binary_t&) override { return value(); }
  bool start_object(std::size_t) override { return open(); }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(); }
  bool end_array() override { return close(); }
  bool key(string_t& k) override {
    key_is_id_ = depth_ == 1 && k == "id";
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  bool value() {
    key_is_id_ = false;
    return true;
  }
  bool open() {
    ++depth_;
    key_is_id_ = false;
    return true;
  }
  bool close() {
    --depth_;
    return true;
  }
  int depth_ = 0;
  bool key_is_id_ = false;
};

}  // namespace

Result<StorySpec> load_story(const std::string& folder) {
  const std::string path = (fs::path(folder) / "story.json").string();
  auto text = read_file_bytes(path);
  if (!text) return Error{path, "cannot open"};
  auto j = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Error{path, "not valid JSON"};
  return parse_story(j, folder);
}

std::optional<std::string> story_id(const std::string& folder) {
  auto text = read_file_bytes((fs::path(folder) / "story.json").string());
  if (!text) return std::nullopt;
  TopLevelId sax;
  (void)nlohmann::json::sax_parse(*text, &sax, nlohmann::json::input_format_t::json, /*strict=*/false);
  if (!sax.id || sax.id->empty()) return std::nullopt;
  return sax.id;
}

namespace {

// The document's path once it is known to be a regular file that stays inside
// the story folder (a symlink, or a symlinked folder, may not lead outside).
Result<fs::path> checked_path(const StorySpec& story, const DocumentSpec& spec, struct stat* st) {
  fs::path path = fs::path(story.folder) / spec.file;
  // A plain file (not a symlink) named directly in the folder is inside it:
  // parse_story refuses absolute paths and "..". This skips the costly
  // canonical-path walk for the common case.
  if (spec.file.find('/') == std::string::npos && ::lstat(path.c_str(), st) == 0 && S_ISREG(st->st_mode))
    return path;
  const std::string where = path.string();
  if (::stat(path.c_str(), st) != 0)
    return Error{where, errno == ENOENT || errno == ENOTDIR ? "file not found" : std::string("cannot stat: ") + std::strerror(errno)};
  if (!S_ISREG(st->st_mode)) return Error{where, "not a regular file"};
  std::error_code ec;
  const fs::path real = fs::weakly_canonical(path, ec);
  const fs::path root = fs::weakly_canonical(story.folder, ec);
  if (ec) return Error{where, "cannot resolve path: " + ec.message()};
  auto [root_end, real_it] = std::mismatch(root.begin(), root.end(), real.begin(), real.end());
  if (root_end != root.end()) return Error{where, "resolves outside the story folder"};
  return path;
}

int64_t mtime_ns_of(const struct stat& st) {
  return static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

}  // namespace

Result<FileStamp> stat_document(const StorySpec& story, const DocumentSpec& spec) {
  struct stat st {};
  auto path = checked_path(story, spec, &st);
  if (!path.ok()) return path.error();
  return FileStamp{static_cast<uint64_t>(st.st_size), mtime_ns_of(st)};
}

Result<Document> read_document(const StorySpec& story, const DocumentSpec& spec) {
  struct stat st {};
  auto checked = checked_path(story, spec, &st);
  if (!checked.ok()) return checked.error();
  const fs::path& path = checked.value();
  const std::string where = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{where, "cannot open"};
  Document doc;
  doc.spec = spec;
  doc.story_id = story.id;
  // Stamped before reading: a write racing the read leaves an older stamp, so
  // the next run reads the file again rather than trusting stale bytes.
  doc.mtime_ns = mtime_ns_of(st);
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size < 0) return Error{where, "cannot read"};
  if (static_cast<unsigned long long>(size) > 0xFFFFFFF0ULL) return Error{where, "larger than 4 GiB"};
  doc.bytes.resize(static_cast<size_t>(size));
  in.seekg(0);
  in.read(doc.bytes.data(), size);
  if (!in) return Error{where, "read failed"};
  doc.hash = content_hash(doc.bytes);
  return doc;
}

}  // namespace claimcheck
