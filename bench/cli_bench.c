/* Benchmark: the egca command as a process, each figure beside a baseline measured in the same run.
 *
 * Usage: cli_bench EGCA [CASES] [LARGEST] — EGCA is the built command (scripts/bench.sh passes
 * build-bench/src/cli/egca); CASES cases per throughput run (default 100,000; 0: only the start-up figures);
 * LARGEST the last point of the memory series (default 1,000,000).
 *
 * 1. Start to exit of `egca deadline decision 2026-03-02` (the default calendar and rules loaded, one
 *    deadline printed) and of `egca deadline acceptance 2024-04-09 --office 450000` (an office's calendar,
 *    with its region's rest days), 31 runs each, against starting /bin/true and `egca --version` (the
 *    command's start with nothing loaded) the same way.
 * 2. `egca timeline - --as-of 2026-06-30` over NDJSON (bench/cases.h, twelve events a case), end to end:
 *    from starting the process to its exit, with this program writing the cases into its stdin and reading
 *    its stdout through pipes (every output line is counted); and the same with its stdout sent to /dev/null
 *    (the command alone, no reader). 5 runs of CASES cases, against `cat` moving the same bytes through the
 *    same pipes.
 * 3. Peak memory of `egca timeline -` (the child's maximum resident set, from wait4) for 1,000 to LARGEST
 *    cases, one run each, against that of `egca deadline` (the command's start-up footprint). */
#define _GNU_SOURCE
#include "cases.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#define POOL 4096
#define START_RUNS 31

typedef struct outcome {
  double seconds;
  double peak_mib;  /* the child's maximum resident set */
  size_t lines;     /* newlines it wrote */
  int status;
} outcome;

/* The NDJSON input: a pool of distinct cases, repeated as needed. */
static char *pool_text[POOL];
static size_t pool_len[POOL];

/* Runs argv with `cases` NDJSON cases on its stdin (0: stdin is /dev/null) and its stdout read and counted,
 * or, with `discard`, sent to /dev/null. */
static int run(outcome *o, char *const argv[], size_t cases, int discard)
{
  int in[2], out[2];
  if (pipe2(in, O_CLOEXEC) < 0 || pipe2(out, O_CLOEXEC) < 0)
    return -1;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  if (cases > 0)
    posix_spawn_file_actions_adddup2(&fa, in[0], STDIN_FILENO);
  else
    posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  if (discard)
    posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  else
    posix_spawn_file_actions_adddup2(&fa, out[1], STDOUT_FILENO);
  pid_t pid;
  const double t0 = bench_now();
  int rc = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  close(in[0]);
  close(out[1]);
  if (rc != 0) {
    close(in[1]);
    close(out[0]);
    errno = rc;
    return -1;
  }
  if (cases == 0) {
    close(in[1]);
    in[1] = -1;
  } else {
    fcntl(in[1], F_SETFL, O_NONBLOCK);
  }
  /* Feed the input and drain the output until the input is written and the child's stdout is closed. */
  size_t next_case = 0, offset = 0;
  o->lines = 0;
  char buf[1 << 16];
  int out_open = 1;
  while (out_open || in[1] >= 0) {
    struct pollfd p[2];
    int np = 0, po = -1, pi = -1;
    if (out_open) {
      p[np] = (struct pollfd){out[0], POLLIN, 0};
      po = np++;
    }
    if (in[1] >= 0) {
      p[np] = (struct pollfd){in[1], POLLOUT, 0};
      pi = np++;
    }
    if (poll(p, (nfds_t)np, -1) < 0) {
      if (errno == EINTR)
        continue;
      break;
    }
    if (po >= 0 && p[po].revents) {
      ssize_t n = read(out[0], buf, sizeof buf);
      if (n <= 0)
        out_open = 0;
      for (const char *at = buf, *end = buf + (n > 0 ? n : 0); (at = memchr(at, '\n', (size_t)(end - at))) != NULL;
           at++)
        o->lines++;
    }
    if (pi >= 0 && p[pi].revents) {
      /* Write whole cases from the pool while the pipe takes them. */
      for (;;) {
        const size_t k = next_case % POOL;
        ssize_t n = write(in[1], pool_text[k] + offset, pool_len[k] - offset);
        if (n < 0)
          break;
        offset += (size_t)n;
        if (offset == pool_len[k]) {
          offset = 0;
          if (++next_case == cases)
            break;
        }
      }
      if (next_case == cases || (p[pi].revents & (POLLERR | POLLHUP))) {
        close(in[1]);
        in[1] = -1;
      }
    }
  }
  if (in[1] >= 0)
    close(in[1]);
  close(out[0]);
  struct rusage ru;
  if (wait4(pid, &o->status, 0, &ru) < 0)
    return -1;
  o->seconds = bench_now() - t0;
  o->peak_mib = (double)ru.ru_maxrss / 1024.0;
  return 0;
}

static int run_or_die(outcome *o, char *const argv[], size_t cases, int discard)
{
  if (run(o, argv, cases, discard) < 0) {
    fprintf(stderr, "cli_bench: cannot run %s: %s\n", argv[0], strerror(errno));
    exit(1);
  }
  return 0;
}

int main(int argc, char **argv)
{
  if (argc < 2) {
    fprintf(stderr, "usage: cli_bench EGCA [CASES] [LARGEST]\n");
    return 2;
  }
  char *egca = argv[1];
  const size_t cases = argc > 2 ? (size_t)strtoul(argv[2], NULL, 10) : 100000;
  const size_t largest = argc > 3 ? (size_t)strtoul(argv[3], NULL, 10) : 1000000;
  signal(SIGPIPE, SIG_IGN);
  bench_rng rng = {0x9E3779B97F4A7C15ull};
  for (int i = 0; i < POOL; i++) {
    char line[CASE_TEXT_MAX + 1];
    int n = bench_case_json(line, CASE_TEXT_MAX, &rng, (unsigned long)i);
    if (n < 0)
      return 1;
    line[n++] = '\n';
    pool_text[i] = malloc((size_t)n);
    memcpy(pool_text[i], line, (size_t)n);
    pool_len[i] = (size_t)n;
  }
  char *deadline[] = {egca, "deadline", "decision", "2026-03-02", NULL};
  char *office[] = {egca, "deadline", "acceptance", "2024-04-09", "--office", "450000", NULL};
  char *truth[] = {"/bin/true", NULL};
  char *version[] = {egca, "--version", NULL};
  char *timeline[] = {egca, "timeline", "-", "--as-of", CASE_AS_OF, NULL};
  char *cat[] = {"/bin/cat", NULL};

  /* 1. Start to exit. */
  double start[START_RUNS], bare[START_RUNS], bare_egca[START_RUNS], start_office[START_RUNS], start_peak = 0;
  for (int r = 0; r < START_RUNS; r++) {
    outcome o;
    run_or_die(&o, truth, 0, 0);
    bare[r] = o.seconds * 1e3;
    run_or_die(&o, version, 0, 0);
    bare_egca[r] = o.seconds * 1e3;
    run_or_die(&o, deadline, 0, 0);
    if (!WIFEXITED(o.status) || WEXITSTATUS(o.status) != 0 || o.lines == 0) {
      fprintf(stderr, "cli_bench: egca deadline failed\n");
      return 1;
    }
    start[r] = o.seconds * 1e3;
    start_peak = o.peak_mib;
    run_or_die(&o, office, 0, 0);
    if (!WIFEXITED(o.status) || WEXITSTATUS(o.status) != 0 || o.lines == 0) {
      fprintf(stderr, "cli_bench: egca deadline --office failed\n");
      return 1;
    }
    start_office[r] = o.seconds * 1e3;
  }
  const double s = bench_median(start, START_RUNS), b = bench_median(bare, START_RUNS);
  printf("%-56s %9.2f ms\n", "baseline: start /bin/true", b);
  const double v = bench_median(bare_egca, START_RUNS);
  printf("%-56s %9.2f ms  %5.1fx baseline\n", "baseline: egca --version, start to exit", v, v / b);
  printf("%-56s %9.2f ms  %5.1fx baseline  %5.2fx egca --version\n", "egca deadline decision 2026-03-02, start to exit",
         s, s / b, s / v);
  const double so = bench_median(start_office, START_RUNS);
  printf("%-56s %9.2f ms  %5.1fx baseline  %5.2fx egca --version\n",
         "egca deadline acceptance 2024-04-09 --office 450000", so, so / b, so / v);
  if (cases == 0)
    return 0;

  /* 2. Throughput. */
  double thru[5], moved[5], alone[5];
  size_t bytes = 0;
  for (size_t i = 0; i < cases; i++)
    bytes += pool_len[i % POOL];
  for (int r = 0; r < 5; r++) {
    outcome o;
    run_or_die(&o, cat, cases, 0);
    moved[r] = (double)cases / o.seconds;
    run_or_die(&o, timeline, cases, 0);
    if (!WIFEXITED(o.status) || WEXITSTATUS(o.status) > 1 || o.lines != cases) {
      fprintf(stderr, "cli_bench: egca timeline gave %zu lines for %zu cases (status %d)\n", o.lines, cases,
              o.status);
      return 1;
    }
    thru[r] = (double)cases / o.seconds;
    run_or_die(&o, timeline, cases, 1);
    if (!WIFEXITED(o.status) || WEXITSTATUS(o.status) > 1) {
      fprintf(stderr, "cli_bench: egca timeline failed (status %d)\n", o.status);
      return 1;
    }
    alone[r] = (double)cases / o.seconds;
  }
  const double t = bench_median(thru, 5), m = bench_median(moved, 5);
  printf("%-56s %9.0f cases/s (%.0f MB/s in)\n", "baseline: cat through the same pipes", m, m * (double)bytes / (double)cases / 1e6);
  printf("%-56s %9.0f cases/s  %5.2fx baseline time, %zu cases a run\n", "egca timeline - (NDJSON), end to end", t, m / t,
         cases);
  const double a = bench_median(alone, 5);
  printf("%-56s %9.0f cases/s  %5.2fx baseline time\n", "egca timeline -, the same with stdout to /dev/null", a, m / a);

  /* 3. Peak memory. */
  printf("%-56s %9.1f MiB\n", "baseline: peak memory of egca deadline", start_peak);
  for (size_t n = 1000; n <= largest; n *= 10) {
    outcome o;
    run_or_die(&o, timeline, n, 0);
    if (o.lines != n) {
      fprintf(stderr, "cli_bench: egca timeline gave %zu lines for %zu cases\n", o.lines, n);
      return 1;
    }
    char what[64];
    snprintf(what, sizeof what, "peak memory of egca timeline -, %zu cases", n);
    printf("%-56s %9.1f MiB  %5.2fx baseline  (%.0f cases/s)\n", what, o.peak_mib, o.peak_mib / start_peak,
           (double)n / o.seconds);
    if (n > largest / 10)
      break;
  }
  for (int i = 0; i < POOL; i++)
    free(pool_text[i]);
  return 0;
}
