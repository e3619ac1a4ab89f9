/* egca — strict JSON input over cJSON's tree.
 *
 * yajl reads a clean text into cJSON's node structure in a reader's own memory, and cJSON reads every
 * other text (so that its messages about bad input stay cJSON's reading's; see "The tree, read by yajl");
 * this module adds what cJSON leaves out (see STYLE.md): duplicate keys are rejected,
 * numbers are checked for integrality and range, positions become line:column, and every message
 * carries the JSON pointer of the value it is about. To report the line of a value, locate() walks the
 * source text along the pointer, skipping values without interpreting them. */
#include "json.h"

#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yajl/yajl_parse.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* --- Positions ----------------------------------------------------------------------------------- */

/* The length of a UTF-8 byte order mark at the start of t (3), or 0. RFC 8259 §8.1 lets a parser ignore one;
 * cJSON skips it, and egca skips it for every JSON text alike (a case, an array of cases, an NDJSON line, a
 * profile, a rules file): positions count from after it, as an editor shows them. */
static size_t bom_length(const char *t, size_t len)
{
  return len >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

static void line_column(const char *text, size_t len, size_t offset, int *line, int *column)
{
  int l = 1, c = 1;
  if (offset > len)
    offset = len;
  const size_t from = offset >= 3 ? bom_length(text, len) : 0; /* a byte order mark is not a column */
  for (size_t i = from; i < offset; i++) {
    unsigned char ch = (unsigned char)text[i];
    if (ch == '\n') {
      l++;
      c = 1;
    } else if ((ch & 0xC0) != 0x80) {
      c++; /* count characters, not UTF-8 continuation bytes */
    }
  }
  *line = l;
  *column = c;
}

static size_t skip_ws(const char *t, size_t n, size_t i)
{
  while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r'))
    i++;
  return i;
}

static size_t skip_string(const char *t, size_t n, size_t i)
{
  i++; /* opening quote */
  while (i < n && t[i] != '"')
    i += t[i] == '\\' ? 2 : 1;
  return i < n ? i + 1 : n;
}

/* Skips one value starting at i (already a valid document, so brackets balance). */
static size_t skip_value(const char *t, size_t n, size_t i)
{
  if (i >= n)
    return n;
  if (t[i] == '"')
    return skip_string(t, n, i);
  if (t[i] == '{' || t[i] == '[') {
    int depth = 0;
    while (i < n) {
      if (t[i] == '"') {
        i = skip_string(t, n, i);
        continue;
      }
      if (t[i] == '{' || t[i] == '[')
        depth++;
      else if (t[i] == '}' || t[i] == ']') {
        if (--depth == 0)
          return i + 1;
      }
      i++;
    }
    return n;
  }
  while (i < n && t[i] != ',' && t[i] != '}' && t[i] != ']' && t[i] != ' ' && t[i] != '\n' && t[i] != '\r' &&
         t[i] != '\t')
    i++;
  return i;
}

/* Does the JSON string at t[i] (quoted, raw) equal `key`? Escapes in keys are rare; compare raw. */
static int key_equals(const char *t, size_t n, size_t i, const char *key, size_t key_len)
{
  size_t end = skip_string(t, n, i);
  return end - i - 2 == key_len && memcmp(t + i + 1, key, key_len) == 0;
}

/* Decodes one pointer token (~1 -> /, ~0 -> ~) into buf. */
static size_t pointer_token(const char *p, char *buf, size_t size, const char **next)
{
  size_t j = 0;
  while (*p != '\0' && *p != '/') {
    char c = *p++;
    if (c == '~' && (*p == '0' || *p == '1'))
      c = *p++ == '0' ? '~' : '/';
    if (j + 1 < size)
      buf[j++] = c;
  }
  buf[j] = '\0';
  *next = p;
  return j;
}

/* Offset of the value at `pointer` (or, with `key`, of that member's name, its `occurrence`-th time
 * in the object). Falls back to the deepest position reached. */
static size_t locate(const char *t, size_t n, const char *pointer, const char *key, int occurrence)
{
  size_t i = skip_ws(t, n, bom_length(t, n));
  const char *p = pointer;
  char token[256];
  while (*p == '/') {
    size_t tl = pointer_token(p + 1, token, sizeof token, &p);
    if (i >= n)
      return i;
    if (t[i] == '{') {
      size_t j = skip_ws(t, n, i + 1);
      int found = 0;
      while (j < n && t[j] == '"') {
        int match = key_equals(t, n, j, token, tl);
        j = skip_ws(t, n, skip_string(t, n, j));
        j = skip_ws(t, n, j + 1); /* ':' */
        if (match) {
          i = j;
          found = 1;
          break;
        }
        j = skip_ws(t, n, skip_value(t, n, j));
        if (j < n && t[j] == ',')
          j = skip_ws(t, n, j + 1);
      }
      if (!found)
        return i;
    } else if (t[i] == '[') {
      long index = strtol(token, NULL, 10);
      size_t j = skip_ws(t, n, i + 1);
      for (long k = 0; k < index && j < n && t[j] != ']'; k++) {
        j = skip_ws(t, n, skip_value(t, n, j));
        if (j < n && t[j] == ',')
          j = skip_ws(t, n, j + 1);
      }
      i = j;
    } else {
      return i;
    }
  }
  if (key != NULL && i < n && t[i] == '{') {
    size_t kl = strlen(key);
    size_t j = skip_ws(t, n, i + 1);
    int seen = 0;
    while (j < n && t[j] == '"') {
      if (key_equals(t, n, j, key, kl) && ++seen == occurrence)
        return j;
      j = skip_ws(t, n, skip_string(t, n, j));
      j = skip_ws(t, n, skip_value(t, n, skip_ws(t, n, j + 1)));
      if (j < n && t[j] == ',')
        j = skip_ws(t, n, j + 1);
    }
  }
  return i;
}

static int vfail(egca_error *err, int code, const egca__json_doc *doc, const char *pointer, const char *key,
                 int occurrence, const char *fmt, va_list ap)
{
  if (err == NULL)
    return code;
  egca_error_clear(err);
  err->code = code;
  if (doc->source != NULL)
    egca__error_source(err, doc->source);
  if (doc->text != NULL)
    line_column(doc->text, doc->len, locate(doc->text, doc->len, pointer, key, occurrence), &err->line,
                &err->column);
  if (key != NULL)
    egca__json_pointer_key(err->pointer, sizeof err->pointer, pointer, key);
  else
    snprintf(err->pointer, sizeof err->pointer, "%s", pointer[0] ? pointer : "/");
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  egca__error_seal(err);
  return code;
}

int egca__json_fail(egca_error *err, int code, const egca__json_doc *doc, const char *pointer, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  int rc = vfail(err, code, doc, pointer, NULL, 1, fmt, ap);
  va_end(ap);
  return rc;
}

int egca__json_fail_key(egca_error *err, int code, const egca__json_doc *doc, const char *pointer, const char *key,
                        int occurrence, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  int rc = vfail(err, code, doc, pointer, key, occurrence, fmt, ap);
  va_end(ap);
  return rc;
}

/* --- Pointers ------------------------------------------------------------------------------------ */

/* base + "/" into buf as snprintf(buf, size, "%s/", base) writes it; returns the length the full text needs.
 * By hand: pointers are made for every event of every case a batch reads. */
static size_t put_base(char *buf, size_t size, const char *base)
{
  const size_t n = strlen(base);
  if (size > 0) {
    size_t kept = n < size - 1 ? n : size - 1;
    memcpy(buf, base, kept);
    if (kept < size - 1)
      buf[kept++] = '/';
    buf[kept] = '\0';
  }
  return n + 1;
}

void egca__json_pointer_key(char *buf, size_t size, const char *base, const char *key)
{
  size_t j = put_base(buf, size, base);
  for (const char *k = key; *k != '\0' && j + 3 < size; k++) {
    if (*k == '~' || *k == '/') {
      buf[j++] = '~';
      buf[j++] = *k == '~' ? '0' : '1';
    } else {
      buf[j++] = *k;
    }
  }
  if (j < size)
    buf[j] = '\0';
}

void egca__json_pointer_index(char *buf, size_t size, const char *base, size_t index)
{
  char digits[24];
  size_t n = (size_t)(egca__decimal(digits + sizeof digits, (long long)index) - digits);
  size_t j = put_base(buf, size, base);
  /* As snprintf(buf, size, "%s/%zu", base, index): what does not fit is cut, and the text ends in a NUL. */
  for (; n < sizeof digits && j + 1 < size; n++)
    buf[j++] = digits[n];
  if (j < size)
    buf[j] = '\0';
}

/* Eight bytes of text as one word, for the scans below that pass over plain text a word at a time. */
static uint64_t word_at(const unsigned char *s)
{
  uint64_t w;
  memcpy(&w, s, sizeof w);
  return w;
}

#define BYTES_OF(b) (0x0101010101010101ull * (b))

/* --- Writing ------------------------------------------------------------------------------------- */

/* Whether some byte of w is below 0x20, a quote or a backslash: one that needs escaping. */
static int word_needs_escape(uint64_t w)
{
  const uint64_t quote = w ^ BYTES_OF('"'), backslash = w ^ BYTES_OF('\\');
  const uint64_t low = (w - BYTES_OF(0x20)) & ~w;
  const uint64_t q = (quote - BYTES_OF(1)) & ~quote, b = (backslash - BYTES_OF(1)) & ~backslash;
  return ((low | q | b) & BYTES_OF(0x80)) != 0;
}

size_t egca__json_escape(char *out, const char *s, size_t len)
{
  static const char hex[] = "0123456789abcdef";
  const unsigned char *p = (const unsigned char *)s, *const end = p + len;
  char *o = out;
  while (p < end) {
    /* Plain text (titles, citations, most of a batch's output) goes over eight bytes at a time. */
    const unsigned char *run = p;
#if defined(__SSE2__)
    /* Sixteen bytes at a time where the machine has SSE2 (every x86-64): a byte needs escaping when it equals
     * the quote or the backslash, or when it is at most 0x1F (its unsigned minimum with 0x1F is itself). */
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
    while (p + 16 <= end) {
      const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
      const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                       _mm_cmpeq_epi8(_mm_min_epu8(v, control), v));
      if (_mm_movemask_epi8(hit) != 0)
        break;
      p += 16;
    }
#endif
    while (p + 8 <= end && !word_needs_escape(word_at(p)))
      p += 8;
    while (p < end && *p >= 0x20 && *p != '"' && *p != '\\')
      p++;
    memcpy(o, run, (size_t)(p - run));
    o += p - run;
    if (p == end)
      break;
    const unsigned char c = *p++;
    *o++ = '\\';
    switch (c) {
    case '"': *o++ = '"'; break;
    case '\\': *o++ = '\\'; break;
    case '\n': *o++ = 'n'; break;
    case '\r': *o++ = 'r'; break;
    case '\t': *o++ = 't'; break;
    default:
      memcpy(o, "u00", 3);
      o[3] = hex[c >> 4];
      o[4] = hex[c & 15];
      o += 5;
      break;
    }
  }
  *o = '\0';
  return (size_t)(o - out);
}

/* --- Parsing ------------------------------------------------------------------------------------- */

static int is_json_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* The offset of the first byte of s[0, len) that is not valid UTF-8, or len. *plain says whether the text
 * (up to that byte) has no backslash but in a two-byte escape (\" \\ \/ \b \f \n \r \t) and no control byte
 * but tab, line feed and carriage return: nothing scan_text looks at but numbers and bytes yajl refuses (see
 * read_tree). The escapes are taken in pairs from the start, as a string reads them: a backslash outside a
 * string, which would upset the pairing, is a syntax error to yajl, and such a text goes to the scan. The
 * shipped rules write a quotation mark as \", and \uXXXX is never plain (yajl takes \u0000 and a lone
 * surrogate). Both in one pass, eight bytes at a time over plain ASCII: a batch reads every case's text
 * with it. */
static size_t utf8_scan(const unsigned char *s, size_t len, int *plain)
{
  size_t i = 0;
  int clean = 1;
  while (i < len) {
    /* Plain ASCII, 0x20..0x7F but the backslash. Byte by byte, b + 0x60 has its top bit set when b >= 0x20, and
     * (b ^ '\\') + 0x7F when b is not a backslash; neither sum carries into the next byte while the bytes are
     * below 0x80, which ~w checks (a byte of 0x80 or more fails whatever carries into it). */
    while (i + 8 <= len) {
      const uint64_t w = word_at(s + i);
      const uint64_t ok = (w + BYTES_OF(0x60)) & ((w ^ BYTES_OF('\\')) + BYTES_OF(0x7F)) & ~w;
      if ((ok & BYTES_OF(0x80)) != BYTES_OF(0x80))
        break;
      i += 8;
    }
    if (i == len)
      break;
    unsigned char c = s[i];
    size_t need;
    uint32_t cp;
    if (c < 0x80) {
      if (c == '\\' && i + 1 < len) {
        const unsigned char e = s[i + 1];
        if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
          i += 2;
          continue;
        }
      }
      if (c == '\\' || (c < 0x20 && !is_json_space(c)))
        clean = 0;
      i++;
      continue;
    }
    if ((c & 0xF0) == 0xE0 && i + 2 < len && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
      /* Three bytes, U+0800 to U+FFFF (every Chinese character), at once: neither overlong (E0 before 80..9F)
       * nor a surrogate (ED before A0..BF). Chinese text comes in runs: the next one is tried at once. */
      do {
        if ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] >= 0xA0))
          goto done;
        i += 3;
      } while (i + 2 < len && ((c = s[i]) & 0xF0) == 0xE0 && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80);
      continue;
    }
    if ((c & 0xE0) == 0xC0) {
      need = 1;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      need = 2;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      need = 3;
      cp = c & 0x07;
    } else {
      break;
    }
    size_t k = 1;
    for (; k <= need && i + k < len && (s[i + k] & 0xC0) == 0x80; k++)
      cp = (cp << 6) | (s[i + k] & 0x3F);
    if (k <= need || (need == 1 && cp < 0x80) || (need == 2 && cp < 0x800) ||
        (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
      break; /* a byte missing, an overlong form, a surrogate, or beyond U+10FFFF */
    i += need + 1;
  }
done:
  *plain = clean;
  return i < len ? i : len;
}

/* Declared in internal.h: the iCalendar loader checks its text with it too. */
size_t egca__utf8_invalid_at(const unsigned char *s, size_t len)
{
  int plain;
  return utf8_scan(s, len, &plain);
}

typedef struct member_ref {
  const char *key;
  size_t index;
} member_ref;

static int by_key_then_index(const void *x, const void *y)
{
  const member_ref *a = x, *b = y;
  int c = strcmp(a->key, b->key);
  if (c != 0)
    return c;
  return (a->index > b->index) - (a->index < b->index);
}

/* Up to this many members an object's names are compared pairwise (at most 496 comparisons), both here and
 * while the tree is read (tree_key); a larger object is sorted. 32 covers an entry of deadlines.json (23
 * members), so that the shipped rules need no sorting at all. */
#define PAIRWISE_MEMBERS 32

/* The index (in document order) of the first member whose name an earlier member of `object` already
 * has, or SIZE_MAX. A large object is sorted by name, so that it costs O(n log n), not O(n^2): an object
 * of 100,000 members took 16 s to check. */
static int first_repeated_member(size_t *out, const cJSON *object, egca_error *err)
{
  size_t n = 0;
  for (const cJSON *c = object->child; c != NULL; c = c->next)
    n++;
  *out = SIZE_MAX;
  if (n <= PAIRWISE_MEMBERS) {
    size_t index = 0;
    for (const cJSON *c = object->child; c != NULL; c = c->next, index++)
      for (const cJSON *e = object->child; e != c; e = e->next)
        if (egca__same_name(e->string, c->string)) {
          *out = index;
          return 0;
        }
    return 0;
  }
  member_ref *refs = malloc(n * sizeof *refs);
  if (refs == NULL)
    return egca__fail_nomem(err);
  size_t index = 0;
  for (const cJSON *c = object->child; c != NULL; c = c->next, index++)
    refs[index] = (member_ref){.key = c->string, .index = index};
  qsort(refs, n, sizeof *refs, by_key_then_index);
  for (size_t k = 1; k < n; k++)
    if (refs[k].index < *out && strcmp(refs[k - 1].key, refs[k].key) == 0)
      *out = refs[k].index;
  free(refs);
  return 0;
}

/* Finds the first object (in document order) below `node`, itself included, holding a member name twice:
 * *object is it and *repeat the index of the name's second occurrence; *object stays NULL when there is
 * none. The JSON pointer is only made when one is found (pointer_to): a batch checks millions of cases. */
static int find_duplicate(const cJSON *node, const cJSON **object, size_t *repeat, egca_error *err)
{
  if (cJSON_IsObject(node)) {
    int rc = first_repeated_member(repeat, node, err);
    if (rc < 0)
      return rc;
    if (*repeat != SIZE_MAX) {
      *object = node;
      return 0;
    }
  }
  for (const cJSON *c = node->child; c != NULL; c = c->next) {
    if (c->child == NULL)
      continue;
    int rc = find_duplicate(c, object, repeat, err);
    if (rc < 0 || *object != NULL)
      return rc;
  }
  return 0;
}

/* Writes the JSON pointer of `target`, a value below `node`, after the `used` bytes of `pointer` that hold
 * node's; returns 1 when found. The pointer is built in place, so that the recursion (as deep as cJSON's
 * nesting limit of 1000) keeps no buffer per level: with one, a deeply nested document overflowed a
 * 512 KiB thread stack. */
static int pointer_to(const cJSON *node, const cJSON *target, char *pointer, size_t used, size_t size)
{
  if (node == target)
    return 1;
  size_t index = 0;
  for (const cJSON *c = node->child; c != NULL; c = c->next, index++) {
    if (c->child == NULL)
      continue;
    if (cJSON_IsObject(node))
      egca__json_pointer_key(pointer + used, size - used, "", c->string);
    else
      egca__json_pointer_index(pointer + used, size - used, "", index);
    if (pointer_to(c, target, pointer, used + strlen(pointer + used), size))
      return 1;
  }
  pointer[used] = '\0';
  return 0;
}

/* Fails on the first repeated member name, naming the object by its JSON pointer. */
static int check_duplicates(const egca__json_doc *doc, egca_error *err)
{
  const cJSON *object = NULL;
  size_t repeat = SIZE_MAX;
  int rc = find_duplicate(doc->root, &object, &repeat, err);
  if (rc < 0 || object == NULL)
    return rc;
  const cJSON *member = object->child;
  for (size_t i = 0; i < repeat; i++)
    member = member->next;
  char pointer[512] = "";
  pointer_to(doc->root, object, pointer, 0, sizeof pointer);
  return egca__json_fail_key(err, EGCA_E_INVALID, doc, pointer, member->string, 2,
                             EGCA__TR(err, "duplicate key \"%s\"", "重复的键\"%s\""), member->string);
}

static int fail_at(egca_error *err, const egca__json_doc *doc, size_t offset, const char *fmt, ...) EGCA_PRINTF(4, 5);
static int fail_at(egca_error *err, const egca__json_doc *doc, size_t offset, const char *fmt, ...)
{
  if (err == NULL)
    return EGCA_E_PARSE;
  egca_error_clear(err);
  err->code = EGCA_E_PARSE;
  egca__error_source(err, doc->source ? doc->source : "<json>");
  line_column(doc->text, doc->len, offset, &err->line, &err->column);
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  va_end(ap);
  egca__error_seal(err);
  return EGCA_E_PARSE;
}

/* --- The raw text --------------------------------------------------------------------------------- */

/* cJSON 1.7.15 lets through things that would make a value silently different from its text, so the text is
 * checked before it is trusted:
 *   - an escape \u0000, or \u followed by anything but four hexadecimal digits (which cJSON reads as NUL),
 *     ends a C string early: "enterprise\u0000 (an individual)" would read as "enterprise";
 *   - a lone surrogate (\uD800 alone) has no character (RFC 8259 §8.2); cJSON refuses it, but only as a
 *     "syntax error";
 *   - a control character written raw in a string must be escaped (RFC 8259 §7);
 *   - between tokens JSON allows only space, tab, line feed and carriage return (RFC 8259 §2), where
 *     cJSON takes any byte up to 0x20 for white space.
 * All of these are EGCA_E_PARSE: the text is refused whatever the value's field. The scan also notes whether
 * some number literal might not be an exact integer (a fraction, an exponent or more than 15 digits), so
 * that the exact look at numbers (mark_inexact_integers) runs only for the documents that have one. */
typedef struct text_fault {
  size_t at;          /* offset of the fault; the text's length when there is none */
  int in_value;       /* the fault is in a string or a number (the pointer then names its value or member) */
  egca_lang lang;     /* the language of `what`, the caller's; set before the scan */
  char what[256];
} text_fault;

static int hex_digit(unsigned char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
    return (c | 0x20) - 'a' + 10;
  return -1;
}

/* The code unit of \uXXXX at t[i] (the backslash), or -1 when four hexadecimal digits do not follow. */
static long code_unit_at(const char *t, size_t len, size_t i)
{
  if (i + 6 > len || t[i + 1] != 'u')
    return -1;
  long u = 0;
  for (size_t k = 2; k < 6; k++) {
    int h = hex_digit((unsigned char)t[i + k]);
    if (h < 0)
      return -1;
    u = u * 16 + h;
  }
  return u;
}

/* Checks the escape at t[i] (a backslash inside a string); returns its length, or 0 with f filled. */
static size_t check_escape(const char *t, size_t len, size_t i, text_fault *f)
{
  if (i + 1 >= len)
    return 1; /* the string is not closed: cJSON says so */
  const unsigned char e = (unsigned char)t[i + 1];
  if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't')
    return 2;
  if (e != 'u') {
    if (e > 0x20 && e < 0x7F)
      snprintf(f->what, sizeof f->what,
               EGCA__TR_LANG(f->lang,
                             "invalid escape \\%c: a string allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX (RFC 8259 section 7)",
                             "无效的转义\\%c：字符串只允许\\\" \\\\ \\/ \\b \\f \\n \\r \\t和\\uXXXX（RFC 8259第7节）"),
               e);
    else
      snprintf(f->what, sizeof f->what,
               EGCA__TR_LANG(f->lang, "invalid escape: a backslash before byte 0x%02X (RFC 8259 section 7)",
                             "无效的转义：反斜杠后为字节0x%02X（RFC 8259第7节）"),
               e);
    return 0;
  }
  const long u = code_unit_at(t, len, i);
  if (u < 0) {
    snprintf(f->what, sizeof f->what, "%s",
             EGCA__TR_LANG(f->lang, "invalid escape: \\u must be followed by four hexadecimal digits",
                           "无效的转义：\\u后须为四位十六进制数字"));
    return 0;
  }
  if (u == 0) {
    snprintf(f->what, sizeof f->what, "%s",
             EGCA__TR_LANG(f->lang, "\\u0000 in a string: egca's strings cannot hold a NUL character",
                           "字符串中有\\u0000：egca的字符串不能含NUL字符"));
    return 0;
  }
  if (u >= 0xDC00 && u <= 0xDFFF) {
    snprintf(f->what, sizeof f->what,
             EGCA__TR_LANG(f->lang, "\\u%04lX is a low surrogate without a high one before it (RFC 8259 section 8.2)",
                           "\\u%04lX是低位代理项，其前没有高位代理项（RFC 8259第8.2节）"),
             u);
    return 0;
  }
  if (u >= 0xD800 && u <= 0xDBFF) {
    const long low = code_unit_at(t, len, i + 6);
    if (i + 6 < len && t[i + 6] == '\\' && low >= 0xDC00 && low <= 0xDFFF)
      return 12;
    snprintf(f->what, sizeof f->what,
             EGCA__TR_LANG(f->lang,
                           "\\u%04lX is a high surrogate without a low one (\\uDC00-\\uDFFF) after it (RFC 8259 section 8.2)",
                           "\\u%04lX是高位代理项，其后没有低位代理项（\\uDC00-\\uDFFF）（RFC 8259第8.2节）"),
             u);
    return 0;
  }
  return 6;
}

/* Whether t[0, n) is a number as RFC 8259 §6 writes it: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static int json_number(const char *t, size_t n)
{
  size_t i = 0;
  if (i < n && t[i] == '-')
    i++;
  if (i < n && t[i] == '0')
    i++;
  else if (i < n && t[i] >= '1' && t[i] <= '9')
    while (i < n && t[i] >= '0' && t[i] <= '9')
      i++;
  else
    return 0;
  if (i < n && t[i] == '.') {
    const size_t first = ++i;
    while (i < n && t[i] >= '0' && t[i] <= '9')
      i++;
    if (i == first)
      return 0;
  }
  if (i < n && (t[i] | 0x20) == 'e') {
    i++;
    if (i < n && (t[i] == '+' || t[i] == '-'))
      i++;
    const size_t first = i;
    while (i < n && t[i] >= '0' && t[i] <= '9')
      i++;
    if (i == first)
      return 0;
  }
  return i == n;
}

/* Scans t[from, len); fills f with the first fault (f->at == len when none) and returns 1 when some number
 * literal is to be looked at exactly. */
/* What the scan below stops at, a byte's class. Inside a string: a quote, a backslash or a control byte;
 * between tokens: a quote, the first byte of a number, or a control byte that is not JSON white space. A
 * table lookup a byte costs a fraction of the comparisons it replaces, on the batch's path. */
enum { PLAIN = 0, STOP_IN_STRING = 1, STOP_BETWEEN = 2 };
static const unsigned char byte_class[256] = {
    /* 0x00..0x1f: control bytes stop a string; between tokens all but \t \n \r are faults */
    [0x00] = 3, [0x01] = 3, [0x02] = 3, [0x03] = 3, [0x04] = 3, [0x05] = 3, [0x06] = 3, [0x07] = 3,
    [0x08] = 3, [0x09] = 1, [0x0a] = 1, [0x0b] = 3, [0x0c] = 3, [0x0d] = 1, [0x0e] = 3, [0x0f] = 3,
    [0x10] = 3, [0x11] = 3, [0x12] = 3, [0x13] = 3, [0x14] = 3, [0x15] = 3, [0x16] = 3, [0x17] = 3,
    [0x18] = 3, [0x19] = 3, [0x1a] = 3, [0x1b] = 3, [0x1c] = 3, [0x1d] = 3, [0x1e] = 3, [0x1f] = 3,
    ['"'] = 3, ['\\'] = 1, ['-'] = 2,
    ['0'] = 2, ['1'] = 2, ['2'] = 2, ['3'] = 2, ['4'] = 2, ['5'] = 2, ['6'] = 2, ['7'] = 2, ['8'] = 2, ['9'] = 2,
};

static int scan_text(const char *t, size_t len, size_t from, text_fault *f)
{
  const unsigned char *u = (const unsigned char *)t;
  int numbers = 0;
  f->at = len;
  f->in_value = 0;
  f->what[0] = '\0';
  size_t i = from;
  while (i < len) {
    /* Plain text between tokens (structure, white space, true/false/null) is passed over at once. */
    while (i < len && !(byte_class[u[i]] & STOP_BETWEEN))
      i++;
    if (i >= len)
      break;
    const unsigned char c = u[i];
    if (c == '"') {
      /* A string: plain text goes eight bytes at a time, up to a quote, a backslash or a control byte. */
      i++;
      for (;;) {
        while (i + 8 <= len && !word_needs_escape(word_at(u + i)))
          i += 8;
        while (i < len && !(byte_class[u[i]] & STOP_IN_STRING))
          i++;
        if (i >= len || u[i] == '"')
          break;
        if (u[i] == '\\') {
          const size_t n = check_escape(t, len, i, f);
          if (n == 0) {
            f->at = i;
            f->in_value = 1;
            return numbers;
          }
          i += n;
          continue;
        }
        f->at = i;
        f->in_value = 1;
        snprintf(f->what, sizeof f->what,
                 EGCA__TR_LANG(f->lang, "control character U+%04X in a string: write it escaped (\\u%04X)",
                               "字符串中有控制字符U+%04X：应写作转义（\\u%04X）"),
                 (unsigned)u[i], (unsigned)u[i]);
        return numbers;
      }
      i++;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      const size_t start = i;
      size_t digits = 0;
      for (; i < len && (u[i] == '-' || u[i] == '+' || u[i] == '.' || (u[i] | 0x20) == 'e' ||
                         (u[i] >= '0' && u[i] <= '9'));
           i++) {
        if (u[i] >= '0' && u[i] <= '9')
          digits++;
        else if (u[i] != '-')
          numbers = 1; /* a fraction or an exponent */
      }
      if (digits > 15)
        numbers = 1; /* below 10^15 every integer is a double exactly */
      if (!json_number(t + start, i - start)) {
        /* cJSON hands the token to strtod, which also takes 030, 1. and 1.e5. */
        f->at = start;
        f->in_value = 1;
        if (i - start <= 40)
          snprintf(f->what, sizeof f->what,
                   EGCA__TR_LANG(f->lang, "%.*s is not a JSON number (RFC 8259 section 6)",
                                 "%.*s不是JSON数字（RFC 8259第6节）"),
                   (int)(i - start), t + start);
        else
          snprintf(f->what, sizeof f->what,
                   EGCA__TR_LANG(f->lang, "%.37s... is not a JSON number (RFC 8259 section 6)",
                                 "%.37s...不是JSON数字（RFC 8259第6节）"),
                   t + start);
        return numbers;
      }
    } else if (c < 0x20 && !is_json_space(c)) {
      f->at = i;
      snprintf(f->what, sizeof f->what,
               EGCA__TR_LANG(f->lang,
                             "control character U+%04X outside a string: JSON allows only space, tab, line feed and "
                             "carriage return between tokens (RFC 8259 section 2)",
                             "字符串外有控制字符U+%04X：JSON的记号之间只允许空格、制表符、换行符和回车符（RFC 8259第2节）"),
               (unsigned)c);
      return numbers;
    } else {
      i++;
    }
  }
  return numbers;
}

/* Decodes the string t[i] (its opening quote) for a JSON pointer, into buf: an escape it cannot hold (one
 * refused by check_escape, or \u0000) is kept as written, so that a member name such as "ty\u0000pe" is
 * shown as the text writes it. */
static void decode_name(const char *t, size_t len, size_t i, char *buf, size_t size)
{
  size_t j = 0;
  for (i++; i < len && t[i] != '"' && j + 5 < size;) {
    if (t[i] != '\\') {
      buf[j++] = t[i++];
      continue;
    }
    text_fault f = {0};
    const size_t n = check_escape(t, len, i, &f);
    const char e = i + 1 < len ? t[i + 1] : '\\';
    if (n == 2) {
      static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
      buf[j++] = to[strchr(from, e) - from];
    } else if (n == 6 || n == 12) {
      unsigned long cp = (unsigned long)code_unit_at(t, len, i);
      if (n == 12)
        cp = 0x10000 + ((cp - 0xD800) << 10) + ((unsigned long)code_unit_at(t, len, i + 6) - 0xDC00);
      if (cp < 0x80) {
        buf[j++] = (char)cp;
      } else if (cp < 0x800) {
        buf[j++] = (char)(0xC0 | (cp >> 6));
        buf[j++] = (char)(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        buf[j++] = (char)(0xE0 | (cp >> 12));
        buf[j++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[j++] = (char)(0x80 | (cp & 0x3F));
      } else {
        buf[j++] = (char)(0xF0 | (cp >> 18));
        buf[j++] = (char)(0x80 | ((cp >> 12) & 0x3F));
        buf[j++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[j++] = (char)(0x80 | (cp & 0x3F));
      }
    } else {
      /* Kept as written: the backslash and what follows it, up to six bytes. */
      size_t k = 0;
      for (; k < 6 && i + k < len && t[i + k] != '"' && j + 1 < size; k++)
        buf[j++] = t[i + k];
      i += k;
      continue;
    }
    i += n;
  }
  buf[j] = '\0';
}

/* The JSON pointer of the value that holds offset `at` (a string or a number; a member name's member),
 * from the text before it, which is well formed: the scan stopped at its first fault and cJSON did not stop
 * before it. Only made for an error. Empty when it cannot be made (no memory). */
static void pointer_at(const char *t, size_t len, size_t from, size_t at, char *out, size_t size)
{
  typedef struct frame {
    char kind;      /* '{' or '[' */
    int want_name;  /* an object whose next string is a member name */
    size_t index;   /* an array's current element */
    size_t name;    /* an object's current member name (offset of its quote) */
  } frame;
  out[0] = '\0';
  frame *frames = malloc((CJSON_NESTING_LIMIT + 1) * sizeof *frames);
  if (frames == NULL)
    return;
  size_t depth = 0;
  for (size_t i = from; i < at;) {
    const char c = t[i];
    if (c == '"') {
      const size_t end = skip_string(t, len, i);
      frame *top = depth > 0 ? &frames[depth - 1] : NULL;
      const int name = top != NULL && top->kind == '{' && top->want_name;
      if (end > at) { /* the string at fault: a member name's pointer is its member's */
        if (name)
          top->name = i;
        break;
      }
      if (name) {
        top->name = i;
        top->want_name = 0;
      }
      i = end;
      continue;
    }
    if ((c == '{' || c == '[') && depth <= CJSON_NESTING_LIMIT)
      frames[depth++] = (frame){.kind = c, .want_name = c == '{', .index = 0, .name = 0};
    else if ((c == '}' || c == ']') && depth > 0)
      depth--;
    else if (c == ',' && depth > 0) {
      frames[depth - 1].index++;
      frames[depth - 1].want_name = frames[depth - 1].kind == '{';
    }
    i++;
  }
  size_t used = 0;
  for (size_t k = 0; k < depth && used + 1 < size; k++) {
    if (frames[k].kind == '[') {
      egca__json_pointer_index(out + used, size - used, "", frames[k].index);
    } else {
      char name[256];
      decode_name(t, len, frames[k].name, name, sizeof name);
      egca__json_pointer_key(out + used, size - used, "", name);
    }
    used += strlen(out + used);
  }
  free(frames);
}

/* --- Numbers that must be exact integers ------------------------------------------------------------- */

/* What a number literal (RFC 8259 §6) is as an integer field would read it. cJSON reads
 * 29.999999999999999999 as the double 30, and 9007199254740993 as 9007199254740992: the double alone cannot
 * tell that the text was not that integer, so the text is read. 30, 30.0, 3e1 and 3.0E+1 are the integer 30. */
enum { LITERAL_EXACT, LITERAL_FRACTION, LITERAL_INEXACT };

static int classify_literal(const char *t, size_t n, double d)
{
  size_t i = t[0] == '-' ? 1 : 0;
  char sig[19];          /* the first significant digits */
  long long nsig = 0;    /* significant digits: from the first nonzero one to the last digit */
  long long last = 0;    /* how many of them up to the last nonzero one */
  long long fraction = 0;
  for (int in_fraction = 0; i < n && (t[i] == '.' || (t[i] >= '0' && t[i] <= '9')); i++) {
    if (t[i] == '.') {
      in_fraction = 1;
      continue;
    }
    fraction += in_fraction;
    if (nsig == 0 && t[i] == '0')
      continue;
    if (nsig < (long long)sizeof sig)
      sig[nsig] = t[i];
    nsig++;
    if (t[i] != '0')
      last = nsig;
  }
  long long exponent = 0;
  if (i < n && (t[i] | 0x20) == 'e') {
    int negative = t[++i] == '-';
    if (t[i] == '-' || t[i] == '+')
      i++;
    for (; i < n && t[i] >= '0' && t[i] <= '9'; i++)
      if (exponent < 1000000)
        exponent = exponent * 10 + (t[i] - '0');
    if (negative)
      exponent = -exponent;
  }
  if (last == 0)
    return LITERAL_EXACT; /* zero, however written */
  /* The value is sig[0..last) * 10^scale. */
  const long long scale = exponent - fraction + (nsig - last);
  if (scale < 0)
    return LITERAL_FRACTION;
  if (last + scale > 19)
    return LITERAL_EXACT; /* 10^19 or more: beyond any range a field allows, which says so */
  unsigned long long v = 0;
  for (long long k = 0; k < last; k++)
    v = v * 10 + (unsigned long long)(sig[k] - '0');
  for (long long k = 0; k < scale; k++)
    v *= 10;
  const double a = fabs(d);
  return a < 18446744073709551616.0 && (unsigned long long)a == v ? LITERAL_EXACT : LITERAL_INEXACT;
}

typedef struct egca__json_inexact {
  const cJSON *value;
  size_t at;   /* offset of its text */
  size_t len;
  int kind;    /* LITERAL_FRACTION or LITERAL_INEXACT */
} inexact_number;

typedef struct number_walk {
  const char *t;
  size_t len, cursor;
  inexact_number *found;
  size_t count, cap;
  int nomem;
} number_walk;

/* The offset of the next number literal from w->cursor (strings skipped); its length in *n. */
static size_t next_literal(number_walk *w, size_t *n)
{
  size_t i = w->cursor;
  while (i < w->len) {
    const char c = w->t[i];
    if (c == '"') {
      i = skip_string(w->t, w->len, i);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      size_t j = i;
      while (j < w->len && (w->t[j] == '-' || w->t[j] == '+' || w->t[j] == '.' || (w->t[j] | 0x20) == 'e' ||
                            (w->t[j] >= '0' && w->t[j] <= '9')))
        j++;
      *n = j - i;
      w->cursor = j;
      return i;
    } else {
      i++;
    }
  }
  *n = 0;
  w->cursor = w->len;
  return w->len;
}

/* Visits the values below `node` in document order, the order of their literals in the text, and notes
 * every number whose double is an integer that its text is not. Recursive as deep as cJSON's nesting limit
 * of 1000, with a small frame. */
static void walk_numbers(number_walk *w, const cJSON *node)
{
  for (const cJSON *c = node; c != NULL && !w->nomem; c = c->next) {
    if (cJSON_IsNumber(c)) {
      size_t n;
      const size_t at = next_literal(w, &n);
      const double d = c->valuedouble;
      if (n == 0 || !isfinite(d) || d != floor(d))
        continue; /* not finite, or not integral: the getters say so from the double */
      const int kind = classify_literal(w->t + at, n, d);
      if (kind == LITERAL_EXACT)
        continue;
      if (w->count == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 8;
        inexact_number *grown = realloc(w->found, cap * sizeof *grown);
        if (grown == NULL) {
          w->nomem = 1;
          return;
        }
        w->found = grown;
        w->cap = cap;
      }
      w->found[w->count++] = (inexact_number){c, at, n, kind};
    } else if (c->child != NULL) {
      walk_numbers(w, c->child);
    }
  }
}

static int by_value(const void *x, const void *y)
{
  const uintptr_t a = (uintptr_t)((const inexact_number *)x)->value, b = (uintptr_t)((const inexact_number *)y)->value;
  return (a > b) - (a < b);
}

/* Fills doc->inexact (sorted by value, for the getters' look-up). */
static int mark_inexact_integers(egca__json_doc *doc, size_t from, egca_error *err)
{
  number_walk w = {.t = doc->text, .len = doc->len, .cursor = from};
  walk_numbers(&w, doc->root);
  if (w.nomem) {
    free(w.found);
    return egca__fail_nomem(err);
  }
  if (w.count > 1)
    qsort(w.found, w.count, sizeof *w.found, by_value);
  doc->inexact = w.found;
  doc->inexact_count = w.count;
  return 0;
}

static const inexact_number *find_inexact(const egca__json_doc *doc, const cJSON *v)
{
  if (doc->inexact_count == 0)
    return NULL;
  const inexact_number key = {.value = v};
  return bsearch(&key, doc->inexact, doc->inexact_count, sizeof key, by_value);
}

/* How many arrays and objects are open before offset `at` (strings skipped), and the innermost of them
 * ('[' or '{'; 0 when none, or deeper than cJSON's nesting limit). cJSON refuses to open one more than
 * CJSON_NESTING_LIMIT, and the message should say so rather than "syntax error". */
static size_t open_at(const char *t, size_t at, char *innermost)
{
  size_t depth = 0;
  char open[CJSON_NESTING_LIMIT + 2];
  for (size_t i = 0; i < at; i++) {
    if (t[i] == '"') {
      for (i++; i < at && t[i] != '"'; i++)
        if (t[i] == '\\')
          i++;
    } else if (t[i] == '[' || t[i] == '{') {
      if (depth < sizeof open)
        open[depth] = t[i];
      depth++;
    } else if ((t[i] == ']' || t[i] == '}') && depth > 0) {
      depth--;
    }
  }
  *innermost = depth > 0 && depth <= sizeof open ? open[depth - 1] : 0;
  return depth;
}

/* Where cJSON stopped, as the offset of the character at fault. cJSON reports one character too far when a
 * member's name should begin (after '{' or ','), is not a string, and its string reader has stepped over
 * the expected quote: {"a": 1, } stopped after the '}'. */
static size_t error_offset(const char *t, size_t len, size_t at)
{
  if (at == 0 || at > len)
    return at;
  const size_t p = at - 1;
  if (t[p] == '"' || t[p] == ' ' || t[p] == '\t' || t[p] == '\r' || t[p] == '\n')
    return at;
  size_t q = p;
  while (q > 0 && (t[q - 1] == ' ' || t[q - 1] == '\t' || t[q - 1] == '\r' || t[q - 1] == '\n'))
    q--;
  char innermost;
  if (q > 0 && (t[q - 1] == '{' || t[q - 1] == ',') && (open_at(t, p, &innermost), innermost == '{'))
    return p;
  return at;
}

/* --- The tree, read by yajl into a reader's scratch memory ---------------------------------------------- */

/* cJSON allocates a node and a string for every value (about 140 blocks a case of a batch) through an
 * allocator it keeps process-wide (cJSON_InitHooks), which a library must not set. yajl takes its allocator
 * per handle, so a document whose text passed the scan is read by yajl into cJSON's own node structure,
 * allocated from the reader's scratch: every other part of this module and its callers reads the same tree
 * as before. A text yajl does not take (a syntax error, nesting deeper than cJSON's limit, a number longer
 * than cJSON reads), or a scratch that runs out of memory, goes to cJSON as before, so that every message
 * about bad input is the one cJSON's reading gives. */

/* The tree's memory is taken in blocks and given back all at once, when the document is freed
 * (scratch_reset). yajl's own buffers come from a region of their own, reserved before the parse at a size
 * that bounds them (see read_tree): yajl does not check every allocation it makes for NULL, so it must not
 * meet a failure. Each allocation in the region has a header with its size, for yajl's realloc. */
typedef struct scratch_block {
  struct scratch_block *next;
  size_t size, used;
  max_align_t data[];
} scratch_block;

struct egca__json_scratch {
  scratch_block *blocks;   /* the tree's, newest first */
  unsigned char *region;   /* yajl's */
  size_t region_size, region_used;
  unsigned char *last;     /* the latest allocation in the region (for a realloc in place) */
};

#define SCRATCH_ALIGN ((size_t)16)
#define SCRATCH_HEADER SCRATCH_ALIGN
#define SCRATCH_BLOCK ((size_t)32 << 10)
#define SCRATCH_KEEP ((size_t)1 << 20) /* a block larger than this is not kept for the next document */

egca__json_scratch *egca__json_scratch_new(void) { return calloc(1, sizeof(egca__json_scratch)); }

static void free_blocks(scratch_block *b)
{
  while (b != NULL) {
    scratch_block *next = b->next;
    free(b);
    b = next;
  }
}

void egca__json_scratch_free(egca__json_scratch *s)
{
  if (s == NULL)
    return;
  free_blocks(s->blocks);
  free(s->region);
  free(s);
}

/* Forgets every allocation; keeps the largest block (up to SCRATCH_KEEP) for the next document. */
static void scratch_reset(egca__json_scratch *s)
{
  scratch_block *keep = NULL;
  for (scratch_block *b = s->blocks; b != NULL; b = b->next)
    if (b->size <= SCRATCH_KEEP && (keep == NULL || b->size > keep->size))
      keep = b;
  for (scratch_block *b = s->blocks, *next; b != NULL; b = next) {
    next = b->next;
    if (b != keep)
      free(b);
  }
  if (keep != NULL) {
    keep->next = NULL;
    keep->used = 0;
  }
  s->blocks = keep;
  if (s->region_size > SCRATCH_KEEP) {
    free(s->region);
    s->region = NULL;
    s->region_size = 0;
  }
  s->region_used = 0;
  s->last = NULL;
}

/* A new block with room for `need` bytes, at the head of s's list; NULL when out of memory. Kept out of
 * scratch_alloc, which runs for every value of every case of a batch, so that its common path stays short. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static scratch_block *scratch_grow(egca__json_scratch *s, size_t need)
{
  scratch_block *b = s->blocks;
  size_t size = b != NULL && b->size < SCRATCH_KEEP ? b->size * 2 : SCRATCH_BLOCK;
  if (size < need)
    size = need;
  scratch_block *fresh = malloc(sizeof *fresh + size);
  if (fresh == NULL)
    return NULL;
  fresh->size = size;
  fresh->used = 0;
  fresh->next = b;
  s->blocks = fresh;
  return fresh;
}

static void *scratch_alloc(egca__json_scratch *s, size_t n)
{
  if (n > SIZE_MAX / 2)
    return NULL;
  const size_t need = (n + SCRATCH_ALIGN - 1) & ~(SCRATCH_ALIGN - 1);
  scratch_block *b = s->blocks;
  if ((b == NULL || b->size - b->used < need) && (b = scratch_grow(s, need)) == NULL)
    return NULL;
  void *p = (unsigned char *)b->data + b->used;
  b->used += need;
  return p;
}

/* Makes the region at least `size` bytes, empty. */
static int region_reserve(egca__json_scratch *s, size_t size)
{
  s->region_used = 0;
  s->last = NULL;
  if (s->region_size >= size)
    return 0;
  free(s->region);
  s->region = malloc(size);
  s->region_size = s->region != NULL ? size : 0;
  return s->region != NULL ? 0 : -1;
}

/* yajl's allocator (yajl_alloc_funcs), on the region; past its end (which the reserve rules out) on the C
 * library's, given back there. */
static int in_region(const egca__json_scratch *s, const void *p)
{
  return s->region != NULL && (const unsigned char *)p >= s->region &&
         (const unsigned char *)p < s->region + s->region_size;
}

static void *yajl_scratch_malloc(void *ctx, size_t n)
{
  egca__json_scratch *s = ctx;
  const size_t need = n <= SIZE_MAX / 2 ? SCRATCH_HEADER + ((n + SCRATCH_ALIGN - 1) & ~(SCRATCH_ALIGN - 1)) : SIZE_MAX;
  if (s->region_size - s->region_used < need)
    return malloc(n);
  unsigned char *p = s->region + s->region_used;
  s->region_used += need;
  memcpy(p, &n, sizeof n);
  return s->last = p + SCRATCH_HEADER;
}

static void yajl_scratch_free(void *ctx, void *p)
{
  if (p != NULL && !in_region(ctx, p))
    free(p);
}

static void *yajl_scratch_realloc(void *ctx, void *p, size_t n)
{
  egca__json_scratch *s = ctx;
  if (p == NULL)
    return yajl_scratch_malloc(ctx, n);
  if (!in_region(s, p))
    return realloc(p, n);
  size_t old;
  memcpy(&old, (unsigned char *)p - SCRATCH_HEADER, sizeof old);
  const size_t at = (size_t)((unsigned char *)p - s->region);
  if (p == s->last && n <= SIZE_MAX / 2 && ((n + SCRATCH_ALIGN - 1) & ~(SCRATCH_ALIGN - 1)) <= s->region_size - at) {
    s->region_used = at + ((n + SCRATCH_ALIGN - 1) & ~(SCRATCH_ALIGN - 1)); /* the latest grows in place */
    memcpy((unsigned char *)p - SCRATCH_HEADER, &n, sizeof n);
    return p;
  }
  void *q = yajl_scratch_malloc(ctx, n);
  if (q != NULL)
    memcpy(q, p, old < n ? old : n);
  return q;
}

typedef struct tree_reader {
  egca__json_scratch *s;
  yajl_handle h;
  size_t end;          /* where the root array or object ends (after its bracket), from where yajl began */
  cJSON *root;
  cJSON *open;         /* the innermost array or object being read; its valuestring holds its parent meanwhile */
  char *key;           /* the member name read before its value */
  int depth;
  int numbers;         /* some number literal has a fraction, an exponent or more than 15 digits (as scan_text) */
  int repeats;         /* some object may hold a member name twice (see tree_key) */
  char decimal_point;  /* the locale's, as cJSON reads numbers; 0 until the first number asks for it */
} tree_reader;

/* A new node of `type`, appended to the open array or object (as cJSON links them: the first child's prev is
 * the last child), named by the pending member name; `extra` bytes follow it in the same allocation (a string
 * value's text). */
static cJSON *tree_add(tree_reader *r, int type, size_t extra)
{
  cJSON *item = scratch_alloc(r->s, sizeof *item + extra);
  if (item == NULL)
    return NULL;
  *item = (cJSON){.type = type};
  cJSON *parent = r->open;
  if (parent == NULL) {
    r->root = item;
    return item;
  }
  cJSON *first = parent->child;
  if (first == NULL) {
    parent->child = item;
  } else {
    cJSON *last = first->prev;
    last->next = item;
    item->prev = last;
  }
  parent->child->prev = item;
  if (parent->type == cJSON_Object) {
    item->string = r->key;
    r->key = NULL;
  }
  return item;
}

static char *tree_string(tree_reader *r, const unsigned char *s, size_t n)
{
  char *copy = scratch_alloc(r->s, n + 1);
  if (copy != NULL) {
    memcpy(copy, s, n);
    copy[n] = '\0';
  }
  return copy;
}

static int tree_null(void *ctx) { return tree_add(ctx, cJSON_NULL, 0) != NULL; }

static int tree_boolean(void *ctx, int value)
{
  cJSON *item = tree_add(ctx, value ? cJSON_True : cJSON_False, 0);
  if (item != NULL && value)
    item->valueint = 1;
  return item != NULL;
}

/* The number as cJSON 1.7.15 reads it (parse_number): the literal, the locale's decimal point for '.',
 * strtod, and valueint saturated. A literal longer than cJSON's own buffer of 63 bytes is left to cJSON. */
static int tree_number(void *ctx, const char *t, size_t n)
{
  tree_reader *r = ctx;
  char literal[64];
  if (n >= sizeof literal)
    return 0;
  memcpy(literal, t, n);
  literal[n] = '\0';
  size_t digits = 0;
  for (size_t i = 0; i < n; i++) {
    if (t[i] >= '0' && t[i] <= '9')
      digits++;
    else if (t[i] != '-')
      r->numbers = 1;
  }
  if (digits > 15)
    r->numbers = 1;
  if (r->decimal_point == 0) {
    const struct lconv *lc = localeconv();
    r->decimal_point = lc != NULL && lc->decimal_point != NULL && lc->decimal_point[0] ? lc->decimal_point[0] : '.';
  }
  if (r->decimal_point != '.')
    for (size_t i = 0; i < n; i++)
      if (literal[i] == '.')
        literal[i] = r->decimal_point;
  char *after = NULL;
  const double number = strtod(literal, &after);
  if (after != literal + n)
    return 0;
  cJSON *item = tree_add(r, cJSON_Number, 0);
  if (item == NULL)
    return 0;
  item->valuedouble = number;
  if (number >= INT_MAX)
    item->valueint = INT_MAX;
  else if (number <= (double)INT_MIN)
    item->valueint = INT_MIN;
  else
    item->valueint = (int)number;
  return 1;
}

/* A string value: its text right after its node, one allocation for both. */
static int tree_value_string(void *ctx, const unsigned char *s, size_t n)
{
  cJSON *item = n < SIZE_MAX / 2 ? tree_add(ctx, cJSON_String, n + 1) : NULL;
  if (item == NULL)
    return 0;
  char *copy = (char *)(item + 1);
  memcpy(copy, s, n);
  copy[n] = '\0';
  item->valuestring = copy;
  return 1;
}

/* A member name; notes whether it repeats an earlier one of its object, so that the full check of the tree
 * (check_duplicates, which names the first repeat in document order) runs only for a document that may have
 * one. An object of more than PAIRWISE_MEMBERS members is left to that check, which is O(n log n) for a
 * large one. */
static int tree_key(void *ctx, const unsigned char *s, size_t n)
{
  tree_reader *r = ctx;
  r->key = tree_string(r, s, n);
  if (r->key == NULL)
    return 0;
  int seen = 0, repeats = r->repeats;
  for (const cJSON *c = r->open->child; c != NULL && !repeats; c = c->next)
    repeats = ++seen > PAIRWISE_MEMBERS || egca__same_name(c->string, r->key);
  r->repeats = repeats;
  return 1;
}

/* cJSON refuses to open an array or object CJSON_NESTING_LIMIT deep; such a text is left to it. */
static int tree_open(tree_reader *r, int type)
{
  if (r->depth >= CJSON_NESTING_LIMIT)
    return 0;
  cJSON *item = tree_add(r, type, 0);
  if (item == NULL)
    return 0;
  item->valuestring = (char *)r->open;
  r->open = item;
  r->depth++;
  return 1;
}

static int tree_close(void *ctx)
{
  tree_reader *r = ctx;
  cJSON *item = r->open;
  r->open = (cJSON *)item->valuestring;
  item->valuestring = NULL;
  if (--r->depth == 0)
    r->end = yajl_get_bytes_consumed(r->h);
  return 1;
}

static int tree_start_map(void *ctx) { return tree_open(ctx, cJSON_Object); }
static int tree_start_array(void *ctx) { return tree_open(ctx, cJSON_Array); }

static const yajl_callbacks tree_callbacks = {
    .yajl_null = tree_null,
    .yajl_boolean = tree_boolean,
    .yajl_number = tree_number,
    .yajl_string = tree_value_string,
    .yajl_start_map = tree_start_map,
    .yajl_map_key = tree_key,
    .yajl_end_map = tree_close,
    .yajl_start_array = tree_start_array,
    .yajl_end_array = tree_close,
};

/* The tree of t[from, len) in s, or NULL (s then reset) when yajl does not read it as cJSON would. The text
 * is valid UTF-8, and either has passed scan_text or is plain (utf8_scan): then every fault the scan looks
 * for is one yajl refuses too (a control byte in a string, a number RFC 8259 does not write), and such a
 * text goes to the scan and cJSON. *numbers is set as scan_text sets it; *repeats is 0 when no object of the
 * tree holds a member name twice. */
static cJSON *read_tree(egca__json_scratch *s, const char *t, size_t len, size_t from, int *numbers, int *repeats)
{
  /* yajl's buffers: its handle and lexer (under 1 KiB), its stack of open arrays and objects (one byte a
   * level, grown 128 at a time, at most CJSON_NESTING_LIMIT + 1 levels as tree_open stops there: under 6 KiB
   * in all its sizes), and two buffers, for a string with escapes and for a token cut by the end of the
   * input, each doubled from 2 KiB up to twice the longest such token (at most the text): under
   * 4 x (len + 2 KiB) each in all their sizes. Each allocation has a header of SCRATCH_HEADER bytes, and yajl
   * makes a few dozen: 8 len + 24 KiB in all, and 8 KiB to spare. */
  if (len > (SIZE_MAX - ((size_t)32 << 10)) / 8 || region_reserve(s, 8 * len + ((size_t)32 << 10)) < 0)
    return NULL;
  tree_reader r = {.s = s};
  yajl_alloc_funcs funcs = {yajl_scratch_malloc, yajl_scratch_realloc, yajl_scratch_free, s};
  yajl_handle h = r.h = yajl_alloc(&tree_callbacks, &funcs, &r);
  if (h == NULL) {
    scratch_reset(s);
    return NULL;
  }
  yajl_config(h, yajl_dont_validate_strings, 1); /* utf8_scan has, and more strictly */
  int ok = yajl_parse(h, (const unsigned char *)t + from, len - from) == yajl_status_ok;
  /* An array or object that has closed is complete: yajl_complete_parse would read nothing more (what follows
   * it is checked below). Anything else is finished by yajl: a number at the end, which yajl takes to go on,
   * or a bracket still open. */
  const int closed = r.root != NULL && r.open == NULL && (r.root->type == cJSON_Array || r.root->type == cJSON_Object);
  if (ok && !closed)
    ok = yajl_complete_parse(h) == yajl_status_ok;
  ok = ok && r.root != NULL && r.open == NULL;
  yajl_free(h);
  /* yajl 2.1.0 takes a string left open after the value ({"a":1} "x) as an unfinished token, and the end
   * of the text as its end: only white space may follow the value. */
  if (ok) {
    const size_t end = r.root->type == cJSON_Array || r.root->type == cJSON_Object
                           ? from + r.end
                           : skip_value(t, len, skip_ws(t, len, from));
    ok = skip_ws(t, len, end) == len;
  }
  if (!ok) {
    scratch_reset(s);
    return NULL;
  }
  *numbers = r.numbers;
  *repeats = r.repeats;
  return r.root;
}

/* cJSON's reading of the text, for the texts read_tree leaves to it: the tree, or the first fault of the
 * scan's and cJSON's. */
static int read_with_cjson(cJSON **out, const egca__json_doc *doc, size_t from, const text_fault *fault,
                           egca_error *err)
{
  const char *const text = doc->text;
  const size_t len = doc->len;
  /* cJSON is given the text with a NUL after it, so that it can check nothing follows the value. The
   * callers' texts need not have one (a batch's case is a line of the input, read in place), so it reads a
   * copy: this path is rare (a text yajl does not take), the common one copies nothing. */
  char *copy = malloc(len + 1);
  if (copy == NULL)
    return egca__fail_nomem(err);
  memcpy(copy, text, len);
  copy[len] = '\0';
  const char *end = NULL;
  /* cJSON gives NULL both for bad text and when an allocation fails; the C library's allocator sets errno
   * to ENOMEM when it fails (cJSON itself sets errno only through strtod, to ERANGE). */
  errno = 0;
  cJSON *root = cJSON_ParseWithLengthOpts(copy, len + 1, &end, 1);
  const int nomem = root == NULL && errno == ENOMEM;
  const size_t stopped = end != NULL && end >= copy ? (size_t)(end - copy) : (size_t)-1;
  free(copy);
  if (nomem)
    return egca__fail_nomem(err);
  size_t at = len;
  if (root == NULL) {
    at = stopped != (size_t)-1 ? error_offset(text, len, stopped) : 0;
    if (at > len)
      at = len;
  }
  /* The first fault of the two is reported: the scan's when cJSON read past it (or stopped on it). */
  if (fault->at < len && fault->at <= at) {
    cJSON_Delete(root);
    char pointer[256] = "";
    if (fault->in_value)
      pointer_at(text, len, from, fault->at, pointer, sizeof pointer);
    fail_at(err, doc, fault->at, "%s", fault->what);
    if (err != NULL && fault->in_value)
      snprintf(err->pointer, sizeof err->pointer, "%s", pointer[0] ? pointer : "/");
    return EGCA_E_PARSE;
  }
  if (root == NULL) {
    if (skip_ws(text, len, at) == len && at > 0)
      return fail_at(err, doc, len, "%s", EGCA__TR(err, "unexpected end of JSON text", "JSON文本意外结束"));
    char innermost;
    if (at < len && (text[at] == '[' || text[at] == '{') && open_at(text, at, &innermost) >= CJSON_NESTING_LIMIT)
      return fail_at(err, doc, at, EGCA__TR(err, "arrays and objects nested more than %d deep",
                                            "数组和对象嵌套超过%d层"),
                     CJSON_NESTING_LIMIT);
    return fail_at(err, doc, at, "%s", EGCA__TR(err, "JSON syntax error", "JSON语法错误"));
  }
  *out = root;
  return 0;
}

int egca__json_parse(egca__json_doc *doc, const char *text, size_t len, const char *source, egca_error *err)
{
  return egca__json_parse_in(doc, text, len, source, NULL, err);
}

int egca__json_parse_in(egca__json_doc *doc, const char *text, size_t len, const char *source,
                        egca__json_scratch *scratch, egca_error *err)
{
  *doc = (egca__json_doc){.text = text, .len = len, .source = source};
  int plain;
  const size_t bad = utf8_scan((const unsigned char *)text, len, &plain);
  /* A NUL byte is a control byte: a plain text has none (up to a byte that is not UTF-8). */
  const char *nul = !plain || bad < len ? memchr(text, '\0', len) : NULL;
  if (nul != NULL)
    return fail_at(err, doc, (size_t)(nul - text), "%s", EGCA__TR(err, "NUL byte in JSON text", "JSON文本中有NUL字节"));
  if (bad < len)
    return fail_at(err, doc, bad, EGCA__TR(err, "invalid UTF-8 (byte 0x%02X)", "无效的UTF-8（字节0x%02X）"),
                   (unsigned)(unsigned char)text[bad]);
  const size_t from = bom_length(text, len);
  if (skip_ws(text, len, from) == len)
    return fail_at(err, doc, len, "%s",
                   EGCA__TR(err, "empty document: expected a JSON value", "文档为空：应为一个JSON值"));
  /* A clean text is read by yajl into the scratch; anything else, and any text yajl does not take, by the
   * scan and cJSON. A plain text (nearly every one) is scanned only when yajl does not take it. */
  text_fault fault; /* not cleared as a whole: its message buffer is only written by the scan */
  fault.at = len;
  fault.in_value = 0;
  fault.lang = err != NULL ? err->lang : EGCA_LANG_ZH;
  fault.what[0] = '\0';
  int numbers = 0, scanned = 0, repeats = 1;
  if (!plain) {
    numbers = scan_text(text, len, from, &fault);
    scanned = 1;
  }
  cJSON *root = NULL;
  if (fault.at == len) {
    if (scratch == NULL)
      scratch = doc->owned = egca__json_scratch_new();
    int read_numbers = 0;
    if (scratch != NULL && (root = read_tree(scratch, text, len, from, &read_numbers, &repeats)) != NULL) {
      doc->scratch = scratch;
      if (!scanned)
        numbers = read_numbers;
    }
  }
  if (root == NULL) {
    egca__json_scratch_free(doc->owned);
    doc->owned = NULL;
    if (!scanned)
      numbers = scan_text(text, len, from, &fault);
    int rc = read_with_cjson(&root, doc, from, &fault, err);
    if (rc < 0)
      return rc;
  }
  doc->root = root;
  int rc = repeats ? check_duplicates(doc, err) : 0;
  if (rc == 0 && numbers)
    rc = mark_inexact_integers(doc, from, err);
  if (rc < 0) {
    egca__json_doc_free(doc);
    return rc;
  }
  return 0;
}

void egca__json_doc_free(egca__json_doc *doc)
{
  if (doc == NULL)
    return;
  if (doc->scratch != NULL)
    scratch_reset(doc->scratch); /* the tree is the scratch's */
  else if (!doc->shared && doc->owned_tree == NULL)
    cJSON_Delete(doc->root);
  free(doc->owned_tree); /* a compiled table's tree made for this document alone */
  doc->owned_tree = NULL;
  doc->shared = 0;
  egca__json_scratch_free(doc->owned);
  doc->scratch = doc->owned = NULL;
  doc->root = NULL;
  free(doc->inexact);
  doc->inexact = NULL;
  doc->inexact_count = 0;
}

/* Makes the cJSON tree of compiled table `c` in one allocation (freed with free()); NULL with *damaged set
 * for tables that fail the checks, NULL alone when memory ran out. */
static cJSON *compiled_tree(const egca__json_compiled *c, int *damaged)
{
  const size_t n = c->node_count;
  *damaged = n == 0 || n > UINT32_MAX || c->strings_len == 0 || c->strings[c->strings_len - 1] != '\0';
  if (*damaged)
    return NULL;
  cJSON *nodes = malloc(n * sizeof *nodes);
  if (nodes == NULL)
    return NULL;
  /* Each node is checked as it is made, as the compiled calendar is: a link to a later node only (document
   * order), a string inside the pool, which ends in a NUL. Nothing here can fail for the tables the build
   * wrote (tools/compile_rules.c reads them back). */
  for (size_t i = 0; i < n; i++) {
    const egca__json_node *x = &c->nodes[i];
    if ((x->next != 0 && (x->next <= i || x->next >= n)) || (x->child != 0 && (x->child <= i || x->child >= n)) ||
        x->string > c->strings_len || x->valuestring > c->strings_len) {
      *damaged = 1;
      free(nodes);
      return NULL;
    }
    cJSON *item = &nodes[i];
    item->type = x->type;
    item->valueint = x->valueint;
    item->valuedouble = x->valuedouble;
    item->next = x->next != 0 ? &nodes[x->next] : NULL;
    item->child = x->child != 0 ? &nodes[x->child] : NULL;
    item->prev = NULL;
    /* The tree is only read (as a parsed one is): the strings stay in the tables. */
    item->string = x->string != 0 ? (char *)(c->strings + x->string - 1) : NULL;
    item->valuestring = x->valuestring != 0 ? (char *)(c->strings + x->valuestring - 1) : NULL;
  }
  /* The links back, as cJSON makes them: a first child's prev is the last child. */
  for (size_t i = 0; i < n; i++) {
    cJSON *first = nodes[i].child;
    if (first == NULL)
      continue;
    cJSON *last = first;
    for (cJSON *k = first->next; k != NULL; k = k->next) {
      k->prev = last;
      last = k;
    }
    first->prev = last;
  }
  return nodes;
}

/* The trees made of the shipped tables (egca__json_doc_shipped), one each for the process: every load of
 * the shipped rules reads the same tree, only read, instead of writing 133 KB of nodes (2,128) into fresh
 * memory at each load (which made a load in a loop 1.6 times 2026-11-24's time for fewer instructions).
 * The tables are keyed by address, so only tables of static storage may be shared; there are four (the
 * shipped rules files), and a table beyond the slots gets a tree of its own per document. */
#define COMPILED_TREES 8
static pthread_mutex_t compiled_lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
  const egca__json_compiled *table;
  cJSON *tree;
} compiled_trees[COMPILED_TREES];

static int doc_compiled(egca__json_doc *doc, const egca__json_compiled *c, const char *text, size_t len,
                        const char *source, int share, egca_error *err)
{
  *doc = (egca__json_doc){.text = text, .len = len, .source = source};
  cJSON *tree = NULL;
  int damaged = 0, kept = 0;
  if (share) {
    pthread_mutex_lock(&compiled_lock);
    size_t slot = 0;
    while (slot < COMPILED_TREES && compiled_trees[slot].table != NULL && compiled_trees[slot].table != c)
      slot++;
    if (slot < COMPILED_TREES && compiled_trees[slot].table == c) {
      tree = compiled_trees[slot].tree;
      kept = 1;
    } else if ((tree = compiled_tree(c, &damaged)) != NULL && slot < COMPILED_TREES) {
      compiled_trees[slot].table = c;
      compiled_trees[slot].tree = tree;
      kept = 1;
    }
    pthread_mutex_unlock(&compiled_lock);
  } else {
    tree = compiled_tree(c, &damaged);
  }
  if (damaged)
    return egca__fail(err, EGCA_E_INVALID, source, 0, "%s",
                      EGCA__TR(err, "the compiled rules table is damaged", "内置规则表已损坏"));
  if (tree == NULL)
    return egca__fail_nomem(err);
  doc->root = tree;
  if (kept)
    doc->shared = 1;
  else
    doc->owned_tree = tree;
  return 0;
}

int egca__json_doc_compiled(egca__json_doc *doc, const egca__json_compiled *c, const char *text, size_t len,
                            const char *source, egca_error *err)
{
  return doc_compiled(doc, c, text, len, source, 0, err);
}

int egca__json_doc_shipped(egca__json_doc *doc, const egca__json_compiled *c, const char *text, size_t len,
                           const char *source, egca_error *err)
{
  return doc_compiled(doc, c, text, len, source, 1, err);
}

/* --- Typed access -------------------------------------------------------------------------------- */

void egca__json_format_number(char *buf, size_t size, double x)
{
  if (x == 0)
    x = 0; /* no "-0" */
  if (x == floor(x) && fabs(x) < 1e15) {
    snprintf(buf, size, "%.0f", x);
    return;
  }
  snprintf(buf, size, "%.15g", x);
  if (strtod(buf, NULL) != x)
    snprintf(buf, size, "%.17g", x);
}

/* Fails on a number that is not finite: cJSON reads one too large for a double (1e999) as infinite. The
 * message quotes the number as written (the value's text, found again from its pointer), cut to 40 bytes. */
static int fail_not_finite(egca_error *err, const egca__json_doc *doc, const char *pointer)
{
  char shown[48];
  snprintf(shown, sizeof shown, "%s", EGCA__TR(err, "the number", "该数字"));
  if (doc->text != NULL) {
    const size_t at = locate(doc->text, doc->len, pointer, NULL, 1);
    const size_t end = skip_value(doc->text, doc->len, at);
    const size_t n = end - at;
    if (n > 0 && n <= 40)
      snprintf(shown, sizeof shown, "%.*s", (int)n, doc->text + at);
    else if (n > 40)
      snprintf(shown, sizeof shown, "%.37s...", doc->text + at);
  }
  return egca__json_fail(err, EGCA_E_INVALID, doc, pointer,
                         EGCA__TR(err, "%s is not a finite number (too large for a double)",
                                  "%s不是有限数（超出双精度浮点数的范围）"),
                         shown);
}

const char *egca__json_type_name_in(const cJSON *v, egca_lang lang)
{
  if (v == NULL)
    return EGCA__TR_LANG(lang, "nothing", "空缺");
  if (cJSON_IsString(v))
    return EGCA__TR_LANG(lang, "a string", "字符串");
  if (cJSON_IsNumber(v))
    return EGCA__TR_LANG(lang, "a number", "数字");
  if (cJSON_IsBool(v))
    return EGCA__TR_LANG(lang, "a boolean", "布尔值");
  if (cJSON_IsNull(v))
    return "null";
  if (cJSON_IsArray(v))
    return EGCA__TR_LANG(lang, "an array", "数组");
  if (cJSON_IsObject(v))
    return EGCA__TR_LANG(lang, "an object", "对象");
  return EGCA__TR_LANG(lang, "an unknown value", "未知的值");
}

const char *egca__json_type_name(const cJSON *v) { return egca__json_type_name_in(v, EGCA_LANG_EN); }

/* The type name in err's language (NULL: Chinese, as EGCA__TR picks). */
static const char *type_name(const cJSON *v, const egca_error *err)
{
  return egca__json_type_name_in(v, err != NULL ? err->lang : EGCA_LANG_ZH);
}

int egca__json_expect_object(const egca__json_doc *doc, const cJSON *v, const char *pointer, egca_error *err)
{
  if (egca__json_is(v, cJSON_Object))
    return 0;
  return egca__json_fail(err, EGCA_E_INVALID, doc, pointer,
                         EGCA__TR(err, "expected an object, found %s", "应为对象，实际为%s"), type_name(v, err));
}

int egca__json_expect_array(const egca__json_doc *doc, const cJSON *v, const char *pointer, egca_error *err)
{
  if (egca__json_is(v, cJSON_Array))
    return 0;
  return egca__json_fail(err, EGCA_E_INVALID, doc, pointer,
                         EGCA__TR(err, "expected an array, found %s", "应为数组，实际为%s"), type_name(v, err));
}

int egca__json_check_keys(const egca__json_doc *doc, const cJSON *object, const char *pointer,
                          const char *const *allowed, egca_error *err)
{
  /* Files list an object's members mostly in the order of `allowed`: each name is looked for from after the
   * previous one's, where it then is at once (an entry of deadlines.json has some 20 members of 30 names,
   * and loading the shipped rules checked every name against every allowed one). */
  size_t n = 0;
  while (allowed[n] != NULL)
    n++;
  size_t from = 0;
  for (const cJSON *c = object->child; c != NULL; c = c->next) {
    size_t k = from, tried = 0;
    while (tried < n && !egca__same_name(allowed[k], c->string)) {
      if (++k == n)
        k = 0;
      tried++;
    }
    if (tried == n)
      return egca__json_fail_key(err, EGCA_E_INVALID, doc, pointer, c->string, 1,
                                 EGCA__TR(err, "unknown field \"%s\"", "未知字段\"%s\""), c->string);
    from = k + 1 < n ? k + 1 : 0;
  }
  return 0;
}

const cJSON *egca__json_member(const cJSON *object, const char *key)
{
  if (!egca__json_is(object, cJSON_Object))
    return NULL;
  for (const cJSON *c = object->child; c != NULL; c = c->next)
    if (c->string != NULL && egca__same_name(c->string, key))
      return c;
  return NULL;
}

/* An absent member (v NULL): 0, or the error when it is required. */
static int absent(const egca__json_doc *doc, const char *pointer, const char *key, int required, egca_error *err)
{
  if (required)
    return egca__json_fail(err, EGCA_E_INVALID, doc, pointer,
                           EGCA__TR(err, "missing required field \"%s\"", "缺少必填字段\"%s\""), key);
  return 0;
}

/* The member, or NULL; fails when absent and required. */
static int member(const cJSON **out, const egca__json_doc *doc, const cJSON *object, const char *pointer,
                  const char *key, int required, egca_error *err)
{
  *out = egca__json_member(object, key);
  return *out != NULL ? 1 : absent(doc, pointer, key, required, err);
}

static int wrong_type(const egca__json_doc *doc, const cJSON *v, const char *pointer, const char *key,
                      const char *expected, egca_error *err)
{
  char p[512];
  egca__json_pointer_key(p, sizeof p, pointer, key);
  return egca__json_fail(err, EGCA_E_INVALID, doc, p, EGCA__TR(err, "expected %s, found %s",
                                                               "应为%s，实际为%s"), expected,
                         type_name(v, err));
}

int egca__json_string_value(const char **out, const egca__json_doc *doc, const cJSON *v, const char *pointer,
                            const char *key, int required, egca_error *err)
{
  if (v == NULL)
    return absent(doc, pointer, key, required, err);
  if (!egca__json_is(v, cJSON_String))
    return wrong_type(doc, v, pointer, key, EGCA__TR(err, "a string", "字符串"), err);
  *out = v->valuestring;
  return 1;
}

int egca__json_get_text(char **out, const egca__json_doc *doc, const cJSON *object, const char *pointer,
                        const char *key, int required, egca_error *err)
{
  const char *s = NULL;
  int rc = egca__json_get_string(&s, doc, object, pointer, key, required, err);
  if (rc <= 0)
    return rc;
  if (s[0] == '\0') {
    char p[512];
    egca__json_pointer_key(p, sizeof p, pointer, key);
    return egca__json_fail(err, EGCA_E_INVALID, doc, p, EGCA__TR(err, "must not be empty", "不得为空"));
  }
  *out = strdup(s);
  return *out != NULL ? 1 : egca__fail_nomem(err);
}

/* A copy, not a formatted print: every text of the rules asks for it at load (a snprintf was 8 % of loading). */
void egca__json_twin_key(char out[EGCA__JSON_TWIN_KEY_SIZE], const char *key)
{
  size_t n = strlen(key);
  if (n > EGCA__JSON_TWIN_KEY_SIZE - sizeof "_en")
    n = EGCA__JSON_TWIN_KEY_SIZE - sizeof "_en";
  memcpy(out, key, n);
  memcpy(out + n, "_en", sizeof "_en");
}

int egca__json_check_twin(const egca__json_doc *doc, const cJSON *object, const char *pointer, const char *key,
                          int has_text, egca_error *err)
{
  char key_en[EGCA__JSON_TWIN_KEY_SIZE], p[512];
  egca__json_twin_key(key_en, key);
  const int has_en = egca__json_member(object, key_en) != NULL;
  if (!has_text && has_en) {
    egca__json_pointer_key(p, sizeof p, pointer, key_en);
    return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                           EGCA__TR(err, "an English text without the Chinese \"%s\"", "有英文文本而没有中文\"%s\""), key);
  }
  if (has_text && !has_en) {
    egca__json_pointer_key(p, sizeof p, pointer, key);
    return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                           EGCA__TR(err, "the text has no English twin: add \"%s\" beside it",
                                    "该文本没有英文对照：应在其旁加上\"%s\""),
                           key_en);
  }
  return 0;
}

int egca__json_get_text_pair(char **out, char **out_en, const egca__json_doc *doc, const cJSON *object,
                             const char *pointer, const char *key, int required, egca_error *err)
{
  int rc = egca__json_get_text(out, doc, object, pointer, key, required, err);
  if (rc < 0)
    return rc;
  const int twin = egca__json_check_twin(doc, object, pointer, key, rc > 0, err);
  if (twin < 0 || rc == 0)
    return twin < 0 ? twin : 0;
  char key_en[EGCA__JSON_TWIN_KEY_SIZE];
  egca__json_twin_key(key_en, key);
  return egca__json_get_text(out_en, doc, object, pointer, key_en, 1, err);
}

int egca__json_get_string(const char **out, const egca__json_doc *doc, const cJSON *object, const char *pointer,
                          const char *key, int required, egca_error *err)
{
  return egca__json_string_value(out, doc, egca__json_member(object, key), pointer, key, required, err);
}

int egca__json_get_bool(int *out, const egca__json_doc *doc, const cJSON *object, const char *pointer,
                        const char *key, int required, egca_error *err)
{
  const cJSON *v;
  int rc = member(&v, doc, object, pointer, key, required, err);
  if (rc <= 0)
    return rc;
  if (!cJSON_IsBool(v))
    return wrong_type(doc, v, pointer, key, EGCA__TR(err, "true or false", "true或false"), err);
  *out = cJSON_IsTrue(v) ? 1 : 0;
  return 1;
}

int egca__json_get_number(double *out, const egca__json_doc *doc, const cJSON *object, const char *pointer,
                          const char *key, double min, double max, int required, egca_error *err)
{
  const cJSON *v;
  int rc = member(&v, doc, object, pointer, key, required, err);
  if (rc <= 0)
    return rc;
  if (!cJSON_IsNumber(v))
    return wrong_type(doc, v, pointer, key, EGCA__TR(err, "a number", "数字"), err);
  if (!isfinite(v->valuedouble) || v->valuedouble < min || v->valuedouble > max) {
    char p[512];
    egca__json_pointer_key(p, sizeof p, pointer, key);
    if (!isfinite(v->valuedouble))
      return fail_not_finite(err, doc, p);
    char value[40], low[40], high[40];
    egca__json_format_number(value, sizeof value, v->valuedouble);
    egca__json_format_number(low, sizeof low, min);
    egca__json_format_number(high, sizeof high, max);
    return egca__json_fail(err, EGCA_E_INVALID, doc, p, EGCA__TR(err, "%s is out of range (%s..%s)",
                                                                 "%s超出范围（%s..%s）"),
                           value, low, high);
  }
  *out = v->valuedouble;
  return 1;
}

int egca__json_get_int(long *out, const egca__json_doc *doc, const cJSON *object, const char *pointer,
                       const char *key, long min, long max, int required, egca_error *err)
{
  return egca__json_int_value(out, doc, egca__json_member(object, key), pointer, key, min, max, required, err);
}

/* Fails on a number whose text is not the integer its double is (find_inexact), quoting the text. */
static int fail_inexact(egca_error *err, const egca__json_doc *doc, const inexact_number *x, const char *pointer,
                        long min, long max)
{
  char shown[48];
  if (x->len <= 40)
    snprintf(shown, sizeof shown, "%.*s", (int)x->len, doc->text + x->at);
  else
    snprintf(shown, sizeof shown, "%.37s...", doc->text + x->at);
  if (err == NULL)
    return EGCA_E_INVALID;
  egca_error_clear(err);
  err->code = EGCA_E_INVALID;
  egca__error_source(err, doc->source != NULL ? doc->source : "<json>");
  snprintf(err->pointer, sizeof err->pointer, "%.*s", (int)sizeof err->pointer - 1, pointer);
  line_column(doc->text, doc->len, x->at, &err->line, &err->column);
  const double d = x->value->valuedouble;
  if (x->kind == LITERAL_FRACTION)
    snprintf(err->message, sizeof err->message, EGCA__TR(err, "%s is not an integer", "%s不是整数"), shown);
  else if (d < (double)min || d > (double)max)
    snprintf(err->message, sizeof err->message, EGCA__TR(err, "%s is out of range (%ld..%ld)",
                                                         "%s超出范围（%ld..%ld）"),
             shown, min, max);
  else
    snprintf(err->message, sizeof err->message,
             EGCA__TR(err, "%s is not an integer a double holds exactly (above 2^53 some are rounded)",
                      "%s不是双精度浮点数能精确表示的整数（2^53以上的整数有的会被舍入）"),
             shown);
  return EGCA_E_INVALID;
}

int egca__json_int_value(long *out, const egca__json_doc *doc, const cJSON *v, const char *pointer, const char *key,
                         long min, long max, int required, egca_error *err)
{
  if (v == NULL)
    return absent(doc, pointer, key, required, err);
  if (!egca__json_is(v, cJSON_Number))
    return wrong_type(doc, v, pointer, key, EGCA__TR(err, "an integer", "整数"), err);
  char p[512];
  egca__json_pointer_key(p, sizeof p, pointer, key);
  return egca__json_integer_at(out, doc, v, p, min, max, err);
}

int egca__json_integer_at(long *out, const egca__json_doc *doc, const cJSON *v, const char *pointer, long min,
                          long max, egca_error *err)
{
  const double d = v->valuedouble;
  const int integral = isfinite(d) && d == floor(d);
  const inexact_number *x = integral ? find_inexact(doc, v) : NULL;
  if (!integral || x != NULL || d < (double)min || d > (double)max) {
    char value[40];
    if (!isfinite(d))
      return fail_not_finite(err, doc, pointer);
    if (x != NULL)
      return fail_inexact(err, doc, x, pointer, min, max);
    egca__json_format_number(value, sizeof value, d);
    if (!integral)
      return egca__json_fail(err, EGCA_E_INVALID, doc, pointer, EGCA__TR(err, "%s is not an integer",
                                                                         "%s不是整数"), value);
    return egca__json_fail(err, EGCA_E_INVALID, doc, pointer,
                           EGCA__TR(err, "%s is out of range (%ld..%ld)", "%s超出范围（%ld..%ld）"), value, min, max);
  }
  *out = (long)d;
  return 1;
}

int egca__json_get_date(egca_date *out, const egca__json_doc *doc, const cJSON *object, const char *pointer,
                        const char *key, int required, egca_error *err)
{
  return egca__json_date_value(out, doc, egca__json_member(object, key), pointer, key, required, err);
}

int egca__json_date_value(egca_date *out, const egca__json_doc *doc, const cJSON *v, const char *pointer,
                          const char *key, int required, egca_error *err)
{
  if (v == NULL)
    return absent(doc, pointer, key, required, err);
  if (!egca__json_is(v, cJSON_String))
    return wrong_type(doc, v, pointer, key, EGCA__TR(err, "a date string YYYY-MM-DD", "日期字符串YYYY-MM-DD"), err);
  /* A good date is read without an egca_error of its own (1.3 KiB to clear, for every date of every case of
   * a batch); the error is only made for a bad one, by reading it again. */
  if (egca_date_parse(out, v->valuestring, NULL) == 0)
    return 1;
  egca_error date_err = {.lang = err != NULL ? err->lang : EGCA_LANG_ZH};
  if (egca_date_parse(out, v->valuestring, &date_err) < 0) {
    char p[512];
    egca__json_pointer_key(p, sizeof p, pointer, key);
    return egca__json_fail(err, EGCA_E_INVALID, doc, p, "%s", date_err.message);
  }
  return 1;
}

/* --- Files --------------------------------------------------------------------------------------- */

