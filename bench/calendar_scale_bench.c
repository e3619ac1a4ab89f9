/* Benchmark: how the calendar grows with the years it covers. Synthetic holiday data is generated in
 * memory for 10, 30, 100 and 300 years (1900..2199, the whole range a calendar may cover): X-EGCA-COVERAGE
 * naming every year, and each year 元旦 (one day), 春节 (seven days) and 国庆 (seven days) off, with a
 * Saturday make-up working day before 春节 and before 国庆.
 *
 * Usage: calendar_scale_bench [OPS] — OPS add_workdays per run (default 2,000,000), 7 runs, medians.
 *
 * For each span: loading (egca_calendar_builder_add_buffer + build), beside the baseline of libical
 * parsing the same text and nothing else; the memory the loaded calendar keeps (heap in use after the
 * load, less before it); and add_workdays from random days of the span (N in 1..60), beside a bare
 * array-lookup loop over a table of the same span (the same random inputs). */
#define _GNU_SOURCE
#include "bench.h"

#include <egca.h>
#include <libical/ical.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct buffer {
  char *s;
  size_t len, cap;
} buffer;

static void add(buffer *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add(buffer *b, const char *fmt, ...)
{
  for (;;) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n < b->cap - b->len) {
      b->len += (size_t)n;
      return;
    }
    b->cap = b->cap * 2 + (size_t)n + 1;
    b->s = realloc(b->s, b->cap);
    if (b->s == NULL)
      exit(1);
  }
}

static void add_day(buffer *b, const char *prefix, egca_date d)
{
  int y, m, day;
  egca_date_to_ymd(d, &y, &m, &day);
  add(b, "%s%04d%02d%02d\r\n", prefix, y, m, day);
}

static void add_event(buffer *b, int year, int *uid, egca_date from, int days, const char *summary)
{
  add(b, "BEGIN:VEVENT\r\nUID:%d-%d@bench\r\nDTSTAMP:20250101T000000Z\r\n", year, (*uid)++);
  add_day(b, "DTSTART;VALUE=DATE:", from);
  add_day(b, "DTEND;VALUE=DATE:", from + days);
  add(b, "SUMMARY:%s\r\nEND:VEVENT\r\n", summary);
}

/* The first Saturday on or after a day. */
static egca_date saturday_from(egca_date d)
{
  while (egca_date_weekday(d) != EGCA_SATURDAY)
    d++;
  return d;
}

static buffer synthetic_ics(int first, int last)
{
  buffer b = {malloc(1 << 16), 0, 1 << 16};
  add(&b, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//egca//bench//EN\r\nX-EGCA-COVERAGE:");
  for (int y = first; y <= last; y++)
    add(&b, y < last ? "%d," : "%d\r\n", y);
  for (int y = first; y <= last; y++) {
    int uid = 0;
    egca_date jan1, feb10, sep20, oct1;
    egca_date_from_ymd(&jan1, y, 1, 1);
    egca_date_from_ymd(&feb10, y, 2, 10);
    egca_date_from_ymd(&sep20, y, 9, 20);
    egca_date_from_ymd(&oct1, y, 10, 1);
    add_event(&b, y, &uid, jan1, 1, "元旦(休)");
    add_event(&b, y, &uid, saturday_from(feb10 - 9), 1, "春节(班)");
    add_event(&b, y, &uid, feb10, 7, "春节(休)");
    add_event(&b, y, &uid, saturday_from(sep20), 1, "国庆节(班)");
    add_event(&b, y, &uid, oct1, 7, "国庆节(休)");
  }
  add(&b, "END:VCALENDAR\r\n");
  return b;
}

static size_t heap_in_use(void)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
  return mallinfo2().uordblks;
#else
  return 0;
#endif
}

int main(int argc, char **argv)
{
  const size_t ops = argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 2000000;
  static const int spans[][2] = {{2017, 2026}, {1997, 2026}, {1950, 2049}, {1900, 2199}};
  egca_date *starts = malloc(ops * sizeof *starts);
  int *ns = malloc(ops * sizeof *ns);
  if (starts == NULL || ns == NULL)
    return 1;
  printf("%-10s %6s %9s %12s %12s %6s %10s %8s %10s %10s %6s\n", "years", "days", "ICS KiB", "libical ms",
         "load ms", "ratio", "kept KiB", "B/day", "lookup ns", "add ns", "ratio");
  for (size_t s = 0; s < sizeof spans / sizeof spans[0]; s++) {
    const int first = spans[s][0], last = spans[s][1];
    buffer ics = synthetic_ics(first, last);
    egca_date lo, hi;
    egca_date_from_ymd(&lo, first, 1, 1);
    egca_date_from_ymd(&hi, last, 12, 31);
    const int days = (int)(hi - lo + 1);

    double parse[BENCH_RUNS], load[BENCH_RUNS];
    size_t kept = 0;
    egca_calendar *cal = NULL;
    for (int r = 0; r < BENCH_RUNS; r++) {
      double t0 = bench_now();
      icalcomponent *c = icalparser_parse_string(ics.s);
      parse[r] = (bench_now() - t0) * 1e3;
      if (c == NULL)
        return 1;
      icalcomponent_free(c);

      egca_calendar_free(cal);
      egca_calendar_builder *b;
      egca_error err = {0};
      const size_t before = heap_in_use();
      t0 = bench_now();
      if (egca_calendar_builder_new(&b, NULL, &err) < 0 ||
          egca_calendar_builder_add_buffer(b, "synthetic.ics", ics.s, ics.len, &err) < 0 ||
          egca_calendar_builder_build(&cal, b, &err) < 0) {
        fprintf(stderr, "calendar_scale_bench: %s\n", err.message);
        return 1;
      }
      egca_calendar_builder_free(b);
      load[r] = (bench_now() - t0) * 1e3;
      kept = heap_in_use() - before;
    }

    /* Starts leave 120 days before the end, so that 60 working days always stay inside the table. */
    bench_rng rng = {0x9E3779B97F4A7C15ull};
    const uint32_t range = (uint32_t)(days - 120);
    for (size_t i = 0; i < ops; i++) {
      starts[i] = lo + (egca_date)(bench_random(&rng) % range);
      ns[i] = 1 + (int)(bench_random(&rng) % 60);
    }
    int32_t *table = malloc((size_t)days * sizeof *table);
    for (int i = 0; i < days; i++)
      table[i] = i * 7;
    double base[BENCH_RUNS], addw[BENCH_RUNS];
    for (int r = 0; r < BENCH_RUNS; r++) {
      int64_t acc = 0;
      double t0 = bench_now();
      for (size_t i = 0; i < ops; i++)
        acc += table[starts[i] - lo + ns[i]];
      base[r] = (bench_now() - t0) / (double)ops * 1e9;
      t0 = bench_now();
      for (size_t i = 0; i < ops; i++) {
        egca_date out;
        egca_calendar_add_workdays(&out, cal, starts[i], ns[i], NULL);
        acc += out;
      }
      addw[r] = (bench_now() - t0) / (double)ops * 1e9;
      bench_sink = acc;
    }
    const double p = bench_median(parse, BENCH_RUNS), l = bench_median(load, BENCH_RUNS);
    const double bl = bench_median(base, BENCH_RUNS), a = bench_median(addw, BENCH_RUNS);
    char label[16];
    snprintf(label, sizeof label, "%d-%d", first, last);
    printf("%-10s %6d %9.0f %12.2f %12.2f %6.2f %10.0f %8.1f %10.2f %10.2f %6.1f\n", label, days,
           (double)ics.len / 1024, p, l, l / p, (double)kept / 1024, (double)kept / days, bl, a, a / bl);
    egca_calendar_free(cal);
    free(table);
    free(ics.s);
  }
  printf("(%d runs, medians; %zu add_workdays a run)\n", BENCH_RUNS, ops);
  free(starts);
  free(ns);
  return 0;
}
