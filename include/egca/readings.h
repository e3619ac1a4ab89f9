/* egca — the law's open questions, and the reading a caller picks for each.
 *
 * Where the texts leave a legal question open and the answer changes a due date, a status or a finding,
 * the rules data names the question (rules/readings.json, docs/rules.md): its id, the question in one line,
 * each reading with its basis (law and article), and the default. A computation applies one reading per
 * question — the default unless the caller picks another — and every result for which the readings
 * differ says so: a deadline is `ambiguous` and lists its due day and status under each reading, a finding
 * that holds only under some readings is `contested` and names the reading it rests on.
 *
 * A caller picks readings with an array of egca_reading_choice (egca_timeline_options.readings,
 * egca_deadline_options.readings); a question or reading id the rules do not declare is an error naming
 * it. The questions are borrowed from the rule set and live as long as it does.
 */
#ifndef EGCA_READINGS_H
#define EGCA_READINGS_H

#include "common.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

struct egca_rules;
struct egca_basis;

/* One pick: the question's id and the id of the reading to apply ("renewal_rest_day", "later"). */
typedef struct egca_reading_choice {
  const char *question;
  const char *reading;
} egca_reading_choice;

typedef struct egca_question egca_question;

/* The questions of a rule set, in the order of readings.json; by id (NULL when none has it). */
EGCA_API size_t egca_rules_question_count(const struct egca_rules *rules);
EGCA_API const egca_question *egca_rules_question_at(const struct egca_rules *rules, size_t index);
EGCA_API const egca_question *egca_rules_question(const struct egca_rules *rules, const char *id);

EGCA_API const char *egca_question_id(const egca_question *question);
/* The question in one line (Chinese; egca_question_text_lang below for English). */
EGCA_API const char *egca_question_text(const egca_question *question);
/* The rule whose rest-day roll the question decides ("renewal_filing"), or NULL. */
EGCA_API const char *egca_question_rule(const egca_question *question);
/* The rule whose unit and roll, or the outcome its instances start on, the question's readings set
 * ("hearing_request", readings.json "sets"), or NULL. */
EGCA_API const char *egca_question_sets(const egca_question *question);
/* A note (Chinese), or NULL; egca_question_note_lang for English. */
EGCA_API const char *egca_question_note(const egca_question *question);
/* Its readings, in file order; the default's index. */
EGCA_API size_t egca_question_reading_count(const egca_question *question);
EGCA_API size_t egca_question_default(const egca_question *question);
/* Reading `index`: its id, its text (Chinese; egca_question_reading_text_lang for English) and its basis;
 * NULL when index >= the count. */
EGCA_API const char *egca_question_reading_id(const egca_question *question, size_t index);
EGCA_API const char *egca_question_reading_text(const egca_question *question, size_t index);
/* The texts above in a language (the convention of rules.h: a getter ending in _lang): the question, its
 * note (NULL as egca_question_note) and reading `index`'s text. */
EGCA_API const char *egca_question_text_lang(const egca_question *question, egca_lang lang);
EGCA_API const char *egca_question_note_lang(const egca_question *question, egca_lang lang);
EGCA_API const char *egca_question_reading_text_lang(const egca_question *question, size_t index, egca_lang lang);
EGCA_API const struct egca_basis *egca_question_reading_basis(const egca_question *question, size_t index,
                                                              size_t *count);

/* What reading `index` sets: the rule's id (NULL: it sets nothing, the rule counts as written), with the
 * unit ("days", "working_days") and roll ("none", "next_working_day") it gives, each NULL when it keeps the
 * rule's own. unit and roll may be NULL. */
EGCA_API const char *egca_question_reading_sets(const egca_question *question, size_t index, const char **unit,
                                                const char **roll);

/* The outcome of the decisions whose events open the rule's instances that reading `index` sets ("granted",
 * "denied", "any"), or NULL when it keeps the rule's own. */
EGCA_API const char *egca_question_reading_outcome(const egca_question *question, size_t index);

/* The rule from whose period's end reading `index` makes the set rule's instances run ("from_end_of"), or
 * NULL when they run from their start event's day. */
EGCA_API const char *egca_question_reading_from_end_of(const egca_question *question, size_t index);

/* The questions as JSON (`egca rules readings --format json`, docs/cli-json.md): two-space indent, ending in
 * a newline; the texts (question, readings' text, note, citations) in `lang`, ids as they are. *out is owned
 * by the caller: free it with egca_deadline_string_free. Errors: EGCA_E_NOMEM. */
EGCA_API int egca_rules_questions_to_json(char **out, const struct egca_rules *rules, egca_lang lang, egca_error *err);

#ifdef __cplusplus
}
#endif
#endif
