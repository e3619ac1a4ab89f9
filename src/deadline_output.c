/* egca — a deadline written out: its JSON (egca_deadline_to_json: the command's and the binding's format,
 * docs/cli-json.md) by the one JSON writer (json_writer.h), what the timeline's outputs write of a rule
 * version and the table of it a batch makes once (deadline_output.h), and the open questions' JSON.
 * Place in the flow: the last step, output: deadline rules, deadline (their public getters) -> here. */
#include "deadline_output.h"

#include "json_writer.h"
#include "ruleset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- A rule version's texts --------------------------------------------------------------------------- */

size_t egca__rule_guide_pieces(const char *piece[EGCA__GUIDE_PIECES], const egca_deadline_rule *r, egca_lang lang)
{
  const char *section = egca_deadline_rule_guide_section_lang(r, lang), *item = egca_deadline_rule_guide_item_lang(r, lang);
  size_t n = 0;
  if (section == NULL && item == NULL)
    return 0;
  piece[n++] = EGCA__TR_LANG(lang, "Service Guide, ", "服务指南 ");
  if (section != NULL)
    piece[n++] = section;
  if (item != NULL && section != NULL)
    piece[n++] = EGCA__TR_LANG(lang, ", ", " ");
  if (item != NULL)
    piece[n++] = item;
  return n;
}

/* Appends to `also` (NULL: none) what the last call of the writer below put at the end of `out` since
 * `from`, its separator ("," in `out`) written as `sep`: the other form's text without formatting again. */
static void put_also(egca__buf *also, const egca__buf *out, size_t from, const char *sep)
{
  if (also == NULL || out->failed)
    return;
  egca__buf_put(also, sep);
  egca__buf_put_n(also, out->text + from, out->len - from);
}

/* The basis as a JSON array in `out`, compact or pretty, and the same array in the other form in `also`
 * (NULL: none): each citation formatted once for both. */
static void put_basis_json(egca__buf *out, egca__buf *also, const egca_deadline_rule *r, int compact, egca_lang lang)
{
  const char *const sep = compact ? "," : ", ", *const also_sep = compact ? ", " : ",";
  size_t basis_count = 0;
  const egca_basis *basis = egca_deadline_rule_basis(r, &basis_count);
  egca__buf_put_n(out, "[", 1);
  put_also(also, out, out->len, "[");
  for (size_t i = 0; i < basis_count; i++) {
    char citation[EGCA__CITATION_MAX];
    egca_basis_format_lang(citation, sizeof citation, &basis[i], lang);
    if (i > 0)
      egca__buf_put(out, sep);
    const size_t from = out->len;
    egca__buf_json_string(out, citation);
    put_also(also, out, from, i > 0 ? also_sep : "");
  }
  const char *piece[EGCA__GUIDE_PIECES];
  const size_t pieces = egca__rule_guide_pieces(piece, r, lang);
  if (pieces > 0) {
    if (basis_count > 0)
      egca__buf_put(out, sep);
    /* One JSON string of the pieces: the escaper works byte by byte, so the pieces escaped one after the
     * other are the whole text escaped. */
    size_t len[EGCA__GUIDE_PIECES], total = 0;
    for (size_t k = 0; k < pieces; k++)
      total += len[k] = strlen(piece[k]);
    egca__buf_reserve(out, 6 * total + 2);
    if (out->failed)
      return;
    const size_t from = out->len;
    out->text[out->len++] = '"';
    for (size_t k = 0; k < pieces; k++)
      out->len += egca__json_escape(out->text + out->len, piece[k], len[k]);
    out->text[out->len++] = '"';
    out->text[out->len] = '\0';
    put_also(also, out, from, basis_count > 0 ? also_sep : "");
  }
  egca__buf_put_n(out, "]", 1);
  put_also(also, out, out->len, "]");
}

void egca__rule_json_basis(egca__buf *out, const egca_deadline_rule *r, int compact, egca_lang lang)
{
  put_basis_json(out, NULL, r, compact, lang);
}

static void rule_texts_free(egca__rule_texts *texts)
{
  if (texts == NULL)
    return;
  for (size_t i = 0; i < texts->count; i++) {
    free(texts->of[i].head);
    free(texts->of[i].basis);
    free(texts->of[i].basis_pretty);
  }
  free(texts->of);
  pthread_mutex_destroy(&texts->lock);
  free(texts);
}

static void quote_name(egca__quoted_name *q, const char *name)
{
  const size_t n = name != NULL ? strlen(name) : 0;
  memset(q, 0, sizeof *q);
  if (name == NULL || n + 2 > sizeof q->text)
    return; /* no such name, or too long for the slot: the writer writes it itself */
  q->text[0] = '"';
  memcpy(q->text + 1, name, n);
  q->text[n + 1] = '"';
  q->len = n + 2;
}

/* Makes the texts of version i under t->lock; 0, or -1 (out of memory: nothing kept). */
static int make_version(egca__rule_texts *t, size_t i)
{
  egca__rule_json *x = &t->of[i];
  const egca_deadline_rule *r = x->rule;
  egca__buf head = {0}, basis = {0}, pretty = {0};
  egca__buf_put(&head, "{\"rule\":\"");
  egca__buf_put(&head, egca_deadline_rule_id(r));
  egca__buf_put(&head, "\",\"title\":");
  egca__buf_json_string(&head, egca_deadline_rule_title_lang(r, t->lang));
  egca__buf_put(&head, ",\"ref\":");
  put_basis_json(&basis, &pretty, r, 1, t->lang);
  if (head.failed || basis.failed || pretty.failed) {
    free(head.text);
    free(basis.text);
    free(pretty.text);
    return -1;
  }
  x->head = head.text;
  x->head_len = head.len;
  x->basis = basis.text;
  x->basis_len = basis.len;
  x->basis_pretty = pretty.text;
  x->basis_pretty_len = pretty.len;
  atomic_store_explicit(&x->ready, 1, memory_order_release);
  if (++t->made == t->count)
    atomic_store_explicit(&t->complete, 1, memory_order_release);
  return 0;
}

int egca__rule_texts_make(const egca__rule_texts *texts, size_t index)
{
  /* The table is shared read-only; its versions' texts are the one part filled after it is made, and only
   * here, under its lock. */
  egca__rule_texts *t = (egca__rule_texts *)texts;
  pthread_mutex_lock(&t->lock);
  const int rc = atomic_load_explicit(&t->of[index].ready, memory_order_relaxed) ? 0 : make_version(t, index);
  pthread_mutex_unlock(&t->lock);
  return rc;
}

/* The table's frame: the names, and a slot per version, its texts not made yet. */
static int rule_texts_new(egca__rule_texts **out, const egca_rules *rules, egca_lang lang, egca_error *err)
{
  *out = NULL;
  egca__rule_texts *t = calloc(1, sizeof *t);
  const size_t n = egca_rules_deadline_count(rules);
  if (t == NULL || (n > 0 && (t->of = calloc(n, sizeof *t->of)) == NULL) || pthread_mutex_init(&t->lock, NULL) != 0) {
    if (t != NULL)
      free(t->of);
    free(t);
    return egca__fail_nomem(err);
  }
  t->lang = lang;
  t->count = n;
  atomic_init(&t->complete, n == 0);
  for (size_t k = 0; k < sizeof t->status / sizeof t->status[0]; k++)
    quote_name(&t->status[k], egca_timeline_status_name((egca_timeline_status)k));
  for (size_t k = 0; k < sizeof t->unit / sizeof t->unit[0]; k++)
    quote_name(&t->unit[k], egca_period_unit_name((egca_period_unit)k));
  for (size_t i = 0; i < n; i++) {
    t->of[i].rule = egca_rules_deadline_at(rules, i);
    atomic_init(&t->of[i].ready, 0);
  }
  *out = t;
  return 0;
}

/* The rule set's slot for the table in one language (egca__rules_memo), made and freed by these two. */
static int make_texts(void **out, const egca_rules *rules, unsigned slot, egca_error *err)
{
  egca__rule_texts *t;
  const int rc = rule_texts_new(&t, rules, slot == EGCA_LANG_EN ? EGCA_LANG_EN : EGCA_LANG_ZH, err);
  *out = rc < 0 ? NULL : t;
  return rc;
}

static void drop_texts(void *texts) { rule_texts_free(texts); }

int egca__rule_texts_of_rules(const egca__rule_texts **out, const egca_rules *rules, egca_lang lang, int all,
                              egca_error *err)
{
  *out = NULL;
  if (rules == NULL)
    return 0;
  const void *memo;
  int rc = egca__rules_memo(&memo, rules, lang == EGCA_LANG_EN ? EGCA_LANG_EN : EGCA_LANG_ZH, make_texts, drop_texts,
                            err);
  if (rc < 0)
    return rc;
  const egca__rule_texts *t = memo;
  for (size_t i = 0; all && i < t->count; i++)
    if (!atomic_load_explicit(&t->of[i].ready, memory_order_acquire) && egca__rule_texts_make(t, i) < 0)
      return egca__fail_nomem(err);
  *out = t;
  return 0;
}

/* --- The deadline's JSON ----------------------------------------------------------------------------------- */

static void put_time(egca__jw *w, int minutes)
{
  char text[16];
  if (minutes <= 0) {
    egca__jw_null(w);
    return;
  }
  snprintf(text, sizeof text, "%02d:%02d", minutes / 60, minutes % 60);
  egca__jw_string(w, text);
}

/* The days a deadline's count crossed: from its start to the later of its last day and its due date. */
static void deadline_span(const egca_deadline *d, egca_date *a, egca_date *b)
{
  *a = d->trace.filled ? d->trace.from : d->from;
  *b = d->trace.filled ? d->trace.last_day : EGCA_DATE_NONE;
  if (d->due != EGCA_DATE_NONE && (*b == EGCA_DATE_NONE || d->due > *b))
    *b = d->due;
  if (*b == EGCA_DATE_NONE)
    *b = *a;
}

/* "notices": the notices behind the named days the count crossed. */
static void put_notices(egca__jw *w, const egca_deadline *d)
{
  egca_date a, b;
  deadline_span(d, &a, &b);
  egca_day_info notices[16];
  size_t n = egca_calendar_notices(notices, 16, d->calendar, a, b);
  EGCA__JW_KEY(w, "notices");
  egca__jw_open(w, '[');
  for (size_t i = 0; i < n && i < 16; i++) {
    egca__jw_element(w);
    egca__jw_open(w, '{');
    EGCA__JW_KEY(w, "title");
    egca__jw_string(w, notices[i].notice);
    EGCA__JW_KEY(w, "date");
    egca__jw_string(w, notices[i].notice_date);
    EGCA__JW_KEY(w, "url");
    egca__jw_string(w, notices[i].notice_url);
    egca__jw_close(w, '}');
  }
  egca__jw_close(w, ']');
}

/* "trace": how the count went (null when not traced), with the notices of the days it crossed. */
static void put_trace(egca__jw *w, const egca_deadline *d, egca_lang lang)
{
  const egca_period_trace *t = &d->trace;
  EGCA__JW_KEY(w, "trace");
  if (!t->filled) {
    egca__jw_null(w);
    return;
  }
  egca__jw_open(w, '{');
  int need = egca_period_trace_format(NULL, 0, t, lang);
  char *text = malloc((size_t)need + 1);
  if (text == NULL) {
    w->b->failed = 1;
    return;
  }
  egca_period_trace_format(text, (size_t)need + 1, t, lang);
  EGCA__JW_KEY(w, "text");
  egca__jw_string(w, text);
  free(text);
  EGCA__JW_KEY(w, "first_counted");
  egca__jw_date(w, t->first_counted);
  EGCA__JW_KEY(w, "last_day");
  egca__jw_date(w, t->last_day);
  EGCA__JW_KEY(w, "last_day_kind");
  egca__jw_string(w, t->last_day_known && t->last_day != EGCA_DATE_NONE ? egca_day_kind_name(t->last_day_kind) : NULL);
  if (t->unit == EGCA_UNIT_WORKING_DAYS) {
    EGCA__JW_KEY(w, "working_days_counted");
    egca__jw_int(w, t->working_days_counted);
    EGCA__JW_KEY(w, "holidays_skipped");
    egca__jw_int(w, t->holidays_skipped);
    EGCA__JW_KEY(w, "weekend_days_skipped");
    egca__jw_int(w, t->weekend_days_skipped);
    EGCA__JW_KEY(w, "adjusted_workdays_counted");
    egca__jw_int(w, t->adjusted_workdays_counted);
    EGCA__JW_KEY(w, "adjusted_workdays");
    egca__jw_open(w, '[');
    for (int i = 0; i < t->adjusted_workdays_counted && i < EGCA_TRACE_DATES; i++) {
      egca__jw_element(w);
      egca__jw_date(w, t->adjusted_workdays[i]);
    }
    egca__jw_close(w, ']');
    EGCA__JW_KEY(w, "pause_working_days");
    egca__jw_int(w, t->pause_working_days);
    EGCA__JW_KEY(w, "pauses");
    egca__jw_open(w, '[');
    for (size_t i = 0; i < t->pause_count && i < EGCA_TRACE_DATES; i++) {
      const egca_trace_pause *tp = &t->pauses[i];
      const int reversed = tp->to != EGCA_DATE_NONE && tp->to < tp->from;
      egca__jw_element(w);
      egca__jw_open(w, '{');
      EGCA__JW_KEY(w, "from");
      egca__jw_date(w, reversed ? tp->to : tp->from);
      EGCA__JW_KEY(w, "to");
      egca__jw_date(w, reversed ? tp->from : tp->to);
      EGCA__JW_KEY(w, "working_days");
      egca__jw_int(w, tp->working_days);
      egca__jw_close(w, '}');
    }
    egca__jw_close(w, ']');
    EGCA__JW_KEY(w, "suspended_at");
    egca__jw_date(w, t->suspended_at);
  } else if (t->unit == EGCA_UNIT_YEARS || t->unit == EGCA_UNIT_MONTHS) {
    EGCA__JW_KEY(w, "month_end");
    egca__jw_bool(w, t->month_end);
  }
  EGCA__JW_KEY(w, "roll");
  egca__jw_string(w, egca_roll_decision_name(t->roll));
  if (d->calendar != NULL)
    put_notices(w, d);
  egca__jw_close(w, '}');
}

/* "basis": [{"law", "article", "item"}], the citations of a rule version in `lang`: the deadline's JSON and the
 * rules' (egca_rules_to_json), so that one reader serves both (docs/rules.md). */
static void put_citation(egca__jw *w, const egca_basis *basis, egca_lang lang)
{
  egca__jw_open(w, '{');
  char article[EGCA__CITATION_MAX], item[64];
  const char *law = egca_basis_parts_lang(basis, lang, article, sizeof article, item, sizeof item);
  EGCA__JW_KEY(w, "law");
  egca__jw_string(w, law);
  EGCA__JW_KEY(w, "article");
  egca__jw_string(w, article);
  EGCA__JW_KEY(w, "item");
  egca__jw_string(w, item[0] != '\0' ? item : NULL);
  egca__jw_close(w, '}');
}

static void put_basis(egca__jw *w, const egca_basis *basis, size_t count, egca_lang lang)
{
  EGCA__JW_KEY(w, "basis");
  egca__jw_open(w, '[');
  for (size_t i = 0; i < count; i++) {
    egca__jw_element(w);
    put_citation(w, &basis[i], lang);
  }
  egca__jw_close(w, ']');
}

/* "guide": {"section", "item"} of the service guide in `lang`, or null when the rule names none. */
static void put_guide(egca__jw *w, const egca_deadline_rule *r, int named, egca_lang lang)
{
  EGCA__JW_KEY(w, "guide");
  if (!named) {
    egca__jw_null(w);
    return;
  }
  egca__jw_open(w, '{');
  EGCA__JW_KEY(w, "section");
  egca__jw_string(w, egca_deadline_rule_guide_section_lang(r, lang));
  EGCA__JW_KEY(w, "item");
  egca__jw_string(w, egca_deadline_rule_guide_item_lang(r, lang));
  egca__jw_close(w, '}');
}

EGCA_API int egca_deadline_to_json(char **out, const egca_deadline *d, egca_error *err)
{
  *out = NULL;
  if (d == NULL || d->version == NULL || d->status == EGCA_PERIOD_FAILED)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "the deadline was not computed", "期限尚未计算"));
  const egca_deadline_rule *r = d->version;
  const egca_lang lang = d->lang;
  egca__buf text = {0};
  egca__jw w;
  egca__jw_start(&w, &text, 0);
  egca__jw_open(&w, '{');
  EGCA__JW_KEY(&w, "rule");
  egca__jw_string(&w, d->rule_id);
  EGCA__JW_KEY(&w, "title");
  egca__jw_string(&w, egca_deadline_rule_title_lang(r, lang));
  EGCA__JW_KEY(&w, "version");
  egca__jw_string(&w, egca_deadline_rule_instrument_lang(r, lang));
  EGCA__JW_KEY(&w, "effective_from");
  egca__jw_date(&w, egca_deadline_rule_effective_from(r));
  EGCA__JW_KEY(&w, "in_force");
  egca__jw_bool(&w, !d->not_in_force);
  EGCA__JW_KEY(&w, "from");
  egca__jw_date(&w, d->from);
  EGCA__JW_KEY(&w, "starts");
  egca__jw_string(&w, egca_deadline_rule_starts_lang(r, lang));
  EGCA__JW_KEY(&w, "due");
  egca__jw_date(&w, d->due);
  EGCA__JW_KEY(&w, "status");
  egca__jw_string(&w, egca_period_status_name(d->status));
  EGCA__JW_KEY(&w, "unit");
  egca__jw_string(&w, egca_period_unit_name(d->unit));
  EGCA__JW_KEY(&w, "count");
  egca__jw_int(&w, d->count);
  EGCA__JW_KEY(&w, "direction");
  egca__jw_string(&w, egca_direction_name(d->direction));
  EGCA__JW_KEY(&w, "extends");
  egca__jw_string(&w, egca_deadline_rule_extends(r));
  EGCA__JW_KEY(&w, "provisional");
  egca__jw_bool(&w, d->provisional);
  EGCA__JW_KEY(&w, "ambiguous");
  egca__jw_bool(&w, d->ambiguous);
  EGCA__JW_KEY(&w, "other_reading");
  egca__jw_date(&w, d->other_reading);
  EGCA__JW_KEY(&w, "policy");
  egca__jw_string(&w, egca_deadline_rule_roll(r) == EGCA_ROLL_EARLIER_OR_LATER ? egca_roll_policy_name(d->policy) : NULL);
  /* Each open question that moves the day: its readings, the default first (docs/rules.md, "Readings"). */
  EGCA__JW_KEY(&w, "readings");
  egca__jw_open(&w, '[');
  for (size_t i = 0; i < d->reading_count; i++) {
    egca__jw_element(&w);
    egca__jw_open(&w, '{');
    EGCA__JW_KEY(&w, "question");
    egca__jw_string(&w, d->readings[i].question);
    EGCA__JW_KEY(&w, "reading");
    egca__jw_string(&w, d->readings[i].reading);
    EGCA__JW_KEY(&w, "chosen");
    egca__jw_bool(&w, d->readings[i].chosen);
    EGCA__JW_KEY(&w, "due");
    egca__jw_date(&w, d->readings[i].due);
    egca__jw_close(&w, '}');
  }
  egca__jw_close(&w, ']');
  EGCA__JW_KEY(&w, "cutoff");
  put_time(&w, d->cutoff);
  EGCA__JW_KEY(&w, "cutoff_in_person");
  put_time(&w, d->cutoff_in_person);
  EGCA__JW_KEY(&w, "contested");
  egca__jw_bool(&w, d->contested);
  EGCA__JW_KEY(&w, "note");
  egca__jw_string(&w, egca_deadline_rule_note_lang(r, lang));
  put_basis(&w, d->basis, d->basis_count, lang);
  put_guide(&w, r, d->guide_section != NULL, lang);
  put_trace(&w, d, d->lang);
  egca__jw_close(&w, '}');
  return egca__jw_finish(&w, out, err);
}

EGCA_API void egca_deadline_string_free(char *text) { free(text); }

/* --- The open questions' JSON (egca_rules_questions_to_json) ---------------------------------------------------- */

/* A member whose value is a string, or null. */
static void put_member(egca__jw *w, const char *key, const char *value)
{
  egca__jw_key(w, key);
  egca__jw_string(w, value);
}

EGCA_API int egca_rules_questions_to_json(char **out, const egca_rules *rules, egca_lang lang, egca_error *err)
{
  *out = NULL;
  egca__buf text = {0};
  egca__jw w;
  egca__jw_start(&w, &text, 0);
  egca__jw_open(&w, '{');
  EGCA__JW_KEY(&w, "questions");
  egca__jw_open(&w, '[');
  for (size_t q = 0; q < egca_rules_question_count(rules); q++) {
    const egca_question *x = egca_rules_question_at(rules, q);
    const size_t readings = egca_question_reading_count(x);
    egca__jw_element(&w);
    egca__jw_open(&w, '{');
    put_member(&w, "id", egca_question_id(x));
    put_member(&w, "question", egca_question_text_lang(x, lang));
    put_member(&w, "rule", egca_question_rule(x));
    put_member(&w, "sets", egca_question_sets(x));
    put_member(&w, "default", egca_question_reading_id(x, egca_question_default(x)));
    EGCA__JW_KEY(&w, "readings");
    egca__jw_open(&w, '[');
    for (size_t i = 0; i < readings; i++) {
      size_t basis_count = 0;
      const egca_basis *basis = egca_question_reading_basis(x, i, &basis_count);
      egca__jw_element(&w);
      egca__jw_open(&w, '{');
      put_member(&w, "id", egca_question_reading_id(x, i));
      put_member(&w, "text", egca_question_reading_text_lang(x, i, lang));
      const char *unit, *roll, *rule = egca_question_reading_sets(x, i, &unit, &roll);
      EGCA__JW_KEY(&w, "sets");
      if (rule != NULL) {
        egca__jw_open(&w, '{');
        put_member(&w, "rule", rule);
        put_member(&w, "unit", unit);
        put_member(&w, "roll", roll);
        put_member(&w, "outcome", egca_question_reading_outcome(x, i));
        put_member(&w, "from_end_of", egca_question_reading_from_end_of(x, i));
        egca__jw_close(&w, '}');
      } else {
        egca__jw_null(&w);
      }
      EGCA__JW_KEY(&w, "basis");
      egca__jw_open(&w, '[');
      for (size_t b = 0; b < basis_count; b++) {
        egca__jw_element(&w);
        egca__jw_open(&w, '{');
        char article[512], item[64];
        const char *law = egca_basis_parts_lang(&basis[b], lang, article, sizeof article, item, sizeof item);
        put_member(&w, "law", law);
        put_member(&w, "article", article);
        put_member(&w, "item", item[0] != '\0' ? item : NULL);
        egca__jw_close(&w, '}');
      }
      egca__jw_close(&w, ']');
      egca__jw_close(&w, '}');
    }
    egca__jw_close(&w, ']');
    put_member(&w, "note", egca_question_note_lang(x, lang));
    egca__jw_close(&w, '}');
  }
  egca__jw_close(&w, ']');
  egca__jw_close(&w, '}');
  return egca__jw_finish(&w, out, err);
}

/* --- The rules' JSON (egca_rules_to_json, egca_rule_versions_to_json) ---------------------------------------- */

/* One version of a rule: {"id", "title", "effective_from", "version", "starts", "period", "unit", "count",
 * "direction", "extends", "pause", "roll", "roll_basis", "result", "cutoff", "cutoff_in_person", "basis", "guide",
 * "contested", "note", "refused"}, its texts in `lang`. */
static void put_version(egca__jw *w, const egca_deadline_rule *r, egca_lang lang)
{
  size_t basis_count;
  const egca_basis *basis = egca_deadline_rule_basis(r, &basis_count);
  const int guide = egca_deadline_rule_guide_section_lang(r, lang) != NULL;
  egca__jw_open(w, '{');
  EGCA__JW_KEY(w, "id");
  egca__jw_string(w, egca_deadline_rule_id(r));
  EGCA__JW_KEY(w, "title");
  egca__jw_string(w, egca_deadline_rule_title_lang(r, lang));
  EGCA__JW_KEY(w, "effective_from");
  egca__jw_date(w, egca_deadline_rule_effective_from(r));
  EGCA__JW_KEY(w, "version");
  egca__jw_string(w, egca_deadline_rule_instrument_lang(r, lang));
  EGCA__JW_KEY(w, "starts");
  egca__jw_string(w, egca_deadline_rule_starts_lang(r, lang));
  if (egca_deadline_rule_refused(r) != NULL) {
    /* A version that sets no period: its period's fields are null, "refused" says why. */
    static const char *const period_fields[] = {"period", "unit",       "count",  "direction", "extends", "pause",
                                                "roll",   "roll_basis", "result", "cutoff",    "cutoff_in_person"};
    for (size_t i = 0; i < sizeof period_fields / sizeof *period_fields; i++) {
      egca__jw_key(w, period_fields[i]);
      egca__jw_null(w);
    }
    put_basis(w, basis, basis_count, lang);
    put_guide(w, r, guide, lang);
    EGCA__JW_KEY(w, "contested");
    egca__jw_bool(w, 0);
    EGCA__JW_KEY(w, "note");
    egca__jw_string(w, egca_deadline_rule_note_lang(r, lang));
    EGCA__JW_KEY(w, "refused");
    egca__jw_string(w, egca_deadline_rule_refused_lang(r, lang));
    egca__jw_close(w, '}');
    return;
  }
  char period[512], cutoff[16];
  egca_deadline_rule_period_format(period, sizeof period, r, lang);
  EGCA__JW_KEY(w, "period");
  egca__jw_string(w, period);
  EGCA__JW_KEY(w, "unit");
  egca__jw_name(w, egca_period_unit_name(egca_deadline_rule_unit(r)));
  EGCA__JW_KEY(w, "count");
  egca__jw_int(w, egca_deadline_rule_count(r));
  EGCA__JW_KEY(w, "direction");
  egca__jw_name(w, egca_direction_name(egca_deadline_rule_direction(r)));
  EGCA__JW_KEY(w, "extends");
  egca__jw_string(w, egca_deadline_rule_extends(r));
  EGCA__JW_KEY(w, "pause");
  egca__jw_name(w, egca_deadline_rule_pause(r) == EGCA_PAUSE_EXCLUDE ? "exclude" : "none");
  EGCA__JW_KEY(w, "roll");
  egca__jw_name(w, egca_roll_name(egca_deadline_rule_roll(r)));
  /* The article that moves a rest-day last day (one of "basis"), or null. */
  EGCA__JW_KEY(w, "roll_basis");
  if (egca_deadline_rule_roll_basis(r) != NULL)
    put_citation(w, egca_deadline_rule_roll_basis(r), lang);
  else
    egca__jw_null(w);
  EGCA__JW_KEY(w, "result");
  egca__jw_name(w, egca_period_end_name(egca_deadline_rule_end(r)));
  /* The day ends at the cutoff, 24:00 unless the rule says otherwise. */
  snprintf(cutoff, sizeof cutoff, "%02d:%02d", egca_deadline_rule_cutoff(r) / 60, egca_deadline_rule_cutoff(r) % 60);
  EGCA__JW_KEY(w, "cutoff");
  egca__jw_name(w, cutoff);
  EGCA__JW_KEY(w, "cutoff_in_person");
  put_time(w, egca_deadline_rule_cutoff_in_person(r));
  put_basis(w, basis, basis_count, lang);
  put_guide(w, r, guide, lang);
  EGCA__JW_KEY(w, "contested");
  egca__jw_bool(w, egca_deadline_rule_contested(r));
  EGCA__JW_KEY(w, "note");
  egca__jw_string(w, egca_deadline_rule_note_lang(r, lang));
  EGCA__JW_KEY(w, "refused");
  egca__jw_null(w);
  egca__jw_close(w, '}');
}

EGCA_API int egca_rules_to_json(char **out, const egca_rules *rules, egca_lang lang, unsigned flags, egca_error *err)
{
  egca__buf text = {0};
  egca__jw w;
  egca__jw_start(&w, &text, (flags & EGCA_JSON_COMPACT) != 0);
  egca__jw_open(&w, '{');
  EGCA__JW_KEY(&w, "rules");
  egca__jw_open(&w, '[');
  /* Each rule once, as its version in force last, in the order of the rules' files. */
  for (size_t i = 0; i < egca_rules_deadline_count(rules); i++) {
    const egca_deadline_rule *r = egca_rules_deadline_at(rules, i), *latest;
    if (egca_rules_deadline(&latest, rules, egca_deadline_rule_id(r), EGCA_DATE_NONE, NULL) < 0 || latest != r)
      continue;
    egca__jw_element(&w);
    put_version(&w, r, lang);
  }
  egca__jw_close(&w, ']');
  egca__jw_close(&w, '}');
  return egca__jw_finish(&w, out, err);
}

EGCA_API int egca_rule_versions_to_json(char **out, const egca_rules *rules, const char *rule_id, egca_lang lang,
                                        unsigned flags, egca_error *err)
{
  *out = NULL;
  const egca_deadline_rule *latest;
  const int rc = egca_rules_deadline(&latest, rules, rule_id, EGCA_DATE_NONE, err);
  if (rc < 0)
    return rc;
  egca__buf text = {0};
  egca__jw w;
  egca__jw_start(&w, &text, (flags & EGCA_JSON_COMPACT) != 0);
  egca__jw_open(&w, '{');
  EGCA__JW_KEY(&w, "versions");
  egca__jw_open(&w, '[');
  /* Every version, oldest first: each time the earliest not yet written. */
  egca_date shown = EGCA_DATE_NONE;
  for (;;) {
    const egca_deadline_rule *next = NULL;
    for (size_t i = 0; i < egca_rules_deadline_count(rules); i++) {
      const egca_deadline_rule *r = egca_rules_deadline_at(rules, i);
      const egca_date from = egca_deadline_rule_effective_from(r);
      if (strcmp(egca_deadline_rule_id(r), rule_id) == 0 && (shown == EGCA_DATE_NONE || from > shown) &&
          (next == NULL || from < egca_deadline_rule_effective_from(next)))
        next = r;
    }
    if (next == NULL)
      break;
    egca__jw_element(&w);
    put_version(&w, next, lang);
    shown = egca_deadline_rule_effective_from(next);
  }
  egca__jw_close(&w, ']');
  egca__jw_close(&w, '}');
  return egca__jw_finish(&w, out, err);
}

/* --- Text --------------------------------------------------------------------------------------------------- */

static int clamp_length(int n) { return n < 0 ? 0 : n; }

EGCA_API int egca_deadline_rule_period_format(char *buf, size_t size, const egca_deadline_rule *rule, egca_lang lang)
{
  static const char *const unit_words[] = {"working day", "day", "year", "month"};
  /* Chinese counts its units with the measure word where the law does: 5个工作日, 30日, 1年, 6个月. */
  static const char *const unit_zh[] = {"个工作日", "日", "年", "个月"};
  const egca_period_unit u = egca_deadline_rule_unit(rule);
  const char *unit = unit_words[u];
  const char *dir = egca_direction_name(egca_deadline_rule_direction(rule));
  const int count = egca_deadline_rule_count(rule);
  const char *extends = egca_deadline_rule_extends(rule);
  const int en = lang == EGCA_LANG_EN, before = egca_deadline_rule_direction(rule) == EGCA_BEFORE;
  char head[128];
  if (egca_deadline_rule_refused(rule) != NULL)
    return clamp_length(snprintf(buf, size, "%s",
                                 EGCA__TR_LANG(lang, "no period (refused: see the reason)", "未规定期限（不予计算，见原因）")));
  if (extends != NULL && en)
    snprintf(head, sizeof head, "%.64s + %d %s%s %s", extends, count, unit, count == 1 ? "" : "s", dir);
  else if (extends != NULL)
    /* The extended rule's period, then further in its direction. */
    snprintf(head, sizeof head, "%.64s的期限再%s%d%s", extends, before ? "提前" : "延长", count, unit_zh[u]);
  else if (count == 0)
    snprintf(head, sizeof head, "%s", EGCA__TR_LANG(lang, "on the day itself", "当日"));
  else if (en)
    snprintf(head, sizeof head, "%d %s%s %s", count, unit, count == 1 ? "" : "s", dir);
  else
    snprintf(head, sizeof head, "起算日%s%d%s", before ? "前" : "后", count, unit_zh[u]);
  const char *tail = "";
  if (egca_deadline_rule_end(rule) == EGCA_END_FIRST_WORKING_DAY_AFTER)
    tail = EGCA__TR_LANG(lang, ", then the first working day after", "，再取其后第一个工作日");
  else if (egca_deadline_rule_pause(rule) == EGCA_PAUSE_EXCLUDE)
    tail = EGCA__TR_LANG(lang, ", pauses excluded", "，中止期间不计入");
  else if (egca_deadline_rule_roll(rule) == EGCA_ROLL_NEXT_WORKING_DAY)
    tail = EGCA__TR_LANG(lang, ", a rest day moves to the next working day", "，届满日遇休息日顺延至其后第一个工作日");
  else if (egca_deadline_rule_roll(rule) == EGCA_ROLL_EARLIER_OR_LATER)
    tail = EGCA__TR_LANG(lang, ", a rest day moves to the previous working day, or the next: an open question (egca rules readings)",
                         "，届满日遇休息日提前至此前最后一个工作日或顺延至其后第一个工作日：未决问题（egca rules readings）");
  return clamp_length(snprintf(buf, size, "%s%s", head, tail));
}
