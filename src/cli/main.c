/* egca command — global options and dispatch to the subcommands. */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static const char usage_text[] =
    "usage: egca [--holidays PATH]... [--office CODE] [--local PATH]... [--unmarked ignore|error|holiday]\n"
    "            [--rules DIR] [--strict] [--lang zh|en] COMMAND ...\n"
    "       egca --help | -h | help [COMMAND]       this text, or one command's (COMMAND --help too)\n"
    "       egca --version\n"
    "Options (before or after COMMAND; every --NAME VALUE may be written --NAME=VALUE):\n"
    "  --holidays PATH              holiday notices (.ics file or folder) instead of the built-in ones\n"
    "  --office CODE                the calendar of the acceptance office of a province (GB/T 2260 code,\n"
    "                               such as 450000): its region's own rest days over the national ones\n"
    "  --local PATH                 a region's holiday notices (.ics), laid over the national calendar\n"
    "  --unmarked ignore|error|holiday  events with no holiday or working-day marker\n"
    "  --rules DIR                  DIR/deadlines.json, conditions.json, materials.json, readings.json,\n"
    "                               not the built-in ones\n"
    "  --strict                     a provisional answer is an error (exit 4)\n"
    "  --lang zh|en                 the language of every text written (default: EGCA_LANG, else zh);\n"
    "                               JSON keys and codes stay English\n"
    "Commands (each takes --format text|json; json shapes in docs/cli-json.md):\n"
    "  calendar days FROM TO        one line per day, FROM..TO inclusive: DATE<TAB>KIND\n"
    "  calendar month YYYY-MM       a month grid marking holidays and adjusted workdays\n"
    "  calendar year YYYY           twelve month grids, three side by side (--format html: a page)\n"
    "  calendar export YEAR...      the years as an iCalendar feed (> china.ics)\n"
    "  calendar coverage            covered years (confirmed / tentative) and their sources\n"
    "  add-workdays DATE N          the N-th working day after DATE (N<0: before)\n"
    "  workdays FROM TO             working days in (FROM, TO]\n"
    "  deadline RULE DATE [--pause FROM:TO]... [--reading QUESTION=READING]...\n"
    "  assess PROFILE.json|-\n"
    "  timeline CASE.json|- [--as-of DATE] [--reading QUESTION=READING]... [--format text|json|ics|html]\n"
    "                               [--jobs N] [--receipt next_working_day|as_dated];\n"
    "                               html: a page with a picture of the deadlines\n"
    "                               --reading: an open question's reading (rules readings); --policy\n"
    "                               earlier|later: deprecated, the reading of renewal_rest_day\n"
    "                               --as-of defaults to today in China (UTC+8), whatever the time zone;\n"
    "                               --jobs: threads for a batch (a JSON array, or cases on stdin)\n"
    "  rules list | rules show RULE | rules readings\n"
    "                               readings: the law's open questions, for --reading QUESTION=READING\n"
    "  offices                      the acceptance offices: code, name, region, local rest days, hours\n"
  "  serve [--listen ADDR:PORT] [--timeout SECONDS] [--max-body BYTES]\n"
  "                               these answers over HTTP (default 127.0.0.1:8383; docs/openapi.yaml)\n"
    "A provisional answer (it rests on a tentative year) is printed as it is; a warning goes to stderr.\n"
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

egca_lang cli_lang = EGCA_LANG_ZH;

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

void cli_warn_provisional(const char *what)
{
  fprintf(stderr, "egca: %s: provisional: the answer rests on a day whose holiday notice is not confirmed "
                  "(egca calendar coverage; --strict refuses it)\n", what);
}

int cli_take_format(int *argc, char **argv, int *json, const char *what)
{
  int kept = 0;
  *json = 0;
  for (int i = 0; i < *argc; i++) {
    if (i > 0 && strcmp(argv[i], "--format") == 0) {
      if (i + 1 >= *argc)
        return cli_fail(EXIT_USAGE, "--format", "needs a value");
      const char *v = argv[++i];
      if (strcmp(v, "text") != 0 && strcmp(v, "json") != 0)
        return cli_fail(EXIT_USAGE, "--format", "expected text or json, not \"%s\"", v);
      *json = v[0] == 'j';
    } else if (i > 0 && argv[i][0] == '-' && argv[i][1] == '-') {
      return cli_fail(EXIT_USAGE, argv[i], "unknown option for %s (egca %s --help)", what, argv[0]);
    } else {
      argv[kept++] = argv[i];
    }
  }
  *argc = kept;
  return EXIT_DONE;
}

void cli_json_string(const char *s)
{
  if (s == NULL) {
    cli_puts("null");
    return;
  }
  /* RFC 8259 section 7: the quotation mark, the reverse solidus and the control characters are escaped;
   * everything else (UTF-8 included) is written as it is. */
  cli_puts("\"");
  for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++) {
    if (*p == '"' || *p == '\\')
      cli_printf("\\%c", *p);
    else if (*p == '\n')
      cli_puts("\\n");
    else if (*p == '\t')
      cli_puts("\\t");
    else if (*p < 0x20)
      cli_printf("\\u%04x", *p);
    else
      cli_write((const char *)p, 1);
  }
  cli_puts("\"");
}

int cli_put_answer(const answer *a, const char *what)
{
  if (a->nomem)
    return cli_fail(EXIT_INVALID, what, "out of memory");
  cli_write(a->data, a->len);
  return EXIT_DONE;
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
  egca_error err = CLI_ERROR;
  int rc;
  if (c->office == NULL && c->local_count == 0) {
    rc = c->holiday_count == 0 ? egca_calendar_default(&c->calendar, &options, &err)
                               : egca_calendar_load(&c->calendar, c->holidays, c->holiday_count, &options, &err);
  } else if (c->holiday_count == 0 && c->local_count == 0) {
    /* The office's shipped calendar, compiled into the library. */
    rc = egca_calendar_for_office(&c->calendar, c->office, &options, &err);
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
  egca_error err = CLI_ERROR;
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
  egca_error err = CLI_ERROR;
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
  const char *usage;
} commands[] = {
    {"calendar", cmd_calendar,
     "usage: egca calendar days FROM TO [--format text|json]     one line per day: DATE<TAB>KIND\n"
     "       egca calendar month YYYY-MM [--format text|json]   a month grid (* holiday, + made a workday)\n"
     "       egca calendar year YYYY [--format text|json|html]  twelve month grids, marked as the month's\n"
     "       egca calendar export YEAR...                       the years as an iCalendar feed\n"
     "       egca calendar coverage [--format text|json]        covered years and their sources\n"},
    {"add-workdays", cmd_add_workdays,
     "usage: egca add-workdays DATE N [--format text|json]\n"
     "  the N-th working day after DATE (N<0: before); stdout holds the date alone\n"},
    {"workdays", cmd_workdays,
     "usage: egca workdays FROM TO [--format text|json]\n"
     "  the number of working days in (FROM, TO]; stdout holds the number alone\n"},
    {"deadline", cmd_deadline,
     "usage: egca deadline RULE DATE [--pause FROM:TO]... [--pause FROM:] [--reading QUESTION=READING]...\n"
     "                     [--format text|json]\n"
     "  --reading picks a reading of an open question (egca rules readings; repeatable); --policy\n"
     "  earlier|later is the deprecated spelling of --reading renewal_rest_day=earlier|later\n"
     "  the time limit RULE (egca rules list) running from DATE; the first line of the text is the due\n"
     "  date, or the status word \"suspended\" alone\n"},
    {"rules", cmd_rules,
     "usage: egca rules list [--format text|json]\n"
     "       egca rules show RULE [--format text|json]\n"
     "       egca rules readings [--format text|json]   the open questions and their readings\n"},
    {"assess", cmd_assess,
     "usage: egca assess PROFILE.json|- [--format text|json]\n"
     "  the seven qualification conditions and the materials checklist; exit 1 when not eligible\n"},
    {"timeline", cmd_timeline,
     "usage: egca timeline CASE.json|- [--as-of DATE] [--reading QUESTION=READING]...\n"
     "                     [--format text|json|ics|html] [--receipt next_working_day|as_dated] [--jobs N]\n"
     "  --reading picks a reading of an open question (egca rules readings; repeatable; --policy\n"
     "  earlier|later is the deprecated spelling of --reading renewal_rest_day=earlier|later);\n"
     "  --as-of defaults to today in China (UTC+8). A JSON array of cases, or - (stdin: NDJSON, an array,\n"
     "  or cases one after another, pretty-printed or not, as the content says), is a batch evaluated by N\n"
     "  threads (--jobs): one JSON line per case, or with --format text each case's text, with --format\n"
     "  ics one calendar of every case's open deadlines, with --format html one page (a row per case\n"
     "  linking to its picture); exit 1 when a case is not clean\n"
     "  --receipt X is --reading receipt_after_hours=X: materials received after the office closed or on a\n"
     "  rest day count from its next working day (next_working_day, the default) or from the day they came\n"
     "  (as_dated); docs/rules.md\n"},
    {"offices", cmd_offices,
     "usage: egca offices [--format text|json]\n"
     "  the acceptance offices: code, name, region, local rest days, hours\n"},
    {"serve", cmd_serve,
     "usage: egca serve [--listen ADDR:PORT] [--timeout SECONDS] [--max-body BYTES]\n"
     "  the answers of timeline, assess, deadline, calendar days, rules list and offices over HTTP/JSON\n"
     "  (docs/openapi.yaml), the timeline's picture for Accept: text/html, and at / a form where a person\n"
     "  pastes or uploads a case and sees its picture; on 127.0.0.1:8383 unless --listen says otherwise\n"
     "  (port 0: any free port);\n"
     "  --timeout: idle seconds before a connection is closed (10); --max-body: the longest request body\n"
     "  (the case limit, 64 MiB); one log line per request on stderr; SIGTERM drains and exits 0\n"},
    {"help", NULL, "usage: egca help [COMMAND]\n"},
};

static size_t command_index(const char *name)
{
  for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
    if (strcmp(name, commands[k].name) == 0)
      return k;
  return (size_t)-1;
}

/* A global option (before or after the subcommand: argv[i]) and its value; returns -1 when argv[i] is none,
 * else the exit code to stop with (EXIT_USAGE) or EXIT_DONE after consuming it (*i moved past its value). */
static int global_option(cli *c, int argc, char **argv, int *i)
{
  const char *opt = argv[*i];
  if (strcmp(opt, "--strict") == 0) {
    c->strict = 1;
  } else if (strcmp(opt, "--lang") == 0) {
    /* Read before anything else (choose_language); here only stepped over. */
    ++*i;
  } else if (strcmp(opt, "--unmarked") == 0) {
    /* Events with no holiday or working-day marker (observances such as 妇女节). */
    const char *mode = *i + 1 < argc ? argv[++*i] : "";
    if (strcmp(mode, "ignore") == 0)
      c->unmarked = EGCA_UNMARKED_IGNORE;
    else if (strcmp(mode, "error") == 0)
      c->unmarked = EGCA_UNMARKED_ERROR;
    else if (strcmp(mode, "holiday") == 0)
      c->unmarked = EGCA_UNMARKED_HOLIDAY;
    else
      return cli_fail(EXIT_USAGE, opt, "expected ignore, error or holiday");
  } else if (strcmp(opt, "--office") == 0) {
    if (*i + 1 >= argc)
      return cli_fail(EXIT_USAGE, opt, "needs a GB/T 2260 province code, such as 450000");
    c->office = argv[++*i];
    if (egca_office_find(c->office) == NULL)
      return cli_fail(EXIT_USAGE, opt, "\"%s\" is no acceptance office (egca offices lists them)", c->office);
  } else if (strcmp(opt, "--local") == 0) {
    if (*i + 1 >= argc)
      return cli_fail(EXIT_USAGE, opt, "needs a path");
    if (c->local_count == CLI_MAX_HOLIDAYS)
      return cli_fail(EXIT_USAGE, opt, "at most %d paths", CLI_MAX_HOLIDAYS);
    c->locals[c->local_count++] = argv[++*i];
  } else if (strcmp(opt, "--holidays") == 0 || strcmp(opt, "--rules") == 0) {
    if (*i + 1 >= argc)
      return cli_fail(EXIT_USAGE, opt, "needs a path");
    if (opt[2] == 'r') {
      c->rules_dir = argv[++*i];
    } else {
      if (c->holiday_count == CLI_MAX_HOLIDAYS)
        return cli_fail(EXIT_USAGE, opt, "at most %d paths", CLI_MAX_HOLIDAYS);
      c->holidays[c->holiday_count++] = argv[++*i];
    }
  } else {
    return -1;
  }
  return EXIT_DONE;
}

/* Prints the usage of the command named `name` (NULL: the whole command's) to stdout. */
static int print_usage(const char *name)
{
  size_t k = name != NULL ? command_index(name) : (size_t)-1;
  if (name != NULL && k == (size_t)-1)
    return cli_fail(EXIT_USAGE, name, "unknown command (egca --help lists them)");
  cli_puts(k == (size_t)-1 ? usage_text : commands[k].usage);
  return EXIT_DONE;
}

/* The options shared by every command (anywhere on the line), then the subcommand with its own words.
 * `--opt=value` is first split into `--opt value` (argv's strings are the program's to modify), so every
 * option takes either spelling. */
static int run(cli *c, int argc, char **argv)
{
  char **words = malloc(sizeof *words * (2 * (size_t)argc + 1));
  if (words == NULL)
    return cli_fail(EXIT_INVALID, "egca", "out of memory");
  int n = 0;
  for (int i = 0; i < argc; i++) {
    /* A flag keeps its '=' (`--strict=1` is then an unknown option, not a flag and a stray word). */
    char *eq = strncmp(argv[i], "--", 2) == 0 && i > 0 ? strchr(argv[i], '=') : NULL;
    if (eq != NULL && (strncmp(argv[i], "--strict=", 9) == 0 || strncmp(argv[i], "--help=", 7) == 0 ||
                       strncmp(argv[i], "--version=", 10) == 0))
      eq = NULL;
    words[n++] = argv[i];
    if (eq != NULL) {
      *eq = '\0';
      words[n++] = eq + 1;
    }
  }
  words[n] = NULL;
  /* Globals out, the rest (the subcommand and its words) kept in order; --help and -h noted. */
  int kept = 1, help = 0, version = 0, code = EXIT_DONE;
  for (int i = 1; i < n && code == EXIT_DONE; i++) {
    if (strcmp(words[i], "--help") == 0 || strcmp(words[i], "-h") == 0)
      help = 1;
    else if (strcmp(words[i], "--version") == 0)
      version = 1;
    else if ((code = global_option(c, n, words, &i)) == -1) {
      code = EXIT_DONE;
      words[kept++] = words[i];
    }
  }
  const char *name = kept > 1 ? words[1] : NULL;
  if (code != EXIT_DONE) {
    /* global_option has said what was wrong. */
  } else if (help) {
    code = print_usage(name != NULL && name[0] != '-' && strcmp(name, "help") != 0 ? name : NULL);
  } else if (version) {
    cli_printf("egca %s\n", egca_version());
  } else if (name == NULL) {
    code = (fputs("egca: expected a command (egca --help lists them)\n", stderr), EXIT_USAGE);
  } else if (strcmp(name, "help") == 0) {
    code = kept > 3 ? cli_fail(EXIT_USAGE, "help", "expected at most one COMMAND")
                    : print_usage(kept == 3 ? words[2] : NULL);
  } else if (name[0] == '-' && name[1] == '-') {
    code = cli_fail(EXIT_USAGE, name, "unknown option (egca --help lists them)");
  } else if (command_index(name) == (size_t)-1) {
    code = cli_fail(EXIT_USAGE, name, "unknown command (egca --help lists them)");
  } else {
    code = commands[command_index(name)].run(c, kept - 1, words + 1);
  }
  free(words);
  return code;
}

/* The language, chosen before anything is said: the last --lang (or --lang=) on the line, else EGCA_LANG,
 * else Chinese. A value that names no language is reported (in Chinese, the default) by the caller. */
static int choose_language(int argc, char **argv)
{
  const char *name = getenv("EGCA_LANG"), *from = "EGCA_LANG";
  if (name != NULL && name[0] == '\0')
    name = NULL;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--lang") == 0)
      name = i + 1 < argc ? argv[i + 1] : "", from = "--lang";
    else if (strncmp(argv[i], "--lang=", 7) == 0)
      name = argv[i] + 7, from = "--lang";
  }
  if (name != NULL && egca_lang_parse(name, &cli_lang) != EGCA_OK)
    return cli_fail(EXIT_USAGE, from, "\"%s\"：应为 zh 或 en（\"%s\": expected zh or en）", name, name);
  return EXIT_DONE;
}

int main(int argc, char **argv)
{
  cli c = {0};
  int early = choose_language(argc, argv);
  if (early != EXIT_DONE)
    return early;
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
