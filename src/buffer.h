/* egca — a growing text for the library's writers, and a JSON string put into it through the one escaper
 * (egca__json_escape, src/json.c).
 * Place in the flow: the last step, output; it knows nothing of rules, profiles or cases. */
#ifndef EGCA_BUFFER_H
#define EGCA_BUFFER_H

#include "internal.h"

#include <string.h>

/* Start from {0}. After a failed allocation `failed` stays set and every later write is dropped: the writer
 * checks it once at the end and reports EGCA_E_NOMEM. `text` is NUL-terminated once anything was written
 * (NULL before); its owner frees it. */
typedef struct egca__buf {
  char *text;
  size_t len, cap;
  int failed;
} egca__buf;

/* Makes room for `more` bytes and a NUL beyond len, or sets failed. Inline where the room is there already
 * (a batch's writers ask for it a few times a deadline); egca__buf_grow makes it. */
void egca__buf_grow(egca__buf *b, size_t more);
static inline void egca__buf_reserve(egca__buf *b, size_t more)
{
  if (b->failed || b->len + more + 1 <= b->cap)
    return;
  egca__buf_grow(b, more);
}

static inline void egca__buf_put_n(egca__buf *b, const char *s, size_t n)
{
  if (b->failed)
    return;
  if (b->len + n + 1 > b->cap) {
    egca__buf_grow(b, n);
    if (b->failed)
      return;
  }
  memcpy(b->text + b->len, s, n);
  b->len += n;
  b->text[b->len] = '\0';
}

static inline void egca__buf_put(egca__buf *b, const char *s) { egca__buf_put_n(b, s, strlen(s)); }

void egca__buf_printf(egca__buf *b, const char *fmt, ...) EGCA_PRINTF(2, 3);

/* s as a JSON string, quotes included, escaped as all of the library's JSON output is (egca__json_escape). */
void egca__buf_json_string(egca__buf *b, const char *s);
/* The same for the n bytes at s (no NUL among them), whose length the caller knows. */
void egca__buf_json_string_n(egca__buf *b, const char *s, size_t n);

#endif
