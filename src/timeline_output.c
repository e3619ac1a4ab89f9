/* egca — a timeline written out: JSON (the command's and the binding's format), a Chinese table for an
 * official, and an iCalendar file of the open deadlines built with libical.
 * Place in the flow: the last step, output: timeline (case_internal.h), the rule texts (deadline_output.h) -> here;
 * the JSON copies the rule versions' texts from the table the timeline's rule set keeps (deadline_output.h),
 * which a batch (batch.c, timeline_output.h) asks for before its threads start. */
#include "timeline_output.h"

#include "case_internal.h"
#include "deadline_output.h"
#include "json_writer.h"
#include "deadline_rules.h"

#include <libical/ical.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- The growing text (buffer.h) ------------------------------------------------------------------------ */

typedef egca__buf text;

static inline void put_n(text *t, const char *s, size_t n) { egca__buf_put_n(t, s, n); }
static inline void put(text *t, const char *s) { egca__buf_put(t, s); }
#define putf egca__buf_printf

static int finish(char **out, text *t, egca_error *err)
{
  if (t->failed || t->text == NULL) {
    free(t->text);
    *out = NULL;
    return egca__fail_nomem(err);
  }
  *out = t->text;
  return 0;
}

EGCA_API void egca_timeline_string_free(char *s) { free(s); }

/* --- Shared pieces ------------------------------------------------------------------------------------ */

/* One citation (egca_basis_format_lang); the short form drops the 中华人民共和国 of the statutes' full
 * Chinese names. */
static void put_citation(text *t, const egca_basis *b, int short_name, egca_lang lang)
{
  char buf[EGCA__CITATION_MAX];
  egca_basis_format_lang(buf, sizeof buf, b, lang);
  put(t, short_name ? egca__law_short_name(buf) : buf);
}

static size_t basis_count(const egca_timeline_deadline *d, const egca_basis **basis)
{
  size_t n = 0;
  *basis = d->version != NULL ? egca_deadline_rule_basis(d->version, &n) : NULL;
  return *basis != NULL ? n : 0;
}

/* The service guide's section and item, as "服务指南 办理基本流程（三）有效期届满延续"; nothing when the rule
 * names no section. */
static void put_guide(text *t, const egca_timeline_deadline *d, const char *separator, egca_lang lang)
{
  const char *piece[EGCA__GUIDE_PIECES];
  const size_t pieces = d->version != NULL ? egca__rule_guide_pieces(piece, d->version, lang) : 0;
  if (pieces == 0)
    return;
  put(t, separator);
  for (size_t k = 0; k < pieces; k++)
    put(t, piece[k]);
}

/* 1 when deadline `index` is ambiguous because an office's hours are unknown (finding office_hours_unknown). */
static int hours_unknown(const egca_timeline *tl, size_t index)
{
  for (size_t i = 0; i < egca_timeline_finding_count(tl); i++) {
    const egca_timeline_finding *f = egca_timeline_finding_at(tl, i);
    if (f->code == EGCA_FINDING_OFFICE_HOURS_UNKNOWN && f->deadline == index)
      return 1;
  }
  return 0;
}

static const char *title_of(const egca_timeline_deadline *d, egca_lang lang)
{
  return d->version != NULL ? egca_deadline_rule_title_lang(d->version, lang) : d->rule_id;
}

/* --- JSON ------------------------------------------------------------------------------------------------ */

/* Written by the one JSON writer (json_writer.h), pretty or compact. */
typedef egca__jw json;
#define KEY EGCA__JW_KEY

/* A deadline of a compact text (a batch's line): the parts that depend only on the rule version (the rule id,
 * the title, the basis) are copied from the rule set's table (deadline_output.h), the rest written into room
 * made once. Gives the same text as the general writer below. */
static void put_readings_compact(text *t, const egca_timeline *tl, size_t index, size_t count,
                                 const egca__rule_texts *table);

/* A status or unit name from the table (a copy of constant size), or written here. */
static char *status_to(char *w, const egca__rule_texts *table, egca_timeline_status status)
{
  const egca__quoted_name *q = table != NULL ? egca__rule_texts_status(table, status) : NULL;
  return q != NULL ? egca__quoted_name_to(w, q) : egca__jw_name_to(w, egca_timeline_status_name(status));
}

static char *unit_to(char *w, const egca__rule_texts *table, egca_period_unit unit)
{
  const egca__quoted_name *q = table != NULL ? egca__rule_texts_unit(table, unit) : NULL;
  return q != NULL ? egca__quoted_name_to(w, q) : egca__jw_name_to(w, egca_period_unit_name(unit));
}

static void put_deadline_compact(json *j, const egca_timeline *tl, size_t index, const egca_timeline_deadline *d,
                                 const egca__rule_json *texts, const egca__rule_texts *table)
{
  text *t = j->b;
  const char *basis = texts->basis;
  const size_t basis_len = texts->basis_len;
  /* The names (a status or unit name is a word), five dates, a number, three flags and the member names:
   * well under 512 bytes, with the head and the basis from the table. */
  egca__buf_reserve(t, texts->head_len + basis_len + 512);
  if (t->failed)
    return;
  char *w = egca__jw_copy_to(t->text + t->len, texts->head, texts->head_len);
  if (d->ref != NULL) { /* a case's own text, escaped */
    egca__jw_end_at(t, w);
    egca__buf_json_string(t, d->ref);
    egca__buf_reserve(t, basis_len + 512);
    if (t->failed)
      return;
    w = t->text + t->len;
  } else {
    w = EGCA__JW_LITERAL_TO(w, "null");
  }
  w = EGCA__JW_LITERAL_TO(w, ",\"anchor\":");
  w = egca__jw_date_to(w, d->anchor);
  w = EGCA__JW_LITERAL_TO(w, ",\"due\":");
  w = egca__jw_date_to(w, d->due);
  w = EGCA__JW_LITERAL_TO(w, ",\"nominal\":");
  w = egca__jw_date_to(w, d->nominal);
  w = EGCA__JW_LITERAL_TO(w, ",\"status\":");
  w = status_to(w, table, d->status);
  w = EGCA__JW_LITERAL_TO(w, ",\"met_on\":");
  w = egca__jw_date_to(w, d->met_on);
  w = EGCA__JW_LITERAL_TO(w, ",\"days_left\":");
  w = d->has_days_left ? egca__jw_int_to(w, d->days_left) : EGCA__JW_LITERAL_TO(w, "null");
  w = EGCA__JW_LITERAL_TO(w, ",\"unit\":");
  w = unit_to(w, table, d->unit);
  w = d->provisional ? EGCA__JW_LITERAL_TO(w, ",\"provisional\":true") : EGCA__JW_LITERAL_TO(w, ",\"provisional\":false");
  w = d->ambiguous ? EGCA__JW_LITERAL_TO(w, ",\"ambiguous\":true") : EGCA__JW_LITERAL_TO(w, ",\"ambiguous\":false");
  w = EGCA__JW_LITERAL_TO(w, ",\"other_reading\":");
  w = egca__jw_date_to(w, d->other_reading);
  w = EGCA__JW_LITERAL_TO(w, ",\"readings\":");
  if (d->reading_count > 0) {
    egca__jw_end_at(t, w);
    put_readings_compact(t, tl, index, d->reading_count, table);
    egca__buf_reserve(t, basis_len + 64);
    if (t->failed)
      return;
    w = t->text + t->len;
  } else {
    w = EGCA__JW_LITERAL_TO(w, "[]");
  }
  w = EGCA__JW_LITERAL_TO(w, ",\"basis\":");
  w = egca__jw_copy_to(w, basis, basis_len);
  *w++ = '}';
  egca__jw_end_at(t, w);
  j->first = 0;
}

static size_t name_size(const char *name) { return name != NULL ? strlen(name) : 0; }

/* put_readings for a batch's line: each reading written into room made once, as put_deadline_compact
 * writes the deadline; the same text as the general writer gives with j->compact. */
static void put_readings_compact(text *t, const egca_timeline *tl, size_t index, size_t count,
                                 const egca__rule_texts *table)
{
  put_n(t, "[", 1);
  for (size_t k = 0; k < count; k++) {
    const egca_timeline_reading *r = egca_timeline_deadline_reading(tl, index, k);
    /* The member names, a flag, a date and a status name from the table in well under 128 bytes, the two
     * names around them, and a status name the table has not. */
    size_t room = name_size(r->question) + name_size(r->reading) + 128;
    if (r->exists && (table == NULL || egca__rule_texts_status(table, r->status) == NULL))
      room += name_size(egca_timeline_status_name(r->status));
    egca__buf_reserve(t, room);
    if (t->failed)
      return;
    char *w = t->text + t->len;
    if (k > 0)
      *w++ = ',';
    w = EGCA__JW_LITERAL_TO(w, "{\"question\":");
    w = egca__jw_name_to(w, r->question);
    w = EGCA__JW_LITERAL_TO(w, ",\"reading\":");
    w = egca__jw_name_to(w, r->reading);
    w = r->chosen ? EGCA__JW_LITERAL_TO(w, ",\"chosen\":true") : EGCA__JW_LITERAL_TO(w, ",\"chosen\":false");
    w = EGCA__JW_LITERAL_TO(w, ",\"due\":");
    w = egca__jw_date_to(w, r->exists ? r->due : EGCA_DATE_NONE);
    w = EGCA__JW_LITERAL_TO(w, ",\"status\":");
    w = r->exists ? status_to(w, table, r->status) : EGCA__JW_LITERAL_TO(w, "null");
    *w++ = '}';
    egca__jw_end_at(t, w);
  }
  put_n(t, "]", 1);
}

/* The readings under which a deadline differs: [{"question", "reading", "chosen", "due", "status"}], the
 * default first for each question; status null where the deadline does not arise under the reading. */
static void put_readings(json *j, const egca_timeline *tl, size_t index)
{
  const egca_timeline_deadline *d = egca_timeline_deadline_at(tl, index);
  if (j->compact) {
    put_readings_compact(j->b, tl, index, d->reading_count, NULL);
    return;
  }
  egca__jw_open(j, '[');
  for (size_t k = 0; k < d->reading_count; k++) {
    const egca_timeline_reading *r = egca_timeline_deadline_reading(tl, index, k);
    egca__jw_element(j);
    egca__jw_open(j, '{');
    KEY(j, "question");
    egca__jw_name(j, r->question);
    KEY(j, "reading");
    egca__jw_name(j, r->reading);
    KEY(j, "chosen");
    egca__jw_bool(j, r->chosen);
    KEY(j, "due");
    egca__jw_date(j, r->exists ? r->due : EGCA_DATE_NONE);
    KEY(j, "status");
    egca__jw_name(j, r->exists ? egca_timeline_status_name(r->status) : NULL);
    egca__jw_close(j, '}');
  }
  egca__jw_close(j, ']');
}

/* `texts`: the rule set's table of its versions' texts (NULL: none; they are then written here); `complete`:
 * egca__rule_texts_complete(texts). */
static void put_deadline_json(json *j, const egca_timeline *tl, size_t index, const egca__rule_texts *texts,
                              int complete)
{
  const egca_timeline_deadline *d = egca_timeline_deadline_at(tl, index);
  const egca__rule_json *version_texts;
  if (j->compact && d->version != NULL && d->reason == NULL &&
      (version_texts = egca__rule_texts_of(texts, d->version, tl->lang, complete)) != NULL) {
    put_deadline_compact(j, tl, index, d, version_texts, texts);
    return;
  }
  egca__jw_open(j, '{');
  KEY(j, "rule");
  egca__jw_name(j, d->rule_id);
  KEY(j, "title");
  egca__jw_string(j, title_of(d, tl->lang));
  KEY(j, "ref");
  egca__jw_string(j, d->ref);
  KEY(j, "anchor");
  egca__jw_date(j, d->anchor);
  KEY(j, "due");
  egca__jw_date(j, d->due);
  KEY(j, "nominal");
  egca__jw_date(j, d->nominal);
  KEY(j, "status");
  egca__jw_name(j, egca_timeline_status_name(d->status));
  if (d->reason != NULL) { /* only on a deadline that cannot be computed (status unknown) */
    KEY(j, "reason");
    egca__jw_string(j, d->reason);
  }
  KEY(j, "met_on");
  egca__jw_date(j, d->met_on);
  KEY(j, "days_left");
  if (d->has_days_left)
    egca__jw_int(j, d->days_left);
  else
    egca__jw_null(j);
  KEY(j, "unit");
  egca__jw_name(j, egca_period_unit_name(d->unit));
  KEY(j, "provisional");
  egca__jw_bool(j, d->provisional);
  KEY(j, "ambiguous");
  egca__jw_bool(j, d->ambiguous);
  KEY(j, "other_reading");
  egca__jw_date(j, d->other_reading);
  KEY(j, "readings");
  put_readings(j, tl, index);
  KEY(j, "basis");
  if (d->version == NULL)
    egca__jw_raw(j, "[]");
  else if ((version_texts = egca__rule_texts_of(texts, d->version, tl->lang, complete)) == NULL)
    egca__rule_json_basis(j->b, d->version, j->compact, tl->lang);
  else if (j->compact)
    put_n(j->b, version_texts->basis, version_texts->basis_len);
  else
    put_n(j->b, version_texts->basis_pretty, version_texts->basis_pretty_len);
  egca__jw_close(j, '}');
}

/* A finding of a compact text (a batch's line), written into room made once: the same text as the general
 * writer below gives with j.compact. `message` is its message, `length` bytes. */
static void put_finding_compact(text *t, const egca_timeline_finding *f, size_t i, const char *message, size_t length)
{
  const char *code = egca_finding_code_name(f->code);
  /* The member names, three flags and a date in well under 256 bytes, the names around them. */
  egca__buf_reserve(t, name_size(code) + name_size(f->question) + name_size(f->reading) + name_size(f->rule_id) + 256);
  if (t->failed)
    return;
  char *w = t->text + t->len;
  if (i > 0)
    *w++ = ',';
  w = EGCA__JW_LITERAL_TO(w, "{\"code\":");
  w = egca__jw_name_to(w, code);
  w = egca_finding_code_is_violation(f->code) ? EGCA__JW_LITERAL_TO(w, ",\"violation\":true")
                                              : EGCA__JW_LITERAL_TO(w, ",\"violation\":false");
  if (f->contested) {
    w = EGCA__JW_LITERAL_TO(w, ",\"contested\":true,\"reading\":{\"question\":");
    w = egca__jw_name_to(w, f->question);
    w = EGCA__JW_LITERAL_TO(w, ",\"reading\":");
    w = egca__jw_name_to(w, f->reading);
    *w++ = '}';
  } else {
    w = EGCA__JW_LITERAL_TO(w, ",\"contested\":false,\"reading\":null");
  }
  w = EGCA__JW_LITERAL_TO(w, ",\"rule\":");
  w = egca__jw_name_to(w, f->rule_id);
  w = EGCA__JW_LITERAL_TO(w, ",\"date\":");
  w = egca__jw_date_to(w, f->date);
  w = EGCA__JW_LITERAL_TO(w, ",\"message\":");
  egca__jw_end_at(t, w);
  egca__buf_json_string_n(t, message, length);
  put_n(t, "}", 1);
}

/* Writes the timeline's JSON into t (after what it holds). */
static void put_timeline_json(text *t, const egca_timeline *tl, unsigned flags, const egca__rule_texts *texts)
{
  json j;
  egca__jw_start(&j, t, (flags & EGCA_JSON_COMPACT) != 0);
  /* Room for the whole text at once, as a deadline's compact JSON (its citations included) rarely passes
   * 640 bytes: a batch then grows no buffer line after line. */
  egca__buf_reserve(t, 1024 + 640 * egca_timeline_deadline_count(tl) + 512 * egca_timeline_finding_count(tl));
  /* The verdict a script needs without knowing the codes: the command's exit status 0, per case. */
  const int clean = egca_timeline_clean(tl);
  if (j.compact) { /* a batch's line: after the case's id, the rest up to the deadlines at once */
    put_n(t, "{\"case_id\":", sizeof "{\"case_id\":" - 1);
    egca__jw_string(&j, egca_timeline_case_id(tl));
    egca__buf_reserve(t, 64);
    if (!t->failed) {
      char *w = EGCA__JW_LITERAL_TO(t->text + t->len, ",\"as_of\":");
      w = egca__jw_date_to(w, egca_timeline_as_of(tl));
      w = clean ? EGCA__JW_LITERAL_TO(w, ",\"clean\":true,\"deadlines\":[")
                : EGCA__JW_LITERAL_TO(w, ",\"clean\":false,\"deadlines\":[");
      egca__jw_end_at(t, w);
    }
    j.depth = 2; /* in the deadlines' array, as egca__jw_open leaves it */
    j.first = 1;
  } else {
    egca__jw_open(&j, '{');
    KEY(&j, "case_id");
    egca__jw_string(&j, egca_timeline_case_id(tl));
    KEY(&j, "as_of");
    egca__jw_date(&j, egca_timeline_as_of(tl));
    KEY(&j, "clean");
    egca__jw_bool(&j, clean);
    KEY(&j, "deadlines");
    egca__jw_open(&j, '[');
  }
  size_t n = egca_timeline_deadline_count(tl);
  const int complete = egca__rule_texts_complete(texts); /* asked once, not for every deadline */
  for (size_t i = 0; i < n; i++) {
    egca__jw_element(&j);
    put_deadline_json(&j, tl, i, texts, complete);
  }
  egca__jw_close(&j, ']');
  KEY(&j, "findings");
  size_t m = egca_timeline_finding_count(tl);
  egca__jw_open(&j, '[');
  for (size_t i = 0; i < m; i++) {
    const egca_timeline_finding *f = egca_timeline_finding_at(tl, i);
    char message[1024];
    const int needed = egca_timeline_finding_message(message, sizeof message, tl, i);
    if (j.compact) {
      /* The length it gives is the message's, unless the message was cut to fit. */
      put_finding_compact(t, f, i, message, needed >= 0 && (size_t)needed < sizeof message ? (size_t)needed : strlen(message));
      continue;
    }
    egca__jw_element(&j);
    egca__jw_open(&j, '{');
    KEY(&j, "code");
    egca__jw_name(&j, egca_finding_code_name(f->code));
    KEY(&j, "violation");
    egca__jw_bool(&j, egca_finding_code_is_violation(f->code));
    KEY(&j, "contested");
    egca__jw_bool(&j, f->contested);
    KEY(&j, "reading");
    if (f->contested) {
      egca__jw_open(&j, '{');
      KEY(&j, "question");
      egca__jw_name(&j, f->question);
      KEY(&j, "reading");
      egca__jw_name(&j, f->reading);
      egca__jw_close(&j, '}');
    } else {
      egca__jw_null(&j);
    }
    KEY(&j, "rule");
    egca__jw_name(&j, f->rule_id);
    KEY(&j, "date");
    egca__jw_date(&j, f->date);
    KEY(&j, "message");
    egca__jw_string(&j, message);
    egca__jw_close(&j, '}');
  }
  egca__jw_close(&j, ']');
  egca__jw_close(&j, '}');
  egca__jw_end(&j);
}

/* The table of the rule versions' texts the timeline's rule set keeps (deadline_output.h), made by the first
 * writer that needs it: a timeline written alone copies its versions' texts as a batch does, instead of
 * formatting every citation again (*texts NULL for a timeline without deadlines). */
static int rule_texts(const egca__rule_texts **texts, const egca_timeline *tl, egca_error *err)
{
  *texts = NULL;
  if (egca_timeline_deadline_count(tl) == 0)
    return 0;
  return egca__rule_texts_of_rules(texts, tl->rules, tl->lang, 0, err);
}

EGCA_API int egca_timeline_to_json(char **out, const egca_timeline *tl, unsigned flags, egca_error *err)
{
  *out = NULL;
  const egca__rule_texts *texts;
  const int rc = rule_texts(&texts, tl, err);
  if (rc < 0)
    return rc;
  text t = {0};
  put_timeline_json(&t, tl, flags, texts);
  return finish(out, &t, err);
}

EGCA_API int egca_timeline_write_json(char **buffer, size_t *capacity, size_t *length, const egca_timeline *tl,
                                      unsigned flags, egca_error *err)
{
  return egca__timeline_write_json(buffer, capacity, length, tl, flags, NULL, err);
}

int egca__timeline_write_json(char **buffer, size_t *capacity, size_t *length, const egca_timeline *tl, unsigned flags,
                              const egca__rule_texts *texts, egca_error *err)
{
  /* The caller's buffer is reused as it is (getline's contract): NULL with capacity 0 starts a new one. */
  const size_t kept = *buffer != NULL && (flags & EGCA_JSON_APPEND) != 0 ? *length : 0;
  text t = {*buffer, kept, *buffer != NULL ? *capacity : 0, 0};
  if (texts == NULL && rule_texts(&texts, tl, err) < 0)
    t.failed = 1; /* out of memory: the caller's text as it was, as below */
  else
    put_timeline_json(&t, tl, flags, texts);
  *buffer = t.text;
  *capacity = t.cap;
  if (t.failed || t.text == NULL) {
    if (t.text != NULL && kept < t.cap)
      t.text[kept] = '\0';
    *length = kept;
    return egca__fail_nomem(err);
  }
  *length = t.len;
  return 0;
}

/* --- Text ------------------------------------------------------------------------------------------------ */

/* Display columns of UTF-8 text: East Asian wide and full-width characters take two. */
static size_t display_width(const char *s)
{
  size_t w = 0;
  const unsigned char *p = (const unsigned char *)s;
  while (*p != '\0') {
    uint32_t cp;
    int n;
    if (*p < 0x80) {
      cp = *p;
      n = 1;
    } else if ((*p & 0xE0) == 0xC0) {
      cp = *p & 0x1F;
      n = 2;
    } else if ((*p & 0xF0) == 0xE0) {
      cp = *p & 0x0F;
      n = 3;
    } else {
      cp = *p & 0x07;
      n = 4;
    }
    for (int k = 1; k < n && p[k] != '\0'; k++)
      cp = (cp << 6) | (p[k] & 0x3F);
    for (int k = 0; k < n && *p != '\0'; k++)
      p++;
    int wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
               (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
               (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    w += wide ? 2 : 1;
  }
  return w;
}

/* The bytes of the longest start of `s` that fits `columns`: up to its last space that fits when there is
 * one (a word is not cut), else up to the last whole character that fits. All of `s` when it fits. */
static size_t fitting_start(const char *s, size_t columns)
{
  size_t used = 0, last_space = 0, i = 0;
  while (s[i] != '\0') {
    size_t n = 1;
    while (((unsigned char)s[i + n] & 0xC0) == 0x80)
      n++;
    char one[8] = {0};
    memcpy(one, s + i, n < sizeof one ? n : sizeof one - 1);
    const size_t w = display_width(one);
    if (used + w > columns)
      return last_space > 0 ? last_space : i;
    if (s[i] == ' ')
      last_space = i;
    used += w;
    i += n;
  }
  return i;
}

static void put_padded(text *t, const char *s, size_t width)
{
  put(t, s);
  for (size_t w = display_width(s); w < width; w++)
    put(t, " ");
}

/* The text fits a terminal of this many columns: a long basis or message goes on over further lines. */
#define TEXT_COLUMNS 100

/* Whether the character at p is one that must not start a line (closing punctuation) or end one (an
 * opening bracket), as Chinese text is set (W3C, Requirements for Chinese Text Layout: prohibition rules
 * for line start and line end). */
static int starts_with_any(const char *p, const char *const *set)
{
  for (; *set != NULL; set++)
    if (strncmp(p, *set, strlen(*set)) == 0)
      return 1;
  return 0;
}
static const char *const closing[] = {"）", "，", "。", "；", "：", "、", "！", "？", "》", "」", "』", "】", NULL};
static const char *const opening[] = {"（", "《", "「", "『", "【", NULL};

/* The length in bytes of one character or word: a run of ASCII characters other than the space (a word, a
 * number, a code such as deemed_renewed), a space, or one other character (running Chinese text may break
 * after any character). */
static size_t atom_length(const unsigned char *p)
{
  if (*p == ' ')
    return 1;
  size_t n = 0;
  if (*p < 0x80) {
    while (p[n] != '\0' && p[n] < 0x80 && p[n] != ' ')
      n++;
    return n;
  }
  n = 1;
  while ((p[n] & 0xC0) == 0x80)
    n++;
  return n;
}

/* The length in bytes of the next unit of `s` that a line may not be broken inside: an atom with the
 * opening brackets before it and the closing punctuation after it. A space is a unit of its own. */
static size_t unit_length(const char *s)
{
  size_t n = 0;
  while (starts_with_any(s + n, opening))
    n += atom_length((const unsigned char *)s + n);
  if (s[n] != '\0')
    n += atom_length((const unsigned char *)s + n);
  while (s[n] != '\0' && starts_with_any(s + n, closing))
    n += atom_length((const unsigned char *)s + n);
  return n;
}

/* Writes `prefix` then `s`, wrapped at TEXT_COLUMNS with each further line indented by `indent` columns;
 * spaces at a break are dropped. A unit wider than a line is written whole on a line of its own. */
static void put_wrapped(text *t, const char *prefix, const char *s, size_t indent)
{
  put(t, prefix);
  size_t col = display_width(prefix), spaces = 0;
  while (*s != '\0') {
    size_t n = unit_length(s);
    if (*s == ' ') {
      spaces++;
      s += n;
      continue;
    }
    char unit[256];
    size_t len = n < sizeof unit ? n : sizeof unit - 1;
    memcpy(unit, s, len);
    unit[len] = '\0';
    const size_t w = display_width(unit); /* a unit longer than the buffer: its start's width, a wrap too late */
    if (col + spaces + w > TEXT_COLUMNS && col > indent) {
      put(t, "\n");
      for (col = 0; col < indent; col++)
        put(t, " ");
    } else {
      for (; spaces > 0; spaces--, col++)
        put(t, " ");
    }
    spaces = 0;
    put_n(t, s, n);
    col += w;
    s += n;
  }
  put(t, "\n");
}

static const char *status_label_of(egca_timeline_status status, const egca_deadline_rule *version, egca_lang lang)
{
  switch (status) {
  case EGCA_STATUS_MET: return EGCA__TR_LANG(lang, "met", "按期完成");
  case EGCA_STATUS_LATE: return EGCA__TR_LANG(lang, "met late", "逾期完成");
  case EGCA_STATUS_PENDING: return EGCA__TR_LANG(lang, "pending", "未届满");
  case EGCA_STATUS_OVERDUE: return EGCA__TR_LANG(lang, "overdue", "已逾期");
  case EGCA_STATUS_SUSPENDED: return EGCA__TR_LANG(lang, "suspended", "中止计算");
  case EGCA_STATUS_DEEMED:
    /* What the rule's lapse deems (docs/rules.md, "lapse"). */
    return version != NULL && egca__deadline_rule_applies(version)->deems == EGCA__DEEMS_RENEWED
               ? EGCA__TR_LANG(lang, "deemed renewed", "视为准予延续")
               : EGCA__TR_LANG(lang, "deemed accepted", "视为受理");
  case EGCA_STATUS_NOT_APPLICABLE: return EGCA__TR_LANG(lang, "not applicable", "不适用");
  case EGCA_STATUS_AVAILABLE: return EGCA__TR_LANG(lang, "available", "可以查询");
  case EGCA_STATUS_NOT_YET: return EGCA__TR_LANG(lang, "not yet", "尚不能查询");
  case EGCA_STATUS_VALID: return EGCA__TR_LANG(lang, "valid", "有效");
  case EGCA_STATUS_EXPIRED: return EGCA__TR_LANG(lang, "expired", "已届满");
  case EGCA_STATUS_UNKNOWN: return EGCA__TR_LANG(lang, "cannot be computed", "无法计算");
  }
  return "";
}

/* The status as the table, the iCalendar entries and the HTML page name it, in `lang`. */
const char *egca__timeline_status_label(const egca_timeline_deadline *d, egca_lang lang)
{
  return status_label_of(d->status, d->version, lang);
}

static const char *unit_label(egca_period_unit unit, int count, egca_lang lang)
{
  if (lang == EGCA_LANG_EN)
    return unit == EGCA_UNIT_WORKING_DAYS ? (count == 1 ? " working day" : " working days") : (count == 1 ? " day" : " days");
  return unit == EGCA_UNIT_WORKING_DAYS ? "个工作日" : "日";
}

/* The table's columns; each deadline's basis follows its row on lines of its own ("依据："), wrapped, so
 * that a row fits TEXT_COLUMNS however many articles it cites. */
#define COLUMNS 5

EGCA_API int egca_timeline_to_text(char **out, const egca_timeline *tl, egca_error *err)
{
  size_t n = egca_timeline_deadline_count(tl);
  /* Cells first, to size the columns. */
  char **cells = calloc((n + 1) * COLUMNS, sizeof *cells);
  char **bases = calloc(n + 1, sizeof *bases);
  if (cells == NULL || bases == NULL) {
    free(cells);
    free(bases);
    return egca__fail_nomem(err);
  }
  static const char *const heads_zh[COLUMNS] = {"期限", "起算日", "届满日", "状态", "完成日或剩余"};
  static const char *const heads_en[COLUMNS] = {"time limit", "start", "due date", "status", "met on or left"};
  const egca_lang lang = tl->lang;
  const char *const *heads = lang == EGCA_LANG_EN ? heads_en : heads_zh;
  int any_provisional = 0, any_ambiguous = 0, any_nominal = 0, failed = 0;
  for (int c = 0; c < COLUMNS; c++) {
    cells[c] = strdup(heads[c]);
    failed |= cells[c] == NULL;
  }
  for (size_t i = 0; i < n && !failed; i++) {
    const egca_timeline_deadline *d = egca_timeline_deadline_at(tl, i);
    char a[EGCA_DATE_TEXT_SIZE], b[EGCA_DATE_TEXT_SIZE];
    text cell[COLUMNS] = {{0}}, basis_text = {0};
    put(&cell[0], title_of(d, lang));
    if (d->ref != NULL)
      putf(&cell[0], EGCA__TR_LANG(lang, " (%s)", "（%s）"), d->ref);
    put(&cell[1], d->anchor != EGCA_DATE_NONE ? egca_date_format(d->anchor, a) : "-");
    if (d->due != EGCA_DATE_NONE) {
      put(&cell[2], egca_date_format(d->due, a));
    } else if (d->nominal != EGCA_DATE_NONE) {
      putf(&cell[2], "~%s", egca_date_format(d->nominal, a));
      any_nominal = 1;
    } else {
      put(&cell[2], "-");
    }
    if (d->provisional) {
      put(&cell[2], "*");
      any_provisional = 1;
    }
    if (d->ambiguous) {
      put(&cell[2], "#");
      any_ambiguous = 1;
    }
    put(&cell[3], egca__timeline_status_label(d, lang));
    if (d->met_on != EGCA_DATE_NONE)
      putf(&cell[4], "%s", egca_date_format(d->met_on, b));
    else if (d->has_days_left && d->days_left >= 0)
      putf(&cell[4], EGCA__TR_LANG(lang, "%d%s left", "剩%d%s"), d->days_left, unit_label(d->unit, d->days_left, lang));
    else if (d->has_days_left && lang == EGCA_LANG_EN)
      putf(&cell[4], "%d%s %s", -d->days_left, unit_label(d->unit, -d->days_left, lang),
           d->status == EGCA_STATUS_EXPIRED ? "ago" : "late");
    else if (d->has_days_left)
      putf(&cell[4], "%s%d%s", d->status == EGCA_STATUS_EXPIRED ? "已过" : "逾期", -d->days_left,
           unit_label(d->unit, -d->days_left, lang));
    else
      put(&cell[4], "-");
    const egca_basis *basis;
    size_t nb = basis_count(d, &basis);
    for (size_t k = 0; k < nb; k++) {
      if (k > 0)
        put(&basis_text, EGCA__TR_LANG(lang, "; ", "；"));
      put_citation(&basis_text, &basis[k], 1, lang);
    }
    put_guide(&basis_text, d, nb > 0 ? EGCA__TR_LANG(lang, "; ", "；") : "", lang);
    put(&basis_text, "");
    failed |= basis_text.failed || basis_text.text == NULL;
    bases[i + 1] = basis_text.text;
    for (int c = 0; c < COLUMNS; c++) {
      failed |= cell[c].failed || cell[c].text == NULL;
      cells[(i + 1) * COLUMNS + c] = cell[c].text;
    }
  }
  size_t width[COLUMNS] = {0};
  for (size_t r = 0; r <= n && !failed; r++)
    for (int c = 0; c < COLUMNS; c++) {
      size_t w = display_width(cells[r * COLUMNS + c]);
      if (w > width[c])
        width[c] = w;
    }
  /* The time limit's column takes what the others leave of TEXT_COLUMNS (at least 24): a longer title (the
   * English ones) goes on over further lines of its own, under the column. */
  size_t others = 0;
  for (int c = 1; c < COLUMNS; c++)
    others += width[c] + 2;
  const size_t title_columns = others + 24 < TEXT_COLUMNS ? TEXT_COLUMNS - others : 24;
  if (width[0] > title_columns)
    width[0] = title_columns;
  text t = {0};
  char a[EGCA_DATE_TEXT_SIZE];
  putf(&t, EGCA__TR_LANG(lang, "Case %s, as of %s\n\n", "案件 %s，截至 %s\n\n"), egca_timeline_case_id(tl),
       egca_date_format(egca_timeline_as_of(tl), a));
  if (n == 0)
    put(&t, EGCA__TR_LANG(lang, "(no time limits yet)\n", "（尚无期限）\n"));
  for (size_t r = 0; r <= n && !failed; r++) {
    const char *title = cells[r * COLUMNS];
    size_t cut = fitting_start(title, width[0]);
    for (int c = 0; c < COLUMNS; c++) {
      if (c == 0) {
        char *first = strndup(title, cut);
        if (first == NULL) {
          failed = 1;
          break;
        }
        put_padded(&t, first, width[0]);
        free(first);
        put(&t, "  ");
      } else if (c + 1 < COLUMNS) {
        put_padded(&t, cells[r * COLUMNS + c], width[c]);
        put(&t, "  ");
      } else {
        put(&t, cells[r * COLUMNS + c]);
      }
    }
    put(&t, "\n");
    /* The rest of a long title, indented by two columns. */
    for (title += cut; *title == ' ';)
      title++;
    while (*title != '\0' && !failed) {
      cut = fitting_start(title, width[0] - 2);
      if (cut == 0)
        cut = strlen(title);
      char *line = strndup(title, cut);
      failed |= line == NULL;
      if (line != NULL)
        putf(&t, "  %s\n", line);
      free(line);
      for (title += cut; *title == ' ';)
        title++;
    }
    if (r > 0 && bases[r][0] != '\0')
      put_wrapped(&t, EGCA__TR_LANG(lang, "  basis: ", "  依据："), bases[r], lang == EGCA_LANG_EN ? 9 : 8);
  }
  for (size_t k = 0; k < (n + 1) * COLUMNS; k++)
    free(cells[k]);
  for (size_t k = 0; k <= n; k++)
    free(bases[k]);
  free(cells);
  free(bases);
  if (failed) {
    free(t.text);
    return egca__fail_nomem(err);
  }
  int any_unknown = 0;
  for (size_t i = 0; i < n && !any_unknown; i++)
    any_unknown = egca_timeline_deadline_at(tl, i)->reason != NULL;
  if (any_provisional || any_ambiguous || any_nominal || any_unknown)
    put(&t, "\n");
  if (any_provisional)
  {
    if (lang == EGCA_LANG_EN)
      put_wrapped(&t, "* ",
                  "provisional: the computation used a tentative year, whose holiday notice is not yet published "
                  "(inferred from the holiday rules); it may change when the notice is out.",
                  2);
    else
      put(&t, "* 暂定：计算用到尚未公布节假日安排的年份（按放假办法推定），通知公布后可能变化。\n");
  }
  /* Two causes: an open question of the law (each reading's day and status, the one applied marked 采用),
   * and a receipt at a time an office whose hours no source gives may have been closed (an unknown fact, the
   * finding office_hours_unknown). */
  for (int hours = 0; any_ambiguous && hours < 2; hours++) {
    text note = {0};
    for (size_t i = 0; i < n; i++) {
      const egca_timeline_deadline *d = egca_timeline_deadline_at(tl, i);
      if (!d->ambiguous || (hours ? !hours_unknown(tl, i) : d->reading_count == 0))
        continue;
      if (note.text == NULL)
        put(&note, hours ? EGCA__TR_LANG(lang,
                                         "The office's hours have no source: whether the materials came after it "
                                         "closed cannot be told. ",
                                         "受理机构的办公时间没有来源，收到材料是否在下班之后无从判断：")
                         : EGCA__TR_LANG(lang,
                                         "The law is unsettled; the result depends on the reading (the questions and "
                                         "readings: egca rules readings). ",
                                         "法律没有定论，结果取决于解读（问题与读法见 egca rules readings）："));
      if (hours) {
        putf(&note, EGCA__TR_LANG(lang, "%s: if received after closing, the due date is %s. ", "%s若按下班之后收到计，届满日为 %s。"),
             title_of(d, lang), egca_date_format(d->other_reading, a));
        continue;
      }
      putf(&note, EGCA__TR_LANG(lang, "%s (start %s)", "%s（起算日 %s）"), title_of(d, lang),
           egca_date_format(d->anchor, a));
      for (size_t k = 0; k < d->reading_count; k++) {
        const egca_timeline_reading *r = egca_timeline_deadline_reading(tl, i, k);
        putf(&note, EGCA__TR_LANG(lang, "%s%s=%s: ", "%s%s=%s："), k == 0 ? EGCA__TR_LANG(lang, ", ", "，") : EGCA__TR_LANG(lang, "; ", "；"),
             r->question, r->reading);
        if (!r->exists)
          put(&note, EGCA__TR_LANG(lang, "does not arise", "不发生"));
        else
          putf(&note, "%s %s", r->due != EGCA_DATE_NONE ? egca_date_format(r->due, a) : "-",
               status_label_of(r->status, d->version, lang));
        if (r->chosen)
          put(&note, EGCA__TR_LANG(lang, " (applied)", "（采用）"));
      }
      put(&note, EGCA__TR_LANG(lang, ". ", "。"));
    }
    if (note.failed)
      t.failed = 1;
    else if (note.text != NULL)
      put_wrapped(&t, "# ", note.text, 2);
    free(note.text);
  }
  if (any_nominal)
  {
    if (lang == EGCA_LANG_EN)
      put_wrapped(&t, "~ ",
                  "outside calendar coverage: the day shown ignores holidays and adjusted working days; it is "
                  "settled once that year's holiday notice is loaded.",
                  2);
    else
      put(&t, "~ 日历未覆盖该年：所示为不计节假日调整的日期，载入该年的节假日安排后才能确定。\n");
  }
  /* A deadline that cannot be computed says why: the rules' text, as `egca deadline` refuses the day. */
  for (size_t i = 0; i < n; i++) {
    const egca_timeline_deadline *d = egca_timeline_deadline_at(tl, i);
    if (d->reason == NULL)
      continue;
    text note = {0};
    putf(&note, EGCA__TR_LANG(lang, "%s (start %s) cannot be computed: %s", "%s（起算日 %s）无法计算：%s"),
         title_of(d, lang), egca_date_format(d->anchor, a), d->reason);
    if (note.failed)
      t.failed = 1;
    else
      put_wrapped(&t, "? ", note.text, 2);
    free(note.text);
  }
  size_t m = egca_timeline_finding_count(tl);
  if (m > 0)
    put(&t, EGCA__TR_LANG(lang, "\nFindings:\n", "\n发现：\n"));
  for (size_t i = 0; i < m; i++) {
    const egca_timeline_finding *f = egca_timeline_finding_at(tl, i);
    char message[1024];
    egca_timeline_finding_message(message, sizeof message, tl, i);
    char line[1200];
    if (f->contested)
      snprintf(line, sizeof line,
               EGCA__TR_LANG(lang, "%s %s (%s; contested: holds only under the reading %s=%s)",
                             "%s %s（%s；有争议：仅在读法 %s=%s 下成立）"),
               egca_date_format(f->date, a), message, egca_finding_code_name(f->code), f->question, f->reading);
    else
      snprintf(line, sizeof line, EGCA__TR_LANG(lang, "%s %s (%s)", "%s %s（%s）"), egca_date_format(f->date, a), message,
               egca_finding_code_name(f->code));
    const int violation = egca_finding_code_is_violation(f->code);
    put_wrapped(&t, violation ? EGCA__TR_LANG(lang, "  [violation] ", "  [违反] ") : EGCA__TR_LANG(lang, "  [hint] ", "  [提示] "),
                line, violation ? (lang == EGCA_LANG_EN ? 14 : 9) : 9);
  }
  return finish(out, &t, err);
}

/* --- iCalendar ------------------------------------------------------------------------------------------- */

static struct icaltimetype ical_date(egca_date d)
{
  struct icaltimetype t = icaltime_null_date();
  egca_date_to_ymd(d, &t.year, &t.month, &t.day);
  t.is_date = 1;
  return t;
}

/* The deadlines worth a calendar entry: those still open, with a day to put them on. */
static int open_deadline(const egca_timeline_deadline *d)
{
  if (d->due == EGCA_DATE_NONE && d->nominal == EGCA_DATE_NONE)
    return 0;
  return d->status == EGCA_STATUS_PENDING || d->status == EGCA_STATUS_OVERDUE || d->status == EGCA_STATUS_NOT_YET ||
         d->status == EGCA_STATUS_VALID;
}

/* DTSTAMP is the as-of day, so the same timeline always gives the same file. */
static struct icaltimetype ics_stamp(egca_date as_of)
{
  struct icaltimetype stamp = icaltime_null_time();
  egca_date_to_ymd(as_of, &stamp.year, &stamp.month, &stamp.day);
  stamp.zone = icaltimezone_get_utc_timezone();
  return stamp;
}

/* The feed's VCALENDAR with its properties and no events; `name` its X-WR-CALNAME. NULL: no memory. */
static icalcomponent *ics_calendar(const char *name)
{
  icalcomponent *cal = icalcomponent_vanew(
      ICAL_VCALENDAR_COMPONENT, icalproperty_new_prodid("-//egca//case timeline//ZH"), icalproperty_new_version("2.0"),
      icalproperty_new_calscale("GREGORIAN"), icalproperty_new_method(ICAL_METHOD_PUBLISH), (void *)0);
  icalproperty *calname = cal != NULL ? icalproperty_new_x(name) : NULL;
  if (calname == NULL) {
    icalcomponent_free(cal);
    return NULL;
  }
  icalproperty_set_x_name(calname, "X-WR-CALNAME");
  icalcomponent_add_property(cal, calname);
  return cal;
}

/* Adds a VEVENT to `cal` for each open deadline of the timeline; `occurrence` > 1 marks its UIDs (a case
 * id seen before in one feed). 0, or -1 when memory ran out. */
static int add_deadline_events(icalcomponent *cal, const egca_timeline *tl, unsigned occurrence)
{
  const char *id = egca_timeline_case_id(tl);
  const struct icaltimetype stamp = ics_stamp(egca_timeline_as_of(tl));
  int failed = 0;
  size_t n = egca_timeline_deadline_count(tl);
  for (size_t i = 0; i < n && !failed; i++) {
    const egca_timeline_deadline *d = egca_timeline_deadline_at(tl, i);
    if (!open_deadline(d))
      continue;
    egca_date day = d->due != EGCA_DATE_NONE ? d->due : d->nominal;
    char a[EGCA_DATE_TEXT_SIZE], b[EGCA_DATE_TEXT_SIZE];
    text uid = {0}, summary = {0}, description = {0};
    /* Stable across exports (rule, anchor, ref), so a calendar program updates the entry it has. */
    egca_date_format(d->anchor, a);
    putf(&uid, "%s-%s-%.4s%.2s%.2s%s%s", id, d->rule_id, a, a + 5, a + 8, d->ref != NULL ? "-" : "",
         d->ref != NULL ? d->ref : "");
    if (occurrence > 1)
      putf(&uid, "-%u", occurrence);
    put(&uid, "@egca");
    const egca_lang lang = tl->lang;
    putf(&summary, "[%s] %s", id, title_of(d, lang));
    if (d->ref != NULL)
      putf(&summary, EGCA__TR_LANG(lang, " (%s)", "（%s）"), d->ref);
    if (d->status == EGCA_STATUS_OVERDUE)
      put(&summary, EGCA__TR_LANG(lang, " (overdue)", "（已逾期）"));
    if (d->due == EGCA_DATE_NONE)
      put(&summary, EGCA__TR_LANG(lang, " (date not settled)", "（日期待定）"));
    else if (d->provisional)
      put(&summary, EGCA__TR_LANG(lang, " (provisional)", "（暂定）"));
    putf(&description,
         EGCA__TR_LANG(lang, "Case: %s\nStart: %s\nDue date: %s\nStatus: %s\n", "案件：%s\n起算日：%s\n届满日：%s\n状态：%s\n"),
         id, egca_date_format(d->anchor, a),
         d->due != EGCA_DATE_NONE ? egca_date_format(d->due, b) : EGCA__TR_LANG(lang, "not settled", "未定"),
         egca__timeline_status_label(d, lang));
    if (d->due == EGCA_DATE_NONE)
      putf(&description,
           EGCA__TR_LANG(lang, "Outside calendar coverage: %s ignores holidays and adjusted working days.\n",
                         "日历未覆盖该年，%s 为不计节假日调整的日期。\n"),
           egca_date_format(d->nominal, b));
    if (d->provisional)
      put(&description, EGCA__TR_LANG(lang, "Provisional: uses a tentative year.\n", "暂定：用到尚未公布节假日安排的年份。\n"));
    for (size_t k = 0; k < d->reading_count; k++) {
      const egca_timeline_reading *r = egca_timeline_deadline_reading(tl, i, k);
      if (!r->chosen)
        putf(&description, EGCA__TR_LANG(lang, "Reading %s=%s: %s.\n", "读法 %s=%s：%s。\n"), r->question, r->reading,
             r->exists && r->due != EGCA_DATE_NONE ? egca_date_format(r->due, b)
                                                   : EGCA__TR_LANG(lang, "does not arise", "不发生"));
    }
    put(&description, EGCA__TR_LANG(lang, "Basis: ", "依据："));
    const egca_basis *basis;
    size_t nb = basis_count(d, &basis);
    for (size_t k = 0; k < nb; k++) {
      if (k > 0)
        put(&description, EGCA__TR_LANG(lang, "; ", "；"));
      put_citation(&description, &basis[k], 0, lang);
    }
    put_guide(&description, d, nb > 0 ? EGCA__TR_LANG(lang, "; ", "；") : "", lang);
    failed = uid.failed || summary.failed || description.failed;
    if (!failed) {
      icalcomponent *event = icalcomponent_vanew(
          ICAL_VEVENT_COMPONENT, icalproperty_new_uid(uid.text), icalproperty_new_dtstamp(stamp),
          icalproperty_new_dtstart(ical_date(day)), icalproperty_new_dtend(ical_date(day + 1)),
          icalproperty_new_summary(summary.text), icalproperty_new_description(description.text),
          icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT),
          icalproperty_new_status(d->due == EGCA_DATE_NONE || d->provisional ? ICAL_STATUS_TENTATIVE
                                                                             : ICAL_STATUS_CONFIRMED),
          (void *)0);
      if (event == NULL)
        failed = 1;
      else
        icalcomponent_add_component(cal, event);
    }
    free(uid.text);
    free(summary.text);
    free(description.text);
  }
  return failed ? -1 : 0;
}

/* `comp` as iCalendar text into *out (ownership as for egca_timeline_to_json), without its last `drop`
 * bytes when it ends with `tail` (the feed's head: the VCALENDAR without its END line). */
static int ics_text(char **out, icalcomponent *comp, const char *tail, egca_error *err)
{
  char *ical = icalcomponent_as_ical_string_r(comp);
  if (ical == NULL)
    return egca__fail_nomem(err);
  size_t len = strlen(ical);
  if (tail != NULL && len >= strlen(tail) && strcmp(ical + len - strlen(tail), tail) == 0)
    ical[len - strlen(tail)] = '\0';
  text t = {0};
  put(&t, ical);
  icalmemory_free_buffer(ical);
  return finish(out, &t, err);
}

EGCA_API int egca_timeline_to_ics(char **out, const egca_timeline *tl, egca_error *err)
{
  *out = NULL;
  text name = {0};
  putf(&name, EGCA__TR_LANG(tl->lang, "egca case %s time limits", "egca 案件 %s 期限"), egca_timeline_case_id(tl));
  icalcomponent *cal = name.failed ? NULL : ics_calendar(name.text);
  free(name.text);
  if (cal == NULL || add_deadline_events(cal, tl, 1) < 0) {
    icalcomponent_free(cal);
    return egca__fail_nomem(err);
  }
  int rc = ics_text(out, cal, NULL, err);
  icalcomponent_free(cal);
  return rc;
}

#define ICS_END "END:VCALENDAR\r\n"

EGCA_API int egca_timeline_ics_head(char **out, egca_lang lang, egca_error *err)
{
  *out = NULL;
  icalcomponent *cal = ics_calendar(EGCA__TR_LANG(lang, "egca case time limits", "egca 案件期限"));
  if (cal == NULL)
    return egca__fail_nomem(err);
  int rc = ics_text(out, cal, ICS_END, err);
  icalcomponent_free(cal);
  return rc;
}

EGCA_API int egca_timeline_ics_events(char **out, const egca_timeline *tl, unsigned occurrence, egca_error *err)
{
  *out = NULL;
  /* The events are made in a calendar of their own and written one by one, without it. */
  icalcomponent *cal = ics_calendar("");
  if (cal == NULL || add_deadline_events(cal, tl, occurrence) < 0) {
    icalcomponent_free(cal);
    return egca__fail_nomem(err);
  }
  text t = {0};
  for (icalcomponent *e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e != NULL;
       e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
    char *ical = icalcomponent_as_ical_string_r(e);
    if (ical == NULL) {
      t.failed = 1;
      break;
    }
    put(&t, ical);
    icalmemory_free_buffer(ical);
  }
  icalcomponent_free(cal);
  if (t.failed) {
    free(t.text);
    return egca__fail_nomem(err);
  }
  if (t.text == NULL)
    put(&t, "");
  return finish(out, &t, err);
}

EGCA_API int egca_timeline_ics_tail(char **out, egca_error *err)
{
  *out = NULL;
  text t = {0};
  put(&t, ICS_END);
  return finish(out, &t, err);
}
