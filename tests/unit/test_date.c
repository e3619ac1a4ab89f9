/* Unit tests: the date module (serial days, strict ISO parsing, weekdays, year arithmetic). */
#include <check.h>
#include <egca.h>
#include <stdlib.h>
#include <string.h>

static egca_date d(const char *text)
{
  egca_date out;
  ck_assert_int_eq(egca_date_parse(&out, text, NULL), 0);
  return out;
}

START_TEST(serial_numbers_are_days_since_1970)
{
  ck_assert_int_eq(d("1970-01-01"), 0);
  ck_assert_int_eq(d("1970-01-02"), 1);
  ck_assert_int_eq(d("1969-12-31"), -1);
  ck_assert_int_eq(d("2000-03-01") - d("2000-02-28"), 2); /* 2000 is a leap year */
  ck_assert_int_eq(d("1900-03-01") - d("1900-02-28"), 1); /* 1900 is not */
  ck_assert_int_eq(d("0001-01-01"), EGCA_DATE_MIN);
  ck_assert_int_eq(d("9999-12-31"), EGCA_DATE_MAX);
  /* 2026-11-24 is day 20,781: 56 years of 365 days plus 14 leap days, plus 327 days. */
  ck_assert_int_eq(d("2026-11-24"), 56 * 365 + 14 + 327);
}
END_TEST

/* Every day of the supported range written and read back: the writer (day number to year, month and day)
 * and the reader (the other way) are separate algorithms, so each checks the other; the days of a month
 * follow one another, the 1st after the last day of the month before. */
START_TEST(round_trip_every_day)
{
  char buf[EGCA_DATE_TEXT_SIZE];
  int py = 0, pm = 12, pd = 31;
  egca_date first_wrong = EGCA_DATE_NONE;
  for (egca_date x = EGCA_DATE_MIN; x <= EGCA_DATE_MAX && first_wrong == EGCA_DATE_NONE; x++) {
    egca_date back = EGCA_DATE_NONE;
    int y, m, dd;
    egca_date_to_ymd(x, &y, &m, &dd);
    const int follows = dd == 1 ? pd == egca_days_in_month(py, pm) &&
                                      (m == pm + 1 ? y == py : m == 1 && pm == 12 && y == py + 1)
                                : y == py && m == pm && dd == pd + 1;
    if (egca_date_parse(&back, egca_date_format(x, buf), NULL) != 0 || back != x || !follows)
      first_wrong = x;
    py = y, pm = m, pd = dd;
  }
  ck_assert_msg(first_wrong == EGCA_DATE_NONE, "day %ld written as %s", (long)first_wrong, buf);
}
END_TEST

START_TEST(weekdays)
{
  ck_assert_int_eq(egca_date_weekday(d("1970-01-01")), EGCA_THURSDAY);
  ck_assert_int_eq(egca_date_weekday(d("2026-11-24")), EGCA_TUESDAY);
  ck_assert_int_eq(egca_date_weekday(d("2025-10-11")), EGCA_SATURDAY); /* the 2025 notice's 10月11日(周六) */
  ck_assert_int_eq(egca_date_weekday(d("2026-02-14")), EGCA_SATURDAY); /* the 2026 notice's 2月14日(周六) */
  ck_assert_int_eq(egca_date_weekday(d("1969-12-28")), EGCA_SUNDAY);
}
END_TEST

/* `text` is refused: the English message holds `fragment`, the Chinese one (the default) is `zh` whole. */
static void expect_bad(const char *text, const char *fragment, const char *zh)
{
  egca_date out = 12345;
  egca_error err = {.lang = EGCA_LANG_EN};
  ck_assert_int_eq(egca_date_parse(&out, text, &err), EGCA_E_INVALID);
  ck_assert_int_eq(out, 12345);
  ck_assert_msg(strstr(err.message, fragment) != NULL, "\"%s\": message \"%s\" lacks \"%s\"", text, err.message,
                fragment);
  egca_error zh_err = {0};
  ck_assert_int_eq(egca_date_parse(&out, text, &zh_err), EGCA_E_INVALID);
  ck_assert_str_eq(zh_err.message, zh);
}

START_TEST(strict_parsing)
{
  expect_bad("2026-02-30", "has no day 30", "\"2026-02-30\"：2026-02没有30日");
  expect_bad("2026-2-3", "month must have two digits", "\"2026-2-3\"：月份须为两位数字（YYYY-MM-DD）");
  expect_bad("2026-02-3", "day must have two digits", "\"2026-02-3\"：日须为两位数字（YYYY-MM-DD）");
  expect_bad("2026-02-03T00:00", "unexpected text after the date", "\"2026-02-03T00:00\"：日期后有多余文字（YYYY-MM-DD）");
  expect_bad("2026-02-03 ", "unexpected text after the date", "\"2026-02-03 \"：日期后有多余文字（YYYY-MM-DD）");
  expect_bad("26-02-03", "year must have four digits", "\"26-02-03\"：年份须为四位数字（YYYY-MM-DD）");
  expect_bad("2026-13-01", "no month 13", "\"2026-13-01\"：没有13月");
  expect_bad("2025-02-29", "has no day 29", "\"2025-02-29\"：2025-02没有29日");
  expect_bad("", "empty date", "日期为空：应为YYYY-MM-DD");
  expect_bad("20260203", "not a date", "\"20260203\"不是日期：应为YYYY-MM-DD");
  expect_bad("0000-01-01", "outside the supported range", "\"0000-01-01\"：0000年超出支持范围0001..9999");
  expect_bad("+2026-01-01", "not a date", "\"+2026-01-01\"不是日期：应为YYYY-MM-DD");
  egca_error err = {0};
  egca_date none;
  ck_assert_int_eq(egca_date_parse(&none, NULL, &err), EGCA_E_INVALID);
  ck_assert_str_eq(err.message, "未给出日期");
  egca_date out;
  ck_assert_int_eq(egca_date_parse(&out, "2024-02-29", NULL), 0);
  ck_assert_int_eq(egca_date_parse_n(&out, "2024-02-29xyz", 10, NULL), 0);
}
END_TEST

START_TEST(years_per_civil_code_article_202)
{
  egca_date out;
  char buf[EGCA_DATE_TEXT_SIZE];
  ck_assert_int_eq(egca_date_add_years(&out, d("2024-02-29"), 5), 0);
  ck_assert_str_eq(egca_date_format(out, buf), "2029-02-28");
  ck_assert_int_eq(egca_date_add_years(&out, d("2024-02-29"), 4), 0);
  ck_assert_str_eq(egca_date_format(out, buf), "2028-02-29");
  ck_assert_int_eq(egca_date_add_years(&out, d("2025-11-01"), 5), 0);
  ck_assert_str_eq(egca_date_format(out, buf), "2030-11-01");
  ck_assert_int_eq(egca_date_add_years(&out, d("9999-01-01"), 1), EGCA_E_INVALID);
}
END_TEST

START_TEST(from_ymd_rejects_impossible_days)
{
  egca_date out;
  ck_assert_int_eq(egca_date_from_ymd(&out, 2026, 4, 31), EGCA_E_INVALID);
  ck_assert_int_eq(egca_date_from_ymd(&out, 10000, 1, 1), EGCA_E_INVALID);
  ck_assert_int_eq(egca_date_from_ymd(&out, 2026, 0, 1), EGCA_E_INVALID);
  ck_assert_int_eq(egca_days_in_month(2100, 2), 28);
  ck_assert_int_eq(egca_days_in_month(2400, 2), 29);
}
END_TEST

int main(void)
{
  Suite *s = suite_create("date");
  TCase *tc = tcase_create("date");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, serial_numbers_are_days_since_1970);
  tcase_add_test(tc, round_trip_every_day);
  tcase_add_test(tc, weekdays);
  tcase_add_test(tc, strict_parsing);
  tcase_add_test(tc, years_per_civil_code_article_202);
  tcase_add_test(tc, from_ymd_rejects_impossible_days);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
