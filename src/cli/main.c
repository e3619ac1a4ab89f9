/* egca command — global options and dispatch to the subcommands. */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static const char usage_text[] =
    "usage: egca [--holidays PATH]... [--office CODE] [--local PATH]... [--unmarked ignore|error|holiday]\n"
    "            [--rules DIR] [--strict] COMMAND ...\n"
    "  --office CODE                the calendar of the acceptance office of a province (GB/T 2260 code,\n"
    "                               such as 450000): its region's own rest days over the national ones\n"
    "  --local PATH                 a region's holiday notices (.ics), laid over the national calendar\n"
    "  calendar days FROM TO        one line per day, FROM..TO inclusive: DATE<TAB>KIND\n"
    "  calendar month YYYY-MM       a month grid marking holidays and adjusted workdays\n"
    "  calendar coverage            covered years (confirmed / tentative) and their sources\n"
    "  add-workdays DATE N          the N-th working day after DATE (N<0: before)\n"
    "  workdays FROM TO             working days in (FROM, TO]\n"
    "  deadline RULE DATE [--pause FROM:TO]... [--policy earlier|later] [--format text|json]\n"
    "  assess PROFILE.json [--format text|json]\n"
    "  timeline CASE.json|- [--as-of DATE] [--policy earlier|later] [--format text|json|ics]\n"
    "                               --as-of defaults to today in China (UTC+8), whatever the time zone\n"
    "  rules list | rules show RULE\n"
    "  offices                      the acceptance offices: code, name, region, local rest days, hours\n"
    "Dates are YYYY-MM-DD. Exit codes: 0 done; 1 negative answer; 2 usage; 3 invalid input or data, or\n"
    "output that could not be written; 4 outside calendar coverage.\n";

int cli_fail(int code, const char *what, const char *fmt, ...)
{
  fprintf(stderr, "egca: %s: ", what);
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  return code;
}

static int stdout_errno;   /* the errno of the first write to stdout that failed */
static int stdout_reported; /* that failure was reported (it is reported once) */

/* After a stdio call on stdout that returned `failed` (nonzero when it says it failed). */
static void note_stdout(int failed)
{
  if ((failed || ferror(stdout)) && stdout_errno == 0)
    stdout_errno = errno != 0 ? errno : EIO;
}

void cli_printf(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  errno = 0;
  int n = vprintf(fmt, ap);
  va_end(ap);
  note_stdout(n < 0);
}

void cli_puts(const char *text)
{
  errno = 0;
  note_stdout(fputs(text, stdout) == EOF);
}

int cli_write(const char *data, size_t len)
{
  errno = 0;
  note_stdout(fwrite(data, 1, len, stdout) != len);
  return stdout_errno;
}

int cli_stdout_error(void)
{
  errno = 0;
  note_stdout(fflush(stdout) != 0);
  return stdout_errno;
}

int cli_fail_stdout(int errnum)
{
  if (!stdout_reported)
    fprintf(stderr, "egca: stdout: %s\n", strerror(errnum));
  stdout_reported = 1;
  return EXIT_INVALID;
}

int cli_exit_code(int rc)
{
  switch (rc) {
  case EGCA_OK:
  case EGCA_PROVISIONAL: return EXIT_DONE;
  case EGCA_E_COVERAGE: return EXIT_COVERAGE;
  default: return EXIT_INVALID;
  }
}

int cli_fail_error(const char *what, int rc, const egca_error *err)
{
  char text[2 * EGCA_ERROR_TEXT_MAX + 512];
  egca_error_format(err, text, sizeof text);
  if (err->source[0] != '\0')
    fprintf(stderr, "egca: %s\n", text);
  else
    fprintf(stderr, "egca: %s: %s\n", what, text);
  return cli_exit_code(rc);
}

const egca_calendar *cli_calendar(cli *c, int *exit_code)
{
  if (c->calendar != NULL)
    return c->calendar;
  egca_load_options options = {.unmarked = c->unmarked, .strict = c->strict};
  egca_error err;
  int rc;
  if (c->office == NULL && c->local_count == 0) {
    rc = c->holiday_count == 0 ? egca_calendar_default(&c->calendar, &options, &err)
                               : egca_calendar_load(&c->calendar, c->holidays, c->holiday_count, &options, &err);
  } else {
    /* The national notices (built-in or --holidays) as the base; the office's region and --local files
     * as the local layer over them. */
    egca_calendar_builder *b;
    rc = egca_calendar_builder_new(&b, &options, &err);
    if (rc >= 0 && c->holiday_count == 0)
      rc = egca_calendar_builder_add_builtin(b, &err);
    for (size_t i = 0; i < c->holiday_count && rc >= 0; i++)
      rc = egca_calendar_builder_add_path(b, c->holidays[i], &err);
    if (rc >= 0 && c->office != NULL)
      rc = egca_calendar_builder_add_office(b, c->office, &err);
    for (size_t i = 0; i < c->local_count && rc >= 0; i++)
      rc = egca_calendar_builder_add_local_path(b, c->locals[i], &err);
    if (rc >= 0)
      rc = egca_calendar_builder_build(&c->calendar, b, &err);
    egca_calendar_builder_free(b);
  }
  if (rc < 0) {
    *exit_code = cli_fail_error("holidays", rc, &err);
    return NULL;
  }
  return c->calendar;
}

const egca_calendar *cli_national_calendar(cli *c, int *exit_code)
{
  if (c->office == NULL && c->local_count == 0)
    return cli_calendar(c, exit_code);
  if (c->national != NULL)
    return c->national;
  egca_load_options options = {.unmarked = c->unmarked, .strict = c->strict};
  egca_error err;
  int rc = c->holiday_count == 0 ? egca_calendar_default(&c->national, &options, &err)
                                 : egca_calendar_load(&c->national, c->holidays, c->holiday_count, &options, &err);
  if (rc < 0) {
    *exit_code = cli_fail_error("holidays", rc, &err);
    return NULL;
  }
  return c->national;
}

int cli_parse_date(egca_date *out, const char *text, const char *arg_name)
{
  egca_error err;
  if (egca_date_parse(out, text, &err) < 0) {
    cli_fail(EXIT_USAGE, arg_name, "%s", err.message);
    return -1;
  }
  return 0;
}

int cli_parse_int(long *out, const char *text, long min, long max, const char *arg_name)
{
  char *end;
  errno = 0;
  long v = strtol(text, &end, 10);
  if (text[0] == '\0' || *end != '\0' || errno != 0) {
    cli_fail(EXIT_USAGE, arg_name, "\"%s\" is not an integer", text);
    return -1;
  }
  if (v < min || v > max) {
    cli_fail(EXIT_USAGE, arg_name, "%ld is out of range (%ld..%ld)", v, min, max);
    return -1;
  }
  *out = v;
  return 0;
}

static const struct {
  const char *name;
  int (*run)(cli *, int, char **);
} commands[] = {
    {"calendar", cmd_calendar}, {"add-workdays", cmd_add_workdays}, {"workdays", cmd_workdays},
    {"deadline", cmd_deadline}, {"rules", cmd_rules},               {"assess", cmd_assess},
    {"timeline", cmd_timeline}, {"offices", cmd_offices},
};

/* The global options, then the subcommand. */
static int run(cli *c, int argc, char **argv)
{
  int i = 1;
  for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
    const char *opt = argv[i];
    if (strcmp(opt, "--help") == 0) {
      cli_puts(usage_text);
      return EXIT_DONE;
    } else if (strcmp(opt, "--version") == 0) {
      cli_printf("egca %s\n", egca_version());
      return EXIT_DONE;
    } else if (strcmp(opt, "--strict") == 0) {
      c->strict = 1;
    } else if (strcmp(opt, "--unmarked") == 0) {
      /* Events with no holiday or working-day marker (observances such as 妇女节). */
      const char *mode = i + 1 < argc ? argv[++i] : "";
      if (strcmp(mode, "ignore") == 0)
        c->unmarked = EGCA_UNMARKED_IGNORE;
      else if (strcmp(mode, "error") == 0)
        c->unmarked = EGCA_UNMARKED_ERROR;
      else if (strcmp(mode, "holiday") == 0)
        c->unmarked = EGCA_UNMARKED_HOLIDAY;
      else
        return cli_fail(EXIT_USAGE, opt, "expected ignore, error or holiday");
    } else if (strcmp(opt, "--office") == 0) {
      if (i + 1 >= argc)
        return cli_fail(EXIT_USAGE, opt, "needs a GB/T 2260 province code, such as 450000");
      c->office = argv[++i];
      if (egca_office_find(c->office) == NULL)
        return cli_fail(EXIT_USAGE, opt, "\"%s\" is no acceptance office (egca offices lists them)", c->office);
    } else if (strcmp(opt, "--local") == 0) {
      if (i + 1 >= argc)
        return cli_fail(EXIT_USAGE, opt, "needs a path");
      if (c->local_count == CLI_MAX_HOLIDAYS)
        return cli_fail(EXIT_USAGE, opt, "at most %d paths", CLI_MAX_HOLIDAYS);
      c->locals[c->local_count++] = argv[++i];
    } else if (strcmp(opt, "--holidays") == 0 || strcmp(opt, "--rules") == 0) {
      if (i + 1 >= argc)
        return cli_fail(EXIT_USAGE, opt, "needs a path");
      if (opt[2] == 'r') {
        c->rules_dir = argv[++i];
      } else {
        if (c->holiday_count == CLI_MAX_HOLIDAYS)
          return cli_fail(EXIT_USAGE, opt, "at most %d paths", CLI_MAX_HOLIDAYS);
        c->holidays[c->holiday_count++] = argv[++i];
      }
    } else {
      return cli_fail(EXIT_USAGE, opt, "unknown option (egca --help lists them)");
    }
  }
  if (i >= argc) {
    fputs(usage_text, stderr);
    return EXIT_USAGE;
  }
  int code = -1;
  for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
    if (strcmp(argv[i], commands[k].name) == 0)
      code = commands[k].run(c, argc - i, argv + i);
  if (code < 0)
    code = cli_fail(EXIT_USAGE, argv[i], "unknown command (egca --help lists them)");
  return code;
}

int main(int argc, char **argv)
{
  cli c = {0};
  int code = run(&c, argc, argv);
  egca_calendar_free(c.calendar);
  egca_calendar_free(c.national);
  egca_rules_free(c.rules);
  /* An answer that did not reach stdout (a full disk, a closed pipe) is lost: whatever the command found,
   * the exit status says so (3), never 0 nor a negative answer's 1. A closed pipe kills the command by
   * SIGPIPE first, silently, as it does other Unix tools (`egca timeline - | head -1`); only a caller that
   * ignores SIGPIPE sees EPIPE here, which it asked for. fclose catches a write error a file system reports
   * only when the file is closed (EBADF there only says that stdout was closed when the command began and
   * nothing was written to it). */
  int e = cli_stdout_error();
  errno = 0;
  if (e == 0 && fclose(stdout) != 0 && errno != EBADF)
    e = errno != 0 ? errno : EIO;
  if (e != 0)
    code = cli_fail_stdout(e);
  return code;
}
