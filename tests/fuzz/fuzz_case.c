/* Fuzz target: the case parser (egca_case_parse), then the timeline of whatever parsed, evaluated as of
 * two dates against the built-in calendar and rules, rendered as JSON, text, iCalendar and HTML.
 * Checks what the API promises besides memory safety: a failure returns a negative code equal to
 * err.code with a message and leaves *out NULL; after a failed evaluation the timeline is empty; the
 * deadline and finding getters agree with their counts. */
#include <egca.h>

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static egca_rules *rules;
static egca_calendar *calendar;
static egca_timeline *timeline;

static void check_error(int rc, const egca_error *err)
{
  if (rc >= 0)
    return;
  FUZZ_ASSERT(err->code == rc);
  FUZZ_ASSERT(err->message[0] != '\0');
  FUZZ_ASSERT(memchr(err->message, '\0', sizeof err->message) != NULL);
  FUZZ_ASSERT(memchr(err->pointer, '\0', sizeof err->pointer) != NULL);
}

/* How many times `what` occurs in `text`. */
static size_t count(const char *text, const char *what)
{
  size_t n = 0;
  for (const char *p = strstr(text, what); p != NULL; p = strstr(p + 1, what))
    n++;
  return n;
}

static void evaluate(const egca_case *c, egca_date as_of)
{
  egca_error err = {0};
  int rc = egca_case_evaluate(timeline, c, calendar, rules, as_of, NULL, &err);
  check_error(rc, &err);
  FUZZ_ASSERT(rc == EGCA_OK || rc == EGCA_PROVISIONAL || rc == EGCA_E_INVALID || rc == EGCA_E_COVERAGE ||
              rc == EGCA_E_NOMEM);
  const size_t deadlines = egca_timeline_deadline_count(timeline);
  const size_t findings = egca_timeline_finding_count(timeline);
  if (rc < 0) {
    FUZZ_ASSERT(deadlines == 0 && findings == 0);
    return;
  }
  for (size_t i = 0; i < deadlines; i++) {
    const egca_timeline_deadline *d = egca_timeline_deadline_at(timeline, i);
    FUZZ_ASSERT(d != NULL && d->rule_id != NULL && egca_timeline_status_name(d->status) != NULL);
  }
  FUZZ_ASSERT(egca_timeline_deadline_at(timeline, deadlines) == NULL);
  for (size_t i = 0; i < findings; i++) {
    const egca_timeline_finding *f = egca_timeline_finding_at(timeline, i);
    FUZZ_ASSERT(f != NULL && egca_finding_code_name(f->code) != NULL);
    char message[512];
    FUZZ_ASSERT(egca_timeline_finding_message(message, sizeof message, timeline, i) >= 0);
  }
  FUZZ_ASSERT(egca_timeline_finding_at(timeline, findings) == NULL);
  char *text = NULL;
  FUZZ_ASSERT(egca_timeline_to_json(&text, timeline, 0, &err) == 0 && text != NULL);
  egca_timeline_string_free(text);
  FUZZ_ASSERT(egca_timeline_to_json(&text, timeline, EGCA_JSON_COMPACT, &err) == 0 && text != NULL);
  egca_timeline_string_free(text);
  FUZZ_ASSERT(egca_timeline_to_text(&text, timeline, &err) == 0 && text != NULL);
  egca_timeline_string_free(text);
  FUZZ_ASSERT(egca_timeline_to_ics(&text, timeline, &err) == 0 && text != NULL);
  egca_timeline_string_free(text);
  /* The picture (its size grows with the lanes: a case of a few thousand is enough to draw). Text from the
   * case is escaped, so whatever it holds the page has its fixed frame: one section, one picture, one end,
   * and no script. */
  if (deadlines <= 2000) {
    FUZZ_ASSERT(egca_timeline_to_html(&text, timeline, calendar, &err) == 0 && text != NULL);
    FUZZ_ASSERT(count(text, "<section") == 1 && count(text, "<svg") == 1 && count(text, "</html>") == 1);
    FUZZ_ASSERT(count(text, "<script") == 0 && count(text, "<img") == 0);
    egca_timeline_string_free(text);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  egca_error err = {0};
  if (rules == NULL) {
    FUZZ_ASSERT(egca_rules_default(&rules, &err) == 0);
    FUZZ_ASSERT(egca_calendar_default(&calendar, NULL, &err) == 0);
    FUZZ_ASSERT(egca_timeline_new(&timeline, &err) == 0);
  }
  char *copy = malloc(size ? size : 1);
  FUZZ_ASSERT(copy != NULL);
  memcpy(copy, data, size);
  egca_case *c = (egca_case *)1;
  int rc = egca_case_parse(&c, copy, size, "fuzz.json", &err);
  free(copy);
  check_error(rc, &err);
  if (rc < 0) {
    FUZZ_ASSERT(c == NULL);
    FUZZ_ASSERT(rc == EGCA_E_PARSE || rc == EGCA_E_INVALID || rc == EGCA_E_NOMEM);
    return 0;
  }
  FUZZ_ASSERT(egca_case_id(c) != NULL);
  const size_t events = egca_case_event_count(c);
  for (size_t i = 0; i < events; i++) {
    egca_event e;
    size_t source_index = (size_t)-1;
    FUZZ_ASSERT(egca_case_event(&e, &source_index, c, i) == 1 && source_index < events);
  }
  egca_event e;
  FUZZ_ASSERT(egca_case_event(&e, NULL, c, events) == 0);
  /* As of a day inside the built-in data, and one in its tentative year. */
  egca_date as_of;
  egca_date_from_ymd(&as_of, 2026, 6, 30);
  evaluate(c, as_of);
  egca_date_from_ymd(&as_of, 2027, 12, 31);
  evaluate(c, as_of);
  egca_case_free(c);
  return 0;
}
