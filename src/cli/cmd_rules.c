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
    egca_basis_format_lang(text, sizeof text, &basis[i], cli_lang);
    cli_printf("%s%s", i == 0 ? first_prefix : prefix, text);
  }
  const char *section = egca_deadline_rule_guide_section_lang(rule, cli_lang);
  const char *item = egca_deadline_rule_guide_item_lang(rule, cli_lang);
  if (guide && section != NULL)
    cli_printf(CLI_TR("%sService Guide, %s%s%s", "%s服务指南 %s%s%s"), count == 0 ? first_prefix : prefix, section,
               item != NULL ? CLI_TR(", ", " ") : "", item != NULL ? item : "");
}

static void print_time(const char *label, int minutes)
{
  cli_printf("%s%02d:%02d", label, minutes / 60, minutes % 60);
}

/* One version as labelled lines; the values that are codes (unit, direction, pause, roll, result) stay as
 * deadlines.json spells them in both languages. */
static void show_version(const egca_deadline_rule *r)
{
  char text[512], date[EGCA_DATE_TEXT_SIZE];
  const char *basis_first = CLI_TR("basis: ", "依据："), *basis_next = CLI_TR("\nbasis: ", "\n依据：");
  cli_printf(CLI_TR("%s: %s\n", "%s：%s\n"), egca_deadline_rule_id(r), egca_deadline_rule_title_lang(r, cli_lang));
  cli_printf(CLI_TR("effective from: %s (%s)\n", "施行日期：%s（%s）\n"),
             egca_date_format(egca_deadline_rule_effective_from(r), date),
             egca_deadline_rule_instrument_lang(r, cli_lang));
  cli_printf(CLI_TR("starts: %s\n", "起算日：%s\n"), egca_deadline_rule_starts_lang(r, cli_lang));
  if (egca_deadline_rule_refused(r) != NULL) {
    /* A version that sets no period: why, and what it rests on. */
    cli_printf(CLI_TR("refused: %s\n", "不予计算：%s\n"), egca_deadline_rule_refused_lang(r, cli_lang));
    print_basis(r, basis_next, basis_first, 1);
    cli_printf("\n");
    return;
  }
  egca_deadline_rule_period_format(text, sizeof text, r, cli_lang);
  cli_printf(CLI_TR("period: %s\n", "期限：%s\n"), text);
  cli_printf(CLI_TR("unit: %s\ncount: %d\ndirection: %s\n", "单位：%s\n数量：%d\n方向：%s\n"),
             egca_period_unit_name(egca_deadline_rule_unit(r)), egca_deadline_rule_count(r),
             egca_direction_name(egca_deadline_rule_direction(r)));
  if (egca_deadline_rule_extends(r) != NULL)
    cli_printf(CLI_TR("extends: %s\n", "延长：%s\n"), egca_deadline_rule_extends(r));
  cli_printf(CLI_TR("pause: %s\nroll: %s\n", "中止：%s\n遇休息日：%s\n"),
             egca_deadline_rule_pause(r) == EGCA_PAUSE_EXCLUDE ? "exclude" : "none",
             egca_roll_name(egca_deadline_rule_roll(r)));
  const egca_basis *roll = egca_deadline_rule_roll_basis(r);
  if (roll != NULL) { /* the article that moves a rest-day last day */
    egca_basis_format_lang(text, sizeof text, roll, cli_lang);
    cli_printf(CLI_TR("roll basis: %s\n", "顺延依据：%s\n"), text);
  }
  cli_printf(CLI_TR("result: %s\n", "结果：%s\n"), egca_period_end_name(egca_deadline_rule_end(r)));
  print_time(CLI_TR("cutoff: ", "截止时间："), egca_deadline_rule_cutoff(r));
  if (egca_deadline_rule_cutoff_in_person(r) > 0) {
    print_time(CLI_TR(" (in person at the office: ", "（现场办理："), egca_deadline_rule_cutoff_in_person(r));
    cli_puts(CLI_TR(")", "）"));
  }
  cli_printf("\n");
  /* Whose time the period is (deadlines.json "party", "authority"). */
  if (egca_deadline_rule_party(r) == EGCA_PARTY_AUTHORITY)
    cli_printf(CLI_TR("time of: %s\n", "期限归属：%s\n"),
               egca_deadline_rule_authority(r) == EGCA_AUTHORITY_ACCEPTANCE_OFFICE
                   ? CLI_TR("the acceptance office", "受理机构")
               : egca_deadline_rule_authority(r) == EGCA_AUTHORITY_OSCCA
                   ? CLI_TR("the State Cryptography Administration", "国家密码管理局")
                   : CLI_TR("the authority", "行政机关"));
  else if (egca_deadline_rule_party(r) == EGCA_PARTY_APPLICANT)
    cli_puts(CLI_TR("time of: the applicant\n", "期限归属：申请人\n"));
  size_t basis_count;
  egca_deadline_rule_basis(r, &basis_count);
  print_basis(r, basis_next, basis_first, 0);
  if (basis_count > 0)
    cli_printf("\n");
  const char *section = egca_deadline_rule_guide_section_lang(r, cli_lang);
  const char *item = egca_deadline_rule_guide_item_lang(r, cli_lang);
  if (section != NULL)
    cli_printf(CLI_TR("guide: %s%s%s\n", "服务指南：%s%s%s\n"), section, item != NULL ? CLI_TR(", ", " ") : "",
               item != NULL ? item : "");
  if (egca_deadline_rule_contested(r))
    cli_puts(CLI_TR("contested: yes\n", "有争议：是\n"));
  if (egca_deadline_rule_note(r) != NULL)
    cli_printf(CLI_TR("note: %s\n", "备注：%s\n"), egca_deadline_rule_note_lang(r, cli_lang));
  const egca_basis *lapse = egca_deadline_rule_lapse_basis(r);
  if (lapse != NULL) {
    char citation[512];
    egca_basis_format_lang(citation, sizeof citation, lapse, cli_lang);
    cli_printf(CLI_TR("when it runs out: %s\n", "逾期后果的依据：%s\n"), citation);
  }
}

static int list(const egca_rules *rules, int json)
{
  if (json) {
    /* The latest version of each rule, as `rules list` prints them. */
    char *text = NULL;
    egca_error err = CLI_ERROR;
    int rc = egca_rules_to_json(&text, rules, cli_lang, EGCA_JSON_COMPACT, &err);
    int code = cli_put_json("rules list", text, rc, &err);
    egca_deadline_string_free(text);
    return code;
  }
  char period[512];
  for (size_t i = 0; i < egca_rules_deadline_count(rules); i++) {
    const egca_deadline_rule *r = egca_rules_deadline_at(rules, i), *latest;
    /* One line per rule: its latest version (`rules show` lists them all). */
    if (egca_rules_deadline(&latest, rules, egca_deadline_rule_id(r), EGCA_DATE_NONE, NULL) < 0 || latest != r)
      continue;
    egca_deadline_rule_period_format(period, sizeof period, r, cli_lang);
    cli_printf("%s\t%s\t%s\t", egca_deadline_rule_id(r), egca_deadline_rule_title_lang(r, cli_lang), period);
    print_basis(r, CLI_TR("; ", "；"), "", 1);
    cli_printf("\n");
  }
  return EXIT_DONE;
}

static int show(const egca_rules *rules, const char *id, int json)
{
  const egca_deadline_rule *latest;
  if (egca_rules_deadline(&latest, rules, id, EGCA_DATE_NONE, NULL) < 0)
    return cli_fail(EXIT_USAGE, "rules show",
                    CLI_TR("unknown rule \"%s\" (egca rules list names them)", "未知规则\"%s\"（egca rules list列出全部规则）"), id);
  if (json) {
    char *text = NULL;
    egca_error err = CLI_ERROR;
    int rc = egca_rule_versions_to_json(&text, rules, id, cli_lang, EGCA_JSON_COMPACT, &err);
    int code = cli_put_json("rules show", text, rc, &err);
    egca_deadline_string_free(text);
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
    return cli_fail(EXIT_USAGE, option,
                    CLI_TR("expected QUESTION=READING (egca rules readings lists them), not \"%s\"",
                           "应为QUESTION=READING（egca rules readings列出全部问题和读法），而不是\"%s\""),
                    value);
  if (r->count == CLI_READINGS_MAX || strlen(value) >= sizeof r->text[0])
    return cli_fail(EXIT_USAGE, option, CLI_TR("at most %d readings of up to %zu bytes", "读法至多%d个，每个至多%zu字节"), CLI_READINGS_MAX,
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
      return cli_fail(EXIT_USAGE, "--reading",
                      CLI_TR("unknown question \"%s\" (egca rules readings lists them)", "未知问题\"%s\"（egca rules readings列出全部问题）"),
                      r->choice[i].question);
    size_t k = 0;
    while (k < egca_question_reading_count(q) && strcmp(egca_question_reading_id(q, k), r->choice[i].reading) != 0)
      k++;
    if (k == egca_question_reading_count(q))
      return cli_fail(EXIT_USAGE, "--reading",
                      CLI_TR("question \"%s\" has no reading \"%s\": it has %s and %s", "问题\"%s\"没有读法\"%s\"：它的读法是%s和%s"),
                      r->choice[i].question, r->choice[i].reading, egca_question_reading_id(q, 0),
                      egca_question_reading_id(q, 1));
    for (size_t j = 0; j < i; j++)
      if (strcmp(r->choice[j].question, r->choice[i].question) == 0)
        return cli_fail(EXIT_USAGE, "--reading", CLI_TR("question \"%s\" is given a reading twice", "问题\"%s\"被指定了两次读法"),
                        r->choice[i].question);
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
    int rc = egca_rules_questions_to_json(&text, rules, cli_lang, &err);
    if (rc < 0)
      return cli_fail_error("rules readings", rc, &err);
    cli_puts(text);
    egca_deadline_string_free(text);
    return EXIT_DONE;
  }
  char cite[1024];
  for (size_t q = 0; q < egca_rules_question_count(rules); q++) {
    const egca_question *x = egca_rules_question_at(rules, q);
    cli_printf(CLI_TR("%s%s: %s\n", "%s%s：%s\n"), q == 0 ? "" : "\n", egca_question_id(x),
               egca_question_text_lang(x, cli_lang));
    if (egca_question_rule(x) != NULL)
      cli_printf(CLI_TR("  rule: %s\n", "  规则：%s\n"), egca_question_rule(x));
    if (egca_question_sets(x) != NULL)
      cli_printf(CLI_TR("  sets: %s\n", "  设定规则：%s\n"), egca_question_sets(x));
    for (size_t i = 0; i < egca_question_reading_count(x); i++) {
      cli_printf(CLI_TR("  %s=%s%s: %s\n", "  %s=%s%s：%s\n"), egca_question_id(x), egca_question_reading_id(x, i),
                 i == egca_question_default(x) ? CLI_TR(" (default)", "（默认）") : "",
                 egca_question_reading_text_lang(x, i, cli_lang));
      size_t n;
      const egca_basis *b = egca_question_reading_basis(x, i, &n);
      for (size_t k = 0; k < n; k++) {
        egca_basis_format_lang(cite, sizeof cite, &b[k], cli_lang);
        cli_printf("%s%s", k == 0 ? CLI_TR("    basis: ", "    依据：") : CLI_TR("; ", "；"), cite);
      }
      cli_printf("\n");
      /* What the reading sets: the values are codes of deadlines.json and the case (unit, roll, outcome, a
       * rule id), the same in both languages. */
      const char *unit, *roll, *outcome = egca_question_reading_outcome(x, i);
      if (egca_question_reading_sets(x, i, &unit, &roll) != NULL) {
        const char *comma = CLI_TR(",", "，");
        cli_puts(CLI_TR("    sets:", "    设定："));
        if (unit != NULL)
          cli_printf(CLI_TR(" unit %s", "单位 %s"), unit);
        if (roll != NULL)
          cli_printf(CLI_TR("%s roll %s", "%s遇休息日 %s"), unit != NULL ? comma : "", roll);
        if (outcome != NULL)
          cli_printf(CLI_TR("%s outcome %s", "%s结果 %s"), unit != NULL || roll != NULL ? comma : "", outcome);
        if (egca_question_reading_from_end_of(x, i) != NULL)
          cli_printf(CLI_TR("%s from the end of %s", "%s自 %s 届满起算"), unit != NULL || roll != NULL || outcome != NULL ? comma : "",
                     egca_question_reading_from_end_of(x, i));
        cli_printf("\n");
      }
    }
    if (egca_question_note(x) != NULL)
      cli_printf(CLI_TR("  note: %s\n", "  备注：%s\n"), egca_question_note_lang(x, cli_lang));
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
    return cli_fail(EXIT_USAGE, "rules",
                    CLI_TR("expected `rules list`, `rules show RULE` or `rules readings`",
                           "应为`rules list`、`rules show RULE`或`rules readings`"));
  const egca_rules *rules = cli_rules(c, &code);
  if (rules == NULL)
    return code;
  if (is_readings)
    return readings(rules, json);
  return is_list ? list(rules, json) : show(rules, argv[2], json);
}
