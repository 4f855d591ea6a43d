// Builds the extractor of money and percent claims from extractors/rules/numbers.json
// (plus any story overlay). Pure: text in, claims out.
#pragma once

#include <memory>

#include "extractors/extractor.h"
#include "extractors/rule_book.h"
#include "pipeline/core/error.h"

namespace claimcheck {

Result<std::unique_ptr<Extractor>> make_number_extractor(const RuleBook& rules);

}  // namespace claimcheck
