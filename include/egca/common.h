/* egca — common definitions shared by every public header. */
#ifndef EGCA_COMMON_H
#define EGCA_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(EGCA_BUILDING) && defined(__GNUC__)
#define EGCA_API __attribute__((visibility("default")))
#else
#define EGCA_API
#endif

#define EGCA_VERSION_MAJOR 0
#define EGCA_VERSION_MINOR 1
#define EGCA_VERSION_PATCH 0
#define EGCA_VERSION "0.1.0"

/* The library's version string, e.g. "0.1.0". */
EGCA_API const char *egca_version(void);

/* The language of human-readable text: error messages, traces, titles, notes, findings, reports. JSON
 * keys, codes and enum names stay English whatever the language. Chinese is the default (the zero
 * value), since the users are Chinese officials. A call that composes text takes the language from the
 * options of the computation (egca_deadline_options, egca_timeline_options, egca_batch_options ...),
 * from a `lang` argument where there are no options, and an error message from egca_error.lang. */
typedef enum egca_lang {
  EGCA_LANG_ZH = 0,   /* 简体中文 */
  EGCA_LANG_EN = 1    /* English */
} egca_lang;

/* "zh" or "en". */
EGCA_API const char *egca_lang_name(egca_lang lang);

/* Reads a language name: "zh" or "en", also as the start of a locale name ("zh_CN.UTF-8", "en_US").
 * Returns 0 and sets *lang, or -1 (EGCA_E_INVALID) for anything else. */
EGCA_API int egca_lang_parse(const char *name, egca_lang *lang);

/* The flags of the *_to_json functions that take them (egca_timeline_to_json, egca_calendar_days_to_json,
 * egca_rules_to_json, egca_error_to_json ...): their JSON is pretty-printed (two-space indent, ending in a
 * newline) by default; with EGCA_JSON_COMPACT it is on one line, without the newline (the command's answers
 * and its batch lines add it). */
#define EGCA_JSON_COMPACT 1u

#ifdef __cplusplus
}
#endif
#endif
