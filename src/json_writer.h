/* egca — the library's one JSON writer, into the one growing text (buffer.h): objects and arrays, pretty
 * (two spaces a level, one member or element a line, "key": value, empty containers as {} and []) or compact
 * (no white space at all); strings through the one escaper (egca__json_escape); dates as "YYYY-MM-DD";
 * integers, booleans, null. The deadline's, the assessment's, the timeline's and the readings' JSON are
 * written by it, so that their layout is one.
 * Place in the flow: the last step, output; it knows nothing of rules, profiles or cases. */
#ifndef EGCA_JSON_WRITER_H
#define EGCA_JSON_WRITER_H

#include "buffer.h"

/* Start with egca__jw_start. The text is w->b's; its failure (memory) is w->b->failed, checked once at the
 * end as the buffer's. */
typedef struct egca__jw {
  egca__buf *b;
  int compact;
  int depth;
  int first; /* nothing written yet in the container open last */
} egca__jw;

static inline void egca__jw_start(egca__jw *w, egca__buf *b, int compact)
{
  *w = (egca__jw){b, compact, 0, 1};
}

/* A new line indented to the depth (pretty; nothing when compact). */
void egca__jw_newline(egca__jw *w);

/* The separator before a member or an element: a comma unless it is the first, and a new line when pretty. */
static inline void egca__jw_next(egca__jw *w)
{
  if (!w->first)
    egca__buf_put_n(w->b, ",", 1);
  w->first = 0;
  if (!w->compact)
    egca__jw_newline(w);
}

/* A member's name given as its JSON text with the colon, "\"name\":", n bytes: the separator, the name and
 * (pretty) a space. EGCA__JW_KEY writes a literal name, whose length is known where it is written. */
#if defined(__GNUC__)
#define EGCA__JW_INLINE inline __attribute__((always_inline))
#else
#define EGCA__JW_INLINE inline
#endif
static EGCA__JW_INLINE void egca__jw_key_n(egca__jw *w, const char *quoted, size_t n)
{
  egca__buf *b = w->b;
  if (w->compact && b->len + n + 2 <= b->cap && !b->failed) {
    /* A batch's case: the comma and the name into room already made. */
    char *o = b->text + b->len;
    if (!w->first)
      *o++ = ',';
    memcpy(o, quoted, n);
    b->len = (size_t)(o - b->text) + n;
    b->text[b->len] = '\0';
    w->first = 0;
    return;
  }
  egca__jw_next(w);
  egca__buf_put_n(b, quoted, n);
  if (!w->compact)
    egca__buf_put_n(b, " ", 1);
}
#define EGCA__JW_KEY(w, name) egca__jw_key_n((w), "\"" name "\":", sizeof "\"" name "\":" - 1)

/* A member's name that is not a literal (escaped). */
void egca__jw_key(egca__jw *w, const char *name);

/* Before an array's element. */
static inline void egca__jw_element(egca__jw *w) { egca__jw_next(w); }

/* Opens '{' or '[' (after its key or egca__jw_element, or as the whole text); closes it with '}' or ']'. */
static inline void egca__jw_open(egca__jw *w, char bracket)
{
  egca__buf_put_n(w->b, &bracket, 1);
  w->depth++;
  w->first = 1;
}

static inline void egca__jw_close(egca__jw *w, char bracket)
{
  const int empty = w->first;
  w->depth--;
  if (!empty && !w->compact)
    egca__jw_newline(w);
  egca__buf_put_n(w->b, &bracket, 1);
  w->first = 0;
}

/* Values. A string NULL is null; a name is one of the library's own (a rule id, a status, a unit, a code:
 * letters, digits and underscores) and needs no escaping. */
void egca__jw_string(egca__jw *w, const char *s);
void egca__jw_name(egca__jw *w, const char *name);
void egca__jw_date(egca__jw *w, egca_date d); /* EGCA_DATE_NONE: null */
void egca__jw_int(egca__jw *w, long long v);
static inline void egca__jw_bool(egca__jw *w, int v) { egca__buf_put(w->b, v ? "true" : "false"); }
static inline void egca__jw_null(egca__jw *w) { egca__buf_put_n(w->b, "null", 4); }
/* JSON text written as it is (a value already written, a number kept as its text); NULL is null. */
static inline void egca__jw_raw(egca__jw *w, const char *json) { egca__buf_put(w->b, json != NULL ? json : "null"); }

/* Ends the text: a pretty text ends in a new line. */
static inline void egca__jw_end(egca__jw *w)
{
  if (!w->compact)
    egca__buf_put_n(w->b, "\n", 1);
}

/* Ends the text (egca__jw_end) and hands it to *out, the caller's to free; when memory ran out, frees it and
 * fails with EGCA_E_NOMEM (*out NULL). Returns 0 or that error. */
int egca__jw_finish(egca__jw *w, char **out, egca_error *err);

/* --- Writers into room already made (egca__buf_reserve), each returning the end of what it wrote: for a
 * batch's line, which writes millions of these. --- */

static inline char *egca__jw_copy_to(char *o, const char *s, size_t n)
{
  memcpy(o, s, n);
  return o + n;
}
#define EGCA__JW_LITERAL_TO(o, lit) egca__jw_copy_to((o), (lit), sizeof(lit) - 1)

/* A date, quoted, or null: at most EGCA_DATE_TEXT_SIZE + 1 bytes. */
static inline char *egca__jw_date_to(char *o, egca_date d)
{
  if (d == EGCA_DATE_NONE)
    return EGCA__JW_LITERAL_TO(o, "null");
  *o = '"';
  egca_date_format(d, o + 1); /* ten digits and dashes, and a NUL the closing quote overwrites */
  o[EGCA_DATE_TEXT_SIZE] = '"';
  return o + EGCA_DATE_TEXT_SIZE + 1;
}

/* One of the library's names, quoted (strlen(name) + 2 bytes), or null. */
static inline char *egca__jw_name_to(char *o, const char *name)
{
  if (name == NULL)
    return EGCA__JW_LITERAL_TO(o, "null");
  *o++ = '"';
  o = stpcpy(o, name); /* one pass, its length not measured first; the NUL it ends with becomes the quote */
  *o++ = '"';
  return o;
}

/* An integer: at most 20 bytes. */
static inline char *egca__jw_int_to(char *o, long long v)
{
  char digits[24];
  const char *start = egca__decimal(digits + sizeof digits, v);
  return egca__jw_copy_to(o, start, (size_t)(digits + sizeof digits - start));
}

/* Ends the buffer's text at o, the end of what the writers above put into room made. */
static inline void egca__jw_end_at(egca__buf *b, char *o)
{
  *o = '\0';
  b->len = (size_t)(o - b->text);
}

#endif
