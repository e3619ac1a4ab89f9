/* Benchmark: the decision deadline with two technical reviews paused, through egca_deadline_compute (the
 * rule looked up by id and version) and through egca_period_compute (the spec given directly), beside a
 * single egca_calendar_add_workdays of the same count measured in the same run; and loading the rules.
 *
 * Usage: period_bench [OPS] [RULES_DIR] — OPS computations per run (default 1,000,000), 7 runs, medians.
 * Starts are random days of 2024-11-01..2026-06-30 (the rules are in force from 2024-11-01 and the
 * shipped calendar is confirmed through 2026); the reviews run from the 5th to the 12th and from the 20th
 * to the 30th calendar day after the start, both days paused. RULES_DIR (default: the source tree's rules/)
 * is read for the baseline of loading: cJSON parsing the same three files and nothing else. */
#include "bench.h"

#include <cjson/cJSON.h>
#include <egca.h>
#include <stdio.h>
#include <string.h>

#ifndef EGCA_BENCH_RULES_DIR
#define EGCA_BENCH_RULES_DIR "rules"
#endif

static char *read_text(const char *dir, const char *name, size_t *len)
{
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "rb");
  if (f == NULL)
    return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = malloc((size_t)n + 1);
  if (text != NULL && fread(text, 1, (size_t)n, f) != (size_t)n) {
    free(text);
    text = NULL;
  }
  fclose(f);
  if (text != NULL) {
    text[n] = '\0';
    *len = (size_t)n;
  }
  return text;
}

int main(int argc, char **argv)
{
  const size_t ops = argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 1000000;
  const char *rules_dir = argc > 2 ? argv[2] : EGCA_BENCH_RULES_DIR;
  egca_calendar *cal;
  egca_rules *rules;
  egca_error err = {0};
  if (egca_calendar_default(&cal, NULL, &err) < 0 || egca_rules_default(&rules, &err) < 0) {
    fprintf(stderr, "period_bench: %s\n", err.message);
    return 1;
  }
  egca_date first, last;
  egca_date_parse(&first, "2024-11-01", NULL);
  egca_date_parse(&last, "2026-06-30", NULL);
  const uint32_t span = (uint32_t)(last - first + 1);
  egca_date *starts = malloc(ops * sizeof *starts);
  egca_pause(*pauses)[2] = malloc(ops * sizeof *pauses);
  if (starts == NULL || pauses == NULL)
    return 1;
  bench_rng rng = {0x9E3779B97F4A7C15ull};
  for (size_t i = 0; i < ops; i++) {
    starts[i] = first + (egca_date)(bench_random(&rng) % span);
    pauses[i][0] = (egca_pause){starts[i] + 5, starts[i] + 12};
    pauses[i][1] = (egca_pause){starts[i] + 20, starts[i] + 30};
  }
  /* The decision rule as data: the spec egca_deadline_compute builds from it. */
  const egca_deadline_rule *decision;
  if (egca_rules_deadline(&decision, rules, "decision", first, &err) < 0) {
    fprintf(stderr, "period_bench: %s\n", err.message);
    return 1;
  }
  const egca_period_spec spec = {egca_deadline_rule_unit(decision),      egca_deadline_rule_count(decision),
                                 egca_deadline_rule_direction(decision), egca_deadline_rule_roll(decision),
                                 EGCA_POLICY_EARLIER,                    egca_deadline_rule_end(decision),
                                 egca_deadline_rule_cutoff(decision),    egca_deadline_rule_cutoff_in_person(decision)};
  const int count = spec.count;

  /* Every variant must agree with the others before anything is timed. */
  for (size_t i = 0; i < ops; i++) {
    egca_deadline d;
    egca_period_result r;
    egca_deadline_options o = {pauses[i], 2, EGCA_POLICY_EARLIER, 0, NULL, 0, EGCA_LANG_ZH};
    if (egca_deadline_compute(&d, rules, cal, "decision", starts[i], &o, &err) < 0 ||
        egca_period_compute(&r, NULL, cal, &spec, starts[i], pauses[i], 2, &err) < 0 || d.due != r.due) {
      fprintf(stderr, "period_bench: the variants disagree on start %d\n", (int)starts[i]);
      return 1;
    }
  }

  double base[BENCH_RUNS], dl2[BENCH_RUNS], dl0[BENCH_RUNS], pc2[BENCH_RUNS], pc0[BENCH_RUNS];
  for (int r = 0; r < BENCH_RUNS; r++) {
    int64_t acc = 0;
    double t0 = bench_now();
    /* Baseline: the same count as one calendar lookup, no pauses, no rule. */
    for (size_t i = 0; i < ops; i++) {
      egca_date out;
      egca_calendar_add_workdays(&out, cal, starts[i], count, NULL);
      acc += out;
    }
    base[r] = (bench_now() - t0) / (double)ops * 1e9;

    t0 = bench_now();
    for (size_t i = 0; i < ops; i++) {
      egca_deadline d;
      egca_deadline_options o = {pauses[i], 2, EGCA_POLICY_EARLIER, 0, NULL, 0, EGCA_LANG_ZH};
      egca_deadline_compute(&d, rules, cal, "decision", starts[i], &o, NULL);
      acc += d.due;
    }
    dl2[r] = (bench_now() - t0) / (double)ops * 1e9;

    t0 = bench_now();
    for (size_t i = 0; i < ops; i++) {
      egca_deadline d;
      egca_deadline_compute(&d, rules, cal, "decision", starts[i], NULL, NULL);
      acc += d.due;
    }
    dl0[r] = (bench_now() - t0) / (double)ops * 1e9;

    t0 = bench_now();
    for (size_t i = 0; i < ops; i++) {
      egca_period_result res;
      egca_period_compute(&res, NULL, cal, &spec, starts[i], pauses[i], 2, NULL);
      acc += res.due;
    }
    pc2[r] = (bench_now() - t0) / (double)ops * 1e9;

    t0 = bench_now();
    for (size_t i = 0; i < ops; i++) {
      egca_period_result res;
      egca_period_compute(&res, NULL, cal, &spec, starts[i], NULL, 0, NULL);
      acc += res.due;
    }
    pc0[r] = (bench_now() - t0) / (double)ops * 1e9;
    bench_sink = acc;
  }

  /* Loading the rules: the embedded files, and the baseline of parsing their JSON with cJSON alone. */
  static const char *const names[] = {"deadlines.json", "conditions.json", "materials.json", "readings.json"};
  char *texts[4];
  size_t lens[4];
  for (int k = 0; k < 4; k++)
    if ((texts[k] = read_text(rules_dir, names[k], &lens[k])) == NULL) {
      fprintf(stderr, "period_bench: cannot read %s/%s\n", rules_dir, names[k]);
      return 1;
    }
  double load[BENCH_RUNS], parse[BENCH_RUNS];
  for (int r = 0; r < BENCH_RUNS; r++) {
    double t0 = bench_now();
    for (int k = 0; k < 4; k++)
      cJSON_Delete(cJSON_ParseWithLength(texts[k], lens[k]));
    parse[r] = (bench_now() - t0) * 1e3;
    egca_rules *loaded;
    t0 = bench_now();
    if (egca_rules_default(&loaded, &err) < 0)
      return 1;
    load[r] = (bench_now() - t0) * 1e3;
    egca_rules_free(loaded);
  }

  const double b = bench_median(base, BENCH_RUNS);
  printf("computations per run: %zu, runs: %d (medians)\n", ops, BENCH_RUNS);
  printf("%-52s %8.1f ns/op\n", "baseline: add_workdays(start, 20)", b);
  printf("%-52s %8.1f ns/op  %5.1fx baseline\n", "deadline_compute decision, two pauses", bench_median(dl2, BENCH_RUNS),
         bench_median(dl2, BENCH_RUNS) / b);
  printf("%-52s %8.1f ns/op  %5.1fx baseline\n", "deadline_compute decision, no pause", bench_median(dl0, BENCH_RUNS),
         bench_median(dl0, BENCH_RUNS) / b);
  printf("%-52s %8.1f ns/op  %5.1fx baseline\n", "period_compute 20 working days, two pauses",
         bench_median(pc2, BENCH_RUNS), bench_median(pc2, BENCH_RUNS) / b);
  printf("%-52s %8.1f ns/op  %5.1fx baseline\n", "period_compute 20 working days, no pause",
         bench_median(pc0, BENCH_RUNS), bench_median(pc0, BENCH_RUNS) / b);
  const double p = bench_median(parse, BENCH_RUNS);
  printf("%-52s %8.3f ms\n", "baseline: cJSON parse of the four rules files", p);
  printf("%-52s %8.3f ms  %5.1fx baseline\n", "load all rules (egca_rules_default)", bench_median(load, BENCH_RUNS),
         bench_median(load, BENCH_RUNS) / p);
  for (int k = 0; k < 4; k++)
    free(texts[k]);
  free(starts);
  free(pauses);
  egca_rules_free(rules);
  egca_calendar_free(cal);
  return 0;
}
