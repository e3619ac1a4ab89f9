/* egca command and service — the JSON answers both give (docs/cli-json.md), written into memory.
 *
 * `egca COMMAND --format json` writes these texts to stdout and `egca serve` sends them as response
 * bodies: one writer each, so the two cannot drift apart. Where the library writes an answer itself
 * (egca_deadline_to_json, egca_assessment_to_json, egca_timeline_to_json) both call it. Uses only the
 * public API. */
#ifndef EGCA_CLI_ANSWERS_H
#define EGCA_CLI_ANSWERS_H

#include <egca.h>

/* A growing text. After a failed allocation `nomem` is set and later writes do nothing: check it once at
 * the end. Start from ANSWER_INIT; free with answer_free. */
typedef struct answer {
  char *data; /* NUL-terminated when len > 0 */
  size_t len, cap;
  int nomem;
} answer;

#define ANSWER_INIT {NULL, 0, 0, 0}

void answer_free(answer *a);
void answer_write(answer *a, const char *data, size_t len);
void answer_puts(answer *a, const char *text);
void answer_printf(answer *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* `s` as a JSON string (RFC 8259 section 7), NULL as null. */
void answer_json_string(answer *a, const char *s);

/* One day as a JSON object {"date", "kind", "provisional", "name", "notice", "local"} (docs/cli-json.md). */
void answer_day(answer *a, egca_date d, const egca_day_info *info);

/* `calendar days FROM TO`: every day of FROM..TO with its kind. The whole range is checked first (an
 * answer is complete or absent): returns 0, EGCA_PROVISIONAL, or the error of the first day that cannot
 * be answered (err set, *failed_day that day; nothing written). */
int answer_calendar_days(answer *a, const egca_calendar *cal, egca_date from, egca_date to, egca_date *failed_day,
                         egca_error *err);

/* `rules list`: the version of each rule in force last; its human texts (the period) in `lang`. */
void answer_rules_list(answer *a, const egca_rules *rules, egca_lang lang);

/* `rules show RULE`: every version, oldest first, its human texts in `lang`. EGCA_E_NOTFOUND (nothing written)
 * for an unknown rule. */
int answer_rules_show(answer *a, const egca_rules *rules, const char *id, egca_lang lang);

/* `offices`: the acceptance offices and the decision authority; the hours' source cited in `lang` (names,
 * regions and hours are the sources' words in both languages). */
void answer_offices(answer *a, egca_lang lang);

/* A pause "FROM:TO" or "FROM:" (open), as `deadline --pause` and the service's `pause=` take it. Returns 0,
 * or -1 with the reason in `why` (NUL-terminated), written in `lang`. */
int answer_parse_pause(egca_pause *out, const char *text, char *why, size_t why_size, egca_lang lang);

/* The rule ids of a rule set, each once, ", "-separated, into buf (for "unknown rule" messages). */
void answer_rule_names(char *buf, size_t size, const egca_rules *rules);

/* Today in China (UTC+8), whatever the machine's time zone: the default as-of date. */
egca_date answer_today(void);

#endif
