/* egca command — rules list | rules show RULE | rules readings, and loading the rules for every command. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

const egca_rules *cli_rules(cli *c, int *exit_code)
{
  if (c->rules != NULL)
    return c->rules;
  egca_error err = CLI_ERROR;
  int rc = c->rules_dir == NULL ? egca_rules_default(&c->rules, &err) : egca_rules_load(&c->rules, c->rules_dir, &err);
  if (rc < 0) {
    *exit_code = cli_fail_error("rules", rc, &err);
    return NULL;
  }
  return c->rules;
}

/* The rule's citations, then (with `guide` set) the guide's section, each after `prefix`, on stdout. */
static void print_basis(const egca_deadline_rule *rule, const char *prefix, const char *first_prefix, int guide)
{
  size_t count;
  const egca_basis *basis = egca_deadline_rule_basis(rule, &count);
  char text[1024];
  for (size_t i = 0; i < count; i++) {
    egca_basis_format(text, sizeof text, &basis[i]);
    cli_printf("%s%s", i == 0 ? first_prefix : prefix, text);
  }
  const char *section = egca_deadline_rule_guide_section(rule), *item = egca_deadline_rule_guide_item(rule);
  if (guide && section != NULL)
    cli_printf("%s服务指南 %s%s%s", count == 0 ? first_prefix : prefix, section, item != NULL ? " " : "",
           item != NULL ? item : "");
}

static void print_time(const char *label, int minutes)
{
  cli_printf("%s%02d:%02d", label, minutes / 60, minutes % 60);
}

static void show_version(const egca_deadline_rule *r)
{
  char text[512], date[EGCA_DATE_TEXT_SIZE];
  cli_printf("%s: %s\n", egca_deadline_rule_id(r), egca_deadline_rule_title(r));
  cli_printf("effective from: %s (%s)\n", egca_date_format(egca_deadline_rule_effective_from(r), date),
         egca_deadline_rule_instrument(r));
  cli_printf("starts: %s\n", egca_deadline_rule_starts(r));
  if (egca_deadline_rule_refused(r) != NULL) {
    /* A version that sets no period: why, and what it rests on. */
    cli_printf("refused: %s\n", egca_deadline_rule_refused(r));
    print_basis(r, "\nbasis: ", "basis: ", 1);
    cli_printf("\n");
    return;
  }
  egca_deadline_rule_period_format(text, sizeof text, r);
  cli_printf("period: %s\n", text);
  cli_printf("unit: %s\ncount: %d\ndirection: %s\n", egca_period_unit_name(egca_deadline_rule_unit(r)),
         egca_deadline_rule_count(r), egca_direction_name(egca_deadline_rule_direction(r)));
  if (egca_deadline_rule_extends(r) != NULL)
    cli_printf("extends: %s\n", egca_deadline_rule_extends(r));
  cli_printf("pause: %s\nroll: %s\nresult: %s\n", egca_deadline_rule_pause(r) == EGCA_PAUSE_EXCLUDE ? "exclude" : "none",
         egca_roll_name(egca_deadline_rule_roll(r)), egca_period_end_name(egca_deadline_rule_end(r)));
  print_time("cutoff: ", egca_deadline_rule_cutoff(r));
  if (egca_deadline_rule_cutoff_in_person(r) > 0) {
    print_time(" (in person at the office: ", egca_deadline_rule_cutoff_in_person(r));
    cli_printf(")");
  }
  cli_printf("\n");
  /* Whose time the period is (deadlines.json "party", "authority"). */
  if (egca_deadline_rule_party(r) == EGCA_PARTY_AUTHORITY)
    cli_printf("time of: %s\n", egca_deadline_rule_authority(r) == EGCA_AUTHORITY_ACCEPTANCE_OFFICE
                                     ? "the acceptance office"
                                     : egca_authority_name(egca_deadline_rule_authority(r)));
  else if (egca_deadline_rule_party(r) == EGCA_PARTY_APPLICANT)
    cli_printf("time of: the applicant\n");
  size_t basis_count;
  egca_deadline_rule_basis(r, &basis_count);
  print_basis(r, "\nbasis: ", "basis: ", 0);
  if (basis_count > 0)
    cli_printf("\n");
  const char *section = egca_deadline_rule_guide_section(r), *item = egca_deadline_rule_guide_item(r);
  if (section != NULL)
    cli_printf("guide: %s%s%s\n", section, item != NULL ? " " : "", item != NULL ? item : "");
  if (egca_deadline_rule_contested(r))
    cli_printf("contested: yes\n");
  if (egca_deadline_rule_note(r) != NULL)
    cli_printf("note: %s\n", egca_deadline_rule_note(r));
  const egca_basis *lapse = egca_deadline_rule_lapse_basis(r);
  if (lapse != NULL) {
    char citation[512];
    egca_basis_format(citation, sizeof citation, lapse);
    cli_printf("when it runs out: %s\n", citation);
  }
}

static int list(const egca_rules *rules, int json)
{
  if (json) {
    /* The latest version of each rule, as `rules list` prints them. */
    answer a = ANSWER_INIT;
    answer_rules_list(&a, rules);
    int code = cli_put_answer(&a, "rules list");
    answer_free(&a);
    return code;
  }
  char period[512];
  for (size_t i = 0; i < egca_rules_deadline_count(rules); i++) {
    const egca_deadline_rule *r = egca_rules_deadline_at(rules, i), *latest;
    /* One line per rule: its latest version (`rules show` lists them all). */
    if (egca_rules_deadline(&latest, rules, egca_deadline_rule_id(r), EGCA_DATE_NONE, NULL) < 0 || latest != r)
      continue;
    egca_deadline_rule_period_format(period, sizeof period, r);
    cli_printf("%s\t%s\t%s\t", egca_deadline_rule_id(r), egca_deadline_rule_title(r), period);
    print_basis(r, "; ", "", 1);
    cli_printf("\n");
  }
  return EXIT_DONE;
}

static int show(const egca_rules *rules, const char *id, int json)
{
  const egca_deadline_rule *latest;
  if (egca_rules_deadline(&latest, rules, id, EGCA_DATE_NONE, NULL) < 0)
    return cli_fail(EXIT_USAGE, "rules show", "unknown rule \"%s\" (egca rules list names them)", id);
  if (json) {
    answer a = ANSWER_INIT;
    answer_rules_show(&a, rules, id);
    int code = cli_put_answer(&a, "rules show");
    answer_free(&a);
    return code;
  }
  /* Every version, oldest first. */
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
    if (!first)
      cli_printf("\n");
    show_version(next);
    shown = egca_deadline_rule_effective_from(next);
  }
  return EXIT_DONE;
}

int cli_add_reading(cli_readings *r, const char *option, const char *value)
{
  const char *eq = strchr(value, '=');
  if (eq == NULL || eq == value || eq[1] == '\0')
    return cli_fail(EXIT_USAGE, option, "expected QUESTION=READING (egca rules readings lists them), not \"%s\"", value);
  if (r->count == CLI_READINGS_MAX || strlen(value) >= sizeof r->text[0])
    return cli_fail(EXIT_USAGE, option, "at most %d readings of up to %zu bytes", CLI_READINGS_MAX,
                    sizeof r->text[0] - 1);
  char *t = r->text[r->count];
  memcpy(t, value, strlen(value) + 1);
  t[eq - value] = '\0';
  r->choice[r->count] = (egca_reading_choice){t, t + (eq - value) + 1};
  r->count++;
  return EXIT_DONE;
}

int cli_check_readings(const egca_rules *rules, const cli_readings *r)
{
  for (size_t i = 0; i < r->count; i++) {
    const egca_question *q = egca_rules_question(rules, r->choice[i].question);
    if (q == NULL)
      return cli_fail(EXIT_USAGE, "--reading", "unknown question \"%s\" (egca rules readings lists them)",
                      r->choice[i].question);
    size_t k = 0;
    while (k < egca_question_reading_count(q) && strcmp(egca_question_reading_id(q, k), r->choice[i].reading) != 0)
      k++;
    if (k == egca_question_reading_count(q))
      return cli_fail(EXIT_USAGE, "--reading", "question \"%s\" has no reading \"%s\": it has %s and %s",
                      r->choice[i].question, r->choice[i].reading, egca_question_reading_id(q, 0),
                      egca_question_reading_id(q, 1));
    for (size_t j = 0; j < i; j++)
      if (strcmp(r->choice[j].question, r->choice[i].question) == 0)
        return cli_fail(EXIT_USAGE, "--reading", "question \"%s\" is given a reading twice", r->choice[i].question);
  }
  return EXIT_DONE;
}

/* The open questions: for each, its id, the question, and each reading with its basis (the default first
 * marked). */
static int readings(const egca_rules *rules, int json)
{
  if (json) {
    char *text;
    egca_error err = CLI_ERROR;
    int rc = egca_rules_questions_to_json(&text, rules, &err);
    if (rc < 0)
      return cli_fail_error("rules readings", rc, &err);
    cli_puts(text);
    egca_deadline_string_free(text);
    return EXIT_DONE;
  }
  char cite[1024];
  for (size_t q = 0; q < egca_rules_question_count(rules); q++) {
    const egca_question *x = egca_rules_question_at(rules, q);
    cli_printf("%s%s: %s\n", q == 0 ? "" : "\n", egca_question_id(x), egca_question_text(x));
    if (egca_question_rule(x) != NULL)
      cli_printf("  rule: %s\n", egca_question_rule(x));
    if (egca_question_sets(x) != NULL)
      cli_printf("  sets: %s\n", egca_question_sets(x));
    for (size_t i = 0; i < egca_question_reading_count(x); i++) {
      cli_printf("  %s=%s%s: %s\n", egca_question_id(x), egca_question_reading_id(x, i),
                 i == egca_question_default(x) ? " (default)" : "", egca_question_reading_text(x, i));
      size_t n;
      const egca_basis *b = egca_question_reading_basis(x, i, &n);
      for (size_t k = 0; k < n; k++) {
        egca_basis_format(cite, sizeof cite, &b[k]);
        cli_printf("%s%s", k == 0 ? "    basis: " : "; ", cite);
      }
      cli_printf("\n");
      const char *unit, *roll, *outcome = egca_question_reading_outcome(x, i);
      if (egca_question_reading_sets(x, i, &unit, &roll) != NULL) {
        cli_printf("    sets:");
        if (unit != NULL)
          cli_printf(" unit %s", unit);
        if (roll != NULL)
          cli_printf("%s roll %s", unit != NULL ? "," : "", roll);
        if (outcome != NULL)
          cli_printf("%s outcome %s", unit != NULL || roll != NULL ? "," : "", outcome);
        if (egca_question_reading_from_end_of(x, i) != NULL)
          cli_printf("%s from the end of %s", unit != NULL || roll != NULL || outcome != NULL ? "," : "",
                     egca_question_reading_from_end_of(x, i));
        cli_printf("\n");
      }
    }
    if (egca_question_note(x) != NULL)
      cli_printf("  note: %s\n", egca_question_note(x));
  }
  return EXIT_DONE;
}

int cmd_rules(cli *c, int argc, char **argv)
{
  int json, code = cli_take_format(&argc, argv, &json, "rules");
  if (code != EXIT_DONE)
    return code;
  int is_list = argc == 2 && strcmp(argv[1], "list") == 0;
  int is_show = argc == 3 && strcmp(argv[1], "show") == 0;
  int is_readings = argc == 2 && strcmp(argv[1], "readings") == 0;
  if (!is_list && !is_show && !is_readings)
    return cli_fail(EXIT_USAGE, "rules", "expected `rules list`, `rules show RULE` or `rules readings`");
  const egca_rules *rules = cli_rules(c, &code);
  if (rules == NULL)
    return code;
  if (is_readings)
    return readings(rules, json);
  return is_list ? list(rules, json) : show(rules, argv[2], json);
}
