/* egca — the acceptance offices: the 密码管理局 of each province, autonomous region and municipality
 * (服务指南 受理机构: 省、自治区、直辖市密码管理部门), keyed by the GB/T 2260 code of the province.
 *
 * local_holidays marks the regions that give all citizens rest days of their own under 全国年节及纪念日放假办法
 * 第四条 and their 少数民族习惯节日放假办法 (广西 壮族三月三; 西藏 藏历新年, 雪顿节; 宁夏 开斋节, 古尔邦节;
 * 新疆 肉孜节, 古尔邦节): their offices close on those days, so their calendar has a local layer, and a year
 * without the region's notice is provisional. Office hours are given only where a source states them; the
 * guide states none for the provincial offices.
 *
 * The office's hours decide two things here, and nowhere else: from which day materials received after the
 * office closed (or on a day it is closed) count (egca_office_receipt_day, the question receipt_after_hours of
 * docs/rules.md), and the cutoff of an applicant's filing on a day (egca_office_filing_cutoff). */
#include "internal.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const egca_office offices[] = {
    {"110000", "北京市密码管理局", "北京市", 0, NULL, -1, NULL, NULL},
    {"120000", "天津市密码管理局", "天津市", 0, NULL, -1, NULL, NULL},
    {"130000", "河北省密码管理局", "河北省", 0, NULL, -1, NULL, NULL},
    {"140000", "山西省密码管理局", "山西省", 0, NULL, -1, NULL, NULL},
    {"150000", "内蒙古自治区密码管理局", "内蒙古自治区", 0, NULL, -1, NULL, NULL},
    {"210000", "辽宁省密码管理局", "辽宁省", 0, NULL, -1, NULL, NULL},
    {"220000", "吉林省密码管理局", "吉林省", 0, NULL, -1, NULL, NULL},
    {"230000", "黑龙江省密码管理局", "黑龙江省", 0, NULL, -1, NULL, NULL},
    {"310000", "上海市密码管理局", "上海市", 0, NULL, -1, NULL, NULL},
    {"320000", "江苏省密码管理局", "江苏省", 0, NULL, -1, NULL, NULL},
    {"330000", "浙江省密码管理局", "浙江省", 0, NULL, -1, NULL, NULL},
    {"340000", "安徽省密码管理局", "安徽省", 0, NULL, -1, NULL, NULL},
    {"350000", "福建省密码管理局", "福建省", 0, NULL, -1, NULL, NULL},
    {"360000", "江西省密码管理局", "江西省", 0, NULL, -1, NULL, NULL},
    {"370000", "山东省密码管理局", "山东省", 0, NULL, -1, NULL, NULL},
    {"410000", "河南省密码管理局", "河南省", 0, NULL, -1, NULL, NULL},
    {"420000", "湖北省密码管理局", "湖北省", 0, NULL, -1, NULL, NULL},
    {"430000", "湖南省密码管理局", "湖南省", 0, NULL, -1, NULL, NULL},
    {"440000", "广东省密码管理局", "广东省", 0, NULL, -1, NULL, NULL},
    {"450000", "广西壮族自治区密码管理局", "广西壮族自治区", 1, NULL, -1, NULL, NULL},
    {"460000", "海南省密码管理局", "海南省", 0, NULL, -1, NULL, NULL},
    {"500000", "重庆市密码管理局", "重庆市", 0, NULL, -1, NULL, NULL},
    {"510000", "四川省密码管理局", "四川省", 0, NULL, -1, NULL, NULL},
    {"520000", "贵州省密码管理局", "贵州省", 0, NULL, -1, NULL, NULL},
    {"530000", "云南省密码管理局", "云南省", 0, NULL, -1, NULL, NULL},
    {"540000", "西藏自治区密码管理局", "西藏自治区", 1, NULL, -1, NULL, NULL},
    {"610000", "陕西省密码管理局", "陕西省", 0, NULL, -1, NULL, NULL},
    {"620000", "甘肃省密码管理局", "甘肃省", 0, NULL, -1, NULL, NULL},
    {"630000", "青海省密码管理局", "青海省", 0, NULL, -1, NULL, NULL},
    {"640000", "宁夏回族自治区密码管理局", "宁夏回族自治区", 1, NULL, -1, NULL, NULL},
    {"650000", "新疆维吾尔自治区密码管理局", "新疆维吾尔自治区", 1, NULL, -1, NULL, NULL},
};

/* The decision authority (服务指南 决定机构), with the hours the guide gives: 国家密码管理局服务时间：8：00—11：30，
 * 14：00—17：30（法定节假日除外）. The provincial offices' hours are in their own guides (服务指南: 各省（区、市）
 * 密码管理局服务时间，见《各省（区、市）密码管理局行政许可事项服务指南》), none of which egca has: unknown. */
static const egca_office decision_office = {
    "000000", "国家密码管理局", "全国", 0, "8:00-11:30, 14:00-17:30", 17 * 60 + 30,
    "电子政务电子认证服务机构资质认定 服务指南，办公地址和服务时间 （二）服务时间",
    "Service Guide of the licence for e-government electronic certification service providers, Office address and "
    "service hours, (2) Service hours"};

EGCA_API size_t egca_office_count(void) { return sizeof offices / sizeof offices[0]; }

EGCA_API const egca_office *egca_office_at(size_t index)
{
  return index < egca_office_count() ? &offices[index] : NULL;
}

EGCA_API const egca_office *egca_office_find(const char *code)
{
  if (code == NULL)
    return NULL;
  for (size_t i = 0; i < egca_office_count(); i++)
    if (strcmp(offices[i].code, code) == 0)
      return &offices[i];
  return NULL;
}

EGCA_API const egca_office *egca_office_decision(void) { return &decision_office; }

static int unknown_office(const char *code, egca_error *err)
{
  return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                    EGCA__TR(err,
                             "\"%.16s\" is no acceptance office: expected the GB/T 2260 code of a province, such as "
                             "450000 (egca offices lists them)",
                             "\"%.16s\"不是受理机构：应为省级行政区的GB/T 2260代码，如450000（egca offices列出全部）"),
                    code != NULL ? code : "");
}

EGCA_API int egca_calendar_builder_add_office(egca_calendar_builder *b, const char *code, egca_error *err)
{
  const egca_office *office = egca_office_find(code);
  if (office == NULL)
    return unknown_office(code, err);
  if (!office->local_holidays)
    return 0;
  int rc = egca_calendar_builder_set_region(b, office->region, err);
  /* data/holidays/local/CODE-YYYY.ics: the region's notices, as a local layer. */
  char name[128];
  for (size_t i = 0; i < egca__embedded_local_count && rc >= 0; i++) {
    if (strncmp(egca__embedded_local[i].name, office->code, 6) != 0 || egca__embedded_local[i].name[6] != '-')
      continue;
    snprintf(name, sizeof name, "<built-in>/local/%s", egca__embedded_local[i].name);
    rc = egca_calendar_builder_add_local_buffer(b, name, egca__embedded_local[i].data, egca__embedded_local[i].len, err);
  }
  return rc;
}

EGCA_API int egca_calendar_for_office(egca_calendar **out, const char *code, const egca_load_options *options,
                                      egca_error *err)
{
  *out = NULL;
  const egca_office *office = egca_office_find(code);
  if (office == NULL)
    return unknown_office(code, err);
  /* An office whose region has rest days of its own: its calendar as compiled at build time; any other
   * office counts on the national calendar. */
  const int rc = egca__calendar_compiled(out, office->local_holidays ? office->code : "", options, err);
  return rc != 0 ? (rc < 0 ? rc : 0) : egca__calendar_for_office_from_notices(out, code, options, err);
}

int egca__calendar_for_office_from_notices(egca_calendar **out, const char *code, const egca_load_options *options,
                                           egca_error *err)
{
  *out = NULL;
  if (egca_office_find(code) == NULL)
    return unknown_office(code, err);
  egca_calendar_builder *b;
  int rc = egca_calendar_builder_new(&b, options, err);
  if (rc >= 0)
    rc = egca_calendar_builder_add_builtin(b, err);
  if (rc >= 0)
    rc = egca_calendar_builder_add_office(b, code, err);
  if (rc >= 0)
    rc = egca_calendar_builder_build(out, b, err);
  egca_calendar_builder_free(b);
  return rc;
}

/* --- The calendars of every office, built on demand --------------------------------------------------------- */

#define OFFICE_COUNT (sizeof offices / sizeof offices[0])

/* One office's calendar: built once, under the set's lock; read without it once `state` says so (an
 * acquire load pairs with the release store that publishes it). */
typedef struct office_slot {
  int state;               /* SLOT_EMPTY, SLOT_BUILT or SLOT_FAILED */
  egca_calendar *calendar; /* SLOT_BUILT */
  int code;                /* SLOT_FAILED: the error kept, given again, */
  egca_error err[2];       /* in each language (egca_lang) once a caller asked in it */
  unsigned char has_err[2];
} office_slot;

enum { SLOT_EMPTY = 0, SLOT_BUILT = 1, SLOT_FAILED = 2 };

struct egca_office_calendars {
  egca_load_options options;
  char **paths;            /* the national base's files; none: the shipped data */
  size_t count;
  pthread_mutex_t lock;
  office_slot slots[OFFICE_COUNT];
};

EGCA_API int egca_office_calendars_new(egca_office_calendars **out, const char *const *paths, size_t count,
                                       const egca_load_options *options, egca_error *err)
{
  *out = NULL;
  if (count > 0 && paths == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "egca_office_calendars_new: count is set but paths is NULL",
                               "egca_office_calendars_new：给出了count，但paths为NULL"));
  egca_office_calendars *set = calloc(1, sizeof *set);
  if (set == NULL)
    return egca__fail_nomem(err);
  if (pthread_mutex_init(&set->lock, NULL) != 0) {
    free(set);
    return egca__fail_nomem(err);
  }
  if (options != NULL)
    set->options = *options;
  if (count > 0 && (set->paths = calloc(count, sizeof *set->paths)) == NULL) {
    egca_office_calendars_free(set);
    return egca__fail_nomem(err);
  }
  for (size_t i = 0; i < count; i++) {
    const int missing = paths[i] == NULL;
    if (missing || (set->paths[i] = strdup(paths[i])) == NULL) {
      egca_office_calendars_free(set);
      return missing ? egca__fail(err, EGCA_E_INVALID, NULL, 0,
                                  EGCA__TR(err, "egca_office_calendars_new: path %zu is NULL",
                                           "egca_office_calendars_new：第%zu个路径为NULL"),
                                  i)
                     : egca__fail_nomem(err);
    }
    set->count = i + 1;
  }
  *out = set;
  return 0;
}

/* The office's calendar from the set's base: its files or the shipped data, and the office's region. */
static int build_office(egca_calendar **out, const egca_office_calendars *set, const char *code, egca_error *err)
{
  if (set->count == 0)
    return egca_calendar_for_office(out, code, &set->options, err);
  egca_calendar_builder *b;
  int rc = egca_calendar_builder_new(&b, &set->options, err);
  for (size_t i = 0; i < set->count && rc >= 0; i++)
    rc = egca_calendar_builder_add_path(b, set->paths[i], err);
  if (rc >= 0)
    rc = egca_calendar_builder_add_office(b, code, err);
  if (rc >= 0)
    rc = egca_calendar_builder_build(out, b, err);
  egca_calendar_builder_free(b);
  return rc;
}

EGCA_API int egca_office_calendars_get(const egca_calendar **out, egca_office_calendars *set, const char *code,
                                       egca_error *err)
{
  *out = NULL;
  const egca_office *office = egca_office_find(code);
  if (set == NULL || office == NULL)
    return set == NULL ? egca__fail(err, EGCA_E_INVALID, NULL, 0,
                                   EGCA__TR(err, "egca_office_calendars_get: no set", "egca_office_calendars_get：未给出集合"))
                       : unknown_office(code, err);
  office_slot *slot = &set->slots[office - offices];
  /* Every case of a batch asks: once built, the answer is read without taking the lock. */
  if (__atomic_load_n(&slot->state, __ATOMIC_ACQUIRE) == SLOT_BUILT) {
    *out = slot->calendar;
    return 0;
  }
  const egca_lang lang = err != NULL && err->lang == EGCA_LANG_EN ? EGCA_LANG_EN : EGCA_LANG_ZH;
  pthread_mutex_lock(&set->lock);
  if (slot->state == SLOT_EMPTY) {
    egca_error build_err = {.lang = lang};
    egca_calendar *cal = NULL;
    int rc = build_office(&cal, set, office->code, &build_err);
    if (rc >= 0) {
      slot->calendar = cal;
      __atomic_store_n(&slot->state, SLOT_BUILT, __ATOMIC_RELEASE);
    } else {
      slot->code = rc;
      slot->err[lang] = build_err;
      slot->has_err[lang] = 1;
      slot->state = SLOT_FAILED;
    }
  } else if (slot->state == SLOT_FAILED && !slot->has_err[lang]) {
    /* The failure was kept in the other language: built again, it fails the same way and says so in this
     * one (a failure is rare, and each language's message is made once). */
    egca_error again = {.lang = lang};
    egca_calendar *cal = NULL;
    if (build_office(&cal, set, office->code, &again) >= 0) {
      egca_calendar_free(cal); /* the files changed under it: the kept failure stands, as it was said */
      again = slot->err[!lang];
    }
    slot->err[lang] = again;
    slot->has_err[lang] = 1;
  }
  int rc = 0;
  if (slot->state == SLOT_BUILT) {
    *out = slot->calendar;
  } else {
    rc = slot->code;
    if (err != NULL)
      *err = slot->err[lang];
  }
  pthread_mutex_unlock(&set->lock);
  return rc;
}

EGCA_API void egca_office_calendars_free(egca_office_calendars *set)
{
  if (set == NULL)
    return;
  for (size_t i = 0; i < OFFICE_COUNT; i++)
    egca_calendar_free(set->slots[i].calendar);
  for (size_t i = 0; i < set->count; i++)
    free(set->paths[i]);
  free(set->paths);
  pthread_mutex_destroy(&set->lock);
  free(set);
}

/* --- Office hours: receipts and filings ---------------------------------------------------------------------- */

EGCA_API const char *egca_channel_name(egca_channel channel)
{
  switch (channel) {
  case EGCA_CHANNEL_IN_PERSON: return "in_person";
  case EGCA_CHANNEL_MAIL: return "mail";
  case EGCA_CHANNEL_ONLINE: return "online";
  default: return NULL;
  }
}

EGCA_API const char *egca_receipt_reading_name(egca_receipt_reading reading)
{
  switch (reading) {
  case EGCA_RECEIPT_NEXT_WORKING_DAY: return "next_working_day";
  case EGCA_RECEIPT_AS_DATED: return "as_dated";
  default: return NULL;
  }
}

EGCA_API int egca_office_filing_cutoff(const egca_office *office, egca_channel channel)
{
  switch (channel) {
  case EGCA_CHANNEL_IN_PERSON: return office != NULL && office->closes >= 0 ? office->closes : EGCA_TIME_NONE;
  case EGCA_CHANNEL_MAIL:
  case EGCA_CHANNEL_ONLINE: return EGCA_TIME_END_OF_DAY;
  default: return EGCA_TIME_NONE;
  }
}

EGCA_API int egca_office_receipt_day(egca_date *out, egca_date *if_after_hours, const egca_office *office,
                                     const egca_calendar *calendar, egca_date day, int time,
                                     egca_receipt_reading reading, egca_error *err)
{
  if (if_after_hours != NULL)
    *if_after_hours = EGCA_DATE_NONE;
  if (time != EGCA_TIME_NONE && (time < 0 || time >= EGCA_TIME_END_OF_DAY))
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "a time of day is 00:00 to 23:59 (0 to 1439 minutes)",
                               "一天中的时刻为00:00至23:59（0至1439分钟）"));
  if (reading != EGCA_RECEIPT_NEXT_WORKING_DAY && reading != EGCA_RECEIPT_AS_DATED)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "unknown reading of receipt_after_hours (%d)", "receipt_after_hours的读法未知（%d）"),
                      (int)reading);
  *out = day;
  if (reading == EGCA_RECEIPT_AS_DATED)
    return 0;
  int working = 0;
  int rc = egca_calendar_is_workday(&working, calendar, day, err);
  if (rc < 0)
    return rc;
  const int closes = office != NULL ? office->closes : -1;
  if (working && (time == EGCA_TIME_NONE || (closes >= 0 && time < closes)))
    return rc; /* received on a working day within the office's hours, or at a time not recorded */
  egca_date next;
  int rc2 = egca_calendar_add_workdays(&next, calendar, day, 1, err);
  if (rc2 < 0)
    return rc2;
  if (working && closes < 0) {
    /* A time, but no source for the office's hours: whether it was after closing is unknown. */
    if (if_after_hours != NULL)
      *if_after_hours = next;
  } else {
    *out = next; /* a rest day, or at or after the close of the office's last session */
  }
  return rc == EGCA_PROVISIONAL || rc2 == EGCA_PROVISIONAL ? EGCA_PROVISIONAL : 0;
}
