/* egca command — deadline RULE DATE [--pause FROM:TO]... [--pause FROM:] [--reading QUESTION=READING]...
 * [--format text|json]. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#define MAX_PAUSES 64

/* "FROM:TO" or "FROM:" (an open pause). */
static int parse_pause(egca_pause *out, const char *text)
{
  char why[EGCA_ERROR_TEXT_MAX + 64];
  if (cli_parse_pause(out, text, why, sizeof why, cli_lang) < 0) {
    cli_fail(EXIT_USAGE, "--pause", "%s", why);
    return -1;
  }
  return 0;
}

static void print_time(int minutes) { cli_printf("%02d:%02d", minutes / 60, minutes % 60); }

/* The text answer: the due date (or the status word) alone on the first line, then one labelled line per
 * fact. Labels and the command's words follow the language; rule ids, reading ids and status words stay. */
static void print_text(const egca_deadline *d)
{
  char date[EGCA_DATE_TEXT_SIZE], text[1024];
  const egca_deadline_rule *r = d->version;
  /* The first line alone is the answer a script reads (`head -1`): the due date, or the status word. */
  if (d->status == EGCA_PERIOD_SUSPENDED)
    cli_printf("suspended\n");
  else
    cli_printf("%s\n", egca_date_format(d->due, date));
  if (d->provisional)
    cli_puts(CLI_TR("provisional: yes\n", "暂定：是\n"));
  cli_printf(CLI_TR("%s: %s\n", "%s：%s\n"), d->rule_id, egca_deadline_rule_title_lang(r, cli_lang));
  cli_printf(CLI_TR("from: %s (%s)\n", "起算日：%s（%s）\n"), egca_date_format(d->from, date),
             egca_deadline_rule_starts_lang(r, cli_lang));
  egca_deadline_rule_period_format(text, sizeof text, r, cli_lang);
  cli_printf(CLI_TR("period: %s\n", "期限：%s\n"), text);
  /* A reading that counts the rule in another unit (docs/rules.md, "sets"): the unit applied. */
  if (d->unit != egca_deadline_rule_unit(r))
    cli_printf(CLI_TR("counted: in %s, by the reading applied\n", "计算：依所采用的读法按%s计算\n"),
               d->unit == EGCA_UNIT_WORKING_DAYS ? CLI_TR("working days", "工作日") : CLI_TR("days", "日"));
  /* An open question that moves the day: the day under each reading (docs/rules.md, "Readings"). */
  for (size_t i = 0; i < d->reading_count; i++)
    cli_printf(CLI_TR("ambiguous: %s=%s gives %s%s\n", "有歧义：%s=%s 得出 %s%s\n"), d->readings[i].question,
               d->readings[i].reading,
               d->readings[i].due != EGCA_DATE_NONE ? egca_date_format(d->readings[i].due, date) : "suspended",
               d->readings[i].chosen ? CLI_TR(" (applied)", "（已采用）") : "");
  cli_puts(CLI_TR("cutoff: ", "截止时间："));
  print_time(d->cutoff);
  if (d->cutoff_in_person > 0) {
    cli_puts(CLI_TR(" (in person at the office: ", "（现场办理："));
    print_time(d->cutoff_in_person);
    cli_puts(CLI_TR(")", "）"));
  }
  const char *sep = CLI_TR("; ", "；");
  cli_puts(CLI_TR("\nbasis: ", "\n依据："));
  for (size_t i = 0; i < d->basis_count; i++) {
    egca_basis_format_lang(text, sizeof text, &d->basis[i], cli_lang);
    cli_printf("%s%s", i == 0 ? "" : sep, text);
  }
  const char *section = egca_deadline_rule_guide_section_lang(r, cli_lang);
  const char *item = egca_deadline_rule_guide_item_lang(r, cli_lang);
  if (section != NULL)
    cli_printf(CLI_TR("%sService Guide, %s%s%s", "%s服务指南 %s%s%s"), d->basis_count == 0 ? "" : sep, section,
               item != NULL ? CLI_TR(", ", " ") : "", item != NULL ? item : "");
  cli_printf(CLI_TR("\nversion: %s, in force from %s\n", "\n版本：%s，自%s起施行\n"),
             egca_deadline_rule_instrument_lang(r, cli_lang),
             egca_date_format(egca_deadline_rule_effective_from(r), date));
  if (d->not_in_force) {
    /* As the timeline's finding rule_not_in_force: the first version applied, and said so. */
    char from[EGCA_DATE_TEXT_SIZE];
    cli_printf(CLI_TR("not in force: no version of the rule was in force on %s; the first version was applied\n",
                      "未施行：%s时该规则没有施行中的版本；已适用其最早的版本\n"),
               egca_date_format(d->from, from));
  }
  if (d->contested)
    cli_puts(CLI_TR("contested: yes\n", "有争议：是\n"));
  if (egca_deadline_rule_note_lang(r, cli_lang) != NULL)
    cli_printf(CLI_TR("note: %s\n", "备注：%s\n"), egca_deadline_rule_note_lang(r, cli_lang));
  int need = egca_period_trace_format(NULL, 0, &d->trace, cli_lang);
  char *trace = malloc((size_t)need + 1);
  if (trace != NULL) {
    egca_period_trace_format(trace, (size_t)need + 1, &d->trace, cli_lang);
    cli_printf(CLI_TR("trace: %s\n", "计算过程：%s\n"), trace);
    free(trace);
  }
  /* The notices behind the holidays and adjusted working days the count crossed (as the JSON trace's). */
  egca_date a = d->trace.from, b = d->trace.last_day;
  if (d->due != EGCA_DATE_NONE && (b == EGCA_DATE_NONE || d->due > b))
    b = d->due;
  if (b == EGCA_DATE_NONE)
    b = a;
  cli_print_notices(d->calendar, a, b);
}

/* The rule ids of the loaded rules, for the message about an unknown one. */
static void unknown_rule(const egca_rules *rules, const char *id)
{
  char names[1024];
  cli_rule_names(names, sizeof names, rules);
  cli_fail(EXIT_USAGE, "deadline", CLI_TR("unknown rule \"%s\" (rules: %s)", "未知规则\"%s\"（规则：%s）"), id, names);
}

int cmd_deadline(cli *c, int argc, char **argv)
{
  const char *positional[2];
  size_t npositional = 0;
  egca_pause pauses[MAX_PAUSES];
  size_t npauses = 0;
  egca_roll_policy policy = EGCA_POLICY_EARLIER;
  static cli_readings picks; /* static: 8 KiB of text */
  picks.count = 0;
  int json = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--pause") == 0 || strcmp(a, "--policy") == 0 || strcmp(a, "--format") == 0 ||
        strcmp(a, "--reading") == 0) {
      if (i + 1 >= argc)
        return cli_fail(EXIT_USAGE, a, CLI_TR("needs a value", "缺少值"));
      const char *v = argv[++i];
      if (strcmp(a, "--pause") == 0) {
        if (npauses == MAX_PAUSES)
          return cli_fail(EXIT_USAGE, a, CLI_TR("at most %d pauses", "至多%d个中止期间"), MAX_PAUSES);
        if (parse_pause(&pauses[npauses++], v) < 0)
          return EXIT_USAGE;
      } else if (strcmp(a, "--reading") == 0) {
        if (cli_add_reading(&picks, a, v) != EXIT_DONE)
          return EXIT_USAGE;
      } else if (strcmp(a, "--policy") == 0) {
        /* Deprecated: --reading renewal_rest_day=earlier|later says the same. */
        if (strcmp(v, "earlier") != 0 && strcmp(v, "later") != 0)
          return cli_fail(EXIT_USAGE, a, CLI_TR("expected earlier or later, not \"%s\"", "应为earlier或later，而不是\"%s\""), v);
        policy = v[0] == 'l' ? EGCA_POLICY_LATER : EGCA_POLICY_EARLIER;
      } else {
        if (strcmp(v, "text") != 0 && strcmp(v, "json") != 0)
          return cli_fail(EXIT_USAGE, a, CLI_TR("expected text or json, not \"%s\"", "应为text或json，而不是\"%s\""), v);
        json = v[0] == 'j';
      }
    } else if (a[0] == '-' && a[1] == '-') {
      return cli_fail(EXIT_USAGE, a, CLI_TR("unknown option for deadline", "deadline没有此选项"));
    } else if (npositional < 2) {
      positional[npositional++] = a;
    } else {
      return cli_fail(EXIT_USAGE, "deadline", CLI_TR("unexpected argument \"%s\"", "多余的参数\"%s\""), a);
    }
  }
  if (npositional != 2)
    return cli_fail(EXIT_USAGE, "deadline", CLI_TR("expected RULE DATE", "应为RULE DATE"));
  egca_date from;
  if (cli_parse_date(&from, positional[1], "DATE") < 0)
    return EXIT_USAGE;
  int code;
  const egca_rules *rules = cli_rules(c, &code);
  if (rules == NULL)
    return code;
  if ((code = cli_check_readings(rules, &picks)) != EXIT_DONE)
    return code;
  const egca_deadline_rule *rule;
  if (egca_rules_deadline(&rule, rules, positional[0], EGCA_DATE_NONE, NULL) < 0) {
    unknown_rule(rules, positional[0]);
    return EXIT_USAGE;
  }
  /* Whose time it is: only the acceptance is the acceptance office's (服务指南 受理机构, closed on its region's
   * rest days); the decision is 国家密码管理局's and the applicant's periods are national. To move onto the
   * rules' "whose time" field once the rules carry it. */
  const egca_calendar *calendar = strcmp(positional[0], "acceptance") == 0 ? cli_calendar(c, &code)
                                                                           : cli_national_calendar(c, &code);
  if (calendar == NULL)
    return code;

  egca_deadline_options options = {pauses, npauses, policy, 1, picks.choice, picks.count, cli_lang};
  egca_deadline d;
  egca_error err = CLI_ERROR;
  int rc = egca_deadline_compute(&d, rules, calendar, positional[0], from, &options, &err);
  if (rc < 0)
    return cli_fail_error("deadline", rc, &err);
  if (json) {
    char *text;
    rc = egca_deadline_to_json(&text, &d, &err);
    if (rc < 0)
      return cli_fail_error("deadline", rc, &err);
    cli_puts(text);
    egca_deadline_string_free(text);
  } else {
    print_text(&d);
  }
  if (d.provisional)
    cli_warn_provisional("deadline");
  return EXIT_DONE;
}
