/* Unit tests: the period module (legal period arithmetic) over the shipped calendar.
 *
 * Every expected date below was worked out by hand from the State Council notices (holiday-notices.md and
 * holiday-cn's per-year JSON), day by day; the comment on each case gives the count. Tentative years, strict
 * mode and the calendar's end are tested on the fixture calendars of tests/data/calendars (2082 confirmed,
 * 2083 tentative: 元旦 01-01, 春节 02-05..10, 国庆节 10-01..05, no make-up working days; README.md there),
 * which do not change when the next State Council notice is added to the shipped data. */
#include <check.h>
#include <egca.h>
#include <stdlib.h>
#include <string.h>

static egca_calendar *calendar;        /* shipped data */
static egca_calendar *fixture;         /* tests/data/calendars: 2082 confirmed, 2083 tentative (provisional) */
static egca_calendar *strict_fixture;  /* the same, loaded strict: 2083 an error */

static void setup(void)
{
  egca_error err = {0};
  egca_load_options strict = {EGCA_UNMARKED_IGNORE, 1};
  const char *fixture_path = EGCA_SOURCE_DIR "/tests/data/calendars";
  ck_assert_msg(egca_calendar_default(&calendar, NULL, &err) == 0, "%s", err.message);
  ck_assert_msg(egca_calendar_load(&fixture, &fixture_path, 1, NULL, &err) == 0, "%s", err.message);
  ck_assert_msg(egca_calendar_load(&strict_fixture, &fixture_path, 1, &strict, &err) == 0, "%s", err.message);
}

static void teardown(void)
{
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

#define ck_assert_date(actual, expected)                                                                            \
  do {                                                                                                              \
    char a_[EGCA_DATE_TEXT_SIZE], e_[EGCA_DATE_TEXT_SIZE];                                                          \
    egca_date ad_ = (actual), ed_ = (expected);                                                                     \
    ck_assert_msg(ad_ == ed_, "got %s, expected %s", text_of(ad_, a_), text_of(ed_, e_));                           \
  } while (0)

/* n working days after `from` with pauses; expects success, not provisional. */
static egca_date workdays(const char *from, int n, const egca_pause *pauses, size_t count)
{
  egca_period_result r;
  egca_error err = {0};
  int rc = egca_period_add_workdays(&r, NULL, calendar, d(from), n, pauses, count, &err);
  ck_assert_msg(rc == 0, "%s %+d: rc %d: %s", from, n, rc, err.message);
  ck_assert_int_eq(r.status, EGCA_PERIOD_DUE);
  ck_assert_int_eq(r.provisional, 0);
  return r.due;
}

/* --- Working days around every 2024-2026 holiday ---------------------------------------------------- */

START_TEST(workdays_around_2024_holidays)
{
  /* 春节 2024: 02-10..17 holiday, Sun 02-04 and Sun 02-18 working. From Thu 02-08: 02-09 (1), 02-18 (2),
   * 02-19 (3), 02-20 (4), 02-21 (5). */
  ck_assert_date(workdays("2024-02-08", 5, NULL, 0), d("2024-02-21"));
  /* Start on a holiday (Mon 02-12): day 1 is the adjusted Sunday 02-18; 02-19 (2), 02-20 (3). */
  ck_assert_date(workdays("2024-02-12", 3, NULL, 0), d("2024-02-20"));
  /* Start on an adjusted working day (Sun 02-04): 02-05..09 (1-5), the 6th is the adjusted Sunday 02-18. */
  ck_assert_date(workdays("2024-02-04", 6, NULL, 0), d("2024-02-18"));
  /* 清明 2024: 04-04..06 holiday, Sun 04-07 working. From Wed 04-03: 04-07 (1), 04-08 (2), 04-09 (3). */
  ck_assert_date(workdays("2024-04-03", 3, NULL, 0), d("2024-04-09"));
  /* 劳动节 2024: 05-01..05 holiday, Sun 04-28 and Sat 05-11 working. From Fri 04-26: 04-28, 04-29, 04-30,
   * 05-06..10, 05-11 (9), 05-13 (10). */
  ck_assert_date(workdays("2024-04-26", 10, NULL, 0), d("2024-05-13"));
  /* 端午 2024: Mon 06-10. From Fri 06-07 the first working day is Tue 06-11. */
  ck_assert_date(workdays("2024-06-07", 1, NULL, 0), d("2024-06-11"));
  /* 中秋 2024: 09-15..17 holiday, Sat 09-14 working. From Fri 09-13: 09-14 (1), 09-18 (2). */
  ck_assert_date(workdays("2024-09-13", 2, NULL, 0), d("2024-09-18"));
  /* 国庆 2024: 10-01..07 holiday, Sun 09-29 and Sat 10-12 working. From Fri 09-27: 09-29, 09-30, 10-08,
   * 10-09, 10-10 (5), 10-11 (6), 10-12 (7). */
  ck_assert_date(workdays("2024-09-27", 5, NULL, 0), d("2024-10-10"));
  ck_assert_date(workdays("2024-09-27", 7, NULL, 0), d("2024-10-12"));
}
END_TEST

START_TEST(workdays_around_2025_and_2026_holidays)
{
  /* DESIGN.md: 5 working days from 2025-09-30 are 10-09, 10-10, 10-11 (adjusted Sat), 10-13, 10-14. */
  ck_assert_date(workdays("2025-09-30", 5, NULL, 0), d("2025-10-14"));
  /* 春节 2025: 01-28..02-04 holiday, Sun 01-26 working. From Fri 01-24: 01-26, 01-27, 02-05, 02-06, 02-07. */
  ck_assert_date(workdays("2025-01-24", 5, NULL, 0), d("2025-02-07"));
  /* 春节 2026 from a holiday (Mon 02-16): 02-24 (1) .. 02-27 (4), Sat 02-28 working (5). */
  ck_assert_date(workdays("2026-02-16", 5, NULL, 0), d("2026-02-28"));
  /* 元旦 2026: 01-01..03 holiday, Sun 01-04 working. From Tue 2025-12-30: 12-31, 01-04, 01-05. */
  ck_assert_date(workdays("2025-12-30", 3, NULL, 0), d("2026-01-05"));
  /* 国庆 2025 across 20 days from Mon 09-15: 09-16..19 (4), 09-22..26 (9), Sun 09-28 (10), 09-29, 09-30 (12),
   * 10-09, 10-10 (14), Sat 10-11 (15), 10-13..17 (20). */
  ck_assert_date(workdays("2025-09-15", 20, NULL, 0), d("2025-10-17"));
  /* 劳动节 2025: 05-01..05 holiday. From Wed 04-30: 05-06..09 (4), 05-12..16 (9), 05-19 (10). */
  ck_assert_date(workdays("2025-04-30", 10, NULL, 0), d("2025-05-19"));
  /* 端午 2026: 06-19..21. From Sat 06-20 (a holiday): 06-22..26 (5), 06-29, 06-30, 07-01..03 (10). */
  ck_assert_date(workdays("2026-06-20", 10, NULL, 0), d("2026-07-03"));
}
END_TEST

START_TEST(workdays_around_the_remaining_holidays)
{
  /* 元旦 2024: Mon 01-01. From Fri 2023-12-29 the first working day is Tue 01-02. */
  ck_assert_date(workdays("2023-12-29", 1, NULL, 0), d("2024-01-02"));
  /* 清明 2025: 04-04..06. From Thu 04-03: 04-07, 04-08, 04-09. */
  ck_assert_date(workdays("2025-04-03", 3, NULL, 0), d("2025-04-09"));
  /* 中秋 2026: 09-25..27. From Thu 09-24 the first working day is Mon 09-28. */
  ck_assert_date(workdays("2026-09-24", 1, NULL, 0), d("2026-09-28"));
  /* 国庆 2026: Sun 09-20 working. From Fri 09-18: 09-20 (1), 09-21..24 (5). */
  ck_assert_date(workdays("2026-09-18", 5, NULL, 0), d("2026-09-24"));
  /* 国庆 2026: 10-01..07 holiday, Sat 10-10 working. From Thu 09-24: (中秋) 09-28..30 (3), 10-08, 10-09 (5),
   * Sat 10-10 (6), 10-12..15 (10). */
  ck_assert_date(workdays("2026-09-24", 10, NULL, 0), d("2026-10-15"));
}
END_TEST

/* EGCA_PAUSES_MAX one-day pauses are counted around; one more is refused. The pauses are the first 1000
 * working days from 2007-01-04 on (each a pause of its own), so 20 working days after 2007-01-03 fall on
 * the 20th working day after the last of them. */
START_TEST(pauses_limit)
{
  static egca_pause pauses[EGCA_PAUSES_MAX + 1];
  egca_date day = d("2007-01-03");
  for (int i = 0; i <= EGCA_PAUSES_MAX; i++) {
    ck_assert_int_eq(egca_calendar_add_workdays(&day, calendar, day, 1, NULL), 0);
    pauses[i] = (egca_pause){day, day};
  }
  egca_period_result r;
  egca_error err = {0};
  ck_assert_int_eq(egca_period_add_workdays(&r, NULL, calendar, d("2007-01-03"), 20, pauses, EGCA_PAUSES_MAX, &err), 0);
  egca_date want;
  ck_assert_int_eq(egca_calendar_add_workdays(&want, calendar, pauses[EGCA_PAUSES_MAX - 1].to, 20, NULL), 0);
  ck_assert_int_eq(r.due, want);
  ck_assert_int_eq(
      egca_period_add_workdays(&r, NULL, calendar, d("2007-01-03"), 20, pauses, EGCA_PAUSES_MAX + 1, &err),
      EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "中止超过1000次");
  err.lang = EGCA_LANG_EN;
  ck_assert_int_eq(
      egca_period_add_workdays(&r, NULL, calendar, d("2007-01-03"), 20, pauses, EGCA_PAUSES_MAX + 1, &err),
      EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "more than 1000 pauses");
}
END_TEST

START_TEST(negative_counts)
{
  /* Back from Thu 2024-10-10: 10-09, 10-08, (10-01..07 holiday) 09-30, Sun 09-29 (adjusted), (Sat 09-28)
   * Fri 09-27. */
  ck_assert_date(workdays("2024-10-10", -5, NULL, 0), d("2024-09-27"));
  /* Across the year boundary: back from 2025-01-02: (01-01 holiday) 12-31, 12-30, (weekend) 12-27. */
  ck_assert_date(workdays("2025-01-02", -3, NULL, 0), d("2024-12-27"));
  /* A pause going backward: back 3 from Fri 2026-03-13 with 03-10..03-12 paused: 03-09, 03-06, 03-05. */
  egca_pause p = {d("2026-03-10"), d("2026-03-12")};
  ck_assert_date(workdays("2026-03-13", -3, &p, 1), d("2026-03-05"));
}
END_TEST

/* --- Pauses ----------------------------------------------------------------------------------------- */

START_TEST(design_decision_example)
{
  /* DESIGN.md: accepted 2026-03-02, review 03-10..04-20 paused: 03-03..06, 03-09 (5), then 04-21..24 (9),
   * 04-27..30 (13), (05-01..05 holiday) 05-06..08 (16), Sat 05-09 (17), 05-11..13 (20). */
  egca_pause review = {d("2026-03-10"), d("2026-04-20")};
  ck_assert_date(workdays("2026-03-02", 20, &review, 1), d("2026-05-13"));
  ck_assert_date(workdays("2026-03-02", 20, NULL, 0), d("2026-03-30"));

  egca_period_result r;
  egca_period_trace t;
  ck_assert_int_eq(egca_period_add_workdays(&r, &t, calendar, d("2026-03-02"), 20, &review, 1, NULL), 0);
  ck_assert_int_eq(t.filled, 1);
  ck_assert_date(t.first_counted, d("2026-03-03"));
  ck_assert_date(t.last_day, d("2026-05-13"));
  ck_assert_int_eq(t.working_days_counted, 20);
  ck_assert_int_eq(t.holidays_skipped, 5);     /* 05-01..05; 清明 04-04..06 lies inside the pause */
  ck_assert_int_eq(t.weekend_days_skipped, 5); /* 03-07, 03-08, 04-25, 04-26, 05-10 */
  ck_assert_int_eq(t.adjusted_workdays_counted, 1);
  ck_assert_date(t.adjusted_workdays[0], d("2026-05-09"));
  ck_assert_uint_eq(t.pause_count, 1);
  ck_assert_date(t.pauses[0].from, d("2026-03-10"));
  ck_assert_date(t.pauses[0].to, d("2026-04-20"));
  ck_assert_int_eq(t.pauses[0].working_days, 29); /* 16 in March, 13 in April (04-06 is 清明) */
  ck_assert_int_eq(t.pause_working_days, 29);
  char text[1024];
  egca_period_trace_format(text, sizeof text, &t, EGCA_LANG_EN);
  ck_assert_str_eq(text, "20 working days after 2026-03-02 (the start day is not counted): counting began on "
                         "2026-03-03; passed over 5 holiday days and 5 weekend days; counted 1 adjusted working day "
                         "(2026-05-09); paused 2026-03-10..2026-04-20, 29 working days not counted; the 20th working "
                         "day is 2026-05-13.");
  /* The same facts in Chinese, the default. */
  egca_period_trace_format(text, sizeof text, &t, EGCA_LANG_ZH);
  ck_assert_str_eq(text, "2026-03-02后20个工作日（起算日不计入）：自2026-03-03起计算；跳过节假日5天和周末5天；"
                         "计入调休上班日1天（2026-05-09）；2026-03-10至2026-04-20中止，其中29个工作日不计入期限；"
                         "第20个工作日为2026-05-13。");
}
END_TEST

START_TEST(pause_across_a_holiday)
{
  /* From Mon 2025-09-22, review 09-26..10-10 (working days in it: 09-26, Sun 09-28, 09-29, 09-30, 10-09,
   * 10-10): 09-23..25 (3), Sat 10-11 (4), 10-13..17 (9), 10-20 (10). */
  egca_pause review = {d("2025-09-26"), d("2025-10-10")};
  ck_assert_date(workdays("2025-09-22", 10, &review, 1), d("2025-10-20"));
  egca_period_result r;
  egca_period_trace t;
  ck_assert_int_eq(egca_period_add_workdays(&r, &t, calendar, d("2025-09-22"), 10, &review, 1, NULL), 0);
  ck_assert_int_eq(t.pause_working_days, 6);
  ck_assert_int_eq(t.holidays_skipped, 0);
}
END_TEST

START_TEST(two_pauses)
{
  /* From Mon 2025-01-20, pauses 01-22..24 and 02-05..07: 01-21 (1), Sun 01-26 (2), 01-27 (3), (春节 01-28..
   * 02-04), Sat 02-08 (4), 02-10..14 (9), 02-17..21 (14), 02-24..28 (19), 03-03 (20). */
  egca_pause p[2] = {{d("2025-01-22"), d("2025-01-24")}, {d("2025-02-05"), d("2025-02-07")}};
  ck_assert_date(workdays("2025-01-20", 20, p, 2), d("2025-03-03"));
  /* Order does not matter. */
  egca_pause q[2] = {p[1], p[0]};
  ck_assert_date(workdays("2025-01-20", 20, q, 2), d("2025-03-03"));
  /* Two pauses over 清明 and 劳动节 2025, from Tue 04-01: 04-02 (1); 04-03..10 paused; 04-11 (2), 04-14..18 (7),
   * 04-21..25 (12), Sun 04-27 (13); 04-28..05-06 paused; 05-07..09 (16), 05-12..15 (20). */
  egca_pause r2[2] = {{d("2025-04-03"), d("2025-04-10")}, {d("2025-04-28"), d("2025-05-06")}};
  ck_assert_date(workdays("2025-04-01", 20, r2, 2), d("2025-05-15"));
}
END_TEST

START_TEST(overlapping_and_early_pauses)
{
  /* A pause that began before the start day: 03-03 and 03-04 are paused; 03-05, 03-06, 03-09..11. */
  egca_pause early = {d("2026-02-25"), d("2026-03-04")};
  ck_assert_date(workdays("2026-03-02", 5, &early, 1), d("2026-03-11"));
  /* Overlapping pauses cover 03-03..06 once: 03-09..13. */
  egca_pause overlap[2] = {{d("2026-03-04"), d("2026-03-06")}, {d("2026-03-03"), d("2026-03-05")}};
  ck_assert_date(workdays("2026-03-02", 5, overlap, 2), d("2026-03-13"));
  egca_period_result r;
  egca_period_trace t;
  ck_assert_int_eq(egca_period_add_workdays(&r, &t, calendar, d("2026-03-02"), 5, overlap, 2, NULL), 0);
  ck_assert_uint_eq(t.pause_count, 1); /* one run of paused days */
  ck_assert_int_eq(t.pause_working_days, 4);
  /* A pause wholly on rest days changes nothing: 2026-10-01..07 is 国庆. */
  egca_pause holiday = {d("2026-10-01"), d("2026-10-07")};
  ck_assert_date(workdays("2026-09-30", 1, &holiday, 1), d("2026-10-08"));
}
END_TEST

START_TEST(open_pause)
{
  egca_pause open = {d("2026-03-10"), EGCA_DATE_NONE};
  egca_period_result r;
  egca_period_trace t;
  ck_assert_int_eq(egca_period_add_workdays(&r, &t, calendar, d("2026-03-02"), 20, &open, 1, NULL), 0);
  ck_assert_int_eq(r.status, EGCA_PERIOD_SUSPENDED);
  ck_assert_date(r.due, EGCA_DATE_NONE);
  ck_assert_date(t.suspended_at, d("2026-03-10"));
  ck_assert_int_eq(t.working_days_counted, 5); /* 03-03..06, 03-09 */
  char text[1024];
  egca_period_trace_format(text, sizeof text, &t, EGCA_LANG_EN);
  ck_assert_msg(strstr(text, "the clock stopped on 2026-03-10, when an open pause began, with 5 of 20 working "
                             "days run") != NULL,
                "%s", text);
  egca_period_trace_format(text, sizeof text, &t, EGCA_LANG_ZH);
  ck_assert_msg(strstr(text, "；2026-03-10起中止且尚未结束，此时已计5个工作日（共20个），中止结束前没有届满日。") != NULL,
                "%s", text);
  /* An open pause after the due day does not matter: 03-03..06, 03-09. */
  egca_pause late = {d("2026-03-20"), EGCA_DATE_NONE};
  ck_assert_date(workdays("2026-03-02", 5, &late, 1), d("2026-03-09"));
  /* A closed pause, then an open one. */
  egca_pause both[2] = {{d("2026-03-04"), d("2026-03-05")}, {d("2026-03-11"), EGCA_DATE_NONE}};
  ck_assert_int_eq(egca_period_add_workdays(&r, &t, calendar, d("2026-03-02"), 20, both, 2, NULL), 0);
  ck_assert_int_eq(r.status, EGCA_PERIOD_SUSPENDED);
  ck_assert_int_eq(t.working_days_counted, 4); /* 03-03, 03-06, 03-09, 03-10 */
  /* The clock stops even where the calendar ends later: 2031 is not covered. */
  egca_pause far = {d("2026-12-01"), EGCA_DATE_NONE};
  ck_assert_int_eq(egca_period_add_workdays(&r, NULL, calendar, d("2026-11-30"), 2000, &far, 1, NULL), 0);
  ck_assert_int_eq(r.status, EGCA_PERIOD_SUSPENDED);
}
END_TEST

/* --- Calendar days, days before, years ------------------------------------------------------------- */

static egca_date days_after(const char *from, int n)
{
  egca_period_result r;
  egca_error err = {0};
  int rc = egca_period_add_days(&r, NULL, calendar, d(from), n, &err);
  ck_assert_msg(rc == 0, "%s + %d: %s", from, n, err.message);
  return r.due;
}

START_TEST(calendar_days)
{
  /* DESIGN.md: 2026-09-01 + 30 = 10-01, a holiday; 民法典 第二百零三条 moves it to 10-08. */
  ck_assert_date(days_after("2026-09-01", 30), d("2026-10-08"));
  /* 2024-09-30 + 7 = 10-07, the last 国庆 day: 10-08. */
  ck_assert_date(days_after("2024-09-30", 7), d("2024-10-08"));
  /* 2024-10-02 + 10 = Sat 10-12, an adjusted working day: it stands. */
  ck_assert_date(days_after("2024-10-02", 10), d("2024-10-12"));
  /* 2026-03-02 + 5 = Sat 03-07, a plain weekend: Mon 03-09. */
  ck_assert_date(days_after("2026-03-02", 5), d("2026-03-09"));
  /* From a holiday: 2025-01-29 + 3 = Sat 02-01 (春节) -> 02-05. */
  ck_assert_date(days_after("2025-01-29", 3), d("2025-02-05"));
  /* Feb 29: 2024-01-30 + 30 = Thu 2024-02-29, a working day. */
  ck_assert_date(days_after("2024-01-30", 30), d("2024-02-29"));
  /* Across the year: 2025-12-04 + 30 = Sat 2026-01-03 (元旦) -> Sun 01-04, an adjusted working day. */
  ck_assert_date(days_after("2025-12-04", 30), d("2026-01-04"));

  egca_period_result r;
  egca_period_trace t;
  char text[512];
  ck_assert_int_eq(egca_period_add_days(&r, &t, calendar, d("2026-09-01"), 30, NULL), 0);
  egca_period_trace_format(text, sizeof text, &t, EGCA_LANG_EN);
  ck_assert_str_eq(text, "30 days after 2026-09-01 (the start day is not counted) is 2026-10-01, a holiday; it moves "
                         "to the next working day, 2026-10-08 (Civil Code, Article 203).");
  egca_period_trace_format(text, sizeof text, &t, EGCA_LANG_ZH);
  ck_assert_str_eq(text, "2026-09-01后30日（起算日不计入）为2026-10-01，该日为节假日；顺延至下一个工作日2026-10-08"
                         "（《民法典》第二百零三条）。");
}
END_TEST

static void expect_before(const char *expiry, int n, egca_roll_policy policy, const char *due, const char *other)
{
  egca_period_result r;
  egca_error err = {0};
  int rc = egca_period_days_before(&r, NULL, calendar, d(expiry), n, policy, &err);
  ck_assert_msg(rc == 0, "%s - %d: %s", expiry, n, err.message);
  ck_assert_date(r.due, d(due));
  ck_assert_int_eq(r.ambiguous, other != NULL);
  ck_assert_date(r.other_reading, other != NULL ? d(other) : EGCA_DATE_NONE);
}

START_TEST(days_before_expiry)
{
  /* DESIGN.md: 2026-04-17 - 60 = 02-16 (春节): earlier Sat 02-14 (adjusted), later 02-24. */
  expect_before("2026-04-17", 60, EGCA_POLICY_EARLIER, "2026-02-14", "2026-02-24");
  expect_before("2026-04-17", 60, EGCA_POLICY_LATER, "2026-02-24", "2026-02-14");
  /* 2026-06-30 - 60 = 05-01 (劳动节 05-01..05): 04-30 or 05-06. */
  expect_before("2026-06-30", 60, EGCA_POLICY_EARLIER, "2026-04-30", "2026-05-06");
  expect_before("2026-06-30", 60, EGCA_POLICY_LATER, "2026-05-06", "2026-04-30");
  /* 2025-08-01 - 60 = 06-02 (端午 05-31..06-02): 05-30 or 06-03. */
  expect_before("2025-08-01", 60, EGCA_POLICY_EARLIER, "2025-05-30", "2025-06-03");
  /* 2025-12-01 - 60 = 10-02 (国庆): 09-30 or 10-09. */
  expect_before("2025-12-01", 60, EGCA_POLICY_EARLIER, "2025-09-30", "2025-10-09");
  /* A working day: both readings agree. 2026-07-31 - 60 = Mon 06-01. */
  expect_before("2026-07-31", 60, EGCA_POLICY_EARLIER, "2026-06-01", NULL);
  expect_before("2026-07-31", 60, EGCA_POLICY_LATER, "2026-06-01", NULL);
  /* A plain weekend: 2026-09-09 - 60 = Sat 07-11: Fri 07-10 or Mon 07-13. */
  expect_before("2026-09-09", 60, EGCA_POLICY_EARLIER, "2026-07-10", "2026-07-13");

  egca_period_result r;
  egca_period_trace t;
  char text[512];
  ck_assert_int_eq(egca_period_days_before(&r, &t, calendar, d("2026-04-17"), 60, EGCA_POLICY_EARLIER, NULL), 0);
  egca_period_trace_format(text, sizeof text, &t, EGCA_LANG_EN);
  ck_assert_str_eq(text, "60 days before 2026-04-17 (the start day is not counted) is 2026-02-16, a holiday; no text "
                         "settles which way it moves: the earlier reading (policy earlier) gives 2026-02-14, an "
                         "adjusted working day; the later reading would give 2026-02-24.");
  egca_period_trace_format(text, sizeof text, &t, EGCA_LANG_ZH);
  ck_assert_str_eq(text, "2026-04-17前60日（起算日不计入）为2026-02-16，该日为节假日；没有条文规定向哪一方向调整："
                         "向前的读法（policy earlier）得出2026-02-14，该日为调休上班日；向后的读法将得出2026-02-24。");
}
END_TEST

START_TEST(years)
{
  egca_period_result r;
  egca_period_trace t;
  char text[512];
  /* 民法典 第二百零二条: no 2029-02-29, so the month's last day. No calendar is needed. */
  ck_assert_int_eq(egca_period_add_years(&r, &t, NULL, d("2024-02-29"), 5, NULL), 0);
  ck_assert_date(r.due, d("2029-02-28"));
  ck_assert_int_eq(t.month_end, 1);
  egca_period_trace_format(text, sizeof text, &t, EGCA_LANG_EN);
  ck_assert_str_eq(text, "5 years after 2024-02-29: the target month has no corresponding day, so the period ends on "
                         "its last day, 2029-02-28 (Civil Code, Article 202).");
  egca_period_trace_format(text, sizeof text, &t, EGCA_LANG_ZH);
  ck_assert_str_eq(text, "2024-02-29后5年：到期月份没有对应日，期限于该月最后一日2029-02-28届满（《民法典》第二百零二条）。");
  ck_assert_int_eq(egca_period_add_years(&r, NULL, calendar, d("2025-03-10"), 5, NULL), 0);
  ck_assert_date(r.due, d("2030-03-10"));
  ck_assert_int_eq(r.provisional, 0);
  /* Feb 29 to Feb 29: 2024 + 4 years. */
  ck_assert_int_eq(egca_period_add_years(&r, NULL, NULL, d("2024-02-29"), 4, NULL), 0);
  ck_assert_date(r.due, d("2028-02-29"));
}
END_TEST

START_TEST(first_working_day_after)
{
  egca_period_result r;
  /* DESIGN.md: the 15th working day after 2026-03-02 is 03-23; the day after is 03-24. */
  ck_assert_int_eq(egca_period_first_workday_after(&r, NULL, calendar, d("2026-03-02"), 15, NULL), 0);
  ck_assert_date(r.due, d("2026-03-24"));
  /* From Fri 2026-01-30: 02-02..06 (5), 02-09..13 (10), Sat 02-14 (11), 02-24..27 (15); next: Sat 02-28. */
  ck_assert_int_eq(egca_period_first_workday_after(&r, NULL, calendar, d("2026-01-30"), 15, NULL), 0);
  ck_assert_date(r.due, d("2026-02-28"));
}
END_TEST

/* --- Tentative years, coverage, bad arguments --------------------------------------------------------- */

START_TEST(tentative_results_are_provisional)
{
  egca_period_result r;
  egca_error err = {0};
  /* From Mon 2082-12-28: 12-29..31 (3), (2083-01-01 tentative 元旦) 01-04..08 (8), 01-11, 01-12 (10). */
  ck_assert_int_eq(egca_period_add_workdays(&r, NULL, fixture, d("2082-12-28"), 10, NULL, 0, &err),
                   EGCA_PROVISIONAL);
  ck_assert_date(r.due, d("2083-01-12"));
  ck_assert_int_eq(r.provisional, 1);
  /* Strict: the tentative year is an error naming it. */
  ck_assert_int_eq(egca_period_add_workdays(&r, NULL, strict_fixture, d("2082-12-28"), 10, NULL, 0, &err),
                   EGCA_E_COVERAGE);
  ck_assert_int_eq(err.year, 2083);
  ck_assert_int_eq(r.status, EGCA_PERIOD_FAILED);
  /* Wholly in the confirmed 2082: not provisional, strict or not (Tue 12-01 + 3 = Fri 12-04). */
  ck_assert_int_eq(egca_period_add_workdays(&r, NULL, strict_fixture, d("2082-12-01"), 3, NULL, 0, &err), 0);
  ck_assert_date(r.due, d("2082-12-04"));
  ck_assert_int_eq(r.provisional, 0);
  /* Calendar days into 2083: 2082-12-10 + 30 = Sat 2083-01-09 -> Mon 01-11, provisional. */
  ck_assert_int_eq(egca_period_add_days(&r, NULL, fixture, d("2082-12-10"), 30, &err), EGCA_PROVISIONAL);
  ck_assert_date(r.due, d("2083-01-11"));
  /* Days before: 2083-04-06 - 60 = 2083-02-05 (tentative 春节): Thu 02-04, later Thu 02-11. */
  ck_assert_int_eq(egca_period_days_before(&r, NULL, fixture, d("2083-04-06"), 60, EGCA_POLICY_EARLIER, &err),
                   EGCA_PROVISIONAL);
  ck_assert_date(r.due, d("2083-02-04"));
  ck_assert_date(r.other_reading, d("2083-02-11"));
}
END_TEST

START_TEST(outside_coverage)
{
  egca_period_result r;
  egca_error err = {0};
  ck_assert_int_eq(egca_period_add_workdays(&r, NULL, fixture, d("2084-01-02"), 5, NULL, 0, &err), EGCA_E_COVERAGE);
  ck_assert_int_eq(err.year, 2084);
  ck_assert_msg(strncmp(err.message, "没有2084年的节假日数据：日历覆盖", strlen("没有2084年的节假日数据：日历覆盖")) == 0,
                "%s", err.message);
  /* From the last covered month: 2083-12-20 + 30 = 2084-01-19, past the end. */
  ck_assert_int_eq(egca_period_add_days(&r, NULL, fixture, d("2083-12-20"), 30, &err), EGCA_E_COVERAGE);
  ck_assert_int_eq(err.year, 2084);
  /* Years without a roll need no calendar: any year works. */
  ck_assert_int_eq(egca_period_add_years(&r, NULL, fixture, d("2040-06-30"), 5, &err), 0);
  ck_assert_date(r.due, d("2045-06-30"));
}
END_TEST

START_TEST(bad_arguments)
{
  egca_period_result r;
  egca_error err = {0};
  egca_pause backwards = {d("2026-03-10"), d("2026-03-01")};
  ck_assert_int_eq(egca_period_add_workdays(&r, NULL, calendar, d("2026-03-02"), 5, &backwards, 1, &err),
                   EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "中止2026-03-10..2026-03-01的结束早于开始");
  err.lang = EGCA_LANG_EN;
  ck_assert_int_eq(egca_period_add_workdays(&r, NULL, calendar, d("2026-03-02"), 5, &backwards, 1, &err),
                   EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "pause 2026-03-10..2026-03-01 ends before it begins");
  egca_period_spec spec = {EGCA_UNIT_DAYS, 30, EGCA_AFTER, EGCA_ROLL_NEXT_WORKING_DAY, EGCA_POLICY_EARLIER,
                           EGCA_END_LAST_DAY, 1440, 0};
  egca_pause p = {d("2026-03-10"), d("2026-03-12")};
  ck_assert_int_eq(egca_period_compute(&r, NULL, calendar, &spec, d("2026-03-02"), &p, 1, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "pauses apply to working-day periods only");
  spec.count = -3;
  ck_assert_int_eq(egca_period_compute(&r, NULL, calendar, &spec, d("2026-03-02"), NULL, 0, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "a days period needs a count of 0 or more");
  err.lang = EGCA_LANG_ZH;
  ck_assert_int_eq(egca_period_compute(&r, NULL, calendar, &spec, d("2026-03-02"), NULL, 0, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "以日计的期限，数量须为0或以上");
  err.lang = EGCA_LANG_EN;
  spec.count = 3;
  ck_assert_int_eq(egca_period_compute(&r, NULL, NULL, &spec, d("2026-03-02"), NULL, 0, &err), EGCA_E_INVALID);
  ck_assert_int_eq(egca_period_compute(&r, NULL, calendar, &spec, EGCA_DATE_NONE, NULL, 0, &err), EGCA_E_INVALID);
  egca_pause open = {d("2026-03-01"), EGCA_DATE_NONE};
  ck_assert_int_eq(egca_period_add_workdays(&r, NULL, calendar, d("2026-03-13"), -3, &open, 1, &err), EGCA_E_INVALID);
  ck_assert_int_eq(r.status, EGCA_PERIOD_FAILED);
  ck_assert_date(r.due, EGCA_DATE_NONE);
}
END_TEST

START_TEST(cutoff_and_names)
{
  egca_period_spec spec = {EGCA_UNIT_DAYS, 30, EGCA_AFTER, EGCA_ROLL_NEXT_WORKING_DAY, EGCA_POLICY_EARLIER,
                           EGCA_END_LAST_DAY, 24 * 60, 17 * 60 + 30};
  egca_period_result r;
  ck_assert_int_eq(egca_period_compute(&r, NULL, calendar, &spec, d("2026-09-01"), NULL, 0, NULL), 0);
  ck_assert_int_eq(r.cutoff, 1440);
  ck_assert_int_eq(r.cutoff_in_person, 1050);
  ck_assert_str_eq(egca_period_unit_name(EGCA_UNIT_WORKING_DAYS), "working_days");
  ck_assert_str_eq(egca_roll_name(EGCA_ROLL_EARLIER_OR_LATER), "earlier_or_later");
  ck_assert_str_eq(egca_period_status_name(EGCA_PERIOD_SUSPENDED), "suspended");
  ck_assert_str_eq(egca_roll_decision_name(EGCA_ROLL_MOVED_EARLIER), "moved_earlier");
  ck_assert_ptr_null(egca_period_unit_name((egca_period_unit)7));
  /* The trace text's length is reported as snprintf does. */
  egca_period_trace t;
  ck_assert_int_eq(egca_period_add_workdays(&r, &t, calendar, d("2025-09-30"), 5, NULL, 0, NULL), 0);
  char small[8];
  int need = egca_period_trace_format(small, sizeof small, &t, EGCA_LANG_EN);
  ck_assert_int_gt(need, 7);
  ck_assert_uint_eq(strlen(small), 7);
  char *full = malloc((size_t)need + 1);
  ck_assert_int_eq(egca_period_trace_format(full, (size_t)need + 1, &t, EGCA_LANG_EN), need);
  ck_assert_str_eq(full, "5 working days after 2025-09-30 (the start day is not counted): counting began on "
                         "2025-10-09; passed over 8 holiday days and 1 weekend day; counted 1 adjusted working day "
                         "(2025-10-11); the 5th working day is 2025-10-14.");
  free(full);
  /* In Chinese the length counts bytes too (three a character here). */
  const char *zh = "2025-09-30后5个工作日（起算日不计入）：自2025-10-09起计算；跳过节假日8天和周末1天；"
                   "计入调休上班日1天（2025-10-11）；第5个工作日为2025-10-14。";
  need = egca_period_trace_format(small, sizeof small, &t, EGCA_LANG_ZH);
  ck_assert_int_eq(need, (int)strlen(zh));
  full = malloc((size_t)need + 1);
  ck_assert_int_eq(egca_period_trace_format(full, (size_t)need + 1, &t, EGCA_LANG_ZH), need);
  ck_assert_str_eq(full, zh);
  free(full);
}
END_TEST

int main(void)
{
  Suite *s = suite_create("period");
  TCase *tc = tcase_create("period");
  tcase_add_unchecked_fixture(tc, setup, teardown);
  tcase_add_test(tc, workdays_around_2024_holidays);
  tcase_add_test(tc, workdays_around_2025_and_2026_holidays);
  tcase_add_test(tc, workdays_around_the_remaining_holidays);
  tcase_add_test(tc, negative_counts);
  tcase_add_test(tc, pauses_limit);
  tcase_add_test(tc, design_decision_example);
  tcase_add_test(tc, pause_across_a_holiday);
  tcase_add_test(tc, two_pauses);
  tcase_add_test(tc, overlapping_and_early_pauses);
  tcase_add_test(tc, open_pause);
  tcase_add_test(tc, calendar_days);
  tcase_add_test(tc, days_before_expiry);
  tcase_add_test(tc, years);
  tcase_add_test(tc, first_working_day_after);
  tcase_add_test(tc, tentative_results_are_provisional);
  tcase_add_test(tc, outside_coverage);
  tcase_add_test(tc, bad_arguments);
  tcase_add_test(tc, cutoff_and_names);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
