/* egca command — assess (being written). */
#include "cli.h"

int cmd_assess(cli *c, int argc, char **argv)
{
  (void)c;
  (void)argc;
  return cli_fail(EXIT_USAGE, argv[0], "not available in this build");
}
