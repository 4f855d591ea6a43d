// PLACEHOLDER: finds nothing yet; replaced by the real extractor.
#include "extractors/dates/date_extractor.h"

namespace claimcheck {
namespace {
class DateExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "dates"; }
  std::vector<Claim> extract(const ExtractInput&) const override { return {}; }
};
}  // namespace

Result<std::unique_ptr<Extractor>> make_date_extractor(const RuleBook&) { return std::unique_ptr<Extractor>(new DateExtractor()); }

}  // namespace claimcheck
