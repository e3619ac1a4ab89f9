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

typedef struct sink {
  int invalid, coverage, negative, nomem;  /* what the cases gave */
  int write_errno;                         /* a write to stdout failed (its errno): stop */
  int progress;                            /* stderr is a terminal */
  size_t done;
  struct timespec started, shown;
  /* Lines are written to stdout in pieces of OUT_BYTES: a write per line cost a system call each. */
  char out[OUT_BYTES];
  size_t out_len;
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
  fprintf(stderr, "\r%zu cases, %.0f cases/s", s->done, elapsed > 0 ? (double)s->done / elapsed : 0.0);
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

/* Prints one case's line; returns non-zero (stopping the batch) once a write failed. */
static int print_result(const egca_batch_result *r, void *user)
{
  sink *s = user;
  if (r->json == NULL) {
    s->nomem = 1;
  } else if (s->out_len + r->json_len > OUT_BYTES) {
    if (flush_out(s) != 0 || (r->json_len > OUT_BYTES && (s->write_errno = cli_write(r->json, r->json_len)) != 0))
      return 1;
  }
  if (r->json != NULL && r->json_len <= OUT_BYTES) {
    memcpy(s->out + s->out_len, r->json, r->json_len);
    s->out_len += r->json_len;
  }
  if (r->status == EGCA_E_COVERAGE)
    s->coverage = 1;
  else if (r->status < 0)
    s->invalid = 1;
  else if (!r->clean)
    s->negative = 1;
  s->done++;
  if (s->progress && s->done % 64 == 0)
    show_progress(s, 0);
  return 0;
}

int batch_run(cli *c, FILE *in, const char *path, int array, const batch_options *o)
{
  int code = EXIT_DONE;
  const egca_calendar *cal, *office_cal;
  const egca_rules *rules;
  /* The acceptance office's periods on --office's calendar, every other on the national one. */
  if ((office_cal = cli_calendar(c, &code)) == NULL || (cal = cli_national_calendar(c, &code)) == NULL ||
      (rules = cli_rules(c, &code)) == NULL)
    return code;
  static sink s; /* its buffer is large for the stack */
  s = (sink){.progress = isatty(STDERR_FILENO)};
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
    .format = array ? EGCA_BATCH_ARRAY : EGCA_BATCH_NDJSON,
    .deliver = EGCA_BATCH_JSON,
  };
  egca_error err;
  egca_office_calendars *offices = NULL;
  int rc = 0;
  if (c->office == NULL && c->local_count == 0) {
    /* Each case's acceptance on its own office's calendar (the national base and its region's notices,
     * built once per office the cases name), as `egca timeline CASE` counts it for that case alone. */
    egca_load_options lo = {.unmarked = c->unmarked, .strict = c->strict};
    rc = egca_office_calendars_new(&offices, c->holidays, c->holiday_count, &lo, &err);
    bo.eval.office_calendars = offices;
  } else {
    bo.eval.office_calendar = office_cal; /* --office or --local: the one for every case */
  }
  egca_batch *b = NULL;
  if (rc >= 0)
    rc = egca_batch_new(&b, cal, rules, &bo, path, print_result, &s, &err);
  if (rc >= 0)
    rc = array ? egca_batch_read_file(b, in, &err) : egca_batch_read_fd(b, fileno(in), &err);
  /* The cases read are evaluated and printed whatever stopped the reading. */
  egca_error end_err;
  int end_rc = b != NULL ? egca_batch_finish(b, &end_err) : 0;
  if (rc >= 0 && end_rc < 0) {
    rc = end_rc;
    err = end_err;
  }
  egca_batch_free(b);
  egca_office_calendars_free(offices);
  flush_out(&s);
  show_progress(&s, 1);
  if (s.write_errno != 0)
    return cli_fail_stdout(s.write_errno);
  if (rc < 0) {
    if (rc == EGCA_E_NOMEM)
      return cli_fail(EXIT_INVALID, path, "out of memory");
    if (err.line > 0)
      return cli_fail(EXIT_INVALID, path, "line %d: %s", err.line, err.message);
    return cli_fail(EXIT_INVALID, path, "%s", err.message);
  }
  if (s.nomem)
    return cli_fail(EXIT_INVALID, path, "out of memory: some cases' lines are missing");
  /* An unreadable case outranks a coverage gap, which outranks a negative answer. */
  return s.invalid ? EXIT_INVALID : s.coverage ? EXIT_COVERAGE : s.negative ? EXIT_NEGATIVE : EXIT_DONE;
}

/* --- One page ------------------------------------------------------------------------------------------- */

typedef struct page_sink {
  egca_html_page *page;
  int invalid, coverage, negative, nomem;
} page_sink;

static int add_to_page(const egca_batch_result *r, void *user)
{
  page_sink *s = user;
  egca_error err;
  int rc;
  if (r->status < 0) {
    char what[64], message[1200];
    snprintf(what, sizeof what, "line %ld", r->line);
    if (r->error != NULL)
      egca_error_format(r->error, message, sizeof message);
    else
      snprintf(message, sizeof message, "%s", egca_strerror(r->status));
    rc = egca_html_page_add_error(s->page, what, message, &err);
    if (r->status == EGCA_E_COVERAGE)
      s->coverage = 1;
    else
      s->invalid = 1;
  } else {
    rc = egca_html_page_add_timeline(s->page, r->timeline, &err);
    s->negative |= !r->clean;
  }
  if (rc < 0) {
    s->nomem = 1;
    return 1;
  }
  return 0;
}

int batch_run_html(cli *c, FILE *in, const char *path, int array, const batch_options *o)
{
  int code = EXIT_DONE;
  const egca_calendar *cal, *office_cal;
  const egca_rules *rules;
  if ((office_cal = cli_calendar(c, &code)) == NULL || (cal = cli_national_calendar(c, &code)) == NULL ||
      (rules = cli_rules(c, &code)) == NULL)
    return code;
  page_sink s = {0};
  egca_error err;
  egca_batch_options bo = {
    .as_of = o->as_of,
    .eval = o->eval,
    .jobs = o->jobs,
    .format = array ? EGCA_BATCH_ARRAY : EGCA_BATCH_NDJSON,
    .deliver = EGCA_BATCH_TIMELINE,
  };
  /* As batch_run: each case's acceptance on its own office's calendar, unless --office or --local names one
   * for every case; the page's axis shows that one calendar's days, or the national ones. */
  egca_office_calendars *offices = NULL;
  int rc = 0;
  if (c->office == NULL && c->local_count == 0) {
    egca_load_options lo = {.unmarked = c->unmarked, .strict = c->strict};
    rc = egca_office_calendars_new(&offices, c->holidays, c->holiday_count, &lo, &err);
    bo.eval.office_calendars = offices;
  } else {
    bo.eval.office_calendar = office_cal;
  }
  if (rc < 0)
    return cli_fail_error(path, rc, &err);
  if (egca_html_page_new(&s.page, offices != NULL ? cal : office_cal, &err) < 0) {
    egca_office_calendars_free(offices);
    return cli_fail(EXIT_INVALID, path, "out of memory");
  }
  egca_batch *b = NULL;
  rc = egca_batch_new(&b, cal, rules, &bo, path, add_to_page, &s, &err);
  if (rc >= 0)
    rc = array ? egca_batch_read_file(b, in, &err) : egca_batch_read_fd(b, fileno(in), &err);
  egca_error end_err;
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
    return cli_fail(EXIT_INVALID, path, "out of memory");
  }
  if (rc < 0) {
    /* The page is whole or absent: a stream that broke gives none. */
    if (err.line > 0)
      return cli_fail(EXIT_INVALID, path, "line %d: %s", err.line, err.message);
    return cli_fail(EXIT_INVALID, path, "%s", err.message);
  }
  cli_puts(html);
  egca_timeline_string_free(html);
  return s.invalid ? EXIT_INVALID : s.coverage ? EXIT_COVERAGE : s.negative ? EXIT_NEGATIVE : EXIT_DONE;
}
