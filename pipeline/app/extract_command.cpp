#include "pipeline/app/extract_command.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "pipeline/app/claim_json.h"
#include "pipeline/ingest/corpus.h"

namespace claimcheck {
namespace {

void write_claims(std::string_view doc, std::string_view bytes, const ProcessedDocument& pd, std::ostream& out) {
  for (const auto& c : pd.claims) {
    std::string_view sentence;
    if (c.sentence >= 0) {
      const Span s = pd.sentences[static_cast<size_t>(c.sentence)].span;
      sentence = bytes.substr(s.start, s.size());
    }
    out << dump_json(claim_to_json(doc, c, sentence)) << '\n';
  }
}

}  // namespace

int extract_files(const ExtractOptions& options, const Resources& resources, std::ostream& out, std::ostream& err) {
  int status = 0;
  for (const auto& file : options.files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      err << file << ": cannot open\n";
      status = 1;
      continue;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string bytes = ss.str();
    if (auto why = text_refusal(bytes)) {
      err << file << ": " << *why << '\n';
      status = 1;
      continue;
    }
    const ProcessedDocument pd = process_document(bytes, options.published, resources);
    for (const auto& w : pd.warnings) err << file << ": " << w << '\n';
    write_claims(file, bytes, pd, out);
  }
  return status;
}

int extract_jsonl(const ExtractOptions& options, const Resources& resources, std::istream& in, std::ostream& out,
                  std::ostream& err) {
  int status = 0;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = "stdin:" + std::to_string(line_no);
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      err << where << ": not a JSON object\n";
      status = 1;
      continue;
    }
    if (!j.contains("text") || !j["text"].is_string()) {
      err << where << ": field 'text' missing or not a string\n";
      status = 1;
      continue;
    }
    std::string id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>()
                     : j.contains("id") ? j["id"].dump()
                                        : std::to_string(line_no);
    std::optional<CivilDate> published = options.published;
    if (j.contains("published") && j["published"].is_string()) {
      published = parse_iso_date(j["published"].get<std::string>());
      if (!published) {
        err << where << ": field 'published' is not a valid YYYY-MM-DD date; relative dates stay unresolved\n";
        status = 1;
      }
    }
    const std::string text = j["text"].get<std::string>();
    const ProcessedDocument pd = process_document(text, published, resources);
    write_claims(id, text, pd, out);
  }
  return status;
}

}  // namespace claimcheck
