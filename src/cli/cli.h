/* egca command — what every subcommand shares. Uses only the public API. */
#ifndef EGCA_CLI_H
#define EGCA_CLI_H

#include <egca.h>
#include "args.h"
#include <stdio.h>

/* Exit codes (DESIGN.md, the command line). */
enum {
  EXIT_DONE = 0,        /* done */
  EXIT_NEGATIVE = 1,    /* done, and the answer is negative */
  EXIT_USAGE = 2,       /* usage */
  EXIT_INVALID = 3,     /* invalid input or data; output that could not be written */
  EXIT_COVERAGE = 4     /* outside calendar coverage */
};

#define CLI_MAX_HOLIDAYS 64

/* The language of every human-readable text the command writes (--lang, else EGCA_LANG, else Chinese).
 * One process speaks one language, so it is the program's one global; the library is told it through each
 * egca_error's `lang` and each computation's options. */
extern egca_lang cli_lang;

/* The command's own text in the command's language: CLI_TR("needs a path", "需要路径"). Both literals are
 * checked as formats against the same arguments (see EGCA__TR in the library). */
#define CLI_TR(en, zh) (cli_lang == EGCA_LANG_EN ? (en) : (zh))

/* An egca_error for a library call, set to answer in the command's language. */
#define CLI_ERROR {.lang = cli_lang}

typedef struct cli {
  const char *holidays[CLI_MAX_HOLIDAYS]; /* --holidays PATH, in order; none = built-in data */
  size_t holiday_count;
  const char *locals[CLI_MAX_HOLIDAYS];   /* --local PATH: a region's notices, laid over the national ones */
  size_t local_count;
  const char *office;                     /* --office CODE (GB/T 2260): the acceptance office's calendar */
  const char *rules_dir;                  /* --rules DIR; NULL = built-in rules */
  int strict;                             /* --strict */
  egca_unmarked_policy unmarked;          /* --unmarked ignore|error|holiday */
  egca_calendar *calendar;                /* loaded on first use */
  egca_calendar *national;                /* with --office/--local: the calendar without the local layer */
  egca_rules *rules;                      /* loaded on first use */
} cli;

/* --reading QUESTION=READING, as given (repeatable): the picks handed to the library, which checks the ids. */
#define CLI_READINGS_MAX 32
typedef struct cli_readings {
  egca_reading_choice choice[CLI_READINGS_MAX];
  char text[CLI_READINGS_MAX][256];
  size_t count;
} cli_readings;

/* Adds `value` ("QUESTION=READING") given to `option`; a usage error (printed) returns EXIT_USAGE. */
int cli_add_reading(cli_readings *r, const char *option, const char *value);

/* Checks the picks against the loaded rules' questions: an unknown question or reading is a usage error
 * naming it (printed; returns EXIT_USAGE), else EXIT_DONE. */
int cli_check_readings(const egca_rules *rules, const cli_readings *r);

/* Prints "egca: WHAT: WHY" to stderr; returns `code`. */
int cli_fail(int code, const char *what, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Prints a library error as "egca: <source:line:col: pointer>: message" and returns the exit code
 * that matches it (3 invalid, 4 coverage). `what` names the operation when the error has no source. */
int cli_fail_error(const char *what, int rc, const egca_error *err);

/* Every write to stdout goes through these, which remember the errno of the first that fails: stdio
 * forgets it (glibc drops the bytes a failed flush could not pass on, and a later fflush succeeds). After a
 * failure they still write (and fail), which is harmless. cli_write returns 0 or that errno. */
void cli_printf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
void cli_puts(const char *text);
int cli_write(const char *data, size_t len);

/* Flushes stdout and returns 0 when everything written to it so far got through, else the errno of the
 * first failure (EIO when nothing says why). */
int cli_stdout_error(void);

/* Prints "egca: stdout: <strerror(errnum)>" to stderr, the first time only; returns EXIT_INVALID. */
int cli_fail_stdout(int errnum);

/* Prints "egca: WHAT: warning: provisional: ..." to stderr: the answer on stdout stays bare (a script's
 * d=$(egca add-workdays ...) holds a date), the mark goes here, and in JSON it is a field. */
void cli_warn_provisional(const char *what);

/* Takes `--format text|json` out of argv (argv[0] is the subcommand; *argc shrinks); any other option
 * is a usage error. Returns EXIT_DONE or the exit code to stop with; *json set. */
int cli_take_format(int *argc, char **argv, int *json, const char *what);

/* The distinct notices behind the named days of [a, b] (egca_calendar_notices), at most 16, on one line
 * "notices: TITLE (DATE); ..."; nothing when there is none. */
void cli_print_notices(const egca_calendar *cal, egca_date a, egca_date b);

/* Writes a JSON answer the library wrote on one line (EGCA_JSON_COMPACT) to stdout with its newline; when the
 * library failed (rc < 0: nothing written), prints its error as cli_fail_error does. Returns the exit code. */
int cli_put_json(const char *what, const char *text, int rc, const egca_error *err);

/* The exit code for a library status. */
int cli_exit_code(int rc);

/* The calendar (built-in or --holidays) and the rules (built-in or --rules); on failure print and return
 * NULL with *exit_code set. */
const egca_calendar *cli_calendar(cli *c, int *exit_code);
const egca_rules *cli_rules(cli *c, int *exit_code);
/* The national calendar (built-in or --holidays), whatever --office and --local say: the decision authority's
 * and the applicant's time. The same as cli_calendar without them. */
const egca_calendar *cli_national_calendar(cli *c, int *exit_code);
/* Where every command and the service count a case's acceptance office's periods (docs/egca.1): with --office
 * or --local, on that one calendar for every case (eval->office_calendar); without them, each case on its own
 * office's (eval->office_calendars: *offices, a set over the national base, each office's calendar built on
 * first use; egca_case_office_calendar names the one a case took). *offices (NULL with --office or --local)
 * is the caller's to free once the evaluations are done. On failure prints, returns -1 with *exit_code set. */
int cli_office_options(cli *c, egca_timeline_options *eval, egca_office_calendars **offices, int *exit_code);

/* Parses a date argument; on failure prints "egca: ARG_NAME: why" and returns -1. */
int cli_parse_date(egca_date *out, const char *text, const char *arg_name);

/* Parses an integer argument in [min, max]; on failure prints and returns -1. */
int cli_parse_int(long *out, const char *text, long min, long max, const char *arg_name);

/* Subcommands: argv[0] is the subcommand name. Each returns an exit code. */
int cmd_calendar(cli *c, int argc, char **argv);
int cmd_add_workdays(cli *c, int argc, char **argv);
int cmd_workdays(cli *c, int argc, char **argv);
int cmd_deadline(cli *c, int argc, char **argv);
int cmd_rules(cli *c, int argc, char **argv);
int cmd_assess(cli *c, int argc, char **argv);
int cmd_timeline(cli *c, int argc, char **argv);
int cmd_offices(cli *c, int argc, char **argv);
int cmd_serve(cli *c, int argc, char **argv); /* serve.c */

#endif
