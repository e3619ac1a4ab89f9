/* egca command — rules (being written). */
#include "cli.h"

int cmd_rules(cli *c, int argc, char **argv)
{
  (void)c;
  (void)argc;
  return cli_fail(EXIT_USAGE, argv[0], "not available in this build");
}

const egca_rules *cli_rules(cli *c, int *exit_code)
{
  (void)c;
  *exit_code = cli_fail(EXIT_USAGE, "rules", "not available in this build");
  return NULL;
}
