/* egca — many cases evaluated by several threads, delivered in input order (include/egca/batch.h).
 *
 * The calling thread cuts the input into chunks of up to CHUNK_CASES cases and hands them round a ring of
 * chunks; worker threads take the chunks in turn, parse and evaluate their cases through the public calls
 * (egca_case_parse, egca_case_evaluate, egca_timeline_write_json) and keep each case's result in the chunk;
 * the calling thread delivers the chunks' results in input order as they complete. With one job the
 * calling thread evaluates every chunk itself. The JSON is egca_timeline_write_json's, written with the
 * table of the rule versions' texts (deadline_output.h) the rule set keeps: the batch asks for it before
 * its threads start (the first writer of that rule set and language makes it), and they only read.
 *
 * Memory is bounded whatever the number of cases and of jobs: a case longer than EGCA_CASE_TEXT_MAX is
 * skipped as it is read, without being kept, and gives an error result in its place; the case text in the
 * ring is at most max_in_flight bytes (or one case, when a case is larger), the calling thread delivering
 * the oldest chunk before it takes more; and a chunk's buffers that grew past KEEP_BYTES for a large case
 * are freed once delivered, so that the ring does not keep a large case's memory in every slot.
 *
 * Scratch memory is the worker's own (its timeline and the memory its cases' JSON trees are read into, both
 * reused case after case) or the chunk's (its text and output buffers, reused chunk after chunk); the batch
 * changes no process-wide state.
 * Place in the flow: around the rest: cases in -> case, procedure (evaluation) -> timeline's JSON -> results out. */
#include "buffer.h"
#include "case_internal.h"
#include "deadline_output.h"
#include "json.h"
#include "timeline_output.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CHUNK_CASES 64
#define CHUNK_BYTES ((size_t)256 << 10) /* a chunk also ends once its cases' text passes this */
#define KEEP_BYTES ((size_t)1 << 20)    /* a buffer larger than this is freed once delivered */
#define READ_BYTES ((size_t)1 << 16)    /* egca_batch_read_file and _read_fd read this much at a time */

typedef struct item {
  size_t at, len;        /* the case's text in chunk.in (NUL-terminated there) */
  long line, column;     /* where it starts in the input */
  long array_index;      /* its index in an array of cases; -1 otherwise */
  int oversize;          /* longer than EGCA_CASE_TEXT_MAX: skipped, not kept (len is 0) */
  int own;               /* given alone (egca_batch_add): its errors' positions are its own text's */
  /* The result, filled by the worker. */
  int status, clean;
  egca_error *error;     /* status < 0 (NULL when even that could not be allocated) */
  size_t out_at, out_len;
  int has_out;           /* out_at/out_len hold its JSON line */
  egca_case *cs;         /* EGCA_BATCH_TIMELINE: the case its timeline borrows from, freed once delivered */
} item;

typedef struct chunk {
  egca__buf in;          /* its cases' texts, each NUL-terminated */
  item items[CHUNK_CASES];
  egca_timeline *timelines[CHUNK_CASES]; /* EGCA_BATCH_TIMELINE: created on first use, reused */
  size_t count;
  egca__buf out;         /* the results' JSON lines */
  int done;              /* evaluated; guarded by the batch's lock */
} chunk;

typedef struct worker {
  struct egca_batch *b;
  pthread_t thread;
  egca_timeline *tl;     /* its scratch timeline (JSON only) */
  egca__json_scratch *scratch; /* the memory its cases' JSON is read into, made on first use */
} worker;

/* The stream being read (egca_batch_write). */
enum { ARRAY_BEFORE, ARRAY_BETWEEN, ARRAY_ELEMENT, ARRAY_AFTER };

/* Where a JSON value ends, found without parsing it: its strings (and their escapes) and its brackets. The
 * arrays', the values' and the format probe's one scanner. A closing bracket with none open is not counted
 * (the depth never goes below zero): it stays a byte of the value it is in, which the value's parser then
 * refuses in its place, and the values after it are cut where they end. (Counted, it left every later
 * separator inside an unclosed value: one error at the end of the input instead of one in its place.) */
typedef struct scan {
  int depth, in_string, escape;
} scan;

/* Feeds one byte of a value; 1 when it closed the value's outermost bracket. */
static inline int scan_byte(scan *s, int ch)
{
  if (s->in_string) {
    if (s->escape)
      s->escape = 0;
    else if (ch == '\\')
      s->escape = 1;
    else if (ch == '"')
      s->in_string = 0;
  } else if (ch == '"') {
    s->in_string = 1;
  } else if (ch == '{' || ch == '[') {
    s->depth++;
  } else if ((ch == '}' || ch == ']') && s->depth > 0) {
    return --s->depth == 0;
  }
  return 0;
}

/* Outside every string and bracket of the value: where a separator ends it. */
static inline int scan_outside(const scan *s) { return !s->in_string && s->depth == 0; }
enum { VALUE_BETWEEN = 0, VALUE_IN = 1 }; /* EGCA_BATCH_VALUES */

struct egca_batch {
  const egca_calendar *cal;
  const egca_rules *rules;
  const egca__rule_texts *texts; /* EGCA_BATCH_JSON: what every case's JSON copies of the rule versions, the
                                    rule set's (made, if not yet, before the threads start), only read */
  egca_batch_options o;
  egca_batch_callback callback;
  void *user;
  char source[EGCA_ERROR_TEXT_MAX];
  chunk *ring;
  size_t ring_size;
  unsigned long filled;    /* chunks handed out so far (chunk k is ring[k % ring_size]) */
  unsigned long taken;     /* chunks a worker has taken */
  unsigned long written;   /* chunks delivered */
  int stop;                /* no more chunks will come */
  pthread_mutex_t lock;
  pthread_cond_t work;     /* a chunk was handed out, or stop */
  pthread_cond_t finished; /* a chunk was evaluated */
  worker *workers;
  int threads;             /* worker threads running (0: the calling thread evaluates) */
  worker inline_worker;
  size_t held;             /* bytes of case text in the ring */
  size_t delivered;
  long added;              /* cases given to egca_batch_add */
  int stopped;             /* the callback asked to stop */
  int failed;              /* a sticky failure of the stream (EGCA_E_PARSE) or of memory */
  egca_error failure;
  int ended;               /* egca_batch_finish was called */
  /* The stream. */
  egca__buf buf;           /* the case being read, when it is cut between pieces */
  int over;                /* the case being read is past the limit: not kept */
  long line, column;       /* NDJSON: lines started; array: the position of the next byte */
  int line_open;           /* NDJSON: bytes of a line were read after the last newline */
  int phase;
  scan scan;               /* ARRAY_ELEMENT, VALUE_IN: the value being read */
  long el_line, el_column, index;
  int bracketed;           /* VALUES: the value being read started with '{' or '[' */
  /* EGCA_BATCH_AUTO, until the content decides (probe_format scans the bytes held in `probe`). */
  egca__buf probe;
  size_t probe_scanned;
  int probe_started;
  scan probe_scan;         /* the first value, once started */
};

static int fail_with(egca_error *err, const egca_error *failure)
{
  if (err != NULL)
    *err = *failure;
  return failure->code;
}

/* --- Evaluation (on a worker) ---------------------------------------------------------------------------- */

/* Appends to the chunk's output; -1 when memory runs out. */
static int out_put(chunk *k, const char *s, size_t n)
{
  egca__buf_put_n(&k->out, s, n);
  return k->out.failed ? -1 : 0;
}

/* Drops what was written after `at` (a result that could not be written whole); the buffer is usable again. */
static void out_back_to(chunk *k, size_t at)
{
  k->out.len = at;
  k->out.failed = 0;
  if (k->out.text != NULL)
    k->out.text[at] = '\0';
}

/* A case's error: positions inside the case are moved to the input's own (a case starts at
 * it->line:it->column), kept for the result, and written as {"line": N, "error": "..."}. */
static void error_result(egca_batch *b, chunk *k, item *it, int rc, egca_error *err)
{
  if (err->line > 0 && !it->own) {
    if (err->line == 1)
      err->column += (int)it->column - 1;
    err->line += (int)it->line - 1;
  }
  it->status = rc;
  it->error = malloc(sizeof *it->error);
  if (it->error != NULL)
    *it->error = *err;
  if (!(b->o.deliver & EGCA_BATCH_JSON))
    return;
  char text[2 * EGCA_ERROR_TEXT_MAX + 512];
  egca_error_format(err, text, sizeof text);
  char head[48];
  int n = snprintf(head, sizeof head, "{\"line\":%ld,\"error\":", it->line);
  const size_t at = k->out.len;
  out_put(k, head, (size_t)n);
  egca__buf_json_string(&k->out, text); /* the library's one escaper */
  if (out_put(k, "}\n", 2) < 0) {
    out_back_to(k, at);
    return;
  }
  it->out_at = at;
  it->out_len = k->out.len - at;
  it->has_out = 1;
}

static void oversize_result(egca_batch *b, chunk *k, item *it)
{
  egca_error err = {.lang = b->o.eval.lang}; /* each case's error in the batch's language */
  egca_error_clear(&err);
  err.code = EGCA_E_INVALID;
  err.line = 1;
  err.column = 1;
  snprintf(err.source, sizeof err.source, "%s", b->source);
  if (it->array_index >= 0)
    snprintf(err.pointer, sizeof err.pointer, "/%ld", it->array_index);
  snprintf(err.message, sizeof err.message,
           EGCA__TR(&err, "the case is larger than the limit of %zu bytes: skipped", "案件超过%zu字节的上限：已跳过"),
           EGCA_CASE_TEXT_MAX);
  error_result(b, k, it, err.code, &err);
}

static void run_case(egca_batch *b, worker *w, chunk *k, size_t i)
{
  item *it = &k->items[i];
  if (it->oversize) {
    oversize_result(b, k, it);
    return;
  }
  /* Blank rather than zeroed (its 1.3 KB, for every case): each failure is written by a fail function,
   * which clears it whole first. */
  egca_error err;
  egca__error_blank(&err, b->o.eval.lang);
  egca_case *cs = NULL;
  egca_timeline *tl = w->tl;
  int rc = 0;
  if (b->o.deliver & EGCA_BATCH_TIMELINE) {
    if (k->timelines[i] == NULL)
      rc = egca_timeline_new(&k->timelines[i], &err);
    tl = k->timelines[i];
  }
  if (w->scratch == NULL)
    w->scratch = egca__json_scratch_new(); /* without it, each case is read into memory of its own */
  if (rc >= 0)
    rc = egca__case_parse_in(&cs, k->in.text + it->at, it->len, b->source, w->scratch, &err);
  if (rc >= 0)
    rc = egca_case_evaluate(tl, cs, b->cal, b->rules, b->o.as_of, &b->o.eval, &err);
  if (rc >= 0 && (b->o.deliver & EGCA_BATCH_JSON)) {
    const size_t at = k->out.len;
    int wrc = egca__timeline_write_json(&k->out.text, &k->out.cap, &k->out.len, tl,
                                        EGCA_JSON_COMPACT | EGCA_JSON_APPEND, b->texts, &err);
    if (wrc >= 0 && out_put(k, "\n", 1) < 0)
      wrc = egca__fail_nomem(&err);
    if (wrc < 0) {
      out_back_to(k, at);
      rc = wrc;
    } else {
      it->out_at = at;
      it->out_len = k->out.len - at;
      it->has_out = 1;
    }
  }
  if (rc < 0) {
    error_result(b, k, it, rc, &err);
  } else {
    it->status = rc;
    it->clean = egca_timeline_clean(tl);
  }
  /* The timeline borrows from the case: a timeline to deliver keeps it until then. */
  if ((b->o.deliver & EGCA_BATCH_TIMELINE) && rc >= 0)
    it->cs = cs;
  else
    egca_case_free(cs);
}

static void run_chunk(egca_batch *b, worker *w, chunk *k)
{
  for (size_t i = 0; i < k->count; i++)
    run_case(b, w, k, i);
}

static void *work(void *arg)
{
  worker *w = arg;
  egca_batch *b = w->b;
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
  return NULL;
}

/* --- Delivery, in input order -------------------------------------------------------------------------- */

/* Waits for the oldest chunk handed out, delivers its results and frees its place in the ring. */
static void deliver_oldest(egca_batch *b)
{
  chunk *k = &b->ring[b->written % b->ring_size];
  if (b->threads > 0) {
    pthread_mutex_lock(&b->lock);
    while (!k->done)
      pthread_cond_wait(&b->finished, &b->lock);
    pthread_mutex_unlock(&b->lock);
  } else if (!b->stopped) {
    run_chunk(b, &b->inline_worker, k); /* a stopped batch evaluates nothing more */
  }
  for (size_t i = 0; i < k->count; i++) {
    item *it = &k->items[i];
    if (!b->stopped) {
      egca_batch_result r = {
        .index = b->delivered,
        .line = it->line,
        .column = it->column,
        .status = it->status,
        .error = it->error,
        .clean = it->clean,
      };
      if (it->status < 0 && it->error == NULL) {
        r.status = EGCA_E_NOMEM; /* no room even for the error */
      }
      if (b->o.deliver & EGCA_BATCH_JSON) {
        if (it->has_out) {
          r.json = k->out.text + it->out_at;
          r.json_len = it->out_len;
        } else {
          r.status = EGCA_E_NOMEM;
        }
      }
      if ((b->o.deliver & EGCA_BATCH_TIMELINE) && it->status >= 0)
        r.timeline = k->timelines[i];
      if (b->callback(&r, b->user) != 0)
        b->stopped = 1;
    }
    b->delivered++;
    free(it->error);
    it->error = NULL;
    egca_case_free(it->cs);
    it->cs = NULL;
  }
  b->held -= k->in.len;
  /* A buffer that grew for a large case goes, so that every slot of the ring does not keep one. */
  if (k->in.cap > KEEP_BYTES) {
    free(k->in.text);
    k->in.text = NULL;
    k->in.cap = 0;
  }
  if (k->out.cap > KEEP_BYTES) {
    free(k->out.text);
    k->out.text = NULL;
    k->out.cap = 0;
  }
  k->count = 0;
  k->in.len = 0;
  k->out.len = 0;
  k->done = 0;
  b->written++;
}

/* --- Adding cases ----------------------------------------------------------------------------------------- */

/* Hands the chunk being filled to the workers, after making room in the ring for the next one. */
static void hand_out(egca_batch *b)
{
  chunk *k = &b->ring[b->filled % b->ring_size];
  if (k->count == 0)
    return;
  pthread_mutex_lock(&b->lock);
  b->filled++;
  pthread_cond_signal(&b->work);
  pthread_mutex_unlock(&b->lock);
  if (b->filled - b->written == b->ring_size)
    deliver_oldest(b);
}

/* Makes room for `len` more bytes of case text: while the ring holds text and the bound would be passed,
 * the chunk being filled is handed out and the oldest chunks are delivered. */
static void make_room(egca_batch *b, size_t len)
{
  while (b->held > 0 && b->held + len > b->o.max_in_flight) {
    if (b->written < b->filled)
      deliver_oldest(b);
    else
      hand_out(b); /* only the chunk being filled holds text: hand it out, to deliver it next */
  }
}

/* Adds a case to the chunk being filled: its text, or (oversize) only its place for the error result. */
#define ADD_OWN 2 /* add_item's flag: a case given alone, whose errors keep its own positions */

static int add_item(egca_batch *b, const char *text, size_t len, long line, long column, long array_index,
                    int flags, egca_error *err)
{
  const int oversize = flags & 1;
  if (oversize)
    len = 0;
  make_room(b, len + 1);
  chunk *k = &b->ring[b->filled % b->ring_size];
  const size_t at = k->in.len;
  egca__buf_reserve(&k->in, len + 1);
  if (k->in.failed) {
    k->in.failed = 0;
    return egca__fail_nomem(err);
  }
  if (len > 0)
    memcpy(k->in.text + at, text, len);
  k->in.text[at + len] = '\0'; /* kept: the next text starts after it */
  k->in.len = at + len + 1;
  k->items[k->count++] = (item){.at = at, .len = len, .line = line, .column = column,
                                .array_index = array_index, .oversize = oversize,
                                .own = (flags & ADD_OWN) != 0};
  b->held += len + 1;
  if (k->count == CHUNK_CASES || k->in.len >= CHUNK_BYTES)
    hand_out(b);
  return 0;
}

static const char *stopped_text(const egca_error *err)
{
  return EGCA__TR(err, "the batch was stopped by its caller", "批处理已被调用方停止");
}

/* The state every adding call checks first. */
static int usable(egca_batch *b, egca_error *err)
{
  if (b->stopped)
    return egca__fail(err, EGCA_E_STOPPED, b->source, 0, "%s", stopped_text(err));
  if (b->failed)
    return fail_with(err, &b->failure);
  if (b->ended)
    return egca__fail(err, EGCA_E_INVALID, b->source, 0, "%s",
                      EGCA__TR(err, "the batch is finished: no case can be added", "批处理已结束：不能再添加案件"));
  return 0;
}

/* A failure that ends the batch's input: kept, and given by every later call (in the language of the call
 * that met it, which `message` is in). */
static int fail_stream(egca_batch *b, egca_error *err, int code, long line, const char *message)
{
  b->failure.lang = err != NULL ? err->lang : EGCA_LANG_ZH;
  egca__fail(&b->failure, code, b->source, (int)line, "%s", message);
  b->failed = 1;
  return fail_with(err, &b->failure);
}

EGCA_API int egca_batch_add(egca_batch *b, const char *text, size_t len, egca_error *err)
{
  if (b == NULL || (text == NULL && len > 0))
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s",
                      EGCA__TR(err, "egca_batch_add: no batch or no text", "egca_batch_add：未给出批处理或文本"));
  int rc = usable(b, err);
  if (rc < 0)
    return rc;
  const int oversize = len > EGCA_CASE_TEXT_MAX;
  rc = add_item(b, text, len, ++b->added, 1, -1, oversize | ADD_OWN, err);
  if (rc < 0)
    return rc;
  return b->stopped ? egca__fail(err, EGCA_E_STOPPED, b->source, 0, "%s", stopped_text(err)) : 0;
}

/* --- Streams ---------------------------------------------------------------------------------------------- */

/* Appends bytes to the case being read; -1 when memory runs out. */
static int buf_put(egca_batch *b, const char *s, size_t n)
{
  egca__buf_put_n(&b->buf, s, n);
  return b->buf.failed ? -1 : 0;
}

/* A reading buffer that grew past KEEP_BYTES for one large case is freed after it. */
static void buf_done(egca_batch *b)
{
  b->buf.len = 0;
  b->buf.failed = 0;
  b->over = 0;
  if (b->buf.cap > KEEP_BYTES) {
    free(b->buf.text);
    b->buf.text = NULL;
    b->buf.cap = 0;
  }
}

/* NDJSON: a line ended. It is a case unless blank (spaces and tabs); carriage returns before its end are
 * left out. A line is kept up to the limit of a case and one byte more (for a carriage return); the rest
 * of a longer one is read past, not kept. */
static int end_line(egca_batch *b, const char *text, size_t len, egca_error *err)
{
  b->line++;
  b->line_open = 0;
  int oversize = b->over;
  while (len > 0 && text[len - 1] == '\r')
    len--;
  oversize |= len > EGCA_CASE_TEXT_MAX;
  size_t k = 0;
  while (!oversize && k < len && (text[k] == ' ' || text[k] == '\t'))
    k++;
  int rc = 0;
  if (oversize || k < len)
    rc = add_item(b, text, len, b->line, 1, -1, oversize, err);
  buf_done(b);
  return rc;
}

static int write_lines(egca_batch *b, const char *data, size_t len, egca_error *err)
{
  while (len > 0 && !b->stopped) {
    const char *nl = memchr(data, '\n', len);
    const size_t n = nl != NULL ? (size_t)(nl - data) : len;
    b->line_open = 1;
    int rc;
    if (nl != NULL && b->buf.len == 0 && !b->over && n <= EGCA_CASE_TEXT_MAX + 1) {
      rc = end_line(b, data, n, err); /* the whole line is in this piece: no copy */
    } else {
      const size_t room = EGCA_CASE_TEXT_MAX + 1 - b->buf.len;
      if (!b->over && buf_put(b, data, n < room ? n : room) < 0)
        return egca__fail_nomem(err);
      if (n > room)
        b->over = 1;
      rc = nl != NULL ? end_line(b, b->buf.text, b->buf.len, err) : 0;
    }
    if (rc < 0)
      return rc;
    if (nl == NULL)
      break;
    data += n + 1;
    len -= n + 1;
  }
  return 0;
}

static int is_space(int ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n'; }

/* A JSON array of cases: the scanner only finds where each element ends (strings and brackets), and each
 * element is parsed on its own, from where it starts (its line:column) to its separator, white space
 * before the separator left out. An element past the limit is scanned to its end but not kept. */
static int write_array(egca_batch *b, const char *data, size_t len, egca_error *err)
{
  for (size_t i = 0; i < len && !b->stopped; i++) {
    const int ch = (unsigned char)data[i];
    switch (b->phase) {
    case ARRAY_BEFORE:
      if (ch == '[')
        b->phase = ARRAY_BETWEEN;
      else if (!is_space(ch))
        return fail_stream(b, err, EGCA_E_PARSE, b->line,
                           EGCA__TR(err, "expected a JSON array of cases ('[')", "应为案件的JSON数组（'['）"));
      break;
    case ARRAY_BETWEEN:
      if (is_space(ch))
        break;
      if (ch == ']' && b->index == 0) {
        b->phase = ARRAY_AFTER;
        break;
      }
      b->phase = ARRAY_ELEMENT;
      b->el_line = b->line;
      b->el_column = b->column;
      b->scan = (scan){0};
      /* This byte is the element's first. */
      __attribute__((fallthrough));
    case ARRAY_ELEMENT:
      if (scan_outside(&b->scan) && (ch == ',' || ch == ']')) {
        size_t n = b->buf.len;
        while (n > 0 && is_space((unsigned char)b->buf.text[n - 1]))
          n--;
        int rc = add_item(b, b->buf.text, n, b->el_line, b->el_column, b->index++, b->over, err);
        buf_done(b);
        if (rc < 0)
          return rc;
        b->phase = ch == ']' ? ARRAY_AFTER : ARRAY_BETWEEN;
        break;
      }
      if (!b->over && b->buf.len == EGCA_CASE_TEXT_MAX)
        b->over = 1;
      if (!b->over && buf_put(b, (const char *)&data[i], 1) < 0)
        return egca__fail_nomem(err);
      scan_byte(&b->scan, ch);
      break;
    default: /* ARRAY_AFTER */
      if (!is_space(ch))
        return fail_stream(b, err, EGCA_E_PARSE, b->line,
                           EGCA__TR(err, "text after the array of cases", "案件数组之后还有文本"));
      break;
    }
    if (ch == '\n') {
      b->line++;
      b->column = 1;
    } else if ((ch & 0xC0) != 0x80) {
      b->column++; /* columns count characters, as the JSON reader's positions do */
    }
  }
  return 0;
}

/* JSON values one after another (EGCA_BATCH_VALUES): the scanner of arrays, without the array. Each value
 * is parsed on its own, from where it starts (its line:column). */
static int end_value(egca_batch *b, egca_error *err)
{
  int rc = add_item(b, b->buf.text, b->buf.len, b->el_line, b->el_column, -1, b->over, err);
  buf_done(b);
  b->phase = VALUE_BETWEEN;
  return rc;
}

static int write_values(egca_batch *b, const char *data, size_t len, egca_error *err)
{
  for (size_t i = 0; i < len && !b->stopped; i++) {
    const int ch = (unsigned char)data[i];
    if (b->phase == VALUE_BETWEEN && !is_space(ch)) {
      b->phase = VALUE_IN;
      b->el_line = b->line;
      b->el_column = b->column;
      b->scan = (scan){0};
      b->bracketed = ch == '{' || ch == '[';
    }
    if (b->phase == VALUE_IN) {
      if (!b->bracketed && scan_outside(&b->scan) && is_space(ch)) {
        int rc = end_value(b, err); /* a value that is no object or array ends before white space */
        if (rc < 0)
          return rc;
      } else {
        if (!b->over && b->buf.len == EGCA_CASE_TEXT_MAX)
          b->over = 1;
        if (!b->over && buf_put(b, (const char *)&data[i], 1) < 0)
          return egca__fail_nomem(err);
        if (scan_byte(&b->scan, ch) && b->bracketed) {
          int rc = end_value(b, err);
          if (rc < 0)
            return rc;
        }
      }
    }
    if (ch == '\n') {
      b->line++;
      b->column = 1;
    } else if ((ch & 0xC0) != 0x80) {
      b->column++;
    }
  }
  return 0;
}

static int write_format(egca_batch *b, const char *data, size_t len, egca_error *err)
{
  switch (b->o.format) {
  case EGCA_BATCH_ARRAY:
    return write_array(b, data, len, err);
  case EGCA_BATCH_VALUES:
    return write_values(b, data, len, err);
  default:
    return write_lines(b, data, len, err);
  }
}

/* EGCA_BATCH_AUTO: the format the bytes held so far decide (ARRAY, NDJSON, VALUES), or AUTO while they do
 * not. Scans only the bytes not scanned yet. */
static egca_batch_format probe_format(egca_batch *b)
{
  const unsigned char *p = (const unsigned char *)b->probe.text;
  size_t i = b->probe_scanned;
  if (i == 0 && !b->probe_started) {
    if (b->probe.len < 3 && memcmp(p, "\xEF\xBB\xBF", b->probe.len) == 0)
      return EGCA_BATCH_AUTO; /* perhaps a byte order mark: wait for its end */
    if (memcmp(p, "\xEF\xBB\xBF", 3) == 0)
      i = 3;
  }
  for (; i < b->probe.len; i++) {
    const int ch = p[i];
    if (!b->probe_started) {
      if (is_space(ch))
        continue;
      if (ch == '[')
        return EGCA_BATCH_ARRAY;
      if (ch != '{')
        return EGCA_BATCH_NDJSON; /* not a case: each line gives its own error */
      b->probe_started = 1;
      scan_byte(&b->probe_scan, ch);
      continue;
    }
    if (ch == '\n')
      return EGCA_BATCH_VALUES; /* the first case goes on past its first line */
    if (scan_byte(&b->probe_scan, ch))
      return EGCA_BATCH_NDJSON; /* the first case ended on its line */
  }
  b->probe_scanned = i;
  /* A first line past the limit of a case is an error either way: NDJSON reads past it. */
  return b->probe.len > EGCA_CASE_TEXT_MAX + 3 ? EGCA_BATCH_NDJSON : EGCA_BATCH_AUTO;
}

/* Takes the format decided and feeds it the bytes held (a byte order mark left out but for NDJSON, where
 * the first case's parser skips it as before). */
static int probe_decide(egca_batch *b, egca_batch_format format, egca_error *err)
{
  b->o.format = format;
  b->line = format == EGCA_BATCH_NDJSON ? 0 : 1;
  b->column = 1;
  size_t from = 0;
  if (format != EGCA_BATCH_NDJSON && b->probe.len >= 3 && memcmp(b->probe.text, "\xEF\xBB\xBF", 3) == 0)
    from = 3;
  int rc = b->probe.len > from ? write_format(b, b->probe.text + from, b->probe.len - from, err) : 0;
  free(b->probe.text);
  b->probe = (egca__buf){0};
  return rc;
}

static int write_auto(egca_batch *b, const char *data, size_t len, egca_error *err)
{
  if (len == 0)
    return 0;
  egca__buf_put_n(&b->probe, data, len);
  if (b->probe.failed)
    return egca__fail_nomem(err);
  const egca_batch_format format = probe_format(b);
  return format == EGCA_BATCH_AUTO ? 0 : probe_decide(b, format, err);
}

EGCA_API int egca_batch_write(egca_batch *b, const char *data, size_t len, egca_error *err)
{
  if (b == NULL || (data == NULL && len > 0))
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s",
                      EGCA__TR(err, "egca_batch_write: no batch or no data", "egca_batch_write：未给出批处理或数据"));
  int rc = usable(b, err);
  if (rc >= 0)
    rc = b->o.format == EGCA_BATCH_AUTO ? write_auto(b, data, len, err) : write_format(b, data, len, err);
  if (rc >= 0 && b->stopped)
    rc = egca__fail(err, EGCA_E_STOPPED, b->source, 0, "%s", stopped_text(err));
  return rc;
}

EGCA_API int egca_batch_read_fd(egca_batch *b, int fd, egca_error *err)
{
  if (b == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s",
                      EGCA__TR(err, "egca_batch_read_fd: no batch", "egca_batch_read_fd：未给出批处理"));
  char *piece = malloc(READ_BYTES);
  if (piece == NULL)
    return egca__fail_nomem(err);
  int rc = 0;
  for (;;) {
    ssize_t n = read(fd, piece, READ_BYTES);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      rc = egca__fail(err, EGCA_E_IO, b->source, 0, EGCA__TR(err, "read error: %s", "读取出错：%s"),
                      egca__errno_text(errno, err));
      break;
    }
    if (n == 0 || (rc = egca_batch_write(b, piece, (size_t)n, err)) < 0)
      break;
  }
  free(piece);
  return rc;
}

EGCA_API int egca_batch_read_file(egca_batch *b, FILE *f, egca_error *err)
{
  if (b == NULL || f == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s",
                      EGCA__TR(err, "egca_batch_read_file: no batch or no file",
                               "egca_batch_read_file：未给出批处理或文件"));
  char *piece = malloc(READ_BYTES);
  if (piece == NULL)
    return egca__fail_nomem(err);
  int rc = 0;
  size_t n;
  while ((n = fread(piece, 1, READ_BYTES, f)) > 0)
    if ((rc = egca_batch_write(b, piece, n, err)) < 0)
      break;
  if (rc >= 0 && ferror(f))
    rc = egca__fail(err, EGCA_E_IO, b->source, 0, "%s", EGCA__TR(err, "read error", "读取出错"));
  free(piece);
  return rc;
}

/* --- The batch -------------------------------------------------------------------------------------------- */

EGCA_API int egca_batch_new(egca_batch **out, const egca_calendar *calendar, const egca_rules *rules,
                            const egca_batch_options *options, const char *source, egca_batch_callback callback,
                            void *user, egca_error *err)
{
  if (out == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s",
                      EGCA__TR(err, "egca_batch_new: no result pointer", "egca_batch_new：未给出结果指针"));
  *out = NULL;
  if (calendar == NULL || rules == NULL || options == NULL || callback == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s",
                      EGCA__TR(err, "egca_batch_new: no calendar, rules, options or callback",
                               "egca_batch_new：未给出日历、规则、选项或回调函数"));
  if (options->jobs < 0 || options->jobs > EGCA_BATCH_JOBS_MAX)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "egca_batch_new: jobs %d is out of range (0..%d)",
                               "egca_batch_new：jobs %d超出范围（0..%d）"),
                      options->jobs, EGCA_BATCH_JOBS_MAX);
  if ((options->deliver & ~(EGCA_BATCH_JSON | EGCA_BATCH_TIMELINE)) != 0 ||
      (options->format != EGCA_BATCH_NDJSON && options->format != EGCA_BATCH_ARRAY &&
       options->format != EGCA_BATCH_VALUES && options->format != EGCA_BATCH_AUTO))
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s",
                      EGCA__TR(err, "egca_batch_new: unknown deliver flags or format",
                               "egca_batch_new：未知的deliver标志或格式"));
  egca_batch *b = calloc(1, sizeof *b);
  if (b == NULL)
    return egca__fail_nomem(err);
  b->cal = calendar;
  b->rules = rules;
  b->o = *options;
  if (b->o.deliver == 0)
    b->o.deliver = EGCA_BATCH_JSON;
  if (b->o.max_in_flight == 0)
    b->o.max_in_flight = EGCA_BATCH_IN_FLIGHT;
  b->callback = callback;
  b->user = user;
  snprintf(b->source, sizeof b->source, "%s", source != NULL ? source : "<batch>");
  b->line = b->o.format == EGCA_BATCH_ARRAY || b->o.format == EGCA_BATCH_VALUES ? 1 : 0;
  b->column = 1;
  if (pthread_mutex_init(&b->lock, NULL) != 0) {
    free(b);
    return egca__fail_nomem(err);
  }
  if (pthread_cond_init(&b->work, NULL) != 0) {
    pthread_mutex_destroy(&b->lock);
    free(b);
    return egca__fail_nomem(err);
  }
  if (pthread_cond_init(&b->finished, NULL) != 0) {
    pthread_cond_destroy(&b->work);
    pthread_mutex_destroy(&b->lock);
    free(b);
    return egca__fail_nomem(err);
  }
  const int jobs = b->o.jobs > 1 ? b->o.jobs : 0;
  b->ring_size = jobs > 0 ? 2 * (size_t)jobs + 2 : 1;
  b->ring = calloc(b->ring_size, sizeof *b->ring);
  b->inline_worker.b = b;
  if (b->ring == NULL || ((b->o.deliver & EGCA_BATCH_JSON) && egca_timeline_new(&b->inline_worker.tl, err) < 0) ||
      (jobs > 0 && (b->workers = calloc((size_t)jobs, sizeof *b->workers)) == NULL) ||
      ((b->o.deliver & EGCA_BATCH_JSON) && egca__rule_texts_of_rules(&b->texts, rules, b->o.eval.lang, 1, err) < 0)) {
    egca_batch_free(b);
    return egca__fail_nomem(err);
  }
  for (int i = 0; i < jobs; i++) {
    worker *w = &b->workers[i];
    w->b = b;
    if ((b->o.deliver & EGCA_BATCH_JSON) && egca_timeline_new(&w->tl, err) < 0) {
      egca_batch_free(b);
      return EGCA_E_NOMEM;
    }
    if (pthread_create(&w->thread, NULL, work, w) != 0) {
      egca_timeline_free(w->tl);
      w->tl = NULL;
      break; /* the batch goes on with the threads that started */
    }
    b->threads++;
  }
  if (jobs > 0 && b->threads == 0)
    b->ring_size = 1; /* no thread could start: the calling thread evaluates */
  *out = b;
  return 0;
}

/* Stops the workers once the chunks handed out are done (or, `drop`, once those taken are). */
static void stop_workers(egca_batch *b, int drop)
{
  pthread_mutex_lock(&b->lock);
  if (drop) {
    /* Chunks not taken are dropped; a worker finishes the one it holds. */
    for (unsigned long k = b->taken; k < b->filled; k++)
      b->ring[k % b->ring_size].done = 1;
    b->filled = b->taken;
  }
  b->stop = 1;
  pthread_cond_broadcast(&b->work);
  pthread_mutex_unlock(&b->lock);
  for (int i = 0; i < b->threads; i++)
    pthread_join(b->workers[i].thread, NULL);
  b->threads = 0;
}

EGCA_API int egca_batch_finish(egca_batch *b, egca_error *err)
{
  if (b == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s",
                      EGCA__TR(err, "egca_batch_finish: no batch", "egca_batch_finish：未给出批处理"));
  int rc = b->ended ? egca__fail(err, EGCA_E_INVALID, b->source, 0, "%s",
                                 EGCA__TR(err, "the batch is finished already", "批处理已经结束"))
                    : 0;
  if (rc < 0)
    return rc;
  if (!b->failed && b->o.format == EGCA_BATCH_AUTO) /* the input ended undecided: lines */
    rc = probe_decide(b, EGCA_BATCH_NDJSON, err);
  if (rc < 0) {
    /* kept: the cases read are still delivered */
  } else if (b->failed) {
    rc = fail_with(err, &b->failure);
  } else if (b->o.format == EGCA_BATCH_VALUES) {
    if (b->phase == VALUE_IN && !b->stopped)
      rc = end_value(b, err); /* not closed: the parser names where it ends */
  } else if (b->o.format == EGCA_BATCH_ARRAY) {
    if (b->phase == ARRAY_BEFORE)
      rc = fail_stream(b, err, EGCA_E_PARSE, b->line,
                       EGCA__TR(err, "expected a JSON array of cases: the input is empty",
                                "应为案件的JSON数组：输入为空"));
    else if (b->phase != ARRAY_AFTER)
      rc = fail_stream(b, err, EGCA_E_PARSE, b->line,
                       EGCA__TR(err, "the array of cases is not closed", "案件数组没有闭合"));
  } else if (b->line_open && !b->stopped) {
    rc = end_line(b, b->buf.text != NULL ? b->buf.text : "", b->buf.len, err);
  }
  b->ended = 1;
  /* Whatever was handed out is delivered, even after a failure of the stream. */
  hand_out(b);
  while (b->written < b->filled)
    deliver_oldest(b);
  stop_workers(b, 0);
  if (rc >= 0 && b->stopped)
    rc = egca__fail(err, EGCA_E_STOPPED, b->source, 0, "%s", stopped_text(err));
  return rc;
}

EGCA_API size_t egca_batch_delivered(const egca_batch *b) { return b != NULL ? b->delivered : 0; }

EGCA_API void egca_batch_free(egca_batch *b)
{
  if (b == NULL)
    return;
  if (b->threads > 0)
    stop_workers(b, 1);
  if (b->workers != NULL)
    for (int i = 0; i < b->o.jobs; i++) {
      egca_timeline_free(b->workers[i].tl);
      egca__json_scratch_free(b->workers[i].scratch);
    }
  free(b->workers);
  egca_timeline_free(b->inline_worker.tl);
  egca__json_scratch_free(b->inline_worker.scratch);
  for (size_t i = 0; b->ring != NULL && i < b->ring_size; i++) {
    chunk *k = &b->ring[i];
    for (size_t j = 0; j < CHUNK_CASES; j++) {
      egca_timeline_free(k->timelines[j]);
      if (j < k->count) {
        free(k->items[j].error);
        egca_case_free(k->items[j].cs);
      }
    }
    free(k->in.text);
    free(k->out.text);
  }
  free(b->ring);
  free(b->buf.text);
  free(b->probe.text);
  pthread_cond_destroy(&b->finished);
  pthread_cond_destroy(&b->work);
  pthread_mutex_destroy(&b->lock);
  free(b);
}
