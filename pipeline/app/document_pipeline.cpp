#include "pipeline/app/document_pipeline.h"

#include <chrono>

#include "pipeline/ingest/corpus.h"
#include "pipeline/normalise/normalise.h"

namespace claimcheck {

Result<Resources> Resources::build(const RuleBook& rules) {
  const nlohmann::json* seg_json = rules.file("segment.json");
  auto seg = SegmentRules::from_json(seg_json ? *seg_json : nlohmann::json::object());
  if (!seg.ok()) return seg.error();
  auto ex = ExtractorSet::build(rules);
  if (!ex.ok()) return ex.error();
  const nlohmann::json* cmp_json = rules.file("compare.json");
  if (!cmp_json) return Error{"extractors/rules/compare.json", "missing"};
  auto cmp = CompareOptions::from_json(*cmp_json);
  if (!cmp.ok()) return cmp.error();
  // nlohmann::json dumps object keys sorted, so the digest follows the data,
  // not its layout. compare.json decides findings, which every run computes
  // afresh, not claims: editing it re-extracts nothing.
  std::string rule_data;
  for (const auto& f : rules.files())
    if (f.name != "compare.json") rule_data += f.name + '\n' + f.json.dump() + '\n';
  std::string identity = std::string(CLAIMCHECK_VERSION) + " code " + extraction_code_digest() + " rules " +
                         content_hash(rule_data).substr(0, 12);
  return Resources{std::move(seg.value()), std::move(ex.value()), std::move(cmp.value()), std::move(identity)};
}

StageTimes& StageTimes::operator+=(const StageTimes& o) {
  read += o.read;
  normalise += o.normalise;
  segment += o.segment;
  extract += o.extract;
  compare += o.compare;
  store += o.store;
  return *this;
}

namespace {
double seconds_since(std::chrono::steady_clock::time_point& t) {
  const auto now = std::chrono::steady_clock::now();
  const double s = std::chrono::duration<double>(now - t).count();
  t = now;
  return s;
}
}  // namespace

ProcessedDocument process_document(std::string_view bytes, std::optional<CivilDate> published,
                                   const Resources& resources, StageTimes* times) {
  StageTimes local;
  auto clock = std::chrono::steady_clock::now();
  ProcessedDocument out;
  NormalisedText norm = normalise(bytes);
  local.normalise = seconds_since(clock);
  Segmentation seg = segment(norm.text, resources.segment_rules);
  local.segment = seconds_since(clock);

  ExtractInput input{norm.text, {}, published};
  std::vector<int32_t> body_to_all;  // index in input.sentences -> index in seg.sentences
  for (size_t i = 0; i < seg.sentences.size(); ++i) {
    if (seg.sentences[i].boilerplate) continue;
    input.sentences.push_back(seg.sentences[i].span);
    body_to_all.push_back(static_cast<int32_t>(i));
  }
  out.claims = resources.extractors.extract(input);
  local.extract = seconds_since(clock);

  for (auto& c : out.claims) {
    c.span = norm.map.to_original(c.span);
    c.text.assign(bytes.substr(c.span.start, c.span.size()));
    if (c.sentence >= 0 && static_cast<size_t>(c.sentence) < body_to_all.size())
      c.sentence = body_to_all[c.sentence];
    else
      c.sentence = -1;
    if (c.attrs.contains("clause")) {
      const Span clause = norm.map.to_original(
          {c.attrs["clause"].value("start", 0u), c.attrs["clause"].value("end", 0u)});
      c.attrs["clause"] = {{"start", clause.start}, {"end", clause.end}};
    }
  }
  for (auto& b : seg.blocks) b.span = norm.map.to_original(b.span);
  for (auto& s : seg.sentences) s.span = norm.map.to_original(s.span);
  out.blocks = std::move(seg.blocks);
  out.sentences = std::move(seg.sentences);
  out.warnings = std::move(norm.warnings);
  local.normalise += seconds_since(clock);  // mapping spans back is the normaliser's cost
  if (times) *times += local;
  return out;
}

}  // namespace claimcheck
