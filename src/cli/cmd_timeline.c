/* egca command — timeline CASE.json|- [--as-of DATE] [--format text|json|ics] [--policy earlier|later]
 *
 * One case (a file holding a JSON object) prints its timeline in the format asked for. A batch — a file
 * holding a JSON array of cases, or `-` reading one case per line from stdin (NDJSON) — prints one compact
 * JSON line per case, in input order, and keeps only one case in memory at a time; a case that cannot be
 * read or evaluated gives an error line naming its input line, and the rest go on. */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef enum { FORMAT_TEXT, FORMAT_JSON, FORMAT_ICS } format;

typedef struct options {
  egca_date as_of;
  format fmt;
  int fmt_given;
  egca_timeline_options eval;
} options;

static egca_date today(void)
{
  time_t now = time(NULL);
  struct tm local;
  egca_date d = 0;
  if (localtime_r(&now, &local) != NULL)
    egca_date_from_ymd(&d, local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
  return d;
}

/* --- One case ----------------------------------------------------------------------------------------- */

static int print_one(cli *c, const char *path, const options *o)
{
  int code = EXIT_DONE;
  const egca_calendar *cal = cli_calendar(c, &code);
  if (cal == NULL)
    return code;
  const egca_rules *rules = cli_rules(c, &code);
  if (rules == NULL)
    return code;
  egca_error err;
  egca_case *cs = NULL;
  egca_timeline *tl = NULL;
  int rc = egca_case_load(&cs, path, &err);
  if (rc >= 0)
    rc = egca_timeline_new(&tl, &err);
  if (rc >= 0)
    rc = egca_case_evaluate(tl, cs, cal, rules, o->as_of, &o->eval, &err);
  char *out = NULL;
  if (rc >= 0) {
    if (o->fmt == FORMAT_JSON)
      rc = egca_timeline_to_json(&out, tl, 0, &err);
    else if (o->fmt == FORMAT_ICS)
      rc = egca_timeline_to_ics(&out, tl, &err);
    else
      rc = egca_timeline_to_text(&out, tl, &err);
  }
  if (rc < 0) {
    code = cli_fail_error(path, rc, &err);
  } else {
    fputs(out, stdout);
    code = egca_timeline_clean(tl) ? EXIT_DONE : EXIT_NEGATIVE;
  }
  egca_timeline_string_free(out);
  egca_timeline_free(tl);
  egca_case_free(cs);
  return code;
}

/* --- Batches ------------------------------------------------------------------------------------------ */

typedef struct batch {
  const egca_calendar *cal;
  const egca_rules *rules;
  const options *o;
  egca_timeline *tl;
  size_t done;
  int invalid, coverage, negative;
  int progress;               /* stderr is a terminal */
  struct timespec started, shown;
} batch;

static double seconds_between(const struct timespec *a, const struct timespec *b)
{
  return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static void show_progress(batch *b, int last)
{
  if (!b->progress)
    return;
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  if (!last && seconds_between(&b->shown, &now) < 0.2)
    return;
  b->shown = now;
  double elapsed = seconds_between(&b->started, &now);
  fprintf(stderr, "\r%zu cases, %.0f cases/s", b->done, elapsed > 0 ? (double)b->done / elapsed : 0.0);
  if (last)
    fputc('\n', stderr);
  fflush(stderr);
}

/* Writes a JSON string (for error lines: the message of an egca_error). */
static void put_json_text(const char *s)
{
  putchar('"');
  for (; *s != '\0'; s++) {
    unsigned char ch = (unsigned char)*s;
    if (ch == '"' || ch == '\\')
      printf("\\%c", ch);
    else if (ch < 0x20)
      printf("\\u%04x", ch);
    else
      putchar(ch);
  }
  putchar('"');
}

/* An error line: {"line": N, "error": "..."}; positions inside the case are moved to the input's own
 * (a case of an array starts at `line`:`column`). */
static void error_line(batch *b, int rc, egca_error *err, long line, long column)
{
  if (err->line > 0) {
    if (err->line == 1)
      err->column += (int)column - 1;
    err->line += (int)line - 1;
  }
  char text[2 * EGCA_ERROR_TEXT_MAX + 512];
  egca_error_format(err, text, sizeof text);
  printf("{\"line\":%ld,\"error\":", line);
  put_json_text(text);
  fputs("}\n", stdout);
  if (rc == EGCA_E_COVERAGE)
    b->coverage = 1;
  else
    b->invalid = 1;
}

static void run_case(batch *b, const char *json, size_t len, const char *source, long line, long column)
{
  egca_error err;
  egca_case *cs = NULL;
  char *out = NULL;
  int rc = egca_case_parse(&cs, json, len, source, &err);
  if (rc >= 0)
    rc = egca_case_evaluate(b->tl, cs, b->cal, b->rules, b->o->as_of, &b->o->eval, &err);
  if (rc >= 0)
    rc = egca_timeline_to_json(&out, b->tl, EGCA_JSON_COMPACT, &err);
  if (rc < 0) {
    error_line(b, rc, &err, line, column);
  } else {
    fputs(out, stdout);
    fputc('\n', stdout);
    if (!egca_timeline_clean(b->tl))
      b->negative = 1;
  }
  egca_timeline_string_free(out);
  egca_case_free(cs);
  b->done++;
  show_progress(b, 0);
}

/* NDJSON on stdin: one case per line; blank lines are skipped (and counted). */
static void run_lines(batch *b, FILE *in)
{
  char *buf = NULL;
  size_t cap = 0;
  ssize_t n;
  long line = 0;
  while ((n = getline(&buf, &cap, in)) >= 0) {
    line++;
    size_t len = (size_t)n;
    while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
      len--;
    size_t k = 0;
    while (k < len && (buf[k] == ' ' || buf[k] == '\t'))
      k++;
    if (k == len)
      continue;
    run_case(b, buf, len, "<stdin>", line, 1);
  }
  free(buf);
}

/* A file holding a JSON array of cases, read element by element: the scanner only finds where each element
 * ends (strings and brackets), and each element is parsed on its own. */
typedef struct scanner {
  FILE *f;
  long line, column;  /* of the next character */
  int peeked;         /* NOTHING, EOF or a byte */
} scanner;

#define NOTHING (-2)

static int peek(scanner *s)
{
  if (s->peeked == NOTHING)
    s->peeked = getc(s->f);
  return s->peeked;
}

static int next_char(scanner *s)
{
  int ch = peek(s);
  s->peeked = NOTHING;
  if (ch == '\n') {
    s->line++;
    s->column = 1;
  } else if (ch != EOF && (ch & 0xC0) != 0x80) {
    s->column++; /* columns count characters, as the JSON reader's positions do */
  }
  return ch;
}

static int skip_space(scanner *s)
{
  int ch;
  while ((ch = peek(s)) == ' ' || ch == '\t' || ch == '\r' || ch == '\n')
    next_char(s);
  return ch;
}

static int run_array(batch *b, FILE *f, const char *path)
{
  scanner s = {f, 1, 1, NOTHING};
  skip_space(&s);
  next_char(&s); /* the '[' the caller saw */
  char *buf = NULL;
  size_t cap = 0;
  int code = EXIT_DONE;
  for (int first = 1;; first = 0) {
    int ch = skip_space(&s);
    if (ch == ']' && first) {
      next_char(&s);
      break;
    }
    long line = s.line, column = s.column;
    size_t len = 0;
    int depth = 0, in_string = 0, escape = 0;
    for (;;) {
      ch = peek(&s);
      if (ch == EOF || (!in_string && depth == 0 && (ch == ',' || ch == ']')))
        break; /* the separator is read below */
      next_char(&s);
      if (len + 2 > cap) {
        size_t grown = cap ? cap * 2 : 4096;
        char *p = realloc(buf, grown);
        if (p == NULL) {
          free(buf);
          return cli_fail(EXIT_INVALID, path, "out of memory");
        }
        buf = p;
        cap = grown;
      }
      buf[len++] = (char)ch;
      if (in_string) {
        if (escape)
          escape = 0;
        else if (ch == '\\')
          escape = 1;
        else if (ch == '"')
          in_string = 0;
      } else if (ch == '"') {
        in_string = 1;
      } else if (ch == '{' || ch == '[') {
        depth++;
      } else if (ch == '}' || ch == ']') {
        depth--;
      }
    }
    while (len > 0 && (buf[len - 1] == ' ' || buf[len - 1] == '\t' || buf[len - 1] == '\r' || buf[len - 1] == '\n'))
      len--;
    if (ch == EOF) {
      code = cli_fail(EXIT_INVALID, path, "line %ld: the array of cases is not closed", s.line);
      b->invalid = 1;
      break;
    }
    run_case(b, len > 0 ? buf : "", len, path, line, column);
    ch = next_char(&s);
    if (ch == ']')
      break;
  }
  free(buf);
  int ch = skip_space(&s);
  if (code == EXIT_DONE && ch != EOF) {
    code = cli_fail(EXIT_INVALID, path, "line %ld: text after the array of cases", s.line);
    b->invalid = 1;
  }
  return code;
}

static int run_batch(cli *c, FILE *in, const char *path, int array, const options *o)
{
  int code = EXIT_DONE;
  batch b = {0};
  b.o = o;
  if ((b.cal = cli_calendar(c, &code)) == NULL || (b.rules = cli_rules(c, &code)) == NULL)
    return code;
  egca_error err;
  if (egca_timeline_new(&b.tl, &err) < 0)
    return cli_fail_error("timeline", EGCA_E_NOMEM, &err);
  b.progress = isatty(STDERR_FILENO);
  clock_gettime(CLOCK_MONOTONIC, &b.started);
  b.shown = b.started;
  if (array)
    code = run_array(&b, in, path);
  else
    run_lines(&b, in);
  if (ferror(in))
    code = cli_fail(EXIT_INVALID, path, "read error");
  show_progress(&b, 1);
  egca_timeline_free(b.tl);
  if (code != EXIT_DONE)
    return code;
  /* An unreadable case outranks a coverage gap, which outranks a negative answer. */
  return b.invalid ? EXIT_INVALID : b.coverage ? EXIT_COVERAGE : b.negative ? EXIT_NEGATIVE : EXIT_DONE;
}

/* --- The command ---------------------------------------------------------------------------------------- */

int cmd_timeline(cli *c, int argc, char **argv)
{
  options o = {.as_of = today(), .fmt = FORMAT_TEXT};
  const char *path = NULL;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--as-of") == 0 || strcmp(a, "--format") == 0 || strcmp(a, "--policy") == 0) {
      if (i + 1 >= argc)
        return cli_fail(EXIT_USAGE, a, "needs a value");
      const char *v = argv[++i];
      if (a[2] == 'a') {
        if (cli_parse_date(&o.as_of, v, "--as-of") < 0)
          return EXIT_USAGE;
      } else if (a[2] == 'f') {
        o.fmt_given = 1;
        if (strcmp(v, "text") == 0)
          o.fmt = FORMAT_TEXT;
        else if (strcmp(v, "json") == 0)
          o.fmt = FORMAT_JSON;
        else if (strcmp(v, "ics") == 0)
          o.fmt = FORMAT_ICS;
        else
          return cli_fail(EXIT_USAGE, a, "expected text, json or ics");
      } else {
        if (strcmp(v, "earlier") == 0)
          o.eval.policy = EGCA_POLICY_EARLIER;
        else if (strcmp(v, "later") == 0)
          o.eval.policy = EGCA_POLICY_LATER;
        else
          return cli_fail(EXIT_USAGE, a, "expected earlier or later");
      }
    } else if (a[0] == '-' && a[1] != '\0') {
      return cli_fail(EXIT_USAGE, a, "unknown option");
    } else if (path != NULL) {
      return cli_fail(EXIT_USAGE, argv[0], "one case file, or - for cases on stdin");
    } else {
      path = a;
    }
  }
  if (path == NULL)
    return cli_fail(EXIT_USAGE, argv[0], "usage: egca timeline CASE.json|- [--as-of DATE] [--format text|json|ics]");
  if (strcmp(path, "-") == 0) {
    if (o.fmt_given && o.fmt != FORMAT_JSON)
      return cli_fail(EXIT_USAGE, "--format", "cases on stdin give one JSON line each: only json applies");
    return run_batch(c, stdin, "<stdin>", 0, &o);
  }
  /* A file holding an array is a batch; one holding an object is one case. */
  FILE *f = fopen(path, "rb");
  if (f == NULL)
    return cli_fail(EXIT_INVALID, path, "cannot open: %s", strerror(errno));
  int ch;
  do
    ch = getc(f);
  while (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n');
  if (ch != '[') {
    fclose(f);
    return print_one(c, path, &o);
  }
  if (o.fmt_given && o.fmt != FORMAT_JSON) {
    fclose(f);
    return cli_fail(EXIT_USAGE, "--format", "a file of cases gives one JSON line each: only json applies");
  }
  rewind(f);
  int code = run_batch(c, f, path, 1, &o);
  fclose(f);
  return code;
}
