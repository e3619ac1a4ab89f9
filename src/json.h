/* egca — strict JSON input over cJSON's tree (read by yajl or cJSON), with messages that name
 * file:line:column and the JSON pointer. Internal to the library (the rule set, conditions, profile and case
 * loaders share it). */
#ifndef EGCA_JSON_H
#define EGCA_JSON_H

#include "internal.h"

#include <cjson/cJSON.h>

/* A reader's scratch memory: the parsed tree of a document and the parser's own buffers come from it, and
 * all of it is reused by the reader's next document (a batch worker keeps one; see egca__json_parse_in).
 * Nothing process-wide is touched: cJSON's allocator hooks are never set. */
typedef struct egca__json_scratch egca__json_scratch;
egca__json_scratch *egca__json_scratch_new(void);
void egca__json_scratch_free(egca__json_scratch *s);

/* A parsed document and the text it came from (kept to turn a JSON pointer into line:column). */
typedef struct egca__json_doc {
  const char *text;     /* borrowed: must outlive the doc */
  size_t len;
  const char *source;   /* file name for messages, borrowed */
  cJSON *root;
  /* The number values whose double is an integer that their text is not (29.999999999999999999 read as
   * 30, 9007199254740993 as 9007199254740992), sorted for look-up; NULL for nearly every document. */
  struct egca__json_inexact *inexact;
  size_t inexact_count;
  egca__json_scratch *scratch; /* holds root's tree when it was built there; NULL when cJSON's own */
  egca__json_scratch *owned;   /* a scratch made for this document alone, freed with it */
  int shared;                  /* root is a compiled table's tree, made once for the process: not freed */
  cJSON *owned_tree;           /* root as a compiled table's tree made for this document alone (one block) */
} egca__json_doc;

/* Parses `len` bytes strictly: one JSON value and nothing after it but white space (space, tab, LF, CR),
 * no duplicate key in any object, valid UTF-8, no escape that cJSON would misread (\u0000, \u without four
 * hexadecimal digits, a lone surrogate). One UTF-8 byte order mark before the value is skipped, and positions
 * count from after it. On failure err names source:line:column, the JSON pointer of a string at fault, and
 * the reason; doc->root is NULL. Returns 0, EGCA_E_PARSE, EGCA_E_INVALID (duplicate key) or EGCA_E_NOMEM. */
int egca__json_parse(egca__json_doc *doc, const char *text, size_t len, const char *source, egca_error *err);
/* The same, the tree built in `scratch` (NULL: in a scratch of the document's own), which must not be given
 * to another document until this one is freed. The tree is the one cJSON_Parse makes, node for node. */
int egca__json_parse_in(egca__json_doc *doc, const char *text, size_t len, const char *source,
                        egca__json_scratch *scratch, egca_error *err);
void egca__json_doc_free(egca__json_doc *doc);

/* A document's tree as tables, written at build time by tools/compile_rules.c from the tree egca__json_parse
 * made of the shipped rules files, so that egca_rules_default reads no JSON text. The nodes are in document
 * order, the root first: a link (next, child) is a node's index, 0 for none (the root is nobody's sibling or
 * child); a string (string, valuestring) is its offset in `strings` plus 1, 0 for none. */
typedef struct egca__json_node {
  int type; /* cJSON's type, valueint and valuedouble, as the parser set them */
  int valueint;
  double valuedouble;
  uint32_t next, child, string, valuestring;
} egca__json_node;
typedef struct egca__json_compiled {
  const char *name; /* the rules file's, as its embedded text's (egca__embedded_rules) */
  const egca__json_node *nodes;
  size_t node_count;
  const char *strings; /* NUL-terminated strings, one after the other */
  size_t strings_len;
} egca__json_compiled;
/* The shipped rules files whose trees were compiled (compiled_rules.c): a file that is not here (its text
 * did not parse, or has a number that is not exactly its text's) is parsed from its text. */
extern const egca__json_compiled egca__compiled_rules[];
extern const size_t egca__compiled_rules_count;
/* A document whose tree is read from `c` rather than parsed from `text` (which `c` was made from, kept for
 * the compilers' messages, as a parsed document's): the same tree as egca__json_parse makes of the text,
 * node for node, its strings borrowed from `c`. Returns 0, EGCA_E_NOMEM, or EGCA_E_INVALID when the tables
 * are damaged (a link or a string out of range). */
int egca__json_doc_compiled(egca__json_doc *doc, const egca__json_compiled *c, const char *text, size_t len,
                            const char *source, egca_error *err);
/* The same for a table of static storage (egca__compiled_rules): its tree is made once for the process
 * and shared, read only, by every document of it (thread-safe; kept until the process ends). */
int egca__json_doc_shipped(egca__json_doc *doc, const egca__json_compiled *c, const char *text, size_t len,
                           const char *source, egca_error *err);

/* Fills err with `code`, the doc's source, the line:column of the value at `pointer` (or of the member
 * name when `key` is set: pointer is the object's and key the member), and a formatted message. */
int egca__json_fail(egca_error *err, int code, const egca__json_doc *doc, const char *pointer, const char *fmt, ...)
    EGCA_PRINTF(5, 6);
int egca__json_fail_key(egca_error *err, int code, const egca__json_doc *doc, const char *pointer,
                        const char *key, int occurrence, const char *fmt, ...) EGCA_PRINTF(7, 8);

/* JSON pointers (RFC 6901): base + "/" + escaped key, or base + "/" + index. */
void egca__json_pointer_key(char *buf, size_t size, const char *base, const char *key);
void egca__json_pointer_index(char *buf, size_t size, const char *base, size_t index);

/* Writes len bytes of s escaped for the inside of a JSON string, as the library's JSON output writes them:
 * \" \\ \n \r \t, any other control character as \u00XX, everything else as it is. out needs room for
 * 6 * len + 1 bytes; it is NUL-terminated, and the length written is returned. */
size_t egca__json_escape(char *out, const char *s, size_t len);

/* A finite number as JSON text and messages show it: an integer without a fraction or exponent (below
 * 10^15), anything else in the fewest of 15 or 17 significant digits that reads back as the same double. */
void egca__json_format_number(char *buf, size_t size, double x);

/* The name of a cJSON value's type for messages, in `lang` ("a string" / "字符串", "an object" / "对象", ...):
 * a message in Chinese takes the Chinese name. egca__json_type_name is the English one. */
const char *egca__json_type_name_in(const cJSON *value, egca_lang lang);
const char *egca__json_type_name(const cJSON *value);

/* Whether v (NULL: not) has the cJSON type `type` (cJSON_Object, cJSON_Array, cJSON_String, cJSON_Number), as
 * cJSON_IsObject and its kin say, inline: they are asked for every value of every case of a batch. */
static inline int egca__json_is(const cJSON *v, int type) { return v != NULL && (v->type & 0xFF) == type; }

/* Fails unless `value` is an object / array. */
int egca__json_expect_object(const egca__json_doc *doc, const cJSON *value, const char *pointer, egca_error *err);
int egca__json_expect_array(const egca__json_doc *doc, const cJSON *value, const char *pointer, egca_error *err);

/* The member named `key` (compared exactly, as cJSON_GetObjectItemCaseSensitive does, but inline:
 * egca__same_name), or NULL. */
const cJSON *egca__json_member(const cJSON *object, const char *key);

/* Fails (EGCA_E_INVALID, naming the member) when `object` has a member not in the NULL-terminated list. */
int egca__json_check_keys(const egca__json_doc *doc, const cJSON *object, const char *pointer,
                          const char *const *allowed, egca_error *err);

/* Typed members of `object` (at `pointer`). Return 1 when present and valid (out written), 0 when
 * absent and not required, negative on error (wrong type, out of range, absent but required). */
int egca__json_get_string(const char **out, const egca__json_doc *doc, const cJSON *object, const char *pointer,
                          const char *key, int required, egca_error *err);
/* A member that must be a non-empty string, copied (malloc) into *out; returns as egca__json_get_string. */
int egca__json_get_text(char **out, const egca__json_doc *doc, const cJSON *object, const char *pointer,
                        const char *key, int required, egca_error *err);
/* The key of the English twin of `key`: `key` then "_en", in EGCA__JSON_TWIN_KEY_SIZE bytes (the rules files'
 * keys are short literals; a longer one is cut before its "_en"). */
#define EGCA__JSON_TWIN_KEY_SIZE 64
void egca__json_twin_key(char out[EGCA__JSON_TWIN_KEY_SIZE], const char *key);

/* The rules files' texts in two languages (docs/rules.md, "Texts in two languages"): a text `key` has its
 * English twin `key`_en beside it, exactly when it is there itself. `has_text` says whether `key` was read;
 * returns 0, or the error naming the member that is missing or alone. */
int egca__json_check_twin(const egca__json_doc *doc, const cJSON *object, const char *pointer, const char *key,
                          int has_text, egca_error *err);
/* A text (egca__json_get_text) and its English twin `key`_en (egca__json_check_twin) into *out and *out_en;
 * returns as egca__json_get_text. */
int egca__json_get_text_pair(char **out, char **out_en, const egca__json_doc *doc, const cJSON *object,
                             const char *pointer, const char *key, int required, egca_error *err);
int egca__json_get_bool(int *out, const egca__json_doc *doc, const cJSON *object, const char *pointer,
                        const char *key, int required, egca_error *err);
/* A number that must be integral and within [min, max]. Its text must be that integer exactly: 30, 30.0, 3e1
 * are 30; 29.999999999999999999 (which a double rounds to 30), 1e-400 and 9007199254740993 (no double holds
 * it) are refused, quoted as the text writes them. A number too large for a double (1e999, which cJSON reads
 * as infinite) is "not a finite number". */
int egca__json_get_int(long *out, const egca__json_doc *doc, const cJSON *object, const char *pointer,
                       const char *key, long min, long max, int required, egca_error *err);
/* Any finite number within [min, max]. */
int egca__json_get_number(double *out, const egca__json_doc *doc, const cJSON *object, const char *pointer,
                          const char *key, double min, double max, int required, egca_error *err);
/* A string holding an ISO date YYYY-MM-DD. */
int egca__json_get_date(egca_date *out, const egca__json_doc *doc, const cJSON *object, const char *pointer,
                        const char *key, int required, egca_error *err);

/* The same checks on a member already found (v NULL when absent), `key` its name for messages. */
int egca__json_string_value(const char **out, const egca__json_doc *doc, const cJSON *v, const char *pointer,
                            const char *key, int required, egca_error *err);
int egca__json_int_value(long *out, const egca__json_doc *doc, const cJSON *v, const char *pointer, const char *key,
                         long min, long max, int required, egca_error *err);
/* A number (v, at `pointer`) that must be an integer as written and within [min, max]; 1 when it is. */
int egca__json_integer_at(long *out, const egca__json_doc *doc, const cJSON *v, const char *pointer, long min,
                          long max, egca_error *err);
int egca__json_date_value(egca_date *out, const egca__json_doc *doc, const cJSON *v, const char *pointer,
                          const char *key, int required, egca_error *err);


#endif
