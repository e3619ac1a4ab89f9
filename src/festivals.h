/* egca — the festivals of 全国年节及纪念日放假办法 第二条 and the days their holidays may fall on, for the
 * coverage of a source that does not declare its years. Internal. */
#ifndef EGCA_FESTIVALS_H
#define EGCA_FESTIVALS_H

#include "internal.h"

enum {
  EGCA__NEW_YEAR,      /* 元旦 */
  EGCA__SPRING,        /* 春节 */
  EGCA__QINGMING,      /* 清明节 */
  EGCA__LABOUR,        /* 劳动节 */
  EGCA__DRAGON_BOAT,   /* 端午节 */
  EGCA__MID_AUTUMN,    /* 中秋节 */
  EGCA__NATIONAL,      /* 国庆节 */
  EGCA__FESTIVALS
};

/* The festivals (bit k for festival k) every citizen has off in `year`: seven from 2008, four before. */
unsigned egca__festivals_required(int year);

/* The festivals whose holiday period may hold the day year-month-day (bit k for festival k), or 0. */
unsigned egca__festivals_of_day(int year, int month, int day);

/* "元旦", "春节", ...: the festival's name as 第二条 gives it. */
const char *egca__festival_name(int festival);

/* The date of 中秋节 (the 15th of the 8th lunar month) in a year of the table, 2008..2027: 1 and the date,
 * or 0 outside the table. */
int egca__mid_autumn(int year, int *month, int *day);

#endif
