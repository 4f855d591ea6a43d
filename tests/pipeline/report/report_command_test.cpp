// `claimcheck report` end to end on tiny corpora built here: hostile story
// metadata comes out escaped in every format, a database without
// contradictions says so, --story filters and --out writes the file.
// Nothing here depends on which contradictions the comparison finds.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

#include "tests/test_util.h"

namespace claimcheck {
namespace {

using testing::run_claimcheck;
using testing::TempDir;
using testing::write_file;

// Two stories whose coverage repeats the official text word for word.
void write_corpus(const TempDir& dir) {
  const std::string text = "Acme & Beta <b>agree</b>\n\nThe agreement was signed in Berlin.\n";
  write_file(dir / "corpus/calm/official.txt", text);
  write_file(dir / "corpus/calm/echo.txt", text);
  write_file(dir / "corpus/calm/story.json", R"js({"id": "calm", "title": "A calm <script>alert(1)</script> story &amp; more",
    "documents": [{"file": "official.txt", "role": "official", "source": "Acme", "url": "https://acme.example/a"},
                  {"file": "echo.txt", "role": "coverage", "source": "Echo <img src=x onerror=alert(2)> & Co",
                   "url": "javascript:alert(3)"}]})js");
  write_file(dir / "corpus/other/official.txt", text);
  write_file(dir / "corpus/other/story.json",
             R"({"id": "other", "title": "Other", "documents": [{"file": "official.txt", "role": "official"}]})");
}

TEST_CASE("report: hostile metadata escaped, empty wording, --story, --out") {
  TempDir dir;
  write_corpus(dir);
  const std::string db = dir / "claims.db";
  REQUIRE(run_claimcheck("run " + (dir / "corpus") + " --db " + db + " -q").status == 0);

  const auto md = run_claimcheck("report --db " + db + " --format md");
  REQUIRE(md.status == 0);
  CHECK(md.out.find("**No contradictions found.** 2 stories checked") != std::string::npos);
  CHECK(md.out.find("## A calm \\<script\\>alert(1)\\</script\\> story \\&amp; more") != std::string::npos);
  CHECK(md.out.find("| Echo \\<img src=x onerror=alert(2)\\> \\& Co |") != std::string::npos);
  CHECK(md.out.find("<script>") == std::string::npos);
  CHECK(md.out.find("javascript:") == std::string::npos);

  const std::string out = dir / "r.html";
  const auto html = run_claimcheck("report --db " + db + " --format html --story calm --out " + out);
  REQUIRE(html.status == 0);
  CHECK(html.out.empty());
  const std::string page = testing::read_file(out);
  CHECK(page.find("No contradictions found.") != std::string::npos);
  CHECK(page.find("A calm &lt;script&gt;alert(1)&lt;/script&gt; story &amp;amp; more") != std::string::npos);
  CHECK(page.find("Echo &lt;img src=x onerror=alert(2)&gt; &amp; Co") != std::string::npos);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("javascript:") == std::string::npos);
  CHECK(page.find("href=\"https://acme.example/a\"") != std::string::npos);
  CHECK(page.find("story-other") == std::string::npos);  // --story calm only
  CHECK_FALSE(std::filesystem::exists(out + ".tmp"));

  const auto reviews = run_claimcheck("report --db " + db + " --format claimreview");
  REQUIRE(reviews.status == 0);
  CHECK(nlohmann::json::parse(reviews.out).empty());

  const auto json = run_claimcheck("report --db " + db + " --format json --story other");
  REQUIRE(json.status == 0);
  const auto j = nlohmann::json::parse(json.out);
  REQUIRE(j["stories"].size() == 1);
  CHECK(j["stories"][0]["id"] == "other");
  CHECK(j["stories"][0]["findings"].empty());
}

}  // namespace
}  // namespace claimcheck
