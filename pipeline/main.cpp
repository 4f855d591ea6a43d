#include "pipeline/app/cli.h"

int main(int argc, char** argv) { return claimcheck::run_cli(argc, argv); }
