// PLACEHOLDER until the store lands.
#include <iostream>

#include "pipeline/app/commands.h"

namespace claimcheck {
int run_command(const RunOptions&) { std::cerr << "run: not yet\n"; return 1; }
int report_command(const ReportOptions&) { std::cerr << "report: not yet\n"; return 1; }
int runs_command(const std::string&, bool) { return 1; }
int merge_command(const std::string&, const std::vector<std::string>&) { return 1; }
}  // namespace claimcheck
