/* egca command — serve [--listen ADDR:PORT] [--timeout SECONDS] [--max-body BYTES]
 *
 * The command's answers over HTTP, on GNU libmicrohttpd (docs/openapi.yaml describes them): a pool of one
 * polling thread per processor (epoll), each request answered on the thread that reads it. The JSON bodies
 * are the command's `--format json` output, written by the same code (the library's *_to_json).
 * Nothing a request sends is kept: the calendars and the rules are loaded once, at start, and only read.
 *
 * Limits, so that slow or stalled clients cannot starve the others: at most SERVE_CONNECTIONS connections at
 * once; a connection idle for --timeout seconds is closed; a request body must arrive within
 * SERVE_BODY_TIMEOUTS times --timeout, else its connection is closed (logged as 408: libmicrohttpd answers
 * only once a body is in); a body longer than --max-body (at most the case limit, EGCA_CASE_TEXT_MAX) is
 * refused before it is read when its Content-Length says so (413), and not kept past the limit when it comes
 * in chunks (413 once it ends). One line per request goes to stderr. SIGTERM (or SIGINT) stops accepting,
 * lets the requests under way finish (for at most --timeout seconds more) and exits 0. */
#define _GNU_SOURCE /* strcasestr */
#include "cli.h"
#include "serve.h"
#include "timeline_batch.h"

#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#define SERVE_CONNECTIONS 1024      /* at once, when the limit of open files allows (else fewer) */
#define SERVE_BODY_TIMEOUTS 3       /* a body must arrive within this many --timeout */

/* A text of the service's own in `lang`, English first: both literals are checked as formats against the
 * same arguments (as CLI_TR; a request's language is its own, not the command's). */
#define LANG_TR(lang, en, zh) ((lang) == EGCA_LANG_EN ? (en) : (zh))

/* --- libmicrohttpd, loaded when the service starts ------------------------------------------------------- */

/* The command does not link libmicrohttpd: it brings gnutls and its dependencies, which the dynamic loader
 * would relocate at every command's start (twice the instructions of `egca --version`, 2.6 MiB more memory).
 * egca serve loads it with dlopen, by the SONAME of the library found at build time (EGCA_MICROHTTPD_SONAME,
 * meson.build), and calls it through `mhd`, whose members have the types <microhttpd.h> declares. A call
 * written MHD_name(...) instead would not link, which keeps every call going through here. */
#define MHD_FUNCTIONS(X)                                                                                     \
  X(add_response_header) X(create_post_processor) X(create_response_from_buffer)                             \
  X(create_response_from_callback) X(destroy_post_processor) X(destroy_response) X(get_connection_values)     \
  X(get_daemon_info) X(lookup_connection_value) X(post_process) X(queue_response) X(quiesce_daemon)           \
  X(start_daemon) X(stop_daemon)

_Static_assert(sizeof(void (*)(void)) == sizeof(void *), "dlsym gives functions as void *");
static struct {
  void *lib;
#define MHD_MEMBER(name) __typeof__(MHD_##name) *name;
  MHD_FUNCTIONS(MHD_MEMBER)
#undef MHD_MEMBER
} mhd;

static void mhd_close(void)
{
  if (mhd.lib != NULL)
    dlclose(mhd.lib);
  memset(&mhd, 0, sizeof mhd);
}

/* Loads libmicrohttpd and finds every function the service calls: EXIT_DONE, or prints why not (naming the
 * library) and returns EXIT_INVALID with nothing loaded. */
static int mhd_open(void)
{
  const char *why = NULL;
  mhd.lib = dlopen(EGCA_MICROHTTPD_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (mhd.lib == NULL)
    why = dlerror();
  /* POSIX gives dlsym's answer as void *; its bytes are the function's address (memcpy: ISO C has no cast
   * from an object pointer to a function pointer). */
#define MHD_FIND(name)                                                                                       \
  if (why == NULL) {                                                                                         \
    void *f = dlsym(mhd.lib, "MHD_" #name);                                                                  \
    if (f == NULL)                                                                                           \
      why = dlerror();                                                                                       \
    else                                                                                                     \
      memcpy(&mhd.name, &f, sizeof f);                                                                       \
  }
  MHD_FUNCTIONS(MHD_FIND)
#undef MHD_FIND
  if (why == NULL && mhd.lib != NULL)
    return EXIT_DONE;
  int code = cli_fail(EXIT_INVALID, "serve",
                      CLI_TR("cannot load %s (GNU libmicrohttpd), which egca serve needs: %s",
                             "无法加载egca serve所需的%s（GNU libmicrohttpd）：%s"),
                      EGCA_MICROHTTPD_SONAME, why != NULL ? why : "?");
  mhd_close();
  return code;
}

/* --- The server's state: loaded at start, then only read ------------------------------------------------ */

typedef struct server {
  cli *c;
  const egca_calendar *national;   /* the national calendar (built-in or --holidays) */
  const egca_calendar *standard;   /* the calendar the command would use: with --office / --local, theirs */
  int fixed_office;                /* --office or --local given: every case counts on `standard` */
  egca_office_calendars *offices;  /* without them: each office's, those with rest days of their own built at start */
  const egca_rules *rules;
  size_t max_body;
  unsigned timeout;                /* seconds */
} server;

static server S;

/* The calendar of acceptance office `code` (NULL: the server's own); NULL with *why set (in `lang`) when the
 * server cannot count on it. */
static const egca_calendar *office_calendar(const char *code, egca_lang lang, const char **why)
{
  if (code == NULL)
    return S.standard;
  const egca_office *o = egca_office_find(code);
  if (o == NULL) {
    *why = LANG_TR(lang, "is no acceptance office (GET /v1/offices lists them)",
                         "不是受理机构（GET /v1/offices列出全部）");
    return NULL;
  }
  if (S.fixed_office) {
    if (S.c->office != NULL && strcmp(S.c->office, o->code) == 0)
      return S.standard;
    *why = LANG_TR(lang, "is not the office this server was started for (egca serve --office)",
                         "不是本服务启动时指定的受理机构（egca serve --office）");
    return NULL;
  }
  const egca_calendar *cal = S.national; /* a region without rest days of its own keeps the national ones */
  if (o->local_holidays && egca_office_calendars_get(&cal, S.offices, o->code, NULL) < 0) {
    *why = LANG_TR(lang, "has a calendar that could not be loaded", "的日历无法加载"); /* not after load(), which built it */
    return NULL;
  }
  return cal;
}

/* --- Requests ----------------------------------------------------------------------------------------- */

typedef enum route {
  ROUTE_NONE,
  ROUTE_PAGE,      /* GET / */
  ROUTE_VIEW,      /* POST /view */
  ROUTE_HEALTH,    /* GET /healthz */
  ROUTE_TIMELINE,  /* POST /v1/timeline */
  ROUTE_ASSESS,    /* POST /v1/assess */
  ROUTE_DEADLINE,  /* GET /v1/deadline/{rule} */
  ROUTE_DAYS,      /* GET /v1/calendar/days */
  ROUTE_RULES,     /* GET /v1/rules */
  ROUTE_OFFICES    /* GET /v1/offices */
} route;

/* The readings of open questions a request picks (reading=QUESTION=READING, repeatable), as the command's
 * --reading: the choices point into `text`. */
#define SERVE_READINGS_MAX 16
typedef struct serve_readings {
  egca_reading_choice list[SERVE_READINGS_MAX];
  char text[SERVE_READINGS_MAX][160];
  size_t count;
  char why[400]; /* the first bad one, when not empty */
  egca_lang lang; /* the language of `why` */
} serve_readings;

/* A text growing in memory on POSIX open_memstream: a request's body as it comes in, an answer as it is
 * written. The stream is opened at the first write; `len` counts the bytes written (the stream tells its size
 * only when flushed). After a write fails (memory) `failed` is set and later writes do nothing: it is checked
 * once, when the text is taken (memtext_close). Start from {0}; free with memtext_free. */
typedef struct memtext {
  FILE *f;
  char *data;  /* after memtext_close: the len bytes, NUL-terminated, from malloc (NULL when none written) */
  size_t size; /* the stream's own count, set when it is closed */
  size_t len;
  int failed;
} memtext;

/* The stream, opened at the first call; NULL when it could not be (failed set). */
static FILE *memtext_file(memtext *t)
{
  if (t->f == NULL && !t->failed && (t->f = open_memstream(&t->data, &t->size)) == NULL)
    t->failed = 1;
  return t->failed ? NULL : t->f;
}

static void memtext_write(memtext *t, const char *data, size_t n)
{
  FILE *f = n > 0 ? memtext_file(t) : NULL;
  if (f == NULL)
    return;
  if (fwrite(data, 1, n, f) != n)
    t->failed = 1;
  else
    t->len += n;
}

static void memtext_puts(memtext *t, const char *s) { memtext_write(t, s, strlen(s)); }

static void memtext_printf(memtext *t, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void memtext_printf(memtext *t, const char *fmt, ...)
{
  FILE *f = memtext_file(t);
  if (f == NULL)
    return;
  va_list ap;
  va_start(ap, fmt);
  const int n = vfprintf(f, fmt, ap);
  va_end(ap);
  if (n < 0)
    t->failed = 1;
  else
    t->len += (size_t)n;
}

/* Ends the writing: 0, t->data then holding the t->len bytes; or -1 when a write or the close failed (memory;
 * nothing is kept). Once closed, it is not written again. */
static int memtext_close(memtext *t)
{
  if (t->f != NULL) {
    if (fclose(t->f) != 0)
      t->failed = 1;
    t->f = NULL;
    t->len = t->size;
  }
  if (t->failed) {
    free(t->data);
    t->data = NULL;
    t->len = 0;
    return -1;
  }
  return 0;
}

static void memtext_free(memtext *t)
{
  if (t->f != NULL)
    fclose(t->f);
  free(t->data);
  *t = (memtext){0};
}

typedef struct request {
  struct timespec started;
  char method[16];
  char path[256];           /* for the log line: control characters replaced */
  unsigned status;          /* the status answered (0: none yet) */
  route route;
  int responded;            /* a response is queued: the rest of the body is dropped */
  int ndjson;               /* POST /v1/timeline with Content-Type application/x-ndjson */
  size_t limit;             /* the most body bytes taken */
  memtext body;             /* the body (for /view: the case text field) */
  memtext file;             /* /view: the uploaded file */
  char as_of[16];           /* /view: the form's as_of field */
  size_t as_of_len;
  int too_large;             /* the body went past the limit: the rest is read and dropped, then 413 */
  int bad_form;              /* the form could not be read: the same, then 400 */
  struct MHD_PostProcessor *form;
  serve_readings readings;   /* reading=QUESTION=READING of POST /v1/timeline */
  egca_lang lang;            /* the language of the answer's texts and errors (request_lang) */
} request;

/* The request's own text in its language: REQ_TR(r, "no case", "没有案件"), both checked as formats. */
#define REQ_TR(r, en, zh) LANG_TR((r)->lang, en, zh)

/* How a request's cases are evaluated: as the command (cli_office_options), each case's acceptance on its own
 * office's calendar unless the server was started for one (--office, --local); with the readings picked, in
 * the request's language. */
static egca_timeline_options case_options(const serve_readings *readings, egca_lang lang)
{
  return (egca_timeline_options){.office_calendar = S.fixed_office ? S.standard : NULL,
                                 .office_calendars = S.offices,
                                 .readings = readings->list,
                                 .reading_count = readings->count,
                                 .lang = lang};
}

static double elapsed_ms(const struct timespec *from)
{
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (double)(now.tv_sec - from->tv_sec) * 1e3 + (double)(now.tv_nsec - from->tv_nsec) / 1e6;
}

/* Gives `resp` its headers (Content-Type `type`; Allow on a 405; on the page, a policy that it loads
 * nothing) and queues it; the response is then libmicrohttpd's. MHD_NO (the connection is closed) when
 * memory ran out for a header. */
static enum MHD_Result queue(struct MHD_Connection *conn, request *r, unsigned status, struct MHD_Response *resp,
                             const char *type)
{
  int ok = mhd.add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, type) == MHD_YES;
  /* The language of every text of the answer (RFC 9110, 8.5): the one the request asked for. */
  if (ok)
    ok = mhd.add_response_header(resp, MHD_HTTP_HEADER_CONTENT_LANGUAGE, egca_lang_name(r->lang)) == MHD_YES;
  if (ok && status == MHD_HTTP_METHOD_NOT_ALLOWED)
    ok = mhd.add_response_header(resp, MHD_HTTP_HEADER_ALLOW,
                                 r->route == ROUTE_VIEW || r->route == ROUTE_TIMELINE || r->route == ROUTE_ASSESS
                                     ? "POST"
                                     : "GET, HEAD") == MHD_YES;
  if (ok && (r->route == ROUTE_PAGE || r->route == ROUTE_VIEW)) /* the pages run no script, load nothing */
    ok = mhd.add_response_header(resp, "Content-Security-Policy",
                                 "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'") == MHD_YES;
  enum MHD_Result queued = ok ? mhd.queue_response(conn, status, resp) : MHD_NO;
  mhd.destroy_response(resp);
  r->status = status;
  r->responded = 1;
  return queued;
}

/* Queues `data` (len bytes, from malloc: the response frees it) with `status` and `type`. */
static enum MHD_Result send_owned(struct MHD_Connection *conn, request *r, unsigned status, const char *type,
                                  char *data, size_t len)
{
  struct MHD_Response *resp = mhd.create_response_from_buffer(len, data, MHD_RESPMEM_MUST_FREE);
  if (resp == NULL) {
    free(data);
    return MHD_NO;
  }
  return queue(conn, r, status, resp, type);
}

/* The answer when memory ran out: composed without allocating, in the request's language (egca_strerror_lang's
 * words), in the shape egca_error_to_json gives. */
static enum MHD_Result send_nomem(struct MHD_Connection *conn, request *r)
{
  static const char nomem_en[] = "{\"error\":{\"code\":\"out_of_memory\",\"message\":\"out of memory\","
                                 "\"pointer\":null,\"line\":null,\"column\":null}}\n";
  static const char nomem_zh[] = "{\"error\":{\"code\":\"out_of_memory\",\"message\":\"内存不足\","
                                 "\"pointer\":null,\"line\":null,\"column\":null}}\n";
  const int en = r->lang == EGCA_LANG_EN;
  struct MHD_Response *resp = mhd.create_response_from_buffer(
      en ? sizeof nomem_en - 1 : sizeof nomem_zh - 1, (void *)(en ? nomem_en : nomem_zh), MHD_RESPMEM_PERSISTENT);
  if (resp == NULL)
    return MHD_NO;
  return queue(conn, r, MHD_HTTP_INTERNAL_SERVER_ERROR, resp, "application/json");
}

/* Sends a text written in memory (taking it); 500 when memory ran out writing it. */
static enum MHD_Result send_answer(struct MHD_Connection *conn, request *r, unsigned status, const char *type,
                                   memtext *t)
{
  if (memtext_close(t) < 0) {
    memtext_free(t);
    return send_nomem(conn, r);
  }
  char *data = t->data;
  size_t len = t->len;
  *t = (memtext){0};
  if (data == NULL && (data = malloc(1)) == NULL)
    return MHD_NO;
  return send_owned(conn, r, status, type, data, len);
}

/* Sends `text` and then `tail` (NULL: nothing), copied. */
static enum MHD_Result send_text(struct MHD_Connection *conn, request *r, unsigned status, const char *type,
                                 const char *text, const char *tail)
{
  memtext t = {0};
  memtext_puts(&t, text);
  if (tail != NULL)
    memtext_puts(&t, tail);
  return send_answer(conn, r, status, type, &t);
}

/* {"error": {"code", "message", "pointer", "line", "column"}} (egca_error_to_json): pointer, line and column
 * `err`'s, null when unknown. */
static enum MHD_Result send_error(struct MHD_Connection *conn, request *r, unsigned status, const char *code,
                                  const egca_error *err, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

static enum MHD_Result send_error(struct MHD_Connection *conn, request *r, unsigned status, const char *code,
                                  const egca_error *err, const char *fmt, ...)
{
  char message[2 * EGCA_ERROR_TEXT_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(message, sizeof message, fmt, ap);
  va_end(ap);
  if (r->route == ROUTE_VIEW) { /* the form's answers are for a person: the same fields, as a page */
    const char *source = r->file.len > 0 ? "上传的文件 / the uploaded file"
                         : r->body.len > 0 ? "粘贴的文本 / the pasted text"
                                           : NULL;
    memtext page = {0};
    FILE *f = memtext_file(&page);
    if (f != NULL && serve_error_page(f, status, code, message, err != NULL && err->pointer[0] != '\0' ? err->pointer : NULL,
                                      err != NULL ? err->line : 0, err != NULL ? err->column : 0, source) < 0)
      page.failed = 1;
    return send_answer(conn, r, status, "text/html; charset=utf-8", &page);
  }
  char *json = NULL;
  egca_error json_err = {.lang = r->lang};
  if (egca_error_to_json(&json, code, message, err, EGCA_JSON_COMPACT, &json_err) < 0)
    return send_nomem(conn, r);
  enum MHD_Result ok = send_text(conn, r, status, "application/json", json, "\n");
  egca_error_string_free(json);
  return ok;
}

/* A library error as the HTTP status that fits it: bad JSON 400; valid JSON that is no valid case,
 * profile or question 422; outside the calendar 422; memory 500. */
static enum MHD_Result send_library_error(struct MHD_Connection *conn, request *r, int rc, const egca_error *err)
{
  switch (rc) {
  case EGCA_E_PARSE: return send_error(conn, r, MHD_HTTP_BAD_REQUEST, "parse", err, "%s", err->message);
  case EGCA_E_COVERAGE: return send_error(conn, r, MHD_HTTP_UNPROCESSABLE_CONTENT, "coverage", err, "%s", err->message);
  case EGCA_E_NOTFOUND: return send_error(conn, r, MHD_HTTP_NOT_FOUND, "not_found", err, "%s", err->message);
  case EGCA_E_NOMEM:
    return send_error(conn, r, MHD_HTTP_INTERNAL_SERVER_ERROR, "out_of_memory", NULL, "%s",
                      egca_strerror_lang(EGCA_E_NOMEM, r->lang));
  default: return send_error(conn, r, MHD_HTTP_UNPROCESSABLE_CONTENT, "invalid", err, "%s", err->message);
  }
}

/* Sends a JSON answer the library wrote on one line (EGCA_JSON_COMPACT) with its newline, as the command
 * prints it; a failure of the library's (rc < 0) as its error. */
static enum MHD_Result send_json_line(struct MHD_Connection *conn, request *r, const char *json, int rc,
                                      const egca_error *err)
{
  if (rc < 0)
    return send_library_error(conn, r, rc, err);
  return send_text(conn, r, MHD_HTTP_OK, "application/json", json, "\n");
}

/* --- Query parameters -------------------------------------------------------------------------------- */

typedef struct params {
  const char *const *allowed; /* NULL-terminated; a name ending in '*' may repeat */
  const char *bad;            /* the first parameter not allowed, or repeated */
  int repeated;
  const char *seen[8];
  size_t seen_count;
} params;

static enum MHD_Result check_param(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
  (void)kind;
  (void)value;
  params *p = cls;
  static const char *const everywhere[] = {"lang", NULL}; /* every route takes lang (request_lang) */
  for (const char *const *a = strcmp(key, "lang") == 0 ? everywhere : p->allowed; *a != NULL; a++) {
    size_t n = strlen(*a);
    int repeatable = (*a)[n - 1] == '*';
    if (strncmp(key, *a, n - (size_t)repeatable) != 0 || key[n - (size_t)repeatable] != '\0')
      continue;
    if (!repeatable) {
      for (size_t i = 0; i < p->seen_count; i++)
        if (strcmp(p->seen[i], key) == 0) {
          p->bad = key;
          p->repeated = 1;
          return MHD_NO;
        }
      if (p->seen_count < sizeof p->seen / sizeof p->seen[0])
        p->seen[p->seen_count++] = key;
    }
    return MHD_YES;
  }
  p->bad = key;
  return MHD_NO;
}

/* 400 naming the first query parameter the route does not take (or that is repeated); MHD_YES with nothing
 * queued when all are fine (r->responded says which). */
static enum MHD_Result check_params(struct MHD_Connection *conn, request *r, const char *const *allowed)
{
  params p = {.allowed = allowed};
  mhd.get_connection_values(conn, MHD_GET_ARGUMENT_KIND, check_param, &p);
  if (p.bad == NULL)
    return MHD_YES;
  if (p.repeated)
    return send_error(conn, r, MHD_HTTP_BAD_REQUEST, "bad_parameter", NULL,
                      REQ_TR(r, "parameter \"%s\" given twice", "参数\"%s\"重复给出"), p.bad);
  return send_error(conn, r, MHD_HTTP_BAD_REQUEST, "bad_parameter", NULL,
                    REQ_TR(r, "unsupported parameter \"%s\"", "不支持的参数\"%s\""), p.bad);
}

/* One reading=QUESTION=READING, checked against the rules' questions as the command checks --reading. */
static enum MHD_Result take_reading(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
  (void)kind;
  serve_readings *rd = cls;
  if (strcmp(key, "reading") != 0)
    return MHD_YES;
  const char *v = value != NULL ? value : "";
  const char *eq = strchr(v, '=');
  if (rd->count == SERVE_READINGS_MAX) {
    snprintf(rd->why, sizeof rd->why, LANG_TR(rd->lang, "at most %d readings", "最多%d个读法"), SERVE_READINGS_MAX);
    return MHD_NO;
  }
  char *text = rd->text[rd->count];
  if (eq == NULL || eq == v || eq[1] == '\0' || strlen(v) >= sizeof rd->text[0]) {
    snprintf(rd->why, sizeof rd->why,
             LANG_TR(rd->lang, "\"%.100s\": expected QUESTION=READING (egca rules readings lists them)",
                           "\"%.100s\"：应为QUESTION=READING（egca rules readings列出全部）"),
             v);
    return MHD_NO;
  }
  memcpy(text, v, strlen(v) + 1);
  text[eq - v] = '\0';
  const char *question = text, *reading = text + (eq - v) + 1;
  const egca_question *q = egca_rules_question(S.rules, question);
  if (q == NULL) {
    snprintf(rd->why, sizeof rd->why,
             LANG_TR(rd->lang, "unknown question \"%s\" (egca rules readings lists them)",
                           "未知问题\"%s\"（egca rules readings列出全部）"),
             question);
    return MHD_NO;
  }
  size_t k = 0;
  while (k < egca_question_reading_count(q) && strcmp(egca_question_reading_id(q, k), reading) != 0)
    k++;
  if (k == egca_question_reading_count(q)) {
    snprintf(rd->why, sizeof rd->why,
             LANG_TR(rd->lang, "question \"%s\" has no reading \"%s\": it has %s and %s",
                           "问题\"%s\"没有读法\"%s\"：其读法为%s和%s"),
             question, reading, egca_question_reading_id(q, 0), egca_question_reading_id(q, 1));
    return MHD_NO;
  }
  for (size_t i = 0; i < rd->count; i++)
    if (strcmp(rd->list[i].question, question) == 0) {
      snprintf(rd->why, sizeof rd->why,
               LANG_TR(rd->lang, "question \"%s\" is given a reading twice", "问题\"%s\"被给出两次读法"), question);
      return MHD_NO;
    }
  rd->list[rd->count++] = (egca_reading_choice){question, reading};
  return MHD_YES;
}

/* The request's readings into *rd; -1 after queuing a 400 naming the bad one. */
static int readings_param(struct MHD_Connection *conn, request *r, serve_readings *rd)
{
  rd->count = 0;
  rd->why[0] = '\0';
  rd->lang = r->lang;
  mhd.get_connection_values(conn, MHD_GET_ARGUMENT_KIND, take_reading, rd);
  if (rd->why[0] == '\0')
    return 0;
  send_error(conn, r, MHD_HTTP_BAD_REQUEST, "bad_parameter", NULL, REQ_TR(r, "reading: %s", "reading：%s"), rd->why);
  return -1;
}

static const char *param(struct MHD_Connection *conn, const char *name)
{
  return mhd.lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, name);
}

/* Parses the date parameter `name` (absent: *out untouched); -1 after queuing a 400. */
static int date_param(struct MHD_Connection *conn, request *r, const char *name, egca_date *out, int required)
{
  const char *v = param(conn, name);
  if (v == NULL) {
    if (required)
      send_error(conn, r, MHD_HTTP_BAD_REQUEST, "bad_parameter", NULL,
                 REQ_TR(r, "parameter \"%s\" is required (YYYY-MM-DD)", "缺少参数\"%s\"（YYYY-MM-DD）"), name);
    return required ? -1 : 0;
  }
  egca_error err = {.lang = r->lang};
  if (egca_date_parse(out, v, &err) < 0) {
    send_error(conn, r, MHD_HTTP_BAD_REQUEST, "bad_parameter", NULL, REQ_TR(r, "%s: %s", "%s：%s"), name, err.message);
    return -1;
  }
  return 0;
}

/* --- GET endpoints ------------------------------------------------------------------------------------ */

static enum MHD_Result get_health(struct MHD_Connection *conn, request *r)
{
  memtext t = {0};
  memtext_printf(&t, "{\"status\":\"ok\",\"version\":\"%s\"}\n", egca_version());
  return send_answer(conn, r, MHD_HTTP_OK, "application/json", &t);
}

static enum MHD_Result get_rules(struct MHD_Connection *conn, request *r)
{
  char *json = NULL;
  egca_error err = {.lang = r->lang};
  const int rc = egca_rules_to_json(&json, S.rules, r->lang, EGCA_JSON_COMPACT, &err);
  enum MHD_Result ok = send_json_line(conn, r, json, rc, &err);
  egca_deadline_string_free(json);
  return ok;
}

static enum MHD_Result get_offices(struct MHD_Connection *conn, request *r)
{
  char *json = NULL;
  egca_error err = {.lang = r->lang};
  const int rc = egca_offices_to_json(&json, r->lang, EGCA_JSON_COMPACT, &err);
  enum MHD_Result ok = send_json_line(conn, r, json, rc, &err);
  egca_calendar_string_free(json);
  return ok;
}

static enum MHD_Result get_days(struct MHD_Connection *conn, request *r)
{
  static const char *const allowed[] = {"from", "to", "office", NULL};
  enum MHD_Result ok = check_params(conn, r, allowed);
  if (r->responded)
    return ok;
  egca_date from, to;
  if (date_param(conn, r, "from", &from, 1) < 0 || date_param(conn, r, "to", &to, 1) < 0)
    return MHD_YES;
  if (to < from)
    return send_error(conn, r, MHD_HTTP_BAD_REQUEST, "bad_parameter", NULL,
                      REQ_TR(r, "to (%s) is before from (%s)", "to（%s）早于from（%s）"), param(conn, "to"),
                      param(conn, "from"));
  const char *why = NULL, *office = param(conn, "office");
  const egca_calendar *cal = office_calendar(office, r->lang, &why);
  if (cal == NULL)
    return send_error(conn, r, MHD_HTTP_BAD_REQUEST, "bad_parameter", NULL, REQ_TR(r, "office: \"%s\" %s", "office：\"%s\"%s"), office, why);
  char *json = NULL;
  egca_error err = {.lang = r->lang};
  egca_date failed;
  int rc = egca_calendar_days_to_json(&json, cal, from, to, EGCA_JSON_COMPACT, &failed, &err);
  if (rc < 0 && failed != EGCA_DATE_NONE) { /* a day the calendar cannot answer: named */
    char day[EGCA_DATE_TEXT_SIZE];
    char text[2 * EGCA_ERROR_TEXT_MAX + 512];
    egca_error_format(&err, text, sizeof text);
    return send_error(conn, r, MHD_HTTP_UNPROCESSABLE_CONTENT, rc == EGCA_E_COVERAGE ? "coverage" : "invalid", NULL,
                      REQ_TR(r, "%s: %s", "%s：%s"), egca_date_format(failed, day), text);
  }
  ok = send_json_line(conn, r, json, rc, &err);
  egca_calendar_string_free(json);
  return ok;
}

#define SERVE_PAUSES_MAX 64

typedef struct pauses {
  egca_pause list[SERVE_PAUSES_MAX];
  size_t count;
  int overflow;
  char why[EGCA_ERROR_TEXT_MAX + 64];
  egca_lang lang; /* the language of `why` */
} pauses;

static enum MHD_Result take_pause(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
  (void)kind;
  pauses *p = cls;
  if (strcmp(key, "pause") != 0)
    return MHD_YES;
  if (p->count == SERVE_PAUSES_MAX) {
    p->overflow = 1;
    snprintf(p->why, sizeof p->why, LANG_TR(p->lang, "at most %d pauses", "最多%d个中止期间"), SERVE_PAUSES_MAX);
    return MHD_NO;
  }
  if (cli_parse_pause(&p->list[p->count], value != NULL ? value : "", p->why, sizeof p->why, cli_lang) < 0) {
    p->overflow = 1;
    return MHD_NO;
  }
  p->count++;
  return MHD_YES;
}

static enum MHD_Result get_deadline(struct MHD_Connection *conn, request *r, const char *rule)
{
  static const char *const allowed[] = {"from", "pause*", "policy", "office", "reading*", NULL};
  enum MHD_Result ok = check_params(conn, r, allowed);
  if (r->responded)
    return ok;
  if (readings_param(conn, r, &r->readings) < 0)
    return MHD_YES;
  egca_date from;
  if (date_param(conn, r, "from", &from, 1) < 0)
    return MHD_YES;
  pauses p = {.count = 0, .lang = r->lang};
  mhd.get_connection_values(conn, MHD_GET_ARGUMENT_KIND, take_pause, &p);
  if (p.overflow)
    return send_error(conn, r, MHD_HTTP_BAD_REQUEST, "bad_parameter", NULL, REQ_TR(r, "pause: %s", "pause：%s"), p.why);
  egca_roll_policy policy = EGCA_POLICY_EARLIER;
  const char *pol = param(conn, "policy");
  if (pol != NULL && strcmp(pol, "earlier") != 0 && strcmp(pol, "later") != 0)
    return send_error(conn, r, MHD_HTTP_BAD_REQUEST, "bad_parameter", NULL,
                      REQ_TR(r, "policy: expected earlier or later, not \"%s\"", "policy：应为earlier或later，而不是\"%s\""),
                      pol);
  if (pol != NULL && pol[0] == 'l')
    policy = EGCA_POLICY_LATER;
  const egca_deadline_rule *version;
  if (egca_rules_deadline(&version, S.rules, rule, EGCA_DATE_NONE, NULL) < 0) {
    char names[1024];
    cli_rule_names(names, sizeof names, S.rules);
    return send_error(conn, r, MHD_HTTP_NOT_FOUND, "not_found", NULL,
                      REQ_TR(r, "unknown rule \"%s\" (rules: %s)", "未知规则\"%s\"（规则：%s）"), rule, names);
  }
  /* As the command: only the acceptance is the acceptance office's time; every other period is national. */
  const char *why = NULL, *office = param(conn, "office");
  const egca_calendar *cal = strcmp(rule, "acceptance") == 0 ? office_calendar(office, r->lang, &why) : S.national;
  if (cal == NULL)
    return send_error(conn, r, MHD_HTTP_BAD_REQUEST, "bad_parameter", NULL, REQ_TR(r, "office: \"%s\" %s", "office：\"%s\"%s"), office, why);
  egca_deadline_options options = {p.list, p.count, policy, 1, r->readings.list, r->readings.count, r->lang};
  egca_deadline d;
  egca_error err = {.lang = r->lang};
  int rc = egca_deadline_compute(&d, S.rules, cal, rule, from, &options, &err);
  char *text = NULL;
  if (rc >= 0)
    rc = egca_deadline_to_json(&text, &d, &err);
  if (rc < 0)
    return send_library_error(conn, r, rc, &err);
  ok = send_text(conn, r, MHD_HTTP_OK, "application/json", text, NULL);
  egca_deadline_string_free(text);
  return ok;
}

/* Sends a page the library drew (egca_timeline_to_html, egca_html_page_finish), freeing it; a failure of the
 * library's (rc < 0) as its error. */
static enum MHD_Result send_page(struct MHD_Connection *conn, request *r, char *page, int rc, const egca_error *err)
{
  enum MHD_Result ok = rc < 0 ? send_library_error(conn, r, rc, err)
                              : send_text(conn, r, MHD_HTTP_OK, "text/html; charset=utf-8", page, NULL);
  egca_timeline_string_free(page);
  return ok;
}

/* --- The picture ------------------------------------------------------------------------------------- */

/* The picture of one case (egca_timeline_to_html), its axis showing the days of `office_cal` (the
 * acceptance office's calendar the case was counted on), as the command draws it. */
static enum MHD_Result serve_render_html(struct MHD_Connection *conn, request *r, const egca_timeline *tl,
                                         const egca_calendar *office_cal)
{
  char *page = NULL;
  egca_error err = {.lang = r->lang};
  int rc = egca_timeline_to_html(&page, tl, office_cal, &err);
  return send_page(conn, r, page, rc, &err);
}

/* What the batch hands the page: each case's picture, or its error in its place. */
typedef struct page_sink {
  egca_html_page *page;
  int failed;
  egca_lang lang;
} page_sink;

static int add_to_page(const egca_batch_result *res, void *user)
{
  page_sink *s = user;
  egca_error err = {.lang = s->lang};
  const int rc = egca_html_page_add_result(s->page, res, &err);
  s->failed |= rc < 0;
  return rc < 0;
}

/* A batch's picture: one page, a row per case with its worst status linking to its section, its axes
 * showing the days of the calendar the cases are counted on, as the command draws it. The body is already
 * held whole (within --max-body), so the page is built at once and is whole or absent. */
static enum MHD_Result serve_render_html_batch(struct MHD_Connection *conn, request *r, int array, egca_date as_of)
{
  page_sink s = {.lang = r->lang};
  egca_error err = {.lang = r->lang};
  int rc = egca_html_page_new(&s.page, S.standard, &err);
  if (rc < 0)
    return send_library_error(conn, r, rc, &err);
  egca_html_page_set_lang(s.page, r->lang);
  egca_batch_options bo = {
    .as_of = as_of,
    .eval = case_options(&r->readings, r->lang),
    .jobs = 1,
    .format = array ? EGCA_BATCH_ARRAY : EGCA_BATCH_NDJSON,
    .deliver = EGCA_BATCH_TIMELINE,
  };
  egca_batch *b = NULL;
  rc = egca_batch_new(&b, S.national, S.rules, &bo, "<request>", add_to_page, &s, &err);
  if (rc >= 0)
    rc = egca_batch_write(b, r->body.data != NULL ? r->body.data : "", r->body.len, &err);
  if (rc >= 0)
    rc = egca_batch_finish(b, &err);
  egca_batch_free(b);
  char *page = NULL;
  if (rc >= 0 && !s.failed)
    rc = egca_html_page_finish(&page, s.page, &err);
  egca_html_page_free(s.page);
  if (rc >= 0 && s.failed)
    return send_error(conn, r, MHD_HTTP_INTERNAL_SERVER_ERROR, "out_of_memory", NULL, "%s",
                      egca_strerror_lang(EGCA_E_NOMEM, r->lang));
  return send_page(conn, r, page, rc, &err);
}

/* --- One case, a batch ------------------------------------------------------------------------------- */

/* Evaluates one case's text and answers with its timeline (JSON, or the picture). */
static enum MHD_Result answer_case(struct MHD_Connection *conn, request *r, const char *text, size_t len,
                                   egca_date as_of, int html)
{
  egca_error err = {.lang = r->lang};
  egca_case *cs = NULL;
  egca_timeline *tl = NULL;
  int rc = egca_case_parse(&cs, text, len, "<request>", &err);
  if (rc < 0) {
    egca_case_free(cs);
    return send_library_error(conn, r, rc, &err);
  }
  /* As the command: the library refuses a case whose office has rest days of its own counted on another
   * calendar, and names the calendar the case's acceptance was counted on (the picture's axis). */
  const egca_timeline_options eval = case_options(&r->readings, r->lang);
  const egca_calendar *office_cal = NULL;
  rc = egca_timeline_new(&tl, &err);
  if (rc >= 0)
    rc = egca_case_evaluate(tl, cs, S.national, S.rules, as_of, &eval, &err);
  if (rc >= 0 && html)
    rc = egca_case_office_calendar(&office_cal, cs, S.national, &eval, &err);
  enum MHD_Result ok;
  if (rc < 0) {
    ok = send_library_error(conn, r, rc, &err);
  } else if (html) {
    ok = serve_render_html(conn, r, tl, office_cal);
  } else {
    char *json = NULL;
    rc = egca_timeline_to_json(&json, tl, 0, &err);
    if (rc < 0) {
      ok = send_library_error(conn, r, rc, &err);
    } else {
      ok = send_text(conn, r, MHD_HTTP_OK, "application/json", json, NULL);
    }
    egca_timeline_string_free(json);
  }
  egca_timeline_free(tl);
  egca_case_free(cs);
  return ok;
}

/* A batch streamed back: the body is fed to the library's batch a piece at a time as the client reads the
 * answer, so that the answer held in memory stays small whatever the number of cases. The batch evaluates
 * on the connection's thread (jobs 1): the pool's threads already share the processors among requests. */
typedef struct stream {
  char *body;
  size_t len, pos;
  egca_batch *batch;
  serve_readings readings; /* the request's, which the batch borrows for its life */
  memtext out;         /* what one step of the batch wrote, then sent from out_pos */
  size_t out_pos;
  int finished;
  int failed;          /* the stream is not well formed: its error ends the answer */
  egca_error err;
} stream;

#define STREAM_PIECE ((size_t)64 << 10)

static int stream_result(const egca_batch_result *res, void *user)
{
  stream *s = user;
  if (res->json != NULL) {
    memtext_write(&s->out, res->json, res->json_len);
  } else {
    memtext_printf(&s->out, "{\"line\":%ld,\"error\":\"%s\"}\n", res->line,
                  egca_strerror_lang(EGCA_E_NOMEM, s->err.lang));
  }
  return 0;
}

/* The error that ends a stream which is not well formed, as a last line in the error shape. */
static void stream_error(stream *s, int rc, const egca_error *err)
{
  char *json = NULL;
  egca_error json_err = {.lang = s->err.lang};
  if (egca_error_to_json(&json, rc == EGCA_E_NOMEM ? "out_of_memory" : "parse",
                         rc == EGCA_E_NOMEM ? egca_strerror_lang(EGCA_E_NOMEM, s->err.lang) : err->message, err,
                         EGCA_JSON_COMPACT, &json_err) < 0) {
    s->out.failed = 1;
    return;
  }
  memtext_puts(&s->out, json);
  memtext_puts(&s->out, "\n");
  egca_error_string_free(json);
}

static ssize_t stream_read(void *cls, uint64_t pos, char *buf, size_t max)
{
  (void)pos;
  stream *s = cls;
  for (;;) {
    if (s->out_pos < s->out.len) {
      size_t n = s->out.len - s->out_pos < max ? s->out.len - s->out_pos : max;
      memcpy(buf, s->out.data + s->out_pos, n);
      s->out_pos += n;
      return (ssize_t)n;
    }
    /* All sent: the next step of the batch writes into a new text. */
    memtext_free(&s->out);
    s->out_pos = 0;
    if (s->finished)
      return MHD_CONTENT_READER_END_OF_STREAM;
    int rc;
    if (!s->failed && s->pos < s->len) {
      size_t n = s->len - s->pos < STREAM_PIECE ? s->len - s->pos : STREAM_PIECE;
      rc = egca_batch_write(s->batch, s->body + s->pos, n, &s->err);
      s->pos += n;
      if (rc < 0)
        s->failed = rc;
    } else {
      /* The cases read are evaluated and sent whatever stopped the reading, then the error, if any. */
      egca_error end_err = {.lang = s->err.lang};
      rc = egca_batch_finish(s->batch, &end_err);
      s->finished = 1;
      if (!s->failed && rc < 0) {
        s->failed = rc;
        s->err = end_err;
      }
      if (s->failed)
        stream_error(s, s->failed, &s->err);
    }
    if (memtext_close(&s->out) < 0)
      return MHD_CONTENT_READER_END_WITH_ERROR;
  }
}

static void stream_free(void *cls)
{
  stream *s = cls;
  egca_batch_free(s->batch);
  memtext_free(&s->out);
  free(s->body);
  free(s);
}

static enum MHD_Result answer_batch(struct MHD_Connection *conn, request *r, int array, egca_date as_of)
{
  stream *s = calloc(1, sizeof *s);
  if (s == NULL)
    return send_error(conn, r, MHD_HTTP_INTERNAL_SERVER_ERROR, "out_of_memory", NULL, "%s",
                      egca_strerror_lang(EGCA_E_NOMEM, r->lang));
  s->err.lang = r->lang; /* the errors of the cases and of the stream */
  /* The choices point into the copied texts. */
  s->readings = r->readings;
  for (size_t i = 0; i < s->readings.count; i++) {
    s->readings.list[i].question = s->readings.text[i];
    s->readings.list[i].reading = s->readings.text[i] + strlen(s->readings.text[i]) + 1;
  }
  egca_batch_options bo = {
    .as_of = as_of,
    .eval = case_options(&s->readings, r->lang),
    .jobs = 1,
    .format = array ? EGCA_BATCH_ARRAY : EGCA_BATCH_NDJSON,
    .deliver = EGCA_BATCH_JSON,
  };
  egca_error err = {.lang = r->lang};
  int rc = egca_batch_new(&s->batch, S.national, S.rules, &bo, "<request>", stream_result, s, &err);
  if (rc < 0) {
    free(s);
    return send_library_error(conn, r, rc, &err);
  }
  s->body = r->body.data;
  s->len = r->body.len;
  r->body = (memtext){0};
  struct MHD_Response *resp = mhd.create_response_from_callback(MHD_SIZE_UNKNOWN, STREAM_PIECE, stream_read, s,
                                                                stream_free);
  if (resp == NULL) {
    stream_free(s);
    return MHD_NO;
  }
  return queue(conn, r, MHD_HTTP_OK, resp, "application/x-ndjson");
}

/* Whether the client asks for the picture: Accept names text/html and not application/json. */
static int wants_html(struct MHD_Connection *conn)
{
  const char *accept = mhd.lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT);
  return accept != NULL && strcasestr(accept, "text/html") != NULL && strcasestr(accept, "application/json") == NULL;
}

/* The as_of parameter, or today in China. */
static int as_of_param(struct MHD_Connection *conn, request *r, egca_date *as_of)
{
  *as_of = cli_today();
  return date_param(conn, r, "as_of", as_of, 0);
}

static enum MHD_Result post_timeline(struct MHD_Connection *conn, request *r)
{
  egca_date as_of;
  if (as_of_param(conn, r, &as_of) < 0)
    return MHD_YES;
  const int html = wants_html(conn);
  if (r->ndjson)
    return html ? serve_render_html_batch(conn, r, 0, as_of) : answer_batch(conn, r, 0, as_of);
  /* A JSON array is a batch, as a file holding one is for the command; anything else one case. */
  size_t i = r->body.len >= 3 && memcmp(r->body.data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  while (i < r->body.len && strchr(" \t\r\n", r->body.data[i]) != NULL)
    i++;
  if (i < r->body.len && r->body.data[i] == '[') {
    memmove(r->body.data, r->body.data + i, r->body.len - i); /* the batch reads the array from its '[' */
    r->body.len -= i;
    return html ? serve_render_html_batch(conn, r, 1, as_of) : answer_batch(conn, r, 1, as_of);
  }
  return answer_case(conn, r, r->body.data != NULL ? r->body.data : "", r->body.len, as_of, html);
}

static enum MHD_Result post_assess(struct MHD_Connection *conn, request *r)
{
  egca_error err = {.lang = r->lang};
  egca_profile *profile = NULL;
  egca_assessment *assessment = NULL;
  int rc = egca_profile_parse(&profile, r->body.data != NULL ? r->body.data : "", r->body.len, "<request>", &err);
  if (rc >= 0)
    rc = egca_assess(&assessment, S.rules, profile, r->lang, &err);
  egca_profile_free(profile);
  char *text = NULL;
  if (rc >= 0)
    rc = egca_assessment_to_json(&text, assessment, &err);
  egca_assessment_free(assessment);
  if (rc < 0)
    return send_library_error(conn, r, rc, &err);
  enum MHD_Result ok = send_text(conn, r, MHD_HTTP_OK, "application/json", text, NULL);
  egca_assessment_string_free(text);
  return ok;
}

/* --- The page and its form --------------------------------------------------------------------------- */

static enum MHD_Result get_page(struct MHD_Connection *conn, request *r)
{
  struct MHD_Response *resp =
      mhd.create_response_from_buffer(serve_page_html_len, (void *)serve_page_html, MHD_RESPMEM_PERSISTENT);
  if (resp == NULL)
    return MHD_NO;
  return queue(conn, r, MHD_HTTP_OK, resp, "text/html; charset=utf-8");
}

static enum MHD_Result form_field(void *cls, enum MHD_ValueKind kind, const char *key, const char *filename,
                                  const char *content_type, const char *transfer_encoding, const char *data,
                                  uint64_t off, size_t size)
{
  (void)kind;
  (void)filename;
  (void)content_type;
  (void)transfer_encoding;
  (void)off;
  request *r = cls;
  memtext *to = strcmp(key, "case") == 0 ? &r->body : strcmp(key, "file") == 0 ? &r->file : NULL;
  if (to != NULL) {
    if (to->len + size > r->limit) {
      r->too_large = 1;
      return MHD_NO;
    }
    memtext_write(to, data, size);
  } else if (strcmp(key, "as_of") == 0) {
    if (r->as_of_len + size >= sizeof r->as_of) {
      r->as_of_len = sizeof r->as_of; /* too long to be a date */
    } else {
      memcpy(r->as_of + r->as_of_len, data, size);
      r->as_of_len += size;
      r->as_of[r->as_of_len] = '\0';
    }
  }
  return MHD_YES;
}

static enum MHD_Result post_view(struct MHD_Connection *conn, request *r)
{
  egca_date as_of = cli_today();
  if (r->as_of_len == sizeof r->as_of)
    return send_error(conn, r, MHD_HTTP_BAD_REQUEST, "bad_parameter", NULL, "%s",
                      REQ_TR(r, "as_of: not a date (YYYY-MM-DD)", "as_of：不是日期（YYYY-MM-DD）"));
  egca_error err = {.lang = r->lang};
  if (r->as_of_len > 0 && egca_date_parse(&as_of, r->as_of, &err) < 0)
    return send_error(conn, r, MHD_HTTP_BAD_REQUEST, "bad_parameter", NULL, REQ_TR(r, "as_of: %s", "as_of：%s"),
                      err.message);
  const memtext *text = r->file.len > 0 ? &r->file : &r->body; /* both closed (request) */
  if (text->len == 0)
    return send_error(conn, r, MHD_HTTP_BAD_REQUEST, "bad_request", NULL,
                      "%s", REQ_TR(r, "no case: paste it into the field \"case\" or upload it as \"file\"",
                                   "没有案件：请粘贴到字段\"case\"，或作为\"file\"上传"));
  return answer_case(conn, r, text->data, text->len, as_of, 1);
}

/* --- Dispatch ---------------------------------------------------------------------------------------- */

static int is_get(const char *method)
{
  return strcmp(method, MHD_HTTP_METHOD_GET) == 0 || strcmp(method, MHD_HTTP_METHOD_HEAD) == 0;
}

/* The route of a path; *rule points into `url` for /v1/deadline/{rule}. */
static route route_of(const char *url, const char **rule)
{
  static const struct {
    const char *path;
    route route;
  } exact[] = {{"/", ROUTE_PAGE},           {"/view", ROUTE_VIEW},         {"/healthz", ROUTE_HEALTH},
               {"/v1/timeline", ROUTE_TIMELINE}, {"/v1/assess", ROUTE_ASSESS}, {"/v1/calendar/days", ROUTE_DAYS},
               {"/v1/rules", ROUTE_RULES},  {"/v1/offices", ROUTE_OFFICES}};
  for (size_t i = 0; i < sizeof exact / sizeof exact[0]; i++)
    if (strcmp(url, exact[i].path) == 0)
      return exact[i].route;
  static const char prefix[] = "/v1/deadline/";
  if (strncmp(url, prefix, sizeof prefix - 1) == 0 && url[sizeof prefix - 1] != '\0' &&
      strchr(url + sizeof prefix - 1, '/') == NULL) {
    *rule = url + sizeof prefix - 1;
    return ROUTE_DEADLINE;
  }
  return ROUTE_NONE;
}

/* The media type of the Content-Type header, without its parameters, matches `type`. */
static int content_type_is(struct MHD_Connection *conn, const char *type)
{
  const char *ct = mhd.lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
  if (ct == NULL)
    return 0;
  while (*ct == ' ')
    ct++;
  size_t n = strlen(type);
  return strncasecmp(ct, type, n) == 0 && (ct[n] == '\0' || ct[n] == ';' || ct[n] == ' ');
}

/* The language an Accept-Language header prefers among zh and en (RFC 9110, 12.5.4: the ranges with their
 * weights, "zh-CN;q=0.8"; the highest weight wins, the first of equal ones; "*" and other languages do not
 * choose), or `fallback` when it names neither. */
static egca_lang accept_language(const char *header, egca_lang fallback)
{
  egca_lang best = fallback;
  double best_q = 0.0;
  for (const char *p = header; p != NULL && *p != '\0';) {
    while (*p == ' ' || *p == '\t' || *p == ',')
      p++;
    const size_t item = strcspn(p, ","), range = strcspn(p, ",; \t");
    double q = 1.0;
    const char *weight = memchr(p, ';', item);
    for (; weight != NULL; weight = memchr(weight + 1, ';', item - (size_t)(weight + 1 - p))) {
      const char *w = weight + 1;
      while (*w == ' ' || *w == '\t')
        w++;
      if ((w[0] == 'q' || w[0] == 'Q') && w[1] == '=') {
        char *end;
        q = strtod(w + 2, &end);
        if (end == w + 2 || q < 0.0 || q > 1.0)
          q = 0.0; /* a weight that is none: the range is not taken */
        break;
      }
    }
    const int zh = strncasecmp(p, "zh", 2) == 0, en = strncasecmp(p, "en", 2) == 0;
    if ((zh || en) && (range == 2 || p[2] == '-') && q > best_q) {
      best = zh ? EGCA_LANG_ZH : EGCA_LANG_EN;
      best_q = q;
    }
    p += item;
  }
  return best;
}

/* The request's language: its `lang` parameter (zh or en), else its Accept-Language header, else the
 * server's own (--lang, EGCA_LANG). -1 for a `lang` that names neither (r->lang then from the rest). */
static int request_lang(struct MHD_Connection *conn, request *r)
{
  r->lang = accept_language(mhd.lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT_LANGUAGE),
                            cli_lang);
  const char *v = mhd.lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "lang");
  if (v == NULL)
    return 0;
  if (strcmp(v, "zh") == 0)
    r->lang = EGCA_LANG_ZH;
  else if (strcmp(v, "en") == 0)
    r->lang = EGCA_LANG_EN;
  else
    return -1;
  return 0;
}

/* The first call of a request: its headers are in. Refuses what can be refused before the body is read. */
static enum MHD_Result begin(struct MHD_Connection *conn, request *r, const char *url, const char *method)
{
  const char *rule = NULL;
  const int bad_lang = request_lang(conn, r) < 0;
  r->route = route_of(url, &rule);
  if (r->route == ROUTE_NONE)
    return send_error(conn, r, MHD_HTTP_NOT_FOUND, "not_found", NULL, REQ_TR(r, "no such resource: %s", "没有此资源：%s"),
                      r->path);
  const int post = r->route == ROUTE_VIEW || r->route == ROUTE_TIMELINE || r->route == ROUTE_ASSESS;
  if (post ? strcmp(method, MHD_HTTP_METHOD_POST) != 0 : !is_get(method))
    return send_error(conn, r, MHD_HTTP_METHOD_NOT_ALLOWED, "method_not_allowed", NULL,
                      REQ_TR(r, "%s takes %s, not %s", "%s只接受%s，不接受%s"), r->path, post ? "POST" : "GET", r->method);
  if (bad_lang)
    return send_error(conn, r, MHD_HTTP_BAD_REQUEST, "bad_parameter", NULL,
                      REQ_TR(r, "lang: expected zh or en, not \"%s\"", "lang：应为zh或en，而不是\"%s\""),
                      mhd.lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "lang"));
  if (!post)
    return MHD_YES;
  static const char *const timeline_params[] = {"as_of", "reading*", NULL};
  static const char *const no_params[] = {NULL};
  enum MHD_Result ok = check_params(conn, r, r->route == ROUTE_TIMELINE ? timeline_params : no_params);
  if (r->responded)
    return ok;
  if (r->route == ROUTE_TIMELINE && readings_param(conn, r, &r->readings) < 0)
    return MHD_YES;
  r->limit = r->route == ROUTE_ASSESS && S.max_body > EGCA_PROFILE_TEXT_MAX ? EGCA_PROFILE_TEXT_MAX : S.max_body;
  if (r->route == ROUTE_VIEW) {
    r->form = mhd.create_post_processor(conn, 65536, form_field, r);
    if (r->form == NULL)
      return send_error(conn, r, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", NULL,
                        "%s", REQ_TR(r, "/view takes a form: multipart/form-data or application/x-www-form-urlencoded",
                                     "/view接受表单：multipart/form-data或application/x-www-form-urlencoded"));
  } else if (r->route == ROUTE_TIMELINE && content_type_is(conn, "application/x-ndjson")) {
    r->ndjson = 1;
  } else if (!content_type_is(conn, "application/json")) {
    return send_error(conn, r, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", NULL,
                      REQ_TR(r, "%s takes Content-Type application/json%s", "%s接受的Content-Type为application/json%s"),
                      r->path,
                      r->route != ROUTE_TIMELINE ? ""
                      : REQ_TR(r, " (a case or an array of cases) or application/x-ndjson",
                               "（一个案件或案件数组）或application/x-ndjson"));
  }
  /* A body announced longer than the limit is refused before a byte of it is read. */
  const char *cl = mhd.lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
  if (cl != NULL) {
    char *end;
    errno = 0;
    unsigned long long n = strtoull(cl, &end, 10);
    if (errno != 0 || end == cl || n > r->limit)
      return send_error(conn, r, MHD_HTTP_CONTENT_TOO_LARGE, "too_large", NULL,
                        REQ_TR(r, "the body is longer than %zu bytes (the limit)", "请求体超过%zu字节（上限）"), r->limit);
  }
  return MHD_YES;
}

/* The last call of a request: the body is in. */
static enum MHD_Result finish(struct MHD_Connection *conn, request *r, const char *url)
{
  const char *rule = NULL;
  route_of(url, &rule);
  static const char *const no_params[] = {NULL};
  if (r->route == ROUTE_PAGE || r->route == ROUTE_HEALTH || r->route == ROUTE_RULES || r->route == ROUTE_OFFICES) {
    enum MHD_Result ok = check_params(conn, r, no_params);
    if (r->responded)
      return ok;
  }
  switch (r->route) {
  case ROUTE_PAGE: return get_page(conn, r);
  case ROUTE_HEALTH: return get_health(conn, r);
  case ROUTE_RULES: return get_rules(conn, r);
  case ROUTE_OFFICES: return get_offices(conn, r);
  case ROUTE_DAYS: return get_days(conn, r);
  case ROUTE_DEADLINE: return get_deadline(conn, r, rule);
  case ROUTE_TIMELINE: return post_timeline(conn, r);
  case ROUTE_ASSESS: return post_assess(conn, r);
  case ROUTE_VIEW: return post_view(conn, r);
  default: return MHD_NO;
  }
}

/* Copies `from` into `to` for the log line, control characters and blanks replaced, cut at its size. */
static void log_copy(char *to, size_t size, const char *from)
{
  size_t i = 0;
  for (; from[i] != '\0' && i + 1 < size; i++)
    to[i] = (unsigned char)from[i] <= 0x20 || from[i] == 0x7f ? '?' : from[i];
  to[i] = '\0';
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
                              const char *version, const char *upload, size_t *upload_size, void **con_cls)
{
  (void)cls;
  (void)version;
  request *r = *con_cls;
  if (r == NULL) {
    if ((r = calloc(1, sizeof *r)) == NULL)
      return MHD_NO;
    clock_gettime(CLOCK_MONOTONIC, &r->started);
    log_copy(r->method, sizeof r->method, method);
    log_copy(r->path, sizeof r->path, url);
    *con_cls = r;
    return begin(conn, r, url, method);
  }
  if (*upload_size > 0) {
    const size_t n = *upload_size;
    *upload_size = 0;
    /* libmicrohttpd answers only once the body is in: a body that comes too slowly cannot be answered 408,
     * its connection is closed (logged as 408). */
    if (elapsed_ms(&r->started) > 1000.0 * SERVE_BODY_TIMEOUTS * S.timeout) {
      r->status = MHD_HTTP_REQUEST_TIMEOUT;
      return MHD_NO;
    }
    if (r->responded || r->too_large || r->bad_form) /* a refusal is queued or due: the rest is dropped */
      return MHD_YES;
    if (r->form != NULL) {
      if (mhd.post_process(r->form, upload, n) != MHD_YES && !r->too_large)
        r->bad_form = 1;
      return MHD_YES;
    }
    /* A body in chunks (no Content-Length) is kept up to the limit; past it nothing more is kept. */
    if (r->body.len + n > r->limit) {
      r->too_large = 1;
      memtext_free(&r->body);
      return MHD_YES;
    }
    memtext_write(&r->body, upload, n);
    return MHD_YES;
  }
  if (r->responded)
    return MHD_YES;
  if (r->too_large)
    return send_error(conn, r, MHD_HTTP_CONTENT_TOO_LARGE, "too_large", NULL,
                      REQ_TR(r, "the body is longer than %zu bytes (the limit)", "请求体超过%zu字节（上限）"), r->limit);
  if (r->bad_form)
    return send_error(conn, r, MHD_HTTP_BAD_REQUEST, "bad_request", NULL, "%s",
                      REQ_TR(r, "the form could not be read", "无法读取表单"));
  /* The body is in: its texts are taken (a failed write or close is memory). */
  if (memtext_close(&r->body) < 0 || memtext_close(&r->file) < 0)
    return send_error(conn, r, MHD_HTTP_INTERNAL_SERVER_ERROR, "out_of_memory", NULL, "%s",
                      egca_strerror_lang(EGCA_E_NOMEM, r->lang));
  return finish(conn, r, url);
}

/* One line per request on stderr: method, path, status, milliseconds; "-" for a status never sent. */
static void completed(void *cls, struct MHD_Connection *conn, void **con_cls, enum MHD_RequestTerminationCode toe)
{
  (void)cls;
  (void)conn;
  request *r = *con_cls;
  if (r == NULL)
    return;
  const double ms = elapsed_ms(&r->started);
  char status[16] = "-";
  if (r->status != 0)
    snprintf(status, sizeof status, "%u", r->status);
  fprintf(stderr, "%s %s %s %.3f ms%s\n", r->method, r->path, status, ms,
          toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " (closed before the answer was sent)");
  if (r->form != NULL)
    mhd.destroy_post_processor(r->form);
  memtext_free(&r->body);
  memtext_free(&r->file);
  free(r);
  *con_cls = NULL;
}

/* --- Starting and stopping ---------------------------------------------------------------------------- */

/* "ADDR:PORT" or "[ADDR6]:PORT", numeric. */
static int parse_listen(struct sockaddr_storage *out, const char *text)
{
  char host[64];
  const char *port_text;
  memset(out, 0, sizeof *out);
  if (text[0] == '[') {
    const char *close = strchr(text, ']');
    if (close == NULL || close[1] != ':' || (size_t)(close - text - 1) >= sizeof host)
      return -1;
    memcpy(host, text + 1, (size_t)(close - text - 1));
    host[close - text - 1] = '\0';
    port_text = close + 2;
  } else {
    const char *colon = strrchr(text, ':');
    if (colon == NULL || (size_t)(colon - text) >= sizeof host)
      return -1;
    memcpy(host, text, (size_t)(colon - text));
    host[colon - text] = '\0';
    port_text = colon + 1;
  }
  char *end;
  long port = strtol(port_text, &end, 10);
  if (port_text[0] == '\0' || *end != '\0' || port < 0 || port > 65535)
    return -1;
  struct sockaddr_in *v4 = (struct sockaddr_in *)out;
  struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)out;
  if (inet_pton(AF_INET, host, &v4->sin_addr) == 1) {
    v4->sin_family = AF_INET;
    v4->sin_port = htons((uint16_t)port);
    return AF_INET;
  }
  if (inet_pton(AF_INET6, host, &v6->sin6_addr) == 1) {
    v6->sin6_family = AF_INET6;
    v6->sin6_port = htons((uint16_t)port);
    return AF_INET6;
  }
  return -1;
}

static int load(cli *c)
{
  int code = EXIT_DONE;
  S.c = c;
  if ((S.standard = cli_calendar(c, &code)) == NULL || (S.national = cli_national_calendar(c, &code)) == NULL ||
      (S.rules = cli_rules(c, &code)) == NULL)
    return code;
  S.fixed_office = c->office != NULL || c->local_count > 0;
  egca_timeline_options eval = {0};
  if (cli_office_options(c, &eval, &S.offices, &code) < 0 || S.fixed_office)
    return code;
  /* Each office whose region has rest days of its own counts its acceptance on its own calendar, built now:
   * a request never loads anything. */
  for (size_t i = 0; i < egca_office_count(); i++) {
    const egca_office *o = egca_office_at(i);
    const egca_calendar *cal;
    egca_error err = CLI_ERROR;
    int rc = o->local_holidays ? egca_office_calendars_get(&cal, S.offices, o->code, &err) : 0;
    if (rc < 0)
      return cli_fail_error("holidays", rc, &err);
  }
  return EXIT_DONE;
}

static void unload(void)
{
  egca_office_calendars_free(S.offices);
  S.offices = NULL;
}

/* Raises the soft limit of open files so that SERVE_CONNECTIONS fit; returns the connections that fit. */
static unsigned connection_room(void)
{
  struct rlimit rl;
  const rlim_t want = SERVE_CONNECTIONS + 64;
  if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
    return 256;
  if (rl.rlim_cur < want) {
    rl.rlim_cur = rl.rlim_max < want ? rl.rlim_max : want;
    setrlimit(RLIMIT_NOFILE, &rl);
    getrlimit(RLIMIT_NOFILE, &rl);
  }
  return rl.rlim_cur >= want ? SERVE_CONNECTIONS : rl.rlim_cur > 96 ? (unsigned)(rl.rlim_cur - 64) : 32;
}

int cmd_serve(cli *c, int argc, char **argv)
{
  const char *listen = "127.0.0.1:8383";
  long timeout = 10, max_body = (long)EGCA_CASE_TEXT_MAX;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--listen") == 0 || strcmp(a, "--timeout") == 0 || strcmp(a, "--max-body") == 0) {
      if (i + 1 >= argc)
        return cli_fail(EXIT_USAGE, a, CLI_TR("needs a value", "缺少值"));
      const char *v = argv[++i];
      if (a[2] == 'l')
        listen = v;
      else if (a[2] == 't' && cli_parse_int(&timeout, v, 1, 3600, "--timeout") < 0)
        return EXIT_USAGE;
      else if (a[2] == 'm' && cli_parse_int(&max_body, v, 1, (long)EGCA_CASE_TEXT_MAX, "--max-body") < 0)
        return EXIT_USAGE;
    } else {
      return cli_fail(EXIT_USAGE, a, CLI_TR("unexpected (egca serve --help)", "不是serve的选项或参数（见egca serve --help）"));
    }
  }
  struct sockaddr_storage addr;
  if (parse_listen(&addr, listen) < 0)
    return cli_fail(EXIT_USAGE, "--listen",
                    CLI_TR("\"%s\" is not ADDR:PORT (numeric, such as 127.0.0.1:8383 or [::1]:8383)",
                           "\"%s\"不是ADDR:PORT（数字地址，如127.0.0.1:8383或[::1]:8383）"),
                    listen);
  int code = mhd_open();
  if (code != EXIT_DONE)
    return code;
  S.timeout = (unsigned)timeout;
  S.max_body = (size_t)max_body;
  code = load(c);
  if (code != EXIT_DONE) {
    unload();
    mhd_close();
    return code;
  }
  /* SIGTERM and SIGINT are taken by sigwait below; every thread (MHD's too) inherits them blocked. A client
   * gone away is an error on its socket, not a signal. */
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGTERM);
  sigaddset(&stop, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop, NULL);
  signal(SIGPIPE, SIG_IGN);
  const unsigned connections = connection_room();
  const unsigned threads = (unsigned)batch_default_jobs();
  unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC | MHD_USE_TURBO;
  if (addr.ss_family == AF_INET6)
    flags |= MHD_USE_IPv6;
  struct MHD_Daemon *d = mhd.start_daemon(
      flags, 0, NULL, NULL, handle, NULL, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
      MHD_OPTION_THREAD_POOL_SIZE, threads, MHD_OPTION_CONNECTION_LIMIT, connections,
      MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)timeout, MHD_OPTION_NOTIFY_COMPLETED, completed, NULL,
      MHD_OPTION_LISTEN_BACKLOG_SIZE, 1024u, MHD_OPTION_END);
  if (d == NULL) {
    const int why = errno; /* before dlclose, which may set it */
    unload();
    mhd_close();
    return cli_fail(EXIT_INVALID, "serve", CLI_TR("cannot listen on %s: %s", "无法在%s上监听：%s"), listen,
                    egca_errno_text(why, cli_lang));
  }
  const union MHD_DaemonInfo *info = mhd.get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
  char host[64];
  const char *colon = strrchr(listen, ':');
  snprintf(host, sizeof host, "%.*s", (int)(colon - listen), listen);
  /* Scripts read the port from this line's address (scripts/bench.sh, tests/service/server.py). */
  fprintf(stderr,
          CLI_TR("egca: serving on http://%s:%u/ (%u threads, %u connections at most)\n",
                 "egca: 服务地址 http://%s:%u/（%u个线程，至多%u个连接）\n"),
          host,
          info != NULL ? (unsigned)info->port : 0u, threads, connections);
  int sig = 0;
  while (sigwait(&stop, &sig) != 0)
    ;
  /* Drain: no new connection; the requests under way may finish, for at most --timeout seconds. */
  MHD_socket listen_fd = mhd.quiesce_daemon(d);
  if (listen_fd != MHD_INVALID_SOCKET)
    close(listen_fd);
  struct timespec started;
  clock_gettime(CLOCK_MONOTONIC, &started);
  for (;;) {
    info = mhd.get_daemon_info(d, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
    if (info == NULL || info->num_connections == 0 || elapsed_ms(&started) > 1000.0 * (double)timeout)
      break;
    nanosleep(&(struct timespec){0, 20 * 1000 * 1000}, NULL);
  }
  mhd.stop_daemon(d);
  unload();
  mhd_close();
  fprintf(stderr, CLI_TR("egca: stopped (%s)\n", "egca: 已停止（%s）\n"), sig == SIGINT ? "SIGINT" : "SIGTERM");
  return EXIT_DONE;
}
