/* Unit tests: the case module (event logs -> timelines) on the shipped calendar and rules.
 *
 * Every expected date below was counted by hand from the State Council notices (2025: 10-01..08 holiday,
 * Sat 10-11 and Sun 09-28 working days; 2026: 01-01..03 holiday and Sun 01-04 working; 02-15..23 holiday
 * and Sat 02-14, 02-28 working; 05-01..05 holiday and Sat 05-09 working; 09-25..27 and 10-01..07
 * holiday, Sun 09-20 and Sat 10-10 working), the comment beside each check shows the count. */
#include <check.h>
#include <dirent.h>
#include <egca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <time.h>
#include <unistd.h>

/* The shipped data; the fixture calendars of tests/data/calendars (2082 confirmed, 2083 tentative), plain and
 * strict, for tentative years, which must not move with each State Council notice. */
static egca_calendar *calendar, *fixture, *strict_fixture;
static egca_rules *rules;
static egca_timeline *tl;
static egca_case *cs;

static void setup(void)
{
  egca_error err = {0};
  ck_assert_msg(egca_calendar_default(&calendar, NULL, &err) == 0, "%s", err.message);
  egca_load_options strict = {EGCA_UNMARKED_IGNORE, 1};
  const char *fixture_path = EGCA_SOURCE_DIR "/tests/data/calendars";
  ck_assert_msg(egca_calendar_load(&fixture, &fixture_path, 1, NULL, &err) == 0, "%s", err.message);
  ck_assert_msg(egca_calendar_load(&strict_fixture, &fixture_path, 1, &strict, &err) == 0, "%s", err.message);
  ck_assert_msg(egca_rules_default(&rules, &err) == 0, "%s", err.message);
  ck_assert_int_eq(egca_timeline_new(&tl, &err), 0);
  cs = NULL;
}

static void teardown(void)
{
  egca_case_free(cs);
  egca_timeline_free(tl);
  egca_rules_free(rules);
  egca_calendar_free(calendar);
  egca_calendar_free(fixture);
  egca_calendar_free(strict_fixture);
}

static egca_date d(const char *text)
{
  egca_date out;
  ck_assert_int_eq(egca_date_parse(&out, text, NULL), 0);
  return out;
}

static const char *txt(egca_date date)
{
  static char buf[8][EGCA_DATE_TEXT_SIZE];
  static int next;
  char *b = buf[next++ % 8];
  if (date == EGCA_DATE_NONE)
    return "none";
  return egca_date_format(date, b);
}

/* Parses `events` (the inside of the events array) as case "T" and evaluates it as of `as_of`; returns
 * the evaluation's status. */
static int run_on(const egca_calendar *cal, const char *events, const char *as_of, egca_error *err)
{
  char json[8192];
  snprintf(json, sizeof json, "{\"case_id\": \"T\", \"events\": [%s]}", events);
  egca_case_free(cs);
  cs = NULL;
  int rc = egca_case_parse(&cs, json, strlen(json), "t.json", err);
  ck_assert_msg(rc == 0, "parse: %s: %s", err->pointer, err->message);
  return egca_case_evaluate(tl, cs, cal, rules, d(as_of), NULL, err);
}

static void run(const char *events, const char *as_of)
{
  egca_error err = {0};
  int rc = run_on(calendar, events, as_of, &err);
  ck_assert_msg(rc >= 0, "evaluate: %s: %s", err.pointer, err.message);
}

/* The n-th (0-based) instance of `rule`; fails when there is none. */
static const egca_timeline_deadline *nth(const char *rule, int n)
{
  for (size_t i = 0; i < egca_timeline_deadline_count(tl); i++) {
    const egca_timeline_deadline *x = egca_timeline_deadline_at(tl, i);
    if (strcmp(x->rule_id, rule) == 0 && n-- == 0)
      return x;
  }
  ck_abort_msg("no instance of %s", rule);
  return NULL;
}

static const egca_timeline_deadline *one(const char *rule) { return nth(rule, 0); }

static int instances(const char *rule)
{
  int n = 0;
  for (size_t i = 0; i < egca_timeline_deadline_count(tl); i++)
    n += strcmp(egca_timeline_deadline_at(tl, i)->rule_id, rule) == 0;
  return n;
}

static void expect(const egca_timeline_deadline *x, const char *anchor, const char *due, egca_timeline_status status,
                   const char *met_on)
{
  ck_assert_str_eq(txt(x->anchor), anchor);
  ck_assert_str_eq(txt(x->due), due);
  ck_assert_msg(x->status == status, "%s from %s: status %s, expected %s", x->rule_id, txt(x->anchor),
                egca_timeline_status_name(x->status), egca_timeline_status_name(status));
  ck_assert_str_eq(txt(x->met_on), met_on);
}

static void expect_days_left(const egca_timeline_deadline *x, int days)
{
  ck_assert_msg(x->has_days_left, "%s: days_left unknown", x->rule_id);
  ck_assert_int_eq(x->days_left, days);
}

static const egca_timeline_finding *finding(egca_finding_code code)
{
  for (size_t i = 0; i < egca_timeline_finding_count(tl); i++)
    if (egca_timeline_finding_at(tl, i)->code == code)
      return egca_timeline_finding_at(tl, i);
  return NULL;
}

static void expect_finding(egca_finding_code code, const char *date)
{
  const egca_timeline_finding *f = finding(code);
  ck_assert_msg(f != NULL, "no finding %s", egca_finding_code_name(code));
  ck_assert_str_eq(txt(f->date), date);
}

static void expect_no_finding(egca_finding_code code)
{
  ck_assert_msg(finding(code) == NULL, "unexpected finding %s", egca_finding_code_name(code));
}

#define RECEIVED "{\"type\": \"received\", \"date\": \"2025-09-30\"}"

/* As run, with the reading `reading` of `question` picked (NULL: every question at its default). */
static void run_reading(const char *events, const char *as_of, const char *question, const char *reading)
{
  char json[8192];
  snprintf(json, sizeof json, "{\"case_id\": \"T\", \"events\": [%s]}", events);
  egca_case_free(cs);
  cs = NULL;
  egca_error err = {0};
  ck_assert_msg(egca_case_parse(&cs, json, strlen(json), "t.json", &err) == 0, "parse: %s", err.message);
  egca_reading_choice pick = {question, reading};
  egca_timeline_options o = {.readings = &pick, .reading_count = question != NULL};
  int rc = egca_case_evaluate(tl, cs, calendar, rules, d(as_of), &o, &err);
  ck_assert_msg(rc >= 0, "evaluate: %s: %s", err.pointer, err.message);
}

/* Deadline x's entry for `question`=`reading`; fails when it has none. Checks that the default comes
 * first for each question. */
static const egca_timeline_reading *reading_of(const egca_timeline_deadline *x, const char *question,
                                               const char *reading)
{
  const size_t index = (size_t)(x - egca_timeline_deadline_at(tl, 0));
  ck_assert_msg(x->ambiguous == (x->reading_count > 0), "%s: ambiguous %d with %zu readings", x->rule_id, x->ambiguous,
                x->reading_count);
  for (size_t k = 0; k < x->reading_count; k++) {
    const egca_timeline_reading *r = egca_timeline_deadline_reading(tl, index, k);
    const egca_question *q = egca_rules_question(rules, r->question);
    if (k % 2 == 0)
      ck_assert_str_eq(r->reading, egca_question_reading_id(q, egca_question_default(q)));
    if (strcmp(r->question, question) == 0 && strcmp(r->reading, reading) == 0)
      return r;
  }
  ck_abort_msg("%s from %s: no reading %s=%s", x->rule_id, txt(x->anchor), question, reading);
  return NULL;
}

static void expect_reading(const egca_timeline_deadline *x, const char *question, const char *reading,
                           const char *due, egca_timeline_status status, int chosen)
{
  const egca_timeline_reading *r = reading_of(x, question, reading);
  ck_assert_int_eq(r->exists, 1);
  ck_assert_str_eq(txt(r->due), due);
  ck_assert_msg(r->status == status, "%s=%s: status %s, expected %s", question, reading,
                egca_timeline_status_name(r->status), egca_timeline_status_name(status));
  ck_assert_int_eq(r->chosen, chosen);
}

/* --- Acceptance ---------------------------------------------------------------------------------------- */

START_TEST(acceptance_pending_across_national_day)
{
  run(RECEIVED, "2025-10-09");
  /* 10-01..08 holiday: 10-09 (1), 10-10 (2), Sat 10-11 adjusted (3), 10-13 (4), 10-14 (5). */
  const egca_timeline_deadline *x = one("acceptance");
  expect(x, "2025-09-30", "2025-10-14", EGCA_STATUS_PENDING, "none");
  expect_days_left(x, 4); /* 10-10, 10-11, 10-13, 10-14 */
  ck_assert_int_eq(x->unit, EGCA_UNIT_WORKING_DAYS);
  ck_assert_int_eq(egca_timeline_deadline_count(tl), 1);
  ck_assert_int_eq(egca_timeline_clean(tl), 1);
}
END_TEST

START_TEST(acceptance_met_on_the_last_day)
{
  run(RECEIVED ", {\"type\": \"accepted\", \"date\": \"2025-10-14\"}", "2025-10-20");
  expect(one("acceptance"), "2025-09-30", "2025-10-14", EGCA_STATUS_MET, "2025-10-14");
  /* The decision runs from the real acceptance: 10-15..17 (3), 10-20..24 (8), 10-27..31 (13),
   * 11-03..07 (18), 11-10 (19), 11-11 (20). */
  expect(one("decision"), "2025-10-14", "2025-11-11", EGCA_STATUS_PENDING, "none");
  expect_no_finding(EGCA_FINDING_DEEMED_ACCEPTED);
}
END_TEST

START_TEST(deemed_acceptance_when_no_answer)
{
  run(RECEIVED, "2025-10-15");
  const egca_timeline_deadline *x = one("acceptance");
  expect(x, "2025-09-30", "2025-10-14", EGCA_STATUS_DEEMED, "none");
  ck_assert_int_eq(x->has_days_left, 0);
  expect_finding(EGCA_FINDING_DEEMED_ACCEPTED, "2025-09-30");
  /* 第三十二条(四): accepted from receipt. 20 working days from 09-30: 10-09, 10-10, Sat 10-11 (3),
   * 10-13..17 (8), 10-20..24 (13), 10-27..31 (18), 11-03 (19), 11-04 (20). */
  const egca_timeline_deadline *dec = one("decision");
  expect(dec, "2025-09-30", "2025-11-04", EGCA_STATUS_PENDING, "none");
  expect_days_left(dec, 14); /* 10-16, 10-17, 10-20..24, 10-27..31, 11-03, 11-04 */
  ck_assert_int_eq(egca_timeline_clean(tl), 0);
}
END_TEST

START_TEST(late_acceptance_is_late_and_deemed)
{
  run(RECEIVED ", {\"type\": \"accepted\", \"date\": \"2025-10-16\"}", "2025-10-20");
  expect(one("acceptance"), "2025-09-30", "2025-10-14", EGCA_STATUS_LATE, "2025-10-16");
  expect_finding(EGCA_FINDING_DEEMED_ACCEPTED, "2025-09-30");
  ck_assert_str_eq(txt(one("decision")->anchor), "2025-09-30");
}
END_TEST

START_TEST(correction_on_time_then_resubmission)
{
  run(RECEIVED ", {\"type\": \"correction_requested\", \"date\": \"2025-10-14\", \"items\": [\"funds\"]},"
               "{\"type\": \"resubmitted\", \"date\": \"2025-10-27\"}",
      "2025-10-28");
  expect(nth("acceptance", 0), "2025-09-30", "2025-10-14", EGCA_STATUS_MET, "2025-10-14");
  /* Resubmitted Mon 10-27: 10-28 (1) .. 10-31 (4), 11-03 (5). */
  const egca_timeline_deadline *x = nth("acceptance", 1);
  expect(x, "2025-10-27", "2025-11-03", EGCA_STATUS_PENDING, "none");
  expect_days_left(x, 4); /* 10-29, 10-30, 10-31, 11-03 */
  ck_assert_int_eq(instances("decision"), 0);
}
END_TEST

START_TEST(acceptance_after_a_notice_without_resubmission)
{
  run(RECEIVED ", {\"type\": \"correction_requested\", \"date\": \"2025-10-10\"},"
               "{\"type\": \"accepted\", \"date\": \"2025-10-20\"}",
      "2025-10-21");
  expect(one("acceptance"), "2025-09-30", "2025-10-14", EGCA_STATUS_MET, "2025-10-10");
  /* 10-21..24 (4), 10-27..31 (9), 11-03..07 (14), 11-10..14 (19), 11-17 (20). */
  expect(one("decision"), "2025-10-20", "2025-11-17", EGCA_STATUS_PENDING, "none");
}
END_TEST

START_TEST(correction_too_late)
{
  run(RECEIVED ", {\"type\": \"correction_requested\", \"date\": \"2025-10-15\"}", "2025-10-20");
  expect(one("acceptance"), "2025-09-30", "2025-10-14", EGCA_STATUS_LATE, "2025-10-15");
  expect_finding(EGCA_FINDING_CORRECTION_TOO_LATE, "2025-10-15");
  expect_finding(EGCA_FINDING_DEEMED_ACCEPTED, "2025-09-30");
  expect(one("decision"), "2025-09-30", "2025-11-04", EGCA_STATUS_PENDING, "none");
}
END_TEST

/* Question second_correction_notice. The resubmission round of Mon 10-27 runs 5 working days: 10-28 (1),
 * 29 (2), 30 (3), 31 (4), 11-03 (5). A second notice on 10-29 without items: nothing shows it named only
 * what the first did, so repeat_correction holds under both readings. */
#define SECOND_NOTICE(items1, items2)                                                                               \
  RECEIVED ", {\"type\": \"correction_requested\", \"date\": \"2025-10-13\"" items1 "},"                           \
           "{\"type\": \"resubmitted\", \"date\": \"2025-10-27\"},"                                                \
           "{\"type\": \"correction_requested\", \"date\": \"2025-10-29\"" items2 "}"

START_TEST(repeat_correction_and_a_resubmission_round_deemed)
{
  /* Default "answers": the notice of 10-29 answers the round in time (第三十二条第一款第（四）项 deems
   * acceptance only where no notice is given): met, and the application is not accepted yet. */
  run(SECOND_NOTICE("", ""), "2025-11-04");
  expect_finding(EGCA_FINDING_REPEAT_CORRECTION, "2025-10-29");
  ck_assert_int_eq(finding(EGCA_FINDING_REPEAT_CORRECTION)->contested, 0);
  expect(nth("acceptance", 1), "2025-10-27", "2025-11-03", EGCA_STATUS_MET, "2025-10-29");
  expect_reading(nth("acceptance", 1), "second_correction_notice", "answers", "2025-11-03", EGCA_STATUS_MET, 1);
  expect_reading(nth("acceptance", 1), "second_correction_notice", "void", "2025-11-03", EGCA_STATUS_DEEMED, 0);
  expect_no_finding(EGCA_FINDING_DEEMED_ACCEPTED);
  ck_assert_int_eq(instances("decision"), 0);
  /* The decision period arises only under "void" (accepted from 10-27: due 11-24, counted below): said. */
  int decision_under_void = 0;
  for (size_t i = 0; i < egca_timeline_finding_count(tl); i++) {
    const egca_timeline_finding *u = egca_timeline_finding_at(tl, i);
    if (u->code == EGCA_FINDING_DEADLINE_UNDER_READING && strcmp(u->rule_id, "decision") == 0) {
      decision_under_void = 1;
      ck_assert_str_eq(txt(u->date), "2025-11-24");
      ck_assert_int_eq(u->contested, 1);
      ck_assert_str_eq(u->reading, "void");
      ck_assert_int_eq(egca_finding_code_is_violation(u->code), 0);
    }
  }
  ck_assert_int_eq(decision_under_void, 1);
  ck_assert_int_eq(egca_timeline_clean(tl), 0); /* repeat_correction, a violation under both readings */
  /* "void": the second notice answers nothing; the round ran out on 11-03 and the application is deemed
   * accepted from the resubmission, a finding that holds under this reading only. */
  run_reading(SECOND_NOTICE("", ""), "2025-11-04", "second_correction_notice", "void");
  expect(nth("acceptance", 1), "2025-10-27", "2025-11-03", EGCA_STATUS_DEEMED, "none");
  expect_reading(nth("acceptance", 1), "second_correction_notice", "void", "2025-11-03", EGCA_STATUS_DEEMED, 1);
  const egca_timeline_finding *f = finding(EGCA_FINDING_DEEMED_ACCEPTED);
  ck_assert_ptr_nonnull(f);
  ck_assert_str_eq(txt(f->date), "2025-10-27");
  ck_assert_int_eq(f->contested, 1);
  ck_assert_str_eq(f->question, "second_correction_notice");
  ck_assert_str_eq(f->reading, "void");
  /* 10-28..31 (4), 11-03..07 (9), 11-10..14 (14), 11-17..21 (19), 11-24 (20). */
  expect(one("decision"), "2025-10-27", "2025-11-24", EGCA_STATUS_PENDING, "none");
}
END_TEST

START_TEST(second_notice_naming_the_same_item_is_lawful)
{
  /* Under "answers" a notice naming only funds, which the first named, is lawful: no finding; under "void"
   * any second notice is repeat_correction, so the finding's absence and presence both say so. */
  const char *log = SECOND_NOTICE(", \"items\": [\"funds\", \"premises\"]", ", \"items\": [\"funds\"]");
  run(log, "2025-11-04");
  expect_no_finding(EGCA_FINDING_REPEAT_CORRECTION);
  run_reading(log, "2025-11-04", "second_correction_notice", "void");
  const egca_timeline_finding *f = finding(EGCA_FINDING_REPEAT_CORRECTION);
  ck_assert_ptr_nonnull(f);
  ck_assert_int_eq(f->contested, 1);
  ck_assert_str_eq(f->reading, "void");
  /* A new item (staff) is a breach of 一次告知 under both readings. */
  run(SECOND_NOTICE(", \"items\": [\"funds\"]", ", \"items\": [\"funds\", \"staff\"]"), "2025-11-04");
  f = finding(EGCA_FINDING_REPEAT_CORRECTION);
  ck_assert_ptr_nonnull(f);
  ck_assert_int_eq(f->contested, 0);
  /* Sub-items are material ids too. */
  run(SECOND_NOTICE(", \"items\": [\"funds.registered_capital\"]", ", \"items\": [\"funds.registered_capital\"]"),
      "2025-11-04");
  expect_no_finding(EGCA_FINDING_REPEAT_CORRECTION);
}
END_TEST

START_TEST(correction_items_are_materials)
{
  const char *json = "{\"case_id\": \"T\", \"events\": [" RECEIVED
                     ", {\"type\": \"correction_requested\", \"date\": \"2025-10-13\", \"items\": [\"funds\", "
                     "\"technical_materials\"]}]}";
  egca_error err = {0};
  egca_case_free(cs);
  cs = NULL;
  ck_assert_int_eq(egca_case_parse(&cs, json, strlen(json), "t.json", &err), 0);
  ck_assert_int_eq(egca_case_evaluate(tl, cs, calendar, rules, d("2025-10-20"), NULL, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.pointer, "/events/1/items/1");
  ck_assert_ptr_nonnull(strstr(err.message, "\"technical_materials\""));
  ck_assert_uint_eq(egca_timeline_deadline_count(tl), 0);
}
END_TEST

/* --- Hearings, the certificate, remedies ------------------------------------------------------------- */

#define HEARING_CASE                                                                                        \
  "{\"type\": \"received\", \"date\": \"2026-03-02\"}, {\"type\": \"accepted\", \"date\": \"2026-03-02\"},"   \
  "{\"type\": \"hearing_right_notified\", \"date\": \"2026-03-05\"},"                                       \
  "{\"type\": \"hearing_requested\", \"date\": \"2026-03-09\"}"

START_TEST(hearing_clocks_and_pause)
{
  run(HEARING_CASE ", {\"type\": \"hearing_notified\", \"date\": \"2026-03-10\"},"
      "{\"type\": \"hearing_held\", \"date\": \"2026-03-20\"},"
      "{\"type\": \"decided\", \"date\": \"2026-04-10\", \"outcome\": \"granted\"}", "2026-04-10");
  /* 行政许可法 第四十七条: asked within 5 days of Thu 03-05 (03-10); held within 20 working days of the request
   * on 03-09: 03-10..13 (4), 16..20 (9), 23..27 (14), 03-30..04-03 (19), 04-07 (20; 04-06 is 清明's holiday). */
  expect(one("hearing_request"), "2026-03-05", "2026-03-10", EGCA_STATUS_MET, "2026-03-09");
  expect(one("hearing_held"), "2026-03-09", "2026-04-07", EGCA_STATUS_MET, "2026-03-20");
  /* 第四十八条(一): notice 7 working days before the hearing of Fri 03-20: 03-19..16 (4), 03-13..11 (7). */
  expect(one("hearing_notice"), "2026-03-20", "2026-03-11", EGCA_STATUS_MET, "2026-03-10");
  /* 第四十五条: the hearing's time (03-09..20, 10 working days) is not counted in the decision's 20: 03-03..06
   * (4), 03-23..27 (9), 03-30..04-03 (14), 04-07..10 (18), 04-13..14 (20). */
  expect(one("decision"), "2026-03-02", "2026-04-14", EGCA_STATUS_MET, "2026-04-10");
  ck_assert_int_eq(egca_timeline_clean(tl), 1);
}
END_TEST

START_TEST(hearing_open_and_late_notice)
{
  /* Asked for and not yet held: the decision's clock stands still (an open pause). */
  run(HEARING_CASE, "2026-03-20");
  expect(one("decision"), "2026-03-02", "none", EGCA_STATUS_SUSPENDED, "none");
  expect(one("hearing_held"), "2026-03-09", "2026-04-07", EGCA_STATUS_PENDING, "none");
  /* The notice on 03-17 for a hearing on 03-20 comes after the 7th working day before it (03-11): late. */
  run(HEARING_CASE ", {\"type\": \"hearing_notified\", \"date\": \"2026-03-17\"},"
      "{\"type\": \"hearing_held\", \"date\": \"2026-03-20\"}", "2026-03-23");
  expect(one("hearing_notice"), "2026-03-20", "2026-03-11", EGCA_STATUS_LATE, "2026-03-17");
  ck_assert_int_eq(egca_timeline_clean(tl), 0);
  /* A right not used lapses: told on 03-05, not asked by 03-10; nobody is in breach. */
  run("{\"type\": \"received\", \"date\": \"2026-03-02\"}, {\"type\": \"accepted\", \"date\": \"2026-03-02\"},"
      "{\"type\": \"hearing_right_notified\", \"date\": \"2026-03-05\"}", "2026-03-12");
  expect(one("hearing_request"), "2026-03-05", "2026-03-10", EGCA_STATUS_NOT_APPLICABLE, "none");
  ck_assert_int_eq(instances("hearing_held"), 0);
  ck_assert_int_eq(egca_timeline_clean(tl), 1);
}
END_TEST

START_TEST(certificate_delivered_late)
{
  /* 行政许可法 第四十四条: granted Tue 2026-01-20, the certificate within 10 working days: 01-21..23 (3),
   * 01-26..30 (8), 02-02..03 (10). Issued on 06-01: late, and the finding says so. */
  run("{\"type\": \"received\", \"date\": \"2026-01-05\"}, {\"type\": \"accepted\", \"date\": \"2026-01-05\"},"
      "{\"type\": \"decided\", \"date\": \"2026-01-20\", \"outcome\": \"granted\"},"
      "{\"type\": \"notified\", \"date\": \"2026-01-21\"},"
      "{\"type\": \"certificate_issued\", \"date\": \"2026-06-01\"}", "2026-06-02");
  expect(one("certificate_delivery"), "2026-01-20", "2026-02-03", EGCA_STATUS_LATE, "2026-06-01");
  expect(one("notification"), "2026-01-20", "2026-02-03", EGCA_STATUS_MET, "2026-01-21");
  expect_finding(EGCA_FINDING_CERTIFICATE_LATE, "2026-01-20");
  /* The decision itself was in time (20 working days after 01-05 reach 02-02): the one breach is the
   * certificate's. */
  expect(one("decision"), "2026-01-05", "2026-02-02", EGCA_STATUS_MET, "2026-01-20");
  size_t violations = 0;
  for (size_t i = 0; i < egca_timeline_finding_count(tl); i++)
    violations += egca_finding_code_is_violation(egca_timeline_finding_at(tl, i)->code) != 0;
  ck_assert_uint_eq(violations, 1); /* beside it only the renewal's uncovered year (calendar_not_covered) */
  ck_assert_int_eq(egca_finding_code_is_violation(EGCA_FINDING_CERTIFICATE_LATE), 1);
  char message[512];
  egca_timeline_finding_message(message, sizeof message, tl, (size_t)(finding(EGCA_FINDING_CERTIFICATE_LATE) -
                                                                     egca_timeline_finding_at(tl, 0)));
  ck_assert_ptr_nonnull(strstr(message, "2026-06-01"));
  ck_assert_ptr_nonnull(strstr(message, "第四十四条"));
  ck_assert_int_eq(egca_timeline_clean(tl), 0);
}
END_TEST

START_TEST(remedies_after_a_denial)
{
  /* A denial notified on 2026-01-21: 行政复议 within 60 days (03-22 is a Sunday: 03-23, 民事诉讼法 第八十五条 by
   * 行政复议法 第八十八条), 行政诉讼 within six months (07-21). The applicant applies for 行政复议 on 03-01,
   * receives its decision on 2026-09-20 and sues on 10-08: 15 days after 09-20 is 10-05, a holiday, so
   * 10-08 (行政诉讼法 第四十五条; 行诉解释 第四十八条). */
  run("{\"type\": \"received\", \"date\": \"2026-01-05\"}, {\"type\": \"accepted\", \"date\": \"2026-01-05\"},"
      "{\"type\": \"decided\", \"date\": \"2026-01-20\", \"outcome\": \"denied\"},"
      "{\"type\": \"notified\", \"date\": \"2026-01-21\"},"
      "{\"type\": \"reconsideration_filed\", \"date\": \"2026-03-01\"},"
      "{\"type\": \"reconsideration_decided\", \"date\": \"2026-09-20\"},"
      "{\"type\": \"litigation_filed\", \"date\": \"2026-10-08\"}", "2026-10-09");
  expect(one("reconsideration"), "2026-01-21", "2026-03-23", EGCA_STATUS_MET, "2026-03-01");
  /* 行政诉讼法 第四十四条: a suit directly or after 行政复议; choosing 行政复议 ends the direct suit's period. */
  expect(one("litigation"), "2026-01-21", "2026-07-21", EGCA_STATUS_NOT_APPLICABLE, "none");
  expect(one("litigation_after_reconsideration"), "2026-09-20", "2026-10-08", EGCA_STATUS_MET, "2026-10-08");
  ck_assert_int_eq(instances("certificate_delivery"), 0);
  ck_assert_int_eq(egca_timeline_clean(tl), 1);
}
END_TEST

START_TEST(remedies_not_told)
{
#define UNTOLD                                                                                               \
  "{\"type\": \"received\", \"date\": \"2025-02-10\"}, {\"type\": \"accepted\", \"date\": \"2025-02-10\"},"   \
  "{\"type\": \"decided\", \"date\": \"2025-03-07\", \"outcome\": \"denied\"},"                               \
  "{\"type\": \"notified\", \"date\": \"2025-03-10\", \"remedies_told\": false}"
  /* 行政复议法 第二十条第三款: the denial was made known on Mon 2025-03-10 without the right to 行政复议, its body
   * and period. Not told since: the last day is the cap, one year from knowing the act, Tue 2026-03-10. */
  run(UNTOLD, "2025-04-01");
  expect(one("reconsideration"), "2025-03-10", "2026-03-10", EGCA_STATUS_PENDING, "none");
  /* Told on Mon 2025-06-02: 60 days from then, 2025-08-01 (Fri), before the cap. */
  run(UNTOLD ", {\"type\": \"remedies_notified\", \"date\": \"2025-06-02\"}", "2025-07-01");
  expect(one("reconsideration"), "2025-03-10", "2025-08-01", EGCA_STATUS_PENDING, "none");
  /* Told on 2026-02-01: 60 days would reach 2026-04-02, past the cap: 2026-03-10 stands. */
  run(UNTOLD ", {\"type\": \"remedies_notified\", \"date\": \"2026-02-01\"}", "2026-02-02");
  expect(one("reconsideration"), "2025-03-10", "2026-03-10", EGCA_STATUS_PENDING, "none");
  /* The suit's period was not told either (行诉解释 第六十四条第一款): six months (行政诉讼法 第四十六条) from the
   * day it was told, 2026-02-01 -> Sat 2026-08-01 -> Mon 08-03, but at most one year from knowing the act:
   * Tue 2026-03-10. */
  expect(one("litigation"), "2025-03-10", "2026-03-10", EGCA_STATUS_PENDING, "none");
#undef UNTOLD
}
END_TEST

START_TEST(rejection_ends_the_case)
{
  run(RECEIVED ", {\"type\": \"rejected\", \"date\": \"2025-10-10\"}", "2026-01-05");
  expect(one("acceptance"), "2025-09-30", "2025-10-14", EGCA_STATUS_MET, "2025-10-10");
  /* The refusal to accept opens the applicant's remedies (行政复议法 第十一条(三), 行政诉讼法 第十二条(三)):
   * 60 days from 10-10 = 12-09 (行政复议法 第二十条), six months = 2026-04-10 (行政诉讼法 第四十六条); rights,
   * not duties: one lapsed unused (not_applicable), one pending, and the case stays clean. */
  ck_assert_int_eq(egca_timeline_deadline_count(tl), 3);
  expect(one("reconsideration"), "2025-10-10", "2025-12-09", EGCA_STATUS_NOT_APPLICABLE, "none"); /* lapsed */
  expect(one("litigation"), "2025-10-10", "2026-04-10", EGCA_STATUS_PENDING, "none");
  ck_assert_int_eq(egca_timeline_clean(tl), 1);
}
END_TEST

/* --- Decision ------------------------------------------------------------------------------------------ */

#define ACCEPTED_2026 "{\"type\": \"received\", \"date\": \"2026-02-24\"}, {\"type\": \"accepted\", \"date\": \"2026-03-02\"}"

START_TEST(decision_without_review)
{
  run(ACCEPTED_2026, "2026-03-31");
  /* 03-03..06 (4), 03-09..13 (9), 16..20 (14), 23..27 (19), 03-30 (20). */
  const egca_timeline_deadline *x = one("decision");
  expect(x, "2026-03-02", "2026-03-30", EGCA_STATUS_OVERDUE, "none");
  expect_days_left(x, -1);
  ck_assert_int_eq(egca_timeline_clean(tl), 0);
}
END_TEST

START_TEST(decision_review_paused_inclusive)
{
  run(ACCEPTED_2026 ", {\"type\": \"review_time_notified\", \"date\": \"2026-03-09\", \"days\": 30},"
                    "{\"type\": \"review_started\", \"date\": \"2026-03-10\"},"
                    "{\"type\": \"review_ended\", \"date\": \"2026-04-20\"}",
      "2026-04-21");
  /* DESIGN.md: 03-03..03-09 (5), pause 03-10..04-20, 04-21..30 (13), 05-01..05 holiday, 05-06..08 (16),
   * Sat 05-09 adjusted (17), 05-11..13 (20). */
  const egca_timeline_deadline *x = one("decision");
  expect(x, "2026-03-02", "2026-05-13", EGCA_STATUS_PENDING, "none");
  expect_days_left(x, 14); /* 04-22..24, 04-27..30, 05-06..08, 05-09, 05-11..13 */
  expect(one("review_time_notice"), "2026-03-10", "2026-03-10", EGCA_STATUS_MET, "2026-03-09");
  expect_no_finding(EGCA_FINDING_REVIEW_WITHOUT_NOTICE);
}
END_TEST

START_TEST(decision_suspended_by_open_review)
{
  run(ACCEPTED_2026 ", {\"type\": \"review_time_notified\", \"date\": \"2026-03-10\"},"
                    "{\"type\": \"review_started\", \"date\": \"2026-03-10\"}",
      "2026-04-30");
  const egca_timeline_deadline *x = one("decision");
  expect(x, "2026-03-02", "none", EGCA_STATUS_SUSPENDED, "none");
  ck_assert_int_eq(x->has_days_left, 0);
  ck_assert_int_eq(egca_timeline_clean(tl), 1);
}
END_TEST

START_TEST(decision_pause_across_national_day)
{
  run("{\"type\": \"received\", \"date\": \"2025-09-15\"}, {\"type\": \"accepted\", \"date\": \"2025-09-22\"},"
      "{\"type\": \"review_time_notified\", \"date\": \"2025-09-25\"},"
      "{\"type\": \"review_started\", \"date\": \"2025-09-26\"}, {\"type\": \"review_ended\", \"date\": \"2025-10-10\"},"
      "{\"type\": \"decided\", \"date\": \"2025-11-03\", \"outcome\": \"granted\"}",
      "2025-11-05");
  /* 09-23..25 (3); the pause 09-26..10-10 swallows Sun 09-28 (adjusted) and 10-09, 10-10; Sat 10-11
   * (adjusted) is day 4; 10-13..17 (9), 10-20..24 (14), 10-27..31 (19), 11-03 (20). */
  expect(one("decision"), "2025-09-22", "2025-11-03", EGCA_STATUS_MET, "2025-11-03");
  ck_assert_int_eq(egca_timeline_clean(tl), 1);
}
END_TEST

START_TEST(decision_extension_contested)
{
  run(ACCEPTED_2026 ", {\"type\": \"review_time_notified\", \"date\": \"2026-03-09\"},"
                    "{\"type\": \"review_started\", \"date\": \"2026-03-10\"},"
                    "{\"type\": \"review_ended\", \"date\": \"2026-04-20\"},"
                    "{\"type\": \"extension_approved\", \"date\": \"2026-05-13\"},"
                    "{\"type\": \"decided\", \"date\": \"2026-05-27\", \"outcome\": \"granted\"}",
      "2026-05-28");
  /* 05-13 + 10: 05-14, 15, 18..22, 25..27 -> 05-27. */
  const egca_timeline_deadline *x = one("decision");
  expect(x, "2026-03-02", "2026-05-27", EGCA_STATUS_MET, "2026-05-27");
  ck_assert_int_eq(x->extended, 1);
  ck_assert_int_eq(x->count, 30);
  expect_finding(EGCA_FINDING_EXTENSION_CONTESTED, "2026-05-13");
  ck_assert_int_eq(egca_finding_code_is_violation(EGCA_FINDING_EXTENSION_CONTESTED), 0);
  ck_assert_int_eq(egca_timeline_clean(tl), 1);
}
END_TEST

START_TEST(decision_extension_too_late_and_decision_late)
{
  run(ACCEPTED_2026 ", {\"type\": \"review_time_notified\", \"date\": \"2026-03-09\"},"
                    "{\"type\": \"review_started\", \"date\": \"2026-03-10\"},"
                    "{\"type\": \"review_ended\", \"date\": \"2026-04-20\"},"
                    "{\"type\": \"extension_approved\", \"date\": \"2026-05-14\"},"
                    "{\"type\": \"decided\", \"date\": \"2026-05-20\", \"outcome\": \"denied\"}",
      "2026-05-21");
  const egca_timeline_deadline *x = one("decision");
  expect(x, "2026-03-02", "2026-05-13", EGCA_STATUS_LATE, "2026-05-20");
  ck_assert_int_eq(x->extended, 0);
  expect_finding(EGCA_FINDING_EXTENSION_TOO_LATE, "2026-05-14");
  expect_no_finding(EGCA_FINDING_EXTENSION_CONTESTED);
  /* Notification of a denial too: 05-21, 22, 25..29, 06-01..03 -> 06-03. */
  expect(one("notification"), "2026-05-20", "2026-06-03", EGCA_STATUS_PENDING, "none");
}
END_TEST

/* --- Technical review notice ------------------------------------------------------------------------------ */

START_TEST(review_without_notice_overdue)
{
  run(ACCEPTED_2026 ", {\"type\": \"review_started\", \"date\": \"2026-03-10\"}", "2026-03-11");
  expect(one("review_time_notice"), "2026-03-10", "2026-03-10", EGCA_STATUS_OVERDUE, "none");
  expect_finding(EGCA_FINDING_REVIEW_WITHOUT_NOTICE, "2026-03-10");
  ck_assert_int_eq(egca_timeline_clean(tl), 0);
}
END_TEST

START_TEST(review_notice_late)
{
  run(ACCEPTED_2026 ", {\"type\": \"review_started\", \"date\": \"2026-03-10\"},"
                    "{\"type\": \"review_time_notified\", \"date\": \"2026-03-12\"}",
      "2026-03-13");
  /* Question review_notice_after_start. Default "hint": the texts set no moment for the notice; it
   * answers the duty, and the informative finding says it came after the review began. */
  expect(one("review_time_notice"), "2026-03-10", "2026-03-10", EGCA_STATUS_MET, "2026-03-12");
  expect_no_finding(EGCA_FINDING_REVIEW_WITHOUT_NOTICE);
  const egca_timeline_finding *f = finding(EGCA_FINDING_REVIEW_NOTICE_AFTER_START);
  ck_assert_ptr_nonnull(f);
  ck_assert_str_eq(txt(f->other), "2026-03-12");
  ck_assert_int_eq(egca_finding_code_is_violation(f->code), 0);
  ck_assert_int_eq(f->contested, 1);
  ck_assert_str_eq(f->reading, "hint");
  expect_reading(one("review_time_notice"), "review_notice_after_start", "violation", "2026-03-10",
                 EGCA_STATUS_LATE, 0);
  ck_assert_int_eq(egca_timeline_clean(tl), 1);
  /* "violation": late, with the violation review_without_notice. */
  run_reading(ACCEPTED_2026 ", {\"type\": \"review_started\", \"date\": \"2026-03-10\"},"
                            "{\"type\": \"review_time_notified\", \"date\": \"2026-03-12\"}",
              "2026-03-13", "review_notice_after_start", "violation");
  expect(one("review_time_notice"), "2026-03-10", "2026-03-10", EGCA_STATUS_LATE, "2026-03-12");
  f = finding(EGCA_FINDING_REVIEW_WITHOUT_NOTICE);
  ck_assert_ptr_nonnull(f);
  ck_assert_str_eq(txt(f->other), "2026-03-12");
  ck_assert_int_eq(f->contested, 1);
  ck_assert_str_eq(f->reading, "violation");
  expect_reading(one("review_time_notice"), "review_notice_after_start", "hint", "2026-03-10", EGCA_STATUS_MET, 0);
  ck_assert_int_eq(egca_timeline_clean(tl), 0);
}
END_TEST

/* Question review_unnotified: accepted Mon 2026-03-02, a review 03-10..03-20 never notified. */
START_TEST(review_never_notified_excluded_or_counted)
{
  const char *log = ACCEPTED_2026 ", {\"type\": \"review_started\", \"date\": \"2026-03-10\"},"
                                  "{\"type\": \"review_ended\", \"date\": \"2026-03-20\"}";
  /* "excluded" (default): 03-03..06 (4), 03-09 (5), [03-10..20 excluded], 03-23..27 (10), 03-30..04-03 (15),
   * [04-04..06 清明], 04-07..10 (19), 04-13 (20). "counted": 03-03..06 (4), 09..13 (9), 16..20 (14),
   * 23..27 (19), 03-30 (20) — overdue as of 04-01. */
  run(log, "2026-04-01");
  expect(one("decision"), "2026-03-02", "2026-04-13", EGCA_STATUS_PENDING, "none");
  expect_reading(one("decision"), "review_unnotified", "excluded", "2026-04-13", EGCA_STATUS_PENDING, 1);
  expect_reading(one("decision"), "review_unnotified", "counted", "2026-03-30", EGCA_STATUS_OVERDUE, 0);
  /* The review without notice is a violation under both readings. */
  ck_assert_int_eq(finding(EGCA_FINDING_REVIEW_WITHOUT_NOTICE)->contested, 0);
  run_reading(log, "2026-04-01", "review_unnotified", "counted");
  expect(one("decision"), "2026-03-02", "2026-03-30", EGCA_STATUS_OVERDUE, "none");
  expect_reading(one("decision"), "review_unnotified", "excluded", "2026-04-13", EGCA_STATUS_PENDING, 0);
  /* A notified review is excluded under both: the question does not arise. */
  run(ACCEPTED_2026 ", {\"type\": \"review_time_notified\", \"date\": \"2026-03-09\"},"
                    "{\"type\": \"review_started\", \"date\": \"2026-03-10\"},"
                    "{\"type\": \"review_ended\", \"date\": \"2026-03-20\"}",
      "2026-04-01");
  expect(one("decision"), "2026-03-02", "2026-04-13", EGCA_STATUS_PENDING, "none");
  ck_assert_int_eq(one("decision")->ambiguous, 0);
}
END_TEST

/* Question review_over_notified: notified on 03-09 that the review takes 30 days (calendar days from its
 * first day: 03-10..04-08); it ran 03-10..04-20. */
START_TEST(review_longer_than_notified)
{
  const char *log = ACCEPTED_2026 ", {\"type\": \"review_time_notified\", \"date\": \"2026-03-09\", \"days\": 30},"
                                  "{\"type\": \"review_started\", \"date\": \"2026-03-10\"},"
                                  "{\"type\": \"review_ended\", \"date\": \"2026-04-20\"}";
  /* "whole" (default): 03-03..06 (4), 03-09 (5), [03-10..04-20], 04-21..24 (9), 04-27..30 (13), [05-01..05
   * 劳动节], 05-06..08 (16), Sat 05-09 adjusted (17), 05-11..13 (20). "notified_only": [03-10..04-08],
   * 04-09, 04-10 (7), 04-13..17 (12), 04-20..24 (17), 04-27..29 (20). */
  run(log, "2026-05-06");
  expect(one("decision"), "2026-03-02", "2026-05-13", EGCA_STATUS_PENDING, "none");
  expect_reading(one("decision"), "review_over_notified", "whole", "2026-05-13", EGCA_STATUS_PENDING, 1);
  expect_reading(one("decision"), "review_over_notified", "notified_only", "2026-04-29", EGCA_STATUS_OVERDUE, 0);
  run_reading(log, "2026-05-06", "review_over_notified", "notified_only");
  expect(one("decision"), "2026-03-02", "2026-04-29", EGCA_STATUS_OVERDUE, "none");
  /* Ended within the time notified (04-08): the same under both. */
  run(ACCEPTED_2026 ", {\"type\": \"review_time_notified\", \"date\": \"2026-03-09\", \"days\": 30},"
                    "{\"type\": \"review_started\", \"date\": \"2026-03-10\"},"
                    "{\"type\": \"review_ended\", \"date\": \"2026-04-08\"}",
      "2026-05-06");
  ck_assert_int_eq(one("decision")->ambiguous, 0);
  /* Still open on 04-09, past the time notified: under "notified_only" the clock runs again from 04-09
   * (04-09, 04-10 (7) ... 04-29 (20)), under "whole" it stands still. */
  run(ACCEPTED_2026 ", {\"type\": \"review_time_notified\", \"date\": \"2026-03-09\", \"days\": 30},"
                    "{\"type\": \"review_started\", \"date\": \"2026-03-10\"}",
      "2026-04-09");
  expect(one("decision"), "2026-03-02", "none", EGCA_STATUS_SUSPENDED, "none");
  expect_reading(one("decision"), "review_over_notified", "notified_only", "2026-04-29", EGCA_STATUS_PENDING, 0);
}
END_TEST

/* Question certificate_last_day: issued 2025-03-10 with no date printed. */
START_TEST(certificate_last_day_readings)
{
  const char *log = "{\"type\": \"certificate_issued\", \"date\": \"2025-03-10\"}";
  /* "anniversary" (default): 2030-03-10 (民法典 第二百零二条); "day_before": 2030-03-09. The renewal filing
   * counts back 60 days from either: 2030-01-09 or 2030-01-08 (nominal days: 2030 has no notice yet). */
  run(log, "2026-01-05");
  expect(one("certificate_validity"), "2025-03-10", "2030-03-10", EGCA_STATUS_VALID, "none");
  expect_reading(one("certificate_validity"), "certificate_last_day", "day_before", "2030-03-09", EGCA_STATUS_VALID, 0);
  ck_assert_str_eq(txt(one("renewal_filing")->nominal), "2030-01-09");
  expect_reading(one("renewal_filing"), "certificate_last_day", "day_before", "2030-01-08", EGCA_STATUS_PENDING, 0);
  run_reading(log, "2026-01-05", "certificate_last_day", "day_before");
  expect(one("certificate_validity"), "2025-03-10", "2030-03-09", EGCA_STATUS_VALID, "none");
  ck_assert_str_eq(txt(one("renewal_filing")->anchor), "2030-03-09");
  expect_reading(one("certificate_validity"), "certificate_last_day", "anniversary", "2030-03-10", EGCA_STATUS_VALID,
                 0);
  /* A date printed on the certificate wins: no question. */
  run("{\"type\": \"certificate_issued\", \"date\": \"2025-03-10\", \"expires\": \"2030-03-09\"}", "2026-01-05");
  ck_assert_int_eq(one("certificate_validity")->ambiguous, 0);
  ck_assert_str_eq(txt(one("certificate_validity")->due), "2030-03-09");
}
END_TEST

/* Question renewal_rest_day: expiry 2026-04-17 printed; 60 days before is Mon 02-16 (春节 02-15..23):
 * "earlier" Sat 02-14 (an adjusted working day), "later" Tue 02-24. A filing on 02-24 is late under the
 * first, met under the second. */
START_TEST(renewal_filed_between_the_two_readings)
{
  const char *log = "{\"type\": \"certificate_issued\", \"date\": \"2021-04-17\", \"expires\": \"2026-04-17\"},"
                    "{\"type\": \"renewal_filed\", \"date\": \"2026-02-24\"}";
  run(log, "2026-03-02");
  expect(one("renewal_filing"), "2026-04-17", "2026-02-14", EGCA_STATUS_LATE, "2026-02-24");
  expect_reading(one("renewal_filing"), "renewal_rest_day", "earlier", "2026-02-14", EGCA_STATUS_LATE, 1);
  expect_reading(one("renewal_filing"), "renewal_rest_day", "later", "2026-02-24", EGCA_STATUS_MET, 0);
  ck_assert_int_eq(egca_timeline_clean(tl), 0);
  run_reading(log, "2026-03-02", "renewal_rest_day", "later");
  expect(one("renewal_filing"), "2026-04-17", "2026-02-24", EGCA_STATUS_MET, "2026-02-24");
  expect_reading(one("renewal_filing"), "renewal_rest_day", "earlier", "2026-02-14", EGCA_STATUS_LATE, 0);
  ck_assert_int_eq(egca_timeline_clean(tl), 1);
}
END_TEST

/* Question deemed_renewal_late_filing: filed on 03-02, after 02-14 and 02-24 (late under either reading of
 * the rest day), and not decided by the expiry 2026-04-17. */
START_TEST(deemed_renewal_after_a_late_filing)
{
  const char *log = "{\"type\": \"certificate_issued\", \"date\": \"2021-04-17\", \"expires\": \"2026-04-17\"},"
                    "{\"type\": \"renewal_filed\", \"date\": \"2026-03-02\"}";
  /* "deemed" (default, 第五十条第二款 read as it stands): deemed renewed, a second term 2026-04-17..2031-04-17;
   * the finding is contested. */
  run(log, "2026-04-20");
  expect(one("renewal_decision"), "2026-04-17", "2026-04-17", EGCA_STATUS_DEEMED, "none");
  expect_reading(one("renewal_decision"), "deemed_renewal_late_filing", "not_deemed", "2026-04-17",
                 EGCA_STATUS_NOT_APPLICABLE, 0);
  const egca_timeline_finding *f = finding(EGCA_FINDING_DEEMED_RENEWED);
  ck_assert_ptr_nonnull(f);
  ck_assert_int_eq(f->contested, 1);
  ck_assert_str_eq(f->question, "deemed_renewal_late_filing");
  ck_assert_str_eq(f->reading, "deemed");
  ck_assert_int_eq(instances("certificate_validity"), 2);
  const egca_timeline_reading *r = reading_of(nth("certificate_validity", 1), "deemed_renewal_late_filing", "not_deemed");
  ck_assert_int_eq(r->exists, 0); /* no second term under the other reading */
  /* "not_deemed": no duty to decide by the expiry arose; one term, no deemed renewal. */
  run_reading(log, "2026-04-20", "deemed_renewal_late_filing", "not_deemed");
  expect(one("renewal_decision"), "2026-04-17", "2026-04-17", EGCA_STATUS_NOT_APPLICABLE, "none");
  expect_no_finding(EGCA_FINDING_DEEMED_RENEWED);
  ck_assert_int_eq(instances("certificate_validity"), 1);
  /* The second term (to 2031-04-17) arises only under "deemed": a finding says so. */
  int term_under_deemed = 0;
  for (size_t i = 0; i < egca_timeline_finding_count(tl); i++) {
    const egca_timeline_finding *u = egca_timeline_finding_at(tl, i);
    term_under_deemed |= u->code == EGCA_FINDING_DEADLINE_UNDER_READING &&
                         strcmp(u->rule_id, "certificate_validity") == 0 && u->date == d("2031-04-17") &&
                         strcmp(u->reading, "deemed") == 0;
  }
  ck_assert_int_eq(term_under_deemed, 1);
  /* Filed in time (02-13): deemed under both; no question. */
  run("{\"type\": \"certificate_issued\", \"date\": \"2021-04-17\", \"expires\": \"2026-04-17\"},"
      "{\"type\": \"renewal_filed\", \"date\": \"2026-02-13\"}",
      "2026-04-20");
  ck_assert_int_eq(finding(EGCA_FINDING_DEEMED_RENEWED)->contested, 0);
  ck_assert_int_eq(one("renewal_decision")->ambiguous, 0);
}
END_TEST

START_TEST(unknown_question_or_reading)
{
  run(RECEIVED, "2025-10-09");
  egca_reading_choice bad[] = {{"nope", "x"}, {"review_unnotified", "maybe"}, {NULL, "x"}};
  for (int i = 0; i < 3; i++) {
    egca_timeline_options o = {.readings = &bad[i], .reading_count = 1};
    egca_error err = {.lang = EGCA_LANG_EN}, zh = {0};
    ck_assert_int_eq(egca_case_evaluate(tl, cs, calendar, rules, d("2025-10-09"), &o, &err), EGCA_E_INVALID);
    ck_assert_ptr_nonnull(strstr(err.message, i == 1 ? "\"maybe\"" : "unknown question"));
    ck_assert_int_eq(egca_case_evaluate(tl, cs, calendar, rules, d("2025-10-09"), &o, &zh), EGCA_E_INVALID);
    ck_assert_ptr_nonnull(strstr(zh.message, i == 1 ? "没有读法\"maybe\"" : "未知未决问题"));
    ck_assert_uint_eq(egca_timeline_deadline_count(tl), 0);
  }
  egca_reading_choice twice[] = {{"review_unnotified", "counted"}, {"review_unnotified", "excluded"}};
  egca_timeline_options o = {.readings = twice, .reading_count = 2};
  egca_error err = {0};
  ck_assert_int_eq(egca_case_evaluate(tl, cs, calendar, rules, d("2025-10-09"), &o, &err), EGCA_E_INVALID);
}
END_TEST

START_TEST(review_notice_pending_on_the_start_day)
{
  run(ACCEPTED_2026 ", {\"type\": \"review_started\", \"date\": \"2026-03-10\"}", "2026-03-10");
  expect(one("review_time_notice"), "2026-03-10", "2026-03-10", EGCA_STATUS_PENDING, "none");
  expect_days_left(one("review_time_notice"), 0);
  expect_no_finding(EGCA_FINDING_REVIEW_WITHOUT_NOTICE);
}
END_TEST

START_TEST(two_reviews_each_need_a_notice)
{
  run(ACCEPTED_2026 ", {\"type\": \"review_time_notified\", \"date\": \"2026-03-05\"},"
                    "{\"type\": \"review_started\", \"date\": \"2026-03-10\"},"
                    "{\"type\": \"review_ended\", \"date\": \"2026-03-20\"},"
                    "{\"type\": \"review_started\", \"date\": \"2026-04-01\"},"
                    "{\"type\": \"review_ended\", \"date\": \"2026-04-10\"}",
      "2026-04-13");
  ck_assert_int_eq(instances("review_time_notice"), 2);
  expect(nth("review_time_notice", 0), "2026-03-10", "2026-03-10", EGCA_STATUS_MET, "2026-03-05");
  expect(nth("review_time_notice", 1), "2026-04-01", "2026-04-01", EGCA_STATUS_OVERDUE, "none");
  expect_finding(EGCA_FINDING_REVIEW_WITHOUT_NOTICE, "2026-04-01");
  /* Two pauses: 03-03..09 (5), 03-23..27 (10), 03-30, 03-31 (12), 04-13..17 (17), 04-20..22 (20). */
  expect(one("decision"), "2026-03-02", "2026-04-22", EGCA_STATUS_PENDING, "none");
}
END_TEST

/* --- After the decision --------------------------------------------------------------------------------- */

#define GRANTED_2025                                                                                               \
  "{\"type\": \"received\", \"date\": \"2025-11-20\"}, {\"type\": \"accepted\", \"date\": \"2025-11-24\"},"        \
  "{\"type\": \"decided\", \"date\": \"2025-12-22\", \"outcome\": \"granted\"}"

START_TEST(notification_across_new_year)
{
  run(GRANTED_2025, "2026-01-05");
  /* 12-23..26 (4), 12-29..31 (7), 01-01..03 holiday, Sun 01-04 adjusted (8), 01-05 (9), 01-06 (10). */
  const egca_timeline_deadline *x = one("notification");
  expect(x, "2025-12-22", "2026-01-06", EGCA_STATUS_PENDING, "none");
  expect_days_left(x, 1);
  run(GRANTED_2025 ", {\"type\": \"notified\", \"date\": \"2026-01-07\"}", "2026-01-08");
  expect(one("notification"), "2025-12-22", "2026-01-06", EGCA_STATUS_LATE, "2026-01-07");
}
END_TEST

START_TEST(status_query_not_yet_then_available)
{
  run(ACCEPTED_2026, "2026-03-20");
  /* DESIGN.md: the first working day after 15 working days from 03-02 is 03-24. */
  const egca_timeline_deadline *x = one("status_query");
  expect(x, "2026-03-02", "2026-03-24", EGCA_STATUS_NOT_YET, "none");
  expect_days_left(x, 2); /* 03-23, 03-24 */
  run(ACCEPTED_2026, "2026-03-24");
  expect(one("status_query"), "2026-03-02", "2026-03-24", EGCA_STATUS_AVAILABLE, "none");
}
END_TEST

START_TEST(certificate_validity_years)
{
  run("{\"type\": \"certificate_issued\", \"date\": \"2025-02-28\"}", "2030-02-28");
  /* 民法典 第二百零二条: the same day five years on. */
  const egca_timeline_deadline *x = one("certificate_validity");
  expect(x, "2025-02-28", "2030-02-28", EGCA_STATUS_VALID, "none");
  expect_days_left(x, 0);
  ck_assert_int_eq(x->unit, EGCA_UNIT_YEARS);
  run("{\"type\": \"certificate_issued\", \"date\": \"2025-02-28\"}", "2030-03-01");
  expect(one("certificate_validity"), "2025-02-28", "2030-02-28", EGCA_STATUS_EXPIRED, "none");
  expect_days_left(one("certificate_validity"), -1);
}
END_TEST

START_TEST(change_filing_rolls_past_national_day)
{
  const char *log = "{\"type\": \"certificate_issued\", \"date\": \"2025-12-26\"},"
                    "{\"type\": \"change_occurred\", \"date\": \"2026-09-01\", \"ref\": \"C1\", \"what\": \"迁址\"}";
  run(log, "2026-09-30");
  /* DESIGN.md: 09-01 + 30 days = 10-01, a holiday; the next working day is 10-08. */
  const egca_timeline_deadline *x = one("change_filing");
  expect(x, "2026-09-01", "2026-10-08", EGCA_STATUS_PENDING, "none");
  ck_assert_str_eq(x->ref, "C1");
  ck_assert_int_eq(x->unit, EGCA_UNIT_DAYS);
  expect_days_left(x, 8);
  char more[512];
  snprintf(more, sizeof more, "%s, {\"type\": \"change_filed\", \"date\": \"2026-10-08\", \"ref\": \"C1\"}", log);
  run(more, "2026-10-09");
  expect(one("change_filing"), "2026-09-01", "2026-10-08", EGCA_STATUS_MET, "2026-10-08");
  run(log, "2026-10-09");
  expect(one("change_filing"), "2026-09-01", "2026-10-08", EGCA_STATUS_OVERDUE, "none");
  expect_days_left(one("change_filing"), -1);
}
END_TEST

START_TEST(renewal_filing_ambiguous_reading)
{
  const char *log = "{\"type\": \"certificate_issued\", \"date\": \"2021-04-17\", \"expires\": \"2026-04-17\"}";
  run(log, "2026-01-05");
  /* DESIGN.md: 60 days before 04-17 is 02-16, in the Spring Festival; the earlier reading is Sat 02-14
   * (adjusted), the later one 02-24. */
  const egca_timeline_deadline *x = one("renewal_filing");
  expect(x, "2026-04-17", "2026-02-14", EGCA_STATUS_PENDING, "none");
  ck_assert_int_eq(x->ambiguous, 1);
  ck_assert_str_eq(txt(x->other_reading), "2026-02-24");
  expect_days_left(x, 40);
  /* Before the Measures (2024-11-01) the term is not known from the rules: the date printed on the
   * certificate answers, and no version is stretched back. */
  expect(one("certificate_validity"), "2021-04-17", "2026-04-17", EGCA_STATUS_VALID, "none");
  expect_no_finding(EGCA_FINDING_RULE_NOT_IN_FORCE);
  egca_timeline_options later = {.policy = EGCA_POLICY_LATER};
  egca_error err = {0};
  ck_assert_int_eq(egca_case_evaluate(tl, cs, calendar, rules, d("2026-01-05"), &later, &err), 0);
  ck_assert_str_eq(txt(one("renewal_filing")->due), "2026-02-24");
  ck_assert_str_eq(txt(one("renewal_filing")->other_reading), "2026-02-14");
}
END_TEST

START_TEST(renewal_deemed_when_undecided_at_expiry)
{
  const char *log = "{\"type\": \"certificate_issued\", \"date\": \"2021-04-17\", \"expires\": \"2026-04-17\"},"
                    "{\"type\": \"renewal_filed\", \"date\": \"2026-02-13\"}";
  run(log, "2026-04-17");
  expect(one("renewal_decision"), "2026-04-17", "2026-04-17", EGCA_STATUS_PENDING, "none");
  expect_days_left(one("renewal_decision"), 0);
  ck_assert_int_eq(instances("certificate_validity"), 1);
  run(log, "2026-04-18");
  expect(one("renewal_decision"), "2026-04-17", "2026-04-17", EGCA_STATUS_DEEMED, "none");
  expect_finding(EGCA_FINDING_DEEMED_RENEWED, "2026-04-17");
  expect(nth("renewal_filing", 0), "2026-04-17", "2026-02-14", EGCA_STATUS_MET, "2026-02-13");
  /* 行政许可法 第五十条: the renewal continues the licence for another term. */
  ck_assert_int_eq(instances("certificate_validity"), 2);
  expect(nth("certificate_validity", 0), "2021-04-17", "2026-04-17", EGCA_STATUS_EXPIRED, "none");
  expect(nth("certificate_validity", 1), "2026-04-17", "2031-04-17", EGCA_STATUS_VALID, "none");
  ck_assert_int_eq(egca_timeline_clean(tl), 0);
}
END_TEST

START_TEST(renewal_decided_in_time)
{
  run("{\"type\": \"certificate_issued\", \"date\": \"2021-04-17\", \"expires\": \"2026-04-17\"},"
      "{\"type\": \"renewal_filed\", \"date\": \"2026-02-10\"},"
      "{\"type\": \"renewal_answered\", \"date\": \"2026-02-12\", \"answer\": \"accepted\"},"
      "{\"type\": \"renewal_decided\", \"date\": \"2026-04-10\", \"outcome\": \"denied\"}",
      "2026-05-01");
  expect(one("renewal_decision"), "2026-04-17", "2026-04-17", EGCA_STATUS_MET, "2026-04-10");
  /* 行政许可法 第三十二条: accepted within 5 working days of Tue 02-10: 02-11, 12, 13, Sat 14 (worked), 24. */
  expect(one("renewal_acceptance"), "2026-02-10", "2026-02-24", EGCA_STATUS_MET, "2026-02-12");
  ck_assert_int_eq(instances("certificate_validity"), 1);
  expect_no_finding(EGCA_FINDING_DEEMED_RENEWED);
  ck_assert_int_eq(egca_timeline_clean(tl), 1);
}
END_TEST

START_TEST(renewal_five_years_out_is_not_covered)
{
  run("{\"type\": \"certificate_issued\", \"date\": \"2025-12-26\"}", "2026-01-05");
  const egca_timeline_deadline *x = one("renewal_filing");
  /* 2030-12-26 - 60 days = 2030-10-27; 2030 has no notice loaded. */
  expect(x, "2030-12-26", "none", EGCA_STATUS_PENDING, "none");
  ck_assert_str_eq(txt(x->nominal), "2030-10-27");
  ck_assert_int_eq(x->has_days_left, 0);
  const egca_timeline_finding *f = finding(EGCA_FINDING_CALENDAR_NOT_COVERED);
  ck_assert_ptr_nonnull(f);
  ck_assert_int_eq(f->year, 2030);
  /* The validity needs no calendar and is always computed. */
  expect(one("certificate_validity"), "2025-12-26", "2030-12-26", EGCA_STATUS_VALID, "none");
  ck_assert_int_eq(egca_timeline_clean(tl), 1);
}
END_TEST

/* --- Tentative years and strict mode ------------------------------------------------------------------------ */

START_TEST(decision_reaching_a_tentative_year_is_provisional)
{
  egca_error err = {0};
  int rc = run_on(fixture,
                  "{\"type\": \"received\", \"date\": \"2082-12-21\"}, {\"type\": \"accepted\", \"date\": \"2082-12-23\"}",
                  "2082-12-24", &err);
  ck_assert_int_eq(rc, EGCA_PROVISIONAL);
  /* 12-24, 25, 28..31 (6), 2083-01-01 holiday (tentative), 01-04..08 (11), 11..15 (16), 18..21 (20). */
  const egca_timeline_deadline *x = one("decision");
  expect(x, "2082-12-23", "2083-01-21", EGCA_STATUS_PENDING, "none");
  ck_assert_int_eq(x->provisional, 1);
  ck_assert_int_eq(one("acceptance")->provisional, 0);
  ck_assert_int_eq(egca_timeline_provisional(tl), 1);
}
END_TEST

START_TEST(strict_calendar_rejects_tentative_days)
{
  egca_error err = {0};
  int rc = run_on(strict_fixture,
                  "{\"type\": \"received\", \"date\": \"2082-12-21\"}, {\"type\": \"accepted\", \"date\": \"2082-12-23\"}",
                  "2082-12-24", &err);
  ck_assert_int_eq(rc, EGCA_E_COVERAGE);
  ck_assert_int_eq(err.year, 2083);
  ck_assert_int_eq(egca_timeline_deadline_count(tl), 0);
}
END_TEST

/* --- The log itself -------------------------------------------------------------------------------------- */

START_TEST(withdrawal_ends_open_deadlines)
{
  run(ACCEPTED_2026 ", {\"type\": \"withdrawn\", \"date\": \"2026-03-20\"}", "2026-04-30");
  expect(one("decision"), "2026-03-02", "2026-03-30", EGCA_STATUS_NOT_APPLICABLE, "none");
  expect(one("status_query"), "2026-03-02", "2026-03-24", EGCA_STATUS_NOT_APPLICABLE, "none");
  ck_assert_int_eq(egca_timeline_clean(tl), 1);
}
END_TEST

START_TEST(events_after_as_of_are_not_known)
{
  run(ACCEPTED_2026 ", {\"type\": \"decided\", \"date\": \"2026-03-25\", \"outcome\": \"granted\"}", "2026-03-20");
  expect(one("decision"), "2026-03-02", "2026-03-30", EGCA_STATUS_PENDING, "none");
  ck_assert_int_eq(instances("notification"), 0);
  run("", "2026-03-20");
  ck_assert_int_eq(egca_timeline_deadline_count(tl), 0);
  ck_assert_int_eq(egca_timeline_finding_count(tl), 0);
}
END_TEST

START_TEST(events_in_date_order_file_order_within_a_day)
{
  /* Filed out of order; the notice and the review start share a day (the notice listed second). */
  run("{\"type\": \"review_started\", \"date\": \"2026-03-10\"}, {\"type\": \"review_time_notified\", \"date\": "
      "\"2026-03-10\"},"
      "{\"type\": \"accepted\", \"date\": \"2026-03-02\"}, {\"type\": \"received\", \"date\": \"2026-02-24\"}",
      "2026-03-11");
  expect(one("review_time_notice"), "2026-03-10", "2026-03-10", EGCA_STATUS_MET, "2026-03-10");
  egca_event e;
  size_t source;
  ck_assert_int_eq(egca_case_event(&e, &source, cs, 0), 1);
  ck_assert_int_eq(e.type, EGCA_EVENT_RECEIVED);
  ck_assert_int_eq(source, 3);
  ck_assert_int_eq(egca_case_event(&e, &source, cs, 2), 1);
  ck_assert_int_eq(e.type, EGCA_EVENT_REVIEW_STARTED);
  ck_assert_int_eq(egca_case_event(&e, &source, cs, 4), 0);
}
END_TEST

START_TEST(decided_before_a_deemed_acceptance_is_invalid)
{
  egca_error err = {0};
  int rc = run_on(calendar, RECEIVED ", {\"type\": \"decided\", \"date\": \"2025-10-10\", \"outcome\": \"granted\"}",
                  "2025-10-20", &err);
  ck_assert_int_eq(rc, EGCA_E_INVALID);
  ck_assert_str_eq(err.pointer, "/events/1");
  /* After the acceptance period ran out, the decision rests on the deemed acceptance. */
  run(RECEIVED ", {\"type\": \"decided\", \"date\": \"2025-10-15\", \"outcome\": \"granted\"}", "2025-10-20");
  expect(one("decision"), "2025-09-30", "2025-11-04", EGCA_STATUS_MET, "2025-10-15");
}
END_TEST

/* The invalid catalog through egca_case_new: the pointer names the event by its index in the input; the
 * message holds `en` in English and `zh` in Chinese. */
static void expect_invalid(const egca_event *events, size_t count, const char *pointer, const char *en,
                           const char *zh)
{
  for (int lang = 0; lang < 2; lang++) {
    egca_case *c = NULL;
    egca_error err = {.lang = lang == 0 ? EGCA_LANG_EN : EGCA_LANG_ZH};
    const char *fragment = lang == 0 ? en : zh;
    ck_assert_int_eq(egca_case_new(&c, "T", events, count, &err), EGCA_E_INVALID);
    ck_assert_ptr_null(c);
    ck_assert_str_eq(err.pointer, pointer);
    ck_assert_msg(strstr(err.message, fragment) != NULL, "message \"%s\" lacks \"%s\"", err.message, fragment);
  }
}

START_TEST(invalid_catalog_in_memory)
{
  egca_event e[4] = {EGCA_EVENT_INIT, EGCA_EVENT_INIT, EGCA_EVENT_INIT, EGCA_EVENT_INIT};
  e[0].type = EGCA_EVENT_RECEIVED;
  e[0].date = d("2025-09-30");
  e[1].type = EGCA_EVENT_ACCEPTED;
  e[1].date = d("2025-10-09");
  e[2].type = EGCA_EVENT_DECIDED;
  e[2].date = d("2025-10-20");
  expect_invalid(e, 3, "/events/2/outcome", "needs an outcome", "须有outcome");
  e[2].type = EGCA_EVENT_REVIEW_ENDED;
  expect_invalid(e, 3, "/events/2", "without an open review", "之前没有进行中的技术评审");
  e[2].type = EGCA_EVENT_RESUBMITTED;
  expect_invalid(e, 3, "/events/2", "without a correction request", "补正材料之前没有补正通知");
  e[2].type = (egca_event_type)99;
  expect_invalid(e, 3, "/events/2/type", "unknown event type", "未知事件类型");
  e[2].type = EGCA_EVENT_REVIEW_STARTED;
  e[3] = e[2];
  e[3].date = d("2025-10-21");
  expect_invalid(e, 4, "/events/3", "overlapping reviews", "技术评审重叠");
  e[1].type = EGCA_EVENT_WITHDRAWN;
  expect_invalid(e, 3, "/events/2", "after the case ended", "发生在案件结束之后");
  e[0].type = EGCA_EVENT_CERTIFICATE_ISSUED;
  e[1].type = EGCA_EVENT_CHANGE_FILED;
  e[1].ref = "C9";
  expect_invalid(e, 2, "/events/1/ref", "unknown ref", "指向未知的ref");
  e[1].type = EGCA_EVENT_CHANGE_OCCURRED;
  e[1].ref = NULL;
  expect_invalid(e, 2, "/events/1/ref", "needs a ref", "须有指明变更的ref");
  e[1].ref = "C1";
  egca_case *c = NULL;
  egca_error err = {0};
  ck_assert_int_eq(egca_case_new(&c, "T", e, 2, &err), 0);
  ck_assert_str_eq(egca_case_id(c), "T");
  egca_event back;
  ck_assert_int_eq(egca_case_event(&back, NULL, c, 1), 1);
  ck_assert_str_eq(back.ref, "C1");
  egca_case_free(c);
}
END_TEST

/* The ref checks report the first repeat in date order, naming the first use of the ref, whatever the
 * file order; the refs of many changes are checked together (by sorting), not each against all before. */
START_TEST(change_refs_checked_in_date_order)
{
  egca_event e[6];
  for (size_t i = 0; i < 6; i++)
    e[i] = (egca_event)EGCA_EVENT_INIT;
  e[0].type = EGCA_EVENT_CERTIFICATE_ISSUED;
  e[0].date = d("2025-01-02");
  const char *refs[5] = {"A", "B", "A", "A", "B"};
  const char *dates[5] = {"2025-03-03", "2025-02-03", "2025-02-10", "2025-04-01", "2025-02-04"};
  for (size_t i = 1; i < 6; i++) {
    e[i].type = EGCA_EVENT_CHANGE_OCCURRED;
    e[i].ref = refs[i - 1];
    e[i].date = d(dates[i - 1]);
  }
  /* In date order: B (02-03, /events/2), B (02-04, /events/5), A (02-10, /events/3), A (03-03), A (04-01). */
  egca_case *c = NULL;
  egca_error err = {.lang = EGCA_LANG_EN}, zh = {0};
  ck_assert_int_eq(egca_case_new(&c, "T", e, 6, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.pointer, "/events/5/ref");
  ck_assert_str_eq(err.message, "the ref \"B\" already names the change of 2025-02-03 (/events/2)");
  ck_assert_int_eq(egca_case_new(&c, "T", e, 6, &zh), EGCA_E_INVALID);
  ck_assert_str_eq(zh.message, "ref\"B\"已指2025-02-03的变更（/events/2）");
  e[5].ref = "C";
  ck_assert_int_eq(egca_case_new(&c, "T", e, 6, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.pointer, "/events/1/ref");
  ck_assert_str_eq(err.message, "the ref \"A\" already names the change of 2025-02-10 (/events/3)");
  /* Filings: each names the change of its ref before it; a second filing of one change is refused. */
  e[1].ref = "D";
  e[4].type = EGCA_EVENT_CHANGE_FILED;
  e[4].ref = "A";
  e[4].date = d("2025-02-12");
  e[5].type = EGCA_EVENT_CHANGE_FILED;
  e[5].ref = "B";
  e[5].date = d("2025-02-05");
  ck_assert_int_eq(egca_case_new(&c, "T", e, 6, &err), 0);
  egca_event back;
  size_t at;
  ck_assert_int_eq(egca_case_event(&back, &at, c, 2), 1);
  ck_assert_uint_eq(at, 5);
  ck_assert_str_eq(back.ref, "B");
  egca_case_free(c);
  e[1].type = EGCA_EVENT_CHANGE_FILED;
  e[1].ref = "A";
  ck_assert_int_eq(egca_case_new(&c, "T", e, 6, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.pointer, "/events/1/ref");
  ck_assert_str_eq(err.message, "the change \"A\" was already filed on 2025-02-12 (/events/4)");
  e[5].ref = "E";
  ck_assert_int_eq(egca_case_new(&c, "T", e, 6, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.pointer, "/events/5/ref");
  ck_assert_str_eq(err.message, "change_filed names the unknown ref \"E\" (no change_occurred before it)");
}
END_TEST

/* The limit of 100,000 events names the events array, for events from memory as for a file. */
START_TEST(events_limit_names_the_array)
{
  const size_t n = 100001;
  egca_event *e = calloc(n, sizeof *e);
  ck_assert_ptr_nonnull(e);
  egca_case *c = NULL;
  egca_error err = {.lang = EGCA_LANG_EN}, zh = {0};
  ck_assert_int_eq(egca_case_new(&c, "T", e, n, &err), EGCA_E_INVALID);
  ck_assert_ptr_null(c);
  ck_assert_str_eq(err.source, "<case>");
  ck_assert_str_eq(err.pointer, "/events");
  ck_assert_str_eq(err.message, "more than 100000 events");
  ck_assert_int_eq(egca_case_new(&c, "T", e, n, &zh), EGCA_E_INVALID);
  ck_assert_str_eq(zh.message, "事件超过100000个");
  free(e);
  /* From JSON text: the source given and the line of the array. */
  const char *head = "{\"case_id\": \"X\",\n \"events\": [", *one = "{\"type\": \"received\", \"date\": \"2025-09-30\"}";
  size_t len = strlen(head) + n * (strlen(one) + 1) + 2;
  char *text = malloc(len + 1), *at = text;
  ck_assert_ptr_nonnull(text);
  at += sprintf(at, "%s", head);
  for (size_t i = 0; i < n; i++)
    at += sprintf(at, "%s%s", i ? "," : "", one);
  at += sprintf(at, "]}");
  ck_assert_int_eq(egca_case_parse(&c, text, (size_t)(at - text), "many.json", &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.source, "many.json");
  ck_assert_str_eq(err.pointer, "/events");
  ck_assert_int_eq(err.line, 2);
  ck_assert_int_eq(err.column, 12);
  ck_assert_str_eq(err.message, "more than 100000 events");
  free(text);
}
END_TEST

/* A case's text is at most EGCA_CASE_TEXT_MAX (64 MiB) bytes however it arrives: egca_case_parse refuses one
 * byte more, as egca_case_load refuses such a file, and reads a case of exactly the limit. */
START_TEST(text_limit)
{
  const char *body = "{\"case_id\": \"X\", \"events\": []";
  char *text = malloc(EGCA_CASE_TEXT_MAX + 1);
  ck_assert_ptr_nonnull(text);
  memset(text, ' ', EGCA_CASE_TEXT_MAX + 1);
  memcpy(text, body, strlen(body));
  text[EGCA_CASE_TEXT_MAX] = '}';
  egca_case *c = NULL;
  egca_error err = {.lang = EGCA_LANG_EN}, zh = {0};
  ck_assert_int_eq(egca_case_parse(&c, text, EGCA_CASE_TEXT_MAX + 1, "big.json", &err), EGCA_E_INVALID);
  ck_assert_ptr_null(c);
  ck_assert_str_eq(err.source, "big.json");
  ck_assert_str_eq(err.message, "case is larger than the limit of 67108864 bytes");
  ck_assert_int_eq(egca_case_parse(&c, text, EGCA_CASE_TEXT_MAX + 1, "big.json", &zh), EGCA_E_INVALID);
  ck_assert_str_eq(zh.message, "案件超过67108864字节的上限");
  ck_assert_int_eq(egca_case_parse(&c, text + 1, EGCA_CASE_TEXT_MAX, "big.json", &err), EGCA_E_PARSE);
  text[EGCA_CASE_TEXT_MAX - 1] = '}';
  ck_assert_int_eq(egca_case_parse(&c, text, EGCA_CASE_TEXT_MAX, "big.json", &err), EGCA_OK);
  ck_assert_str_eq(egca_case_id(c), "X");
  egca_case_free(c);
  free(text);
}
END_TEST

/* A case may hold 1000 technical reviews (docs/case.md). At the limit, with a review on each of 1000 days
 * and the rest of the 100,000 events notices after them all, the evaluation takes milliseconds; one
 * review more is refused, naming the event. */
START_TEST(reviews_limit)
{
  const size_t n = 100000;
  egca_event *e = calloc(n, sizeof *e);
  ck_assert_ptr_nonnull(e);
  for (size_t i = 0; i < n; i++)
    e[i] = (egca_event)EGCA_EVENT_INIT;
  e[0].type = EGCA_EVENT_RECEIVED;
  e[0].date = d("2025-09-30");
  e[1].type = EGCA_EVENT_ACCEPTED;
  e[1].date = d("2025-10-09");
  for (size_t r = 0; r < 1000; r++) {
    e[2 + 2 * r].type = EGCA_EVENT_REVIEW_STARTED;
    e[3 + 2 * r].type = EGCA_EVENT_REVIEW_ENDED;
    e[2 + 2 * r].date = e[3 + 2 * r].date = d("2025-10-10") + (egca_date)r;
  }
  for (size_t i = 2002; i < n; i++) {
    e[i].type = EGCA_EVENT_REVIEW_TIME_NOTIFIED;
    e[i].date = d("2028-09-01");
  }
  egca_error err = {0};
  ck_assert_int_eq(egca_case_new(&cs, "T", e, n, &err), 0);
  clock_t start = clock();
  ck_assert_int_ge(egca_case_evaluate(tl, cs, calendar, rules, d("2028-12-31"), NULL, &err), 0);
  double seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
  ck_assert_msg(seconds < 2, "1000 reviews took %.2f s", seconds);
  ck_assert_int_eq(instances("review_time_notice"), 1000);
  ck_assert_int_eq(instances("decision"), 1);
  egca_case_free(cs);
  cs = NULL;
  e[2002].type = EGCA_EVENT_REVIEW_STARTED;
  e[2003].type = EGCA_EVENT_REVIEW_ENDED;
  e[2002].date = e[2003].date = d("2028-07-06");
  ck_assert_int_eq(egca_case_new(&cs, "T", e, n, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.pointer, "/events/2002");
  ck_assert_str_eq(err.message, "技术评审超过1000次");
  err.lang = EGCA_LANG_EN;
  ck_assert_int_eq(egca_case_new(&cs, "T", e, n, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "more than 1000 technical reviews");
  free(e);
}
END_TEST

/* The events added for hearings and remedies cannot stand where the law gives them no place. */
START_TEST(invalid_hearings_and_remedies)
{
  static const struct {
    const char *events, *pointer, *fragment;
  } bad[] = {
      {"{\"type\": \"received\", \"date\": \"2026-03-02\"}, {\"type\": \"hearing_requested\", \"date\": \"2026-03-03\"}",
       "/events/1", "without a notice of the right to a hearing"},
      {"{\"type\": \"received\", \"date\": \"2026-03-02\"}, {\"type\": \"hearing_held\", \"date\": \"2026-03-03\"}",
       "/events/1", "without a hearing asked for"},
      {"{\"type\": \"hearing_right_notified\", \"date\": \"2026-03-03\"}", "/events/0",
       "before the application materials were received"},
      {"{\"type\": \"received\", \"date\": \"2026-03-02\"}, {\"type\": \"accepted\", \"date\": \"2026-03-02\"},"
       "{\"type\": \"hearing_right_notified\", \"date\": \"2026-03-03\"},"
       "{\"type\": \"hearing_requested\", \"date\": \"2026-03-04\"},"
       "{\"type\": \"decided\", \"date\": \"2026-03-20\", \"outcome\": \"granted\"}",
       "/events/4", "has not been held"},
      {"{\"type\": \"received\", \"date\": \"2026-03-02\"}, {\"type\": \"reconsideration_filed\", \"date\": \"2026-03-03\"}",
       "/events/1", "without a denial or a refusal to accept"},
      {"{\"type\": \"received\", \"date\": \"2026-03-02\"}, {\"type\": \"rejected\", \"date\": \"2026-03-03\"},"
       "{\"type\": \"reconsideration_decided\", \"date\": \"2026-05-03\"}",
       "/events/2", "without a reconsideration applied for"},
      {"{\"type\": \"received\", \"date\": \"2026-03-02\"}, {\"type\": \"rejected\", \"date\": \"2026-03-03\"},"
       "{\"type\": \"remedies_notified\", \"date\": \"2026-05-03\"}",
       "/events/2", "remedies_told"},
      {"{\"type\": \"received\", \"date\": \"2026-03-02\", \"remedies_told\": false}", "/events/0/remedies_told",
       "unknown field"},
      {"{\"type\": \"received\", \"date\": \"2026-03-02\"}, {\"type\": \"rejected\", \"date\": \"2026-03-03\", "
       "\"remedies_told\": \"no\"}", "/events/1/remedies_told", "expected true or false"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    char json[2048];
    snprintf(json, sizeof json, "{\"case_id\": \"T\", \"events\": [%s]}", bad[i].events);
    egca_case *c = NULL;
    egca_error err = {.lang = EGCA_LANG_EN};
    ck_assert_int_eq(egca_case_parse(&c, json, strlen(json), "t.json", &err), EGCA_E_INVALID);
    ck_assert_ptr_null(c);
    ck_assert_str_eq(err.pointer, bad[i].pointer);
    ck_assert_msg(strstr(err.message, bad[i].fragment) != NULL, "%zu: %s", i, err.message);
  }
  /* A refusal to accept ends the case, but the remedies may follow it. */
  run("{\"type\": \"received\", \"date\": \"2026-03-02\"}, {\"type\": \"rejected\", \"date\": \"2026-03-03\", "
      "\"remedies_told\": false}, {\"type\": \"remedies_notified\", \"date\": \"2026-03-04\"},"
      "{\"type\": \"litigation_filed\", \"date\": \"2026-03-05\"}", "2026-03-06");
  /* 行诉解释 第六十四条第一款: the suit's six months run from the day its period was told, Wed 03-04: Fri 09-04. */
  expect(one("litigation"), "2026-03-03", "2026-09-04", EGCA_STATUS_MET, "2026-03-05");
  /* 行政复议法 第二十九条: a suit taken ends the 行政复议 period. Told on 03-04: 60 days reach Sun 05-03, inside
   * the Labour Day holiday 05-01..05: the day after it, 05-06 (民事诉讼法 第八十五条). */
  expect(one("reconsideration"), "2026-03-03", "2026-05-06", EGCA_STATUS_NOT_APPLICABLE, "none");
}
END_TEST

START_TEST(invalid_json_names_line_and_pointer)
{
  const char *text = "{\"case_id\": \"X\", \"events\": [\n"
                     "  {\"type\": \"received\", \"date\": \"2025-09-30\"},\n"
                     "  {\"type\": \"decided\", \"date\": \"2025-10-20\", \"outcome\": \"maybe\"}\n"
                     "]}";
  egca_case *c = NULL;
  egca_error err = {0};
  ck_assert_int_eq(egca_case_parse(&c, text, strlen(text), "x.json", &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.pointer, "/events/1/outcome");
  ck_assert_int_eq(err.line, 3);
  ck_assert_str_eq(err.source, "x.json");
  const char *dup = "{\"case_id\": \"X\", \"case_id\": \"Y\", \"events\": []}";
  ck_assert_int_eq(egca_case_parse(&c, dup, strlen(dup), NULL, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.pointer, "/case_id");
  const char *extra = "{\"case_id\": \"X\", \"events\": [], \"status\": 1}";
  ck_assert_int_eq(egca_case_parse(&c, extra, strlen(extra), NULL, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.pointer, "/status");
}
END_TEST

/* Parses a case's text and expects it refused with `rc` at line:column, naming `pointer`, the message
 * holding `fragment`. */
static void expect_case_error(const char *text, size_t len, int rc, int line, int column, const char *pointer,
                              const char *fragment)
{
  egca_case *c = NULL;
  egca_error err = {.lang = EGCA_LANG_EN};
  ck_assert_int_eq(egca_case_parse(&c, text, len, "x.json", &err), rc);
  ck_assert_ptr_null(c);
  ck_assert_str_eq(err.source, "x.json");
  ck_assert_int_eq(err.line, line);
  ck_assert_int_eq(err.column, column);
  ck_assert_str_eq(err.pointer, pointer);
  ck_assert_msg(strstr(err.message, fragment) != NULL, "message \"%s\" lacks \"%s\"", err.message, fragment);
}

/* The same refusal in Chinese, the default language: the message holds `fragment`. */
static void expect_case_error_zh(const char *text, const char *fragment)
{
  egca_case *c = NULL;
  egca_error err = {0};
  ck_assert_int_lt(egca_case_parse(&c, text, strlen(text), "x.json", &err), 0);
  ck_assert_ptr_null(c);
  ck_assert_msg(strstr(err.message, fragment) != NULL, "message \"%s\" lacks \"%s\"", err.message, fragment);
}

/* cJSON 1.7.15 reads \u0000, and \u followed by anything but four hexadecimal digits, as a NUL that ends the C
 * string: "received\u0000x" would be the event type "received". Each is refused where its backslash stands
 * (the column counted by hand), with the pointer of the value, or of the member for a name. */
/* A case naming 新疆's office (650000). Its 2025 古尔邦节 rest days are 06-06..06-10 (data/holidays/local/
 * 650000-2025.ics). Received 2025-06-04 (Wed), the acceptance's 5 working days on the office's calendar
 * run from the day after: 06-05 (1), 06-11 (2), 06-12 (3), 06-13 (4), 06-16 (5): due 06-16
 * (the national answer: 06-05, 06-06, 06-09, 06-10, 06-11). Accepted on 06-05, the decision (国家密码管理局,
 * 20 working days) stays national: 06-06 (1), 06-09..06-13 (6), 06-16..06-20 (11), 06-23..06-27 (16),
 * 06-30, 07-01, 07-02, 07-03 (20): due 07-03 (on 新疆's days it would be 07-08). */
START_TEST(office_calendar_counts_the_acceptance_only)
{
  static const char xj[] = "{\"case_id\": \"XJ\", \"office\": \"650000\", \"events\": ["
                           "{\"type\": \"received\", \"date\": \"2025-06-04\"}]}";
  static const char xj2[] = "{\"case_id\": \"XJ\", \"office\": \"650000\", \"events\": ["
                            "{\"type\": \"received\", \"date\": \"2025-06-04\"},"
                            "{\"type\": \"accepted\", \"date\": \"2025-06-05\"}]}";
  egca_error err = {0};
  egca_calendar *office;
  ck_assert_msg(egca_calendar_for_office(&office, "650000", NULL, &err) >= 0, "%s", err.message);
  egca_timeline_options o = {.office_calendar = office};
  egca_case_free(cs);
  ck_assert_int_eq(egca_case_parse(&cs, xj, strlen(xj), "xj.json", &err), 0);
  ck_assert_str_eq(egca_case_office(cs)->code, "650000");
  ck_assert_int_ge(egca_case_evaluate(tl, cs, calendar, rules, d("2025-06-05"), &o, &err), 0);
  expect(one("acceptance"), "2025-06-04", "2025-06-16", EGCA_STATUS_PENDING, "none");
  expect_days_left(one("acceptance"), 4); /* 06-11, 06-12, 06-13, 06-16 */
  /* Without the office's calendar the case is refused, not counted on the national days. */
  ck_assert_int_eq(egca_case_evaluate(tl, cs, calendar, rules, d("2025-06-05"), NULL, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.pointer, "/office");
  egca_case_free(cs);
  ck_assert_int_eq(egca_case_parse(&cs, xj2, strlen(xj2), "xj.json", &err), 0);
  ck_assert_int_ge(egca_case_evaluate(tl, cs, calendar, rules, d("2025-06-05"), &o, &err), 0);
  expect(one("acceptance"), "2025-06-04", "2025-06-16", EGCA_STATUS_MET, "2025-06-05");
  expect(one("decision"), "2025-06-05", "2025-07-03", EGCA_STATUS_PENDING, "none");
  egca_calendar_free(office);
  /* The same case without "office": the national answer. */
  run("{\"type\": \"received\", \"date\": \"2025-06-04\"}", "2025-06-05");
  expect(one("acceptance"), "2025-06-04", "2025-06-11", EGCA_STATUS_PENDING, "none");
  ck_assert_ptr_null(egca_case_office(cs));
  /* An unknown office is refused where it stands. */
  static const char bad[] = "{\"case_id\": \"X\", \"office\": \"990000\", \"events\": []}";
  expect_case_error(bad, strlen(bad), EGCA_E_INVALID, 1, 28, "/office", "unknown office \"990000\"");
  expect_case_error_zh(bad, "未知受理机构\"990000\"（应为受理机构所在省的GB/T 2260代码，例如\"650000\"）");
}
END_TEST

/* The calendars of every office, built on demand: a case of 新疆 (650000) and one of 北京 (110000, no rest days
 * of its own) evaluated with one set. 新疆, received 2025-06-04: due 06-16 (the hand count above); 北京: the
 * national 06-11 (06-05, 06-06, 06-09, 06-10, 06-11). */
START_TEST(office_calendars_give_each_case_its_office)
{
  static const char xj[] = "{\"case_id\": \"XJ\", \"office\": \"650000\", \"events\": ["
                           "{\"type\": \"received\", \"date\": \"2025-06-04\"}]}";
  static const char bj[] = "{\"case_id\": \"BJ\", \"office\": \"110000\", \"events\": ["
                           "{\"type\": \"received\", \"date\": \"2025-06-04\"}]}";
  egca_error err = {0};
  egca_office_calendars *set;
  ck_assert_int_eq(egca_office_calendars_new(&set, NULL, 0, NULL, &err), 0);
  egca_timeline_options o = {.office_calendars = set};
  egca_case_free(cs);
  ck_assert_int_eq(egca_case_parse(&cs, xj, strlen(xj), "xj.json", &err), 0);
  ck_assert_int_ge(egca_case_evaluate(tl, cs, calendar, rules, d("2025-06-05"), &o, &err), 0);
  expect(one("acceptance"), "2025-06-04", "2025-06-16", EGCA_STATUS_PENDING, "none");
  /* Built once, then the same calendar. */
  const egca_calendar *a, *b;
  ck_assert_int_eq(egca_office_calendars_get(&a, set, "650000", &err), 0);
  ck_assert_int_eq(egca_office_calendars_get(&b, set, "650000", &err), 0);
  ck_assert_ptr_eq(a, b);
  ck_assert_str_eq(egca_calendar_region(a), "新疆维吾尔自治区");
  /* The calendar the case was counted on, as a picture's axis asks for it: the office's from the set; with
   * no set, the refusal the evaluation gives. */
  const egca_calendar *counted = NULL;
  ck_assert_int_eq(egca_case_office_calendar(&counted, cs, calendar, &o, &err), 0);
  ck_assert_ptr_eq(counted, a);
  ck_assert_int_eq(egca_case_office_calendar(&counted, cs, calendar, NULL, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.pointer, "/office");
  ck_assert_int_eq(egca_case_office_calendar(&counted, NULL, calendar, &o, &err), EGCA_E_INVALID);
  ck_assert_ptr_null(counted);
  egca_case_free(cs);
  ck_assert_int_eq(egca_case_parse(&cs, bj, strlen(bj), "bj.json", &err), 0);
  ck_assert_int_ge(egca_case_evaluate(tl, cs, calendar, rules, d("2025-06-05"), &o, &err), 0);
  expect(one("acceptance"), "2025-06-04", "2025-06-11", EGCA_STATUS_PENDING, "none");
  /* 北京 has no rest days of its own: its case counts on the national calendar given. */
  ck_assert_int_eq(egca_case_office_calendar(&counted, cs, calendar, &o, &err), 0);
  ck_assert_ptr_eq(counted, calendar);
  /* 北京's case is never counted on 新疆's days: a calendar of another named region is refused. */
  egca_timeline_options wrong = {.office_calendar = a};
  ck_assert_int_eq(egca_case_evaluate(tl, cs, calendar, rules, d("2025-06-05"), &wrong, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.pointer, "/office");
  ck_assert_msg(strstr(err.message, "给出的受理机构日历是新疆维吾尔自治区的日历") != NULL, "%s", err.message);
  err.lang = EGCA_LANG_EN;
  ck_assert_int_eq(egca_case_evaluate(tl, cs, calendar, rules, d("2025-06-05"), &wrong, &err), EGCA_E_INVALID);
  ck_assert_msg(strstr(err.message, "新疆维吾尔自治区's") != NULL, "%s", err.message);
  ck_assert_int_eq(egca_case_office_calendar(&counted, cs, calendar, &wrong, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.pointer, "/office");
  err.lang = EGCA_LANG_ZH;
  /* A code that names no office. */
  ck_assert_int_eq(egca_office_calendars_get(&a, set, "990000", &err), EGCA_E_INVALID);
  egca_office_calendars_free(set);
  /* A base that cannot be read: the error names the file, and is given again without reading it twice. */
  const char *missing = EGCA_SOURCE_DIR "/tests/data/no-such-file.ics";
  ck_assert_int_eq(egca_office_calendars_new(&set, &missing, 1, NULL, &err), 0);
  o.office_calendars = set;
  egca_case_free(cs);
  ck_assert_int_eq(egca_case_parse(&cs, xj, strlen(xj), "xj.json", &err), 0);
  ck_assert_int_eq(egca_case_evaluate(tl, cs, calendar, rules, d("2025-06-05"), &o, &err), EGCA_E_IO);
  ck_assert_str_eq(err.source, missing);
  ck_assert_int_eq(egca_office_calendars_get(&a, set, "650000", &err), EGCA_E_IO);
  ck_assert_ptr_null(a);
  egca_office_calendars_free(set);
  egca_office_calendars_free(NULL);
}
END_TEST

/* Office hours (docs/rules.md, receipt_after_hours). 国家密码管理局's window closes at 17:30 (服务指南 办公地址和服务
 * 时间); no source gives a province's hours. Days of the national 2025 notice: Wed 06-04 and Thu 06-05 are
 * working days, Sat 06-07 a rest day; 10-01..10-08 is the 国庆节 and 中秋节 holiday, so the working day after
 * Tue 09-30 is Thu 10-09. */
START_TEST(receipt_day_after_hours_and_on_rest_days)
{
  const egca_office *window = egca_office_decision(), *beijing = egca_office_find("110000");
  egca_date out, later;
  egca_error err = {0};
  ck_assert_int_eq(window->closes, 17 * 60 + 30);
  ck_assert_int_eq(beijing->closes, -1);
  ck_assert_ptr_null(beijing->hours_source);
  ck_assert_ptr_null(beijing->hours_source_en);
  /* The guide's section that gives the hours, cited in both languages. */
  ck_assert_ptr_nonnull(strstr(window->hours_source, "办公地址和服务时间 （二）服务时间"));
  ck_assert_ptr_nonnull(strstr(window->hours_source_en, "Office address and service hours, (2) Service hours"));
  /* Within hours, or no time recorded: the day itself. */
  ck_assert_int_eq(egca_office_receipt_day(&out, &later, window, calendar, d("2025-06-04"), 17 * 60 + 29,
                                           EGCA_RECEIPT_NEXT_WORKING_DAY, &err), 0);
  ck_assert_str_eq(txt(out), "2025-06-04");
  ck_assert_int_eq(later, EGCA_DATE_NONE);
  ck_assert_int_eq(egca_office_receipt_day(&out, &later, beijing, calendar, d("2025-06-04"), EGCA_TIME_NONE,
                                           EGCA_RECEIPT_NEXT_WORKING_DAY, &err), 0);
  ck_assert_str_eq(txt(out), "2025-06-04");
  /* At the closing time: the next working day, across the National Day holiday. */
  ck_assert_int_eq(egca_office_receipt_day(&out, &later, window, calendar, d("2025-06-04"), 17 * 60 + 30,
                                           EGCA_RECEIPT_NEXT_WORKING_DAY, &err), 0);
  ck_assert_str_eq(txt(out), "2025-06-05");
  ck_assert_int_eq(egca_office_receipt_day(&out, &later, window, calendar, d("2025-09-30"), 18 * 60,
                                           EGCA_RECEIPT_NEXT_WORKING_DAY, &err), 0);
  ck_assert_str_eq(txt(out), "2025-10-09");
  /* A rest day, whatever the office's hours; the other reading keeps the day. */
  ck_assert_int_eq(egca_office_receipt_day(&out, &later, beijing, calendar, d("2025-06-07"), EGCA_TIME_NONE,
                                           EGCA_RECEIPT_NEXT_WORKING_DAY, &err), 0);
  ck_assert_str_eq(txt(out), "2025-06-09");
  ck_assert_int_eq(egca_office_receipt_day(&out, &later, window, calendar, d("2025-06-07"), 10 * 60,
                                           EGCA_RECEIPT_AS_DATED, &err), 0);
  ck_assert_str_eq(txt(out), "2025-06-07");
  /* A time at an office whose hours are unknown: the day as dated, and the day it would be after closing. */
  ck_assert_int_eq(egca_office_receipt_day(&out, &later, beijing, calendar, d("2025-06-04"), 9 * 60,
                                           EGCA_RECEIPT_NEXT_WORKING_DAY, &err), 0);
  ck_assert_str_eq(txt(out), "2025-06-04");
  ck_assert_str_eq(txt(later), "2025-06-05");
  ck_assert_int_eq(egca_office_receipt_day(&out, &later, window, calendar, d("2025-06-04"), 1440,
                                           EGCA_RECEIPT_NEXT_WORKING_DAY, &err), EGCA_E_INVALID);
  /* Filing cutoffs (民法典 第二百零三条第二款). */
  ck_assert_int_eq(egca_office_filing_cutoff(window, EGCA_CHANNEL_IN_PERSON), 17 * 60 + 30);
  ck_assert_int_eq(egca_office_filing_cutoff(window, EGCA_CHANNEL_MAIL), EGCA_TIME_END_OF_DAY);
  ck_assert_int_eq(egca_office_filing_cutoff(beijing, EGCA_CHANNEL_ONLINE), EGCA_TIME_END_OF_DAY);
  ck_assert_int_eq(egca_office_filing_cutoff(beijing, EGCA_CHANNEL_IN_PERSON), EGCA_TIME_NONE);
  ck_assert_int_eq(egca_office_filing_cutoff(window, EGCA_CHANNEL_NONE), EGCA_TIME_NONE);
  ck_assert_str_eq(egca_receipt_reading_name(EGCA_RECEIPT_AS_DATED), "as_dated");
  ck_assert_str_eq(egca_channel_name(EGCA_CHANNEL_IN_PERSON), "in_person");
}
END_TEST

/* Receipts in a timeline (question receipt_after_hours). Received Sat 2025-06-07: by default
 * (next_working_day) the materials count as received on Mon 06-09, and the 5 working days run 06-10, 06-11,
 * 06-12, 06-13, 06-16; read as dated, day 1 is 06-09 and the fifth 06-13. The two readings give different
 * days, so the deadline is ambiguous with both, whichever is picked (--reading or the alias .receipt).
 * Received on a working day with no time: both readings give the same day, nothing is marked. At 北京's
 * office (hours unknown) at 18:00 on Wed 06-04: due 06-11 as dated (06-05, 06-06, 06-09, 06-10, 06-11),
 * 06-12 if it was after closing: ambiguous, with the finding office_hours_unknown, which holds under
 * next_working_day only (read as dated, the hour does not matter). */
START_TEST(receipt_in_a_timeline)
{
  const char *saturday = "{\"type\": \"received\", \"date\": \"2025-06-07\", \"time\": \"10:00\", \"channel\": \"mail\"}";
  run(saturday, "2025-06-09");
  const egca_timeline_deadline *x = one("acceptance");
  expect(x, "2025-06-09", "2025-06-16", EGCA_STATUS_PENDING, "none");
  ck_assert_int_eq(x->ambiguous, 1);
  ck_assert_uint_eq(x->reading_count, 2);
  expect_reading(x, "receipt_after_hours", "next_working_day", "2025-06-16", EGCA_STATUS_PENDING, 1);
  expect_reading(x, "receipt_after_hours", "as_dated", "2025-06-13", EGCA_STATUS_PENDING, 0);
  run_reading(saturday, "2025-06-09", "receipt_after_hours", "as_dated");
  x = one("acceptance");
  expect(x, "2025-06-07", "2025-06-13", EGCA_STATUS_PENDING, "none");
  expect_reading(x, "receipt_after_hours", "next_working_day", "2025-06-16", EGCA_STATUS_PENDING, 0);
  expect_reading(x, "receipt_after_hours", "as_dated", "2025-06-13", EGCA_STATUS_PENDING, 1);
  egca_error err = {0};
  egca_timeline_options dated = {.receipt = EGCA_RECEIPT_AS_DATED};
  ck_assert_int_ge(egca_case_evaluate(tl, cs, calendar, rules, d("2025-06-09"), &dated, &err), 0);
  expect(one("acceptance"), "2025-06-07", "2025-06-13", EGCA_STATUS_PENDING, "none");
  expect_reading(one("acceptance"), "receipt_after_hours", "as_dated", "2025-06-13", EGCA_STATUS_PENDING, 1);
  /* An explicit reading wins over the alias. */
  egca_reading_choice next = {"receipt_after_hours", "next_working_day"};
  dated.readings = &next;
  dated.reading_count = 1;
  ck_assert_int_ge(egca_case_evaluate(tl, cs, calendar, rules, d("2025-06-09"), &dated, &err), 0);
  expect(one("acceptance"), "2025-06-09", "2025-06-16", EGCA_STATUS_PENDING, "none");
  /* Wed 2025-06-04, no time: 06-05 .. 06-11 under both readings. */
  run("{\"type\": \"received\", \"date\": \"2025-06-04\"}", "2025-06-05");
  expect(one("acceptance"), "2025-06-04", "2025-06-11", EGCA_STATUS_PENDING, "none");
  ck_assert_int_eq(one("acceptance")->ambiguous, 0);
  static const char bj[] = "{\"case_id\": \"BJ\", \"office\": \"110000\", \"events\": ["
                           "{\"type\": \"received\", \"date\": \"2025-06-04\", \"time\": \"18:00\"}]}";
  egca_case_free(cs);
  ck_assert_int_eq(egca_case_parse(&cs, bj, strlen(bj), "bj.json", &err), 0);
  ck_assert_int_ge(egca_case_evaluate(tl, cs, calendar, rules, d("2025-06-05"), NULL, &err), 0);
  x = one("acceptance");
  expect(x, "2025-06-04", "2025-06-11", EGCA_STATUS_PENDING, "none");
  ck_assert_int_eq(x->ambiguous, 1);
  ck_assert_str_eq(txt(x->other_reading), "2025-06-12");
  expect_finding(EGCA_FINDING_OFFICE_HOURS_UNKNOWN, "2025-06-04");
  const egca_timeline_finding *f = finding(EGCA_FINDING_OFFICE_HOURS_UNKNOWN);
  ck_assert_str_eq(txt(f->other), "2025-06-12");
  ck_assert_int_eq(f->contested, 1);
  ck_assert_str_eq(f->reading, "next_working_day");
  ck_assert_int_eq(egca_finding_code_is_violation(EGCA_FINDING_OFFICE_HOURS_UNKNOWN), 0);
  egca_timeline_options as_dated = {.receipt = EGCA_RECEIPT_AS_DATED};
  ck_assert_int_ge(egca_case_evaluate(tl, cs, calendar, rules, d("2025-06-05"), &as_dated, &err), 0);
  expect(one("acceptance"), "2025-06-04", "2025-06-11", EGCA_STATUS_PENDING, "none");
  ck_assert_int_eq(one("acceptance")->ambiguous, 0);
  expect_no_finding(EGCA_FINDING_OFFICE_HOURS_UNKNOWN);
}
END_TEST

/* A filing on the last day (change_filing: 2026-09-01 + 30 days = 10-01, a holiday; last day 10-08): by post or
 * online it counts up to 24:00; in person at 北京's office, whose closing time no source gives, whether it was
 * in time is unknown (the finding says so); with no channel recorded, likewise. */
START_TEST(filing_cutoff_on_the_last_day)
{
  static const char *const channels[] = {"\"mail\"", "\"online\"", "\"in_person\"", NULL};
  for (int k = 0; k < 4; k++) {
    char json[1024], channel[64] = "";
    if (channels[k] != NULL)
      snprintf(channel, sizeof channel, ", \"channel\": %s", channels[k]);
    snprintf(json, sizeof json,
             "{\"case_id\": \"BJ\", \"office\": \"110000\", \"events\": ["
             "{\"type\": \"certificate_issued\", \"date\": \"2025-12-26\"},"
             "{\"type\": \"change_occurred\", \"date\": \"2026-09-01\", \"ref\": \"C1\"},"
             "{\"type\": \"change_filed\", \"date\": \"2026-10-08\", \"ref\": \"C1\", \"time\": \"23:59\"%s}]}",
             channel);
    egca_error err = {0};
    egca_case_free(cs);
    ck_assert_msg(egca_case_parse(&cs, json, strlen(json), "bj.json", &err) == 0, "%s", err.message);
    ck_assert_int_ge(egca_case_evaluate(tl, cs, calendar, rules, d("2026-10-09"), NULL, &err), 0);
    expect(one("change_filing"), "2026-09-01", "2026-10-08", EGCA_STATUS_MET, "2026-10-08");
    /* The filing's cutoff (change_filing) is known by post and online; in person at an office whose hours no
     * source gives it is not. (The office's acceptance of the change application, change_acceptance, runs
     * from the receipt, whose hour is unknown at this office whatever the channel: its own finding.) */
    int filing_unknown = 0;
    for (size_t i = 0; i < egca_timeline_finding_count(tl); i++) {
      const egca_timeline_finding *f = egca_timeline_finding_at(tl, i);
      filing_unknown += f->code == EGCA_FINDING_OFFICE_HOURS_UNKNOWN && strcmp(f->rule_id, "change_filing") == 0;
    }
    ck_assert_int_eq(filing_unknown, k < 2 ? 0 : 1);
  }
}
END_TEST

/* time and channel: only on the events that bring materials or a filing, and well formed. */
START_TEST(time_and_channel_are_checked)
{
  static const char late[] = "{\"case_id\": \"X\", \"events\": [{\"type\": \"received\", \"date\": \"2025-06-04\", \"time\": \"24:00\"}]}";
  expect_case_error(late, strlen(late), EGCA_E_INVALID, 1, 80, "/events/0/time", "expected HH:MM, 00:00 to 23:59");
  expect_case_error_zh(late, "不是时刻：应为HH:MM，00:00至23:59");
  static const char loose[] = "{\"case_id\": \"X\", \"events\": [{\"type\": \"received\", \"date\": \"2025-06-04\", \"time\": \"9:00\"}]}";
  expect_case_error(loose, strlen(loose), EGCA_E_INVALID, 1, 80, "/events/0/time", "\"9:00\" is no time of day");
  static const char fax[] = "{\"case_id\": \"X\", \"events\": [{\"type\": \"received\", \"date\": \"2025-06-04\", \"channel\": \"fax\"}]}";
  expect_case_error(fax, strlen(fax), EGCA_E_INVALID, 1, 83, "/events/0/channel", "unknown channel \"fax\"");
  expect_case_error_zh(fax, "未知递交方式\"fax\"（in_person、mail或online）");
  static const char acc[] = "{\"case_id\": \"X\", \"events\": [{\"type\": \"received\", \"date\": \"2025-06-04\"},"
                            " {\"type\": \"accepted\", \"date\": \"2025-06-05\", \"time\": \"10:00\"}]}";
  expect_case_error(acc, strlen(acc), EGCA_E_INVALID, 1, 116, "/events/1/time", "unknown field \"time\" for an event of type accepted");
  expect_case_error_zh(acc, "未知字段\"time\"（accepted类型的事件不带此字段）");
  /* Through egca_case_new: the same checks, and the values read back. */
  egca_event e[2] = {EGCA_EVENT_INIT, EGCA_EVENT_INIT};
  e[0].date = d("2025-06-04");
  e[0].time = 1440;
  expect_invalid(e, 1, "/events/0/time", "00:00 to 23:59", "时刻应在00:00至23:59之间");
  e[0].time = 17 * 60;
  e[0].channel = EGCA_CHANNEL_ONLINE;
  e[1].type = EGCA_EVENT_ACCEPTED;
  e[1].date = d("2025-06-05");
  e[1].channel = EGCA_CHANNEL_MAIL;
  expect_invalid(e, 2, "/events/1/channel", "accepted takes no channel", "accepted不带channel");
  e[1].channel = EGCA_CHANNEL_NONE;
  egca_case *c;
  egca_error err = {0};
  ck_assert_int_eq(egca_case_new(&c, "T", e, 2, &err), 0);
  egca_event back;
  ck_assert_int_eq(egca_case_event(&back, NULL, c, 0), 1);
  ck_assert_int_eq(back.time, 17 * 60);
  ck_assert_int_eq(back.channel, EGCA_CHANNEL_ONLINE);
  ck_assert_int_eq(egca_case_event(&back, NULL, c, 1), 1);
  ck_assert_int_eq(back.time, EGCA_TIME_NONE);
  egca_case_free(c);
}
END_TEST

/* The answer of a change or renewal application (行政许可法 第三十二条): required on change_answered and
 * renewal_answered, refused elsewhere, read back by egca_case_event. */
START_TEST(answers_through_case_new)
{
  ck_assert_str_eq(egca_answer_name(EGCA_ANSWER_CORRECTION_REQUESTED), "correction_requested");
  ck_assert_ptr_null(egca_answer_name(EGCA_ANSWER_NONE));
  egca_event e[3] = {EGCA_EVENT_INIT, EGCA_EVENT_INIT, EGCA_EVENT_INIT};
  e[0].type = EGCA_EVENT_CERTIFICATE_ISSUED;
  e[0].date = d("2025-03-18");
  e[1].type = EGCA_EVENT_RENEWAL_FILED;
  e[1].date = d("2026-02-10");
  e[1].answer = EGCA_ANSWER_ACCEPTED;
  expect_invalid(e, 2, "/events/1/answer", "renewal_filed takes no answer", "renewal_filed不带answer");
  e[1].answer = EGCA_ANSWER_NONE;
  e[2].type = EGCA_EVENT_RENEWAL_ANSWERED;
  e[2].date = d("2026-02-12");
  expect_invalid(e, 3, "/events/2/answer", "renewal_answered needs an answer",
                 "renewal_answered须有answer（accepted、correction_requested或rejected）");
  e[2].answer = (egca_answer)7;
  expect_invalid(e, 3, "/events/2/answer", "needs an answer", "须有answer");
  e[2].answer = EGCA_ANSWER_REJECTED;
  egca_case *c;
  egca_error err = {0};
  ck_assert_int_eq(egca_case_new(&c, "T", e, 3, &err), 0);
  egca_event back;
  ck_assert_int_eq(egca_case_event(&back, NULL, c, 2), 1);
  ck_assert_int_eq(back.type, EGCA_EVENT_RENEWAL_ANSWERED);
  ck_assert_int_eq(back.answer, EGCA_ANSWER_REJECTED);
  ck_assert_int_eq(egca_case_event(&back, NULL, c, 1), 1);
  ck_assert_int_eq(back.answer, EGCA_ANSWER_NONE);
  /* Any answer meets the office's 5 working days: 02-11, 12, 13, Sat 14 (worked), 24. */
  ck_assert_int_ge(egca_case_evaluate(tl, c, calendar, rules, d("2026-03-02"), NULL, &err), 0);
  egca_case_free(cs);
  cs = c;
  expect(one("renewal_acceptance"), "2026-02-10", "2026-02-24", EGCA_STATUS_MET, "2026-02-12");
}
END_TEST

START_TEST(json_escapes_that_would_cut_a_string)
{
  static const struct {
    const char *text;
    int column;
    const char *pointer, *fragment;
  } bad[] = {
      {"{\"case_id\": \"X\\u0000Y\", \"events\": []}", 15, "/case_id", "\\u0000 in a string"},
      {"{\"case_id\": \"X\", \"events\": [{\"type\": \"received\\u0000x\", \"date\": \"2025-09-30\"}]}", 47,
       "/events/0/type", "\\u0000 in a string"},
      {"{\"case_id\": \"X\", \"events\": [{\"ty\\u0000pe\": \"received\", \"date\": \"2025-09-30\"}]}", 33,
       "/events/0/ty\\u0000pe", "\\u0000 in a string"},
      {"{\"case_id\": \"X\\uZZZZ\", \"events\": []}", 15, "/case_id", "four hexadecimal digits"},
      {"{\"case_id\": \"X\\u12\", \"events\": []}", 15, "/case_id", "four hexadecimal digits"},
      {"{\"case_id\": \"X\\u00e\", \"events\": []}", 15, "/case_id", "four hexadecimal digits"},
      {"{\"case_id\": \"X\\uD800\", \"events\": []}", 15, "/case_id", "high surrogate"},
      {"{\"case_id\": \"X\\uD800\\u0041\", \"events\": []}", 15, "/case_id", "high surrogate"},
      {"{\"case_id\": \"X\\udc00\", \"events\": []}", 15, "/case_id", "low surrogate"},
      {"{\"case_id\": \"X\\x41\", \"events\": []}", 15, "/case_id", "invalid escape \\x"},
      {"{\"case_id\": \"X\", \"events\": [{\"a~/\\\"b\": {\"c\": [1, \"\\u0000\"]}}]}", 51,
       "/events/0/a~0~1\"b/c/1", "\\u0000 in a string"},
      {"\"\\u0000\"", 2, "/", "\\u0000 in a string"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
    expect_case_error(bad[i].text, strlen(bad[i].text), EGCA_E_PARSE, 1, bad[i].column, bad[i].pointer,
                      bad[i].fragment);
  /* The escapes that are characters: a pair of surrogates is one (U+1F600, F0 9F 98 80 in UTF-8). */
  const char *good = "{\"case_id\": \"\\/\\\"\\uD83D\\uDE00\\u00e9\", \"events\": []}";
  egca_case *c = NULL;
  ck_assert_int_eq(egca_case_parse(&c, good, strlen(good), NULL, NULL), 0);
  ck_assert_str_eq(egca_case_id(c), "/\"\xF0\x9F\x98\x80\xC3\xA9");
  egca_case_free(c);
}
END_TEST

/* RFC 8259 section 2: white space between tokens is space, tab, line feed and carriage return, where cJSON
 * takes any byte up to 0x20. */
START_TEST(json_white_space_is_four_characters)
{
  static const struct {
    const char *text;
    int line, column;
    const char *fragment;
  } bad[] = {
      {"{\"case_id\": \"X\",\x0c\"events\": []}", 1, 17, "U+000C outside a string"},
      {"\x01{\"case_id\": \"X\", \"events\": []}", 1, 1, "U+0001 outside a string"},
      {"{\"case_id\": \"X\",\n\"events\": [\x0b]}", 2, 12, "U+000B outside a string"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
    expect_case_error(bad[i].text, strlen(bad[i].text), EGCA_E_PARSE, bad[i].line, bad[i].column, "",
                      bad[i].fragment);
  const char *fine = " \t\r\n{\"case_id\": \"X\", \"events\": []}\r\n";
  egca_case *c = NULL;
  ck_assert_int_eq(egca_case_parse(&c, fine, strlen(fine), NULL, NULL), 0);
  egca_case_free(c);
}
END_TEST

/* One UTF-8 byte order mark before the text is skipped (RFC 8259 section 8.1), and positions count from after
 * it; a second one is text. */
START_TEST(json_byte_order_mark)
{
  const char *with = "\xEF\xBB\xBF{\"case_id\": \"X\", \"events\": []}";
  egca_case *c = NULL;
  ck_assert_int_eq(egca_case_parse(&c, with, strlen(with), NULL, NULL), 0);
  egca_case_free(c);
  const char *bad = "\xEF\xBB\xBF{\"case_id\": \"X\", \"events\": [], \"status\": 1}";
  expect_case_error(bad, strlen(bad), EGCA_E_INVALID, 1, 32, "/status", "unknown field");
  const char *twice = "\xEF\xBB\xBF\xEF\xBB\xBF{\"case_id\": \"X\", \"events\": []}";
  expect_case_error(twice, strlen(twice), EGCA_E_PARSE, 1, 1, "", "syntax error");
}
END_TEST

/* An integer field (an event's days) reads the number's text: 30, 30.0, 3e1, 3.0E+1 and 300e-1 are the
 * integer 30; 29.999999999999999999 and 30.0000000000000001 are not, though a double rounds both to 30; nor is
 * 1e-400, which underflows to 0. */
START_TEST(integer_fields_read_the_text_exactly)
{
  static const char *const thirty[] = {"30", "30.0", "3e1", "3.0E+1", "300e-1", "0.3e2"};
  static const char *const not_integers[] = {"29.999999999999999999", "30.0000000000000001", "1e-400", "29.5",
                                             "3.00000000000000000001e1"};
  char text[256];
  const char *format = "{\"case_id\": \"X\", \"events\": [{\"type\": \"received\", \"date\": \"2025-09-30\"}, "
                       "{\"type\": \"review_time_notified\", \"date\": \"2025-10-09\", \"days\": %s}]}";
  /* "days": begins at column 128, its number at 136 (counted by hand). */
  for (size_t i = 0; i < sizeof thirty / sizeof *thirty; i++) {
    snprintf(text, sizeof text, format, thirty[i]);
    egca_case *c = NULL;
    egca_error err = {0};
    ck_assert_msg(egca_case_parse(&c, text, strlen(text), NULL, &err) == 0, "%s: %s", thirty[i], err.message);
    egca_event e;
    ck_assert_int_eq(egca_case_event(&e, NULL, c, 1), 1);
    ck_assert_int_eq(e.days, 30);
    egca_case_free(c);
  }
  for (size_t i = 0; i < sizeof not_integers / sizeof *not_integers; i++) {
    snprintf(text, sizeof text, format, not_integers[i]);
    char want[64];
    snprintf(want, sizeof want, "%s is not an integer", not_integers[i]);
    expect_case_error(text, strlen(text), EGCA_E_INVALID, 1, 136, "/events/1/days", want);
  }
  /* Numbers as RFC 8259 section 6 writes them: cJSON would take these through strtod (030 as 30). */
  static const char *const not_json[] = {"030", "-01", "30.", "3.e1", "3e", "3e+", "1-2"};
  for (size_t i = 0; i < sizeof not_json / sizeof *not_json; i++) {
    snprintf(text, sizeof text, format, not_json[i]);
    char want[64];
    snprintf(want, sizeof want, "%s is not a JSON number", not_json[i]);
    expect_case_error(text, strlen(text), EGCA_E_PARSE, 1, 136, "/events/1/days", want);
  }
  /* 2^53 + 1 has no double: it is not read as 2^53. */
  snprintf(text, sizeof text, format, "9007199254740993");
  expect_case_error(text, strlen(text), EGCA_E_INVALID, 1, 136, "/events/1/days",
                    "9007199254740993 is out of range (1..3650)");
}
END_TEST

/* An event at the end of the date range: the period that would run past 9999-12-31 is refused naming the
 * event, not written as a day of year 0. */
START_TEST(a_period_past_the_date_range_names_its_event)
{
  egca_error err = {0};
  int rc = run_on(calendar, "{\"type\": \"received\", \"date\": \"2025-09-30\"}, {\"type\": \"accepted\", \"date\": "
                            "\"2025-10-09\"}, {\"type\": \"decided\", \"date\": \"9999-12-30\", \"outcome\": \"granted\"}",
                  "9999-12-31", &err);
  ck_assert_int_eq(rc, EGCA_E_INVALID);
  ck_assert_str_eq(err.pointer, "/events/2");
  ck_assert_str_eq(err.message, "期限\"notification\"自9999-12-30起算：期限超出支持的日期范围");
  err.lang = EGCA_LANG_EN;
  rc = run_on(calendar, "{\"type\": \"received\", \"date\": \"2025-09-30\"}, {\"type\": \"accepted\", \"date\": "
                        "\"2025-10-09\"}, {\"type\": \"decided\", \"date\": \"9999-12-30\", \"outcome\": \"granted\"}",
              "9999-12-31", &err);
  ck_assert_int_eq(rc, EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "deadline \"notification\" from 9999-12-30: the period leaves the supported date range");
}
END_TEST

/* A source name longer than egca_error's room keeps its end: the file's name. */
START_TEST(a_long_source_keeps_the_file_name)
{
  char source[1200];
  memset(source, 'd', sizeof source - 13);
  memcpy(source + sizeof source - 13, "/x-case.json", 13);
  const char *text = "{\"case_id\": 1, \"events\": []}";
  egca_case *c = NULL;
  egca_error err = {0};
  ck_assert_int_eq(egca_case_parse(&c, text, strlen(text), source, &err), EGCA_E_INVALID);
  ck_assert_uint_eq(strlen(err.source), sizeof err.source - 1);
  ck_assert_int_eq(strncmp(err.source, "...", 3), 0);
  ck_assert_str_eq(err.source + strlen(err.source) - 12, "/x-case.json");
}
END_TEST

START_TEST(a_message_quoting_input_is_one_line)
{
  /* The member name "x<LF>y<ESC>z" and an event type holding U+0085 (NEL, a C1 control): each control
   * character is quoted as \u00XX in the fields and in the formatted text, never as itself. */
  const char *texts[] = {"{\"case_id\": \"A\", \"events\": [], \"x\\ny\\u001bz\": 1}",
                         "{\"case_id\": \"A\", \"events\": [{\"type\": \"re\\u0085ceived\", \"date\": \"2025-01-02\"}]}"};
  const char *expected[] = {"/x\\u000Ay\\u001Bz", "re\\u0085ceived"};
  for (size_t i = 0; i < 2; i++) {
    egca_case *c = NULL;
    egca_error err = {0};
    ck_assert_int_eq(egca_case_parse(&c, texts[i], strlen(texts[i]), "case.json", &err), EGCA_E_INVALID);
    char line[2048];
    egca_error_format(&err, line, sizeof line);
    for (const unsigned char *p = (const unsigned char *)line; *p != '\0'; p++)
      ck_assert_msg(*p >= 0x20 && *p != 0x7f && !(p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F),
                    "control byte 0x%02x in \"%s\"", *p, line);
    ck_assert_msg(strstr(line, expected[i]) != NULL, "\"%s\" lacks \"%s\"", line, expected[i]);
    ck_assert_ptr_null(strchr(err.pointer, '\n'));
    ck_assert_ptr_null(strchr(err.message, '\n'));
  }
}
END_TEST

START_TEST(inputs_that_could_block_or_never_end)
{
  /* /dev/zero never ends and a directory is no text: both refused, naming what they are. A FIFO with no
   * writer would block open(): it is read as it stands (empty) and refused as no JSON, without waiting. */
  egca_case *c = NULL;
  egca_error err = {.lang = EGCA_LANG_EN};
  ck_assert_int_eq(egca_case_load(&c, "/dev/zero", &err), EGCA_E_IO);
  ck_assert_str_eq(err.message, "not a regular file or a pipe (a character device)");
  ck_assert_int_eq(egca_case_load(&c, "/", &err), EGCA_E_IO);
  ck_assert_str_eq(err.message, "not a regular file or a pipe (a directory)");
  egca_error zh = {0};
  ck_assert_int_eq(egca_case_load(&c, "/", &zh), EGCA_E_IO);
  ck_assert_str_eq(zh.message, "不是普通文件或管道（目录）");
  char dir[] = "/tmp/egca-fifo-XXXXXX";
  ck_assert_ptr_nonnull(mkdtemp(dir));
  char fifo[64];
  snprintf(fifo, sizeof fifo, "%s/case.json", dir);
  ck_assert_int_eq(mkfifo(fifo, 0600), 0);
  ck_assert_int_eq(egca_case_load(&c, fifo, &err), EGCA_E_PARSE);
  ck_assert_ptr_null(c);
  unlink(fifo);
  rmdir(dir);
}
END_TEST

START_TEST(one_timeline_for_many_cases)
{
  run(RECEIVED ", {\"type\": \"correction_requested\", \"date\": \"2025-10-15\"}", "2025-10-20");
  ck_assert_uint_gt(egca_timeline_finding_count(tl), 0);
  /* A finding's message, and cut short as snprintf would: the full length is returned, the text cut and
   * NUL-terminated, nothing written into no room. */
  char full[1024], cut[11], none[1] = {'x'};
  const int n = egca_timeline_finding_message(full, sizeof full, tl, 0);
  ck_assert_int_eq(n, (int)strlen(full));
  ck_assert_ptr_nonnull(strstr(full, "行政许可法"));
  ck_assert_int_eq(egca_timeline_finding_message(cut, sizeof cut, tl, 0), n);
  ck_assert_uint_eq(strlen(cut), sizeof cut - 1);
  ck_assert_int_eq(memcmp(cut, full, sizeof cut - 1), 0);
  ck_assert_int_eq(egca_timeline_finding_message(none, 0, tl, 0), n);
  ck_assert_int_eq(none[0], 'x');
  ck_assert_int_lt(egca_timeline_finding_message(full, sizeof full, tl, 99), 0);
  ck_assert_str_eq(full, "");
  run(ACCEPTED_2026, "2026-03-05");
  ck_assert_int_eq(egca_timeline_finding_count(tl), 0);
  ck_assert_int_eq(egca_timeline_deadline_count(tl), 3);
  ck_assert_str_eq(egca_timeline_case_id(tl), "T");
  char *json = NULL;
  egca_error err = {0};
  ck_assert_int_eq(egca_timeline_to_json(&json, tl, EGCA_JSON_COMPACT, &err), 0);
  ck_assert_ptr_null(strchr(json, '\n'));
  ck_assert_ptr_nonnull(strstr(json, "\"as_of\":\"2026-03-05\""));
  egca_timeline_string_free(json);
  ck_assert_int_eq(egca_timeline_to_ics(&json, tl, &err), 0);
  ck_assert_ptr_nonnull(strstr(json, "BEGIN:VCALENDAR"));
  egca_timeline_string_free(json);
}
END_TEST

/* --- Golden files and the invalid catalog (tests/data/cases) -------------------------------------------- */

static char *slurp(const char *path)
{
  FILE *f = fopen(path, "rb");
  ck_assert_msg(f != NULL, "cannot open %s", path);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  ck_assert_int_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
  buf[n] = '\0';
  fclose(f);
  return buf;
}

/* Fails naming the first line where `got` and `want` differ. */
static void same_text(const char *got, const char *want, const char *what)
{
  if (strcmp(got, want) == 0)
    return;
  int line = 1;
  size_t i = 0;
  for (; got[i] != '\0' && got[i] == want[i]; i++)
    if (got[i] == '\n')
      line++;
  ck_abort_msg("%s differs at line %d:\n got: %.120s\nwant: %.120s", what, line, got + i, want + i);
}

/* golden/NAME.YYYY-MM-DD.{txt,json,ics}: examples/NAME.json as of that day, in that format, byte for byte
 * (the command prints exactly these strings); golden/NAME.YYYY-MM-DD.en.{txt,json,ics} the same in English. */
START_TEST(golden_outputs_of_the_examples)
{
  const char *dir = EGCA_SOURCE_DIR "/tests/data/cases/golden";
  DIR *dp = opendir(dir);
  ck_assert_ptr_nonnull(dp);
  int checked = 0, english = 0;
  char *reused = NULL;
  size_t reused_cap = 0;
  struct dirent *de;
  while ((de = readdir(dp)) != NULL) {
    const char *name = de->d_name;
    const char *dot = strchr(name, '.');
    if (name[0] == '.' || dot == NULL || strlen(dot) < 13)
      continue;
    char example[256], day[11], path[1024];
    snprintf(example, sizeof example, "%.*s", (int)(dot - name), name);
    snprintf(day, sizeof day, "%.10s", dot + 1);
    const char *ext = dot + 12;
    /* NAME.DAY.en.EXT: the same in English (egca_timeline_options.lang). */
    egca_timeline_options options = {.lang = EGCA_LANG_ZH};
    if (strncmp(ext, "en.", 3) == 0) {
      options.lang = EGCA_LANG_EN;
      ext += 3;
      english++;
    }
    snprintf(path, sizeof path, "%s/examples/%s.json", EGCA_SOURCE_DIR, example);
    egca_error err = {0};
    egca_case_free(cs);
    cs = NULL;
    ck_assert_msg(egca_case_load(&cs, path, &err) == 0, "%s: %s", path, err.message);
    ck_assert_int_ge(egca_case_evaluate(tl, cs, calendar, rules, d(day), &options, &err), 0);
    char *out = NULL;
    if (strcmp(ext, "txt") == 0)
      ck_assert_int_eq(egca_timeline_to_text(&out, tl, &err), 0);
    else if (strcmp(ext, "json") == 0)
      ck_assert_int_eq(egca_timeline_to_json(&out, tl, 0, &err), 0);
    else if (strcmp(ext, "ics") == 0)
      ck_assert_int_eq(egca_timeline_to_ics(&out, tl, &err), 0);
    else
      ck_abort_msg("unknown golden file %s", name);
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *want = slurp(path);
    same_text(out, want, name);
    if (strcmp(ext, "json") == 0) {
      /* The same text through one buffer reused from file to file, grown when a longer one comes. */
      size_t len = 0;
      ck_assert_int_eq(egca_timeline_write_json(&reused, &reused_cap, &len, tl, 0, &err), 0);
      ck_assert_uint_eq(len, strlen(want));
      ck_assert_uint_gt(reused_cap, len);
      same_text(reused, want, name);
      /* Appended, the same text follows the first. */
      ck_assert_int_eq(egca_timeline_write_json(&reused, &reused_cap, &len, tl, EGCA_JSON_APPEND, &err), 0);
      ck_assert_uint_eq(len, 2 * strlen(want));
      ck_assert_uint_eq(strlen(reused), len);
      ck_assert_int_eq(memcmp(reused, want, len / 2), 0);
      same_text(reused + len / 2, want, name);
    }
    free(want);
    egca_timeline_string_free(out);
    checked++;
  }
  egca_timeline_string_free(reused);
  closedir(dp);
  ck_assert_int_ge(checked, 36); /* six examples, three formats, two languages */
  ck_assert_int_ge(english, 18);
}
END_TEST

/* Writes `text` to dir/name. */
static void write_file(const char *dir, const char *name, const char *text)
{
  char path[1024];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  ck_assert_ptr_nonnull(f);
  ck_assert_uint_eq(fwrite(text, 1, strlen(text), f), strlen(text));
  fclose(f);
}

/* One timeline evaluated with one rule set, then another, then the first again: each evaluation uses the
 * rules it is given (the timeline keeps what it found in a rule set, under that set's serial number). The
 * other set is the shipped one with the acceptance period made 7 working days. */
START_TEST(one_timeline_two_rule_sets)
{
  char dir[512];
  snprintf(dir, sizeof dir, "%s/egca-rules-XXXXXX", getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
  ck_assert_ptr_nonnull(mkdtemp(dir));
  static const char *const names[] = {"deadlines.json", "conditions.json", "materials.json", "readings.json"};
  for (int i = 0; i < 4; i++) {
    char path[1024];
    snprintf(path, sizeof path, "%s/rules/%s", EGCA_SOURCE_DIR, names[i]);
    char *text = slurp(path);
    if (i == 0) {
      char *count = strstr(text, "\"count\": 5,"); /* the first rule's: acceptance */
      ck_assert_ptr_nonnull(count);
      count[9] = '7';
    }
    write_file(dir, names[i], text);
    free(text);
  }
  egca_rules *seven = NULL;
  egca_error err = {0};
  ck_assert_msg(egca_rules_load(&seven, dir, &err) == 0, "%s", err.message);
  egca_date five_days, seven_days;
  ck_assert_int_eq(egca_calendar_add_workdays(&five_days, calendar, d("2025-09-30"), 5, &err), 0);
  ck_assert_int_eq(egca_calendar_add_workdays(&seven_days, calendar, d("2025-09-30"), 7, &err), 0);
  const egca_rules *sets[] = {rules, seven, rules};
  const egca_date due[] = {five_days, seven_days, five_days};
  egca_case_free(cs);
  cs = NULL;
  const char *json = "{\"case_id\": \"T\", \"events\": [" RECEIVED "]}";
  ck_assert_int_eq(egca_case_parse(&cs, json, strlen(json), "t.json", &err), 0);
  for (int i = 0; i < 3; i++) {
    ck_assert_int_ge(egca_case_evaluate(tl, cs, calendar, sets[i], d("2025-10-01"), NULL, &err), 0);
    ck_assert_str_eq(txt(nth("acceptance", 0)->due), txt(due[i]));
  }
  egca_rules_free(seven);
  for (int i = 0; i < 4; i++) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    remove(path);
  }
  rmdir(dir);
}
END_TEST

/* invalid/NAME.json is refused with exactly invalid/NAME.error ("NAME.json:LINE:COLUMN: POINTER: MESSAGE"),
 * when it is read or, for what needs the calendar, when it is evaluated; the message in Chinese, and in
 * English as invalid/en/NAME.error writes it where that file is given. */
START_TEST(invalid_catalog_files)
{
  const char *dir = EGCA_SOURCE_DIR "/tests/data/cases/invalid";
  DIR *dp = opendir(dir);
  ck_assert_ptr_nonnull(dp);
  int checked = 0, checked_en = 0;
  struct dirent *de;
  while ((de = readdir(dp)) != NULL) {
    size_t len = strlen(de->d_name);
    if (len < 6 || strcmp(de->d_name + len - 5, ".json") != 0)
      continue;
    char path[1024], text[2048];
    snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
    egca_error err = {0}; /* the catalog's messages are in Chinese, the default */
    egca_case_free(cs);
    cs = NULL;
    int rc = egca_case_load(&cs, path, &err);
    if (rc == 0) {
      rc = egca_case_evaluate(tl, cs, calendar, rules, d("2026-06-30"), NULL, &err);
      ck_assert_msg(rc < 0, "%s is accepted", de->d_name);
    }
    ck_assert_msg(rc == EGCA_E_INVALID || rc == EGCA_E_PARSE, "%s: %d", de->d_name, rc);
    snprintf(err.source, sizeof err.source, "%s", de->d_name);
    egca_error_format(&err, text, sizeof text);
    strcat(text, "\n");
    snprintf(path, sizeof path, "%s/%.*s.error", dir, (int)(len - 5), de->d_name);
    char *want = slurp(path);
    same_text(text, want, de->d_name);
    free(want);
    checked++;
    /* The same refusal in English. */
    snprintf(path, sizeof path, "%s/en/%.*s.error", dir, (int)(len - 5), de->d_name);
    if (access(path, R_OK) != 0)
      continue;
    want = slurp(path);
    snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
    egca_error en = {.lang = EGCA_LANG_EN};
    egca_case_free(cs);
    cs = NULL;
    rc = egca_case_load(&cs, path, &en);
    if (rc == 0)
      rc = egca_case_evaluate(tl, cs, calendar, rules, d("2026-06-30"), NULL, &en);
    ck_assert_msg(rc == EGCA_E_INVALID || rc == EGCA_E_PARSE, "%s: %d", de->d_name, rc);
    snprintf(en.source, sizeof en.source, "%s", de->d_name);
    egca_error_format(&en, text, sizeof text);
    strcat(text, "\n");
    same_text(text, want, de->d_name);
    free(want);
    checked_en++;
  }
  closedir(dp);
  ck_assert_int_ge(checked, 41);
  ck_assert_int_ge(checked_en, 34);
}
END_TEST

int main(void)
{
  Suite *s = suite_create("case");
  TCase *tc = tcase_create("case");
  tcase_set_timeout(tc, 60);
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, acceptance_pending_across_national_day);
  tcase_add_test(tc, acceptance_met_on_the_last_day);
  tcase_add_test(tc, deemed_acceptance_when_no_answer);
  tcase_add_test(tc, late_acceptance_is_late_and_deemed);
  tcase_add_test(tc, correction_on_time_then_resubmission);
  tcase_add_test(tc, acceptance_after_a_notice_without_resubmission);
  tcase_add_test(tc, correction_too_late);
  tcase_add_test(tc, repeat_correction_and_a_resubmission_round_deemed);
  tcase_add_test(tc, rejection_ends_the_case);
  tcase_add_test(tc, hearing_clocks_and_pause);
  tcase_add_test(tc, hearing_open_and_late_notice);
  tcase_add_test(tc, certificate_delivered_late);
  tcase_add_test(tc, remedies_after_a_denial);
  tcase_add_test(tc, remedies_not_told);
  tcase_add_test(tc, decision_without_review);
  tcase_add_test(tc, office_calendar_counts_the_acceptance_only);
  tcase_add_test(tc, office_calendars_give_each_case_its_office);
  tcase_add_test(tc, receipt_day_after_hours_and_on_rest_days);
  tcase_add_test(tc, receipt_in_a_timeline);
  tcase_add_test(tc, filing_cutoff_on_the_last_day);
  tcase_add_test(tc, time_and_channel_are_checked);
  tcase_add_test(tc, answers_through_case_new);
  tcase_add_test(tc, decision_review_paused_inclusive);
  tcase_add_test(tc, decision_suspended_by_open_review);
  tcase_add_test(tc, decision_pause_across_national_day);
  tcase_add_test(tc, decision_extension_contested);
  tcase_add_test(tc, decision_extension_too_late_and_decision_late);
  tcase_add_test(tc, review_without_notice_overdue);
  tcase_add_test(tc, review_notice_late);
  tcase_add_test(tc, review_never_notified_excluded_or_counted);
  tcase_add_test(tc, review_longer_than_notified);
  tcase_add_test(tc, certificate_last_day_readings);
  tcase_add_test(tc, renewal_filed_between_the_two_readings);
  tcase_add_test(tc, deemed_renewal_after_a_late_filing);
  tcase_add_test(tc, unknown_question_or_reading);
  tcase_add_test(tc, second_notice_naming_the_same_item_is_lawful);
  tcase_add_test(tc, correction_items_are_materials);
  tcase_add_test(tc, review_notice_pending_on_the_start_day);
  tcase_add_test(tc, two_reviews_each_need_a_notice);
  tcase_add_test(tc, notification_across_new_year);
  tcase_add_test(tc, status_query_not_yet_then_available);
  tcase_add_test(tc, certificate_validity_years);
  tcase_add_test(tc, change_filing_rolls_past_national_day);
  tcase_add_test(tc, renewal_filing_ambiguous_reading);
  tcase_add_test(tc, renewal_deemed_when_undecided_at_expiry);
  tcase_add_test(tc, renewal_decided_in_time);
  tcase_add_test(tc, renewal_five_years_out_is_not_covered);
  tcase_add_test(tc, decision_reaching_a_tentative_year_is_provisional);
  tcase_add_test(tc, strict_calendar_rejects_tentative_days);
  tcase_add_test(tc, withdrawal_ends_open_deadlines);
  tcase_add_test(tc, events_after_as_of_are_not_known);
  tcase_add_test(tc, events_in_date_order_file_order_within_a_day);
  tcase_add_test(tc, decided_before_a_deemed_acceptance_is_invalid);
  tcase_add_test(tc, invalid_catalog_in_memory);
  tcase_add_test(tc, change_refs_checked_in_date_order);
  tcase_add_test(tc, events_limit_names_the_array);
  tcase_add_test(tc, reviews_limit);
  tcase_add_test(tc, text_limit);
  tcase_add_test(tc, invalid_json_names_line_and_pointer);
  tcase_add_test(tc, invalid_hearings_and_remedies);
  tcase_add_test(tc, json_escapes_that_would_cut_a_string);
  tcase_add_test(tc, json_white_space_is_four_characters);
  tcase_add_test(tc, json_byte_order_mark);
  tcase_add_test(tc, integer_fields_read_the_text_exactly);
  tcase_add_test(tc, a_period_past_the_date_range_names_its_event);
  tcase_add_test(tc, a_long_source_keeps_the_file_name);
  tcase_add_test(tc, a_message_quoting_input_is_one_line);
  tcase_add_test(tc, inputs_that_could_block_or_never_end);
  tcase_add_test(tc, one_timeline_for_many_cases);
  tcase_add_test(tc, one_timeline_two_rule_sets);
  tcase_add_test(tc, golden_outputs_of_the_examples);
  tcase_add_test(tc, invalid_catalog_files);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
