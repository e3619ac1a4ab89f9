/* egca — calendar dates as serial day numbers (days since 1970-01-01, proleptic Gregorian). */
#include "internal.h"

#include <string.h>

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

EGCA_API int egca_days_in_month(int year, int month)
{
  static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12)
    return 0;
  return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

/* Days from 1970-01-01 to y-m-d; the era-based method, exact for every Gregorian date. */
static int32_t days_from_civil(int y, int m, int d)
{
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/* The century, the year within it, the month and the day of the n-th day after 0000-03-01 (n >= 0, all
 * dates of years 1..9999), with Neri and Schneider's Euclidean affine functions ("Euclidean affine functions
 * and their application to calendar algorithms", Software: Practice and Experience 53(4), 2023): a
 * March-based year of 365.2425 days, then a month of 30.6 days, each by a multiplication and a shift. The
 * year comes as 100 * century + year_of_century (0..99), as egca_date_format writes it two digits at a time
 * without dividing by 100. A batch writes fifty dates a case. */
static void civil_parts(uint32_t n, uint32_t *century, uint32_t *year_of_century, uint32_t *m, uint32_t *d)
{
  const uint32_t n1 = 4 * n + 3;
  uint32_t c = n1 / 146097;
  const uint32_t n2 = n1 % 146097 | 3; /* 4 x the day of the century, + 3 */
  const uint64_t p2 = (uint64_t)2939745 * n2;
  uint32_t y = (uint32_t)(p2 >> 32);
  const uint32_t day_of_year = (uint32_t)p2 / 2939745 / 4; /* from 1 March */
  const uint32_t n3 = 2141 * day_of_year + 197913;
  uint32_t month = n3 >> 16; /* 3..14: March to next February */
  if (day_of_year >= 306) {  /* January or February: of the next year */
    month -= 12;
    if (++y == 100) {
      y = 0;
      c++;
    }
  }
  *century = c;
  *year_of_century = y;
  *m = month;
  *d = (n3 & 0xFFFF) / 2141 + 1;
}

static void civil_from_days(uint32_t n, int *y, int *m, int *d)
{
  uint32_t century, year_of_century, month, day;
  civil_parts(n, &century, &year_of_century, &month, &day);
  *y = (int)(100 * century + year_of_century);
  *m = (int)month;
  *d = (int)day;
}

EGCA_API void egca_date_to_ymd(egca_date date, int *year, int *month, int *day)
{
  int32_t z = date + 719468;
  int y, m, d;
  if (z >= 0 && z <= 100000000) { /* the dates of years 1..9999 and far beyond; 4n + 3 fits 32 bits */
    civil_from_days((uint32_t)z, &y, &m, &d);
  } else {
    const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int32_t doe = z - era * 146097;
    const int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int32_t mp = (5 * doy + 2) / 153;
    d = (int)(doy - (153 * mp + 2) / 5 + 1);
    m = (int)(mp < 10 ? mp + 3 : mp - 9);
    y = (int)(yoe + era * 400 + (m <= 2));
  }
  if (year != NULL)
    *year = y;
  if (month != NULL)
    *month = m;
  if (day != NULL)
    *day = d;
}

EGCA_API int egca_date_from_ymd(egca_date *out, int year, int month, int day)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > egca_days_in_month(year, month))
    return EGCA_E_INVALID;
  *out = days_from_civil(year, month, day);
  return EGCA_OK;
}

static int digits(const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9')
      return 0;
  return 1;
}

static int number(const char *s, size_t n)
{
  int v = 0;
  for (size_t i = 0; i < n; i++)
    v = v * 10 + (s[i] - '0');
  return v;
}

/* The text as given, made printable and short enough for a message. */
static void quote(char *buf, size_t size, const char *text, size_t len)
{
  size_t j = 0;
  for (size_t i = 0; i < len && j + 5 < size; i++) {
    unsigned char c = (unsigned char)text[i];
    buf[j++] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
  }
  if (len > 0 && j + 5 >= size) {
    memcpy(buf + j, "...", 3);
    j += 3;
  }
  buf[j] = '\0';
}

EGCA_API int egca_date_parse_n(egca_date *out, const char *text, size_t len, egca_error *err)
{
  /* The common case first: a well-formed date, read without building any message. */
  if (len == 10 && text[4] == '-' && text[7] == '-' && digits(text, 4) && digits(text + 5, 2) && digits(text + 8, 2)) {
    const int y = number(text, 4), m = number(text + 5, 2), d = number(text + 8, 2);
    if (y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= egca_days_in_month(y, m)) {
      *out = days_from_civil(y, m, d);
      return EGCA_OK;
    }
  }
  char shown[64];
  quote(shown, sizeof shown, text, len);
  if (len == 0)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "empty date: expected YYYY-MM-DD", "日期为空：应为YYYY-MM-DD"));
  /* Find the fields as written so the message can say which one is wrong. */
  size_t dash1 = len, dash2 = len;
  for (size_t i = 0; i < len; i++) {
    if (text[i] == '-' && i > 0) {
      if (dash1 == len)
        dash1 = i;
      else if (dash2 == len) {
        dash2 = i;
        break;
      }
    }
  }
  if (dash1 == len || dash2 == len || !digits(text, dash1))
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "\"%s\" is not a date: expected YYYY-MM-DD",
                               "\"%s\"不是日期：应为YYYY-MM-DD"), shown);
  if (dash1 != 4)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "\"%s\": the year must have four digits (YYYY-MM-DD)",
                               "\"%s\"：年份须为四位数字（YYYY-MM-DD）"), shown);
  if (!digits(text + 5, dash2 - 5) || dash2 - 5 != 2)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "\"%s\": the month must have two digits (YYYY-MM-DD)",
                               "\"%s\"：月份须为两位数字（YYYY-MM-DD）"), shown);
  size_t day_len = 0;
  while (dash2 + 1 + day_len < len && text[dash2 + 1 + day_len] >= '0' && text[dash2 + 1 + day_len] <= '9')
    day_len++;
  if (day_len != 2)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "\"%s\": the day must have two digits (YYYY-MM-DD)",
                               "\"%s\"：日须为两位数字（YYYY-MM-DD）"), shown);
  if (len != 10)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "\"%s\": unexpected text after the date (YYYY-MM-DD)",
                               "\"%s\"：日期后有多余文字（YYYY-MM-DD）"), shown);
  const int y = number(text, 4), m = number(text + 5, 2), d = number(text + 8, 2);
  if (y < 1)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "\"%s\": year 0000 is outside the supported range 0001..9999",
                               "\"%s\"：0000年超出支持范围0001..9999"), shown);
  if (m < 1 || m > 12)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "\"%s\": no month %02d", "\"%s\"：没有%02d月"), shown, m);
  if (d < 1 || d > egca_days_in_month(y, m))
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "\"%s\": %04d-%02d has no day %02d",
                               "\"%s\"：%04d-%02d没有%02d日"), shown, y, m, d);
  *out = days_from_civil(y, m, d);
  return EGCA_OK;
}

EGCA_API int egca_date_parse(egca_date *out, const char *text, egca_error *err)
{
  if (text == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "no date given", "未给出日期"));
  return egca_date_parse_n(out, text, strlen(text), err);
}

/* "00" to "99": dates are written two digits at a time, not through snprintf, on the output path of batch
 * jobs (a timeline writes some fifty). */
static const char two_digits[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                 "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                 "8081828384858687888990919293949596979899";

/* egca_date_format's digits: the century, the year within it, the month and the day. */
static char *put_date(char *buf, uint32_t century, uint32_t year_of_century, uint32_t m, uint32_t d)
{
  memcpy(buf, two_digits + 2 * century, 2);
  memcpy(buf + 2, two_digits + 2 * year_of_century, 2);
  buf[4] = '-';
  memcpy(buf + 5, two_digits + 2 * m, 2);
  buf[7] = '-';
  memcpy(buf + 8, two_digits + 2 * d, 2);
  buf[10] = '\0';
  return buf;
}

/* egca_date_format of a day before year 1 or after 9999, apart so that the common case needs no stack frame. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static char *format_far(egca_date date, char *buf)
{
  int y, m, d;
  egca_date_to_ymd(date, &y, &m, &d);
  const unsigned year = (unsigned)y % 10000u; /* four digits, as the format has (years 1..9999) */
  return put_date(buf, year / 100, year % 100, (uint32_t)m, (uint32_t)d);
}

EGCA_API char *egca_date_format(egca_date date, char *buf)
{
  const int32_t z = date + 719468; /* days after 0000-03-01 */
  if (z < 0 || z >= 3652365)       /* 0000-03-01 + 3652365 days is 10000-01-01 */
    return format_far(date, buf);
  uint32_t century, year_of_century, m, d;
  civil_parts((uint32_t)z, &century, &year_of_century, &m, &d);
  return put_date(buf, century, year_of_century, m, d);
}

EGCA_API int egca_date_weekday(egca_date date)
{
  /* 1970-01-01 was a Thursday (ISO 4). */
  int r = (int)((date % 7 + 7) % 7); /* 0 = Thursday */
  return (r + 3) % 7 + 1;
}

EGCA_API int egca_date_add_months(egca_date *out, egca_date date, int months)
{
  int y, m, d;
  egca_date_to_ymd(date, &y, &m, &d);
  if (months > 9999 * 12 || months < -9999 * 12)
    return EGCA_E_INVALID;
  /* Months counted from year 0: floor division keeps a backward count in the right year. */
  const long total = (long)y * 12 + (m - 1) + months;
  const long ny = total >= 0 ? total / 12 : -((-total + 11) / 12);
  if (ny < 1 || ny > 9999)
    return EGCA_E_INVALID;
  const int nm = (int)(total - ny * 12) + 1;
  /* 民法典 第二百零二条: no such day in the last month -> that month's last day. */
  const int last = egca_days_in_month((int)ny, nm);
  return egca_date_from_ymd(out, (int)ny, nm, d > last ? last : d);
}

EGCA_API int egca_date_add_years(egca_date *out, egca_date date, int years)
{
  int y, m, d;
  egca_date_to_ymd(date, &y, &m, &d);
  if (years > 9999 || years < -9999 || y + years < 1 || y + years > 9999)
    return EGCA_E_INVALID;
  y += years;
  /* 民法典 第二百零二条: no such day in the last month -> that month's last day. */
  const int last = egca_days_in_month(y, m);
  return egca_date_from_ymd(out, y, m, d > last ? last : d);
}
