// Builds the extractor of contract-term claims from extractors/rules/terms.json
// (plus any story overlay). Pure: text in, claims out.
#pragma once

#include <memory>

#include "extractors/extractor.h"
#include "extractors/rule_book.h"
#include "pipeline/core/error.h"

namespace claimcheck {

Result<std::unique_ptr<Extractor>> make_term_extractor(const RuleBook& rules);

}  // namespace claimcheck
