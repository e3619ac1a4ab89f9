/* Evaluates an NDJSON file of cases (one case per line) through the batch API and prints one line per case,
 * in input order: its timeline as compact JSON, or {"line": N, "error": "..."}; the same lines as
 * `egca timeline - --as-of DATE --jobs JOBS < FILE` (`-` reads stdin, named "<stdin>" as the command
 * names it in error lines).
 *
 *   cc batch.c $(pkg-config --cflags --libs egca) -o batch
 *   ./batch cases.ndjson 2026-03-20 2
 *
 * Exit status: 0, 1 when some case could not be read or evaluated, 2 on a usage error or a failure of
 * the batch itself. */
#include <egca.h>

#include <stdio.h>
#include <stdlib.h>

typedef struct totals {
  size_t cases, errors;
} totals;

/* Called for each case in input order, on this thread: prints its line. */
static int print_line(const egca_batch_result *result, void *user)
{
  totals *t = user;
  t->cases++;
  if (result->status < 0)
    t->errors++;
  if (result->json == NULL) /* memory ran out for this line: say so in its place */
    return fprintf(stderr, "batch: case %zu: out of memory\n", result->index) < 0;
  /* A non-zero return stops the batch: no point going on once stdout fails. */
  return fwrite(result->json, 1, result->json_len, stdout) != result->json_len;
}

int main(int argc, char **argv)
{
  if (argc != 4) {
    fprintf(stderr, "usage: batch CASES.ndjson|- AS-OF-DATE JOBS\n");
    return 2;
  }
  egca_error err = {0};
  egca_batch_options options = {.format = EGCA_BATCH_NDJSON, .deliver = EGCA_BATCH_JSON, .jobs = atoi(argv[3])};
  if (egca_date_parse(&options.as_of, argv[2], &err) < 0) {
    fprintf(stderr, "batch: %s: %s\n", argv[2], err.message);
    return 2;
  }
  const int from_stdin = argv[1][0] == '-' && argv[1][1] == '\0';
  const char *source = from_stdin ? "<stdin>" : argv[1];
  FILE *in = from_stdin ? stdin : fopen(argv[1], "rb");
  if (in == NULL) {
    perror(argv[1]);
    return 2;
  }
  egca_calendar *calendar = NULL;
  egca_office_calendars *offices = NULL;
  egca_rules *rules = NULL;
  egca_batch *batch = NULL;
  totals t = {0, 0};
  int rc = egca_calendar_default(&calendar, NULL, &err);
  /* A case naming its acceptance office ("office": "650000") counts its acceptance on that office's calendar,
   * built over the same shipped national data the first time a case names the office. */
  if (rc >= 0)
    rc = egca_office_calendars_new(&offices, NULL, 0, NULL, &err);
  options.eval.office_calendars = offices;
  if (rc >= 0)
    rc = egca_rules_default(&rules, &err);
  if (rc >= 0)
    rc = egca_batch_new(&batch, calendar, rules, &options, source, print_line, &t, &err);
  if (rc >= 0)
    rc = egca_batch_read_file(batch, in, &err);
  if (batch != NULL) {
    /* Delivers the cases read, whatever stopped the reading. */
    egca_error end = {0};
    int end_rc = egca_batch_finish(batch, &end);
    if (rc >= 0 && end_rc < 0) {
      rc = end_rc;
      err = end;
    }
  }
  if (fflush(stdout) != 0 && rc >= 0)
    rc = EGCA_E_IO;
  egca_batch_free(batch);
  egca_office_calendars_free(offices); /* after the batch, which borrowed its calendars */
  egca_rules_free(rules);
  egca_calendar_free(calendar);
  if (!from_stdin)
    fclose(in);
  if (rc < 0) {
    char text[2 * EGCA_ERROR_TEXT_MAX + 64];
    egca_error_format(&err, text, sizeof text);
    fprintf(stderr, "batch: %s\n", text);
    return 2;
  }
  fprintf(stderr, "batch: %zu cases, %zu errors\n", t.cases, t.errors);
  return t.errors > 0 ? 1 : 0;
}
