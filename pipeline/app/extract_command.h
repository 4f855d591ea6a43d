// `claimcheck extract`: claims of plain-text files or of JSON lines on stdin,
// one JSON claim line each on stdout. No database.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/app/document_pipeline.h"

namespace claimcheck {

struct ExtractOptions {
  std::vector<std::string> files;
  std::optional<CivilDate> published;
  bool jsonl = false;
  unsigned jobs = 1;
};

// Returns the exit status; errors go to `err`, one line each.
int extract_files(const ExtractOptions& options, const Resources& resources, std::ostream& out, std::ostream& err);
int extract_jsonl(const ExtractOptions& options, const Resources& resources, std::istream& in, std::ostream& out,
                  std::ostream& err);

}  // namespace claimcheck
