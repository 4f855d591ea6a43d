// `claimcheck extract`: files or JSON lines in, claim lines out; --jobs N threads keep input order.
#include "pipeline/app/extract_command.h"

#include <algorithm>
#include <atomic>
#include <iostream>
#include <thread>

#include "pipeline/app/claim_json.h"
#include "pipeline/app/jsonl_input.h"
#include "pipeline/ingest/corpus.h"

namespace claimcheck {
namespace {

constexpr uint32_t kMaxQuotedSentence = 4096;

void write_claims(std::string_view doc, std::string_view bytes, const ProcessedDocument& pd, std::string& out) {
  for (const auto& c : pd.claims) {
    std::string_view sentence;
    Span span;
    const bool in_sentence = c.sentence >= 0;
    if (in_sentence) {
      span = pd.sentences[static_cast<size_t>(c.sentence)].span;
      // A sentence is quoted in full only up to kMaxQuotedSentence bytes: quoting
      // a 1 MB run-on sentence once per claim would make output quadratic.
      if (span.size() <= kMaxQuotedSentence) sentence = bytes.substr(span.start, span.size());
    }
    append_claim_json(out, doc, c, sentence, in_sentence ? &span : nullptr);
    out += '\n';
  }
}

}  // namespace

int extract_files(const ExtractOptions& options, const Resources& resources, std::ostream& out, std::ostream& err) {
  int status = 0;
  for (const auto& file : options.files) {
    const auto read = read_file_bytes(file);
    if (!read) {
      err << file << ": cannot read\n";
      status = 1;
      continue;
    }
    const std::string& bytes = *read;
    if (auto why = text_refusal(bytes)) {
      err << file << ": " << *why << '\n';
      status = 1;
      continue;
    }
    const ProcessedDocument pd = process_document(bytes, options.published, resources);
    for (const auto& w : pd.warnings) err << file << ": " << w << '\n';
    std::string lines;
    write_claims(file, bytes, pd, lines);
    out << lines;
  }
  return status;
}

namespace {

// What one input line produced: claim lines, error lines, and whether it failed.
struct LineResult {
  std::string out;
  std::string err;
  bool failed = false;
};

LineResult process_line(const std::string& line, size_t line_no, const ExtractOptions& options,
                        const Resources& resources) {
  LineResult r;
  if (line.find_first_not_of(" \t\r") == std::string::npos) return r;
  const std::string where = "stdin:" + std::to_string(line_no);
  // Most lines are flat objects of strings, read directly; nlohmann reads the
  // rest (and words their errors).
  InputLine in;
  if (auto flat = read_flat_line(line)) {
    in = std::move(*flat);
    if (!in.id) in.id = std::to_string(line_no);
  } else {
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      r.err = where + ": not a JSON object\n";
      r.failed = true;
      return r;
    }
    if (j.contains("text") && j["text"].is_string()) in.text = std::move(j["text"].get_ref<std::string&>());
    in.id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>()
            : j.contains("id") ? j["id"].dump()
                               : std::to_string(line_no);
    if (j.contains("published") && j["published"].is_string()) in.published = j["published"].get<std::string>();
  }
  if (!in.text) {
    r.err = where + ": field 'text' missing or not a string\n";
    r.failed = true;
    return r;
  }
  std::optional<CivilDate> published = options.published;
  if (in.published) {
    published = parse_iso_date(*in.published);
    if (!published) {
      r.err = where + ": field 'published' is not a valid YYYY-MM-DD date; relative dates stay unresolved\n";
      r.failed = true;
    }
  }
  const ProcessedDocument pd = process_document(*in.text, published, resources);
  write_claims(*in.id, *in.text, pd, r.out);
  return r;
}

}  // namespace

// Lines are read in batches (bounded by count and bytes, so memory stays flat),
// processed by `jobs` threads, and written in input order: the output is the
// same whatever --jobs is.
int extract_jsonl(const ExtractOptions& options, const Resources& resources, std::istream& in, std::ostream& out,
                  std::ostream& err) {
  constexpr size_t kBatchLines = 512;
  constexpr size_t kBatchBytes = 16u << 20;
  const unsigned jobs = std::max(1u, options.jobs);
  int status = 0;
  size_t line_no = 0;
  std::vector<std::string> lines;
  std::vector<LineResult> results;
  for (bool more = true; more;) {
    lines.clear();
    size_t bytes = 0;
    const size_t first = line_no + 1;
    while (lines.size() < kBatchLines && bytes < kBatchBytes) {
      std::string line;
      if (!std::getline(in, line)) {
        more = false;
        break;
      }
      ++line_no;
      bytes += line.size();
      lines.push_back(std::move(line));
    }
    results.assign(lines.size(), LineResult{});
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t k; (k = next.fetch_add(1)) < lines.size();)
        results[k] = process_line(lines[k], first + k, options, resources);
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < std::min<size_t>(jobs, lines.size()); ++t) threads.emplace_back(work);
    work();
    for (auto& t : threads) t.join();
    for (const auto& r : results) {
      err << r.err;
      out << r.out;
      if (r.failed) status = 1;
    }
  }
  return status;
}

}  // namespace claimcheck
