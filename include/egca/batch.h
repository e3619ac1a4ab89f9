/* egca — many cases evaluated by several threads, their results delivered in input order.
 *
 * A batch is fed case texts one at a time (egca_batch_add), or a stream of cases: NDJSON (one case per line,
 * blank lines skipped) or a JSON array of cases, pushed in pieces of any size (egca_batch_write) or read
 * from a FILE* or a file descriptor (egca_batch_read_file, egca_batch_read_fd). `jobs` threads parse and
 * evaluate the cases, sharing the calendar and the rules read-only; each result goes to the callback, in
 * input order, whatever the number of threads.
 *
 * Limits, as for one case file: a case longer than EGCA_CASE_TEXT_MAX is not kept and gives an error
 * result in its place. Memory is bounded whatever the number of cases and of jobs: the case text held
 * (read, not yet delivered) is at most `max_in_flight` bytes (or one case, when a case is larger); the
 * reading call waits for the oldest results to be delivered before it takes more.
 *
 * A case that cannot be read or evaluated gives an error result in its place (status < 0, its error's
 * line and column counted in the whole input, its pointer naming the value) and the batch goes on.
 *
 * Threads and ownership: a batch belongs to the thread that calls it (one call at a time). The callback
 * runs on that thread, from within egca_batch_add, _write, _read_file, _read_fd or _finish — never on a
 * worker thread — so it may use the caller's state without locking. What a result points to is borrowed
 * and valid only during the callback. The calendar and the rules must outlive the batch. The library
 * changes no process-wide state (no allocator hooks, no signal handling, no malloc tuning).
 */
#ifndef EGCA_BATCH_H
#define EGCA_BATCH_H

#include <stdio.h>

#include "common.h"
#include "error.h"
#include "date.h"
#include "calendar.h"
#include "rules.h"
#include "case.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct egca_batch egca_batch;

/* What a stream holds (egca_batch_write, _read_file, _read_fd). */
typedef enum egca_batch_format {
  EGCA_BATCH_NDJSON = 0,  /* one case per line; blank lines are skipped but counted */
  EGCA_BATCH_ARRAY = 1,   /* one JSON array whose elements are the cases */
  EGCA_BATCH_VALUES = 2,  /* JSON values one after another, separated by white space or not, each a case:
                             pretty-printed cases, or NDJSON. A value starting with '{' or '[' ends at its
                             closing bracket; anything else at the next white space (and is refused as a
                             case). A value not closed at the end is a case that the parser refuses. */
  EGCA_BATCH_AUTO = 3     /* decided by the content: after a UTF-8 byte order mark and white space, '[' is
                             an ARRAY; a '{' whose object ends on its first line is NDJSON (a broken line
                             then spoils only itself); a '{' whose object goes on past its first line is
                             VALUES; anything else is NDJSON. The mark is skipped for ARRAY and VALUES. */
} egca_batch_format;

/* What a result carries (egca_batch_options.deliver; 0 means EGCA_BATCH_JSON). */
#define EGCA_BATCH_JSON 1u      /* the compact JSON line (json, json_len) */
#define EGCA_BATCH_TIMELINE 2u  /* the evaluated timeline */

/* The case text held by a batch when max_in_flight is 0. */
#define EGCA_BATCH_IN_FLIGHT ((size_t)8 << 20)

/* The most threads a batch starts. */
#define EGCA_BATCH_JOBS_MAX 64

typedef struct egca_batch_options {
  egca_date as_of;               /* the evaluation date of every case */
  egca_timeline_options eval;    /* as for egca_case_evaluate */
  int jobs;                      /* evaluating threads (at most EGCA_BATCH_JOBS_MAX); 0 or 1: the calling
                                    thread evaluates */
  egca_batch_format format;      /* of a stream */
  unsigned deliver;              /* EGCA_BATCH_JSON and/or EGCA_BATCH_TIMELINE */
  size_t max_in_flight;          /* bytes of case text held; 0: EGCA_BATCH_IN_FLIGHT */
} egca_batch_options;

/* One case's result. */
typedef struct egca_batch_result {
  size_t index;                  /* its place in the input, from 0 (blank lines are not cases) */
  long line, column;             /* where its text starts in the input (egca_batch_add: line index + 1) */
  int status;                    /* egca_case_evaluate's: 0 or EGCA_PROVISIONAL; or an EGCA_E_* code */
  const egca_error *error;       /* status < 0: why; its line and column are the input's (a case given
                                    by egca_batch_add: its own text's) */
  int clean;                     /* status >= 0: egca_timeline_clean */
  /* EGCA_BATCH_JSON: the line the command prints, ending in '\n': the timeline as egca_timeline_to_json
   * gives it with EGCA_JSON_COMPACT, or {"line":N,"error":"SOURCE:LINE:COLUMN: POINTER: MESSAGE"}; not
   * NUL-terminated. NULL (and status EGCA_E_NOMEM) when memory ran out for it. */
  const char *json;
  size_t json_len;
  const egca_timeline *timeline; /* EGCA_BATCH_TIMELINE and status >= 0: the evaluated timeline */
} egca_batch_result;

/* Receives each result, in input order, on the batch's calling thread; it must not call the batch's own
 * functions. Returning non-zero stops the batch: no more results are delivered (nor, on the calling
 * thread, cases evaluated), and the batch's calls return EGCA_E_STOPPED. */
typedef int (*egca_batch_callback)(const egca_batch_result *result, void *user);

/* A new batch. `source` names the input in errors (copied; NULL: "<batch>"). Starts the worker threads
 * (when fewer start, the batch goes on with those, or on the calling thread). Errors: EGCA_E_INVALID (no
 * calendar, rules or callback; jobs or deliver out of range), EGCA_E_NOMEM. */
EGCA_API int egca_batch_new(egca_batch **out, const egca_calendar *calendar, const egca_rules *rules,
                            const egca_batch_options *options, const char *source, egca_batch_callback callback,
                            void *user, egca_error *err);

/* Adds one case (its JSON text; need not be NUL-terminated; copied). May deliver earlier results, and wait
 * for room. Errors: EGCA_E_STOPPED, EGCA_E_NOMEM; a bad case is a result, not an error. */
EGCA_API int egca_batch_add(egca_batch *batch, const char *text, size_t len, egca_error *err);

/* Adds the next `len` bytes of a stream in the batch's format (pieces may cut a case anywhere). Errors:
 * EGCA_E_PARSE (an array that does not start with '[', or text after its ']': err names the line),
 * EGCA_E_STOPPED, EGCA_E_NOMEM. After an error, egca_batch_finish still evaluates and delivers the cases
 * read before it, whatever the pieces were. */
EGCA_API int egca_batch_write(egca_batch *batch, const char *data, size_t len, egca_error *err);

/* Reads a stream to its end with egca_batch_write (not closed). Errors: those of egca_batch_write,
 * EGCA_E_IO (a read error). */
EGCA_API int egca_batch_read_file(egca_batch *batch, FILE *file, egca_error *err);
EGCA_API int egca_batch_read_fd(egca_batch *batch, int fd, egca_error *err);

/* Ends the input: the last line of NDJSON without its newline is a case; an array must be closed
 * (EGCA_E_PARSE otherwise, naming the line). Waits for every case and delivers the remaining results.
 * Errors: EGCA_E_PARSE, EGCA_E_STOPPED, EGCA_E_NOMEM. No call but egca_batch_free may follow. */
EGCA_API int egca_batch_finish(egca_batch *batch, egca_error *err);

/* The number of cases delivered so far. */
EGCA_API size_t egca_batch_delivered(const egca_batch *batch);

/* Stops the worker threads and frees the batch; results not yet delivered are dropped. NULL does
 * nothing. */
EGCA_API void egca_batch_free(egca_batch *batch);

/* Adds one result of a batch delivered with EGCA_BATCH_TIMELINE to a page of timelines (egca_html_page_new):
 * its timeline's section (egca_html_page_add_timeline), or for a case that could not be read or evaluated
 * an error row naming its input line ("第12行", "line 12" in English: the page's language,
 * egca_html_page_set_lang), with its error as egca_error_format writes it (egca_strerror_lang when memory
 * ran out for it). What the command's and the service's pages of a batch are made of. Errors:
 * EGCA_E_NOMEM (the page is then unusable), EGCA_E_INVALID (a result with status >= 0 but no timeline:
 * a batch delivering EGCA_BATCH_JSON). */
EGCA_API int egca_html_page_add_result(egca_html_page *page, const egca_batch_result *result, egca_error *err);

#ifdef __cplusplus
}
#endif
#endif
