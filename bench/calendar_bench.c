/* Benchmark: the calendar's hot paths beside a bare array-lookup baseline measured in the same run.
 *
 * Usage: calendar_bench [OPS] — OPS operations per run (default 2,000,000), 7 runs, medians printed.
 * Starts are random days over 2007-01-01..2026-06-30 (fully covered, confirmed) and N is in 1..60. */
#include <egca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define RUNS 7

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int by_value(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median(double *v, int n)
{
  qsort(v, (size_t)n, sizeof *v, by_value);
  return v[n / 2];
}

/* xorshift: a reproducible sequence without libc's rand() state. */
static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t next_random(void)
{
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (uint32_t)(rng >> 32);
}

static volatile int64_t sink;

int main(int argc, char **argv)
{
  const size_t ops = argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 2000000;
  egca_date first, last;
  egca_date_parse(&first, "2007-01-01", NULL);
  egca_date_parse(&last, "2026-06-30", NULL);
  const int span = (int)(last - first + 1);
  egca_date *starts = malloc(ops * sizeof *starts);
  egca_date *ends = malloc(ops * sizeof *ends);
  int *ns = malloc(ops * sizeof *ns);
  int32_t *table = malloc((size_t)(span + 64) * sizeof *table);
  if (starts == NULL || ends == NULL || ns == NULL || table == NULL)
    return 1;
  for (size_t i = 0; i < ops; i++) {
    starts[i] = first + (egca_date)(next_random() % (uint32_t)span);
    ns[i] = 1 + (int)(next_random() % 60);
    ends[i] = first + (egca_date)(next_random() % (uint32_t)span);
  }
  for (int i = 0; i < span + 64; i++)
    table[i] = i * 7;

  double load[RUNS], base[RUNS], add[RUNS], is_work[RUNS], between[RUNS];
  egca_calendar *cal = NULL;
  for (int r = 0; r < RUNS; r++) {
    egca_calendar_free(cal);
    double t0 = now();
    if (egca_calendar_default(&cal, NULL, NULL) != 0)
      return 1;
    load[r] = now() - t0;
  }
  for (int r = 0; r < RUNS; r++) {
    int64_t acc = 0;
    double t0 = now();
    /* Baseline: one dependent array read per operation, as cheap as a lookup can be. */
    for (size_t i = 0; i < ops; i++)
      acc += table[starts[i] - first + ns[i]];
    base[r] = (now() - t0) / (double)ops * 1e9;
    sink = acc;

    acc = 0;
    t0 = now();
    for (size_t i = 0; i < ops; i++) {
      egca_date out;
      egca_calendar_add_workdays(&out, cal, starts[i], ns[i], NULL);
      acc += out;
    }
    add[r] = (now() - t0) / (double)ops * 1e9;
    sink = acc;

    acc = 0;
    t0 = now();
    for (size_t i = 0; i < ops; i++) {
      int w;
      egca_calendar_is_workday(&w, cal, starts[i], NULL);
      acc += w;
    }
    is_work[r] = (now() - t0) / (double)ops * 1e9;
    sink = acc;

    acc = 0;
    t0 = now();
    for (size_t i = 0; i < ops; i++) {
      int n;
      egca_calendar_workdays_between(&n, cal, starts[i], ends[i], NULL);
      acc += n;
    }
    between[r] = (now() - t0) / (double)ops * 1e9;
    sink = acc;
  }
  const double b = median(base, RUNS);
  printf("operations per run: %zu, runs: %d (medians)\n", ops, RUNS);
  printf("%-34s %8.2f ns/op\n", "baseline: bare array lookup", b);
  printf("%-34s %8.2f ns/op  %5.1fx baseline\n", "add_workdays (N in 1..60)", median(add, RUNS), median(add, RUNS) / b);
  printf("%-34s %8.2f ns/op  %5.1fx baseline\n", "is_workday", median(is_work, RUNS), median(is_work, RUNS) / b);
  printf("%-34s %8.2f ns/op  %5.1fx baseline\n", "workdays_between", median(between, RUNS),
         median(between, RUNS) / b);
  printf("%-34s %8.2f ms\n", "load all shipped holiday data", median(load, RUNS) * 1e3);
  egca_calendar_free(cal);
  free(starts);
  free(ends);
  free(ns);
  free(table);
  return 0;
}
