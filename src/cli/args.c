/* egca command and service — what both read from their arguments (args.h). */
#include "args.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void cli_rule_names(char *buf, size_t size, const egca_rules *rules)
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

/* --- Arguments ------------------------------------------------------------------------------------------ */

int cli_parse_pause(egca_pause *out, const char *text, char *why, size_t why_size, egca_lang lang)
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
egca_date cli_today(void)
{
  const long long now = (long long)time(NULL) + 8 * 3600;
  return (egca_date)(now / 86400 - (now % 86400 < 0 ? 1 : 0));
}
