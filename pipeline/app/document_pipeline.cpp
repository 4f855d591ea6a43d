#include "pipeline/app/document_pipeline.h"

#include "pipeline/normalise/normalise.h"

namespace claimcheck {

Result<Resources> Resources::build(const RuleBook& rules) {
  const nlohmann::json* seg_json = rules.file("segment.json");
  auto seg = SegmentRules::from_json(seg_json ? *seg_json : nlohmann::json::object());
  if (!seg.ok()) return seg.error();
  auto ex = ExtractorSet::build(rules);
  if (!ex.ok()) return ex.error();
  return Resources{std::move(seg.value()), std::move(ex.value())};
}

ProcessedDocument process_document(std::string_view bytes, std::optional<CivilDate> published,
                                   const Resources& resources) {
  ProcessedDocument out;
  NormalisedText norm = normalise(bytes);
  Segmentation seg = segment(norm.text, resources.segment_rules);

  ExtractInput input{norm.text, {}, published};
  std::vector<int32_t> body_to_all;  // index in input.sentences -> index in seg.sentences
  for (size_t i = 0; i < seg.sentences.size(); ++i) {
    if (seg.sentences[i].boilerplate) continue;
    input.sentences.push_back(seg.sentences[i].span);
    body_to_all.push_back(static_cast<int32_t>(i));
  }
  out.claims = resources.extractors.extract(input);

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
  return out;
}

}  // namespace claimcheck
