/* egca — the licence's rules as data, and its time limits computed from them.
 *
 * A rule set is loaded from three JSON files: deadlines.json (the time limits, read here), conditions.json
 * and materials.json (read by the assess module). The files shipped with egca are embedded in the library
 * (egca_rules_default); egca_rules_load reads a directory holding all three. Loading is strict: an unknown
 * field, a wrong type, a duplicate key, a count that is not an integer or out of range, an unknown rule id,
 * unit or policy is an error naming file:line:column and the JSON pointer of the value. The format of
 * deadlines.json is described in docs/rules.md.
 *
 * A deadline rule has a stable id (the shipped ones: acceptance, decision, decision_extension,
 * review_time_notice, notification, status_query, certificate_validity, change_filing, renewal_filing,
 * renewal_decision; a rules file may add others), a title in Chinese and English, its legal basis, and the date it takes
 * effect; several versions of one rule may stand side by side (any number), and a computation uses the
 * version in force on its start date. Nothing about a period is fixed in the code: count, unit, direction,
 * roll and cutoff come from the data, and so do what starts, answers, restarts and pauses the rule's
 * instances in a case, what follows when one runs out, and whose time it is.
 *
 * A loaded rule set is immutable and may be shared between threads. Strings and arrays returned by the
 * getters are borrowed and live as long as the rule set.
 *
 * Languages: every human-readable text of the rules files has its English twin (docs/rules.md, "Texts in
 * two languages"). A getter of such a text returns the Chinese; the getter of the same name ending in
 * _lang takes an egca_lang and returns the text in that language (egca_deadline_rule_title_lang(rule,
 * EGCA_LANG_EN)). The same convention holds for the questions of readings.h and for citations
 * (egca_basis_format_lang).
 */
#ifndef EGCA_RULES_H
#define EGCA_RULES_H

#include "common.h"
#include "calendar.h"
#include "date.h"
#include "error.h"
#include "period.h"
#include "readings.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct egca_rules egca_rules;
typedef struct egca_deadline_rule egca_deadline_rule;

/* One legal basis of a rule: the law ("中华人民共和国行政许可法"), the article ("第三十二条第一款") and the
 * enumerated item ("（四）", NULL when the whole article or paragraph is meant); law_en is the law's English
 * name ("Administrative Licensing Law") from deadlines.json "laws" (NULL in a basis built by hand: it is then
 * cited in Chinese in both languages). The one citation type of the rules' four files. */
typedef struct egca_basis {
  const char *law;
  const char *article;
  const char *item;
  const char *law_en;
} egca_basis;

/* Whether pauses (technical review) stop a rule's clock. */
typedef enum egca_pause_policy {
  EGCA_PAUSE_NONE = 0,   /* the rule takes no pauses; passing one is an error */
  EGCA_PAUSE_EXCLUDE = 1 /* working days inside a pause are not counted (行政许可法 第四十五条) */
} egca_pause_policy;

/* Whose time a period is: the applicant's (a filing) or an authority's (an answer the law asks of it). */
typedef enum egca_party {
  EGCA_PARTY_UNSTATED = 0, /* the rule does not say */
  EGCA_PARTY_APPLICANT = 1,
  EGCA_PARTY_AUTHORITY = 2
} egca_party;

/* Which authority's time it is, for an authority's period (its calendar and hours may differ). */
typedef enum egca_authority {
  EGCA_AUTHORITY_NONE = 0,              /* the applicant's period, or not stated */
  EGCA_AUTHORITY_ACCEPTANCE_OFFICE = 1, /* the office that accepts the application ("acceptance_office") */
  EGCA_AUTHORITY_OSCCA = 2              /* 国家密码管理局, which decides */
} egca_authority;

/* "applicant", "authority"; "acceptance_office", "国家密码管理局"; NULL for UNSTATED / NONE or a value outside
 * the enum. */
EGCA_API const char *egca_party_name(egca_party party);
EGCA_API const char *egca_authority_name(egca_authority authority);

/* --- Loading ------------------------------------------------------------------------------------- */

/* The rules shipped with egca (embedded; no files read). The result is owned by the caller. Errors:
 * EGCA_E_NOMEM; EGCA_E_INVALID / EGCA_E_PARSE only if the library was built with broken rules. */
EGCA_API int egca_rules_default(egca_rules **out, egca_error *err);

/* Reads DIR/deadlines.json, DIR/conditions.json, DIR/materials.json and DIR/readings.json. The result is owned
 * by the caller.
 * Errors: EGCA_E_IO (err->source names the file that cannot be read, e.g. a missing conditions.json),
 * EGCA_E_PARSE (malformed JSON), EGCA_E_INVALID (a value breaks the format: err names the file, line,
 * column and JSON pointer), EGCA_E_NOMEM. On failure *out is NULL and nothing stays allocated. */
EGCA_API int egca_rules_load(egca_rules **out, const char *dir, egca_error *err);

/* The number of files of a rule set: deadlines.json, conditions.json, materials.json, readings.json. */
#define EGCA_RULES_FILES 4

/* The same from the four files' texts in memory, in the order deadlines.json, conditions.json,
 * materials.json, readings.json (need not be NUL-terminated; not kept); sources[i] names each text in
 * errors, as a path does for egca_rules_load. Errors as for egca_rules_load but EGCA_E_IO. */
EGCA_API int egca_rules_parse(egca_rules **out, const char *const sources[EGCA_RULES_FILES],
                              const char *const texts[EGCA_RULES_FILES], const size_t lengths[EGCA_RULES_FILES],
                              egca_error *err);

/* Frees a rule set; NULL does nothing. */
EGCA_API void egca_rules_free(egca_rules *rules);

/* --- Deadline rules --------------------------------------------------------------------------------- */

/* The number of deadline rule entries (every version of every rule), and each by index in file order. */
EGCA_API size_t egca_rules_deadline_count(const egca_rules *rules);
EGCA_API const egca_deadline_rule *egca_rules_deadline_at(const egca_rules *rules, size_t index);

/* The version of rule `id` in force on `on`: the one with the latest effective_from not after `on`;
 * `on` = EGCA_DATE_NONE gives the latest version. (egca_deadline_compute and the timeline apply the earliest
 * version to a date before it, and say so; this lookup refuses.) Errors: EGCA_E_NOTFOUND when there is no rule `id`, or no
 * version of it in force on `on` (err->message says which and when the first takes effect). */
EGCA_API int egca_rules_deadline(const egca_deadline_rule **out, const egca_rules *rules, const char *id,
                                 egca_date on, egca_error *err);

/* Getters. Strings are never NULL unless said so. */
EGCA_API const char *egca_deadline_rule_id(const egca_deadline_rule *rule);
EGCA_API const char *egca_deadline_rule_title(const egca_deadline_rule *rule);
/* What the start date is ("收到申请材料之日"). */
EGCA_API const char *egca_deadline_rule_starts(const egca_deadline_rule *rule);
EGCA_API egca_date egca_deadline_rule_effective_from(const egca_deadline_rule *rule);
/* The instrument this version implements ("电子政务电子认证服务管理办法（国家密码管理局令第4号）"). */
EGCA_API const char *egca_deadline_rule_instrument(const egca_deadline_rule *rule);
EGCA_API egca_period_unit egca_deadline_rule_unit(const egca_deadline_rule *rule);
/* The rule's own count: for a rule that extends another, the extra count only. */
EGCA_API int egca_deadline_rule_count(const egca_deadline_rule *rule);
EGCA_API egca_direction egca_deadline_rule_direction(const egca_deadline_rule *rule);
EGCA_API egca_pause_policy egca_deadline_rule_pause(const egca_deadline_rule *rule);
EGCA_API egca_roll egca_deadline_rule_roll(const egca_deadline_rule *rule);
EGCA_API egca_period_end egca_deadline_rule_end(const egca_deadline_rule *rule);
/* Minutes after midnight the last day ends at; in person: 0 when the rule names no office-hours cutoff. */
EGCA_API int egca_deadline_rule_cutoff(const egca_deadline_rule *rule);
EGCA_API int egca_deadline_rule_cutoff_in_person(const egca_deadline_rule *rule);
/* The id of the rule whose period this one extends (decision_extension -> "decision"), or NULL. */
EGCA_API const char *egca_deadline_rule_extends(const egca_deadline_rule *rule);
/* The legal basis: *count entries (may be 0 when the guide alone is the source). */
EGCA_API const egca_basis *egca_deadline_rule_basis(const egca_deadline_rule *rule, size_t *count);
/* The service guide's section ("办理基本流程") and the item within it ("（三）有效期届满延续"); either may be
 * NULL (no guide section, or the whole section). */
EGCA_API const char *egca_deadline_rule_guide_section(const egca_deadline_rule *rule);
EGCA_API const char *egca_deadline_rule_guide_item(const egca_deadline_rule *rule);
/* Whose time the period is, and which authority's (EGCA_AUTHORITY_NONE for the applicant's). */
EGCA_API egca_party egca_deadline_rule_party(const egca_deadline_rule *rule);
EGCA_API egca_authority egca_deadline_rule_authority(const egca_deadline_rule *rule);
/* The article that decides what follows when the period runs out unanswered (a deemed acceptance or
 * renewal, a breach), or NULL when the rule declares no lapse. */
EGCA_API const egca_basis *egca_deadline_rule_lapse_basis(const egca_deadline_rule *rule);
/* The article that moves the period's rest-day last day to the next working day: one of the rule's basis
 * (民法典 第二百零三条, 民事诉讼法 第八十五条, 行诉解释 第四十八条); NULL when the rule does not roll that way. */
EGCA_API const egca_basis *egca_deadline_rule_roll_basis(const egca_deadline_rule *rule);
/* 1 when the rule's legal footing is disputed (its note says why). */
EGCA_API int egca_deadline_rule_contested(const egca_deadline_rule *rule);
/* A note on the rule's reading or consequence, or NULL. */
EGCA_API const char *egca_deadline_rule_note(const egca_deadline_rule *rule);
/* For a version that sets no period (deadlines.json "refused": no text sets a limit, or the text in force
 * then is not known): why, in Chinese (egca_deadline_rule_refused_lang: English); NULL for a version with a period. Computing from a day this version
 * covers is refused with this reason (egca_deadline_compute, the timeline). */
EGCA_API const char *egca_deadline_rule_refused(const egca_deadline_rule *rule);

/* The texts above in a language (EGCA_LANG_ZH gives what the getters without _lang give): title, starts,
 * instrument, note (NULL as egca_deadline_rule_note), refused (NULL as egca_deadline_rule_refused), the
 * guide's section and item (NULL as their getters). */
EGCA_API const char *egca_deadline_rule_title_lang(const egca_deadline_rule *rule, egca_lang lang);
EGCA_API const char *egca_deadline_rule_starts_lang(const egca_deadline_rule *rule, egca_lang lang);
EGCA_API const char *egca_deadline_rule_instrument_lang(const egca_deadline_rule *rule, egca_lang lang);
EGCA_API const char *egca_deadline_rule_note_lang(const egca_deadline_rule *rule, egca_lang lang);
EGCA_API const char *egca_deadline_rule_refused_lang(const egca_deadline_rule *rule, egca_lang lang);
EGCA_API const char *egca_deadline_rule_guide_section_lang(const egca_deadline_rule *rule, egca_lang lang);
EGCA_API const char *egca_deadline_rule_guide_item_lang(const egca_deadline_rule *rule, egca_lang lang);

/* Writes a basis as one citation into buf, always NUL-terminated when size > 0; returns the length the full
 * text needs, as snprintf does. Chinese: "中华人民共和国行政许可法 第三十二条第一款第（四）项"; English:
 * "Administrative Licensing Law, Article 32(1)(4)" (the paragraph and the item in parentheses; an item of an
 * article without paragraphs: "Article 6, item (1)"). egca_basis_format writes the Chinese. A basis without
 * its law or its article (NULL: one built by hand) is no citation: -1, and buf gets the empty text. */
EGCA_API int egca_basis_format(char *buf, size_t size, const egca_basis *basis);
EGCA_API int egca_basis_format_lang(char *buf, size_t size, const egca_basis *basis, egca_lang lang);

/* The three parts of a basis in `lang`, as the JSON outputs' {"law", "article", "item"} give them: returns the
 * law (Chinese: basis->law; English: basis->law_en) and writes the article and the item into the buffers
 * (always NUL-terminated when their size > 0; "" for no item). Chinese: as written ("第三十二条第一款",
 * "（四）"); English: "Article 32(1)", "(4)". A basis without an English name, or whose article the English
 * form cannot read, is given as written in both languages (as egca_basis_format_lang cites it). A basis
 * without its law or its article: NULL, and both buffers get the empty text. */
EGCA_API const char *egca_basis_parts_lang(const egca_basis *basis, egca_lang lang, char *article, size_t article_size,
                                           char *item, size_t item_size);

/* Writes the rule's period in a few words of `lang` into buf; as snprintf. English: "5 working days after",
 * "30 days after, a rest day moves to the next working day", "decision + 10 working days after, pauses
 * excluded"; Chinese: "起算日后5个工作日", "起算日后30日，届满日遇休息日顺延至其后第一个工作日",
 * "decision的期限再延长10个工作日，中止期间不计入". */
EGCA_API int egca_deadline_rule_period_format(char *buf, size_t size, const egca_deadline_rule *rule, egca_lang lang);

/* --- Computing a deadline ----------------------------------------------------------------------------- */

typedef struct egca_deadline_options {
  const egca_pause *pauses; /* pauses (technical review), any order; only for rules with pause "exclude" */
  size_t pause_count;
  egca_roll_policy policy;  /* deprecated: EGCA_POLICY_LATER picks "later" of every rest-day question */
  int trace;                /* nonzero: fill the result's trace (slower: it walks the counted days) */
  const egca_reading_choice *readings; /* readings of open questions to apply (readings.h); others default */
  size_t reading_count;
  egca_lang lang;           /* the language of the trace and of the deadline's text (0: Chinese) */
} egca_deadline_options;

/* A reading of an open question under which a computed deadline falls on another day. */
typedef struct egca_deadline_reading {
  const char *question;
  const char *reading;
  int chosen;                     /* 1 for the reading applied */
  egca_date due;                  /* the due day under it (EGCA_DATE_NONE when suspended) */
} egca_deadline_reading;

#define EGCA_DEADLINE_READINGS_MAX 8

/* A computed deadline. Pointers are borrowed from the rule set. */
typedef struct egca_deadline {
  const egca_deadline_rule *version; /* the rule's version applied */
  const char *rule_id;
  egca_date from;                 /* the start event's date */
  egca_date due;                  /* the due date; EGCA_DATE_NONE when suspended */
  egca_period_status status;      /* EGCA_PERIOD_DUE or EGCA_PERIOD_SUSPENDED */
  egca_period_unit unit;
  int count;                      /* the count applied (an extension: its base's count plus its own) */
  int base_count;                 /* an extension: the count of the rule it extends; else 0 */
  egca_direction direction;
  int provisional;                /* 1 when the result rests on a tentative day */
  int ambiguous;                  /* 1 when the readings of an open question give another day (see readings) */
  egca_date other_reading;        /* deprecated: the first other reading's day when ambiguous, else NONE */
  egca_roll_policy policy;        /* the rest-day roll applied (for an earlier_or_later rule) */
  int cutoff;                     /* minutes: the due day ends at this time */
  int cutoff_in_person;           /* minutes for in-person filing at the office, or 0 */
  const egca_basis *basis;        /* the rule's legal basis */
  size_t basis_count;
  const char *guide_section;      /* the guide's section, or NULL */
  const char *guide_item;         /* the item within it, or NULL */
  int contested;
  int not_in_force;               /* 1 when no version was in force on `from`: the earliest was applied */
  egca_period_trace trace;        /* filled when options->trace is set (trace.filled says so); the period's
                                   * arithmetic, before a reading of the last valid day */
  const egca_calendar *calendar;  /* the calendar it was counted on (borrowed): names the notices it crossed */
  size_t reading_count;           /* when ambiguous: per open question that moves the day, its default reading
                                   * first, then the other */
  egca_deadline_reading readings[EGCA_DEADLINE_READINGS_MAX];
  egca_lang lang;                 /* options->lang: the language egca_deadline_to_json writes the trace in */
} egca_deadline;

/* Computes rule `rule_id` from its start event on `from` (receipt, acceptance, review start, decision, issue,
 * change or expiry: see egca_deadline_rule_starts) with the version in force on `from`; before the rule's
 * first version, with that first version and out->not_in_force set, as the timeline does (its finding
 * rule_not_in_force). `options` may be NULL. Allocates nothing. Returns 0, EGCA_PROVISIONAL
 * (out->provisional set), or an error: EGCA_E_NOTFOUND (unknown rule), EGCA_E_INVALID (pauses for a rule
 * that takes none, a bad pause), EGCA_E_COVERAGE (err->year). Legal outcomes (suspended, ambiguous) are data in
 * *out, not errors. */
EGCA_API int egca_deadline_compute(egca_deadline *out, const egca_rules *rules, const egca_calendar *calendar,
                                   const char *rule_id, egca_date from, const egca_deadline_options *options,
                                   egca_error *err);

/* The deadline as JSON (two-space indent, ending in a newline), exactly the `egca deadline --format json`
 * output (docs/rules.md): {"rule", "title", "version", "effective_from", "in_force", "from", "starts", "due", "status",
 * "unit", "count", "direction", "extends", "provisional", "ambiguous", "other_reading", "policy", "cutoff",
 * "cutoff_in_person", "contested", "note", "basis": [{"law", "article", "item"}], "guide", "trace"}; the trace
 * ends in "notices": [{"title", "date", "url"}], the notices behind the holidays and adjusted working days from
 * the start day to the due date (egca_calendar_notices; the calendar must still be alive).
 * *out is owned by the caller: free it with egca_deadline_string_free. Errors: EGCA_E_INVALID (a deadline
 * that was not computed), EGCA_E_NOMEM. */
EGCA_API int egca_deadline_to_json(char **out, const egca_deadline *deadline, egca_error *err);

/* The rules as JSON (`egca rules list --format json`, docs/cli-json.md): {"rules": [version]}, each rule once as
 * its version in force last, in the order of the rules' files. A version is {"id", "title", "effective_from",
 * "version" (egca_deadline_rule_instrument), "starts", "period" (egca_deadline_rule_period_format), "unit",
 * "count", "direction", "extends", "pause" ("exclude", "none"), "roll", "result", "cutoff" ("HH:MM"),
 * "cutoff_in_person" ("HH:MM" or null), "basis": [{"law", "article", "item"}], "guide": {"section", "item"}
 * or null, "contested", "note", "refused"} (a version that sets no period: its period's fields null, "refused"
 * why; else "refused" null), the basis and guide in the shape of egca_deadline_to_json's. Human texts in
 * `lang`, ids and codes as they are. Pretty by default, on one line with EGCA_JSON_COMPACT. *out is owned by
 * the caller: free it with egca_deadline_string_free. Errors: EGCA_E_NOMEM. */
EGCA_API int egca_rules_to_json(char **out, const egca_rules *rules, egca_lang lang, unsigned flags, egca_error *err);

/* Every version of rule `rule_id`, oldest first (`egca rules show RULE --format json`): {"versions": [version]},
 * each as egca_rules_to_json writes it. Errors: EGCA_E_NOTFOUND (no rule `rule_id`), EGCA_E_NOMEM. */
EGCA_API int egca_rule_versions_to_json(char **out, const egca_rules *rules, const char *rule_id, egca_lang lang,
                                        unsigned flags, egca_error *err);

/* Frees a string returned by egca_deadline_to_json, egca_rules_to_json, egca_rule_versions_to_json or
 * egca_rules_questions_to_json. NULL does nothing. */
EGCA_API void egca_deadline_string_free(char *text);

#ifdef __cplusplus
}
#endif
#endif
