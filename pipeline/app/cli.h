// The `claimcheck` command line (shared/INTERFACE.md): parses arguments and
// dispatches to the commands. Exit status: 0 success, 1 failure, 2 usage.
#pragma once

namespace claimcheck {

int run_cli(int argc, char** argv);

}  // namespace claimcheck
