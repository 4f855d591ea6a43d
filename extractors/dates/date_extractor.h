// Builds the extractor of date claims (TIMEX3 values) from extractors/rules/dates.json
// (plus any story overlay). Pure: text in, claims out.
#pragma once

#include <memory>

#include "extractors/extractor.h"
#include "extractors/rule_book.h"
#include "pipeline/core/error.h"

namespace claimcheck {

Result<std::unique_ptr<Extractor>> make_date_extractor(const RuleBook& rules);

}  // namespace claimcheck
