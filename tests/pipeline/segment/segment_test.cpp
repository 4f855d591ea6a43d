#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "extractors/rule_book.h"
#include "pipeline/normalise/normalise.h"
#include "pipeline/segment/segment.h"

namespace claimcheck {
namespace {

const nlohmann::json& segment_json() {
  static const nlohmann::json j = [] {
    auto book = RuleBook::embedded();
    REQUIRE(book.ok());
    const nlohmann::json* f = book->file("segment.json");
    REQUIRE(f != nullptr);
    return *f;
  }();
  return j;
}

const SegmentRules& rules() {
  static const SegmentRules r = [] {
    auto res = SegmentRules::from_json(segment_json());
    if (!res.ok()) FAIL(res.error().str());
    return std::move(res.value());
  }();
  return r;
}

std::string_view at(std::string_view text, Span s) { return text.substr(s.start, s.size()); }

std::vector<std::string> sentence_texts(std::string_view text, const Segmentation& seg) {
  std::vector<std::string> out;
  for (const auto& s : seg.sentences) out.emplace_back(at(text, s.span));
  return out;
}

std::string describe(std::string_view text, const Segmentation& seg) {
  std::string d;
  for (size_t i = 0; i < seg.blocks.size(); ++i)
    d += "\n  block " + std::to_string(i) + " " + std::string(to_string(seg.blocks[i].kind)) + " [" +
         std::string(at(text, seg.blocks[i].span)) + "] " + seg.blocks[i].reason;
  for (const auto& s : seg.sentences) d += "\n  sentence (" + std::to_string(s.block) + ") [" + std::string(at(text, s.span)) + "]";
  return d;
}

// The contract of Segmentation, checked on any text.
void check_invariants(std::string_view text, const Segmentation& seg) {
  uint32_t last_block_end = 0;
  for (const auto& b : seg.blocks) {
    REQUIRE_FALSE(b.span.empty());
    REQUIRE(b.span.end <= text.size());
    REQUIRE(b.span.start >= last_block_end);
    last_block_end = b.span.end;
    REQUIRE(text[b.span.start] != ' ');
    REQUIRE(text[b.span.end - 1] != ' ');
    REQUIRE((b.kind == BlockKind::kBoilerplate) == !b.reason.empty());
  }
  uint32_t last_end = 0;
  for (const auto& s : seg.sentences) {
    REQUIRE_FALSE(s.span.empty());
    REQUIRE(s.block < seg.blocks.size());
    REQUIRE(seg.blocks[s.block].span.contains(s.span));
    REQUIRE(s.span.start >= last_end);
    last_end = s.span.end;
    REQUIRE(s.boilerplate == (seg.blocks[s.block].kind == BlockKind::kBoilerplate));
  }
}

Segmentation run(const std::string& text) {
  const Segmentation seg = segment(text, rules());
  check_invariants(text, seg);
  return seg;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("every segment.json rule's examples and counter-examples hold") {
  size_t checked = 0;
  for (const auto& r : segment_json().at("rules")) {
    const std::string id = r.at("id").get<std::string>();
    const std::string type = r.at("type").get<std::string>();
    CAPTURE(id);
    REQUIRE_MESSAGE(r.contains("examples"), "rule without examples is unfinished");
    REQUIRE_MESSAGE(r.contains("not"), "rule without counter-examples is unfinished");
    if (type == "abbreviation") {
      for (const auto* list : {&r.at("examples"), &r.at("not")}) {
        for (const auto& ex : *list) {
          const std::string text = normalise(ex.at("text").get<std::string>()).text;
          const auto seg = run(text);
          CAPTURE(describe(text, seg));
          CHECK(sentence_texts(text, seg) == ex.at("sentences").get<std::vector<std::string>>());
          ++checked;
        }
      }
      continue;
    }
    for (const auto& ex : r.at("examples")) {
      const std::string text = normalise(ex.get<std::string>()).text;
      const auto seg = run(text);
      CAPTURE(describe(text, seg));
      REQUIRE(seg.blocks.size() == 1);
      CHECK(seg.blocks[0].kind == BlockKind::kBoilerplate);
      if (type == "line") CHECK(seg.blocks[0].reason == "line: " + id);
      if (type == "section") {
        CHECK(seg.blocks[0].reason.starts_with("heading: "));
        const std::string doc = "The deal was signed on Monday.\n\n" + text + "\n\nAnother story ran on Tuesday.\n";
        const auto seg2 = run(doc);
        CAPTURE(describe(doc, seg2));
        REQUIRE(seg2.blocks.size() == 3);
        CHECK(seg2.blocks[0].kind == BlockKind::kParagraph);
        CHECK(seg2.blocks[2].kind == BlockKind::kBoilerplate);
        CHECK(seg2.blocks[2].reason.starts_with("section: "));
      }
      if (type == "links") {
        CHECK(seg.blocks[0].reason == "heading: " + id);
        // Its links are boilerplate up to the first paragraph, which is kept.
        const std::string doc = "The deal was signed on Monday.\n\n" + text +
                                "\n\u2022 Council sets 2036 budget at R4 billion\nAirport bus link to run from December\n\n"
                                "The next payment is due on 1 March.\n";
        const auto seg2 = run(normalise(doc).text);
        CAPTURE(describe(doc, seg2));
        REQUIRE(seg2.blocks.size() == 5);
        CHECK(seg2.blocks[0].kind == BlockKind::kParagraph);
        CHECK(seg2.blocks[2].reason == "links: " + id);
        CHECK(seg2.blocks[3].reason == "links: " + id);
        CHECK(seg2.blocks[4].kind == BlockKind::kParagraph);
      }
      ++checked;
    }
    for (const auto& ex : r.at("not")) {
      const std::string text = normalise(ex.get<std::string>()).text;
      const auto seg = run(text);
      CAPTURE(describe(text, seg));
      for (const auto& b : seg.blocks) CHECK(b.kind != BlockKind::kBoilerplate);
      ++checked;
    }
  }
  CHECK(checked > 30);
}

TEST_CASE("from_json refuses broken rules with the rule named") {
  auto bad_pattern = SegmentRules::from_json(
      nlohmann::json::parse(R"({"rules": [{"id": "x.bad", "type": "line", "pattern": "(unclosed"}]})"));
  REQUIRE_FALSE(bad_pattern.ok());
  CHECK(bad_pattern.error().str().find("x.bad") != std::string::npos);
  auto bad_type = SegmentRules::from_json(nlohmann::json::parse(R"({"rules": [{"id": "x.t", "type": "nope"}]})"));
  REQUIRE_FALSE(bad_type.ok());
  CHECK(bad_type.error().str().find("unknown type 'nope'") != std::string::npos);
  CHECK(SegmentRules::from_json(nlohmann::json::object()).ok());
}

TEST_CASE("blank lines and single newlines separate blocks; wrapped lines join") {
  const std::string text =
      "Title of the Story\n\nFirst paragraph. It has two sentences.\nSecond paragraph on the next line.\n"
      "A hard-wrapped sentence that goes on\nand on across two lines. Then stops.\n";
  const auto seg = run(text);
  CAPTURE(describe(text, seg));
  REQUIRE(seg.blocks.size() == 4);
  CHECK(seg.blocks[0].kind == BlockKind::kHeading);
  CHECK(at(text, seg.blocks[0].span) == "Title of the Story");
  CHECK(at(text, seg.blocks[1].span) == "First paragraph. It has two sentences.");
  CHECK(seg.blocks[2].kind == BlockKind::kParagraph);
  CHECK(at(text, seg.blocks[3].span) == "A hard-wrapped sentence that goes on\nand on across two lines. Then stops.");
  CHECK(sentence_texts(text, seg) ==
        std::vector<std::string>{"Title of the Story", "First paragraph.", "It has two sentences.",
                                 "Second paragraph on the next line.",
                                 "A hard-wrapped sentence that goes on\nand on across two lines.", "Then stops."});
}

TEST_CASE("list items, markdown headings and flattened markdown") {
  const std::string text =
      "## What changed?\n- First item.\n* Second item\n1. Numbered item.\n"
      "Intro. ### Why it matters? Because speed. - Azure ships first. - Licences run through 2032.\n";
  const auto seg = run(text);
  CAPTURE(describe(text, seg));
  std::vector<std::pair<BlockKind, std::string>> got;
  for (const auto& b : seg.blocks) got.emplace_back(b.kind, std::string(at(text, b.span)));
  const std::vector<std::pair<BlockKind, std::string>> want = {
      {BlockKind::kHeading, "## What changed?"},
      {BlockKind::kListItem, "- First item."},
      {BlockKind::kListItem, "* Second item"},
      {BlockKind::kListItem, "1. Numbered item."},
      {BlockKind::kParagraph, "Intro."},
      {BlockKind::kHeading, "### Why it matters?"},
      {BlockKind::kParagraph, "Because speed."},
      {BlockKind::kListItem, "- Azure ships first."},
      {BlockKind::kListItem, "- Licences run through 2032."},
  };
  CHECK(got == want);
}

TEST_CASE("a hyphen inside prose is not a list item, a dash range is not split") {
  const std::string text = "Revenue grew 5% - the most since 2019-2021. Costs - mostly compute - rose.\n";
  const auto seg = run(text);
  CAPTURE(describe(text, seg));
  REQUIRE(seg.blocks.size() == 1);
  CHECK(seg.blocks[0].kind == BlockKind::kParagraph);
  CHECK(seg.sentences.size() == 2);
}

TEST_CASE("a related-stories section is boilerplate up to the next markdown heading") {
  const std::string text =
      "Skip to content\n\nThe Real Headline\n\nMicrosoft keeps a licence through 2032.\n\nShare\n\n"
      "Related Stories\n\nAnother Story About Clouds\n\nIt says $50 billion was invested in 2025.\n\n5 min read\n\n"
      "# Back to the Article\n\nMore real text here.\n";
  const auto seg = run(text);
  CAPTURE(describe(text, seg));
  std::vector<std::string> reasons;
  for (const auto& b : seg.blocks) reasons.push_back(b.reason);
  CHECK(reasons == std::vector<std::string>{"line: line.navigation", "", "", "line: line.share",
                                            "heading: Related Stories", "section: Related Stories",
                                            "section: Related Stories", "section: Related Stories", "", ""});
  size_t body = 0;
  for (const auto& s : seg.sentences) body += s.boilerplate ? 0 : 1;
  CHECK(body == 4);
}

TEST_CASE("a parenthesised source credit closes the sentence it follows") {
  const std::string text = "Azure still matters. (openai.com) This is an inference. (reuters) 'quoted' stays. It rose (see chart) Today.\n";
  const auto seg = run(text);
  CAPTURE(describe(text, seg));
  CHECK(sentence_texts(text, seg) == std::vector<std::string>{"Azure still matters. (openai.com)",
                                                             "This is an inference. (reuters) 'quoted' stays.",
                                                             "It rose (see chart) Today."});
}

TEST_CASE("a tokenised decimal point does not end a sentence, a tokenised full stop does") {
  const std::string text = "sales rose 6 . 2 % . Then costs fell 3 . 1 % .\n";
  const auto seg = run(text);
  CAPTURE(describe(text, seg));
  CHECK(sentence_texts(text, seg) == std::vector<std::string>{"sales rose 6 . 2 % .", "Then costs fell 3 . 1 % ."});
}

TEST_CASE("empty and whitespace-only texts give nothing") {
  CHECK(run("").blocks.empty());
  CHECK(run(" \n\n\t \n").sentences.empty());
}

TEST_CASE("the demo corpus: invariants hold and the known boilerplate is found") {
  const std::filesystem::path dir = std::filesystem::path(CLAIMCHECK_SOURCE_DIR) / "corpus" / "msft-openai-2026-04";
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    const auto norm = normalise(read_file(entry.path()));
    const auto seg = run(norm.text);
    CAPTURE(entry.path().filename().string());
    CHECK(seg.sentences.size() > 10);
    const std::string name = entry.path().filename().string();
    bool similar = false, related = false, skip = false;
    for (const auto& b : seg.blocks) {
      similar = similar || b.reason == "heading: Similar Articles";
      related = related || b.reason == "heading: Related Stories";
      skip = skip || b.reason == "line: line.navigation";
    }
    if (name.starts_with("004_")) {
      CHECK(similar);
      // The official text itself stays body text.
      bool found_body = false;
      for (const auto& s : seg.sentences)
        if (!s.boilerplate && at(norm.text, s.span).find("non-exclusive") != std::string_view::npos) found_body = true;
      CHECK(found_body);
    }
    if (name.starts_with("003_")) {
      CHECK(related);
      CHECK(skip);
    }
    if (name.starts_with("001_")) {
      size_t headings = 0;
      for (const auto& b : seg.blocks) headings += at(norm.text, b.span).starts_with("### ") ? 1 : 0;
      CHECK(headings >= 3);
    }
  }
  CHECK(files == 5);
}

}  // namespace claimcheck
