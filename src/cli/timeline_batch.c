/* egca command — timelines of many cases.
 *
 * The reading thread cuts the input into chunks of up to CHUNK_CASES cases and hands them round a ring of
 * RING chunks; worker threads take the chunks in turn, parse and evaluate their cases (the calendar and the
 * rules are shared read-only, as the library allows) and write each case's line into the chunk's own
 * output; the reading thread writes the outputs in input order as they complete. Output lines and exit
 * status do not depend on the number of threads. With one job the reading thread evaluates every chunk
 * itself.
 *
 * Memory is bounded whatever the number of cases and of jobs: a case longer than EGCA_CASE_TEXT_MAX (the
 * limit of a case file) is skipped as it is read, without being kept, and gives an error line in its place;
 * the case text in the ring is at most IN_FLIGHT_BYTES (or one case, when a case is larger), the reading
 * thread waiting for the oldest chunk to be written before it takes more; and a chunk's buffers that grew
 * past KEEP_BYTES for a large case are freed once written, so that the ring does not keep a large case's
 * memory in every slot.
 *
 * A failed write to stdout (a full disk; a closed pipe, when SIGPIPE is ignored) stops the batch: the
 * lines after it could not be delivered either.
 *
 * While a batch runs, cJSON (through which the library reads each case) allocates from a per-thread arena
 * (parse_arena below). */
#define _GNU_SOURCE /* F_SETPIPE_SZ */
#include "timeline_batch.h"

#include <cJSON.h>
#include <fcntl.h>
#include <malloc.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define CHUNK_CASES 64
#define CHUNK_BYTES ((size_t)256 << 10) /* a chunk also ends once its cases' text passes this */
#define IN_FLIGHT_BYTES ((size_t)8 << 20)  /* case text in the ring: 32 full chunks, 64 of typical cases */
#define KEEP_BYTES ((size_t)1 << 20)       /* a chunk's buffer larger than this is freed once written */

typedef struct item {
  size_t at, len;     /* the case's text in chunk.in (NUL-terminated there) */
  long line, column;  /* where it starts in the input */
  long index;         /* its index in an array of cases; -1 for a line of NDJSON */
  int oversize;       /* longer than EGCA_CASE_TEXT_MAX: skipped, not kept (len is 0) */
} item;

typedef struct chunk {
  char *in;
  size_t in_len, in_cap;
  item *items;
  size_t count, items_cap;
  char *out;
  size_t out_len, out_cap;
  int invalid, coverage, negative;  /* what its cases gave */
  int nomem;                        /* its output is incomplete: memory ran out */
  int done;                         /* evaluated; guarded by the batch's lock */
} chunk;

/* One evaluating thread's own state. */
typedef struct worker {
  struct batch *b;
  pthread_t thread;
  egca_timeline *tl;
} worker;

typedef struct batch {
  const egca_calendar *cal;
  const egca_rules *rules;
  const batch_options *o;
  const char *source;          /* names the input in error lines */
  chunk *ring;
  size_t ring_size;
  unsigned long filled;        /* chunks handed out so far (chunk k is ring[k % ring_size]) */
  unsigned long taken;         /* chunks a worker has taken */
  unsigned long written;       /* chunks written out */
  int stop;                    /* no more chunks will come */
  pthread_mutex_t lock;
  pthread_cond_t work;         /* a chunk was handed out, or stop */
  pthread_cond_t finished;     /* a chunk was evaluated */
  worker *workers;
  int threads;                 /* worker threads running (0: the reading thread evaluates) */
  worker inline_worker;
  size_t done;
  int invalid, coverage, negative, nomem;
  size_t held;                 /* bytes of case text in the ring (chunk.in_len summed) */
  int write_errno;             /* a write to stdout failed (its errno): stop */
  int progress;                /* stderr is a terminal */
  struct timespec started, shown;
} batch;

int batch_default_jobs(void)
{
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > BATCH_JOBS_MAX ? BATCH_JOBS_MAX : (int)n;
}

/* --- Output into a chunk ---------------------------------------------------------------------------- */

static void out_put(chunk *k, const char *s, size_t n)
{
  if (k->nomem)
    return;
  if (k->out_len + n > k->out_cap) {
    size_t cap = k->out_cap ? k->out_cap : 65536;
    while (cap < k->out_len + n)
      cap *= 2;
    char *p = realloc(k->out, cap);
    if (p == NULL) {
      k->nomem = 1;
      return;
    }
    k->out = p;
    k->out_cap = cap;
  }
  memcpy(k->out + k->out_len, s, n);
  k->out_len += n;
}

/* Appends a JSON string (for error lines: the message of an egca_error). */
static void out_json_text(chunk *k, const char *s)
{
  out_put(k, "\"", 1);
  for (; *s != '\0'; s++) {
    unsigned char ch = (unsigned char)*s;
    char esc[8];
    if (ch == '"' || ch == '\\') {
      esc[0] = '\\';
      esc[1] = (char)ch;
      out_put(k, esc, 2);
    } else if (ch < 0x20) {
      snprintf(esc, sizeof esc, "\\u%04x", ch);
      out_put(k, esc, 6);
    } else {
      out_put(k, s, 1);
    }
  }
  out_put(k, "\"", 1);
}

/* An error line: {"line": N, "error": "..."}; positions inside the case are moved to the input's own
 * (a case of an array starts at `line`:`column`). */
static void error_line(chunk *k, int rc, egca_error *err, long line, long column)
{
  if (err->line > 0) {
    if (err->line == 1)
      err->column += (int)column - 1;
    err->line += (int)line - 1;
  }
  char text[2 * EGCA_ERROR_TEXT_MAX + 512];
  egca_error_format(err, text, sizeof text);
  char head[48];
  int n = snprintf(head, sizeof head, "{\"line\":%ld,\"error\":", line);
  out_put(k, head, (size_t)n);
  out_json_text(k, text);
  out_put(k, "}\n", 2);
  if (rc == EGCA_E_COVERAGE)
    k->coverage = 1;
  else
    k->invalid = 1;
}

/* --- The parse arena ------------------------------------------------------------------------------------
 *
 * cJSON allocates a node and a string for every value of a case, some 140 blocks, and frees them all when
 * the library has read the case. glibc keeps 7 freed blocks of a size per thread; the rest went through its
 * shared bins, with a lock or an atomic operation each once the process has threads: a fifth of a batch's
 * time (bench/README.md). cJSON's allocator can only be replaced for the whole process (cJSON_InitHooks),
 * which this program owns: during a batch, an allocation made while a worker parses a case comes from that
 * thread's arena, which the next case reuses from its start; freeing arena memory does nothing. Everything
 * else, and a case too large for the arena, uses malloc and free. The library frees a case's JSON tree
 * before egca_case_parse returns, and the arena is only reused at the next call. */

#define ARENA_BYTES ((size_t)1 << 20)

typedef struct parse_arena {
  char *base;   /* NULL until the thread's first case */
  size_t used;
  int active;   /* an egca_case_parse of this thread is running */
} parse_arena;

static _Thread_local parse_arena arena;

static void *arena_malloc(size_t n)
{
  if (arena.active) {
    const size_t need = (n + 15) & ~(size_t)15; /* malloc's alignment */
    if (need >= n && ARENA_BYTES - arena.used >= need) {
      void *p = arena.base + arena.used;
      arena.used += need;
      return p;
    }
  }
  return malloc(n);
}

static void arena_free(void *p)
{
  if (arena.base != NULL && (char *)p >= arena.base && (char *)p < arena.base + ARENA_BYTES)
    return; /* reused from the start by the next case */
  free(p);
}

static int parse_case(egca_case **cs, const char *json, size_t len, const char *source, egca_error *err)
{
  if (arena.base == NULL)
    arena.base = malloc(ARENA_BYTES); /* on failure the case is parsed with malloc alone */
  arena.used = 0;
  arena.active = arena.base != NULL;
  int rc = egca_case_parse(cs, json, len, source, err);
  arena.active = 0;
  return rc;
}

/* The worker's arena, freed as it ends. */
static void arena_release(void)
{
  free(arena.base);
  arena.base = NULL;
}

/* --- Evaluation ------------------------------------------------------------------------------------- */

/* The error line of a case too long to be read. */
static void oversize_line(batch *b, chunk *k, const item *it)
{
  egca_error err;
  egca_error_clear(&err);
  err.code = EGCA_E_INVALID;
  err.line = 1;
  err.column = 1;
  snprintf(err.source, sizeof err.source, "%s", b->source);
  if (it->index >= 0)
    snprintf(err.pointer, sizeof err.pointer, "/%ld", it->index);
  snprintf(err.message, sizeof err.message, "the case is larger than the limit of %zu bytes: skipped", EGCA_CASE_TEXT_MAX);
  error_line(k, err.code, &err, it->line, it->column);
}

static void run_case(batch *b, worker *w, chunk *k, const item *it)
{
  if (it->oversize) {
    oversize_line(b, k, it);
    return;
  }
  egca_error err;
  egca_case *cs = NULL;
  int rc = parse_case(&cs, k->in + it->at, it->len, b->source, &err);
  if (rc >= 0)
    rc = egca_case_evaluate(w->tl, cs, b->cal, b->rules, b->o->as_of, &b->o->eval, &err);
  if (rc >= 0 && !k->nomem) /* the line straight into the chunk's output */
    rc = egca_timeline_write_json(&k->out, &k->out_cap, &k->out_len, w->tl, EGCA_JSON_COMPACT | EGCA_JSON_APPEND,
                                  &err);
  if (rc < 0) {
    error_line(k, rc, &err, it->line, it->column);
  } else {
    out_put(k, "\n", 1);
    if (!egca_timeline_clean(w->tl))
      k->negative = 1;
  }
  egca_case_free(cs);
}

static void run_chunk(batch *b, worker *w, chunk *k)
{
  for (size_t i = 0; i < k->count; i++)
    run_case(b, w, k, &k->items[i]);
}

static void *work(void *arg)
{
  worker *w = arg;
  batch *b = w->b;
  pthread_mutex_lock(&b->lock);
  for (;;) {
    while (b->taken == b->filled && !b->stop)
      pthread_cond_wait(&b->work, &b->lock);
    if (b->taken == b->filled)
      break; /* stopped, and nothing is left */
    chunk *k = &b->ring[b->taken++ % b->ring_size];
    pthread_mutex_unlock(&b->lock);
    run_chunk(b, w, k);
    pthread_mutex_lock(&b->lock);
    k->done = 1;
    pthread_cond_broadcast(&b->finished);
  }
  pthread_mutex_unlock(&b->lock);
  arena_release();
  return NULL;
}

/* --- Writing, in input order ------------------------------------------------------------------------- */

static double seconds_between(const struct timespec *a, const struct timespec *bb)
{
  return (double)(bb->tv_sec - a->tv_sec) + (double)(bb->tv_nsec - a->tv_nsec) / 1e9;
}

static void show_progress(batch *b, int last)
{
  if (!b->progress)
    return;
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  if (!last && seconds_between(&b->shown, &now) < 0.2)
    return;
  b->shown = now;
  double elapsed = seconds_between(&b->started, &now);
  fprintf(stderr, "\r%zu cases, %.0f cases/s", b->done, elapsed > 0 ? (double)b->done / elapsed : 0.0);
  if (last)
    fputc('\n', stderr);
  fflush(stderr);
}

/* Waits for the oldest chunk handed out, writes its output and frees its place in the ring. */
static void write_oldest(batch *b)
{
  chunk *k = &b->ring[b->written % b->ring_size];
  if (b->threads > 0) {
    pthread_mutex_lock(&b->lock);
    while (!k->done)
      pthread_cond_wait(&b->finished, &b->lock);
    pthread_mutex_unlock(&b->lock);
  } else {
    run_chunk(b, &b->inline_worker, k);
  }
  /* The first failed write is remembered (with its errno) and stops the batch. */
  if (b->write_errno == 0 && k->out_len > 0)
    b->write_errno = cli_write(k->out, k->out_len);
  b->held -= k->in_len;
  /* A buffer that grew for a large case goes, so that every slot of the ring does not keep one. */
  if (k->in_cap > KEEP_BYTES) {
    free(k->in);
    k->in = NULL;
    k->in_cap = 0;
  }
  if (k->out_cap > KEEP_BYTES) {
    free(k->out);
    k->out = NULL;
    k->out_cap = 0;
  }
  b->invalid |= k->invalid;
  b->coverage |= k->coverage;
  b->negative |= k->negative;
  b->nomem |= k->nomem;
  b->done += k->count;
  k->count = 0;
  k->in_len = 0;
  k->out_len = 0;
  k->invalid = k->coverage = k->negative = k->nomem = 0;
  k->done = 0;
  b->written++;
  show_progress(b, 0);
}

/* --- Reading ---------------------------------------------------------------------------------------------- */

/* Hands the chunk being filled to the workers, after making room in the ring for the next one. */
static void hand_out(batch *b)
{
  chunk *k = &b->ring[b->filled % b->ring_size];
  if (k->count == 0)
    return;
  pthread_mutex_lock(&b->lock);
  b->filled++;
  pthread_cond_signal(&b->work);
  pthread_mutex_unlock(&b->lock);
  if (b->filled - b->written == b->ring_size)
    write_oldest(b);
}

/* Makes room for `len` more bytes of case text in the ring: while the ring holds text and the bound would
 * be passed, the chunk being filled is handed out and the oldest chunks are written. */
static void make_room(batch *b, size_t len)
{
  while (b->held > 0 && b->held + len > IN_FLIGHT_BYTES) {
    if (b->written < b->filled)
      write_oldest(b);
    else
      hand_out(b); /* only the chunk being filled holds text: hand it out, to write it next */
  }
}

/* Adds a case to the chunk being filled: its text, or (oversize) only its place for the error line.
 * Returns -1 when memory runs out. */
static int add_item(batch *b, const char *text, size_t len, long line, long column, long index, int oversize)
{
  make_room(b, len + 1);
  chunk *k = &b->ring[b->filled % b->ring_size];
  if (k->count == k->items_cap) {
    item *p = realloc(k->items, CHUNK_CASES * sizeof *p);
    if (p == NULL)
      return -1;
    k->items = p;
    k->items_cap = CHUNK_CASES;
  }
  if (k->in_len + len + 1 > k->in_cap) {
    size_t cap = k->in_cap ? k->in_cap : 65536;
    while (cap < k->in_len + len + 1)
      cap *= 2;
    char *p = realloc(k->in, cap);
    if (p == NULL)
      return -1;
    k->in = p;
    k->in_cap = cap;
  }
  memcpy(k->in + k->in_len, text, len);
  k->in[k->in_len + len] = '\0';
  k->items[k->count++] = (item){k->in_len, len, line, column, index, oversize};
  k->in_len += len + 1;
  b->held += len + 1;
  if (k->count == CHUNK_CASES || k->in_len >= CHUNK_BYTES)
    hand_out(b);
  return 0;
}

/* A reading buffer that grew past KEEP_BYTES for one large case is freed after it (the next large case
 * grows it again): the reader keeps no more than a chunk does. */
static void shrink(char **buf, size_t *cap)
{
  if (*cap > KEEP_BYTES) {
    free(*buf);
    *buf = NULL;
    *cap = 0;
  }
}

/* Appends a byte to *buf, growing it; -1 when memory runs out. */
static int put_byte(char **buf, size_t *cap, size_t *len, int ch)
{
  if (*len + 2 > *cap) {
    size_t grown = *cap ? *cap * 2 : 4096;
    char *p = realloc(*buf, grown);
    if (p == NULL)
      return -1;
    *buf = p;
    *cap = grown;
  }
  (*buf)[(*len)++] = (char)ch;
  return 0;
}

/* NDJSON: one case per line; blank lines are skipped (and counted). A line is kept up to the limit of a
 * case (and a carriage return); the rest of a longer one is read past, not kept. */
static int read_lines(batch *b, FILE *in, const char *path)
{
  char *buf = NULL;
  size_t cap = 0;
  long line = 0;
  int code = EXIT_DONE;
  int ch;
  while (b->write_errno == 0 && (ch = getc_unlocked(in)) != EOF) {
    line++;
    size_t len = 0;
    int oversize = 0;
    for (; ch != EOF && ch != '\n'; ch = getc_unlocked(in)) {
      if (oversize)
        continue;
      if (len == EGCA_CASE_TEXT_MAX + 1) {
        oversize = 1;
      } else if (put_byte(&buf, &cap, &len, ch) < 0) {
        free(buf);
        return cli_fail(EXIT_INVALID, path, "line %ld: out of memory", line);
      }
    }
    while (len > 0 && buf[len - 1] == '\r')
      len--;
    oversize |= len > EGCA_CASE_TEXT_MAX;
    size_t k = 0;
    while (!oversize && k < len && (buf[k] == ' ' || buf[k] == '\t'))
      k++;
    if (!oversize && k == len)
      continue;
    if (add_item(b, oversize ? "" : buf, oversize ? 0 : len, line, 1, -1, oversize) < 0) {
      code = cli_fail(EXIT_INVALID, path, "line %ld: out of memory", line);
      break;
    }
    shrink(&buf, &cap);
    if (ch == EOF)
      break;
  }
  free(buf);
  return code;
}

/* A file holding a JSON array of cases, read element by element: the scanner only finds where each element
 * ends (strings and brackets), and each element is parsed on its own. */
typedef struct scanner {
  FILE *f;
  long line, column;  /* of the next character */
  int peeked;         /* NOTHING, EOF or a byte */
} scanner;

#define NOTHING (-2)

static int peek(scanner *s)
{
  if (s->peeked == NOTHING)
    s->peeked = getc_unlocked(s->f); /* only the reading thread reads the input */
  return s->peeked;
}

static int next_char(scanner *s)
{
  int ch = peek(s);
  s->peeked = NOTHING;
  if (ch == '\n') {
    s->line++;
    s->column = 1;
  } else if (ch != EOF && (ch & 0xC0) != 0x80) {
    s->column++; /* columns count characters, as the JSON reader's positions do */
  }
  return ch;
}

static int skip_space(scanner *s)
{
  int ch;
  while ((ch = peek(s)) == ' ' || ch == '\t' || ch == '\r' || ch == '\n')
    next_char(s);
  return ch;
}

static int read_array(batch *b, FILE *f, const char *path)
{
  scanner s = {f, 1, 1, NOTHING};
  skip_space(&s);
  next_char(&s); /* the '[' the caller saw */
  char *buf = NULL;
  size_t cap = 0;
  int code = EXIT_DONE;
  for (long index = 0; b->write_errno == 0; index++) {
    int ch = skip_space(&s);
    if (ch == ']' && index == 0) {
      next_char(&s);
      break;
    }
    long line = s.line, column = s.column;
    size_t len = 0;
    int depth = 0, in_string = 0, escape = 0, oversize = 0;
    for (;;) {
      ch = peek(&s);
      if (ch == EOF || (!in_string && depth == 0 && (ch == ',' || ch == ']')))
        break; /* the separator is read below */
      next_char(&s);
      /* An element past the limit is scanned to its end but not kept. (White space before its separator
       * counts: the element's text is everything up to the separator.) */
      if (!oversize && len == EGCA_CASE_TEXT_MAX)
        oversize = 1;
      if (!oversize && put_byte(&buf, &cap, &len, ch) < 0) {
        free(buf);
        return cli_fail(EXIT_INVALID, path, "out of memory");
      }
      if (in_string) {
        if (escape)
          escape = 0;
        else if (ch == '\\')
          escape = 1;
        else if (ch == '"')
          in_string = 0;
      } else if (ch == '"') {
        in_string = 1;
      } else if (ch == '{' || ch == '[') {
        depth++;
      } else if (ch == '}' || ch == ']') {
        depth--;
      }
    }
    while (len > 0 && (buf[len - 1] == ' ' || buf[len - 1] == '\t' || buf[len - 1] == '\r' || buf[len - 1] == '\n'))
      len--;
    if (ch == EOF) {
      code = cli_fail(EXIT_INVALID, path, "line %ld: the array of cases is not closed", s.line);
      b->invalid = 1;
      break;
    }
    if (add_item(b, len > 0 && !oversize ? buf : "", oversize ? 0 : len, line, column, index, oversize) < 0) {
      code = cli_fail(EXIT_INVALID, path, "line %ld: out of memory", line);
      break;
    }
    shrink(&buf, &cap);
    ch = next_char(&s);
    if (ch == ']')
      break;
  }
  free(buf);
  int ch = skip_space(&s);
  if (code == EXIT_DONE && b->write_errno == 0 && ch != EOF) {
    code = cli_fail(EXIT_INVALID, path, "line %ld: text after the array of cases", s.line);
    b->invalid = 1;
  }
  return code;
}

/* --- The batch ---------------------------------------------------------------------------------------------- */

static int worker_init(worker *w, batch *b)
{
  egca_error err;
  w->b = b;
  return egca_timeline_new(&w->tl, &err);
}

static void worker_free(worker *w) { egca_timeline_free(w->tl); }

/* Starts up to o->jobs worker threads; with fewer than two (asked, or none could start) the reading thread
 * evaluates. Returns -1 when memory runs out. */
static int start(batch *b)
{
  const int jobs = b->o->jobs > 1 ? b->o->jobs : 0;
  b->ring_size = jobs > 0 ? 2 * (size_t)jobs + 2 : 1;
  b->ring = calloc(b->ring_size, sizeof *b->ring);
  if (b->ring == NULL || worker_init(&b->inline_worker, b) < 0)
    return -1;
  if (jobs == 0)
    return 0;
  b->workers = calloc((size_t)jobs, sizeof *b->workers);
  if (b->workers == NULL)
    return -1;
  for (int i = 0; i < jobs; i++) {
    if (worker_init(&b->workers[i], b) < 0)
      return -1;
    if (pthread_create(&b->workers[i].thread, NULL, work, &b->workers[i]) != 0) {
      worker_free(&b->workers[i]);
      break;
    }
    b->threads++;
  }
  if (b->threads == 0) {
    b->ring_size = 1; /* no thread could start: the reading thread evaluates */
  }
  return 0;
}

/* Writes what was handed out, stops the workers and frees everything. */
static void finish(batch *b)
{
  if (b->ring != NULL) {
    hand_out(b);
    while (b->written < b->filled)
      write_oldest(b);
  }
  pthread_mutex_lock(&b->lock);
  b->stop = 1;
  pthread_cond_broadcast(&b->work);
  pthread_mutex_unlock(&b->lock);
  for (int i = 0; i < b->threads; i++) {
    pthread_join(b->workers[i].thread, NULL);
    worker_free(&b->workers[i]);
  }
  free(b->workers);
  worker_free(&b->inline_worker);
  for (size_t i = 0; b->ring != NULL && i < b->ring_size; i++) {
    free(b->ring[i].in);
    free(b->ring[i].items);
    free(b->ring[i].out);
  }
  free(b->ring);
}

int batch_run(cli *c, FILE *in, const char *path, int array, const batch_options *o)
{
  int code = EXIT_DONE;
  batch b = {.o = o, .source = path};
  if ((b.cal = cli_calendar(c, &code)) == NULL || (b.rules = cli_rules(c, &code)) == NULL)
    return code;
  cJSON_Hooks hooks = {arena_malloc, arena_free};
  cJSON_InitHooks(&hooks);
  pthread_mutex_init(&b.lock, NULL);
  pthread_cond_init(&b.work, NULL);
  pthread_cond_init(&b.finished, NULL);
  b.progress = isatty(STDERR_FILENO);
  /* Cases come and go in hundreds of megabytes: read and write in big pieces. stdio reads a pipe 4 KiB at a
   * time, and a pipe holds 64 KiB, so that a reader of our output woke up (and we waited) every 14 cases.
   * (A file of cases has been read from already, to see its '[': its buffer can no longer be changed.) */
  if (!array)
    setvbuf(in, NULL, _IOFBF, (size_t)1 << 16);
#ifdef F_SETPIPE_SZ
  fcntl(fileno(in), F_SETPIPE_SZ, 1 << 20);  /* Linux; a file or a terminal refuses it, which is fine */
  fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20);
#endif
#ifdef M_MMAP_THRESHOLD
  /* glibc maps a block of 128 KiB or more on its own, but raises that threshold to the size of any mapped
   * block freed: after the first large case, each worker's heap would keep a large case's copies (the
   * library's NUL-terminated copy, the parsed tree) once freed, and peak memory would grow with --jobs.
   * A fixed threshold keeps large blocks mapped, so that freeing them gives them back. */
  mallopt(M_MMAP_THRESHOLD, (int)KEEP_BYTES);
#endif
  clock_gettime(CLOCK_MONOTONIC, &b.started);
  b.shown = b.started;
  if (start(&b) < 0)
    code = cli_fail(EXIT_INVALID, path, "out of memory");
  else if (array)
    code = read_array(&b, in, path);
  else
    code = read_lines(&b, in, path);
  if (code == EXIT_DONE && ferror(in))
    code = cli_fail(EXIT_INVALID, path, "read error");
  finish(&b);
  arena_release(); /* the reading thread's, when it evaluated */
  cJSON_InitHooks(NULL);
  pthread_cond_destroy(&b.finished);
  pthread_cond_destroy(&b.work);
  pthread_mutex_destroy(&b.lock);
  show_progress(&b, 1);
  if (b.write_errno != 0)
    return cli_fail_stdout(b.write_errno);
  if (b.nomem && code == EXIT_DONE)
    code = cli_fail(EXIT_INVALID, path, "out of memory: some cases' lines are missing");
  if (code != EXIT_DONE)
    return code;
  /* An unreadable case outranks a coverage gap, which outranks a negative answer. */
  return b.invalid ? EXIT_INVALID : b.coverage ? EXIT_COVERAGE : b.negative ? EXIT_NEGATIVE : EXIT_DONE;
}
