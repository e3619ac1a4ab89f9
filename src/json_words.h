/* egca — the name of a JSON value's type in the language of a message: "expected a string, found an array"
 * / "应为字符串，实际为数组". Not part of the public API. */
#ifndef EGCA_JSON_WORDS_H
#define EGCA_JSON_WORDS_H

#include "json.h"

/* egca__json_type_name's word in English ("an array"); its Chinese counterpart ("数组") otherwise. */
static inline const char *egca__json_type_word(const cJSON *v, egca_lang lang)
{
  if (lang == EGCA_LANG_EN)
    return egca__json_type_name(v);
  if (v == NULL)
    return "无";
  if (cJSON_IsString(v))
    return "字符串";
  if (cJSON_IsNumber(v))
    return "数字";
  if (cJSON_IsBool(v))
    return "布尔值";
  if (cJSON_IsNull(v))
    return "null";
  if (cJSON_IsArray(v))
    return "数组";
  if (cJSON_IsObject(v))
    return "对象";
  return "未知值";
}

/* The language of the error a message goes into (NULL: Chinese, the default). */
static inline egca_lang egca__error_lang(const egca_error *err) { return err != NULL ? err->lang : EGCA_LANG_ZH; }

#endif
