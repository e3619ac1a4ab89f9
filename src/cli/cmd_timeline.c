/* egca command — timeline CASE.json|- [--as-of DATE] [--format text|json|ics|html] [--reading QUESTION=READING]...
 *                                      [--receipt next_working_day|as_dated] [--jobs N]
 *
 * One case (a file holding a JSON object) prints its timeline in the format asked for. A batch — a file
 * holding a JSON array of cases, or `-` reading cases from stdin (NDJSON, an array, or cases one after
 * another, pretty-printed or not, as the content says) — prints per case, in input order, one compact JSON
 * line (the default), its text (--format text) or its deadlines in one calendar (--format ics), evaluated
 * by N threads (timeline_batch.c); a case that cannot be read or evaluated gives an error in its place
 * naming its input line, and the rest go on. */
#include "cli.h"
#include "timeline_batch.h"

#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef enum { FORMAT_TEXT, FORMAT_JSON, FORMAT_ICS, FORMAT_HTML } format;

typedef struct options {
  egca_date as_of;
  format fmt;
  int fmt_given;
  int jobs;
  egca_timeline_options eval;
} options;

/* --- One case ----------------------------------------------------------------------------------------- */

/* `text` (len bytes) is the case when the file could be read only once (a pipe); NULL reads `path`. */
static int print_one(cli *c, const char *path, const char *text, size_t len, const options *o)
{
  int code = EXIT_DONE;
  egca_error err = CLI_ERROR;
  egca_case *cs = NULL;
  egca_timeline *tl = NULL;
  int rc = text != NULL ? egca_case_parse(&cs, text, len, path, &err) : egca_case_load(&cs, path, &err);
  if (rc < 0) {
    code = cli_fail_error(path, rc, &err);
    egca_case_free(cs);
    return code;
  }
  /* The case's own office, unless --office or --local names one calendar (the library refuses a case whose
   * office disagrees). Only the acceptance office's periods are counted on it; every other on the national one. */
  egca_timeline_options eval = o->eval;
  egca_office_calendars *offices = NULL;
  const egca_calendar *cal = cli_office_options(c, &eval, &offices, &code) == 0 ? cli_national_calendar(c, &code) : NULL;
  const egca_rules *rules = cal != NULL ? cli_rules(c, &code) : NULL;
  if (rules == NULL) {
    egca_office_calendars_free(offices);
    egca_case_free(cs);
    return code;
  }
  rc = egca_timeline_new(&tl, &err);
  if (rc >= 0)
    rc = egca_case_evaluate(tl, cs, cal, rules, o->as_of, &eval, &err);
  char *out = NULL;
  if (rc >= 0) {
    if (o->fmt == FORMAT_JSON) {
      rc = egca_timeline_to_json(&out, tl, 0, &err);
    } else if (o->fmt == FORMAT_ICS) {
      rc = egca_timeline_to_ics(&out, tl, &err);
    } else if (o->fmt == FORMAT_HTML) {
      /* the axis shows the acceptance office's days (the national ones without one) */
      const egca_calendar *office_cal;
      rc = egca_case_office_calendar(&office_cal, cs, cal, &eval, &err);
      if (rc >= 0)
        rc = egca_timeline_to_html(&out, tl, office_cal, &err);
    } else {
      rc = egca_timeline_to_text(&out, tl, &err);
    }
  }
  if (rc < 0) {
    code = cli_fail_error(path, rc, &err);
  } else {
    cli_puts(out);
    code = egca_timeline_clean(tl) ? EXIT_DONE : EXIT_NEGATIVE;
  }
  egca_timeline_string_free(out);
  egca_timeline_free(tl);
  egca_office_calendars_free(offices);
  egca_case_free(cs);
  return code;
}

/* A batch prints JSON lines unless --format asks for text or ics. */
static int run_batch(cli *c, FILE *in, const char *path, egca_batch_format format, const options *o)
{
  batch_options b = {.as_of = o->as_of, .eval = o->eval, .jobs = o->jobs, .output = BATCH_JSON};
  if (o->fmt_given && o->fmt == FORMAT_HTML)
    return batch_run_html(c, in, path, format, &b);
  if (o->fmt_given && o->fmt == FORMAT_TEXT)
    b.output = BATCH_TEXT;
  else if (o->fmt_given && o->fmt == FORMAT_ICS)
    b.output = BATCH_ICS;
  return batch_run(c, in, path, format, &b);
}

/* The most read from an input that can be read only once (a pipe): the library's limit for a case file. */
#define ONCE_MAX ((size_t)64 << 20)

/* The length of a UTF-8 byte order mark at the start of t: the library skips one before any JSON text. */
static size_t bom_length(const char *t, size_t len)
{
  return len >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

/* A regular file: its first byte after a byte order mark and white space says whether it holds an array;
 * a batch then reads it again from after the mark, and one case is read by the library. */
static int probe_file(cli *c, FILE *f, const char *path, const options *o)
{
  char bom[3];
  const size_t got = fread(bom, 1, sizeof bom, f);
  const long from = (long)bom_length(bom, got);
  int ch = EOF;
  if (fseek(f, from, SEEK_SET) == 0) {
    do
      ch = getc(f);
    while (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n');
  }
  int code;
  if (ch != '[')
    code = print_one(c, path, NULL, 0, o);
  else
    code = fseek(f, from, SEEK_SET) == 0 ? run_batch(c, f, path, EGCA_BATCH_ARRAY, o)
                                         : cli_fail(EXIT_INVALID, path, CLI_TR("cannot read: %s", "无法读取：%s"),
                                                    egca_errno_text(errno, cli_lang));
  fclose(f);
  return code;
}

static int too_large(const char *path)
{
  return cli_fail(EXIT_INVALID, path,
                  CLI_TR("more than %zu MiB from an input that can be read only once: give cases one per line on stdin "
                         "(-) instead",
                         "只能读取一次的输入超过%zu MiB：请改为在stdin（-）上每行给出一个案件"),
                  ONCE_MAX >> 20);
}

/* Reads f whole into *out (NUL-terminated), within ONCE_MAX bytes. */
static int read_whole(char **out, size_t *len, FILE *f, const char *path)
{
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap + 1);
  if (buf == NULL)
    return cli_fail(EXIT_INVALID, path, "%s", CLI_TR("out of memory", "内存不足"));
  for (;;) {
    if (n == cap) {
      if (cap > ONCE_MAX) { /* one byte more than the limit was read */
        free(buf);
        return too_large(path);
      }
      const size_t next = cap * 2 > ONCE_MAX ? ONCE_MAX + 1 : cap * 2;
      char *grown = realloc(buf, next + 1);
      if (grown == NULL) {
        free(buf);
        return cli_fail(EXIT_INVALID, path, "%s", CLI_TR("out of memory", "内存不足"));
      }
      buf = grown;
      cap = next;
    }
    const size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (got == 0)
      break;
  }
  if (ferror(f)) {
    const int e = errno;
    free(buf);
    return cli_fail(EXIT_INVALID, path, CLI_TR("cannot read: %s", "无法读取：%s"), egca_errno_text(e, cli_lang));
  }
  buf[n] = '\0';
  *out = buf;
  *len = n;
  return EXIT_DONE;
}

/* An input read into memory: an array is a batch read from the text (after a byte order mark), anything
 * else one case. */
static int run_text(cli *c, const char *text, size_t len, const char *path, const options *o)
{
  const size_t from = bom_length(text, len);
  size_t i = from;
  while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
    i++;
  if (i == len || text[i] != '[')
    return print_one(c, path, text, len, o);
  int code;
  FILE *f = fmemopen((void *)(text + from), len - from, "rb");
  if (f == NULL)
    return cli_fail(EXIT_INVALID, path, CLI_TR("cannot read: %s", "无法读取：%s"), egca_errno_text(errno, cli_lang));
  code = run_batch(c, f, path, EGCA_BATCH_ARRAY, o);
  fclose(f);
  return code;
}

/* --- The command ---------------------------------------------------------------------------------------- */

int cmd_timeline(cli *c, int argc, char **argv)
{
  options o = {.as_of = cli_today(), .fmt = FORMAT_TEXT, .jobs = batch_default_jobs(), .eval = {.lang = cli_lang}};
  static cli_readings picks; /* static: 8 KiB of text; outlives the evaluation and the batch */
  picks.count = 0;
  const char *path = NULL;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--jobs") == 0) {
      long jobs;
      if (i + 1 >= argc)
        return cli_fail(EXIT_USAGE, a, CLI_TR("needs a value", "缺少值"));
      if (cli_parse_int(&jobs, argv[++i], 1, BATCH_JOBS_MAX, "--jobs") < 0)
        return EXIT_USAGE;
      o.jobs = (int)jobs;
    } else if (strcmp(a, "--reading") == 0) {
      if (i + 1 >= argc)
        return cli_fail(EXIT_USAGE, a, CLI_TR("needs a value", "缺少值"));
      if (cli_add_reading(&picks, a, argv[++i]) != EXIT_DONE)
        return EXIT_USAGE;
      o.eval.readings = picks.choice;
      o.eval.reading_count = picks.count;
    } else if (strcmp(a, "--receipt") == 0) {
      /* docs/rules.md, receipt_after_hours: materials received after closing or on a rest day. */
      if (i + 1 >= argc)
        return cli_fail(EXIT_USAGE, a, CLI_TR("needs a value", "缺少值"));
      const char *v = argv[++i];
      if (strcmp(v, egca_receipt_reading_name(EGCA_RECEIPT_NEXT_WORKING_DAY)) == 0)
        o.eval.receipt = EGCA_RECEIPT_NEXT_WORKING_DAY;
      else if (strcmp(v, egca_receipt_reading_name(EGCA_RECEIPT_AS_DATED)) == 0)
        o.eval.receipt = EGCA_RECEIPT_AS_DATED;
      else
        return cli_fail(EXIT_USAGE, a, CLI_TR("expected next_working_day or as_dated", "应为next_working_day或as_dated"));
    } else if (strcmp(a, "--as-of") == 0 || strcmp(a, "--format") == 0 || strcmp(a, "--policy") == 0) {
      if (i + 1 >= argc)
        return cli_fail(EXIT_USAGE, a, CLI_TR("needs a value", "缺少值"));
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
        else if (strcmp(v, "html") == 0)
          o.fmt = FORMAT_HTML;
        else
          return cli_fail(EXIT_USAGE, a, CLI_TR("expected text, json, ics or html", "应为text、json、ics或html"));
      } else {
        /* Deprecated: --reading renewal_rest_day=earlier|later says the same. */
        if (strcmp(v, "earlier") == 0)
          o.eval.policy = EGCA_POLICY_EARLIER;
        else if (strcmp(v, "later") == 0)
          o.eval.policy = EGCA_POLICY_LATER;
        else
          return cli_fail(EXIT_USAGE, a, CLI_TR("expected earlier or later", "应为earlier或later"));
      }
    } else if (a[0] == '-' && a[1] != '\0') {
      return cli_fail(EXIT_USAGE, a, CLI_TR("unknown option", "未知选项"));
    } else if (path != NULL) {
      return cli_fail(EXIT_USAGE, argv[0], CLI_TR("one case file, or - for cases on stdin", "只能给出一个案件文件，或用-从stdin读取案件"));
    } else {
      path = a;
    }
  }
  if (picks.count > 0) {
    int code;
    const egca_rules *rules = cli_rules(c, &code);
    if (rules == NULL)
      return code;
    if ((code = cli_check_readings(rules, &picks)) != EXIT_DONE)
      return code;
  }
  if (path == NULL)
    return cli_fail(EXIT_USAGE, argv[0],
                    CLI_TR("usage: egca timeline CASE.json|- [--as-of DATE] [--format text|json|ics|html] [--jobs N]",
                           "用法：egca timeline CASE.json|- [--as-of DATE] [--format text|json|ics|html] [--jobs N]"));
  if (strcmp(path, "-") == 0)
    return run_batch(c, stdin, "<stdin>", EGCA_BATCH_AUTO, &o);
  /* A file holding an array is a batch; one holding an object is one case. */
  FILE *f = fopen(path, "rb");
  if (f == NULL)
    return cli_fail(EXIT_INVALID, path, CLI_TR("cannot open: %s", "无法打开：%s"), egca_errno_text(errno, cli_lang));
  struct stat st;
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode))
    return probe_file(c, f, path, &o);
  /* A pipe (/dev/stdin) or a device gives its bytes once: they are read once, into memory. */
  char *text = NULL;
  size_t len = 0;
  int code = read_whole(&text, &len, f, path);
  fclose(f);
  if (code == EXIT_DONE)
    code = run_text(c, text, len, path, &o);
  free(text);
  return code;
}
