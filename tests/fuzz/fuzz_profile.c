/* Fuzz target: the applicant-profile parser (egca_profile_parse), then an assessment of whatever parsed
 * against the built-in rules, rendered as JSON and as text.
 * Checks what the API promises besides memory safety: a failure returns a negative code equal to
 * err.code with a message and leaves *out NULL; an assessment's counts and getters agree. */
#include <egca.h>

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static egca_rules *rules;

static void check_error(int rc, const egca_error *err)
{
  if (rc >= 0)
    return;
  FUZZ_ASSERT(err->code == rc);
  FUZZ_ASSERT(err->message[0] != '\0');
  FUZZ_ASSERT(memchr(err->message, '\0', sizeof err->message) != NULL);
  FUZZ_ASSERT(memchr(err->pointer, '\0', sizeof err->pointer) != NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  egca_error err = {0};
  if (rules == NULL)
    FUZZ_ASSERT(egca_rules_default(&rules, &err) == 0);
  /* An exact-size copy without a terminator: the parser must not read past `size`. */
  char *copy = malloc(size ? size : 1);
  FUZZ_ASSERT(copy != NULL);
  memcpy(copy, data, size);
  egca_profile *profile = (egca_profile *)1;
  int rc = egca_profile_parse(&profile, copy, size, "fuzz.json", &err);
  free(copy);
  check_error(rc, &err);
  if (rc < 0) {
    FUZZ_ASSERT(profile == NULL);
    FUZZ_ASSERT(rc == EGCA_E_PARSE || rc == EGCA_E_INVALID || rc == EGCA_E_NOMEM);
    return 0;
  }
  (void)egca_profile_applicant_name(profile);
  egca_assessment *a = (egca_assessment *)1;
  rc = egca_assess(&a, rules, profile, EGCA_LANG_ZH, &err);
  check_error(rc, &err);
  if (rc < 0) {
    FUZZ_ASSERT(a == NULL);
  } else {
    FUZZ_ASSERT(egca_eligibility_name(egca_assessment_eligibility(a)) != NULL);
    const size_t conditions = egca_assessment_condition_count(a);
    for (size_t i = 0; i < conditions; i++) {
      const egca_condition_result *c = egca_assessment_condition(a, i);
      FUZZ_ASSERT(c != NULL && c->id != NULL && egca_verdict_name(c->verdict) != NULL);
    }
    FUZZ_ASSERT(egca_assessment_condition(a, conditions) == NULL);
    const size_t gaps = egca_assessment_material_gap_count(a);
    FUZZ_ASSERT((gaps == 0) == (egca_assessment_materials_complete(a) == 1));
    FUZZ_ASSERT((egca_assessment_notice(a) == NULL) == (gaps == 0));
    for (size_t i = 0; i < egca_assessment_finding_count(a); i++)
      FUZZ_ASSERT(egca_assessment_finding(a, i) != NULL);
    char *text = NULL;
    FUZZ_ASSERT(egca_assessment_to_json(&text, a, &err) == 0 && text != NULL);
    egca_assessment_string_free(text);
    FUZZ_ASSERT(egca_assessment_to_text(&text, a, &err) == 0 && text != NULL);
    egca_assessment_string_free(text);
    egca_assessment_free(a);
  }
  egca_profile_free(profile);
  return 0;
}
