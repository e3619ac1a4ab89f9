/* egca — the English names of the days the notices name (egca_day_info.name), in one table: a day's name is
 * the notice's own words ("春节", "国庆节、中秋节"), which Chinese text prints as it stands and English text
 * gives in English. The table holds every name the shipped notices (data/holidays, national and local)
 * use, the festivals of 全国年节及纪念日放假办法 第二条, and the regions' festivals of their 少数民族习惯节日放假
 * 办法 (广西 三月三; 西藏 藏历新年, 雪顿节; 宁夏 开斋节, 古尔邦节; 新疆 肉孜节, 古尔邦节). A name it does not hold
 * (the caller's own data) stays as the data gives it: a guessed translation would be worse than the original. */
#include "internal.h"

#include <string.h>

typedef struct day_name {
  const char *zh, *en;
} day_name;

static const day_name names[] = {
    {"元旦", "New Year's Day"},
    {"春节", "Spring Festival"},
    {"清明节", "Qingming Festival"},
    {"劳动节", "Labour Day"},
    {"“五一”", "Labour Day"},
    {"“五一”国际劳动节", "International Labour Day"},
    {"端午节", "Dragon Boat Festival"},
    {"中秋节", "Mid-Autumn Festival"},
    {"国庆节", "National Day"},
    {"“十一”", "National Day"},
    /* The notices of years where the two holidays touch name the run by both. */
    {"国庆节、中秋节", "National Day, Mid-Autumn Festival"},
    {"中秋节、国庆节", "Mid-Autumn Festival, National Day"},
    /* 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知, 2015-05-13 (data/holidays/2015.ics). */
    {"抗日战争暨世界反法西斯战争胜利70周年纪念日",
     "70th anniversary of the victory of the Chinese People's War of Resistance against Japanese Aggression and the "
     "World Anti-Fascist War"},
    /* The regions' own rest days. */
    {"三月三", "Sanyuesan Festival"},
    {"壮族三月三", "Zhuang Sanyuesan Festival"},
    {"藏历新年", "Tibetan New Year (Losar)"},
    {"雪顿节", "Shoton Festival"},
    {"开斋节", "Eid al-Fitr"},
    {"肉孜节", "Eid al-Fitr (Rozi Heyt)"},
    {"古尔邦节", "Eid al-Adha (Qurban)"},
    /* Observances (第三条), named when a calendar loads them as holidays (EGCA_UNMARKED_HOLIDAY). */
    {"妇女节", "International Women's Day"},
    {"植树节", "Arbor Day"},
    {"青年节", "Youth Day"},
    {"儿童节", "Children's Day"},
    {"建军节", "Army Day"},
};

EGCA_API const char *egca_day_name(const char *name, egca_lang lang)
{
  if (name == NULL || lang != EGCA_LANG_EN)
    return name;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(names[i].zh, name) == 0)
      return names[i].en;
  return name;
}

EGCA_API const char *egca_day_kind_text(egca_day_kind kind, egca_lang lang)
{
  switch (kind) {
  case EGCA_DAY_WORKDAY: return EGCA__TR_LANG(lang, "working day", "工作日");
  case EGCA_DAY_WEEKEND: return EGCA__TR_LANG(lang, "weekend", "周末");
  case EGCA_DAY_HOLIDAY: return EGCA__TR_LANG(lang, "holiday", "节假日");
  case EGCA_DAY_ADJUSTED_WORKDAY: return EGCA__TR_LANG(lang, "adjusted working day", "调休上班日");
  default: return NULL;
  }
}
