// PLACEHOLDER: finds nothing yet; replaced by the real extractor.
#include "extractors/numbers/number_extractor.h"

namespace claimcheck {
namespace {
class NumberExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "numbers"; }
  std::vector<Claim> extract(const ExtractInput&) const override { return {}; }
};
}  // namespace

Result<std::unique_ptr<Extractor>> make_number_extractor(const RuleBook&) { return std::unique_ptr<Extractor>(new NumberExtractor()); }

}  // namespace claimcheck
