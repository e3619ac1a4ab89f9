/* egca — the growing text of buffer.h. */
#include "buffer.h"

#include "json.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void egca__buf_grow(egca__buf *b, size_t more)
{
  if (b->failed || b->len + more + 1 <= b->cap)
    return;
  if (more > SIZE_MAX / 2 - b->len) {
    b->failed = 1;
    return;
  }
  size_t cap = b->cap != 0 ? b->cap : 256;
  while (cap < b->len + more + 1)
    cap *= 2;
  char *grown = realloc(b->text, cap);
  if (grown == NULL) {
    b->failed = 1;
    return;
  }
  b->text = grown;
  b->cap = cap;
}

void egca__buf_printf(egca__buf *b, const char *fmt, ...)
{
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) {
    b->failed = 1;
    return;
  }
  if ((size_t)n < sizeof small) {
    egca__buf_put_n(b, small, (size_t)n);
    return;
  }
  /* Longer than the stack copy: printed again, straight into the buffer. */
  egca__buf_reserve(b, (size_t)n);
  if (b->failed)
    return;
  va_start(ap, fmt);
  vsnprintf(b->text + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void egca__buf_json_string(egca__buf *b, const char *s) { egca__buf_json_string_n(b, s, strlen(s)); }

void egca__buf_json_string_n(egca__buf *b, const char *s, size_t left)
{
  /* A long text a piece at a time, so that the room made for its escapes (six bytes a byte at most) stays
   * small; each piece's room includes the closing quote and the NUL. */
  enum { PIECE = 4096 };
  egca__buf_reserve(b, 6 * (left < PIECE ? left : PIECE) + 2);
  if (b->failed)
    return;
  b->text[b->len++] = '"';
  while (left > 0) {
    const size_t n = left < PIECE ? left : PIECE;
    b->len += egca__json_escape(b->text + b->len, s, n);
    s += n;
    left -= n;
    if (left > 0) {
      egca__buf_reserve(b, 6 * (left < PIECE ? left : PIECE) + 2);
      if (b->failed)
        return;
    }
  }
  b->text[b->len++] = '"';
  b->text[b->len] = '\0';
}
