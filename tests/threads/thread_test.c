/* Eight threads share one calendar and one rule set (loaded once, never locked). Each computes COUNT
 * working-day questions (add_workdays forward and back, workdays_between, the kind of a day), COUNT
 * deadlines of the licence's rules (with a technical-review pause where the rule takes one) and COUNT/100
 * timelines of the example cases (shared too; each thread has its own timeline), over inputs drawn from
 * its own deterministic sequence. Every thread's results (a running hash, and the numbers of answers,
 * coverage errors and provisional answers) must equal those of the same sequence computed by one thread
 * before the others start.
 * Usage: thread_test [COUNT]   (default 1000000 per thread)
 * From COUNT = 10000 on, each thread must also have met provisional answers and coverage errors.
 * Then eight threads load calendars at once (the built-in data, the shipped files from disk and a feed
 * with times in UTC and in named zones, which libical converts through its process-wide zone table) and
 * the built-in rules (whose compiled tables' trees the first loads make, shared), each load's answers
 * compared with those of the same loads done by one thread.
 * Last, eight threads write the example cases' timelines as JSON (compact, pretty, and into a reused buffer;
 * Chinese and English) at once, on a rule set freshly loaded: its table of the rule versions' texts, which
 * the first writer makes, is made while the others wait for it or read it. Each text must equal the one
 * written by one thread with another rule set loaded from the same files.
 * Ends with "N passed, N failed": one check per thread and kind of question, one per loading thread and one
 * per writing thread. */
#define _POSIX_C_SOURCE 200809L /* pthread_barrier_t */
#include <egca.h>

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef EGCA_SOURCE_DIR
#error "EGCA_SOURCE_DIR must name the source tree"
#endif

#define THREADS 8
#define KINDS 3 /* working-day questions, deadlines, timelines */

typedef struct tally {
  uint64_t hash;
  long answers, coverage_errors, provisional, other_errors;
} tally;

typedef struct job {
  const egca_calendar *calendar;
  unsigned seed;
  long count;
  tally result[KINDS];
} job;

static const egca_rules *rules;
static const char *const rule_ids[] = {"acceptance", "decision", "decision_extension", "review_time_notice",
                                       "notification", "status_query", "certificate_validity", "change_filing",
                                       "renewal_filing", "renewal_decision"};
#define RULES (sizeof rule_ids / sizeof rule_ids[0])
static const char *const case_files[] = {"case-granted.json", "case-deemed-acceptance.json", "case-change.json",
                                         "case-late-decision.json", "case-renewal.json", "case-year-end.json"};
#define CASES (sizeof case_files / sizeof case_files[0])
static egca_case *cases[CASES];

static egca_date first_day, last_day;

static uint64_t mix(uint64_t h, uint64_t v)
{
  h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  return h;
}

static void note(tally *t, int rc, int64_t value)
{
  if (rc == EGCA_E_COVERAGE)
    t->coverage_errors++;
  else if (rc < 0)
    t->other_errors++;
  else {
    t->answers++;
    t->provisional += rc == EGCA_PROVISIONAL;
    t->hash = mix(t->hash, (uint64_t)value);
  }
  t->hash = mix(t->hash, (uint64_t)(rc + 16));
}

/* Times in UTC and in zones named by TZID (libical looks the zones up in its process-wide table): 国庆
 * 2025 from Beijing midnight to Beijing midnight, a make-up Saturday in New York time, and RDATEs. */
static const char zoned_feed[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//egca tests//threads//EN\r\nX-EGCA-COVERAGE:2025\r\n"
    "BEGIN:VEVENT\r\nUID:gq@t\r\nSUMMARY:国庆节(休)\r\nDTSTART:20250930T160000Z\r\nDTEND:20251008T160000Z\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:ban@t\r\nSUMMARY:国庆节(班)\r\nDTSTART;TZID=America/New_York:20251010T120000\r\n"
    "DTEND;TZID=America/New_York:20251010T130000\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:r@t\r\nSUMMARY:休\r\nDTSTART;TZID=Europe/Berlin:20250101T120000\r\n"
    "RDATE;TZID=Asia/Tokyo:20250505T090000\r\nRDATE;TZID=Australia/Sydney:20250602T090000\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n";

#define LOADS 8

/* LOADS rounds of: the built-in calendar, data/holidays/ from disk, and the zoned feed; each calendar's
 * working days of 2024..2026 and a few answers hashed. */
static uint64_t load_calendars(void)
{
  uint64_t h = 0;
  char dir[1024];
  snprintf(dir, sizeof dir, "%s/data/holidays", EGCA_SOURCE_DIR);
  const char *paths[] = {dir};
  for (int i = 0; i < LOADS; i++) {
    for (int source = 0; source < 3; source++) {
      egca_calendar *cal = NULL;
      egca_error err = {0};
      egca_calendar_builder *b = NULL;
      int rc;
      if (source == 0) {
        rc = egca_calendar_default(&cal, NULL, &err);
      } else if (source == 1) {
        rc = egca_calendar_load(&cal, paths, 1, NULL, &err);
      } else {
        rc = egca_calendar_builder_new(&b, NULL, &err);
        if (rc == 0)
          rc = egca_calendar_builder_add_buffer(b, "zoned.ics", zoned_feed, strlen(zoned_feed), &err);
        if (rc == 0)
          rc = egca_calendar_builder_build(&cal, b, &err);
        egca_calendar_builder_free(b);
      }
      h = mix(h, (uint64_t)(rc + 16));
      if (rc < 0)
        continue;
      int count = 0;
      egca_date due = 0;
      const int first = source == 2 ? 2025 : 2024, last = source == 2 ? 2025 : 2026;
      egca_date a, z;
      egca_date_from_ymd(&a, first, 1, 1);
      egca_date_from_ymd(&z, last, 12, 31);
      h = mix(h, (uint64_t)egca_calendar_workdays_between(&count, cal, a, z, NULL));
      h = mix(h, (uint64_t)count);
      egca_date start;
      egca_date_from_ymd(&start, 2025, 9, 30);
      h = mix(h, (uint64_t)egca_calendar_add_workdays(&due, cal, start, 5, NULL));
      h = mix(h, (uint64_t)(uint32_t)due);
      if (source == 0) {
        /* The built-in rules too: the first loads of the process, at once, make the shared trees of the
         * compiled rules tables (egca__json_doc_shipped) while the others wait for them or read them. */
        egca_rules *rules = NULL;
        egca_deadline d;
        egca_date_from_ymd(&start, 2026, 3, 2);
        rc = egca_rules_default(&rules, &err);
        h = mix(h, (uint64_t)(rc + 16));
        if (rc == 0) {
          h = mix(h, (uint64_t)(egca_deadline_compute(&d, rules, cal, "decision", start, NULL, NULL) + 16));
          h = mix(h, (uint64_t)(uint32_t)d.due);
        }
        egca_rules_free(rules);
      }
      egca_calendar_free(cal);
    }
  }
  return h;
}

typedef struct loader {
  uint64_t hash;
} loader;

static void *loader_main(void *arg)
{
  ((loader *)arg)->hash = load_calendars();
  return NULL;
}

static void ask_calendar(job *j)
{
  tally t = {0};
  uint64_t state = j->seed * 2654435761u + 1;
  const uint32_t span = (uint32_t)(last_day - first_day + 1);
  egca_error err = {0};
  for (long i = 0; i < j->count; i++) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    const uint32_t r = (uint32_t)(state >> 32);
    const egca_date day = first_day + (egca_date)(r % span);
    const int n = (int)((r >> 20) % 61) - 30; /* -30..30 working days */
    egca_date out = 0;
    int count = 0;
    egca_day_kind kind = EGCA_DAY_WORKDAY;
    switch (i & 3) {
    case 0:
    case 1: /* the common question: a time limit in working days */
      note(&t, egca_calendar_add_workdays(&out, j->calendar, day, n == 0 ? 5 : n, &err), out);
      break;
    case 2:
      note(&t, egca_calendar_workdays_between(&count, j->calendar, day, day + n * 3, &err), count);
      break;
    default:
      note(&t, egca_calendar_kind(&kind, j->calendar, day, &err), kind);
      break;
    }
  }
  j->result[0] = t;
}

static void ask_deadlines(job *j)
{
  tally t = {0};
  uint64_t state = j->seed * 40503u + 7;
  /* From the day the current rules took effect to a year past the calendar's end. */
  egca_date in_force;
  egca_date_from_ymd(&in_force, 2024, 11, 1);
  const uint32_t span = (uint32_t)(last_day - in_force + 1);
  egca_error err = {0};
  for (long i = 0; i < j->count; i++) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    const uint32_t r = (uint32_t)(state >> 32);
    const egca_date from = in_force + (egca_date)(r % span);
    const char *id = rule_ids[(r >> 24) % RULES];
    egca_pause review = {.from = from + (egca_date)((r >> 8) % 10), .to = from + 10 + (egca_date)((r >> 12) % 40)};
    egca_deadline_options options = {.policy = (r >> 28) & 1 ? EGCA_POLICY_LATER : EGCA_POLICY_EARLIER};
    if (strcmp(id, "decision") == 0 || strcmp(id, "decision_extension") == 0) {
      options.pauses = &review;
      options.pause_count = 1;
    }
    egca_deadline d;
    int rc = egca_deadline_compute(&d, rules, j->calendar, id, from, &options, &err);
    /* Dates may be EGCA_DATE_NONE (INT32_MIN): hash their bits, unsigned. */
    const uint64_t value = ((uint64_t)(uint32_t)d.due << 32) ^ ((uint64_t)(uint32_t)d.other_reading << 3) ^
                           ((uint64_t)d.status << 1) ^ (uint64_t)d.ambiguous;
    note(&t, rc, rc >= 0 ? (int64_t)value : 0);
  }
  j->result[1] = t;
}

static void ask_timelines(job *j)
{
  tally t = {0};
  uint64_t state = j->seed * 69069u + 3;
  egca_timeline *timeline;
  egca_error err = {0};
  if (egca_timeline_new(&timeline, &err) < 0) {
    t.other_errors = -1;
    j->result[2] = t;
    return;
  }
  egca_date base;
  egca_date_from_ymd(&base, 2025, 9, 1);
  const long count = j->count / 100 > 0 ? j->count / 100 : 1;
  for (long i = 0; i < count; i++) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    const uint32_t r = (uint32_t)(state >> 32);
    const egca_date as_of = base + (egca_date)(r % 900); /* 2025-09 .. 2028-02: coverage ends inside */
    const egca_case *c = cases[(r >> 20) % CASES];
    int rc = egca_case_evaluate(timeline, c, j->calendar, rules, as_of, NULL, &err);
    uint64_t h = 0;
    for (size_t k = 0; rc >= 0 && k < egca_timeline_deadline_count(timeline); k++) {
      const egca_timeline_deadline *d = egca_timeline_deadline_at(timeline, k);
      h = mix(h, ((uint64_t)(uint32_t)d->due << 16) ^ ((uint64_t)d->status << 8) ^ (uint64_t)(uint32_t)d->days_left);
    }
    if (rc >= 0)
      h = mix(h, egca_timeline_finding_count(timeline));
    note(&t, rc, (int64_t)h);
  }
  egca_timeline_free(timeline);
  j->result[2] = t;
}

static void compute(job *j)
{
  ask_calendar(j);
  ask_deadlines(j);
  ask_timelines(j);
}

static void *thread_main(void *arg)
{
  compute(arg);
  return NULL;
}

/* --- Writers of one timeline at once, on a rule set whose texts no writer has made yet ----------------------- */

#define WRITE_FORMS 3 /* egca_timeline_to_json compact and pretty, egca_timeline_write_json compact */
#define WRITE_TEXTS (CASES * 2 * WRITE_FORMS) /* every case, in Chinese and in English */

static char *expected_json[WRITE_TEXTS]; /* one thread's, with the other rule set */
static pthread_barrier_t writers_ready;

typedef struct writer {
  const egca_calendar *calendar;
  const egca_rules *rules; /* the fresh set, shared */
  int index;
  long rounds;
  long written, differing, errors;
} writer;

static const egca_lang write_langs[2] = {EGCA_LANG_ZH, EGCA_LANG_EN};

/* Writes text `form` of timeline `tl` into *out (a new text), reusing *buffer for the buffer's form. */
static int write_form(char **out, char **buffer, size_t *capacity, const egca_timeline *tl, int form, egca_error *err)
{
  if (form == 0)
    return egca_timeline_to_json(out, tl, EGCA_JSON_COMPACT, err);
  if (form == 1)
    return egca_timeline_to_json(out, tl, 0, err);
  size_t length = 0;
  int rc = egca_timeline_write_json(buffer, capacity, &length, tl, EGCA_JSON_COMPACT, err);
  if (rc < 0)
    return rc;
  *out = malloc(length + 1);
  if (*out == NULL)
    return EGCA_E_NOMEM;
  memcpy(*out, *buffer, length + 1);
  return 0;
}

/* Evaluates every case in both languages against `set` into tl[case * 2 + lang]. */
static int evaluate_all(egca_timeline *tl[CASES * 2], const egca_calendar *calendar, const egca_rules *set)
{
  egca_date as_of;
  egca_date_from_ymd(&as_of, 2026, 3, 20);
  for (size_t k = 0; k < CASES * 2; k++) {
    egca_timeline_options o = {.lang = write_langs[k % 2]};
    egca_error err = {0};
    if (egca_timeline_new(&tl[k], &err) < 0 || egca_case_evaluate(tl[k], cases[k / 2], calendar, set, as_of, &o, &err) < 0)
      return -1;
  }
  return 0;
}

static void free_all(egca_timeline *tl[CASES * 2])
{
  for (size_t k = 0; k < CASES * 2; k++)
    egca_timeline_free(tl[k]);
}

static void *writer_main(void *arg)
{
  writer *w = arg;
  egca_timeline *tl[CASES * 2] = {NULL};
  const int ready = evaluate_all(tl, w->calendar, w->rules);
  pthread_barrier_wait(&writers_ready); /* every thread's first write at once */
  char *buffer = NULL;
  size_t capacity = 0;
  for (long round = 0; ready == 0 && round < w->rounds; round++)
    for (size_t i = 0; i < WRITE_TEXTS; i++) {
      const size_t t = (i + (size_t)w->index * 5) % WRITE_TEXTS; /* each thread starts elsewhere */
      char *text = NULL;
      egca_error err = {0};
      if (write_form(&text, &buffer, &capacity, tl[t / WRITE_FORMS], (int)(t % WRITE_FORMS), &err) < 0)
        w->errors++;
      else if (strcmp(text, expected_json[t]) != 0)
        w->differing++;
      w->written++;
      free(text);
    }
  if (ready < 0)
    w->errors++;
  free(buffer);
  free_all(tl);
  return NULL;
}

/* The writers' check: 1 when every thread wrote every text as one thread does. */
static int check_writers(const egca_calendar *calendar, long count, int *passed, int *failed)
{
  egca_timeline *tl[CASES * 2] = {NULL};
  char *buffer = NULL;
  size_t capacity = 0;
  int ok = evaluate_all(tl, calendar, rules) == 0;
  for (size_t t = 0; ok && t < WRITE_TEXTS; t++) {
    egca_error err = {0};
    ok = write_form(&expected_json[t], &buffer, &capacity, tl[t / WRITE_FORMS], (int)(t % WRITE_FORMS), &err) == 0;
  }
  free(buffer);
  free_all(tl);
  /* A second set loaded from the same files: no text of it made yet. */
  egca_rules *fresh = NULL;
  egca_error err = {0};
  char dir[1024];
  snprintf(dir, sizeof dir, "%s/rules", EGCA_SOURCE_DIR);
  if (!ok || egca_rules_load(&fresh, dir, &err) < 0) {
    printf("FAIL the writers' reference texts or the second rule set: %s\n", err.message);
    (*failed)++;
    return 0;
  }
  pthread_t threads[THREADS];
  writer writers[THREADS];
  pthread_barrier_init(&writers_ready, NULL, THREADS);
  for (int k = 0; k < THREADS; k++) {
    writers[k] = (writer){.calendar = calendar, .rules = fresh, .index = k, .rounds = count / 1000 > 0 ? count / 1000 : 1};
    if (pthread_create(&threads[k], NULL, writer_main, &writers[k]) != 0) {
      printf("FAIL cannot start writing thread %d\n", k);
      exit(1);
    }
  }
  for (int k = 0; k < THREADS; k++)
    pthread_join(threads[k], NULL);
  pthread_barrier_destroy(&writers_ready);
  for (int k = 0; k < THREADS; k++) {
    const writer *w = &writers[k];
    if (w->errors == 0 && w->differing == 0 && w->written == w->rounds * (long)WRITE_TEXTS) {
      (*passed)++;
      printf("ok   thread %d, writing: %ld timelines' JSON, each as one thread wrote it\n", k, w->written);
    } else {
      (*failed)++;
      printf("FAIL thread %d, writing: %ld written, %ld differ from one thread's, %ld errors\n", k, w->written,
             w->differing, w->errors);
    }
  }
  egca_rules_free(fresh);
  for (size_t t = 0; t < WRITE_TEXTS; t++)
    egca_timeline_string_free(expected_json[t]);
  return 1;
}

int main(int argc, char **argv)
{
  const long count = argc > 1 ? strtol(argv[1], NULL, 10) : 1000000;
  /* Loading on several threads at once, first of all, so that the threads are the first to use libical's
   * zone table: the same calendars as one thread loads after them. The zoned feed must also give the 2025
   * answer that DESIGN.md works out (2025-09-30 + 5 working days = 2025-10-14). */
  int passed = 0, failed = 0;
  pthread_t threads[THREADS];
  loader loaders[THREADS];
  for (int k = 0; k < THREADS; k++)
    if (pthread_create(&threads[k], NULL, loader_main, &loaders[k]) != 0) {
      printf("FAIL cannot start loading thread %d\n", k);
      return 1;
    }
  for (int k = 0; k < THREADS; k++)
    pthread_join(threads[k], NULL);
  const uint64_t alone = load_calendars();
  for (int k = 0; k < THREADS; k++) {
    if (loaders[k].hash == alone) {
      passed++;
      printf("ok   thread %d, loading: %d calendars, hash %016llx\n", k, 3 * LOADS, (unsigned long long)alone);
    } else {
      failed++;
      printf("FAIL thread %d, loading: hash %016llx; alone: %016llx\n", k, (unsigned long long)loaders[k].hash,
             (unsigned long long)alone);
    }
  }
  {
    egca_calendar_builder *b;
    egca_calendar *zoned = NULL;
    egca_error err = {0};
    egca_date start, due = 0, expected;
    egca_date_from_ymd(&start, 2025, 9, 30);
    egca_date_from_ymd(&expected, 2025, 10, 14);
    int rc = egca_calendar_builder_new(&b, NULL, &err);
    if (rc == 0)
      rc = egca_calendar_builder_add_buffer(b, "zoned.ics", zoned_feed, strlen(zoned_feed), &err);
    if (rc == 0)
      rc = egca_calendar_builder_build(&zoned, b, &err);
    egca_calendar_builder_free(b);
    if (rc == 0)
      rc = egca_calendar_add_workdays(&due, zoned, start, 5, &err);
    if (rc == 0 && due == expected) {
      passed++;
      printf("ok   the zoned feed: 2025-09-30 + 5 working days = 2025-10-14\n");
    } else {
      failed++;
      printf("FAIL the zoned feed: rc %d, due %d, expected %d\n", rc, (int)due, (int)expected);
    }
    egca_calendar_free(zoned);
  }

  egca_calendar *calendar;
  egca_rules *loaded_rules;
  egca_error err = {0};
  if (egca_calendar_default(&calendar, NULL, &err) < 0 || egca_rules_default(&loaded_rules, &err) < 0) {
    printf("FAIL the default calendar or rules do not load: %s\n", err.message);
    return 1;
  }
  rules = loaded_rules;
  for (size_t k = 0; k < CASES; k++) {
    char path[1024];
    snprintf(path, sizeof path, "%s/examples/%s", EGCA_SOURCE_DIR, case_files[k]);
    if (egca_case_load(&cases[k], path, &err) < 0) {
      printf("FAIL %s does not load: %s\n", path, err.message);
      return 1;
    }
  }
  /* Inputs reach one year past each end of the data, so coverage errors and tentative days are asked
   * too. */
  int first, last;
  egca_calendar_year_range(calendar, &first, &last);
  egca_date_from_ymd(&first_day, first - 1, 1, 1);
  egca_date_from_ymd(&last_day, last + 1, 12, 31);

  job reference[THREADS], shared[THREADS];
  for (int k = 0; k < THREADS; k++) {
    reference[k] = (job){.calendar = calendar, .seed = (unsigned)k + 1, .count = count};
    compute(&reference[k]);
    shared[k] = (job){.calendar = calendar, .seed = (unsigned)k + 1, .count = count};
  }
  for (int k = 0; k < THREADS; k++)
    if (pthread_create(&threads[k], NULL, thread_main, &shared[k]) != 0) {
      printf("FAIL cannot start thread %d\n", k);
      return 1;
    }
  for (int k = 0; k < THREADS; k++)
    pthread_join(threads[k], NULL);

  static const char *const kinds[KINDS] = {"working-day questions", "deadlines", "timelines"};
  for (int kind = 0; kind < KINDS; kind++) {
    for (int k = 0; k < THREADS; k++) {
      const tally *a = &reference[k].result[kind], *b = &shared[k].result[kind];
      const long asked = b->answers + b->coverage_errors + b->other_errors;
      if (a->hash == b->hash && a->answers == b->answers && a->coverage_errors == b->coverage_errors &&
          a->provisional == b->provisional && a->other_errors == b->other_errors && a->answers > 0 &&
          (count < 10000 || (a->provisional > 0 && (kind == 2 || a->coverage_errors > 0)))) {
        passed++;
        printf("ok   thread %d, %s: %ld asked, %ld answers (%ld provisional), %ld coverage errors, %ld other errors, "
               "hash %016llx\n",
               k, kinds[kind], asked, b->answers, b->provisional, b->coverage_errors, b->other_errors,
               (unsigned long long)b->hash);
      } else {
        failed++;
        printf("FAIL thread %d, %s: %ld answers, %ld provisional, %ld coverage errors, %ld other errors, hash %016llx; "
               "alone: %ld, %ld, %ld, %ld, %016llx\n",
               k, kinds[kind], b->answers, b->provisional, b->coverage_errors, b->other_errors,
               (unsigned long long)b->hash, a->answers, a->provisional, a->coverage_errors, a->other_errors,
               (unsigned long long)a->hash);
      }
    }
  }
  check_writers(calendar, count, &passed, &failed);
  for (size_t k = 0; k < CASES; k++)
    egca_case_free(cases[k]);
  egca_rules_free(loaded_rules);
  egca_calendar_free(calendar);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
