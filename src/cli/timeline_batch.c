/* egca command — timelines of many cases, through the library's batch (include/egca/batch.h).
 *
 * The library reads the cases, evaluates them on --jobs threads and gives back each case's compact JSON
 * line (its timeline, or {"line": N, "error": "..."}) in input order; this file sets up the input and the
 * output for volume, prints the lines, shows progress on a terminal and turns what the cases gave into
 * the exit status. Output lines and exit status do not depend on the number of threads.
 *
 * A failed write to stdout (a full disk; a closed pipe, when SIGPIPE is ignored) stops the batch: the
 * lines after it could not be delivered either. */
#define _GNU_SOURCE /* F_SETPIPE_SZ */
#include "timeline_batch.h"

#include <fcntl.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* A large case's blocks are given back to the system once freed (see M_MMAP_THRESHOLD below). */
#define KEEP_BYTES ((size_t)1 << 20)
#define OUT_BYTES ((size_t)1 << 16)

/* What the cases gave, for the exit code. */
typedef struct verdict {
  int invalid, coverage, negative;
} verdict;

static void verdict_add(verdict *v, const egca_batch_result *r)
{
  if (r->status == EGCA_E_COVERAGE)
    v->coverage = 1;
  else if (r->status < 0)
    v->invalid = 1;
  else if (!r->clean)
    v->negative = 1;
}

/* An unreadable case outranks a coverage gap, which outranks a negative answer. */
static int verdict_exit(const verdict *v)
{
  return v->invalid ? EXIT_INVALID : v->coverage ? EXIT_COVERAGE : v->negative ? EXIT_NEGATIVE : EXIT_DONE;
}

typedef struct sink {
  verdict v;                               /* what the cases gave */
  int nomem;
  int write_errno;                         /* a write to stdout failed (its errno): stop */
  int progress;                            /* stderr is a terminal */
  size_t done;
  struct timespec started, shown;
  /* Lines are written to stdout in pieces of OUT_BYTES: a write per line cost a system call each. */
  char out[OUT_BYTES];
  size_t out_len;
  batch_output output;
  const char *path;
  /* BATCH_ICS: the case ids seen, with how often (their UIDs are kept unique); an open-addressed table. */
  struct seen_id { char *id; unsigned count; } *ids;
  size_t ids_cap, ids_len;
} sink;

int batch_default_jobs(void)
{
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > BATCH_JOBS_MAX ? BATCH_JOBS_MAX : (int)n;
}

static double seconds_between(const struct timespec *a, const struct timespec *b)
{
  return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static void show_progress(sink *s, int last)
{
  if (!s->progress)
    return;
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  if (!last && seconds_between(&s->shown, &now) < 0.2)
    return;
  s->shown = now;
  double elapsed = seconds_between(&s->started, &now);
  fprintf(stderr, CLI_TR("\r%zu cases, %.0f cases/s", "\r%zu个案件，每秒%.0f个"), s->done, elapsed > 0 ? (double)s->done / elapsed : 0.0);
  if (last)
    fputc('\n', stderr);
  fflush(stderr);
}

/* Writes the lines gathered; the errno of a failed write, else 0. */
static int flush_out(sink *s)
{
  if (s->out_len > 0 && s->write_errno == 0)
    s->write_errno = cli_write(s->out, s->out_len);
  s->out_len = 0;
  return s->write_errno;
}

/* Gathers `len` bytes for stdout; -1 once a write failed. */
static int sink_put(sink *s, const char *data, size_t len)
{
  if (s->out_len + len > OUT_BYTES) {
    if (flush_out(s) != 0 || (len > OUT_BYTES && (s->write_errno = cli_write(data, len)) != 0))
      return -1;
  }
  if (len <= OUT_BYTES) {
    memcpy(s->out + s->out_len, data, len);
    s->out_len += len;
  }
  return 0;
}

/* How often the case id has come in this feed, this one included (1 the first time); 0: no memory. */
static unsigned id_occurrence(sink *s, const char *id)
{
  if (2 * (s->ids_len + 1) > s->ids_cap) {
    const size_t cap = s->ids_cap ? 2 * s->ids_cap : 64;
    struct seen_id *grown = calloc(cap, sizeof *grown);
    if (grown == NULL)
      return 0;
    for (size_t i = 0; i < s->ids_cap; i++) {
      if (s->ids[i].id == NULL)
        continue;
      size_t h = 5381;
      for (const char *p = s->ids[i].id; *p != '\0'; p++)
        h = h * 33 + (unsigned char)*p;
      while (grown[h % cap].id != NULL)
        h++;
      grown[h % cap] = s->ids[i];
    }
    free(s->ids);
    s->ids = grown;
    s->ids_cap = cap;
  }
  size_t h = 5381;
  for (const char *p = id; *p != '\0'; p++)
    h = h * 33 + (unsigned char)*p;
  for (;; h++) {
    struct seen_id *e = &s->ids[h % s->ids_cap];
    if (e->id == NULL) {
      if ((e->id = strdup(id)) == NULL)
        return 0;
      s->ids_len++;
      return e->count = 1;
    }
    if (strcmp(e->id, id) == 0)
      return ++e->count;
  }
}

static void free_ids(sink *s)
{
  for (size_t i = 0; i < s->ids_cap; i++)
    free(s->ids[i].id);
  free(s->ids);
  s->ids = NULL;
  s->ids_cap = s->ids_len = 0;
}

#define TEXT_SEPARATOR "------------------------------------------------------------\n"

/* A case's text (BATCH_TEXT) or events (BATCH_ICS); a case's error in its place (text) or on stderr. */
static int print_readable(sink *s, const egca_batch_result *r)
{
  egca_error err = CLI_ERROR;
  char *out = NULL;
  int rc = 0;
  if (s->output == BATCH_TEXT && r->index > 0 && sink_put(s, "\n" TEXT_SEPARATOR "\n", strlen(TEXT_SEPARATOR) + 2) < 0)
    return -1;
  if (r->status < 0) {
    char text[2 * EGCA_ERROR_TEXT_MAX + 512];
    if (r->error != NULL)
      egca_error_format(r->error, text, sizeof text);
    else
      snprintf(text, sizeof text, CLI_TR("%s: line %ld: out of memory", "%s: 第%ld行: 内存不足"), s->path, r->line);
    if (s->output == BATCH_ICS) {
      flush_out(s); /* stdout's lines before stderr's */
      fprintf(stderr, "egca: %s\n", text);
      return 0;
    }
    const char *label = CLI_TR("error: ", "错误：");
    return sink_put(s, label, strlen(label)) < 0 || sink_put(s, text, strlen(text)) < 0 || sink_put(s, "\n", 1) < 0
               ? -1
               : 0;
  }
  if (s->output == BATCH_TEXT) {
    rc = egca_timeline_to_text(&out, r->timeline, &err);
  } else {
    const unsigned occurrence = id_occurrence(s, egca_timeline_case_id(r->timeline));
    rc = occurrence == 0 ? EGCA_E_NOMEM : egca_timeline_ics_events(&out, r->timeline, occurrence, &err);
  }
  if (rc < 0) {
    s->nomem = 1;
    return 0;
  }
  rc = sink_put(s, out, strlen(out));
  egca_timeline_string_free(out);
  return rc;
}

/* Prints one case's line; returns non-zero (stopping the batch) once a write failed. */
static int print_result(const egca_batch_result *r, void *user)
{
  sink *s = user;
  if (s->output != BATCH_JSON) {
    if (print_readable(s, r) < 0)
      return 1;
  } else if (r->json == NULL) {
    s->nomem = 1;
  } else if (sink_put(s, r->json, r->json_len) < 0) {
    return 1;
  }
  verdict_add(&s->v, r);
  s->done++;
  if (s->progress && s->done % 64 == 0)
    show_progress(s, 0);
  return 0;
}

int batch_run(cli *c, FILE *in, const char *path, egca_batch_format format, const batch_options *o)
{
  int code = EXIT_DONE;
  const egca_calendar *cal;
  const egca_rules *rules;
  /* The acceptance office's periods on its calendar (below), every other on the national one. */
  if (cli_calendar(c, &code) == NULL || (cal = cli_national_calendar(c, &code)) == NULL ||
      (rules = cli_rules(c, &code)) == NULL)
    return code;
  static sink s; /* its buffer is large for the stack */
  s = (sink){.progress = isatty(STDERR_FILENO), .output = o->output, .path = path};
  /* Cases come and go in hundreds of megabytes: read and write in big pieces. A pipe holds 64 KiB, so
   * that a reader of our output woke up (and we waited) every 14 cases. */
#ifdef F_SETPIPE_SZ
  fcntl(fileno(in), F_SETPIPE_SZ, 1 << 20);  /* Linux; a file or a terminal refuses it, which is fine */
  fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20);
#endif
#ifdef M_MMAP_THRESHOLD
  /* glibc maps a block of 128 KiB or more on its own, but raises that threshold to the size of any mapped
   * block freed: after the first large case, each worker's heap would keep a large case's copies (the
   * library's NUL-terminated copy, the parsed tree) once freed, and peak memory would grow with --jobs.
   * A fixed threshold keeps large blocks mapped, so that freeing them gives them back. This process is
   * the command's: the library itself tunes nothing process-wide. */
  mallopt(M_MMAP_THRESHOLD, (int)KEEP_BYTES);
#endif
  clock_gettime(CLOCK_MONOTONIC, &s.started);
  s.shown = s.started;
  egca_batch_options bo = {
    .as_of = o->as_of,
    .eval = o->eval,
    .jobs = o->jobs,
    .format = format,
    .deliver = o->output == BATCH_JSON ? EGCA_BATCH_JSON : EGCA_BATCH_TIMELINE,
  };
  egca_error err = CLI_ERROR;
  /* Each case's acceptance on its own office's calendar (the national base and its region's notices,
   * built once per office the cases name), as `egca timeline CASE` counts it for that case alone; with
   * --office or --local, on that one for every case. */
  egca_office_calendars *offices = NULL;
  if (cli_office_options(c, &bo.eval, &offices, &code) < 0)
    return code;
  egca_batch *b = NULL;
  int rc = egca_batch_new(&b, cal, rules, &bo, path, print_result, &s, &err);
  char *piece = NULL;
  if (rc >= 0 && o->output == BATCH_ICS && (rc = egca_timeline_ics_head(&piece, cli_lang, &err)) >= 0) {
    if (sink_put(&s, piece, strlen(piece)) < 0)
      rc = EGCA_E_STOPPED;
    egca_timeline_string_free(piece);
  }
  if (rc >= 0)
    rc = format == EGCA_BATCH_ARRAY ? egca_batch_read_file(b, in, &err) : egca_batch_read_fd(b, fileno(in), &err);
  /* The cases read are evaluated and printed whatever stopped the reading. */
  egca_error end_err = CLI_ERROR;
  int end_rc = b != NULL ? egca_batch_finish(b, &end_err) : 0;
  if (rc >= 0 && end_rc < 0) {
    rc = end_rc;
    err = end_err;
  }
  egca_batch_free(b);
  egca_office_calendars_free(offices);
  free_ids(&s);
  /* The feed is closed whatever its cases gave, unless the input itself failed. */
  if (o->output == BATCH_ICS && rc >= 0 && s.write_errno == 0) {
    if (egca_timeline_ics_tail(&piece, &err) < 0)
      rc = EGCA_E_NOMEM;
    else
      sink_put(&s, piece, strlen(piece));
    egca_timeline_string_free(piece);
  }
  flush_out(&s);
  show_progress(&s, 1);
  if (s.write_errno != 0)
    return cli_fail_stdout(s.write_errno);
  if (rc < 0) {
    if (rc == EGCA_E_NOMEM)
      return cli_fail(EXIT_INVALID, path, "%s", CLI_TR("out of memory", "内存不足"));
    if (err.line > 0)
      return cli_fail(EXIT_INVALID, path, CLI_TR("line %d: %s", "第%d行：%s"), err.line, err.message);
    return cli_fail(EXIT_INVALID, path, "%s", err.message);
  }
  if (s.nomem)
    return cli_fail(EXIT_INVALID, path, "%s",
                    CLI_TR("out of memory: some cases' lines are missing", "内存不足：部分案件的输出行缺失"));
  return verdict_exit(&s.v);
}

/* --- One page ------------------------------------------------------------------------------------------- */

typedef struct page_sink {
  egca_html_page *page;
  verdict v;
  int nomem;
} page_sink;

static int add_to_page(const egca_batch_result *r, void *user)
{
  page_sink *s = user;
  egca_error err = CLI_ERROR;
  verdict_add(&s->v, r);
  if (egca_html_page_add_result(s->page, r, &err) < 0) {
    s->nomem = 1;
    return 1;
  }
  return 0;
}

int batch_run_html(cli *c, FILE *in, const char *path, egca_batch_format format, const batch_options *o)
{
  int code = EXIT_DONE;
  const egca_calendar *cal;
  const egca_rules *rules;
  if (cli_calendar(c, &code) == NULL || (cal = cli_national_calendar(c, &code)) == NULL ||
      (rules = cli_rules(c, &code)) == NULL)
    return code;
  page_sink s = {0};
  egca_error err = CLI_ERROR;
  egca_batch_options bo = {
    .as_of = o->as_of,
    .eval = o->eval,
    .jobs = o->jobs,
    .format = format,
    .deliver = EGCA_BATCH_TIMELINE,
  };
  /* As batch_run: each case's acceptance on its own office's calendar, unless --office or --local names one
   * for every case; the page's axis shows that one calendar's days, or the national ones. */
  egca_office_calendars *offices = NULL;
  if (cli_office_options(c, &bo.eval, &offices, &code) < 0)
    return code;
  if (egca_html_page_new(&s.page, offices != NULL ? cal : bo.eval.office_calendar, &err) < 0) {
    egca_office_calendars_free(offices);
    return cli_fail(EXIT_INVALID, path, "%s", CLI_TR("out of memory", "内存不足"));
  }
  egca_html_page_set_lang(s.page, cli_lang);
  egca_batch *b = NULL;
  int rc = egca_batch_new(&b, cal, rules, &bo, path, add_to_page, &s, &err);
  if (rc >= 0)
    rc = format == EGCA_BATCH_ARRAY ? egca_batch_read_file(b, in, &err) : egca_batch_read_fd(b, fileno(in), &err);
  egca_error end_err = CLI_ERROR;
  int end_rc = b != NULL ? egca_batch_finish(b, &end_err) : 0;
  if (rc >= 0 && end_rc < 0) {
    rc = end_rc;
    err = end_err;
  }
  egca_batch_free(b);
  egca_office_calendars_free(offices);
  char *html = NULL;
  if (rc >= 0 && !s.nomem && egca_html_page_finish(&html, s.page, &err) < 0)
    s.nomem = 1;
  egca_html_page_free(s.page);
  if (s.nomem || rc == EGCA_E_NOMEM) {
    egca_timeline_string_free(html);
    return cli_fail(EXIT_INVALID, path, "%s", CLI_TR("out of memory", "内存不足"));
  }
  if (rc < 0) {
    /* The page is whole or absent: a stream that broke gives none. */
    if (err.line > 0)
      return cli_fail(EXIT_INVALID, path, CLI_TR("line %d: %s", "第%d行：%s"), err.line, err.message);
    return cli_fail(EXIT_INVALID, path, "%s", err.message);
  }
  cli_puts(html);
  egca_timeline_string_free(html);
  return verdict_exit(&s.v);
}
