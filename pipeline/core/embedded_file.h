// Data files compiled into the binary (cmake/embed_files.cmake) so that
// claimcheck runs from any directory: rule files and schema migrations.
#pragma once

#include <string_view>
#include <vector>

namespace claimcheck {

struct EmbeddedFile {
  std::string_view name;  // file name, e.g. "dates.json"
  std::string_view text;  // the file's contents
};

const std::vector<EmbeddedFile>& embedded_rule_files();       // extractors/rules/*.json
const std::vector<EmbeddedFile>& embedded_schema_migrations();  // schema/*.sql

}  // namespace claimcheck
