/* Helpers shared by the benchmark programs: a monotonic clock, medians, a reproducible random sequence,
 * a sink the optimiser cannot remove, and the peak memory of this process or of a child. */
#ifndef EGCA_BENCH_H
#define EGCA_BENCH_H

#include <stdint.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#define BENCH_RUNS 7

static inline double bench_now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static inline int bench_by_value(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* The median of n values (sorts them in place). */
static inline double bench_median(double *v, int n)
{
  qsort(v, (size_t)n, sizeof *v, bench_by_value);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* xorshift64: a reproducible sequence without libc's rand() state. */
typedef struct bench_rng {
  uint64_t s;
} bench_rng;

static inline uint32_t bench_random(bench_rng *r)
{
  r->s ^= r->s << 13;
  r->s ^= r->s >> 7;
  r->s ^= r->s << 17;
  return (uint32_t)(r->s >> 32);
}

/* Results go here so that no timed loop can be optimised away. */
static volatile int64_t bench_sink;

/* Peak resident memory of this process so far, in MiB. */
static inline double bench_peak_mib(void)
{
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)ru.ru_maxrss / 1024.0;
}

#endif
