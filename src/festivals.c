/* egca — the festivals of 全国年节及纪念日放假办法 第二条 and where their holidays may fall.
 *
 * A source without X-EGCA-COVERAGE covers a year only when it marks a holiday day in the period of every
 * festival that 第二条 gives all citizens off that year: a feed cut off after April, or one that lost a
 * month, would otherwise pass for the year's notice and every deadline after the gap would be short. The
 * periods are wide enough for every arrangement the notices have made (a holiday moved next to a weekend,
 * 调休), and narrow enough that no festival's holiday falls in another's period. */
#include "festivals.h"

static const char *const names[EGCA__FESTIVALS] = {"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"};

/* Month and day, first and last (inclusive), of the days a festival's holiday may hold in its year. */
typedef struct window {
  int from_month, from_day, to_month, to_day;
} window;

static const window windows[EGCA__FESTIVALS] = {
    {1, 1, 1, 3},    /* 元旦: 1 January is a holiday day in every notice; the longest ran to 1-03 */
    {1, 15, 3, 5},   /* 春节: 正月初一 falls between 1-21 and 2-20; the holiday starts at most two days before and
                        lasts at most nine (2020's, extended, ended 2-02) */
    {4, 1, 4, 10},   /* 清明节: the solar term falls on 4-04 to 4-06; holidays ran 4-02 to 4-07 */
    {4, 28, 5, 7},   /* 劳动节: 5-01, with the days around it (4-29..5-03 in 2023, 5-01..5-07 before 2008) */
    {5, 20, 6, 30},  /* 端午节: 五月初五 falls between 5-28 and 6-25, a holiday at most two days from it */
    {9, 5, 10, 10},  /* 中秋节: 八月十五 falls between 9-07 and 10-08 (narrowed by the table below) */
    {10, 1, 10, 8},  /* 国庆节: 10-01, and in a long week up to 10-08 */
};

/* 中秋节 of 2008..2027, from the notices' own dates (tests/unit/test_calendar.c checks each against the
 * shipped holiday data). Inside this range a 中秋 holiday must lie within three days of the date, so that a
 * September 中秋 missing from a feed is seen even when 国庆节 is there; outside it, only the wide window
 * above is checked, which the 国庆 holiday also meets. */
static const unsigned char mid_autumn[][2] = {
    {9, 14}, {10, 3}, {9, 22}, {9, 12}, {9, 30}, {9, 19}, {9, 8}, {9, 27}, {9, 15}, {10, 4},  /* 2008..2017 */
    {9, 24}, {9, 13}, {10, 1}, {9, 21}, {9, 10}, {9, 29}, {9, 17}, {10, 6}, {9, 25}, {9, 15}, /* 2018..2027 */
};
#define MID_AUTUMN_FIRST 2008
#define MID_AUTUMN_YEARS (int)(sizeof mid_autumn / sizeof mid_autumn[0])

int egca__mid_autumn(int year, int *month, int *day)
{
  if (year < MID_AUTUMN_FIRST || year >= MID_AUTUMN_FIRST + MID_AUTUMN_YEARS)
    return 0;
  *month = mid_autumn[year - MID_AUTUMN_FIRST][0];
  *day = mid_autumn[year - MID_AUTUMN_FIRST][1];
  return 1;
}

unsigned egca__festivals_required(int year)
{
  /* 第二条 as revised on 2007-12-14 (in force from 2008) added 清明节, 端午节 and 中秋节 to the four of the 1949 and
   * 1999 texts; the 2013 and 2024 revisions changed the days, not the festivals. */
  const unsigned four = 1u << EGCA__NEW_YEAR | 1u << EGCA__SPRING | 1u << EGCA__LABOUR | 1u << EGCA__NATIONAL;
  return year >= 2008 ? (1u << EGCA__FESTIVALS) - 1 : four;
}

static int in_window(int month, int day, int from_month, int from_day, int to_month, int to_day)
{
  const int at = month * 100 + day;
  return at >= from_month * 100 + from_day && at <= to_month * 100 + to_day;
}

unsigned egca__festivals_of_day(int year, int month, int day)
{
  unsigned bits = 0;
  for (int k = 0; k < EGCA__FESTIVALS; k++) {
    const window *w = &windows[k];
    if (in_window(month, day, w->from_month, w->from_day, w->to_month, w->to_day))
      bits |= 1u << k;
  }
  int m, d;
  if ((bits & 1u << EGCA__MID_AUTUMN) && egca__mid_autumn(year, &m, &d)) {
    /* Within three days of the date, across a month's end (9-28..10-04 for 10-01). */
    const int at = month == m ? day - d : month < m ? day - d - 30 : day - d + 30;
    if (at < -3 || at > 3)
      bits &= ~(1u << EGCA__MID_AUTUMN);
  }
  return bits;
}

const char *egca__festival_name(int festival)
{
  return festival >= 0 && festival < EGCA__FESTIVALS ? names[festival] : NULL;
}
