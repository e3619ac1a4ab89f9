/* Fuzz target: the batch's stream reader (egca_batch_write), NDJSON or a JSON array of cases cut into
 * pieces anywhere and evaluated on worker threads.
 * The first byte picks the format (bit 0), the number of jobs (bit 1: 1 or 2) and the size of the pieces
 * (bits 2..7: 1 to 64 bytes); the rest is the stream. Checks what the API promises besides memory safety:
 * results come in input order (index 0, 1, 2 ...), each with its JSON line and an error where its status is
 * one; and the pieces, the threads and a small bound on the text in flight change nothing: the lines equal
 * those of the whole stream written at once and evaluated on the calling thread. */
#include <egca.h>

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static egca_rules *rules;
static egca_calendar *calendar;

typedef struct lines {
  char *text;
  size_t len, cap;
  size_t next_index;
} lines;

static int collect(const egca_batch_result *r, void *user)
{
  lines *l = user;
  FUZZ_ASSERT(r->index == l->next_index);
  l->next_index++;
  FUZZ_ASSERT(r->status >= 0 || (r->error != NULL && r->error->message[0] != '\0'));
  if (r->json == NULL) {
    FUZZ_ASSERT(r->status == EGCA_E_NOMEM);
    return 0;
  }
  FUZZ_ASSERT(r->json_len > 0 && r->json[r->json_len - 1] == '\n');
  if (l->len + r->json_len > l->cap) {
    size_t cap = (l->len + r->json_len) * 2;
    char *grown = realloc(l->text, cap);
    FUZZ_ASSERT(grown != NULL);
    l->text = grown;
    l->cap = cap;
  }
  memcpy(l->text + l->len, r->json, r->json_len);
  l->len += r->json_len;
  return 0;
}

/* The stream through one batch; returns the first write's failure, or else finish's status. */
static int run(lines *out, const uint8_t *data, size_t size, egca_batch_format format, int jobs, size_t piece,
               size_t in_flight)
{
  egca_date as_of;
  FUZZ_ASSERT(egca_date_from_ymd(&as_of, 2026, 3, 20) == 0);
  egca_batch_options o = {.as_of = as_of, .jobs = jobs, .format = format, .deliver = EGCA_BATCH_JSON,
                          .max_in_flight = in_flight};
  egca_batch *b = NULL;
  egca_error err = {0};
  FUZZ_ASSERT(egca_batch_new(&b, calendar, rules, &o, "fuzz", collect, out, &err) == 0);
  int rc = 0;
  for (size_t at = 0; at < size && rc == 0; at += piece) {
    const size_t n = size - at < piece ? size - at : piece;
    rc = egca_batch_write(b, (const char *)data + at, n, &err);
    if (rc < 0)
      FUZZ_ASSERT(rc == EGCA_E_PARSE && err.code == rc && err.message[0] != '\0');
  }
  /* The cases read before a stream error are still evaluated and delivered by finish (as the command does). */
  egca_error end_err = {0};
  const int end_rc = egca_batch_finish(b, &end_err);
  if (end_rc < 0)
    FUZZ_ASSERT(end_err.code == end_rc && end_err.message[0] != '\0');
  if (rc == 0)
    rc = end_rc;
  FUZZ_ASSERT(egca_batch_delivered(b) == out->next_index);
  egca_batch_free(b);
  return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  if (rules == NULL) {
    egca_error err = {0};
    FUZZ_ASSERT(egca_rules_default(&rules, &err) == 0);
    FUZZ_ASSERT(egca_calendar_default(&calendar, NULL, &err) == 0);
  }
  if (size < 1)
    return 0;
  const egca_batch_format format = (data[0] & 1) ? EGCA_BATCH_ARRAY : EGCA_BATCH_NDJSON;
  const int jobs = (data[0] & 2) ? 2 : 1;
  const size_t piece = (size_t)(data[0] >> 2) + 1;
  lines whole = {0}, cut = {0};
  const int whole_rc = run(&whole, data + 1, size - 1, format, 1, size, 0);
  const int cut_rc = run(&cut, data + 1, size - 1, format, jobs, piece, 256);
  /* A stream error ends the input where it is found; the results before it are the same either way. */
  FUZZ_ASSERT(whole_rc == cut_rc);
  FUZZ_ASSERT(whole.len == cut.len && (whole.len == 0 || memcmp(whole.text, cut.text, whole.len) == 0));
  free(whole.text);
  free(cut.text);
  return 0;
}
