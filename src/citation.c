/* egca — citations of the law in both languages (citation.h).
 *
 * Chinese: "中华人民共和国行政许可法 第三十二条第一款第（四）项", the law's name and the article as the law
 * numbers it. English: "Administrative Licensing Law, Article 32(1)(4)": the law's English name from
 * deadlines.json "laws", the article's number, the paragraph (款) and the item (项) in parentheses; an
 * item of an article without a paragraph is written "Article 6, item (1)" so that it is not read as a
 * paragraph. docs/rules.md ("Citations") describes both forms. */

#include "citation.h"
#include "internal.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void egca__laws_free(egca__laws *laws)
{
  for (size_t i = 0; i < laws->count; i++) {
    free(laws->zh[i]);
    free(laws->en[i]);
  }
  free(laws->zh);
  free(laws->en);
  *laws = (egca__laws){0};
}

static int copy_text(char **out, const egca__json_doc *doc, const cJSON *obj, const char *pointer, const char *key,
                     egca_error *err)
{
  const char *s = NULL;
  int rc = egca__json_get_string(&s, doc, obj, pointer, key, 1, err);
  if (rc < 0)
    return rc;
  if (s[0] == '\0') {
    char p[512];
    egca__json_pointer_key(p, sizeof p, pointer, key);
    return egca__json_fail(err, EGCA_E_INVALID, doc, p, "%s", EGCA__TR(err, "must not be empty", "不得为空"));
  }
  size_t n = strlen(s) + 1;
  if ((*out = malloc(n)) == NULL)
    return egca__fail_nomem(err);
  memcpy(*out, s, n);
  return 0;
}

int egca__laws_parse(egca__laws *laws, const egca__json_doc *doc, egca_error *err)
{
  *laws = (egca__laws){0};
  const cJSON *list = cJSON_GetObjectItemCaseSensitive(doc->root, "laws");
  if (list == NULL)
    return 0;
  int rc = egca__json_expect_array(doc, list, "/laws", err);
  if (rc < 0)
    return rc;
  const size_t n = (size_t)cJSON_GetArraySize(list);
  if (n == 0)
    return 0;
  laws->zh = calloc(n, sizeof *laws->zh);
  laws->en = calloc(n, sizeof *laws->en);
  if (laws->zh == NULL || laws->en == NULL) {
    egca__laws_free(laws);
    return egca__fail_nomem(err);
  }
  static const char *const keys[] = {"name", "name_en", NULL};
  char p[64];
  size_t i = 0;
  for (const cJSON *e = list->child; e != NULL; e = e->next, i++) {
    egca__json_pointer_index(p, sizeof p, "/laws", i);
    laws->count = i + 1;
    if ((rc = egca__json_expect_object(doc, e, p, err)) < 0 || (rc = egca__json_check_keys(doc, e, p, keys, err)) < 0 ||
        (rc = copy_text(&laws->zh[i], doc, e, p, "name", err)) < 0 ||
        (rc = copy_text(&laws->en[i], doc, e, p, "name_en", err)) < 0)
      break;
    for (size_t k = 0; k < i && rc == 0; k++)
      if (strcmp(laws->zh[k], laws->zh[i]) == 0) {
        char q[128];
        egca__json_pointer_key(q, sizeof q, p, "name");
        rc = egca__json_fail(err, EGCA_E_INVALID, doc, q,
                             EGCA__TR(err, "law \"%s\" is listed twice (/laws/%zu)", "法律\"%s\"重复列出（/laws/%zu）"),
                             laws->zh[i], k);
      }
    if (rc < 0)
      break;
  }
  if (rc < 0)
    egca__laws_free(laws);
  return rc < 0 ? rc : 0;
}

/* --- Chinese numbers ------------------------------------------------------------------------------------ */

/* Reads a Chinese number ("三十二", "二百零三", "一千二百五十九", "十五") at *s up to `stop` (a UTF-8
 * character such as "条"); advances *s past `stop`. Returns the number, or -1 when the text is not one. */
static int read_number(const char **s, const char *stop)
{
  static const char *const digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  int total = 0, cur = -1, any = 0;
  const char *p = *s;
  const size_t stop_len = strlen(stop);
  for (;;) {
    if (strncmp(p, stop, stop_len) == 0) {
      if (!any)
        return -1;
      *s = p + stop_len;
      return total + (cur > 0 ? cur : 0);
    }
    int d = -1;
    for (int k = 0; k < 10 && d < 0; k++)
      if (strncmp(p, digits[k], 3) == 0)
        d = k;
    if (d >= 0) {
      if (cur > 0)
        return -1; /* two digits in a row: not how articles are numbered */
      cur = d;
    } else if (strncmp(p, "十", 3) == 0) {
      total += (cur > 0 ? cur : (cur == 0 ? -1000 : 1)) * 10; /* "十五" = 15; "零十" is not a number */
      cur = -1;
    } else if (strncmp(p, "百", 3) == 0 && cur > 0) {
      total += cur * 100;
      cur = -1;
    } else if (strncmp(p, "千", 3) == 0 && cur > 0) {
      total += cur * 1000;
      cur = -1;
    } else
      return -1;
    if (total < 0)
      return -1;
    any = 1;
    p += 3; /* every character above is three bytes of UTF-8 */
  }
}

/* An item written "（四）" (or "(4)"): its number, or -1. */
static int read_item(const char *s, const char **end)
{
  const char *p = s;
  if (strncmp(p, "（", 3) == 0) {
    p += 3;
    int n = read_number(&p, "）");
    *end = p;
    return n;
  }
  return -1;
}

/* --- Writing a citation -------------------------------------------------------------------------------- */

/* A citation is written piece by piece, as snprintf would write it (cut to size - 1 bytes, NUL-terminated,
 * the whole length counted): every loaded citation is checked in English (egca__citation_resolve) and the
 * outputs print them, so the format parser of snprintf, the largest cost of both, is left out. */
typedef struct text_out {
  char *buf;
  size_t size, len;
} text_out;

static void put_n(text_out *o, const char *s, size_t n)
{
  if (o->len < o->size) {
    const size_t room = o->size - 1 - o->len;
    memcpy(o->buf + o->len, s, n < room ? n : room);
  }
  o->len += n;
}

static void put_s(text_out *o, const char *s) { put_n(o, s, strlen(s)); }

static void put_number(text_out *o, int n) /* n > 0 */
{
  char digits[12];
  size_t k = sizeof digits;
  do {
    digits[--k] = (char)('0' + n % 10);
    n /= 10;
  } while (n > 0);
  put_n(o, digits + k, sizeof digits - k);
}

static int text_end(const text_out *o)
{
  if (o->size > 0)
    o->buf[o->len < o->size ? o->len : o->size - 1] = '\0';
  return o->len > INT_MAX ? INT_MAX : (int)o->len;
}

/* The article's English form "Article 32(1)(4)" (item: an item given apart, or NULL); -1 when the article is
 * not 第N条, optionally 第N款, optionally 第（N）项. */
static int article_english(char *buf, size_t size, const char *article, const char *item)
{
  const char *p = article;
  if (p == NULL || strncmp(p, "第", 3) != 0)
    return -1;
  p += 3;
  int art = read_number(&p, "条");
  if (art <= 0)
    return -1;
  int para = -1, it = -1;
  if (strncmp(p, "第", 3) == 0 && strncmp(p + 3, "（", 3) != 0) {
    p += 3;
    if ((para = read_number(&p, "款")) <= 0)
      return -1;
  }
  if (strncmp(p, "第", 3) == 0) {
    const char *q = p + 3, *end;
    if ((it = read_item(q, &end)) <= 0 || strncmp(end, "项", 3) != 0)
      return -1;
    p = end + 3;
  }
  if (*p != '\0')
    return -1;
  if (item != NULL) {
    const char *end;
    if (it > 0 || (it = read_item(item, &end)) <= 0 || *end != '\0')
      return -1;
  }
  /* "Article 32(1)(4)", "Article 32(1)", "Article 6, item (1)", "Article 32". */
  text_out o = {buf, size, 0};
  put_s(&o, "Article ");
  put_number(&o, art);
  if (para > 0) {
    put_s(&o, "(");
    put_number(&o, para);
    put_s(&o, ")");
  }
  if (it > 0) {
    put_s(&o, para > 0 ? "(" : ", item (");
    put_number(&o, it);
    put_s(&o, ")");
  }
  return text_end(&o);
}

int egca__citation_parse(egca_basis *b, const egca__json_doc *doc, const cJSON *obj, const char *pointer,
                         egca_error *err)
{
  static const char *const keys[] = {"law", "article", "item", NULL};
  int rc;
  if ((rc = egca__json_expect_object(doc, obj, pointer, err)) < 0 ||
      (rc = egca__json_check_keys(doc, obj, pointer, keys, err)) < 0)
    return rc;
  char *law = NULL, *article = NULL, *item = NULL;
  if ((rc = egca__json_get_text(&law, doc, obj, pointer, "law", 1, err)) >= 0 &&
      (rc = egca__json_get_text(&article, doc, obj, pointer, "article", 1, err)) >= 0)
    rc = egca__json_get_text(&item, doc, obj, pointer, "item", 0, err);
  b->law = law;
  b->article = article;
  b->item = item;
  return rc < 0 ? rc : 0;
}

int egca__citation_list_parse(egca_basis **out, size_t *count, const egca__json_doc *doc, const cJSON *obj,
                              const char *pointer, const egca__laws *laws, egca_error *err)
{
  char p[512], q[512];
  egca__json_pointer_key(p, sizeof p, pointer, "basis");
  const cJSON *list = cJSON_GetObjectItemCaseSensitive(obj, "basis");
  if (list == NULL)
    return egca__json_fail(err, EGCA_E_INVALID, doc, pointer,
                           EGCA__TR(err, "missing required field \"basis\"", "缺少必填字段\"basis\""));
  int rc = egca__json_expect_array(doc, list, p, err);
  if (rc < 0)
    return rc;
  const size_t n = (size_t)cJSON_GetArraySize(list);
  if (n > 0 && (*out = calloc(n, sizeof **out)) == NULL)
    return egca__fail_nomem(err);
  size_t i = 0;
  for (const cJSON *b = list->child; b != NULL; b = b->next, i++) {
    egca__json_pointer_index(q, sizeof q, p, i);
    *count = i + 1;
    if ((rc = egca__citation_parse(&(*out)[i], doc, b, q, err)) < 0 ||
        (laws != NULL && (rc = egca__citation_resolve(&(*out)[i], laws, doc, q, err)) < 0))
      return rc;
  }
  return 0;
}

int egca__citation_same(const egca_basis *a, const egca_basis *b)
{
  return strcmp(a->law, b->law) == 0 && strcmp(a->article, b->article) == 0 &&
         (a->item == NULL ? b->item == NULL : b->item != NULL && strcmp(a->item, b->item) == 0);
}

int egca__citation_resolve(egca_basis *b, const egca__laws *laws, const egca__json_doc *doc, const char *pointer,
                           egca_error *err)
{
  char p[512];
  b->law_en = NULL;
  for (size_t i = 0; i < laws->count && b->law_en == NULL; i++)
    if (strcmp(laws->zh[i], b->law) == 0)
      b->law_en = laws->en[i];
  if (b->law_en == NULL) {
    egca__json_pointer_key(p, sizeof p, pointer, "law");
    return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                           EGCA__TR(err, "law \"%s\" has no English name: list it in \"laws\" of deadlines.json",
                                    "法律\"%s\"没有英文名称：应在 deadlines.json 的 \"laws\" 中列出"),
                           b->law);
  }
  char text[64];
  if (article_english(text, sizeof text, b->article, b->item) < 0) {
    egca__json_pointer_key(p, sizeof p, pointer, b->item != NULL ? "item" : "article");
    return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                           EGCA__TR(err, "\"%s%s\" cannot be cited in English: expected 第N条, then 第N款, then 第（N）项 "
                                         "(or an item \"（N）\")",
                                    "\"%s%s\"无法译为英文引文：应为第N条，其后可有第N款、第（N）项（或项\"（N）\"）"),
                           b->article, b->item != NULL ? b->item : "");
  }
  return 0;
}

/* --- Printing ----------------------------------------------------------------------------------------------- */

/* Whether a basis can be cited: its law and its article given (a basis built by hand may lack them; the
 * rules' loader refuses a citation without them). */
static int citable(const egca_basis *basis) { return basis != NULL && basis->law != NULL && basis->article != NULL; }

EGCA_API int egca_basis_format_lang(char *buf, size_t size, const egca_basis *basis, egca_lang lang)
{
  text_out o = {buf, size, 0};
  if (!citable(basis)) { /* no text that would read as a citation ("(null) 第六条") */
    text_end(&o);
    return -1;
  }
  if (lang == EGCA_LANG_EN && basis->law_en != NULL) {
    char article[64];
    const int n = article_english(article, sizeof article, basis->article, basis->item);
    if (n >= 0) { /* "Administrative Licensing Law, Article 32(1)(4)" */
      put_s(&o, basis->law_en);
      put_s(&o, ", ");
      put_n(&o, article, (size_t)n < sizeof article ? (size_t)n : sizeof article - 1);
      return text_end(&o);
    }
  }
  /* Chinese citation form: 第三十二条第一款第（四）项. (A basis built by hand without an English name, or
   * with an article the English form cannot read, is cited as the law writes it.) */
  put_s(&o, basis->law);
  put_s(&o, " ");
  put_s(&o, basis->article);
  if (basis->item != NULL) {
    put_s(&o, "第");
    put_s(&o, basis->item);
    put_s(&o, "项");
  }
  return text_end(&o);
}

EGCA_API const char *egca_basis_parts_lang(const egca_basis *basis, egca_lang lang, char *article, size_t article_size,
                                           char *item, size_t item_size)
{
  const char *end;
  int n = 0;
  if (!citable(basis)) {
    if (article_size > 0)
      article[0] = '\0';
    if (item_size > 0)
      item[0] = '\0';
    return NULL;
  }
  if (lang == EGCA_LANG_EN && basis->law_en != NULL &&
      article_english(article, article_size, basis->article, NULL) >= 0 &&
      (basis->item == NULL || (n = read_item(basis->item, &end)) > 0)) {
    if (basis->item != NULL)
      snprintf(item, item_size, "(%d)", n);
    else if (item_size > 0)
      item[0] = '\0';
    return basis->law_en;
  }
  /* As the law writes it (Chinese, or a basis the English form cannot read: as egca_basis_format_lang). */
  snprintf(article, article_size, "%s", basis->article);
  snprintf(item, item_size, "%s", basis->item != NULL ? basis->item : "");
  return basis->law;
}

EGCA_API int egca_basis_format(char *buf, size_t size, const egca_basis *basis)
{
  return egca_basis_format_lang(buf, size, basis, EGCA_LANG_ZH);
}
