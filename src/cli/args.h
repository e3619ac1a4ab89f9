/* egca command and service — what both read from their arguments the same way: a pause, the default as-of
 * date, the rule names an "unknown rule" message lists. Their JSON answers are the library's (the *_to_json
 * functions), which both call. Uses only the public API. */
#ifndef EGCA_CLI_ARGS_H
#define EGCA_CLI_ARGS_H

#include <egca.h>

/* A pause "FROM:TO" or "FROM:" (open), as `deadline --pause` and the service's `pause=` take it. Returns 0,
 * or -1 with the reason in `why` (NUL-terminated), written in `lang`. */
int cli_parse_pause(egca_pause *out, const char *text, char *why, size_t why_size, egca_lang lang);

/* The rule ids of a rule set, each once, ", "-separated, into buf (for "unknown rule" messages). */
void cli_rule_names(char *buf, size_t size, const egca_rules *rules);

/* Today in China (UTC+8), whatever the machine's time zone: the default as-of date. */
egca_date cli_today(void);

#endif
