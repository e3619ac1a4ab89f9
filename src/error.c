/* egca — status codes and error details. */
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

EGCA_API const char *egca_version(void) { return EGCA_VERSION; }

EGCA_API const char *egca_strerror_lang(int code, egca_lang lang)
{
  switch (code) {
  case EGCA_OK: return EGCA__TR_LANG(lang, "success", "成功");
  case EGCA_PROVISIONAL:
    return EGCA__TR_LANG(lang, "provisional: the answer rests on a tentative year", "暂定：答案依据暂定年份");
  case EGCA_E_INVALID: return EGCA__TR_LANG(lang, "invalid input", "输入无效");
  case EGCA_E_PARSE: return EGCA__TR_LANG(lang, "malformed data", "数据格式错误");
  case EGCA_E_COVERAGE: return EGCA__TR_LANG(lang, "outside calendar coverage", "超出日历覆盖范围");
  case EGCA_E_CONFLICT: return EGCA__TR_LANG(lang, "conflicting calendar data", "日历数据相互冲突");
  case EGCA_E_NOMEM: return EGCA__TR_LANG(lang, "out of memory", "内存不足");
  case EGCA_E_IO: return EGCA__TR_LANG(lang, "cannot read", "无法读取");
  case EGCA_E_NOTFOUND: return EGCA__TR_LANG(lang, "not found", "未找到");
  case EGCA_E_STOPPED: return EGCA__TR_LANG(lang, "stopped by the caller", "已被调用方停止");
  default: return EGCA__TR_LANG(lang, "unknown error", "未知错误");
  }
}

EGCA_API const char *egca_strerror(int code) { return egca_strerror_lang(code, EGCA_LANG_EN); }

EGCA_API void egca_error_clear(egca_error *err)
{
  if (err == NULL)
    return;
  const egca_lang lang = err->lang == EGCA_LANG_EN ? EGCA_LANG_EN : EGCA_LANG_ZH;
  memset(err, 0, sizeof *err);
  err->lang = lang;
}

EGCA_API const char *egca_lang_name(egca_lang lang) { return lang == EGCA_LANG_EN ? "en" : "zh"; }

EGCA_API int egca_lang_parse(const char *name, egca_lang *lang)
{
  if (name == NULL || lang == NULL)
    return EGCA_E_INVALID;
  /* A locale name: its language is what stands before '_', '.' or '@' ("zh_CN.UTF-8"). */
  const size_t n = strcspn(name, "_.@");
  if (n == 2 && strncmp(name, "zh", 2) == 0)
    *lang = EGCA_LANG_ZH;
  else if (n == 2 && strncmp(name, "en", 2) == 0)
    *lang = EGCA_LANG_EN;
  else
    return EGCA_E_INVALID;
  return EGCA_OK;
}

/* Rewrites, in place, every control character of `field` (C0, DEL, and C1 as UTF-8 C2 80..C2 9F) as the
 * six characters \u00XX, so that a message quoting input ("x\ny" as a member name) stays one line and
 * cannot forge a second one. What no longer fits is cut at a character's first byte. */
static void escape_controls(char *field, size_t size)
{
  char out[EGCA_ERROR_TEXT_MAX];
  size_t used = 0;
  int changed = 0;
  const size_t room = (size < sizeof out ? size : sizeof out) - 1;
  for (const unsigned char *s = (const unsigned char *)field; *s != '\0';) {
    unsigned code = 0x100;
    size_t n = 1;
    if (*s < 0x20 || *s == 0x7f)
      code = *s;
    else if (s[0] == 0xC2 && s[1] >= 0x80 && s[1] <= 0x9F)
      code = s[1], n = 2;
    else
      for (; (s[n] & 0xC0) == 0x80 && n < 4; n++) {
      }
    if (code <= 0xff) {
      if (used + 6 > room)
        break;
      used += (size_t)snprintf(out + used, 7, "\\u%04X", code);
      changed = 1;
    } else {
      if (used + n > room)
        break;
      memcpy(out + used, s, n);
      used += n;
    }
    s += n;
  }
  out[used] = '\0';
  if (changed)
    memcpy(field, out, used + 1);
}

void egca__error_seal(egca_error *err)
{
  if (err == NULL)
    return;
  escape_controls(err->source, sizeof err->source);
  escape_controls(err->pointer, sizeof err->pointer);
  escape_controls(err->message, sizeof err->message);
}

EGCA_API int egca_error_format(const egca_error *err, char *buf, size_t size)
{
  egca_error sealed = *err;
  egca__error_seal(&sealed);
  char where[sizeof sealed.source + 32] = "";
  if (sealed.source[0] != '\0') {
    if (sealed.line > 0 && sealed.column > 0)
      snprintf(where, sizeof where, "%s:%d:%d: ", sealed.source, sealed.line, sealed.column);
    else if (sealed.line > 0)
      snprintf(where, sizeof where, "%s:%d: ", sealed.source, sealed.line);
    else
      snprintf(where, sizeof where, "%s: ", sealed.source);
  }
  if (sealed.pointer[0] != '\0')
    return snprintf(buf, size, "%s%s: %s", where, sealed.pointer, sealed.message);
  return snprintf(buf, size, "%s%s", where, sealed.message);
}

EGCA_API void egca_error_string_free(char *text) { free(text); }

void egca__error_source(egca_error *err, const char *source)
{
  const size_t n = strlen(source), room = sizeof err->source - 1;
  if (n <= room) {
    memcpy(err->source, source, n + 1);
    return;
  }
  /* Too long: the end is kept (the file's own name is there), from a character's first byte. */
  const char *tail = source + n - (room - 3);
  while (((unsigned char)*tail & 0xC0) == 0x80)
    tail++;
  memcpy(err->source, "...", 3);
  memcpy(err->source + 3, tail, strlen(tail) + 1);
}

int egca__fail(egca_error *err, int code, const char *source, int line, const char *fmt, ...)
{
  if (err == NULL)
    return code;
  egca_error_clear(err);
  err->code = code;
  err->line = line;
  if (source != NULL)
    egca__error_source(err, source);
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  va_end(ap);
  egca__error_seal(err);
  return code;
}

int egca__fail_nomem(egca_error *err)
{
  return egca__fail(err, EGCA_E_NOMEM, NULL, 0, "%s", EGCA__TR(err, "out of memory", "内存不足"));
}
