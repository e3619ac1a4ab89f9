/* Benchmark: the calendar's hot paths beside a bare array-lookup baseline measured in the same run, and
 * loading the shipped holiday data (through the loader, and the default calendar the build compiled from it)
 * beside libical parsing the same files.
 *
 * Usage: calendar_bench [OPS] [HOLIDAYS_DIR] — OPS operations per run (default 2,000,000), 7 runs,
 * medians printed. Starts are random days over 2007-01-01..2026-06-30 (fully covered, confirmed) and N is
 * in 1..60. HOLIDAYS_DIR (default: the source tree's data/holidays/) is read for the loading baseline. */
#include "bench.h"

#include <dirent.h>
#include <egca.h>
#include <libical/ical.h>
#include <stdio.h>
#include <string.h>

#ifndef EGCA_BENCH_HOLIDAYS_DIR
#define EGCA_BENCH_HOLIDAYS_DIR "data/holidays"
#endif

#define MAX_FILES 64

/* The texts of the *.ics files of a directory (at most MAX_FILES); returns how many. */
static int read_ics_files(char **texts, const char *dir)
{
  DIR *d = opendir(dir);
  if (d == NULL)
    return 0;
  int n = 0;
  for (struct dirent *e = readdir(d); e != NULL && n < MAX_FILES; e = readdir(d)) {
    size_t len = strlen(e->d_name);
    if (len < 5 || strcmp(e->d_name + len - 4, ".ics") != 0)
      continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    FILE *f = fopen(path, "rb");
    if (f == NULL)
      continue;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (text != NULL && fread(text, 1, (size_t)size, f) == (size_t)size) {
      text[size] = '\0';
      texts[n++] = text;
    } else {
      free(text);
    }
    fclose(f);
  }
  closedir(d);
  return n;
}

int main(int argc, char **argv)
{
  const size_t ops = argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 2000000;
  const char *holidays = argc > 2 ? argv[2] : EGCA_BENCH_HOLIDAYS_DIR;
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
  bench_rng rng = {0x9E3779B97F4A7C15ull};
  for (size_t i = 0; i < ops; i++) {
    starts[i] = first + (egca_date)(bench_random(&rng) % (uint32_t)span);
    ns[i] = 1 + (int)(bench_random(&rng) % 60);
    ends[i] = first + (egca_date)(bench_random(&rng) % (uint32_t)span);
  }
  for (int i = 0; i < span + 64; i++)
    table[i] = i * 7;
  char *texts[MAX_FILES];
  const int files = read_ics_files(texts, holidays);
  if (files == 0) {
    fprintf(stderr, "calendar_bench: no .ics file in %s\n", holidays);
    return 1;
  }

  double parse[BENCH_RUNS], load[BENCH_RUNS], compiled[BENCH_RUNS], base[BENCH_RUNS], add[BENCH_RUNS],
      is_work[BENCH_RUNS], between[BENCH_RUNS];
  egca_calendar *cal = NULL;
  for (int r = 0; r < BENCH_RUNS; r++) {
    /* Baseline of loading: libical parsing the same files, which every load must do. */
    double t0 = bench_now();
    for (int k = 0; k < files; k++)
      icalcomponent_free(icalparser_parse_string(texts[k]));
    parse[r] = (bench_now() - t0) * 1e3;
    /* Loading the shipped notices through the loader, as the build does to compile the default calendar. */
    egca_calendar_free(cal);
    t0 = bench_now();
    egca_calendar_builder *b = NULL;
    if (egca_calendar_builder_new(&b, NULL, NULL) != 0 || egca_calendar_builder_add_builtin(b, NULL) != 0 ||
        egca_calendar_builder_build(&cal, b, NULL) != 0)
      return 1;
    egca_calendar_builder_free(b);
    load[r] = (bench_now() - t0) * 1e3;
    /* The default calendar: the table compiled at build time. */
    egca_calendar_free(cal);
    t0 = bench_now();
    if (egca_calendar_default(&cal, NULL, NULL) != 0)
      return 1;
    compiled[r] = (bench_now() - t0) * 1e3;
  }
  for (int r = 0; r < BENCH_RUNS; r++) {
    int64_t acc = 0;
    double t0 = bench_now();
    /* Baseline: one dependent array read per operation, as cheap as a lookup can be. */
    for (size_t i = 0; i < ops; i++)
      acc += table[starts[i] - first + ns[i]];
    base[r] = (bench_now() - t0) / (double)ops * 1e9;
    bench_sink = acc;

    acc = 0;
    t0 = bench_now();
    for (size_t i = 0; i < ops; i++) {
      egca_date out;
      egca_calendar_add_workdays(&out, cal, starts[i], ns[i], NULL);
      acc += out;
    }
    add[r] = (bench_now() - t0) / (double)ops * 1e9;
    bench_sink = acc;

    acc = 0;
    t0 = bench_now();
    for (size_t i = 0; i < ops; i++) {
      int w;
      egca_calendar_is_workday(&w, cal, starts[i], NULL);
      acc += w;
    }
    is_work[r] = (bench_now() - t0) / (double)ops * 1e9;
    bench_sink = acc;

    acc = 0;
    t0 = bench_now();
    for (size_t i = 0; i < ops; i++) {
      int n;
      egca_calendar_workdays_between(&n, cal, starts[i], ends[i], NULL);
      acc += n;
    }
    between[r] = (bench_now() - t0) / (double)ops * 1e9;
    bench_sink = acc;
  }
  const double b = bench_median(base, BENCH_RUNS), a = bench_median(add, BENCH_RUNS),
               w = bench_median(is_work, BENCH_RUNS), m = bench_median(between, BENCH_RUNS);
  printf("operations per run: %zu, runs: %d (medians)\n", ops, BENCH_RUNS);
  printf("%-44s %8.2f ns/op\n", "baseline: bare array lookup", b);
  printf("%-44s %8.2f ns/op  %5.1fx baseline\n", "add_workdays (N in 1..60)", a, a / b);
  printf("%-44s %8.2f ns/op  %5.1fx baseline\n", "is_workday", w, w / b);
  printf("%-44s %8.2f ns/op  %5.1fx baseline\n", "workdays_between", m, m / b);
  const double p = bench_median(parse, BENCH_RUNS), l = bench_median(load, BENCH_RUNS);
  printf("%-44s %8.2f ms  (%d files)\n", "baseline: libical parse of the shipped .ics", p, files);
  printf("%-44s %8.2f ms  %5.1fx baseline\n", "load all shipped holiday data", l, l / p);
  printf("%-44s %8.3f ms  %5.3fx baseline\n", "egca_calendar_default (compiled table)",
         bench_median(compiled, BENCH_RUNS), bench_median(compiled, BENCH_RUNS) / p);
  egca_calendar_free(cal);
  for (int k = 0; k < files; k++)
    free(texts[k]);
  free(starts);
  free(ends);
  free(ns);
  free(table);
  return 0;
}
