/* Synthetic cases for the benchmarks: a complete application of twelve events (receipt, a correction
 * notice and the resubmission, acceptance, a notified technical review, a granted decision and its
 * notification, the certificate, one change and its filing), received on a random day of
 * 2024-11-01..2025-09-30 so that the rules in force from 2024-11-01 apply; the certificate's renewal
 * falls in 2030, a year without holiday data, as it does for real cases. The same case comes as
 * egca_event structs (for egca_case_new) or as one line of compact JSON (for egca_case_parse and the
 * command). */
#ifndef EGCA_BENCH_CASES_H
#define EGCA_BENCH_CASES_H

#include "bench.h"

#include <egca.h>
#include <stdio.h>
#include <string.h>

#define CASE_EVENTS 12
#define CASE_TEXT_MAX 1024

/* Every case is evaluated as of this day (the command's --as-of). */
#define CASE_AS_OF "2026-06-30"

static const char *const bench_case_items[] = {"funds", "system_technical"};

/* Fills ev[CASE_EVENTS] with the events of the next case, in date order. */
static inline void bench_case_events(egca_event *ev, bench_rng *rng)
{
  static egca_date first = 0, span = 0;
  if (span == 0) {
    egca_date last;
    egca_date_parse(&first, "2024-11-01", NULL);
    egca_date_parse(&last, "2025-09-30", NULL);
    span = last - first + 1;
  }
  const egca_date d = first + (egca_date)(bench_random(rng) % (uint32_t)span);
  /* Days after receipt: they vary a little, so that some limits are met and some missed. */
  const int j = (int)(bench_random(rng) % 8);
  static const egca_event_type types[CASE_EVENTS] = {
      EGCA_EVENT_RECEIVED,      EGCA_EVENT_CORRECTION_REQUESTED, EGCA_EVENT_RESUBMITTED,
      EGCA_EVENT_ACCEPTED,      EGCA_EVENT_REVIEW_TIME_NOTIFIED, EGCA_EVENT_REVIEW_STARTED,
      EGCA_EVENT_REVIEW_ENDED,  EGCA_EVENT_DECIDED,              EGCA_EVENT_NOTIFIED,
      EGCA_EVENT_CERTIFICATE_ISSUED, EGCA_EVENT_CHANGE_OCCURRED, EGCA_EVENT_CHANGE_FILED};
  const int offsets[CASE_EVENTS] = {0,  3,  10 + j,    13 + j,    20 + j, 22 + j,
                                    50 + j, 60 + 2 * j, 64 + 2 * j, 64 + 2 * j, 200, 215 + j};
  for (int i = 0; i < CASE_EVENTS; i++) {
    ev[i] = (egca_event)EGCA_EVENT_INIT;
    ev[i].type = types[i];
    ev[i].date = d + offsets[i];
  }
  ev[1].item_count = 2;
  ev[1].items = bench_case_items;
  ev[4].days = 30;
  ev[7].outcome = EGCA_OUTCOME_GRANTED;
  ev[10].ref = ev[11].ref = "c1";
  ev[10].what = "legal representative";
}

/* Writes case number `id` as one line of JSON (no newline) into buf; returns its length. */
static inline int bench_case_json(char *buf, size_t size, bench_rng *rng, unsigned long id)
{
  egca_event ev[CASE_EVENTS];
  bench_case_events(ev, rng);
  size_t n = (size_t)snprintf(buf, size, "{\"case_id\":\"BENCH-%lu\",\"events\":[", id);
  for (int i = 0; i < CASE_EVENTS && n < size; i++) {
    const egca_event *e = &ev[i];
    char day[EGCA_DATE_TEXT_SIZE];
    n += (size_t)snprintf(buf + n, size - n, "%s{\"type\":\"%s\",\"date\":\"%s\"", i ? "," : "",
                          egca_event_type_name(e->type), egca_date_format(e->date, day));
    if (e->item_count > 0 && n < size)
      n += (size_t)snprintf(buf + n, size - n, ",\"items\":[\"%s\",\"%s\"]", e->items[0], e->items[1]);
    if (e->days > 0 && n < size)
      n += (size_t)snprintf(buf + n, size - n, ",\"days\":%d", e->days);
    if (e->outcome != EGCA_OUTCOME_NONE && n < size)
      n += (size_t)snprintf(buf + n, size - n, ",\"outcome\":\"%s\"", egca_outcome_name(e->outcome));
    if (e->ref != NULL && n < size)
      n += (size_t)snprintf(buf + n, size - n, ",\"ref\":\"%s\"", e->ref);
    if (e->what != NULL && n < size)
      n += (size_t)snprintf(buf + n, size - n, ",\"what\":\"%s\"", e->what);
    if (n < size)
      n += (size_t)snprintf(buf + n, size - n, "}");
  }
  if (n < size)
    n += (size_t)snprintf(buf + n, size - n, "]}");
  return n < size ? (int)n : -1;
}

#endif
