/* Eight threads share one calendar (loaded once, never locked) and each computes COUNT working-day
 * questions: add_workdays forward and back, workdays_between and the kind of a day, over inputs drawn
 * from its own deterministic sequence. Every thread's results (a running hash and the number of
 * coverage errors and provisional answers) must equal those of the same sequence computed by one thread
 * before the others start.
 * Usage: thread_test [COUNT]   (default 1000000 per thread)
 * Ends with "N passed, N failed": one check per thread. */
#include <egca.h>

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define THREADS 8

typedef struct tally {
  uint64_t hash;
  long answers, coverage_errors, provisional, other_errors;
} tally;

typedef struct job {
  const egca_calendar *calendar;
  unsigned seed;
  long count;
  tally result;
} job;

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

static void compute(job *j)
{
  tally t = {0};
  uint64_t state = j->seed * 2654435761u + 1;
  const uint32_t span = (uint32_t)(last_day - first_day + 1);
  egca_error err;
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
    case 1: /* the common question: a time limit in working days (errors fill err: used by threads too) */
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
  j->result = t;
}

static void *thread_main(void *arg)
{
  compute(arg);
  return NULL;
}

int main(int argc, char **argv)
{
  const long count = argc > 1 ? strtol(argv[1], NULL, 10) : 1000000;
  egca_calendar *calendar;
  egca_error err;
  if (egca_calendar_default(&calendar, NULL, &err) < 0) {
    printf("FAIL the default calendar does not load: %s\n", err.message);
    return 1;
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
  pthread_t threads[THREADS];
  for (int k = 0; k < THREADS; k++)
    if (pthread_create(&threads[k], NULL, thread_main, &shared[k]) != 0) {
      printf("FAIL cannot start thread %d\n", k);
      return 1;
    }
  for (int k = 0; k < THREADS; k++)
    pthread_join(threads[k], NULL);

  int passed = 0, failed = 0;
  for (int k = 0; k < THREADS; k++) {
    const tally *a = &reference[k].result, *b = &shared[k].result;
    if (a->hash == b->hash && a->answers == b->answers && a->coverage_errors == b->coverage_errors &&
        a->provisional == b->provisional && a->other_errors == b->other_errors && a->answers > 0 &&
        a->coverage_errors > 0 && a->provisional > 0) {
      passed++;
      printf("ok   thread %d: %ld questions, %ld answers (%ld provisional), %ld coverage errors, hash %016llx\n", k,
             count, b->answers, b->provisional, b->coverage_errors, (unsigned long long)b->hash);
    } else {
      failed++;
      printf("FAIL thread %d: %ld answers, %ld provisional, %ld coverage errors, hash %016llx; "
             "alone: %ld, %ld, %ld, %016llx\n",
             k, b->answers, b->provisional, b->coverage_errors, (unsigned long long)b->hash, a->answers,
             a->provisional, a->coverage_errors, (unsigned long long)a->hash);
    }
  }
  egca_calendar_free(calendar);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
