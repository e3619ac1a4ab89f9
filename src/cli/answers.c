/* egca command and service — the JSON answers both give (answers.h). */
#include "answers.h"
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void answer_free(answer *a)
{
  free(a->data);
  *a = (answer)ANSWER_INIT;
}

/* Room for `more` bytes and the terminating NUL; 0 when memory ran out (a->nomem set). */
static int reserve(answer *a, size_t more)
{
  if (a->nomem)
    return 0;
  if (a->len + more + 1 <= a->cap)
    return 1;
  size_t cap = a->cap < 256 ? 256 : a->cap;
  while (cap < a->len + more + 1) {
    if (cap > (size_t)-1 / 2) {
      a->nomem = 1;
      return 0;
    }
    cap *= 2;
  }
  char *grown = realloc(a->data, cap);
  if (grown == NULL) {
    a->nomem = 1;
    return 0;
  }
  a->data = grown;
  a->cap = cap;
  return 1;
}

void answer_write(answer *a, const char *data, size_t len)
{
  if (!reserve(a, len))
    return;
  memcpy(a->data + a->len, data, len);
  a->len += len;
  a->data[a->len] = '\0';
}

void answer_puts(answer *a, const char *text) { answer_write(a, text, strlen(text)); }

void answer_printf(answer *a, const char *fmt, ...)
{
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) {
    a->nomem = 1;
    return;
  }
  if ((size_t)n < sizeof small) {
    answer_write(a, small, (size_t)n);
    return;
  }
  if (!reserve(a, (size_t)n))
    return;
  va_start(ap, fmt);
  vsnprintf(a->data + a->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  a->len += (size_t)n;
}

void answer_json_string(answer *a, const char *s)
{
  if (s == NULL) {
    answer_puts(a, "null");
    return;
  }
  /* RFC 8259 section 7: the quotation mark, the reverse solidus and the control characters are escaped;
   * everything else (UTF-8 included) is written as it is. */
  answer_puts(a, "\"");
  const char *run = s;
  for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++) {
    if (*p != '"' && *p != '\\' && *p >= 0x20)
      continue;
    answer_write(a, run, (size_t)((const char *)p - run));
    if (*p == '"' || *p == '\\')
      answer_printf(a, "\\%c", *p);
    else if (*p == '\n')
      answer_puts(a, "\\n");
    else if (*p == '\t')
      answer_puts(a, "\\t");
    else
      answer_printf(a, "\\u%04x", *p);
    run = (const char *)p + 1;
  }
  answer_puts(a, run);
  answer_puts(a, "\"");
}

/* --- Calendar ------------------------------------------------------------------------------------------ */

/* A notice as a JSON object {"title", "date", "url"}, or null. */
static void json_notice(answer *a, const egca_day_info *info)
{
  if (info->notice == NULL) {
    answer_puts(a, "null");
    return;
  }
  answer_puts(a, "{\"title\":");
  answer_json_string(a, info->notice);
  answer_puts(a, ",\"date\":");
  answer_json_string(a, info->notice_date);
  answer_puts(a, ",\"url\":");
  answer_json_string(a, info->notice_url);
  answer_puts(a, "}");
}

/* One day as a JSON object: {"date", "kind", "provisional", "name", "notice", "local"}. */
void answer_day(answer *a, egca_date d, const egca_day_info *info)
{
  char day[EGCA_DATE_TEXT_SIZE];
  answer_printf(a, "{\"date\":\"%s\",\"kind\":\"%s\",\"provisional\":%s,\"name\":", egca_date_format(d, day),
                egca_day_kind_name(info->kind), info->provisional ? "true" : "false");
  answer_json_string(a, info->name);
  answer_puts(a, ",\"notice\":");
  json_notice(a, info);
  answer_printf(a, ",\"local\":%s}", info->local ? "true" : "false");
}

int answer_calendar_days(answer *a, const egca_calendar *cal, egca_date from, egca_date to, egca_date *failed_day,
                         egca_error *err)
{
  int provisional = 0;
  for (egca_date d = from; d <= to; d++) {
    egca_day_kind kind;
    int rc = egca_calendar_kind(&kind, cal, d, err);
    if (rc < 0) {
      *failed_day = d;
      return rc;
    }
    provisional |= rc == EGCA_PROVISIONAL;
  }
  char f[EGCA_DATE_TEXT_SIZE], t[EGCA_DATE_TEXT_SIZE];
  answer_printf(a, "{\"from\":\"%s\",\"to\":\"%s\",\"provisional\":%s,\"days\":[", egca_date_format(from, f),
                egca_date_format(to, t), provisional ? "true" : "false");
  for (egca_date d = from; d <= to; d++) {
    egca_day_info info;
    egca_calendar_day(&info, cal, d, NULL);
    answer_puts(a, d == from ? "" : ",");
    answer_day(a, d, &info);
  }
  answer_puts(a, "]}\n");
  return provisional ? EGCA_PROVISIONAL : EGCA_OK;
}

/* --- Rules ---------------------------------------------------------------------------------------------- */

/* The rule's citations and the guide's section, in the shape of `egca deadline --format json`'s "basis"
 * and "guide" (docs/rules.md), so that one reader serves both. */
static void json_basis(answer *a, const egca_deadline_rule *rule, egca_lang lang)
{
  size_t count;
  const egca_basis *basis = egca_deadline_rule_basis(rule, &count);
  answer_puts(a, "[");
  for (size_t i = 0; i < count; i++) {
    char article[512], item[64];
    const char *law = egca_basis_parts_lang(&basis[i], lang, article, sizeof article, item, sizeof item);
    answer_puts(a, i ? ",{\"law\":" : "{\"law\":");
    answer_json_string(a, law);
    answer_puts(a, ",\"article\":");
    answer_json_string(a, article);
    answer_puts(a, ",\"item\":");
    answer_json_string(a, item[0] != '\0' ? item : NULL);
    answer_puts(a, "}");
  }
  const char *section = egca_deadline_rule_guide_section_lang(rule, lang);
  const char *item = egca_deadline_rule_guide_item_lang(rule, lang);
  answer_puts(a, "],\"guide\":");
  if (section != NULL) {
    answer_puts(a, "{\"section\":");
    answer_json_string(a, section);
    answer_puts(a, ",\"item\":");
    answer_json_string(a, item);
    answer_puts(a, "}");
  } else {
    answer_puts(a, "null");
  }
}

/* One version of a rule as a JSON object, the fields of `rules show`. */
static void json_version(answer *a, const egca_deadline_rule *r, egca_lang lang)
{
  char text[512], date[EGCA_DATE_TEXT_SIZE];
  answer_puts(a, "{\"id\":");
  answer_json_string(a, egca_deadline_rule_id(r));
  answer_puts(a, ",\"title\":");
  answer_json_string(a, egca_deadline_rule_title_lang(r, lang));
  answer_printf(a, ",\"effective_from\":\"%s\",\"version\":",
                egca_date_format(egca_deadline_rule_effective_from(r), date));
  answer_json_string(a, egca_deadline_rule_instrument_lang(r, lang));
  answer_puts(a, ",\"starts\":");
  answer_json_string(a, egca_deadline_rule_starts_lang(r, lang));
  if (egca_deadline_rule_refused(r) != NULL) {
    /* A version that sets no period: its period fields are null, "refused" says why. */
    answer_puts(a, ",\"period\":null,\"unit\":null,\"count\":null,\"direction\":null,\"extends\":null,\"pause\":null,"
                   "\"roll\":null,\"result\":null,\"cutoff\":null,\"cutoff_in_person\":null,\"basis\":");
    json_basis(a, r, lang);
    answer_puts(a, ",\"contested\":false,\"note\":");
    answer_json_string(a, egca_deadline_rule_note_lang(r, lang));
    answer_puts(a, ",\"refused\":");
    answer_json_string(a, egca_deadline_rule_refused_lang(r, lang));
    answer_puts(a, "}");
    return;
  }
  egca_deadline_rule_period_format(text, sizeof text, r, lang);
  answer_puts(a, ",\"period\":");
  answer_json_string(a, text);
  answer_printf(a, ",\"unit\":\"%s\",\"count\":%d,\"direction\":\"%s\",\"extends\":",
                egca_period_unit_name(egca_deadline_rule_unit(r)), egca_deadline_rule_count(r),
                egca_direction_name(egca_deadline_rule_direction(r)));
  answer_json_string(a, egca_deadline_rule_extends(r));
  answer_printf(a, ",\"pause\":\"%s\",\"roll\":\"%s\",\"result\":\"%s\",\"cutoff\":\"%02d:%02d\",\"cutoff_in_person\":",
                egca_deadline_rule_pause(r) == EGCA_PAUSE_EXCLUDE ? "exclude" : "none",
                egca_roll_name(egca_deadline_rule_roll(r)), egca_period_end_name(egca_deadline_rule_end(r)),
                egca_deadline_rule_cutoff(r) / 60, egca_deadline_rule_cutoff(r) % 60);
  const int in_person = egca_deadline_rule_cutoff_in_person(r);
  if (in_person > 0)
    answer_printf(a, "\"%02d:%02d\"", in_person / 60, in_person % 60);
  else
    answer_puts(a, "null");
  answer_puts(a, ",\"basis\":");
  json_basis(a, r, lang);
  answer_printf(a, ",\"contested\":%s,\"note\":", egca_deadline_rule_contested(r) ? "true" : "false");
  answer_json_string(a, egca_deadline_rule_note_lang(r, lang));
  answer_puts(a, ",\"refused\":null}");
}

void answer_rules_list(answer *a, const egca_rules *rules, egca_lang lang)
{
  answer_puts(a, "{\"rules\":[");
  int first = 1;
  for (size_t i = 0; i < egca_rules_deadline_count(rules); i++) {
    const egca_deadline_rule *r = egca_rules_deadline_at(rules, i), *latest;
    if (egca_rules_deadline(&latest, rules, egca_deadline_rule_id(r), EGCA_DATE_NONE, NULL) < 0 || latest != r)
      continue;
    answer_puts(a, first ? "" : ",");
    json_version(a, r, lang);
    first = 0;
  }
  answer_puts(a, "]}\n");
}

int answer_rules_show(answer *a, const egca_rules *rules, const char *id, egca_lang lang)
{
  const egca_deadline_rule *latest;
  if (egca_rules_deadline(&latest, rules, id, EGCA_DATE_NONE, NULL) < 0)
    return EGCA_E_NOTFOUND;
  /* Every version, oldest first. */
  answer_puts(a, "{\"versions\":[");
  egca_date shown = EGCA_DATE_NONE;
  for (int first = 1;; first = 0) {
    const egca_deadline_rule *next = NULL;
    for (size_t i = 0; i < egca_rules_deadline_count(rules); i++) {
      const egca_deadline_rule *r = egca_rules_deadline_at(rules, i);
      egca_date from = egca_deadline_rule_effective_from(r);
      if (strcmp(egca_deadline_rule_id(r), id) == 0 && (shown == EGCA_DATE_NONE || from > shown) &&
          (next == NULL || from < egca_deadline_rule_effective_from(next)))
        next = r;
    }
    if (next == NULL)
      break;
    answer_puts(a, first ? "" : ",");
    json_version(a, next, lang);
    shown = egca_deadline_rule_effective_from(next);
  }
  answer_puts(a, "]}\n");
  return EGCA_OK;
}

void answer_rule_names(char *buf, size_t size, const egca_rules *rules)
{
  size_t used = 0;
  if (size > 0)
    buf[0] = '\0';
  for (size_t i = 0; i < egca_rules_deadline_count(rules); i++) {
    const char *name = egca_deadline_rule_id(egca_rules_deadline_at(rules, i));
    int seen = 0;
    for (size_t j = 0; j < i && !seen; j++)
      seen = strcmp(egca_deadline_rule_id(egca_rules_deadline_at(rules, j)), name) == 0;
    if (!seen && used < size)
      used += (size_t)snprintf(buf + used, size - used, "%s%s", used ? ", " : "", name);
  }
}

/* --- Offices -------------------------------------------------------------------------------------------- */

/* A clock time "HH:MM" (24:00 the end of the day), or NULL when unknown. */
static const char *clock_text(char buf[8], int minutes)
{
  if (minutes < 0 || minutes > EGCA_TIME_END_OF_DAY)
    return NULL;
  const unsigned h = (unsigned)minutes / 60 % 100, m = (unsigned)minutes % 60;
  snprintf(buf, 8, "%02u:%02u", h, m);
  return buf;
}

/* One office: code, name, region, local rest days, hours with their source, and the cutoff of a filing by
 * each channel (null where the hours are unknown). */
static void json_office(answer *a, const egca_office *o, egca_lang lang)
{
  char t[8];
  answer_puts(a, "{\"code\":");
  answer_json_string(a, o->code);
  answer_puts(a, ",\"name\":");
  answer_json_string(a, o->name);
  answer_puts(a, ",\"region\":");
  answer_json_string(a, o->region);
  answer_printf(a, ",\"local_holidays\":%s,\"hours\":", o->local_holidays ? "true" : "false");
  answer_json_string(a, o->hours);
  answer_puts(a, ",\"closes\":");
  answer_json_string(a, clock_text(t, o->closes));
  answer_puts(a, ",\"hours_source\":");
  answer_json_string(a, lang == EGCA_LANG_EN ? o->hours_source_en : o->hours_source);
  answer_puts(a, ",\"filing_cutoff\":{");
  for (int k = EGCA_CHANNEL_IN_PERSON; k <= EGCA_CHANNEL_ONLINE; k++) {
    answer_printf(a, "%s\"%s\":", k > EGCA_CHANNEL_IN_PERSON ? "," : "", egca_channel_name((egca_channel)k));
    answer_json_string(a, clock_text(t, egca_office_filing_cutoff(o, (egca_channel)k)));
  }
  answer_puts(a, "}}");
}

void answer_offices(answer *a, egca_lang lang)
{
  answer_puts(a, "{\"offices\":[");
  for (size_t i = 0; i < egca_office_count(); i++) {
    answer_puts(a, i ? "," : "");
    json_office(a, egca_office_at(i), lang);
  }
  answer_puts(a, "],\"decision\":");
  json_office(a, egca_office_decision(), lang);
  answer_puts(a, "}\n");
}

/* --- Arguments ------------------------------------------------------------------------------------------ */

int answer_parse_pause(egca_pause *out, const char *text, char *why, size_t why_size, egca_lang lang)
{
  const char *colon = strchr(text, ':');
  char from[32];
  size_t n = colon != NULL ? (size_t)(colon - text) : 0;
  if (colon == NULL || n >= sizeof from) {
    snprintf(why, why_size,
             lang == EGCA_LANG_EN ? "\"%s\" is not FROM:TO or FROM: (an open pause)" : "\"%s\"不是FROM:TO或FROM:（未结束的中止）",
             text);
    return -1;
  }
  memcpy(from, text, n);
  from[n] = '\0';
  egca_error err = {.lang = lang};
  if (egca_date_parse(&out->from, from, &err) < 0) {
    snprintf(why, why_size, "%s", err.message);
    return -1;
  }
  out->to = EGCA_DATE_NONE;
  if (colon[1] != '\0' && egca_date_parse(&out->to, colon + 1, &err) < 0) {
    snprintf(why, why_size, "%s", err.message);
    return -1;
  }
  if (out->to != EGCA_DATE_NONE && out->to < out->from) {
    snprintf(why, why_size, lang == EGCA_LANG_EN ? "%s ends before it begins" : "%s的结束日早于开始日", text);
    return -1;
  }
  return 0;
}

/* China keeps UTC+8 all year (no daylight saving time since 1991), so the day is that of time() + 8 h, with
 * no time zone database; an egca_date counts days from 1970-01-01 as time() counts seconds from its
 * midnight UTC. */
egca_date answer_today(void)
{
  const long long now = (long long)time(NULL) + 8 * 3600;
  return (egca_date)(now / 86400 - (now % 86400 < 0 ? 1 : 0));
}
