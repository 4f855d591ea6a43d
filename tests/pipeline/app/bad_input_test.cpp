// Hostile and broken documents: each is processed or refused with a one-line
// reason naming the file, and the run goes on with the rest.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <string>

#include "tests/test_util.h"

namespace claimcheck {
namespace {

using testing::run_claimcheck;
using testing::TempDir;
using testing::write_file;

std::string scalar(const std::string& db, const std::string& sql) {
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
  std::string out = "NULL";
  if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
    out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  sqlite3_close(h);
  return out;
}

struct BadDoc {
  const char* file;
  std::string bytes;
  const char* refusal;  // expected substring of the refusal, or nullptr when it must be processed
};

}  // namespace

TEST_CASE("bad documents are processed or refused one by one, never crash the run") {
  using namespace std::string_literals;
  const std::string good = "Microsoft said on April 27, 2026 that revenue rose 12% to $13 billion.";
  const BadDoc docs[] = {
      {"empty.txt", "", nullptr},
      {"whitespace.txt", " \n\t\r\n  \n", nullptr},
      {"utf16le_bom.txt", "\xff\xfe" + good, "UTF-16"},
      {"invalid_utf8.txt", "\x80" + good + "\xc3" + good + "\xe2\x82" + good + "\xf0\x9f\x98", nullptr},
      {"overlong.txt", "\xc0\xaf" + good + "\xed\xa0\x80", nullptr},
      {"nul.txt", good + "\0"s + good, "NUL byte"},
      {"png.txt", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR"s, "PNG image"},
      {"utf16be.txt", "\xfe\xff\0M\0i"s, "UTF-16"},
      {"bom_crlf.txt", "\xef\xbb\xbf" + good + "\r\n\r\n" + good + "\r\n", nullptr},
      {"mixed.txt", "Привет 你好 مرحبا \u200f\u200d\u0301 e\u0301 👩‍👩‍👧 " + good, nullptr},
      {"markup.txt", "<script>alert(1)</script> &amp; *bold* [x](y) " + good, nullptr},
      {"long_line.txt", std::string(200000, 'x') + " " + good + std::string(200000, '9'), nullptr},
  };
  TempDir dir;
  std::string story = R"({"id": "bad-docs", "documents": [{"file": "official.txt", "role": "official", "published": "2026-04-27"})";
  write_file(dir / "corpus/bad-docs/official.txt", good);
  for (const auto& d : docs) {
    write_file(dir / ("corpus/bad-docs/" + std::string(d.file)), d.bytes);
    story += R"(, {"file": ")" + std::string(d.file) + R"(", "role": "coverage"})";
  }
  write_file(dir / "corpus/bad-docs/story.json", story + "]}");
  const std::string db = dir / "claims.db";
  auto r = run_claimcheck("run " + (dir / "corpus") + " --db " + db);
  CHECK(r.status == 1);  // some documents were refused
  for (const auto& d : docs) {
    CAPTURE(d.file);
    const std::string status = scalar(db, std::string("SELECT status FROM documents WHERE file = '") + d.file + "'");
    if (d.refusal) {
      CHECK(status == "refused");
      CHECK(scalar(db, std::string("SELECT error FROM documents WHERE file = '") + d.file + "'").find(d.refusal) !=
            std::string::npos);
      // Printed once, on one line, naming the file.
      const std::string needle = std::string(d.file) + ": ";
      const size_t at = r.err.find(needle);
      REQUIRE(at != std::string::npos);
      CHECK(r.err.find(needle, at + 1) == std::string::npos);
    } else {
      CHECK(status == "ok");
    }
  }
  CHECK(scalar(db, "SELECT warnings FROM documents WHERE file = 'invalid_utf8.txt'").find("invalid") != std::string::npos);
  // Claims in damaged documents still point at their exact bytes.
  CHECK(scalar(db, "SELECT count(*) FROM claims c JOIN documents d ON d.id = c.document_id"
                   " WHERE CAST(substr(d.content, c.start + 1, c.end - c.start) AS TEXT) != c.text") == "0");
  CHECK(std::stoi(scalar(db, "SELECT count(*) FROM claims c JOIN documents d ON d.id = c.document_id"
                             " WHERE d.file = 'invalid_utf8.txt' AND c.kind = 'money'")) == 3);
  CHECK(scalar(db, "SELECT count(*) FROM documents WHERE file = 'official.txt' AND status = 'ok'") == "1");
}

TEST_CASE("extract refuses binary files by name and goes on") {
  TempDir dir;
  write_file(dir / "bin.txt", std::string("\x89PNG\r\n\x1a\n\0\0", 10));
  write_file(dir / "ok.txt", "It rose 5% in 2025.");
  auto r = run_claimcheck("extract " + (dir / "bin.txt") + " " + (dir / "ok.txt"));
  CHECK(r.status == 1);
  CHECK(r.err.find("bin.txt: binary file (PNG image)") != std::string::npos);
  CHECK(r.out.find("ok.txt") != std::string::npos);
}

}  // namespace claimcheck
