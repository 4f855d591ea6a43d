#include "pipeline/app/cli.h"

#include <iostream>
#include <memory>
#include <sstream>

#include <CLI/CLI.hpp>

#include "pipeline/app/commands.h"
#include "pipeline/app/document_pipeline.h"
#include "pipeline/app/extract_command.h"

namespace claimcheck {
namespace {

constexpr int kExitUsage = 2;

// Checks a YYYY-MM-DD option value while parsing, so a bad date is a usage error.
struct IsoDateValidator : CLI::Validator {
  IsoDateValidator() : CLI::Validator("YYYY-MM-DD") {
    func_ = [](std::string& s) -> std::string {
      return parse_iso_date(s) ? std::string() : "'" + s + "' is not a valid YYYY-MM-DD date";
    };
  }
};

Result<Resources> load_resources() {
  auto rules = RuleBook::embedded();
  if (!rules.ok()) return rules.error();
  return Resources::build(*rules);
}

}  // namespace

int run_cli(int argc, char** argv) {
  CLI::App app{"claimcheck: finds where news coverage contradicts the official announcement", "claimcheck"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string(CLAIMCHECK_VERSION) + " (extraction code " + extraction_code_digest() + ")");

  // run
  RunOptions run_opts;
  std::string shard;
  auto* run = app.add_subcommand("run", "Ingest a corpus, extract claims, compare coverage with the official text");
  run->add_option("corpus", run_opts.corpus, "Corpus folder (one folder per story)")->required();
  run->add_option("--db", run_opts.db, "SQLite database file")->required();
  run->add_option("--jobs", run_opts.jobs, "Worker threads")->check(CLI::Range(1u, 256u));
  run->add_option("--shard", shard, "Only stories hashing to shard I of N (0-based), as I/N");
  run->add_flag("--stats", run_opts.stats, "Print a per-stage time breakdown to stderr");
  run->add_flag("--rehash", run_opts.rehash,
                "Read and hash every document, even those whose size and modification time are unchanged");
  run->add_flag("-q,--quiet", run_opts.quiet, "Print errors only");
  run->add_flag("-v,--verbose", run_opts.verbose, "Print every document processed");
  run->add_option("--log-format", run_opts.log_format, "Log format on stderr")
      ->check(CLI::IsMember({"text", "json"}));

  // extract
  ExtractOptions ex_opts;
  std::string published;
  auto* extract = app.add_subcommand("extract", "Extract claims from text files or JSON lines; no database");
  extract->add_option("files", ex_opts.files, "Plain-text files");
  extract->add_option("--published", published, "Publication date anchoring relative dates")
      ->check(IsoDateValidator());
  extract->add_flag("--jsonl", ex_opts.jsonl, "Read {\"id\",\"text\",\"published\"} lines on stdin");
  extract->add_option("--jobs", ex_opts.jobs, "Worker threads for --jsonl (output keeps input order)")
      ->check(CLI::Range(1u, 256u));

  // report
  ReportOptions rep_opts;
  auto* report = app.add_subcommand("report", "Write the contradiction report");
  report->add_option("--db", rep_opts.db, "SQLite database file")->required();
  report->add_option("--format", rep_opts.format, "json, md, html or claimreview")
      ->check(CLI::IsMember({"json", "md", "html", "claimreview"}));
  report->add_option("--story", rep_opts.story, "Only this story id");
  report->add_option("--out", rep_opts.out, "Write to this file instead of stdout");
  auto* since = report->add_option("--since-run", rep_opts.since_run,
                                   "Only findings first seen (or resolved) after run N");
  report->add_flag("--new", rep_opts.only_new,
                   "Only findings first seen (or resolved) in the latest finished run (and any interrupted run "
                   "since the one before it)")
      ->excludes(since);

  // runs / status / merge
  std::string history_db;
  auto* runs = app.add_subcommand("runs", "List the run history, one line per run");
  runs->add_option("--db", history_db, "SQLite database file")->required();
  auto* status = app.add_subcommand("status", "Print the last run and whether it succeeded");
  status->add_option("--db", history_db, "SQLite database file")->required();
  std::string merge_out;
  std::vector<std::string> merge_in;
  auto* merge = app.add_subcommand("merge", "Combine shard databases into one");
  merge->add_option("out", merge_out, "Output database")->required();
  merge->add_option("inputs", merge_in, "Shard databases")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "claimcheck: " << e.what() << " (see 'claimcheck --help')\n";
    return kExitUsage;
  }

  if (extract->parsed()) {
    if (!published.empty()) ex_opts.published = parse_iso_date(published);
    if (ex_opts.jsonl == !ex_opts.files.empty()) {
      std::cerr << "claimcheck extract: give FILE... or --jsonl, not both or neither\n";
      return kExitUsage;
    }
    auto resources = load_resources();
    if (!resources.ok()) {
      std::cerr << "claimcheck: " << resources.error().str() << '\n';
      return 1;
    }
    std::ios::sync_with_stdio(false);
    return ex_opts.jsonl ? extract_jsonl(ex_opts, *resources, std::cin, std::cout, std::cerr)
                         : extract_files(ex_opts, *resources, std::cout, std::cerr);
  }
  if (run->parsed()) {
    if (!shard.empty()) {
      unsigned i = 0, n = 0;
      char slash = 0;
      std::istringstream ss(shard);
      if (!(ss >> i >> slash >> n) || slash != '/' || n == 0 || i >= n || !ss.eof()) {
        std::cerr << "claimcheck run: --shard must be I/N with 0 <= I < N, got '" << shard << "'\n";
        return kExitUsage;
      }
      run_opts.shard_index = i;
      run_opts.shard_count = n;
    }
    return run_command(run_opts);
  }
  if (report->parsed()) return report_command(rep_opts);
  if (runs->parsed()) return runs_command(history_db, /*last_only=*/false);
  if (status->parsed()) return runs_command(history_db, /*last_only=*/true);
  if (merge->parsed()) return merge_command(merge_out, merge_in);
  return kExitUsage;
}

}  // namespace claimcheck
