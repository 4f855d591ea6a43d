// Google Benchmark micro-benchmarks of the per-document stages: normalise,
// segment, each extractor alone, the whole ExtractorSet, and process_document.
// Input is a synthetic news article written here from templates (no corpus
// file needed). Built only with -DCLAIMCHECK_BENCHMARKS=ON; never a test.
//
//   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DCLAIMCHECK_TESTS=OFF -DCLAIMCHECK_BENCHMARKS=ON
//   cmake --build build-bench -j2 --target claimcheck_bench && build-bench/claimcheck_bench
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdio>
#include <memory>
#include <random>
#include <string>
#include <utility>

#include "extractors/dates/date_extractor.h"
#include "extractors/numbers/number_extractor.h"
#include "extractors/terms/term_extractor.h"
#include "pipeline/app/document_pipeline.h"
#include "pipeline/normalise/normalise.h"
#include "pipeline/segment/segment.h"

namespace claimcheck {
namespace {

// About 6 KB of news prose with the claim density of real coverage.
std::string article() {
  static const char* const kSentences[] = {
      "Norvale Systems said on Nov. 21, 2025 that it will invest $4.5 billion in Quillon Energy, taking a 27% stake.",
      "Under the agreement, Quillon will pay Norvale a revenue share of 15% until 2032, after which it ends.",
      "The transaction is expected to close in March 2026, subject to regulatory approval.",
      "Norvale\xE2\x80\x99s licence to the technology is non-exclusive through 2032.",
      "Revenue in the power unit grew 3.8% in the last quarter, and the first payments fall due on March 1, 2026.",
      "Analysts said the move reflects a broader shift in the renewable power market, where scale is decisive.",
      "The company did not respond to a request for further comment by the time of publication.",
      "Shares were little changed in early trading on Monday after the announcement.",
      "Critics argue that such arrangements concentrate market power in the hands of a few large players.",
      "\xE2\x80\x9CThis is a defining step for both companies,\xE2\x80\x9D said Anna Kowalski, chief executive.",
  };
  std::mt19937 rng(7);
  std::string text = "Norvale bets on renewable power\n\n";
  while (text.size() < 6000) {
    for (int i = 0; i < 3; ++i) {
      text += kSentences[rng() % std::size(kSentences)];
      text += ' ';
    }
    text += "\n\n";
  }
  // Boilerplate closes the article, as on news sites: a "Related Stories"
  // heading makes the rest of the text boilerplate, kept out of extraction.
  text += "Related Stories\nNorvale names new chair\n";
  return text;
}

struct Fixture {
  RuleBook rules = std::move(RuleBook::embedded().value());
  Resources resources = std::move(Resources::build(rules).value());
  std::string text = article();
  NormalisedText norm = normalise(text);
  ExtractInput input;
  Fixture() {
    input.text = norm.text;
    input.published = CivilDate{2025, 11, 21};
    for (const auto& s : segment(norm.text, resources.segment_rules).sentences)
      if (!s.boilerplate) input.sentences.push_back(s.span);
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

void set_bytes(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(fixture().text.size()));
}

void BM_Normalise(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(normalise(fixture().text));
  set_bytes(state);
}
BENCHMARK(BM_Normalise);

void BM_Segment(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(segment(fixture().norm.text, fixture().resources.segment_rules));
  set_bytes(state);
}
BENCHMARK(BM_Segment);

// ICU's sentence iterator alone over the same text, no rules of ours: the
// floor under any segmenter built on it (see README, "Performance").
void BM_IcuSentenceBreaks(benchmark::State& state) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  const std::string& text = fixture().norm.text;
  for (auto _ : state) {
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    bi->setText(ut, status);
    int32_t n = 0;
    for (int32_t p = bi->first(); p != icu::BreakIterator::DONE; p = bi->next()) ++n;
    benchmark::DoNotOptimize(n);
    utext_close(ut);
  }
  if (U_FAILURE(status)) state.SkipWithError(u_errorName(status));
  set_bytes(state);
}
BENCHMARK(BM_IcuSentenceBreaks);

template <auto Make>
void BM_Extractor(benchmark::State& state) {
  auto ex = Make(fixture().rules);
  if (!ex.ok()) {
    state.SkipWithError(ex.error().str().c_str());
    return;
  }
  size_t claims = 0;
  for (auto _ : state) {
    auto out = (*ex)->extract(fixture().input);
    claims = out.size();
    benchmark::DoNotOptimize(out);
  }
  state.counters["claims"] = static_cast<double>(claims);
  state.counters["sentences"] = static_cast<double>(fixture().input.sentences.size());
  set_bytes(state);
}
BENCHMARK(BM_Extractor<make_date_extractor>)->Name("BM_Extract/dates");
BENCHMARK(BM_Extractor<make_number_extractor>)->Name("BM_Extract/numbers");
BENCHMARK(BM_Extractor<make_term_extractor>)->Name("BM_Extract/terms");

void BM_ExtractorSet(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(fixture().resources.extractors.extract(fixture().input));
  set_bytes(state);
}
BENCHMARK(BM_ExtractorSet);

void BM_ProcessDocument(benchmark::State& state) {
  for (auto _ : state)
    benchmark::DoNotOptimize(process_document(fixture().text, CivilDate{2025, 11, 21}, fixture().resources));
  set_bytes(state);
}
BENCHMARK(BM_ProcessDocument);

}  // namespace
}  // namespace claimcheck

BENCHMARK_MAIN();
