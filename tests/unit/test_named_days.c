/* Unit tests: named days (egca_calendar_day) — every day of a calendar knows its holiday's name and the
 * notice that made it so, an adjusted working day the holiday it serves. The expected names, titles and
 * dates are the notices' own words (tools/notices/2025.txt: 国务院办公厅关于2025年部分节假日安排的通知,
 * 2024-11-12: "六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）
 * 上班。"; tools/notices/local/650000-2025.txt: "(七)古尔邦节：……6月6日（周五）至10日（周二）放假，共5天。"). */
#include <check.h>
#include <egca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEAD "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-EGCA-COVERAGE:2025\r\n"
#define TAIL "END:VCALENDAR\r\n"
#define NOTICE_2025 "国务院办公厅关于2025年部分节假日安排的通知"

static egca_date d(const char *text)
{
  egca_date out;
  ck_assert_int_eq(egca_date_parse(&out, text, NULL), 0);
  return out;
}

static int load(egca_calendar **out, const char *text, egca_error *err)
{
  *out = NULL;
  egca_calendar_builder *b;
  int rc = egca_calendar_builder_new(&b, NULL, err);
  if (rc == 0)
    rc = egca_calendar_builder_add_buffer(b, "test.ics", text, strlen(text), err);
  if (rc == 0)
    rc = egca_calendar_builder_build(out, b, err);
  egca_calendar_builder_free(b);
  return rc;
}

START_TEST(shipped_days_name_their_holiday_and_notice)
{
  egca_calendar *cal;
  egca_error err = {0};
  ck_assert_int_eq(egca_calendar_default(&cal, NULL, &err), 0);
  egca_day_info a, b, m, w;
  /* 10-08, the last day of the eight: 国庆节、中秋节, by the 2025 notice of 2024-11-12. */
  ck_assert_int_eq(egca_calendar_day(&a, cal, d("2025-10-08"), &err), 0);
  ck_assert_int_eq(a.kind, EGCA_DAY_HOLIDAY);
  ck_assert_str_eq(a.name, "国庆节、中秋节");
  ck_assert_str_eq(a.notice, NOTICE_2025);
  ck_assert_str_eq(a.notice_date, "2024-11-12");
  ck_assert_str_eq(a.notice_url, "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm");
  ck_assert_int_eq(a.local, 0);
  ck_assert_int_eq(a.provisional, 0);
  /* 10-04, a Saturday inside the period: named too (the period includes its weekend days). */
  ck_assert_int_eq(egca_calendar_day(&b, cal, d("2025-10-04"), &err), 0);
  ck_assert_str_eq(b.name, "国庆节、中秋节");
  /* One notice is one pointer throughout the calendar. */
  ck_assert_ptr_eq(a.notice, b.notice);
  /* Sunday 09-28 is worked (上班) for 国庆节、中秋节. */
  ck_assert_int_eq(egca_calendar_day(&m, cal, d("2025-09-28"), &err), 0);
  ck_assert_int_eq(m.kind, EGCA_DAY_ADJUSTED_WORKDAY);
  ck_assert_str_eq(m.name, "国庆节、中秋节");
  ck_assert_ptr_eq(m.notice, a.notice);
  /* Monday 09-29: an ordinary workday, no event marks it. */
  ck_assert_int_eq(egca_calendar_day(&w, cal, d("2025-09-29"), &err), 0);
  ck_assert_int_eq(w.kind, EGCA_DAY_WORKDAY);
  ck_assert_ptr_null(w.name);
  ck_assert_ptr_null(w.notice);
  /* 2020: the Spring Festival as the supplement of 2020-01-26 extended it to 02-02. */
  ck_assert_int_eq(egca_calendar_day(&a, cal, d("2020-02-02"), &err), 0);
  ck_assert_str_eq(a.name, "春节");
  ck_assert_str_eq(a.notice, "国务院办公厅关于延长2020年春节假期的通知");
  ck_assert_str_eq(a.notice_date, "2020-01-26");
  /* Outside coverage: the coverage error, as egca_calendar_kind. */
  ck_assert_int_eq(egca_calendar_day(&a, cal, d("2006-06-01"), &err), EGCA_E_COVERAGE);
  egca_calendar_free(cal);
}
END_TEST

START_TEST(a_local_day_names_the_regions_notice)
{
  egca_calendar *cal;
  egca_error err = {0};
  ck_assert_int_eq(egca_calendar_for_office(&cal, "650000", NULL, &err), 0);
  egca_day_info g, n;
  /* Monday 06-09: a national workday, 古尔邦节 in 新疆 (06-06..06-10). */
  ck_assert_int_eq(egca_calendar_day(&g, cal, d("2025-06-09"), &err), 0);
  ck_assert_int_eq(g.kind, EGCA_DAY_HOLIDAY);
  ck_assert_str_eq(g.name, "古尔邦节");
  ck_assert_str_eq(g.notice, "新疆维吾尔自治区2025年节假日放假调休日期和冬夏季作息时间的具体安排");
  ck_assert_int_eq(g.local, 1);
  /* The national days stay named by the State Council's notice. */
  ck_assert_int_eq(egca_calendar_day(&n, cal, d("2025-06-02"), &err), 0);
  ck_assert_str_eq(n.name, "端午节");
  ck_assert_str_eq(n.notice, NOTICE_2025);
  ck_assert_int_eq(n.local, 0);
  egca_calendar_free(cal);
}
END_TEST

START_TEST(names_come_from_the_summary_and_the_notice_from_the_event_or_the_file)
{
  /* No X-EGCA-NOTICE on one event: the file's names it. A full-width marker group is taken off the name;
   * a summary without a marker group stays as it is. */
  const char *text = HEAD "X-EGCA-NOTICE:文件的通知\r\nX-EGCA-SOURCE:https://example.org/n\r\n"
                     "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20250101\r\nSUMMARY:元旦（休）\r\n"
                     "X-APPLE-SPECIAL-DAY:WORK-HOLIDAY\r\nEND:VEVENT\r\n"
                     "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20250201\r\nSUMMARY:春节 假期\r\n"
                     "X-APPLE-SPECIAL-DAY:WORK-HOLIDAY\r\nX-EGCA-NOTICE:事件的通知\r\nX-EGCA-NOTICE-DATE:2024-12-01\r\n"
                     "END:VEVENT\r\n"
                     "BEGIN:VEVENT\r\nUID:c\r\nDTSTART;VALUE=DATE:20250301\r\nSUMMARY:(休)\r\nEND:VEVENT\r\n" TAIL;
  egca_calendar *cal;
  egca_error err = {0};
  ck_assert_int_eq(load(&cal, text, &err), 0);
  egca_day_info a, b, c;
  ck_assert_int_eq(egca_calendar_day(&a, cal, d("2025-01-01"), &err), 0);
  ck_assert_str_eq(a.name, "元旦");
  ck_assert_str_eq(a.notice, "文件的通知");
  ck_assert_ptr_null(a.notice_date);
  ck_assert_str_eq(a.notice_url, "https://example.org/n");
  ck_assert_int_eq(egca_calendar_day(&b, cal, d("2025-02-01"), &err), 0);
  ck_assert_str_eq(b.name, "春节 假期");
  ck_assert_str_eq(b.notice, "事件的通知");
  ck_assert_str_eq(b.notice_date, "2024-12-01");
  /* A summary that is nothing but the marker keeps it: a name is never made empty. */
  ck_assert_int_eq(egca_calendar_day(&c, cal, d("2025-03-01"), &err), 0);
  ck_assert_int_eq(c.kind, EGCA_DAY_HOLIDAY);
  ck_assert_str_eq(c.name, "(休)");
  egca_calendar_free(cal);
}
END_TEST

START_TEST(a_notice_date_that_is_no_date_is_refused)
{
  const char *text = HEAD "BEGIN:VEVENT\r\nUID:bad-date\r\nDTSTART;VALUE=DATE:20250101\r\nSUMMARY:元旦(休)\r\n"
                     "X-EGCA-NOTICE-DATE:2024-13-01\r\nEND:VEVENT\r\n" TAIL;
  egca_calendar *cal;
  egca_error err = {0};
  ck_assert_int_eq(load(&cal, text, &err), EGCA_E_PARSE);
  ck_assert_ptr_null(cal);
  ck_assert_str_eq(err.message, "事件bad-date：X-EGCA-NOTICE-DATE\"2024-13-01\"不是日期（YYYY-MM-DD）");
  err.lang = EGCA_LANG_EN;
  ck_assert_int_eq(load(&cal, text, &err), EGCA_E_PARSE);
  ck_assert_str_eq(err.message, "event bad-date: X-EGCA-NOTICE-DATE \"2024-13-01\" is not a date (YYYY-MM-DD)");
}
END_TEST

START_TEST(long_names_are_cut_at_a_character_boundary)
{
  /* 100 × "节" (3 bytes each) = 300 bytes: kept to 255 bytes, which is 85 whole characters. */
  char summary[400] = "";
  for (int i = 0; i < 100; i++)
    strcat(summary, "节");
  char text[1200];
  snprintf(text, sizeof text,
           HEAD "BEGIN:VEVENT\r\nUID:long\r\nDTSTART;VALUE=DATE:20250101\r\nSUMMARY:%s\r\n"
                "X-APPLE-SPECIAL-DAY:WORK-HOLIDAY\r\nEND:VEVENT\r\n" TAIL,
           summary);
  egca_calendar *cal;
  egca_error err = {0};
  ck_assert_int_eq(load(&cal, text, &err), 0);
  egca_day_info a;
  ck_assert_int_eq(egca_calendar_day(&a, cal, d("2025-01-01"), &err), 0);
  ck_assert_uint_eq(strlen(a.name), 85 * 3);
  ck_assert_int_eq(strncmp(a.name, summary, 85 * 3), 0);
  egca_calendar_free(cal);
}
END_TEST

START_TEST(notices_of_a_span_in_order_of_their_first_day)
{
  egca_calendar *cal;
  egca_error err = {0};
  ck_assert_int_eq(egca_calendar_for_office(&cal, "650000", NULL, &err), 0);
  /* 2025-06-01..06-12 in 新疆: 端午节 06-01..02 (the State Council's notice), then 古尔邦节 06-06..10 (the
   * region's); max 1 writes the first and still counts both. */
  egca_day_info n[2];
  ck_assert_uint_eq(egca_calendar_notices(n, 1, cal, d("2025-06-12"), d("2025-06-01")), 2);
  ck_assert_str_eq(n[0].notice, NOTICE_2025);
  ck_assert_uint_eq(egca_calendar_notices(n, 2, cal, d("2025-06-01"), d("2025-06-12")), 2);
  ck_assert_str_eq(n[1].notice, "新疆维吾尔自治区2025年节假日放假调休日期和冬夏季作息时间的具体安排");
  ck_assert_int_eq(n[1].local, 1);
  /* 06-11..06-20: no holiday, no notice. A span reaching outside the table names what lies inside it. */
  ck_assert_uint_eq(egca_calendar_notices(n, 2, cal, d("2025-06-11"), d("2025-06-20")), 0);
  ck_assert_uint_eq(egca_calendar_notices(n, 2, cal, d("1990-01-01"), d("2007-01-02")), 1);
  ck_assert_str_eq(n[0].name, "元旦");
  egca_calendar_free(cal);
}
END_TEST

int main(void)
{
  Suite *s = suite_create("named_days");
  TCase *tc = tcase_create("named_days");
  tcase_add_test(tc, shipped_days_name_their_holiday_and_notice);
  tcase_add_test(tc, a_local_day_names_the_regions_notice);
  tcase_add_test(tc, names_come_from_the_summary_and_the_notice_from_the_event_or_the_file);
  tcase_add_test(tc, a_notice_date_that_is_no_date_is_refused);
  tcase_add_test(tc, long_names_are_cut_at_a_character_boundary);
  tcase_add_test(tc, notices_of_a_span_in_order_of_their_first_day);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
