/* Unit tests: the rules module — loading deadlines.json strictly, dated versions, and every deadline rule
 * computed over the shipped calendar.
 *
 * Expected dates were worked out by hand from the State Council notices (holiday-notices.md, holiday-cn's
 * per-year JSON); each case's comment gives the count. The rules take effect on 2024-11-01 (国家密码管理局令
 * 第4号), so every start date is on or after it; test_period.c covers the 2024 holidays before that. Cases
 * from 2082 on run on the fixture calendars of tests/data/calendars (2082 confirmed, 2083 tentative, 2084 not
 * covered; README.md there), so that tentative years and the calendar's end do not move with each notice. */
#include <check.h>
#include <cjson/cJSON.h>
#include <dirent.h>
#include <egca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static egca_calendar *calendar;
static egca_calendar *fixture;
static egca_calendar *strict_fixture;
static egca_rules *rules;

static void setup(void)
{
  egca_error err = {0};
  egca_load_options strict = {EGCA_UNMARKED_IGNORE, 1};
  const char *fixture_path = EGCA_SOURCE_DIR "/tests/data/calendars";
  ck_assert_msg(egca_calendar_default(&calendar, NULL, &err) == 0, "%s", err.message);
  ck_assert_msg(egca_calendar_load(&fixture, &fixture_path, 1, NULL, &err) == 0, "%s", err.message);
  ck_assert_msg(egca_calendar_load(&strict_fixture, &fixture_path, 1, &strict, &err) == 0, "%s", err.message);
  ck_assert_msg(egca_rules_default(&rules, &err) == 0, "%s", err.message);
}

static void teardown(void)
{
  egca_rules_free(rules);
  egca_calendar_free(calendar);
  egca_calendar_free(fixture);
  egca_calendar_free(strict_fixture);
}

static egca_date d(const char *text)
{
  egca_date out;
  ck_assert_msg(egca_date_parse(&out, text, NULL) == 0, "bad date %s", text);
  return out;
}

static const char *text_of(egca_date date, char *buf)
{
  return date == EGCA_DATE_NONE ? "none" : egca_date_format(date, buf);
}

/* One case: a rule from a start date, with pauses ("FROM:TO" or "FROM:" for an open one) and a policy. */
typedef struct rule_case {
  const char *rule;
  const char *from;
  const char *pauses[3];
  egca_roll_policy policy;
  const char *due;   /* NULL: suspended */
  int provisional;
  const char *other; /* the other reading when ambiguous, else NULL */
} rule_case;

static egca_pause parse_pause(const char *text)
{
  char from[11];
  memcpy(from, text, 10);
  from[10] = '\0';
  egca_pause p = {d(from), text[11] != '\0' ? d(text + 11) : EGCA_DATE_NONE};
  return p;
}

static void run_case(const rule_case *c, egca_deadline *out)
{
  egca_pause pauses[3];
  size_t n = 0;
  while (n < 3 && c->pauses[n] != NULL) {
    pauses[n] = parse_pause(c->pauses[n]);
    n++;
  }
  egca_deadline_options options = {pauses, n, c->policy, 1, NULL, 0, EGCA_LANG_EN};
  egca_error err = {0};
  const egca_calendar *cal = d(c->from) >= d("2082-01-01") ? fixture : calendar;
  int rc = egca_deadline_compute(out, rules, cal, c->rule, d(c->from), &options, &err);
  char got[EGCA_DATE_TEXT_SIZE], other[EGCA_DATE_TEXT_SIZE];
  ck_assert_msg(rc == (c->provisional ? EGCA_PROVISIONAL : 0), "%s from %s: rc %d: %s", c->rule, c->from, rc,
                err.message);
  ck_assert_str_eq(out->rule_id, c->rule);
  if (c->due == NULL) {
    ck_assert_msg(out->status == EGCA_PERIOD_SUSPENDED, "%s from %s: not suspended", c->rule, c->from);
    ck_assert_int_eq(out->due, EGCA_DATE_NONE);
  } else {
    ck_assert_int_eq(out->status, EGCA_PERIOD_DUE);
    ck_assert_msg(out->due == d(c->due), "%s from %s: due %s, expected %s", c->rule, c->from,
                  text_of(out->due, got), c->due);
  }
  ck_assert_int_eq(out->provisional, c->provisional);
  ck_assert_msg(out->ambiguous == (c->other != NULL), "%s from %s: ambiguous %d", c->rule, c->from, out->ambiguous);
  ck_assert_msg(out->other_reading == (c->other != NULL ? d(c->other) : EGCA_DATE_NONE),
                "%s from %s: other reading %s", c->rule, c->from, text_of(out->other_reading, other));
  ck_assert_int_eq(out->trace.filled, 1);
}

static const rule_case cases[] = {
    /* acceptance: 5 working days from receipt (行政许可法 第三十二条第一款第（四）项). */
    /* DESIGN.md: 10-09, 10-10, Sat 10-11 (adjusted), 10-13, 10-14. */
    {"acceptance", "2025-09-30", {NULL}, EGCA_POLICY_EARLIER, "2025-10-14", 0, NULL},
    /* Fri 2025-01-24: Sun 01-26 (adjusted), 01-27, (春节 01-28..02-04) 02-05, 02-06, 02-07. */
    {"acceptance", "2025-01-24", {NULL}, EGCA_POLICY_EARLIER, "2025-02-07", 0, NULL},
    /* Received on a holiday (Mon 2026-02-16): 02-24..27, Sat 02-28 (adjusted). */
    {"acceptance", "2026-02-16", {NULL}, EGCA_POLICY_EARLIER, "2026-02-28", 0, NULL},
    /* Across the year: 2024-12-31: (01-01) 01-02, 01-03, 01-06, 01-07, 01-08. */
    {"acceptance", "2024-12-31", {NULL}, EGCA_POLICY_EARLIER, "2025-01-08", 0, NULL},
    /* The first day in force, Fri 2024-11-01: 11-04..08. */
    {"acceptance", "2024-11-01", {NULL}, EGCA_POLICY_EARLIER, "2024-11-08", 0, NULL},

    /* decision: 20 working days from acceptance, technical review excluded (条例 第二十六条). */
    {"decision", "2026-03-02", {NULL}, EGCA_POLICY_EARLIER, "2026-03-30", 0, NULL},
    {"decision", "2026-03-02", {"2026-03-10:2026-04-20"}, EGCA_POLICY_EARLIER, "2026-05-13", 0, NULL},
    /* Mon 2025-09-15: 09-16..19 (4), 09-22..26 (9), Sun 09-28 (10), 09-29, 09-30 (12), 10-09, 10-10 (14),
     * Sat 10-11 (15), 10-13..17 (20). */
    {"decision", "2025-09-15", {NULL}, EGCA_POLICY_EARLIER, "2025-10-17", 0, NULL},
    /* Two pauses over 清明 and 劳动节 2025, from Tue 04-01: 04-02 (1); 04-11 (2), 04-14..18 (7), 04-21..25 (12),
     * Sun 04-27 (13); 05-07..09 (16), 05-12..15 (20). */
    {"decision", "2025-04-01", {"2025-04-03:2025-04-10", "2025-04-28:2025-05-06"}, EGCA_POLICY_EARLIER,
     "2025-05-15", 0, NULL},
    /* An open review: the clock stands still. */
    {"decision", "2026-03-02", {"2026-03-10:"}, EGCA_POLICY_EARLIER, NULL, 0, NULL},
    /* Into the fixture's tentative 2083, from Tue 2082-12-15: 12-16..18 (3), 12-21..25 (8), 12-28..31 (12),
     * (01-01) 01-04..08 (17), 01-11..13 (20). */
    {"decision", "2082-12-15", {NULL}, EGCA_POLICY_EARLIER, "2083-01-13", 1, NULL},

    /* decision_extension: the decision period plus 10 working days (行政许可法 第四十二条; contested). */
    /* From 2026-03-02 the 20th day is 03-30; then 03-31, 04-01..03 (24), (04-06 清明) 04-07..10 (28),
     * 04-13, 04-14 (30). */
    {"decision_extension", "2026-03-02", {NULL}, EGCA_POLICY_EARLIER, "2026-04-14", 0, NULL},
    /* With the review paused the 20th day is 05-13; then 05-14, 05-15, 05-18..22 (27), 05-25..27 (30). */
    {"decision_extension", "2026-03-02", {"2026-03-10:2026-04-20"}, EGCA_POLICY_EARLIER, "2026-05-27", 0, NULL},
    /* From 2025-09-15 the 20th day is 10-17; 10-20..24 (25), 10-27..31 (30). */
    {"decision_extension", "2025-09-15", {NULL}, EGCA_POLICY_EARLIER, "2025-10-31", 0, NULL},

    /* review_time_notice: in writing before the review runs, so on its first day at the latest. */
    {"review_time_notice", "2026-03-10", {NULL}, EGCA_POLICY_EARLIER, "2026-03-10", 0, NULL},
    {"review_time_notice", "2025-10-03", {NULL}, EGCA_POLICY_EARLIER, "2025-10-03", 0, NULL},
    /* No calendar lookup: a review in an uncovered year still has its notice day. */
    {"review_time_notice", "2084-01-15", {NULL}, EGCA_POLICY_EARLIER, "2084-01-15", 0, NULL},

    /* notification: 10 working days from the decision (行政许可法 第四十四条; the guide's 结果送达). */
    /* Fri 2025-09-26: Sun 09-28 (1), 09-29, 09-30, 10-09, 10-10 (5), Sat 10-11 (6), 10-13..16 (10). */
    {"notification", "2025-09-26", {NULL}, EGCA_POLICY_EARLIER, "2025-10-16", 0, NULL},
    /* Wed 2025-04-30: (05-01..05) 05-06..09 (4), 05-12..16 (9), 05-19 (10). */
    {"notification", "2025-04-30", {NULL}, EGCA_POLICY_EARLIER, "2025-05-19", 0, NULL},
    /* A decision on a holiday (Sat 2026-06-20, 端午): 06-22..26 (5), 06-29, 06-30, 07-01..03 (10). */
    {"notification", "2026-06-20", {NULL}, EGCA_POLICY_EARLIER, "2026-07-03", 0, NULL},
    /* Into the fixture's tentative 2083: 12-29..31 (3), (01-01) 01-04..08 (8), 01-11, 01-12 (10). */
    {"notification", "2082-12-28", {NULL}, EGCA_POLICY_EARLIER, "2083-01-12", 1, NULL},

    /* status_query: the first working day after 15 working days from acceptance (the guide's 公开查询). */
    {"status_query", "2026-03-02", {NULL}, EGCA_POLICY_EARLIER, "2026-03-24", 0, NULL},
    /* Fri 2026-01-30: 02-02..06 (5), 02-09..13 (10), Sat 02-14 (11), (春节) 02-24..27 (15); then Sat 02-28. */
    {"status_query", "2026-01-30", {NULL}, EGCA_POLICY_EARLIER, "2026-02-28", 0, NULL},
    /* Fri 2025-09-19: 09-22..26 (5), Sun 09-28 (6), 09-29, 09-30 (8), 10-09, 10-10 (10), Sat 10-11 (11),
     * 10-13..16 (15); then 10-17. */
    {"status_query", "2025-09-19", {NULL}, EGCA_POLICY_EARLIER, "2025-10-17", 0, NULL},

    /* certificate_validity: 5 years (办法 第十二条); the last valid day is the corresponding day by default
     * (民法典 第二百零一条, 第二百零二条), the day before it under the other reading of certificate_last_day
     * (the issue day counted): always ambiguous. */
    {"certificate_validity", "2025-03-10", {NULL}, EGCA_POLICY_EARLIER, "2030-03-10", 0, "2030-03-09"},
    /* 民法典 第二百零二条: no 2033-02-29, so the month's last day; the day before it is 02-27. */
    {"certificate_validity", "2028-02-29", {NULL}, EGCA_POLICY_EARLIER, "2033-02-28", 0, "2033-02-27"},
    /* Issued on a holiday; a validity end does not roll. */
    {"certificate_validity", "2026-10-01", {NULL}, EGCA_POLICY_EARLIER, "2031-10-01", 0, "2031-09-30"},

    /* change_filing: 30 calendar days from the change; a rest day moves forward (民法典 第二百零三条). */
    {"change_filing", "2026-09-01", {NULL}, EGCA_POLICY_EARLIER, "2026-10-08", 0, NULL},
    /* Sun 2025-01-05 + 30 = Tue 02-04 (春节) -> Wed 02-05. */
    {"change_filing", "2025-01-05", {NULL}, EGCA_POLICY_EARLIER, "2025-02-05", 0, NULL},
    /* A change on an adjusted working day: Sun 2025-04-27 + 30 = Tue 05-27. */
    {"change_filing", "2025-04-27", {NULL}, EGCA_POLICY_EARLIER, "2025-05-27", 0, NULL},
    /* 2025-12-04 + 30 = Sat 2026-01-03 (元旦) -> Sun 01-04, an adjusted working day. */
    {"change_filing", "2025-12-04", {NULL}, EGCA_POLICY_EARLIER, "2026-01-04", 0, NULL},
    /* Fixture: 2082-12-10 + 30 = Sat 2083-01-09 -> Mon 01-11, provisional. */
    {"change_filing", "2082-12-10", {NULL}, EGCA_POLICY_EARLIER, "2083-01-11", 1, NULL},

    /* renewal_filing: 60 days before expiry; a rest day moves earlier by default, later by policy. */
    {"renewal_filing", "2026-04-17", {NULL}, EGCA_POLICY_EARLIER, "2026-02-14", 0, "2026-02-24"},
    {"renewal_filing", "2026-04-17", {NULL}, EGCA_POLICY_LATER, "2026-02-24", 0, "2026-02-14"},
    /* 2026-06-30 - 60 = 05-01 (劳动节). */
    {"renewal_filing", "2026-06-30", {NULL}, EGCA_POLICY_EARLIER, "2026-04-30", 0, "2026-05-06"},
    {"renewal_filing", "2026-06-30", {NULL}, EGCA_POLICY_LATER, "2026-05-06", 0, "2026-04-30"},
    /* 2025-12-01 - 60 = 10-02 (国庆). */
    {"renewal_filing", "2025-12-01", {NULL}, EGCA_POLICY_EARLIER, "2025-09-30", 0, "2025-10-09"},
    /* 2026-09-09 - 60 = Sat 07-11, a plain weekend. */
    {"renewal_filing", "2026-09-09", {NULL}, EGCA_POLICY_LATER, "2026-07-13", 0, "2026-07-10"},
    /* A working day: no ambiguity. 2026-07-31 - 60 = Mon 06-01. */
    {"renewal_filing", "2026-07-31", {NULL}, EGCA_POLICY_EARLIER, "2026-06-01", 0, NULL},
    /* Fixture: 2083-03-01 - 60 = Thu 2082-12-31: in the confirmed 2082, so not provisional. */
    {"renewal_filing", "2083-03-01", {NULL}, EGCA_POLICY_EARLIER, "2082-12-31", 0, NULL},
    /* Fixture: 2083-04-06 - 60 = 2083-02-05, the tentative 春节: Thu 02-04 (or Thu 02-11), provisional. */
    {"renewal_filing", "2083-04-06", {NULL}, EGCA_POLICY_EARLIER, "2083-02-04", 1, "2083-02-11"},

    /* renewal_decision: by the expiry, else deemed renewed (行政许可法 第五十条第二款). */
    {"renewal_decision", "2026-04-17", {NULL}, EGCA_POLICY_EARLIER, "2026-04-17", 0, NULL},
    {"renewal_decision", "2026-10-03", {NULL}, EGCA_POLICY_EARLIER, "2026-10-03", 0, NULL},
    {"renewal_decision", "2084-11-30", {NULL}, EGCA_POLICY_EARLIER, "2084-11-30", 0, NULL},
};

START_TEST(every_rule)
{
  egca_deadline out;
  run_case(&cases[_i], &out);
}
END_TEST

START_TEST(the_shipped_rules)
{
  static const char *const ids[] = {"acceptance",   "decision",     "decision_extension", "review_time_notice",
                                    "notification", "status_query", "certificate_validity", "change_filing",
                                    "renewal_filing", "renewal_decision"};
  /* The first ten entries are the Measures' versions; the history and the new clocks follow them. */
  ck_assert_uint_eq(egca_rules_deadline_count(rules), 37);
  for (size_t i = 0; i < 10; i++) {
    const egca_deadline_rule *r = egca_rules_deadline_at(rules, i);
    ck_assert_str_eq(egca_deadline_rule_id(r), ids[i]);
    ck_assert_int_eq(egca_deadline_rule_effective_from(r), d("2024-11-01"));
    ck_assert_ptr_nonnull(strstr(egca_deadline_rule_instrument(r), "国家密码管理局令第4号"));
    const egca_deadline_rule *by_id;
    ck_assert_int_eq(egca_rules_deadline(&by_id, rules, ids[i], d("2026-01-01"), NULL), 0);
    ck_assert_ptr_eq(by_id, r);
  }
  ck_assert_ptr_null(egca_rules_deadline_at(rules, 37));

  const egca_deadline_rule *r;
  ck_assert_int_eq(egca_rules_deadline(&r, rules, "acceptance", EGCA_DATE_NONE, NULL), 0);
  ck_assert_str_eq(egca_deadline_rule_title(r), "作出是否受理的决定或一次性告知补正");
  ck_assert_int_eq(egca_deadline_rule_unit(r), EGCA_UNIT_WORKING_DAYS);
  ck_assert_int_eq(egca_deadline_rule_count(r), 5);
  ck_assert_int_eq(egca_deadline_rule_direction(r), EGCA_AFTER);
  ck_assert_int_eq(egca_deadline_rule_pause(r), EGCA_PAUSE_NONE);
  ck_assert_int_eq(egca_deadline_rule_cutoff(r), 24 * 60);
  ck_assert_int_eq(egca_deadline_rule_cutoff_in_person(r), 0);
  size_t n;
  const egca_basis *basis = egca_deadline_rule_basis(r, &n);
  ck_assert_uint_eq(n, 2);
  ck_assert_str_eq(basis[0].law, "中华人民共和国行政许可法");
  ck_assert_str_eq(basis[0].article, "第三十二条第一款");
  ck_assert_str_eq(basis[0].item, "（四）");
  ck_assert_ptr_null(basis[1].item);
  char text[256];
  egca_basis_format(text, sizeof text, &basis[0]);
  ck_assert_str_eq(text, "中华人民共和国行政许可法 第三十二条第一款第（四）项");
  ck_assert_str_eq(egca_deadline_rule_guide_section(r), "办理基本流程");

  ck_assert_int_eq(egca_rules_deadline(&r, rules, "decision", EGCA_DATE_NONE, NULL), 0);
  ck_assert_int_eq(egca_deadline_rule_count(r), 20);
  ck_assert_int_eq(egca_deadline_rule_pause(r), EGCA_PAUSE_EXCLUDE);
  egca_deadline_rule_period_format(text, sizeof text, r, EGCA_LANG_EN);
  ck_assert_str_eq(text, "20 working days after, pauses excluded");
  egca_deadline_rule_period_format(text, sizeof text, r, EGCA_LANG_ZH);
  ck_assert_str_eq(text, "起算日后20个工作日，中止期间不计入");

  ck_assert_int_eq(egca_rules_deadline(&r, rules, "decision_extension", EGCA_DATE_NONE, NULL), 0);
  ck_assert_str_eq(egca_deadline_rule_extends(r), "decision");
  ck_assert_int_eq(egca_deadline_rule_count(r), 10);
  ck_assert_int_eq(egca_deadline_rule_contested(r), 1);
  ck_assert_ptr_nonnull(egca_deadline_rule_note(r));

  ck_assert_int_eq(egca_rules_deadline(&r, rules, "status_query", EGCA_DATE_NONE, NULL), 0);
  egca_deadline_rule_basis(r, &n);
  ck_assert_uint_eq(n, 0); /* the guide alone */
  ck_assert_str_eq(egca_deadline_rule_guide_section(r), "公开查询");
  ck_assert_int_eq(egca_deadline_rule_end(r), EGCA_END_FIRST_WORKING_DAY_AFTER);

  ck_assert_int_eq(egca_rules_deadline(&r, rules, "renewal_filing", EGCA_DATE_NONE, NULL), 0);
  ck_assert_int_eq(egca_deadline_rule_roll(r), EGCA_ROLL_EARLIER_OR_LATER);
  ck_assert_int_eq(egca_deadline_rule_direction(r), EGCA_BEFORE);
  ck_assert_int_eq(egca_deadline_rule_cutoff_in_person(r), 17 * 60 + 30);

  ck_assert_int_eq(egca_rules_deadline(&r, rules, "certificate_validity", EGCA_DATE_NONE, NULL), 0);
  ck_assert_int_eq(egca_deadline_rule_unit(r), EGCA_UNIT_YEARS);
  ck_assert_int_eq(egca_deadline_rule_count(r), 5);

  /* The period in words, in both languages, one rule of each shape deadlines.json declares (docs/rules.md:
   * an extension, a first working day after, a backward count with an open rest-day question, a rest day
   * moving on, a period of years, the day itself, a version that sets no period). */
  static const struct {
    const char *id, *en, *zh;
  } periods[] = {
      {"decision_extension", "decision + 10 working days after, pauses excluded", "decision的期限再延长10个工作日，中止期间不计入"},
      {"status_query", "15 working days after, then the first working day after", "起算日后15个工作日，再取其后第一个工作日"},
      {"renewal_filing",
       "60 days before, a rest day moves to the previous working day, or the next: an open question (egca rules readings)",
       "起算日前60日，届满日遇休息日提前至此前最后一个工作日或顺延至其后第一个工作日：未决问题（egca rules readings）"},
      {"change_filing", "30 days after, a rest day moves to the next working day", "起算日后30日，届满日遇休息日顺延至其后第一个工作日"},
      {"litigation", "6 months after, a rest day moves to the next working day", "起算日后6个月，届满日遇休息日顺延至其后第一个工作日"},
      {"reconsideration_untold", "1 year after, a rest day moves to the next working day", "起算日后1年，届满日遇休息日顺延至其后第一个工作日"},
      {"review_time_notice", "on the day itself", "当日"},
      {"change_decision", "no period (refused: see the reason)", "未规定期限（不予计算，见原因）"},
  };
  for (size_t i = 0; i < sizeof periods / sizeof periods[0]; i++) {
    ck_assert_int_eq(egca_rules_deadline(&r, rules, periods[i].id, EGCA_DATE_NONE, NULL), 0);
    ck_assert_int_eq(egca_deadline_rule_period_format(text, sizeof text, r, EGCA_LANG_EN), (int)strlen(periods[i].en));
    ck_assert_str_eq(text, periods[i].en);
    ck_assert_int_eq(egca_deadline_rule_period_format(text, sizeof text, r, EGCA_LANG_ZH), (int)strlen(periods[i].zh));
    ck_assert_str_eq(text, periods[i].zh);
  }

  /* Whose time each period is, as deadlines.json states it: the office that accepts (行政许可法 第三十二条),
   * 国家密码管理局 for what it decides and delivers, the applicant for its filings. */
  static const struct {
    const char *id;
    egca_party party;
    egca_authority authority;
  } whose[] = {
      {"acceptance", EGCA_PARTY_AUTHORITY, EGCA_AUTHORITY_ACCEPTANCE_OFFICE},
      {"decision", EGCA_PARTY_AUTHORITY, EGCA_AUTHORITY_OSCCA},
      {"renewal_decision", EGCA_PARTY_AUTHORITY, EGCA_AUTHORITY_OSCCA},
      {"change_filing", EGCA_PARTY_APPLICANT, EGCA_AUTHORITY_NONE},
      {"renewal_filing", EGCA_PARTY_APPLICANT, EGCA_AUTHORITY_NONE},
  };
  for (size_t i = 0; i < sizeof whose / sizeof whose[0]; i++) {
    ck_assert_int_eq(egca_rules_deadline(&r, rules, whose[i].id, EGCA_DATE_NONE, NULL), 0);
    ck_assert_int_eq(egca_deadline_rule_party(r), whose[i].party);
    ck_assert_int_eq(egca_deadline_rule_authority(r), whose[i].authority);
  }
  ck_assert_str_eq(egca_authority_name(EGCA_AUTHORITY_OSCCA), "国家密码管理局");
  ck_assert_str_eq(egca_party_name(EGCA_PARTY_APPLICANT), "applicant");
  ck_assert_ptr_null(egca_party_name(EGCA_PARTY_UNSTATED));
  /* What follows a lapse, with its article. */
  ck_assert_int_eq(egca_rules_deadline(&r, rules, "renewal_decision", EGCA_DATE_NONE, NULL), 0);
  const egca_basis *lapse = egca_deadline_rule_lapse_basis(r);
  ck_assert_ptr_nonnull(lapse);
  ck_assert_str_eq(lapse->article, "第五十条第二款");
  ck_assert_int_eq(egca_rules_deadline(&r, rules, "notification", EGCA_DATE_NONE, NULL), 0);
  ck_assert_ptr_null(egca_deadline_rule_lapse_basis(r));
}
END_TEST

START_TEST(unknown_rules_and_versions)
{
  const egca_deadline_rule *r = (const egca_deadline_rule *)1;
  /* Each message in English (err.lang) and in Chinese, the default. */
  egca_error err = {.lang = EGCA_LANG_EN}, zh = {0};
  ck_assert_int_eq(egca_rules_deadline(&r, rules, "acceptence", EGCA_DATE_NONE, &err), EGCA_E_NOTFOUND);
  ck_assert_ptr_null(r);
  ck_assert_str_eq(err.message, "unknown rule \"acceptence\"");
  ck_assert_int_eq(egca_rules_deadline(&r, rules, "acceptence", EGCA_DATE_NONE, &zh), EGCA_E_NOTFOUND);
  ck_assert_str_eq(zh.message, "未知规则\"acceptence\"");
  ck_assert_int_eq(egca_rules_deadline(&r, rules, "acceptance", d("2019-12-31"), &err), EGCA_E_NOTFOUND);
  ck_assert_str_eq(err.message, "rule \"acceptance\" has no version in force on 2019-12-31: its first version takes "
                                "effect on 2020-01-01");
  ck_assert_int_eq(egca_rules_deadline(&r, rules, "acceptance", d("2019-12-31"), &zh), EGCA_E_NOTFOUND);
  ck_assert_str_eq(zh.message, "规则\"acceptance\"在2019-12-31没有施行中的版本：其第一个版本自2020-01-01起施行");
  /* The acceptance's versions follow the law in force (密码法 from 2020-01-01, 条例 from 2023-07-01, the Measures
   * from 2024-11-01): 5 working days after Thu 2024-10-31 are 11-01 and 11-04..07, under the 条例's version. */
  egca_deadline out;
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "acceptance", d("2024-10-31"), NULL, &err), 0);
  ck_assert_int_eq(out.not_in_force, 0);
  ck_assert_int_eq(out.due, d("2024-11-07"));
  ck_assert_int_eq(egca_deadline_rule_effective_from(out.version), d("2023-07-01"));
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "acceptance", d("2024-11-01"), NULL, &err), 0);
  ck_assert_int_eq(egca_deadline_rule_effective_from(out.version), d("2024-11-01"));
  /* Before the licence existed (密码法 第二十九条, in force 2020-01-01) nothing is computed. */
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "acceptance", d("2019-12-31"), NULL, &err),
                   EGCA_E_INVALID);
  ck_assert_ptr_nonnull(strstr(err.message, "2019-12-31 is before 2020-01-01: "));
  /* The licence's reason in the message's language (deadlines.json "licence": reason, reason_en). */
  ck_assert_ptr_nonnull(strstr(err.message, "created by Article 29 of the Cryptography Law"));
  ck_assert_ptr_null(strstr(err.message, "密码法"));
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "acceptance", d("2019-12-31"), NULL, &zh),
                   EGCA_E_INVALID);
  ck_assert_ptr_nonnull(strstr(zh.message, "2019-12-31早于2020-01-01："));
  ck_assert_ptr_nonnull(strstr(zh.message, "依密码法 第二十九条设立"));
  /* 2024-02-29 + 5 years: no 29 February in 2029, so the month's last day (民法典 第二百零二条); before the
   * Measures (第十二条, 2024-11-01) the term is not known and the computation is refused with why. */
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "certificate_validity", d("2024-02-29"), NULL, &err),
                   EGCA_E_INVALID);
  ck_assert_ptr_nonnull(strstr(err.message, "rule \"certificate_validity\" sets no period on 2024-02-29: "));
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "certificate_validity", d("2024-02-29"), NULL, &zh),
                   EGCA_E_INVALID);
  ck_assert_ptr_nonnull(strstr(zh.message, "规则\"certificate_validity\"在2024-02-29不设期限："));
  /* The version's reason in the message's language ("refused", "refused_en"). */
  ck_assert_ptr_nonnull(strstr(err.message, ": Article 12 of the Measures (Order No. 4 of the State Cryptography"));
  ck_assert_ptr_nonnull(strstr(zh.message, "：办法（国家密码管理局令第4号）第十二条自2024-11-01施行"));
  ck_assert_ptr_nonnull(egca_deadline_rule_refused(out.version));
  /* The reason is the version's own, in the message's language (deadlines.json refused / refused_en). */
  ck_assert_ptr_nonnull(strstr(zh.message, egca_deadline_rule_refused_lang(out.version, EGCA_LANG_ZH)));
  ck_assert_ptr_nonnull(strstr(err.message, egca_deadline_rule_refused_lang(out.version, EGCA_LANG_EN)));
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "certificate_validity", d("2025-02-28"), NULL, &err), 0);
  ck_assert_int_eq(out.due, d("2030-02-28"));
  /* The guide's status query has no earlier version: the first is applied and marked. */
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "status_query", d("2024-10-31"), NULL, &err), 0);
  ck_assert_int_eq(out.not_in_force, 1);
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "nope", d("2025-01-01"), NULL, &err),
                   EGCA_E_NOTFOUND);
  /* The reading of the last valid day, picked: 2028-02-29 + 5 years is 2033-02-28 (month end), and under
   * "day_before" 2033-02-27; the readings list the default first. (2024-02-29 is before the Measures' term.) */
  egca_reading_choice day_before = {"certificate_last_day", "day_before"};
  egca_deadline_options o = {NULL, 0, EGCA_POLICY_EARLIER, 0, &day_before, 1, EGCA_LANG_EN};
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "certificate_validity", d("2028-02-29"), &o, &err), 0);
  ck_assert_int_eq(out.due, d("2033-02-27"));
  ck_assert_int_eq(out.ambiguous, 1);
  ck_assert_uint_eq(out.reading_count, 2);
  ck_assert_str_eq(out.readings[0].reading, "anniversary");
  ck_assert_int_eq(out.readings[0].chosen, 0);
  ck_assert_int_eq(out.readings[0].due, d("2033-02-28"));
  ck_assert_str_eq(out.readings[1].reading, "day_before");
  ck_assert_int_eq(out.readings[1].chosen, 1);
  /* renewal_rest_day=later is --policy later: 60 days before 2026-04-17 is Mon 02-16 (春节), later 02-24. */
  egca_reading_choice later = {"renewal_rest_day", "later"};
  o.readings = &later;
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "renewal_filing", d("2026-04-17"), &o, &err), 0);
  ck_assert_int_eq(out.due, d("2026-02-24"));
  ck_assert_int_eq(out.policy, EGCA_POLICY_LATER);
  ck_assert_str_eq(out.readings[0].reading, "earlier");
  ck_assert_int_eq(out.readings[0].due, d("2026-02-14"));
  /* A question or reading the rules do not declare is an error naming it. */
  egca_reading_choice bad[] = {{"renewal_rest_days", "later"}, {"renewal_rest_day", "sooner"}};
  for (int i = 0; i < 2; i++) {
    o.readings = &bad[i];
    ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "renewal_filing", d("2026-04-17"), &o, &err),
                     EGCA_E_INVALID);
    ck_assert_ptr_nonnull(strstr(err.message, i == 0 ? "\"renewal_rest_days\"" : "\"sooner\""));
  }
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, NULL, d("2025-01-01"), NULL, &err), EGCA_E_NOTFOUND);
}
END_TEST

/* Computes `rule` from `from`; returns the due date (asserting success) and leaves the result in *out. */
static egca_date due_of(egca_deadline *out, const char *rule, const char *from)
{
  egca_error err = {0};
  int rc = egca_deadline_compute(out, rules, calendar, rule, d(from), NULL, &err);
  ck_assert_msg(rc >= 0, "%s from %s: %s", rule, from, err.message);
  return out->due;
}

/* The two counting questions of the hearing (docs/rules.md, "Readings": hearing_request_days, hearing_notice_days):
 * their readings set the rule's unit and roll, and the day under the other reading is listed. 2026-03 has no
 * holiday (清明 is 04-04..06). */
START_TEST(hearing_counting_readings)
{
  egca_deadline out;
  egca_error err = {0};
  /* Told of the right on Thu 2026-03-05: five calendar days end Tue 03-10 (default); five working days are
   * 03-06 (1), 09 (2), 10 (3), 11 (4), 12 (5). */
  ck_assert_int_eq(due_of(&out, "hearing_request", "2026-03-05"), d("2026-03-10"));
  ck_assert_int_eq(out.unit, EGCA_UNIT_DAYS);
  ck_assert_int_eq(out.ambiguous, 1);
  ck_assert_uint_eq(out.reading_count, 2);
  ck_assert_str_eq(out.readings[0].question, "hearing_request_days");
  ck_assert_str_eq(out.readings[0].reading, "days");
  ck_assert_int_eq(out.readings[0].chosen, 1);
  ck_assert_str_eq(out.readings[1].reading, "working_days");
  ck_assert_int_eq(out.readings[1].due, d("2026-03-12"));
  egca_reading_choice working = {"hearing_request_days", "working_days"};
  egca_deadline_options o = {NULL, 0, EGCA_POLICY_EARLIER, 0, &working, 1, EGCA_LANG_EN};
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "hearing_request", d("2026-03-05"), &o, &err), 0);
  ck_assert_int_eq(out.due, d("2026-03-12"));
  ck_assert_int_eq(out.unit, EGCA_UNIT_WORKING_DAYS);
  ck_assert_int_eq(out.readings[0].due, d("2026-03-10"));
  ck_assert_int_eq(out.readings[0].chosen, 0);
  /* Told on Mon 03-02: five calendar days end Sat 03-07, moved to Mon 03-09 (民法典 第二百零三条); five working
   * days are 03-03..06 (4), 09 (5): the same day, so nothing is ambiguous. */
  ck_assert_int_eq(due_of(&out, "hearing_request", "2026-03-02"), d("2026-03-09"));
  ck_assert_int_eq(out.ambiguous, 0);
  ck_assert_uint_eq(out.reading_count, 0);
  /* A hearing on Fri 03-20: seven working days before are 03-19 (1), 18, 17, 16 (4), 13, 12, 11 (7), the
   * default; seven calendar days before, Fri 03-13. */
  ck_assert_int_eq(due_of(&out, "hearing_notice", "2026-03-20"), d("2026-03-11"));
  ck_assert_int_eq(out.ambiguous, 1);
  ck_assert_str_eq(out.readings[0].reading, "working_days");
  ck_assert_int_eq(out.readings[1].due, d("2026-03-13"));
  egca_reading_choice days = {"hearing_notice_days", "days"};
  o.readings = &days;
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "hearing_notice", d("2026-03-20"), &o, &err), 0);
  ck_assert_int_eq(out.due, d("2026-03-13"));
  ck_assert_int_eq(out.unit, EGCA_UNIT_DAYS);
  /* What the questions declare. */
  const egca_question *x = egca_rules_question(rules, "hearing_request_days");
  ck_assert_ptr_nonnull(x);
  ck_assert_str_eq(egca_question_sets(x), "hearing_request");
  ck_assert_ptr_null(egca_question_rule(x));
  const char *unit, *roll;
  for (size_t i = 0; i < egca_question_reading_count(x); i++) {
    ck_assert_str_eq(egca_question_reading_sets(x, i, &unit, &roll), "hearing_request");
    const int working_days = strcmp(egca_question_reading_id(x, i), "working_days") == 0;
    ck_assert_str_eq(unit, working_days ? "working_days" : "days");
    ck_assert_str_eq(roll, working_days ? "none" : "next_working_day");
  }
  ck_assert_ptr_null(egca_question_sets(egca_rules_question(rules, "renewal_rest_day")));
  ck_assert_ptr_null(egca_question_reading_sets(egca_rules_question(rules, "renewal_rest_day"), 0, &unit, NULL));
  ck_assert_ptr_null(unit);
}
END_TEST


/* The rules' history: the version in force on each boundary day, and the article it rests on. 密码法 (in force
 * 2020-01-01, 第四十四条) creates the licence (第二十九条); 商用密码管理条例 (国务院令第760号) applies from
 * 2023-07-01 (第六十七条); the Measures (国家密码管理局令第4号) from 2024-11-01. */
START_TEST(history_boundaries)
{
  egca_deadline out;
  egca_error err = {0};
  /* 2019-12-31: no licence yet, refused whatever the rule. */
  static const char *const all[] = {"acceptance", "decision", "notification", "certificate_validity",
                                    "change_filing", "reconsideration", "litigation", "certificate_delivery"};
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
    ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, all[i], d("2019-12-31"), NULL, &err), EGCA_E_INVALID);
    ck_assert_ptr_nonnull(strstr(err.message, "早于2020-01-01"));
  }
  /* 2020-01-01 (a holiday, Wed): 行政许可法 第四十二条 gives the decision 20 working days: 01-02..03 (2),
   * 01-06..10 (7), 13..17 (12), Sun 01-19 worked (13), 20..23 (17), the Spring Festival 01-24..02-02 as
   * extended that year (the shipped calendar), 02-03..05 (20). */
  ck_assert_int_eq(due_of(&out, "decision", "2020-01-01"), d("2020-02-05"));
  ck_assert_int_eq(egca_deadline_rule_effective_from(out.version), d("2020-01-01"));
  ck_assert_ptr_nonnull(strstr(egca_deadline_rule_instrument(out.version), "密码法"));
  /* 2023-06-30 (Fri) and 2023-07-01 (Sat): the same 20 working days (07-03..07, 10..14, 17..21, 24..28 =
   * 07-28), first under 行政许可法 第四十二条, then under 条例 第二十六条第二款. */
  ck_assert_int_eq(due_of(&out, "decision", "2023-06-30"), d("2023-07-28"));
  ck_assert_int_eq(egca_deadline_rule_effective_from(out.version), d("2020-01-01"));
  ck_assert_str_eq(out.basis[0].article, "第四十二条第一款");
  ck_assert_int_eq(due_of(&out, "decision", "2023-07-01"), d("2023-07-28"));
  ck_assert_int_eq(egca_deadline_rule_effective_from(out.version), d("2023-07-01"));
  ck_assert_str_eq(out.basis[0].law, "商用密码管理条例");
  ck_assert_str_eq(out.basis[0].article, "第二十六条第二款");
  /* The extension of 第四十二条 is contested only once the 条例 set its own period. */
  due_of(&out, "decision_extension", "2023-06-30");
  ck_assert_int_eq(out.contested, 0);
  ck_assert_int_eq(out.count, 30);
  due_of(&out, "decision_extension", "2023-07-01");
  ck_assert_int_eq(out.contested, 1);
  /* 2024-10-31 / 2024-11-01: the 条例's version, then the Measures'. */
  due_of(&out, "decision", "2024-10-31");
  ck_assert_int_eq(egca_deadline_rule_effective_from(out.version), d("2023-07-01"));
  due_of(&out, "decision", "2024-11-01");
  ck_assert_int_eq(egca_deadline_rule_effective_from(out.version), d("2024-11-01"));
  /* The Measures-only rules: refused with why before 2024-11-01, computed from it. 2024-11-01 + 30 days =
   * 12-01, a Sunday, so Mon 12-02 (民法典 第二百零三条). */
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "change_filing", d("2024-10-31"), NULL, &err),
                   EGCA_E_INVALID);
  ck_assert_ptr_nonnull(strstr(err.message, "第十四条自2024-11-01施行"));
  ck_assert_int_eq(due_of(&out, "change_filing", "2024-11-01"), d("2024-12-02"));
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "renewal_filing", d("2024-10-31"), NULL, &err),
                   EGCA_E_INVALID);
  ck_assert_ptr_nonnull(strstr(err.message, "第五十条第一款"));
}
END_TEST

/* The clocks added from the statutes, each computed by hand. */
START_TEST(new_clocks)
{
  egca_deadline out;
  egca_error err = {0};
  /* 行政许可法 第四十四条 + 第八十二条: a grant on Tue 2026-01-20; 01-21..23 (3), 01-26..30 (8), 02-02..03. */
  ck_assert_int_eq(due_of(&out, "certificate_delivery", "2026-01-20"), d("2026-02-03"));
  /* 行政复议法 第二十条第一款: 60 days after 2026-01-21 (10 left in January, 28 in February, 22 in March) =
   * Sun 03-22; 民事诉讼法 第八十五条 (by 第八十八条): the day after the rest day, Mon 03-23. */
  ck_assert_int_eq(due_of(&out, "reconsideration", "2026-01-21"), d("2026-03-23"));
  /* 行政诉讼法 第四十六条: six months after 2026-01-21 is Tue 07-21. */
  ck_assert_int_eq(due_of(&out, "litigation", "2026-01-21"), d("2026-07-21"));
  ck_assert_int_eq(out.unit, EGCA_UNIT_MONTHS);
  /* Six months after 2025-08-31: February has no 31st, so its last day (民法典 第二百零二条), Sat 2026-02-28,
   * a make-up working day of the 2026 notice: it stands. */
  ck_assert_int_eq(due_of(&out, "litigation", "2025-08-31"), d("2026-02-28"));
  /* Six months after 2026-04-04 is 10-04, inside the National Day holiday 10-01..07: the next day after it,
   * 10-08 (行诉解释 第四十八条). */
  ck_assert_int_eq(due_of(&out, "litigation", "2026-04-04"), d("2026-10-08"));
  /* 行政诉讼法 第四十五条: 15 days after the reconsideration decision is received, Mon 2026-03-02 -> Tue 03-17;
   * 2026-09-20 -> 10-05, a holiday -> 10-08. */
  ck_assert_int_eq(due_of(&out, "litigation_after_reconsideration", "2026-03-02"), d("2026-03-17"));
  ck_assert_int_eq(due_of(&out, "litigation_after_reconsideration", "2026-09-20"), d("2026-10-08"));
  /* 行政复议法 第二十条第三款: at most one year after the act's content was known: 2025-03-10 -> Tue 2026-03-10. */
  ck_assert_int_eq(due_of(&out, "reconsideration_untold", "2025-03-10"), d("2026-03-10"));
  /* 行政许可法 第四十七条: 5 days after Mon 2026-03-02 is Sat 03-07 -> Mon 03-09 (default reading, calendar
   * days); the hearing within 20 working days of the request: 03-03..06 (4), 09..13 (9), 16..20 (14),
   * 23..27 (19), 03-30; 第四十八条(一): notice 7 working days before a hearing on Fri 03-20: 03-19..16 (4),
   * 03-13..11 (7) = 03-11. */
  ck_assert_int_eq(due_of(&out, "hearing_request", "2026-03-02"), d("2026-03-09"));
  ck_assert_int_eq(due_of(&out, "hearing_held", "2026-03-02"), d("2026-03-30"));
  ck_assert_int_eq(due_of(&out, "hearing_notice", "2026-03-20"), d("2026-03-11"));
  /* 第三十二条 for renewal and change applications: 5 working days, as for the first application. */
  ck_assert_int_eq(due_of(&out, "renewal_acceptance", "2026-03-02"), d("2026-03-09"));
  ck_assert_int_eq(due_of(&out, "change_acceptance", "2026-03-02"), d("2026-03-09"));
  /* No statute sets a period for the change decision: the data says so and nothing is computed. */
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "change_decision", d("2026-03-02"), NULL, &err),
                   EGCA_E_INVALID);
  ck_assert_ptr_nonnull(strstr(err.message, "第四十九条"));
  /* Before the 2023 revision took effect (2024-01-01) the 2017 行政复议法 applies: 60 days too (第九条第一款),
   * counted by the 民事诉讼法 (第四十条). From Sun 2023-12-31: 2024-01-31 is day 31, Thu 02-29 day 60 (a
   * working day; 春节 was 02-10..17). From 2024-01-01: Fri 03-01, under the 2023 revision's 第二十条. */
  ck_assert_int_eq(due_of(&out, "reconsideration", "2023-12-31"), d("2024-02-29"));
  ck_assert_int_eq(egca_deadline_rule_effective_from(out.version), d("2020-01-01"));
  ck_assert_int_eq(due_of(&out, "reconsideration", "2024-01-01"), d("2024-03-01"));
  ck_assert_int_eq(egca_deadline_rule_effective_from(out.version), d("2024-01-01"));
  /* The 2017 law set no cap for remedies not told: the cap rule refuses a day before 2024 with why. */
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "reconsideration_untold", d("2023-12-31"), NULL, &err),
                   EGCA_E_INVALID);
  ck_assert_ptr_nonnull(strstr(err.message, "第十五条第一款第（五）项"));
  /* From 2024-01-01 one year (第二十条第三款) ends on 2025-01-01, 元旦: the day after it. */
  ck_assert_int_eq(due_of(&out, "reconsideration_untold", "2024-01-01"), d("2025-01-02"));
  /* 行诉解释 第六十四条: a suit where the period was not told, at most one year from knowing the act: from
   * Mon 2025-03-10, Tue 2026-03-10. */
  ck_assert_int_eq(due_of(&out, "litigation_untold", "2025-03-10"), d("2026-03-10"));
}
END_TEST

START_TEST(errors_while_computing)
{
  egca_deadline out;
  egca_error err = {.lang = EGCA_LANG_EN};
  egca_pause p = {d("2025-10-01"), d("2025-10-05")};
  egca_deadline_options options = {&p, 1, EGCA_POLICY_EARLIER, 0, NULL, 0, EGCA_LANG_EN};
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "acceptance", d("2025-09-30"), &options, &err),
                   EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "rule \"acceptance\" takes no pauses");
  /* The message follows the error's language, whatever the options' (the language of the trace). */
  egca_error zh = {0};
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "acceptance", d("2025-09-30"), &options, &zh),
                   EGCA_E_INVALID);
  ck_assert_str_eq(zh.message, "规则\"acceptance\"不扣除中止期间");
  /* A start day or a version day outside 0001-01-01 .. 9999-12-31 is no date. */
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "acceptance", EGCA_DATE_MAX + 1, NULL, &err),
                   EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "the start date is not a valid date");
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "acceptance", EGCA_DATE_MAX + 1, NULL, &zh),
                   EGCA_E_INVALID);
  ck_assert_str_eq(zh.message, "起算日不是有效日期");
  const egca_deadline_rule *r = NULL;
  ck_assert_int_eq(egca_rules_deadline(&r, rules, "acceptance", EGCA_DATE_MIN - 1, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "the date is out of range");
  ck_assert_int_eq(egca_rules_deadline(&r, rules, "acceptance", EGCA_DATE_MIN - 1, &zh), EGCA_E_INVALID);
  ck_assert_str_eq(zh.message, "日期超出范围");
  /* The decision period needs days of 2084: not covered by the fixture. */
  ck_assert_int_eq(egca_deadline_compute(&out, rules, fixture, "decision", d("2084-03-01"), NULL, &err),
                   EGCA_E_COVERAGE);
  ck_assert_int_eq(err.year, 2084);
  /* A strict calendar refuses the fixture's tentative 2083. */
  ck_assert_int_eq(egca_deadline_compute(&out, rules, strict_fixture, "notification", d("2082-12-28"), NULL, &err),
                   EGCA_E_COVERAGE);
  ck_assert_int_eq(err.year, 2083);
  /* Without the trace option the trace stays empty. */
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "acceptance", d("2025-09-30"), NULL, &err), 0);
  ck_assert_int_eq(out.trace.filled, 0);
  /* The rule's period is trusted as loaded, but what the caller gives is checked at each call: the
   * calendar a working-day period needs, and the pauses. */
  ck_assert_int_eq(egca_deadline_compute(&out, rules, NULL, "decision", d("2025-09-30"), NULL, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "this period needs a calendar");
  ck_assert_int_eq(egca_deadline_compute(&out, rules, NULL, "decision", d("2025-09-30"), NULL, &zh), EGCA_E_INVALID);
  ck_assert_str_eq(zh.message, "此期限需要日历");
  ck_assert_int_eq(out.due, EGCA_DATE_NONE);
  egca_pause backwards = {d("2025-10-05"), d("2025-10-01")};
  egca_deadline_options bad = {&backwards, 1, EGCA_POLICY_EARLIER, 0, NULL, 0, EGCA_LANG_EN};
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "decision", d("2025-09-30"), &bad, &err),
                   EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "pause 2025-10-05..2025-10-01 ends before it begins");
  bad.pauses = NULL;
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "decision", d("2025-09-30"), &bad, &err),
                   EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "pause_count is set but pauses is NULL");
  egca_pause no_day = {EGCA_DATE_MAX + 1, EGCA_DATE_NONE};
  bad.pauses = &no_day;
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "decision", d("2025-09-30"), &bad, &err),
                   EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "pause 1 has no valid first day");
  /* A reading chosen is checked even for a rule that reads no question (the decision). */
  egca_reading_choice unknown = {"no_such_question", "x"};
  egca_deadline_options reading = {NULL, 0, EGCA_POLICY_EARLIER, 0, &unknown, 1, EGCA_LANG_EN};
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "decision", d("2025-09-30"), &reading, &err),
                   EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "unknown question \"no_such_question\" (egca rules readings lists them)");
}
END_TEST

START_TEST(extension_counts)
{
  egca_deadline out;
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "decision_extension", d("2026-03-02"), NULL, NULL), 0);
  ck_assert_int_eq(out.count, 30);
  ck_assert_int_eq(out.base_count, 20);
  ck_assert_int_eq(out.contested, 1);
  ck_assert_uint_eq(out.basis_count, 3);
  ck_assert_str_eq(out.basis[0].article, "第四十二条第一款");
}
END_TEST

START_TEST(json_output)
{
  egca_pause p = {d("2026-03-10"), d("2026-04-20")};
  egca_deadline_options options = {&p, 1, EGCA_POLICY_EARLIER, 1, NULL, 0, EGCA_LANG_EN};
  egca_deadline out;
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "decision", d("2026-03-02"), &options, NULL), 0);
  char *text;
  ck_assert_int_eq(egca_deadline_to_json(&text, &out, NULL), 0);
  cJSON *j = cJSON_Parse(text);
  ck_assert_ptr_nonnull(j);
  ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(j, "rule")->valuestring, "decision");
  ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(j, "due")->valuestring, "2026-05-13");
  ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(j, "status")->valuestring, "due");
  ck_assert_int_eq(cJSON_GetObjectItemCaseSensitive(j, "count")->valueint, 20);
  ck_assert(cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(j, "provisional")));
  cJSON *basis = cJSON_GetObjectItemCaseSensitive(j, "basis");
  ck_assert_int_eq(cJSON_GetArraySize(basis), 5);
  cJSON *trace = cJSON_GetObjectItemCaseSensitive(j, "trace");
  ck_assert_int_eq(cJSON_GetObjectItemCaseSensitive(trace, "pause_working_days")->valueint, 29);
  /* options.lang English: the texts and the citations in English, the codes as they are. */
  ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(j, "title")->valuestring, "Decide whether to grant the licence");
  ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(j, "starts")->valuestring, "the day the application is accepted");
  cJSON *first = cJSON_GetArrayItem(basis, 0);
  ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(first, "law")->valuestring,
                   "Regulations on the Administration of Commercial Cryptography");
  ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(first, "article")->valuestring, "Article 26(2)");
  ck_assert(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(first, "item")));
  ck_assert_str_eq(
      cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(j, "guide"), "section")->valuestring,
      "Time limit for approval");
  cJSON_Delete(j);
  egca_deadline_string_free(text);
  /* The same in Chinese (the default). */
  options.lang = EGCA_LANG_ZH;
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "decision", d("2026-03-02"), &options, NULL), 0);
  ck_assert_int_eq(egca_deadline_to_json(&text, &out, NULL), 0);
  j = cJSON_Parse(text);
  ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(j, "title")->valuestring, "作出是否准予认定的决定");
  first = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(j, "basis"), 0);
  ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(first, "law")->valuestring, "商用密码管理条例");
  ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(first, "article")->valuestring, "第二十六条第二款");
  cJSON_Delete(j);
  egca_deadline_string_free(text);
  options.lang = EGCA_LANG_EN;

  /* The open questions as JSON in each language: the question's text, the ids as they are. */
  for (int lang = EGCA_LANG_ZH; lang <= EGCA_LANG_EN; lang++) {
    ck_assert_int_eq(egca_rules_questions_to_json(&text, rules, (egca_lang)lang, NULL), 0);
    j = cJSON_Parse(text);
    cJSON *q = NULL, *each;
    cJSON_ArrayForEach(each, cJSON_GetObjectItemCaseSensitive(j, "questions")) {
      if (strcmp(cJSON_GetObjectItemCaseSensitive(each, "id")->valuestring, "certificate_last_day") == 0)
        q = each;
    }
    ck_assert_ptr_nonnull(q);
    ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(q, "question")->valuestring,
                     egca_question_text_lang(egca_rules_question(rules, "certificate_last_day"), (egca_lang)lang));
    ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(q, "default")->valuestring, "anniversary");
    cJSON *reading = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(q, "readings"), 0);
    cJSON *cited = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(reading, "basis"), 0);
    cJSON *law = cJSON_GetObjectItemCaseSensitive(cited, "law");
    ck_assert_str_eq(law->valuestring,
                     lang == EGCA_LANG_EN
                         ? "Measures for the Administration of E-Government Electronic Certification Services"
                         : "电子政务电子认证服务管理办法");
    cJSON_Delete(j);
    egca_deadline_string_free(text);
  }

  /* Suspended: due is null. */
  p.to = EGCA_DATE_NONE;
  ck_assert_int_eq(egca_deadline_compute(&out, rules, calendar, "decision", d("2026-03-02"), &options, NULL), 0);
  ck_assert_int_eq(egca_deadline_to_json(&text, &out, NULL), 0);
  j = cJSON_Parse(text);
  ck_assert(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(j, "due")));
  ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(j, "status")->valuestring, "suspended");
  cJSON_Delete(j);
  egca_deadline_string_free(text);

  /* A failed computation has no JSON. */
  ck_assert_int_eq(egca_deadline_compute(&out, rules, fixture, "decision", d("2084-03-02"), NULL, NULL),
                   EGCA_E_COVERAGE);
  ck_assert_int_eq(egca_deadline_to_json(&text, &out, NULL), EGCA_E_INVALID);
  ck_assert_ptr_null(text);
}
END_TEST

/* --- Loading from a directory ---------------------------------------------------------------------- */

START_TEST(load_shipped_directory)
{
  egca_rules *loaded;
  egca_error err = {0};
  ck_assert_msg(egca_rules_load(&loaded, EGCA_SOURCE_DIR "/rules", &err) == 0, "%s", err.message);
  ck_assert_uint_eq(egca_rules_deadline_count(loaded), 37);
  egca_rules_free(loaded);
  ck_assert_msg(egca_rules_load(&loaded, EGCA_SOURCE_DIR "/rules/", &err) == 0, "%s", err.message);
  egca_rules_free(loaded);
  egca_rules_free(NULL);
  ck_assert_int_eq(egca_rules_load(&loaded, "", &err), EGCA_E_INVALID);
  ck_assert_ptr_null(loaded);
  ck_assert_int_eq(egca_rules_load(&loaded, EGCA_SOURCE_DIR "/no-such-dir", &err), EGCA_E_IO);
  ck_assert_ptr_null(loaded);
  ck_assert_str_eq(err.source, EGCA_SOURCE_DIR "/no-such-dir/deadlines.json");
}
END_TEST

START_TEST(versions_by_date)
{
  /* A rule set with a second (hypothetical) version of acceptance (7 days) and decision (25 days) from
   * 2026-01-01: the version in force on the start date applies, to the extension's base too. */
  egca_rules *loaded;
  egca_error err = {0};
  ck_assert_msg(egca_rules_load(&loaded, EGCA_SOURCE_DIR "/tests/data/rules/valid-two-versions", &err) == 0, "%s",
                err.message);
  egca_deadline out;
  ck_assert_int_eq(egca_deadline_compute(&out, loaded, calendar, "acceptance", d("2025-09-30"), NULL, NULL), 0);
  ck_assert_int_eq(out.due, d("2025-10-14"));
  ck_assert_int_eq(out.count, 5);
  /* 03-03..06, 03-09..11. */
  ck_assert_int_eq(egca_deadline_compute(&out, loaded, calendar, "acceptance", d("2026-03-02"), NULL, NULL), 0);
  ck_assert_int_eq(out.due, d("2026-03-11"));
  ck_assert_int_eq(out.count, 7);
  ck_assert_int_eq(egca_deadline_rule_effective_from(out.version), d("2026-01-01"));
  /* 25 + 10 from 2026-03-02: the 30th working day is 04-14, then 04-15..17, 04-20, 04-21 (35). */
  ck_assert_int_eq(egca_deadline_compute(&out, loaded, calendar, "decision_extension", d("2026-03-02"), NULL, NULL), 0);
  ck_assert_int_eq(out.count, 35);
  ck_assert_int_eq(out.due, d("2026-04-21"));
  ck_assert_int_eq(egca_deadline_compute(&out, loaded, calendar, "decision_extension", d("2025-09-15"), NULL, NULL), 0);
  ck_assert_int_eq(out.count, 30);
  ck_assert_int_eq(out.due, d("2025-10-31"));
  const egca_deadline_rule *latest;
  ck_assert_int_eq(egca_rules_deadline(&latest, loaded, "acceptance", EGCA_DATE_NONE, NULL), 0);
  ck_assert_int_eq(egca_deadline_rule_count(latest), 7);
  egca_rules_free(loaded);
}
END_TEST

START_TEST(broken_catalog_leaves_nothing)
{
  /* Every case of tests/data/rules/ except the valid one fails, names its file, and returns no rules. The
   * exact messages are checked by tests/cli/rules.t. */
  DIR *dir = opendir(EGCA_SOURCE_DIR "/tests/data/rules");
  ck_assert_ptr_nonnull(dir);
  int seen = 0;
  struct dirent *e;
  while ((e = readdir(dir)) != NULL) {
    if (e->d_name[0] == '.' || strncmp(e->d_name, "valid-", 6) == 0 || strchr(e->d_name, '.') != NULL)
      continue;
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/data/rules/%s", EGCA_SOURCE_DIR, e->d_name);
    egca_rules *loaded = (egca_rules *)1;
    egca_error err = {0};
    int rc = egca_rules_load(&loaded, path, &err);
    ck_assert_msg(rc < 0, "%s loaded", e->d_name);
    ck_assert_ptr_null(loaded);
    ck_assert_msg(strstr(err.source, e->d_name) != NULL, "%s: source %s", e->d_name, err.source);
    ck_assert_msg(rc == EGCA_E_IO || err.line > 0, "%s: no line", e->d_name);
    seen++;
  }
  closedir(dir);
  ck_assert_int_ge(seen, 30);
}
END_TEST

/* --- Texts in two languages and citations ------------------------------------------------------------ */

/* The whole file at `path`, NUL-terminated (the caller frees it). */
static char *slurp(const char *path)
{
  FILE *f = fopen(path, "rb");
  ck_assert_ptr_nonnull(f);
  ck_assert_int_eq(fseek(f, 0, SEEK_END), 0);
  long n = ftell(f);
  ck_assert_int_ge(n, 0);
  rewind(f);
  char *text = malloc((size_t)n + 1);
  ck_assert_ptr_nonnull(text);
  ck_assert_uint_eq(fread(text, 1, (size_t)n, f), (size_t)n);
  text[n] = '\0';
  fclose(f);
  return text;
}

/* Removes from `text` the first `cut` (a literal piece of the file), in place; it must be there. */
static void cut_first(char *text, const char *cut)
{
  char *at = strstr(text, cut);
  ck_assert_msg(at != NULL, "not in the file: %s", cut);
  memmove(at, at + strlen(cut), strlen(at + strlen(cut)) + 1);
}

/* Replaces the first `from` in `text` (of `size` bytes) by `to`. */
static void replace_first(char *text, size_t size, const char *from, const char *to)
{
  char *at = strstr(text, from);
  ck_assert_msg(at != NULL, "not in the file: %s", from);
  const size_t tail = strlen(at + strlen(from)) + 1;
  ck_assert_uint_lt((size_t)(at - text) + strlen(to) + tail, size);
  memmove(at + strlen(to), at + strlen(from), tail);
  memcpy(at, to, strlen(to));
}

typedef struct text_case {
  int file;           /* 0 deadlines.json, 1 conditions.json, 2 materials.json, 3 readings.json */
  const char *from;   /* the literal piece of the shipped file changed */
  const char *to;     /* what replaces it ("" removes it) */
  const char *pointer;
  const char *en, *zh; /* the message in English and in Chinese */
} text_case;

/* Each English twin is required beside its Chinese text (and no English without the Chinese), every law
 * cited needs its English name, and every article an English form: a rules set missing one is refused,
 * naming the file and the JSON pointer, in the caller's language. The shipped files' pieces are quoted
 * exactly as written there. */
static const text_case text_cases[] = {
    {0, ", \"title_en\": \"Decide whether to accept the application, or give the correction notice once\"", "",
     "/deadlines/0/title", "the text has no English twin: add \"title_en\" beside it",
     "该文本没有英文对照：应在其旁加上\"title_en\""},
    {0, ", \"item_en\": \"(1) New application, step 2\"", "", "/deadlines/0/guide/item",
     "the text has no English twin: add \"item_en\" beside it", "该文本没有英文对照：应在其旁加上\"item_en\""},
    {0, "\"note\": \"逾期不告知补正的，自收到申请材料之日起即为受理（行政许可法 第三十二条第一款第（四）项），决定期限也从收到之日起算。\", ",
     "", "/deadlines/0/note_en", "an English text without the Chinese \"note\"", "有英文文本而没有中文\"note\""},
    {0, ", \"reason_en\": ", ", \"reason_zh\": ", "/licence/reason_zh", NULL, NULL},
    {0, "    {\"name\": \"中华人民共和国行政许可法\", \"name_en\": \"Administrative Licensing Law\"},\n", "",
     "/deadlines/0/basis/0/law",
     "law \"中华人民共和国行政许可法\" has no English name: list it in \"laws\" of deadlines.json",
     "法律\"中华人民共和国行政许可法\"没有英文名称：应在 deadlines.json 的 \"laws\" 中列出"},
    {0, "{\"law\": \"中华人民共和国行政许可法\", \"article\": \"第八十二条\"}",
     "{\"law\": \"中华人民共和国行政许可法\", \"article\": \"第八十二条之一\"}", "/deadlines/0/basis/1/article",
     "\"第八十二条之一\" cannot be cited in English: expected 第N条, then 第N款, then 第（N）项 (or an item \"（N）\")",
     "\"第八十二条之一\"无法译为英文引文：应为第N条，其后可有第N款、第（N）项（或项\"（N）\"）"},
    {1, ", \"title_en\": \"Be a legal person: an enterprise or a public institution\"", "", "/conditions/0/title",
     "the text has no English twin: add \"title_en\" beside it", "该文本没有英文对照：应在其旁加上\"title_en\""},
    {1, ", \"label_en\": \"professional staff in total\"", "", "/conditions/4/rule/>=/0/label",
     "the text has no English twin: add \"label_en\" beside it", "该文本没有英文对照：应在其旁加上\"label_en\""},
    {2, ", \"title_en\": \"Notice of materials to be corrected\"", "", "/notice/title",
     "the text has no English twin: add \"title_en\" beside it", "该文本没有英文对照：应在其旁加上\"title_en\""},
    {2, ", \"title_en\": \"Registered capital\"", "", "/materials/2/sub_items/0/title",
     "the text has no English twin: add \"title_en\" beside it", "该文本没有英文对照：应在其旁加上\"title_en\""},
    {3, ", \"question_en\": ", ", \"question_zh\": ", "/questions/0/question_zh", NULL, NULL},
    {3, ", \"note_en\": \"No article of law says", ", \"note_en_us\": \"No article of law says",
     "/questions/0/note_en_us", NULL, NULL},
};

START_TEST(texts_in_two_languages)
{
  const text_case *t = &text_cases[_i];
  static const char *const names[EGCA_RULES_FILES] = {"deadlines.json", "conditions.json", "materials.json",
                                                      "readings.json"};
  char *texts[EGCA_RULES_FILES];
  const char *sources[EGCA_RULES_FILES], *ctexts[EGCA_RULES_FILES];
  size_t lengths[EGCA_RULES_FILES];
  for (int k = 0; k < EGCA_RULES_FILES; k++) {
    char path[512];
    snprintf(path, sizeof path, "%s/rules/%s", EGCA_SOURCE_DIR, names[k]);
    char *text = slurp(path);
    const size_t size = strlen(text) + 256;
    texts[k] = realloc(text, size);
    ck_assert_ptr_nonnull(texts[k]);
    if (k == t->file) {
      if (t->to[0] == '\0')
        cut_first(texts[k], t->from);
      else
        replace_first(texts[k], size, t->from, t->to);
    }
    sources[k] = names[k];
    ctexts[k] = texts[k];
    lengths[k] = strlen(texts[k]);
  }
  for (int lang = 0; lang < 2; lang++) {
    egca_rules *loaded = (egca_rules *)1;
    egca_error err = {.lang = lang == 0 ? EGCA_LANG_EN : EGCA_LANG_ZH};
    ck_assert_int_eq(egca_rules_parse(&loaded, sources, ctexts, lengths, &err), EGCA_E_INVALID);
    ck_assert_ptr_null(loaded);
    ck_assert_str_eq(err.source, names[t->file]);
    ck_assert_str_eq(err.pointer, t->pointer);
    ck_assert_int_gt(err.line, 0);
    const char *expected = lang == 0 ? t->en : t->zh;
    if (expected != NULL)
      ck_assert_str_eq(err.message, expected);
  }
  for (int k = 0; k < EGCA_RULES_FILES; k++)
    free(texts[k]);
}
END_TEST

/* One citation type, printed in both languages. The English forms, by hand: the law's English name from
 * deadlines.json "laws", then the article's number, the paragraph (款) and the item (项) in parentheses; an
 * item of an article without a paragraph is "item (N)", so that it is not read as a paragraph. */
START_TEST(citations_in_two_languages)
{
  static const struct {
    egca_basis basis;
    const char *zh, *en;
  } cases[] = {
      {{"中华人民共和国行政许可法", "第三十二条第一款", "（四）", "Administrative Licensing Law"},
       "中华人民共和国行政许可法 第三十二条第一款第（四）项", "Administrative Licensing Law, Article 32(1)(4)"},
      {{"中华人民共和国行政许可法", "第三十二条第一款第（四）项", NULL, "Administrative Licensing Law"},
       "中华人民共和国行政许可法 第三十二条第一款第（四）项", "Administrative Licensing Law, Article 32(1)(4)"},
      {{"中华人民共和国民法典", "第一千二百五十九条", NULL, "Civil Code"}, "中华人民共和国民法典 第一千二百五十九条",
       "Civil Code, Article 1259"},
      {{"中华人民共和国民法典", "第二百零三条第二款", NULL, "Civil Code"}, "中华人民共和国民法典 第二百零三条第二款",
       "Civil Code, Article 203(2)"},
      {{"电子政务电子认证服务管理办法", "第六条", "（一）", "Measures"}, "电子政务电子认证服务管理办法 第六条第（一）项",
       "Measures, Article 6, item (1)"},
      {{"中华人民共和国行政许可法", "第十五条", NULL, "Administrative Licensing Law"},
       "中华人民共和国行政许可法 第十五条", "Administrative Licensing Law, Article 15"},
      {{"中华人民共和国行政许可法", "第五十条第一款", NULL, "Administrative Licensing Law"},
       "中华人民共和国行政许可法 第五十条第一款", "Administrative Licensing Law, Article 50(1)"},
      /* A basis built by hand without an English name is cited as the law writes it, in both languages. */
      {{"中华人民共和国行政许可法", "第八十二条", NULL, NULL}, "中华人民共和国行政许可法 第八十二条",
       "中华人民共和国行政许可法 第八十二条"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char zh[256], en[256];
    ck_assert_int_eq(egca_basis_format_lang(zh, sizeof zh, &cases[i].basis, EGCA_LANG_ZH), (int)strlen(cases[i].zh));
    ck_assert_str_eq(zh, cases[i].zh);
    ck_assert_int_eq(egca_basis_format_lang(en, sizeof en, &cases[i].basis, EGCA_LANG_EN), (int)strlen(cases[i].en));
    ck_assert_str_eq(en, cases[i].en);
    ck_assert_int_eq(egca_basis_format(zh, sizeof zh, &cases[i].basis), (int)strlen(cases[i].zh));
    ck_assert_str_eq(zh, cases[i].zh);
  }
  /* The three parts of the JSON outputs' {"law", "article", "item"}: as written in Chinese; in English the
   * law's English name, the article without the item ("Article 32(1)") and the item "(4)"; a basis without
   * an English name as written in both. */
  static const struct {
    int index;
    const char *law, *article, *item;
  } parts[] = {{0, "Administrative Licensing Law", "Article 32(1)", "(4)"},
               {1, "Administrative Licensing Law", "Article 32(1)(4)", ""},
               {4, "Measures", "Article 6", "(1)"},
               {7, "中华人民共和国行政许可法", "第八十二条", ""}};
  for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
    char article[64], item[16];
    const egca_basis *b = &cases[parts[i].index].basis;
    ck_assert_str_eq(egca_basis_parts_lang(b, EGCA_LANG_EN, article, sizeof article, item, sizeof item), parts[i].law);
    ck_assert_str_eq(article, parts[i].article);
    ck_assert_str_eq(item, parts[i].item);
    ck_assert_str_eq(egca_basis_parts_lang(b, EGCA_LANG_ZH, article, sizeof article, item, sizeof item), b->law);
    ck_assert_str_eq(article, b->article);
    ck_assert_str_eq(item, b->item != NULL ? b->item : "");
  }

  /* Cut as snprintf cuts, and the length the whole needs. */
  char small[12];
  ck_assert_int_eq(egca_basis_format_lang(small, sizeof small, &cases[2].basis, EGCA_LANG_EN), 24);
  ck_assert_str_eq(small, "Civil Code,");
  char cut[23]; /* inside the article's number */
  ck_assert_int_eq(egca_basis_format_lang(cut, sizeof cut, &cases[2].basis, EGCA_LANG_EN), 24);
  ck_assert_str_eq(cut, "Civil Code, Article 12");
  char one = 'x'; /* size 0: nothing written; size 1: the empty text */
  ck_assert_int_eq(egca_basis_format_lang(&one, 0, &cases[2].basis, EGCA_LANG_EN), 24);
  ck_assert_int_eq(one, 'x');
  ck_assert_int_eq(egca_basis_format_lang(&one, 1, &cases[0].basis, EGCA_LANG_ZH), (int)strlen(cases[0].zh));
  ck_assert_int_eq(one, '\0');
  char zh_cut[8]; /* bytes, as snprintf cuts: 中华 and the first byte of 人 */
  ck_assert_int_eq(egca_basis_format_lang(zh_cut, sizeof zh_cut, &cases[0].basis, EGCA_LANG_ZH), (int)strlen(cases[0].zh));
  ck_assert_int_eq(strlen(zh_cut), 7);
  ck_assert_int_eq(memcmp(zh_cut, "中华人", 7), 0);

  /* A basis built by hand without its law or its article is no citation: refused, never "(null) 第六条". */
  static const egca_basis no_law = {NULL, "第六条", NULL, NULL}, no_article = {"电子政务电子认证服务管理办法", NULL, NULL, NULL};
  const egca_basis *incomplete[] = {&no_law, &no_article, NULL};
  for (size_t i = 0; i < sizeof incomplete / sizeof incomplete[0]; i++) {
    char text[64] = "x", article[16] = "x", item[8] = "x";
    ck_assert_int_eq(egca_basis_format_lang(text, sizeof text, incomplete[i], EGCA_LANG_ZH), -1);
    ck_assert_str_eq(text, "");
    ck_assert_int_eq(egca_basis_format_lang(text, sizeof text, incomplete[i], EGCA_LANG_EN), -1);
    ck_assert_str_eq(text, "");
    ck_assert_ptr_null(egca_basis_parts_lang(incomplete[i], EGCA_LANG_ZH, article, sizeof article, item, sizeof item));
    ck_assert_str_eq(article, "");
    ck_assert_str_eq(item, "");
  }

  /* The shipped rules: the acceptance's basis, its lapse, and the texts by language. */
  const egca_deadline_rule *acceptance;
  ck_assert_int_eq(egca_rules_deadline(&acceptance, rules, "acceptance", EGCA_DATE_NONE, NULL), 0);
  size_t n;
  const egca_basis *basis = egca_deadline_rule_basis(acceptance, &n);
  ck_assert_uint_eq(n, 2);
  char text[256];
  egca_basis_format_lang(text, sizeof text, &basis[0], EGCA_LANG_EN);
  ck_assert_str_eq(text, "Administrative Licensing Law, Article 32(1)(4)");
  egca_basis_format_lang(text, sizeof text, &basis[1], EGCA_LANG_EN);
  ck_assert_str_eq(text, "Administrative Licensing Law, Article 82");
  egca_basis_format_lang(text, sizeof text, egca_deadline_rule_lapse_basis(acceptance), EGCA_LANG_ZH);
  ck_assert_str_eq(text, "中华人民共和国行政许可法 第三十二条第一款第（四）项");
  ck_assert_str_eq(egca_deadline_rule_title_lang(acceptance, EGCA_LANG_ZH), egca_deadline_rule_title(acceptance));
  ck_assert_str_eq(egca_deadline_rule_title_lang(acceptance, EGCA_LANG_EN),
                   "Decide whether to accept the application, or give the correction notice once");
  ck_assert_str_eq(egca_deadline_rule_guide_section_lang(acceptance, EGCA_LANG_EN), "Procedure");
  ck_assert_str_eq(egca_deadline_rule_guide_item_lang(acceptance, EGCA_LANG_EN), "(1) New application, step 2");
  ck_assert_ptr_null(egca_deadline_rule_refused_lang(acceptance, EGCA_LANG_EN));
  /* The article that moves a rest-day last day (roll_basis): none for a working-day period; for
   * reconsideration, 民事诉讼法 第八十五条 (行政复议法 2023 第八十八条) from 2024-01-01 and the 2017 law's 第四十条
   * before; for a change's filing, 民法典 第二百零三条; none for the renewal's open question. */
  ck_assert_ptr_null(egca_deadline_rule_roll_basis(acceptance));
  static const struct {
    const char *id, *on, *cited;
  } rolls[] = {{"reconsideration", "2024-01-01", "中华人民共和国民事诉讼法 第八十五条"},
               {"reconsideration", "2023-12-31", "中华人民共和国行政复议法 第四十条"},
               {"change_filing", "2025-01-01", "中华人民共和国民法典 第二百零三条"},
               {"litigation", "2025-01-01", "最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八条"},
               {"renewal_filing", "2025-01-01", NULL}};
  for (size_t i = 0; i < sizeof rolls / sizeof rolls[0]; i++) {
    const egca_deadline_rule *r;
    egca_date on;
    ck_assert_int_eq(egca_date_parse(&on, rolls[i].on, NULL), 0);
    ck_assert_int_eq(egca_rules_deadline(&r, rules, rolls[i].id, on, NULL), 0);
    const egca_basis *b = egca_deadline_rule_roll_basis(r);
    if (rolls[i].cited == NULL) {
      ck_assert_ptr_null(b);
      continue;
    }
    ck_assert_ptr_nonnull(b);
    egca_basis_format_lang(text, sizeof text, b, EGCA_LANG_ZH);
    ck_assert_str_eq(text, rolls[i].cited);
  }
  const egca_question *q = egca_rules_question(rules, "certificate_last_day");
  ck_assert_ptr_nonnull(q);
  ck_assert_str_eq(egca_question_text_lang(q, EGCA_LANG_ZH), egca_question_text(q));
  ck_assert_str_eq(egca_question_text_lang(q, EGCA_LANG_EN), "The certificate is valid for five years: is its last "
                                                               "valid day the corresponding day five years after the "
                                                               "issue, or the day before it?");
  ck_assert_ptr_null(egca_question_reading_text_lang(q, 9, EGCA_LANG_EN));
  /* The reading "anniversary" rests first on 办法 第十二条 (the five years). */
  const egca_basis *rb = egca_question_reading_basis(q, 0, &n);
  ck_assert_uint_ge(n, 1);
  egca_basis_format_lang(text, sizeof text, &rb[0], EGCA_LANG_EN);
  ck_assert_str_eq(text, "Measures for the Administration of E-Government Electronic Certification Services, Article 12");
}
END_TEST

int main(void)
{
  Suite *s = suite_create("rules");
  TCase *tc = tcase_create("rules");
  tcase_add_unchecked_fixture(tc, setup, teardown);
  tcase_add_loop_test(tc, every_rule, 0, (int)(sizeof cases / sizeof cases[0]));
  tcase_add_test(tc, the_shipped_rules);
  tcase_add_test(tc, unknown_rules_and_versions);
  tcase_add_test(tc, history_boundaries);
  tcase_add_test(tc, new_clocks);
  tcase_add_test(tc, errors_while_computing);
  tcase_add_test(tc, extension_counts);
  tcase_add_test(tc, json_output);
  tcase_add_test(tc, load_shipped_directory);
  tcase_add_test(tc, versions_by_date);
  tcase_add_test(tc, broken_catalog_leaves_nothing);
  tcase_add_loop_test(tc, texts_in_two_languages, 0, (int)(sizeof text_cases / sizeof text_cases[0]));
  tcase_add_test(tc, citations_in_two_languages);
  tcase_add_test(tc, hearing_counting_readings);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
