// PLACEHOLDER: finds nothing yet; replaced by the real extractor.
#include "extractors/terms/term_extractor.h"

namespace claimcheck {
namespace {
class TermExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "terms"; }
  std::vector<Claim> extract(const ExtractInput&) const override { return {}; }
};
}  // namespace

Result<std::unique_ptr<Extractor>> make_term_extractor(const RuleBook&) { return std::unique_ptr<Extractor>(new TermExtractor()); }

}  // namespace claimcheck
