/* egca command — timelines of many cases: a JSON array in a file, or NDJSON on stdin. */
#ifndef EGCA_CLI_TIMELINE_BATCH_H
#define EGCA_CLI_TIMELINE_BATCH_H

#include "cli.h"

/* What a batch prints. */
typedef enum { BATCH_JSON, BATCH_TEXT, BATCH_ICS } batch_output;

typedef struct batch_options {
  egca_date as_of;
  egca_timeline_options eval;
  int jobs; /* threads evaluating cases; 1 evaluates them on the reading thread */
  batch_output output;
} batch_options;

/* The most --jobs accepts. */
#define BATCH_JOBS_MAX EGCA_BATCH_JOBS_MAX

/* The number of processors online (at least 1, at most BATCH_JOBS_MAX): the default for --jobs. */
int batch_default_jobs(void);

/* Reads cases from `in` in `format` (a file holding a JSON array of cases; NDJSON, one case per line;
 * EGCA_BATCH_AUTO: decided by the content) and prints, in input order, per case (BATCH_JSON) one compact
 * JSON line: its timeline, or {"line": N, "error": "..."}; (BATCH_TEXT) its text, or its error, after a
 * separator line from the second case on; (BATCH_ICS) one VCALENDAR with every case's open deadlines, a
 * case's error going to stderr. `path` names the input in messages. Returns the exit code. */
int batch_run(cli *c, FILE *in, const char *path, egca_batch_format format, const batch_options *o);

/* The same cases as one HTML page (egca_html_page): a summary row per case, linking to its picture; a case
 * that cannot be read or evaluated is a row naming its line. The page is printed once every case is in.
 * Returns the exit code, as batch_run. */
int batch_run_html(cli *c, FILE *in, const char *path, egca_batch_format format, const batch_options *o);

#endif
