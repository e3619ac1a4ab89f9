/* Benchmark: evaluating cases (bench/cases.h: twelve events each), each figure beside a baseline measured
 * in the same run.
 *
 * Usage: case_bench [LARGEST] — LARGEST is the last point of the growth series (default 10,000,000).
 *
 * 1. egca_case_evaluate on parsed cases held in memory (4,096 distinct cases, evaluated in turn into one
 *    reused timeline), against the baseline of the same deadlines computed one by one with
 *    egca_deadline_compute (the arithmetic alone: no statuses, findings or answers).
 * 2. The other steps of a batch line, per case: egca_case_parse against cJSON parsing the same text, and
 *    egca_timeline_to_json (compact) against copying its text (strlen and memcpy into a buffer).
 * 3. Growth: 1,000 to LARGEST cases, each built fresh (egca_case_new from generated events), evaluated
 *    and freed, against generating the events alone; time per case and peak memory at each point. */
#include "cases.h"

#include <cjson/cJSON.h>

#define POOL 4096
#define PASSES 100 /* evaluations per run: POOL * PASSES */
#define PIECE_CASES 20000

/* One deadline instance of a pooled case, as egca_deadline_compute takes it. */
typedef struct instance {
  const char *rule;
  egca_date anchor;
  int paused;
} instance;

static double per_case_ns(double seconds, size_t cases) { return seconds / (double)cases * 1e9; }

int main(int argc, char **argv)
{
  const unsigned long largest = argc > 1 ? strtoul(argv[1], NULL, 10) : 10000000ul;
  egca_calendar *cal;
  egca_rules *rules;
  egca_timeline *tl;
  egca_error err = {0};
  if (egca_calendar_default(&cal, NULL, &err) < 0 || egca_rules_default(&rules, &err) < 0 ||
      egca_timeline_new(&tl, &err) < 0) {
    fprintf(stderr, "case_bench: %s\n", err.message);
    return 1;
  }
  egca_date as_of;
  egca_date_parse(&as_of, CASE_AS_OF, NULL);
  bench_rng rng = {0x9E3779B97F4A7C15ull};

  /* The pool: parsed cases, their texts, and the deadline instances each one's timeline holds. */
  static char texts[POOL][CASE_TEXT_MAX];
  static int lens[POOL];
  static egca_case *pool[POOL];
  static instance inst[POOL][16];
  static size_t inst_count[POOL];
  static egca_pause review[POOL];
  size_t deadlines = 0, findings = 0;
  for (int i = 0; i < POOL; i++) {
    lens[i] = bench_case_json(texts[i], CASE_TEXT_MAX, &rng, (unsigned long)i);
    if (lens[i] < 0 || egca_case_parse(&pool[i], texts[i], (size_t)lens[i], NULL, &err) < 0 ||
        egca_case_evaluate(tl, pool[i], cal, rules, as_of, NULL, &err) < 0) {
      fprintf(stderr, "case_bench: case %d: %s %s\n", i, err.pointer, err.message);
      return 1;
    }
    deadlines += egca_timeline_deadline_count(tl);
    findings += egca_timeline_finding_count(tl);
    for (size_t k = 0; k < egca_timeline_deadline_count(tl) && k < 16; k++) {
      const egca_timeline_deadline *d = egca_timeline_deadline_at(tl, k);
      inst[i][k] = (instance){d->rule_id, d->anchor, strcmp(d->rule_id, "decision") == 0};
      inst_count[i] = k + 1;
    }
    egca_event e;
    for (size_t k = 0; egca_case_event(&e, NULL, pool[i], k); k++) {
      if (e.type == EGCA_EVENT_REVIEW_STARTED)
        review[i].from = e.date;
      else if (e.type == EGCA_EVENT_REVIEW_ENDED)
        review[i].to = e.date;
    }
  }

  /* 1. Evaluation in memory, and the arithmetic alone. */
  double eval[BENCH_RUNS], arith[BENCH_RUNS];
  const size_t evaluations = (size_t)POOL * PASSES;
  for (int r = 0; r < BENCH_RUNS; r++) {
    int64_t acc = 0;
    double t0 = bench_now();
    for (int p = 0; p < PASSES; p++)
      for (int i = 0; i < POOL; i++)
        acc += egca_case_evaluate(tl, pool[i], cal, rules, as_of, NULL, NULL);
    eval[r] = per_case_ns(bench_now() - t0, evaluations);

    t0 = bench_now();
    for (int p = 0; p < PASSES; p++)
      for (int i = 0; i < POOL; i++)
        for (size_t k = 0; k < inst_count[i]; k++) {
          egca_deadline d;
          egca_deadline_options o = {&review[i], inst[i][k].paused, EGCA_POLICY_EARLIER, 0, NULL, 0, EGCA_LANG_ZH};
          egca_deadline_compute(&d, rules, cal, inst[i][k].rule, inst[i][k].anchor, &o, NULL);
          acc += d.due;
        }
    arith[r] = per_case_ns(bench_now() - t0, evaluations);
    bench_sink = acc;
  }

  /* 2. Parsing and writing a batch line. */
  double parse[BENCH_RUNS], cjson[BENCH_RUNS], json[BENCH_RUNS], copy[BENCH_RUNS];
  static char copied[1 << 16];
  size_t out_bytes = 0;
  for (int r = 0; r < BENCH_RUNS; r++) {
    int64_t acc = 0;
    double t0 = bench_now();
    for (int i = 0; i < PIECE_CASES; i++) {
      egca_case *c;
      acc += egca_case_parse(&c, texts[i % POOL], (size_t)lens[i % POOL], "<stdin>", NULL);
      egca_case_free(c);
    }
    parse[r] = per_case_ns(bench_now() - t0, PIECE_CASES);

    t0 = bench_now();
    for (int i = 0; i < PIECE_CASES; i++) {
      cJSON *j = cJSON_ParseWithLengthOpts(texts[i % POOL], (size_t)lens[i % POOL] + 1, NULL, 1);
      acc += j != NULL;
      cJSON_Delete(j);
    }
    cjson[r] = per_case_ns(bench_now() - t0, PIECE_CASES);

    /* The timelines of the first PIECE_CASES / POOL passes, written out. */
    double in_json = 0, in_copy = 0;
    for (int i = 0; i < PIECE_CASES; i++) {
      egca_case_evaluate(tl, pool[i % POOL], cal, rules, as_of, NULL, NULL);
      char *out;
      t0 = bench_now();
      egca_timeline_to_json(&out, tl, EGCA_JSON_COMPACT, NULL);
      double t1 = bench_now();
      const size_t n = strlen(out);
      if (n < sizeof copied)
        memcpy(copied, out, n + 1);
      double t2 = bench_now();
      in_json += t1 - t0;
      in_copy += t2 - t1;
      out_bytes = n;
      acc += copied[n / 2];
      egca_timeline_string_free(out);
    }
    json[r] = per_case_ns(in_json, PIECE_CASES);
    copy[r] = per_case_ns(in_copy, PIECE_CASES);
    bench_sink = acc;
  }

  const double e = bench_median(eval, BENCH_RUNS), a = bench_median(arith, BENCH_RUNS);
  printf("pool: %d parsed cases of %d events, %.1f deadlines and %.2f findings each; %zu evaluations a run, "
         "%d runs (medians)\n",
         POOL, CASE_EVENTS, (double)deadlines / POOL, (double)findings / POOL, evaluations, BENCH_RUNS);
  printf("%-58s %8.0f ns/case\n", "baseline: its deadlines by egca_deadline_compute", a);
  printf("%-58s %8.0f ns/case  %4.1fx baseline  %.2f M cases/s\n", "egca_case_evaluate (reused timeline)", e, e / a,
         1e3 / e);
  const double cj = bench_median(cjson, BENCH_RUNS), cp = bench_median(copy, BENCH_RUNS);
  printf("%-58s %8.0f ns/case\n", "baseline: cJSON parse + delete of the case text", cj);
  printf("%-58s %8.0f ns/case  %4.1fx baseline  (%d bytes)\n", "egca_case_parse + egca_case_free",
         bench_median(parse, BENCH_RUNS), bench_median(parse, BENCH_RUNS) / cj, lens[0]);
  printf("%-58s %8.0f ns/case\n", "baseline: copy the output text (strlen + memcpy)", cp);
  printf("%-58s %8.0f ns/case  %4.1fx baseline  (%zu bytes)\n", "egca_timeline_to_json, compact",
         bench_median(json, BENCH_RUNS), bench_median(json, BENCH_RUNS) / cp, out_bytes);

  /* 3. Growth. Points below 10,000,000: the median of 5 runs. The largest point, when it is 10,000,000 or
   * more, is one run, and its figure is the median of its ten slices (each a tenth of the cases). */
  printf("\ngrowth: each case built (egca_case_new), evaluated and freed; baseline: generating its events\n");
  printf("%12s %14s %14s %8s %12s\n", "cases", "ns/case", "baseline ns", "ratio", "peak MiB");
  for (unsigned long n = 1000; n <= largest; n *= 10) {
    const int sliced = n >= 10000000ul;
    const int runs = sliced ? 10 : 5;
    const unsigned long per = sliced ? n / 10 : n;
    double t[10], g[10];
    for (int r = 0; r < runs; r++) {
      bench_rng gen = {0x2545F4914F6CDD1Dull + (uint64_t)r};
      int64_t acc = 0;
      double t0 = bench_now();
      for (unsigned long i = 0; i < per; i++) {
        egca_event ev[CASE_EVENTS];
        bench_case_events(ev, &gen);
        egca_case *c;
        if (egca_case_new(&c, "BENCH", ev, CASE_EVENTS, &err) < 0) {
          fprintf(stderr, "case_bench: %s %s\n", err.pointer, err.message);
          return 1;
        }
        acc += egca_case_evaluate(tl, c, cal, rules, as_of, NULL, NULL);
        egca_case_free(c);
      }
      t[r] = per_case_ns(bench_now() - t0, per);
      gen = (bench_rng){0x2545F4914F6CDD1Dull + (uint64_t)r};
      t0 = bench_now();
      for (unsigned long i = 0; i < per; i++) {
        egca_event ev[CASE_EVENTS];
        bench_case_events(ev, &gen);
        acc += ev[CASE_EVENTS - 1].date;
      }
      g[r] = per_case_ns(bench_now() - t0, per);
      bench_sink = acc;
    }
    const double tm = bench_median(t, runs), gm = bench_median(g, runs);
    printf("%12lu %14.0f %14.0f %8.1f %12.1f%s\n", n, tm, gm, tm / gm, bench_peak_mib(),
           sliced ? "  (one run: median of its ten slices)" : "");
    if (n > largest / 10)
      break;
  }

  for (int i = 0; i < POOL; i++)
    egca_case_free(pool[i]);
  egca_timeline_free(tl);
  egca_rules_free(rules);
  egca_calendar_free(cal);
  return 0;
}
