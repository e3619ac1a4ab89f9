/* egca — qualification conditions and application materials (资质认定条件与申请材料).
 *
 * An applicant profile (one JSON document per application, see docs/profile.md) gives facts about the
 * applicant: its legal-person type, funds, premises, system, staff, long-term capacity, management
 * system, and the list of materials it submitted. Any fact may be absent.
 *
 * egca_assess() evaluates the seven conditions of 《电子政务电子认证服务管理办法》第六条 (rules/conditions.json)
 * in three-valued logic, without short-circuit: every leaf of every condition is evaluated and reported.
 * A missing fact is a third value, not false. Each condition gets one verdict:
 *   met           every requirement holds;
 *   not_met       a requirement fails;
 *   unknown       the answer depends on facts the profile does not give (listed as missing facts);
 *   needs_review  the law asks for a judgement (相适应的资金, 相适应的运营场所) and no reviewer's finding is
 *                 recorded; the evidence present is still reported.
 * The application is eligible when every condition is met, not eligible when any is not met, and
 * undetermined otherwise.
 *
 * The materials check (rules/materials.json, the eight items of the service guide) returns every missing
 * item and sub-item at once, in the guide's order (一次性告知, 行政许可法 第三十二条第一款第（四）项), and a
 * draft 补正材料通知书 listing them all. Legal outcomes (not met, missing material) are data, never errors.
 *
 * A profile and an assessment are immutable once built and may be shared between threads.
 */
#ifndef EGCA_ASSESS_H
#define EGCA_ASSESS_H

#include "common.h"
#include "error.h"
#include "rules.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct egca_profile egca_profile;
typedef struct egca_assessment egca_assessment;

/* The verdict of a condition, or the result of one leaf of its condition tree. */
typedef enum egca_verdict {
  EGCA_VERDICT_MET = 0,
  EGCA_VERDICT_NOT_MET = 1,
  EGCA_VERDICT_UNKNOWN = 2,
  EGCA_VERDICT_NEEDS_REVIEW = 3
} egca_verdict;

/* The overall answer: eligible when all conditions are met. */
typedef enum egca_eligibility {
  EGCA_ELIGIBLE_YES = 0,
  EGCA_ELIGIBLE_NO = 1,
  EGCA_ELIGIBLE_UNDETERMINED = 2
} egca_eligibility;

/* "met", "not_met", "unknown", "needs_review"; NULL for a value outside the enum. */
EGCA_API const char *egca_verdict_name(egca_verdict verdict);

/* "yes", "no", "undetermined"; NULL for a value outside the enum. */
EGCA_API const char *egca_eligibility_name(egca_eligibility eligibility);

/* --- Profiles ------------------------------------------------------------------------------------ */

/* The most bytes of JSON text one profile may take, from a file (egca_profile_load), a text
 * (egca_profile_parse), the command's stdin or the Python binding. */
#define EGCA_PROFILE_TEXT_MAX ((size_t)16 << 20)

/* Parses an applicant profile from `len` bytes of JSON (need not be NUL-terminated). `source` names it
 * in messages (NULL: "<profile>"). The text is copied; the profile is owned by the caller.
 * Errors: EGCA_E_PARSE (not well-formed JSON), EGCA_E_INVALID (a duplicate key, an unknown field, a
 * wrong type, a negative or fractional count, a material listed twice, a text longer than
 * EGCA_PROFILE_TEXT_MAX), EGCA_E_NOMEM. err names
 * source:line:column and the JSON pointer of the offending value. Material ids are checked against the
 * rules by egca_assess. */
EGCA_API int egca_profile_parse(egca_profile **out, const char *json, size_t len, const char *source,
                                egca_error *err);

/* Reads and parses a profile file. Errors: those of egca_profile_parse, and EGCA_E_IO. */
EGCA_API int egca_profile_load(egca_profile **out, const char *path, egca_error *err);

/* The applicant's name, or NULL when the profile does not give it (borrowed). */
EGCA_API const char *egca_profile_applicant_name(const egca_profile *profile);

EGCA_API void egca_profile_free(egca_profile *profile);

/* --- Assessment ---------------------------------------------------------------------------------- */

/* Evaluates every condition and checks the materials of `profile` against `rules`, its texts (titles,
 * reasons, citations, findings, the draft notice, the text report) in `lang` (EGCA_LANG_ZH: Chinese; the
 * notice in English is a working translation, the office issues the Chinese). The assessment is
 * owned by the caller. Errors: EGCA_E_INVALID when the profile lists a material id that the rules do
 * not define (err names the profile's line:column and pointer), EGCA_E_NOMEM. On failure *out is NULL. */
EGCA_API int egca_assess(egca_assessment **out, const egca_rules *rules, const egca_profile *profile, egca_lang lang,
                         egca_error *err);

EGCA_API void egca_assessment_free(egca_assessment *assessment);

/* A fact as one leaf read it. */
typedef struct egca_fact_value {
  const char *fact;   /* dotted path, e.g. "staff.technical" */
  const char *label;  /* its name in the assessment's language, e.g. "专业技术人员", "technical staff" */
  const char *value;  /* the value as JSON text ("12", "true", "\"enterprise\""); NULL when absent */
} egca_fact_value;

/* One evaluated leaf of a condition tree: which facts, their values, the threshold, the result. */
typedef struct egca_reason {
  const char *op;                   /* "==" "!=" "<" "<=" ">" ">=" "in" "exists" "finding" */
  size_t fact_count;
  const egca_fact_value *facts;     /* the facts compared (several for a sum) */
  size_t evidence_count;
  const egca_fact_value *evidence;  /* for "finding": the evidence before the reviewer */
  const char *value;                /* the compared value as JSON text (a fact or a sum); NULL if none */
  int partial;                      /* 1: a sum over facts of which some are absent; value sums the rest */
  const char *threshold;            /* JSON text ("30", "[\"enterprise\"]"); NULL for exists, finding */
  egca_verdict result;
  const char *text;                 /* the same in one sentence, in the assessment's language */
} egca_reason;

/* The verdict on one condition. */
typedef struct egca_condition_result {
  const char *id;                   /* "legal_person", "funds", ... */
  const char *title;                /* the guide's wording */
  egca_verdict verdict;
  size_t reason_count;
  const egca_reason *reasons;       /* every leaf, in the order of the condition tree */
  size_t missing_fact_count;
  const char *const *missing_facts; /* absent facts of the leaves that could not be decided */
  size_t basis_count;
  const char *const *basis;         /* citations: the Measures, the 条例, the guide's section */
} egca_condition_result;

/* A material or one of its sub-items. */
typedef struct egca_material_ref {
  const char *id;                   /* "funds", or "funds.registered_capital" for a sub-item */
  const char *title;
} egca_material_ref;

/* An item of the materials list that is missing in whole or in part. */
typedef struct egca_material_gap {
  const char *id;
  const char *item;                 /* the guide's numbering, e.g. "（三）" */
  const char *title;
  int whole;                        /* 1: nothing of the item was submitted */
  size_t sub_item_count;
  const egca_material_ref *sub_items; /* the missing sub-items, in the guide's order */
} egca_material_gap;

/* Something a reviewer should look at that does not change a verdict. */
typedef struct egca_finding {
  const char *id;                   /* the advisory's id, or "material_missing" */
  const char *condition;            /* the condition it concerns */
  const char *material;             /* the material it concerns, or NULL */
  const char *message;              /* in the assessment's language */
} egca_finding;

/* The overall answer. */
EGCA_API egca_eligibility egca_assessment_eligibility(const egca_assessment *assessment);

/* The conditions, in the order of the rules (borrowed; index < count, else NULL). */
EGCA_API size_t egca_assessment_condition_count(const egca_assessment *assessment);
EGCA_API const egca_condition_result *egca_assessment_condition(const egca_assessment *assessment, size_t index);

/* 1 when every material and sub-item was submitted, else 0. */
EGCA_API int egca_assessment_materials_complete(const egca_assessment *assessment);

/* Every missing item, in the guide's order (borrowed; index < count, else NULL). */
EGCA_API size_t egca_assessment_material_gap_count(const egca_assessment *assessment);
EGCA_API const egca_material_gap *egca_assessment_material_gap(const egca_assessment *assessment, size_t index);

/* Findings: advisories of the conditions (a named staff category not recorded), and a condition judged
 * met while a material that evidences it is missing (borrowed; index < count, else NULL). */
EGCA_API size_t egca_assessment_finding_count(const egca_assessment *assessment);
EGCA_API const egca_finding *egca_assessment_finding(const egca_assessment *assessment, size_t index);

/* The draft 补正材料通知书 listing every missing item, in the assessment's language; NULL when the materials
 * are complete (borrowed). */
EGCA_API const char *egca_assessment_notice(const egca_assessment *assessment);

/* The whole assessment as JSON (UTF-8, two-space indented, ending in a newline):
 *   {"eligible", "conditions": [{"id", "title", "verdict", "reasons", "missing_facts", "basis"}],
 *    "materials": {"complete", "missing": [{"id", "item", "title", "sub_items": [{"id", "title"}]}]},
 *    "findings": [{"id", "condition", "material", "message"}], "notice"}
 * *out is owned by the caller: free it with egca_assessment_string_free. Errors: EGCA_E_NOMEM. */
EGCA_API int egca_assessment_to_json(char **out, const egca_assessment *assessment, egca_error *err);

/* The whole assessment as a readable report (UTF-8) in the assessment's language. Ownership as for
 * egca_assessment_to_json. */
EGCA_API int egca_assessment_to_text(char **out, const egca_assessment *assessment, egca_error *err);

/* Frees a string returned by egca_assessment_to_json or egca_assessment_to_text. NULL does nothing. */
EGCA_API void egca_assessment_string_free(char *text);

#ifdef __cplusplus
}
#endif
#endif
