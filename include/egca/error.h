/* egca — status codes and error details.
 *
 * Every fallible call returns an int: 0 (EGCA_OK) on success, a negative EGCA_E_* code on failure.
 * Calls that answer a question about the calendar may also return EGCA_PROVISIONAL (positive): the
 * answer is computed, but it rests on a day of a tentative year (one whose holiday notice is not yet
 * published), so any weekday in it may still become a holiday or a make-up working day. Check for it
 * with `rc != EGCA_OK` or `rc == EGCA_PROVISIONAL`; `rc < 0` means failure.
 *
 * Details of a failure go into a caller-provided egca_error (NULL accepted). There is no global or
 * thread-local "last error".
 */
#ifndef EGCA_ERROR_H
#define EGCA_ERROR_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

enum {
  EGCA_OK = 0,
  EGCA_PROVISIONAL = 1,   /* success, but the result depends on a tentative day */
  EGCA_E_INVALID = -1,    /* an argument or an input value is not valid */
  EGCA_E_PARSE = -2,      /* a file or buffer is not well formed (ICS, JSON) */
  EGCA_E_COVERAGE = -3,   /* a day outside the calendar's coverage (or provisional in strict mode) */
  EGCA_E_CONFLICT = -4,   /* two sources give one date different kinds */
  EGCA_E_NOMEM = -5,      /* out of memory */
  EGCA_E_IO = -6,         /* a file or directory could not be read */
  EGCA_E_NOTFOUND = -7,   /* no such rule, item or record */
  EGCA_E_STOPPED = -8     /* the caller stopped a batch (its callback returned non-zero) */
};

#define EGCA_ERROR_TEXT_MAX 512

/* Where a failure was found and why. `source` names the file (or "<memory:NAME>"), `line` and
 * `column` are 1-based (0 when unknown), `pointer` is a JSON pointer ("/events/3/date") for JSON
 * input (empty otherwise), `year` is the year outside coverage for EGCA_E_COVERAGE (0 otherwise).
 * `lang` is the caller's: the language `message` is written in (EGCA_LANG_ZH when zero-initialised).
 * Set it before the call; the library and egca_error_clear keep it. */
typedef struct egca_error {
  int code;
  int line;
  int column;
  int year;
  egca_lang lang;
  char source[EGCA_ERROR_TEXT_MAX];
  char pointer[256];
  char message[EGCA_ERROR_TEXT_MAX];
} egca_error;

/* A short description of a status code in `lang` ("outside calendar coverage", "超出日历覆盖范围"); a code
 * it does not know is "unknown error" (未知错误). Never NULL; static storage. */
EGCA_API const char *egca_strerror_lang(int code, egca_lang lang);

/* The English description, as egca_strerror_lang(code, EGCA_LANG_EN): what it gave before there were two
 * languages, kept so that a program logging it does not change. */
EGCA_API const char *egca_strerror(int code);

/* The system's reason for errno `errnum` in `lang`: English as strerror gives it (the C locale's); Chinese for
 * the common ones (文件或目录不存在, 没有权限, 设备上没有空间 …), strerror's English for any other. Never NULL;
 * static storage (strerror's). The reason the library's EGCA_E_IO messages give. */
EGCA_API const char *egca_errno_text(int errnum, egca_lang lang);

/* Clears an egca_error (code 0, empty strings) but keeps its `lang`. NULL does nothing. */
EGCA_API void egca_error_clear(egca_error *err);

/* Makes an error ready for a call, in `lang`: what `egca_error err = {.lang = lang};` gives a reader (code 0,
 * empty texts), without writing the 1.3 KB of its texts, which costs more than a calendar question itself
 * (a call that answers in a few nanoseconds, made millions of times). Every failure the library reports
 * writes the error whole. */
static inline void egca_error_init(egca_error *err, egca_lang lang)
{
  err->code = err->line = err->column = err->year = 0;
  err->lang = lang;
  err->source[0] = err->pointer[0] = err->message[0] = '\0';
}

/* Writes "SOURCE:LINE:COLUMN: POINTER: MESSAGE" (parts that are unknown left out) into buf, always
 * NUL-terminated; returns the length that the full text needs, as snprintf does. The text is one line:
 * a control character that a name or value quoted from the input holds (C0, DEL, C1) is written as
 * \u00XX, as it is in the fields the library fills. */
EGCA_API int egca_error_format(const egca_error *err, char *buf, size_t size);

/* A failure as JSON, the shape of the service's error answers (docs/openapi.yaml):
 *   {"error": {"code", "message", "pointer", "line", "column"}}
 * `code` is the caller's name for the failure ("parse", "not_found"); `message` the text (NULL: where->message);
 * pointer, line and column are `where`'s, each null when unknown (where NULL, an empty pointer, a line of 0, a
 * column of 0 or without a line). Strings are written as they are given, escaped as JSON. Pretty by default, on
 * one line with EGCA_JSON_COMPACT. *out is owned by the caller: free it with egca_error_string_free.
 * Errors (in err): EGCA_E_NOMEM. */
EGCA_API int egca_error_to_json(char **out, const char *code, const char *message, const egca_error *where,
                                unsigned flags, egca_error *err);

/* Frees a string returned by egca_error_to_json. NULL does nothing. */
EGCA_API void egca_error_string_free(char *text);

#ifdef __cplusplus
}
#endif
#endif
