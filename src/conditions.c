/* egca — the conditions compiler (conditions.h): conditions.json and materials.json checked member by member,
 * every error naming the file, line:column and JSON pointer, and compiled into the trees the evaluation walks.
 *
 * Everything a compiled rule set owns lives in its arena, so freeing it (or abandoning it half-built on an
 * error path) is one call. */
#include "conditions.h"
#include "citation.h"

#include <stdio.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *const egca__compare_names[6] = {"==", "!=", "<", "<=", ">", ">="};

/* Deep enough for any real rule; bounds the recursion on hostile input. */
#define NODE_DEPTH_MAX 32

typedef struct compiler {
  const egca__json_doc *doc;
  egca__arena *mem;
  egca_error *err;
  const egca__laws *laws; /* the laws' English names (deadlines.json "laws") */
} compiler;

static char *copy_string(compiler *c, const char *s)
{
  char *copy = egca__arena_strdup(c->mem, s);
  if (copy == NULL)
    egca__fail_nomem(c->err);
  return copy;
}

/* A required, non-empty string member, copied into the arena. */
static int get_text(compiler *c, const char **out, const cJSON *object, const char *pointer, const char *key,
                    int required)
{
  const char *text;
  int rc = egca__json_get_string(&text, c->doc, object, pointer, key, required, c->err);
  if (rc <= 0)
    return rc;
  if (text[0] == '\0') {
    char p[512];
    egca__json_pointer_key(p, sizeof p, pointer, key);
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, p, EGCA__TR(c->err, "must not be empty", "不得为空"));
  }
  return (*out = copy_string(c, text)) != NULL ? 1 : EGCA_E_NOMEM;
}

/* A text and its English twin `key`_en, there exactly when `key` is (docs/rules.md, "Texts in two
 * languages"). Returns as get_text. */
static int get_text_pair(compiler *c, const char **out, const char **out_en, const cJSON *object, const char *pointer,
                         const char *key, int required)
{
  char key_en[EGCA__JSON_TWIN_KEY_SIZE];
  egca__json_twin_key(key_en, key);
  int rc = get_text(c, out, object, pointer, key, required);
  if (rc < 0)
    return rc;
  const int twin = egca__json_check_twin(c->doc, object, pointer, key, rc > 0, c->err);
  if (twin < 0)
    return twin;
  return rc > 0 ? get_text(c, out_en, object, pointer, key_en, 1) : rc;
}

static int get_member(compiler *c, const cJSON **out, const cJSON *object, const char *pointer, const char *key)
{
  *out = cJSON_GetObjectItemCaseSensitive(object, key);
  if (*out == NULL)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer,
                           EGCA__TR(c->err, "missing required field \"%s\"", "缺少必填字段\"%s\""), key);
  return 0;
}

static int fact_ref(compiler *c, int *out, const cJSON *v, const char *pointer)
{
  if (!cJSON_IsString(v))
    return egca__json_fail(
        c->err, EGCA_E_INVALID, c->doc, pointer,
        EGCA__TR(c->err, "expected a fact path (a string), found %s", "应为事实路径（字符串），实际为%s"),
        egca__json_type_name_in(v, egca__error_lang(c->err)));
  *out = egca__fact_index(v->valuestring);
  if (*out < 0)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer,
                           EGCA__TR(c->err, "unknown fact \"%s\"", "未知事实\"%s\""), v->valuestring);
  return 0;
}

/* An array of one or more fact paths, no path twice; `numeric` requires numbers. */
static int fact_list(compiler *c, int **out, size_t *count, const cJSON *array, const char *pointer, int numeric,
                     int allow_empty)
{
  int rc = egca__json_expect_array(c->doc, array, pointer, c->err);
  if (rc < 0)
    return rc;
  size_t n = (size_t)cJSON_GetArraySize(array);
  if (n == 0 && !allow_empty)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer,
                           EGCA__TR(c->err, "expected at least one fact", "应至少有一个事实"));
  int *facts = egca__arena_array(c->mem, n, sizeof *facts);
  if (facts == NULL)
    return egca__fail_nomem(c->err);
  size_t i = 0;
  char p[512];
  for (const cJSON *e = array->child; e != NULL; e = e->next, i++) {
    egca__json_pointer_index(p, sizeof p, pointer, i);
    if ((rc = fact_ref(c, &facts[i], e, p)) < 0)
      return rc;
    if (numeric && !egca__value_numeric(egca__facts[facts[i]].type))
      return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, p,
                             EGCA__TR(c->err, "fact \"%s\" is %s, not a number", "事实\"%s\"是%s，不是数字"),
                             egca__facts[facts[i]].path,
                             egca__value_type_noun(egca__facts[facts[i]].type, egca__error_lang(c->err)));
    for (size_t k = 0; k < i; k++)
      if (facts[k] == facts[i])
        return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, p,
                               EGCA__TR(c->err, "fact \"%s\" is listed twice", "事实\"%s\"重复列出"),
                               egca__facts[facts[i]].path);
  }
  *out = facts;
  *count = n;
  return 0;
}

/* The left side of a comparison: {"fact": PATH} or {"sum": [PATH, ...], "label": TEXT}. */
static int compile_operand(compiler *c, egca__node *n, const cJSON *v, const char *pointer)
{
  if (!cJSON_IsObject(v))
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer,
                           EGCA__TR(c->err, "expected an operand {\"fact\": PATH} or {\"sum\": [PATH, ...]}, found %s",
                                    "应为操作数{\"fact\": PATH}或{\"sum\": [PATH, ...]}，实际为%s"),
                           egca__json_type_name_in(v, egca__error_lang(c->err)));
  char p[512];
  const cJSON *fact = cJSON_GetObjectItemCaseSensitive(v, "fact");
  const cJSON *sum = cJSON_GetObjectItemCaseSensitive(v, "sum");
  int rc;
  if (fact != NULL) {
    static const char *const keys[] = {"fact", NULL};
    if ((rc = egca__json_check_keys(c->doc, v, pointer, keys, c->err)) < 0)
      return rc;
    n->facts = egca__arena_alloc(c->mem, sizeof *n->facts);
    if (n->facts == NULL)
      return egca__fail_nomem(c->err);
    n->fact_count = 1;
    egca__json_pointer_key(p, sizeof p, pointer, "fact");
    return fact_ref(c, &n->facts[0], fact, p);
  }
  if (sum != NULL) {
    static const char *const keys[] = {"sum", "label", "label_en", NULL};
    if ((rc = egca__json_check_keys(c->doc, v, pointer, keys, c->err)) < 0)
      return rc;
    n->sum = 1;
    if ((rc = get_text_pair(c, &n->label, &n->label_en, v, pointer, "label", 0)) < 0)
      return rc;
    if (rc == 0) {
      n->label = "合计";
      n->label_en = "total";
    }
    egca__json_pointer_key(p, sizeof p, pointer, "sum");
    return fact_list(c, &n->facts, &n->fact_count, sum, p, 1, 0);
  }
  return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer,
                         EGCA__TR(c->err, "expected an operand {\"fact\": PATH} or {\"sum\": [PATH, ...]}",
                                  "应为操作数{\"fact\": PATH}或{\"sum\": [PATH, ...]}"));
}

static egca__value_type operand_type(const egca__node *n)
{
  return n->sum ? EGCA__VALUE_NUMBER : egca__facts[n->facts[0]].type;
}

static int all_counts(const egca__node *n)
{
  for (size_t i = 0; i < n->fact_count; i++)
    if (egca__facts[n->facts[i]].type != EGCA__VALUE_COUNT)
      return 0;
  return 1;
}

/* A literal that must have the operand's type. */
static int compile_literal(compiler *c, egca__value *out, const cJSON *v, const char *pointer, const egca__node *n)
{
  egca__value_type want = operand_type(n);
  int ok = (egca__value_numeric(want) && cJSON_IsNumber(v) && isfinite(v->valuedouble)) ||
           (want == EGCA__VALUE_BOOL && cJSON_IsBool(v)) || (want == EGCA__VALUE_STRING && cJSON_IsString(v));
  if (!ok)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer,
                           EGCA__TR(c->err, "expected %s to compare with %s, found %s", "应为%s（与%s比较），实际为%s"),
                           egca__value_type_noun(want, egca__error_lang(c->err)),
                           n->sum ? EGCA__TR(c->err, "a sum", "合计") : egca__facts[n->facts[0]].path,
                           egca__json_type_name_in(v, egca__error_lang(c->err)));
  out->type = want;
  /* A head count, or a sum of them, is a whole number: a literal it is compared with is read as written,
   * so that 29.999999999999999999 is refused rather than rounded to 30 (第六条（五）'s threshold). */
  if (want == EGCA__VALUE_COUNT || (n->sum && all_counts(n))) {
    long whole;
    int rc = egca__json_integer_at(&whole, c->doc, v, pointer, -EGCA__COUNT_MAX, EGCA__COUNT_MAX, c->err);
    if (rc < 0)
      return rc;
  }
  if (egca__value_numeric(want))
    out->number = v->valuedouble;
  else if (want == EGCA__VALUE_BOOL)
    out->boolean = cJSON_IsTrue(v);
  else if ((out->string = copy_string(c, v->valuestring)) == NULL)
    return EGCA_E_NOMEM;
  return 0;
}

static int expect_arity(compiler *c, const cJSON *args, const char *pointer, const char *op, size_t min, size_t max)
{
  if (!cJSON_IsArray(args))
    return egca__json_fail(
        c->err, EGCA_E_INVALID, c->doc, pointer,
        EGCA__TR(c->err, "operator \"%s\" takes an array, found %s", "运算符\"%s\"的参数应为数组，实际为%s"), op,
        egca__json_type_name_in(args, egca__error_lang(c->err)));
  size_t n = (size_t)cJSON_GetArraySize(args);
  if (n < min || n > max) {
    if (min == max)
      return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer,
                             EGCA__TR(c->err, "operator \"%s\" takes %zu argument%s, found %zu",
                                      "运算符\"%s\"需要%zu个参数%s，实际为%zu个"),
                             op, min, min == 1 ? "" : EGCA__TR(c->err, "s", ""), n);
    return egca__json_fail(
        c->err, EGCA_E_INVALID, c->doc, pointer,
        EGCA__TR(c->err, "operator \"%s\" takes at least %zu argument%s", "运算符\"%s\"至少需要%zu个参数%s"), op, min,
        min == 1 ? "" : EGCA__TR(c->err, "s", ""));
  }
  return 0;
}

static int compile_node(compiler *c, egca__node *n, size_t *leaves, const cJSON *v, const char *pointer, int depth);

static int compile_children(compiler *c, egca__node *n, size_t *leaves, const cJSON *args, const char *pointer,
                            int depth)
{
  n->child_count = (size_t)cJSON_GetArraySize(args);
  n->children = egca__arena_array(c->mem, n->child_count, sizeof *n->children);
  if (n->children == NULL)
    return egca__fail_nomem(c->err);
  size_t i = 0;
  char p[512];
  for (const cJSON *e = args->child; e != NULL; e = e->next, i++) {
    egca__json_pointer_index(p, sizeof p, pointer, i);
    int rc = compile_node(c, &n->children[i], leaves, e, p, depth + 1);
    if (rc < 0)
      return rc;
  }
  return 0;
}

static int compile_finding(compiler *c, egca__node *n, const cJSON *arg, const char *pointer)
{
  int rc = egca__json_expect_object(c->doc, arg, pointer, c->err);
  static const char *const keys[] = {"fact", "evidence", NULL};
  if (rc < 0 || (rc = egca__json_check_keys(c->doc, arg, pointer, keys, c->err)) < 0)
    return rc;
  const cJSON *fact;
  if ((rc = get_member(c, &fact, arg, pointer, "fact")) < 0)
    return rc;
  char p[512];
  egca__json_pointer_key(p, sizeof p, pointer, "fact");
  n->facts = egca__arena_alloc(c->mem, sizeof *n->facts);
  if (n->facts == NULL)
    return egca__fail_nomem(c->err);
  n->fact_count = 1;
  if ((rc = fact_ref(c, &n->facts[0], fact, p)) < 0)
    return rc;
  if (egca__facts[n->facts[0]].type != EGCA__VALUE_BOOL)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, p,
                           EGCA__TR(c->err, "a reviewer's finding must be a boolean fact; \"%s\" is %s",
                                    "评审意见须为布尔值事实；\"%s\"是%s"),
                           egca__facts[n->facts[0]].path,
                           egca__value_type_noun(egca__facts[n->facts[0]].type, egca__error_lang(c->err)));
  const cJSON *evidence = cJSON_GetObjectItemCaseSensitive(arg, "evidence");
  if (evidence == NULL)
    return 0;
  egca__json_pointer_key(p, sizeof p, pointer, "evidence");
  return fact_list(c, &n->evidence, &n->evidence_count, evidence, p, 0, 1);
}

/* A condition node: an object with exactly one operator. */
static int compile_node(compiler *c, egca__node *n, size_t *leaves, const cJSON *v, const char *pointer, int depth)
{
  if (depth > NODE_DEPTH_MAX)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer,
                           EGCA__TR(c->err, "condition nested deeper than %d levels", "条件嵌套超过%d层"),
                           NODE_DEPTH_MAX);
  if (!cJSON_IsObject(v))
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer,
                           EGCA__TR(c->err, "expected a condition (an object), found %s", "应为条件（对象），实际为%s"),
                           egca__json_type_name_in(v, egca__error_lang(c->err)));
  const cJSON *m = v->child;
  if (m == NULL)
    return egca__json_fail(
        c->err, EGCA_E_INVALID, c->doc, pointer,
        EGCA__TR(c->err, "a condition needs exactly one operator, found none", "条件须有且只有一个运算符，实际没有"));
  if (m->next != NULL)
    return egca__json_fail_key(c->err, EGCA_E_INVALID, c->doc, pointer, m->next->string, 1,
                               EGCA__TR(c->err, "a condition has exactly one operator; \"%s\" follows \"%s\"",
                                        "条件只能有一个运算符；\"%s\"跟在\"%s\"之后"),
                               m->next->string, m->string);
  const char *op = m->string;
  char p[512];
  egca__json_pointer_key(p, sizeof p, pointer, op);
  int rc;
  memset(n, 0, sizeof *n);
  if (strcmp(op, "all") == 0 || strcmp(op, "any") == 0 || strcmp(op, "not") == 0) {
    n->kind = op[0] == 'n' ? EGCA__NODE_NOT : op[1] == 'l' ? EGCA__NODE_ALL : EGCA__NODE_ANY;
    if ((rc = expect_arity(c, m, p, op, 1, n->kind == EGCA__NODE_NOT ? 1 : SIZE_MAX)) < 0)
      return rc;
    return compile_children(c, n, leaves, m, p, depth);
  }
  if (strcmp(op, "exists") == 0) {
    n->kind = EGCA__NODE_EXISTS;
    n->facts = egca__arena_alloc(c->mem, sizeof *n->facts);
    if (n->facts == NULL)
      return egca__fail_nomem(c->err);
    n->fact_count = 1;
    ++*leaves;
    return fact_ref(c, &n->facts[0], m, p);
  }
  if (strcmp(op, "finding") == 0) {
    n->kind = EGCA__NODE_FINDING;
    ++*leaves;
    return compile_finding(c, n, m, p);
  }
  char arg[512];
  if (strcmp(op, "in") == 0) {
    n->kind = EGCA__NODE_IN;
    if ((rc = expect_arity(c, m, p, op, 2, 2)) < 0)
      return rc;
    egca__json_pointer_index(arg, sizeof arg, p, 0);
    if ((rc = compile_operand(c, n, m->child, arg)) < 0)
      return rc;
    const cJSON *list = m->child->next;
    egca__json_pointer_index(arg, sizeof arg, p, 1);
    if (!cJSON_IsArray(list) || cJSON_GetArraySize(list) == 0)
      return egca__json_fail(
          c->err, EGCA_E_INVALID, c->doc, arg,
          EGCA__TR(c->err, "operator \"in\" needs a non-empty array of values", "运算符\"in\"需要非空的值数组"));
    n->literal_count = (size_t)cJSON_GetArraySize(list);
    n->literals = egca__arena_array(c->mem, n->literal_count, sizeof *n->literals);
    if (n->literals == NULL)
      return egca__fail_nomem(c->err);
    size_t i = 0;
    char item[512];
    for (const cJSON *e = list->child; e != NULL; e = e->next, i++) {
      egca__json_pointer_index(item, sizeof item, arg, i);
      if ((rc = compile_literal(c, &n->literals[i], e, item, n)) < 0)
        return rc;
    }
    ++*leaves;
    return 0;
  }
  for (size_t k = 0; k < sizeof egca__compare_names / sizeof egca__compare_names[0]; k++) {
    if (strcmp(op, egca__compare_names[k]) != 0)
      continue;
    n->kind = EGCA__NODE_COMPARE;
    n->op = (egca__compare_op)k;
    if ((rc = expect_arity(c, m, p, op, 2, 2)) < 0)
      return rc;
    egca__json_pointer_index(arg, sizeof arg, p, 0);
    if ((rc = compile_operand(c, n, m->child, arg)) < 0)
      return rc;
    if (n->op != EGCA__OP_EQ && n->op != EGCA__OP_NE && !egca__value_numeric(operand_type(n)))
      return egca__json_fail(
          c->err, EGCA_E_INVALID, c->doc, arg,
          EGCA__TR(c->err, "operator \"%s\" orders numbers; \"%s\" is %s", "运算符\"%s\"比较数字大小；\"%s\"是%s"), op,
          egca__facts[n->facts[0]].path, egca__value_type_noun(operand_type(n), egca__error_lang(c->err)));
    egca__json_pointer_index(arg, sizeof arg, p, 1);
    if ((rc = compile_literal(c, &n->threshold, m->child->next, arg, n)) < 0)
      return rc;
    ++*leaves;
    return 0;
  }
  return egca__json_fail_key(
      c->err, EGCA_E_INVALID, c->doc, pointer, op, 1,
      EGCA__TR(c->err,
               "unknown operator \"%s\" (expected all, any, not, ==, !=, <, <=, >, >=, in, "
               "exists, finding)",
               "未知运算符\"%s\"（应为all、any、not、==、!=、<、<=、>、>=、in、exists或finding）"),
      op);
}

/* A citation {"law", "article", "paragraph", "item"} as the one citation type (egca_basis: the paragraph
 * joins the article), printed in both languages by egca_basis_format_lang. */
static int compile_citation(compiler *c, const char **out, const char **out_en, const cJSON *v, const char *pointer)
{
  static const char *const keys[] = {"law", "article", "paragraph", "item", NULL};
  int rc = egca__json_expect_object(c->doc, v, pointer, c->err);
  if (rc < 0 || (rc = egca__json_check_keys(c->doc, v, pointer, keys, c->err)) < 0)
    return rc;
  const char *law = NULL, *article = NULL, *paragraph = NULL, *item = NULL;
  if ((rc = get_text(c, &law, v, pointer, "law", 1)) < 0 || (rc = get_text(c, &article, v, pointer, "article", 1)) < 0 ||
      (rc = get_text(c, &paragraph, v, pointer, "paragraph", 0)) < 0 ||
      (rc = get_text(c, &item, v, pointer, "item", 0)) < 0)
    return rc;
  egca__buf a = {0};
  egca__buf_printf(&a, "%s%s", article, paragraph != NULL ? paragraph : "");
  const char *joined = egca__arena_take(c->mem, &a);
  if (joined == NULL)
    return egca__fail_nomem(c->err);
  egca_basis b = {law, joined, item, NULL};
  if ((rc = egca__citation_resolve(&b, c->laws, c->doc, pointer, c->err)) < 0)
    return rc;
  const char **outs[2] = {out, out_en};
  for (int lang = 0; lang < 2; lang++) {
    char text[512];
    egca_basis_format_lang(text, sizeof text, &b, (egca_lang)lang);
    if ((*outs[lang] = copy_string(c, text)) == NULL)
      return EGCA_E_NOMEM;
  }
  return 0;
}

/* {"section", "item"} of the service guide (each with its English twin); *item may be NULL. The citation in
 * both languages is written as a deadline rule's ("服务指南 许可条件 （一）", "Service Guide, Conditions of the
 * licence, (1)"). */
static int compile_guide(compiler *c, const char **citation, const char **citation_en, const char **item,
                         const char **item_en, const cJSON *object, const char *pointer, int item_required)
{
  const cJSON *v;
  int rc = get_member(c, &v, object, pointer, "guide");
  char p[512];
  egca__json_pointer_key(p, sizeof p, pointer, "guide");
  static const char *const keys[] = {"section", "section_en", "item", "item_en", NULL};
  if (rc < 0 || (rc = egca__json_expect_object(c->doc, v, p, c->err)) < 0 ||
      (rc = egca__json_check_keys(c->doc, v, p, keys, c->err)) < 0)
    return rc;
  const char *section = NULL, *section_en = NULL, *it = NULL, *it_en = NULL;
  if ((rc = get_text_pair(c, &section, &section_en, v, p, "section", 1)) < 0 ||
      (rc = get_text_pair(c, &it, &it_en, v, p, "item", item_required)) < 0)
    return rc;
  if (item != NULL)
    *item = it;
  if (item_en != NULL)
    *item_en = it_en;
  if (citation != NULL) {
    egca__buf s = {0}, e = {0};
    egca__buf_printf(&s, "服务指南 %s%s%s", section, it != NULL ? " " : "", it != NULL ? it : "");
    egca__buf_printf(&e, "Service Guide, %s%s%s", section_en, it_en != NULL ? ", " : "", it_en != NULL ? it_en : "");
    *citation = egca__arena_take(c->mem, &s);
    *citation_en = egca__arena_take(c->mem, &e);
    if (*citation == NULL || *citation_en == NULL)
      return egca__fail_nomem(c->err);
  }
  return 0;
}

static int duplicate_id(compiler *c, const char *id, const char *pointer)
{
  char p[512];
  egca__json_pointer_key(p, sizeof p, pointer, "id");
  return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, p,
                         EGCA__TR(c->err, "id \"%s\" is used twice", "id\"%s\"重复使用"), id);
}

static int check_id_syntax(compiler *c, const char *id, const char *pointer)
{
  for (const char *s = id; *s != '\0'; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_')) {
      char p[512];
      egca__json_pointer_key(p, sizeof p, pointer, "id");
      return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, p,
                             EGCA__TR(c->err, "id \"%s\" may hold only lower-case letters, digits and \"_\"",
                                      "id\"%s\"只能包含小写字母、数字和\"_\""),
                             id);
    }
  return 0;
}

static int compile_advisories(compiler *c, egca__condition *cond, const cJSON *array, const char *pointer)
{
  int rc = egca__json_expect_array(c->doc, array, pointer, c->err);
  if (rc < 0)
    return rc;
  cond->advisory_count = (size_t)cJSON_GetArraySize(array);
  cond->advisories = egca__arena_array(c->mem, cond->advisory_count, sizeof *cond->advisories);
  if (cond->advisories == NULL)
    return egca__fail_nomem(c->err);
  static const char *const keys[] = {"id", "note", "note_en", "rule", NULL};
  size_t i = 0;
  char p[512], rp[512];
  for (const cJSON *e = array->child; e != NULL; e = e->next, i++) {
    egca__advisory *a = &cond->advisories[i];
    egca__json_pointer_index(p, sizeof p, pointer, i);
    const cJSON *rule;
    if ((rc = egca__json_expect_object(c->doc, e, p, c->err)) < 0 ||
        (rc = egca__json_check_keys(c->doc, e, p, keys, c->err)) < 0 || (rc = get_text(c, &a->id, e, p, "id", 1)) < 0 ||
        (rc = check_id_syntax(c, a->id, p)) < 0 || (rc = get_text_pair(c, &a->note, &a->note_en, e, p, "note", 1)) < 0 ||
        (rc = get_member(c, &rule, e, p, "rule")) < 0)
      return rc;
    for (size_t k = 0; k < i; k++)
      if (strcmp(cond->advisories[k].id, a->id) == 0) {
        egca__json_pointer_key(rp, sizeof rp, p, "id");
        return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, rp,
                               EGCA__TR(c->err, "id \"%s\" is used twice", "id\"%s\"重复使用"), a->id);
      }
    egca__json_pointer_key(rp, sizeof rp, p, "rule");
    if ((rc = compile_node(c, &a->rule, &a->leaves, rule, rp, 0)) < 0)
      return rc;
  }
  return 0;
}

static int compile_condition(compiler *c, egca__condition *cond, const cJSON *v, const char *pointer)
{
  static const char *const keys[] = {"id",   "title_en", "title",      "effective_from", "basis",
                                     "guide", "rule",     "advisories", NULL};
  int rc = egca__json_expect_object(c->doc, v, pointer, c->err);
  if (rc < 0 || (rc = egca__json_check_keys(c->doc, v, pointer, keys, c->err)) < 0 ||
      (rc = get_text(c, &cond->id, v, pointer, "id", 1)) < 0 || (rc = check_id_syntax(c, cond->id, pointer)) < 0 ||
      (rc = get_text_pair(c, &cond->title, &cond->title_en, v, pointer, "title", 1)) < 0 ||
      (rc = egca__json_get_date(&cond->effective_from, c->doc, v, pointer, "effective_from", 1, c->err)) < 0)
    return rc;
  const cJSON *basis, *rule;
  char p[512];
  if ((rc = get_member(c, &basis, v, pointer, "basis")) < 0)
    return rc;
  egca__json_pointer_key(p, sizeof p, pointer, "basis");
  if ((rc = egca__json_expect_array(c->doc, basis, p, c->err)) < 0)
    return rc;
  if (cJSON_GetArraySize(basis) == 0)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, p,
                           EGCA__TR(c->err, "a condition needs its legal basis", "条件需要其法律依据"));
  /* The citations, then the guide's section. */
  cond->basis_count = (size_t)cJSON_GetArraySize(basis) + 1;
  cond->basis = egca__arena_array(c->mem, cond->basis_count, sizeof *cond->basis);
  cond->basis_en = egca__arena_array(c->mem, cond->basis_count, sizeof *cond->basis_en);
  if (cond->basis == NULL || cond->basis_en == NULL)
    return egca__fail_nomem(c->err);
  size_t i = 0;
  char ep[512];
  for (const cJSON *e = basis->child; e != NULL; e = e->next, i++) {
    egca__json_pointer_index(ep, sizeof ep, p, i);
    if ((rc = compile_citation(c, &cond->basis[i], &cond->basis_en[i], e, ep)) < 0)
      return rc;
  }
  if ((rc = compile_guide(c, &cond->basis[i], &cond->basis_en[i], &cond->guide_item, &cond->guide_item_en, v, pointer,
                          1)) < 0)
    return rc;
  if ((rc = get_member(c, &rule, v, pointer, "rule")) < 0)
    return rc;
  egca__json_pointer_key(p, sizeof p, pointer, "rule");
  if ((rc = compile_node(c, &cond->rule, &cond->leaves, rule, p, 0)) < 0)
    return rc;
  const cJSON *advisories = cJSON_GetObjectItemCaseSensitive(v, "advisories");
  if (advisories != NULL) {
    egca__json_pointer_key(p, sizeof p, pointer, "advisories");
    return compile_advisories(c, cond, advisories, p);
  }
  return 0;
}

static int compile_conditions(compiler *c, egca_assess_rules *r)
{
  const cJSON *root = c->doc->root;
  static const char *const keys[] = {"conditions", NULL};
  int rc = egca__json_expect_object(c->doc, root, "", c->err);
  if (rc < 0 || (rc = egca__json_check_keys(c->doc, root, "", keys, c->err)) < 0)
    return rc;
  const cJSON *list;
  if ((rc = get_member(c, &list, root, "", "conditions")) < 0 ||
      (rc = egca__json_expect_array(c->doc, list, "/conditions", c->err)) < 0)
    return rc;
  r->condition_count = (size_t)cJSON_GetArraySize(list);
  if (r->condition_count == 0)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, "/conditions",
                           EGCA__TR(c->err, "no conditions", "没有条件"));
  r->conditions = egca__arena_array(c->mem, r->condition_count, sizeof *r->conditions);
  if (r->conditions == NULL)
    return egca__fail_nomem(c->err);
  size_t i = 0;
  char p[64];
  for (const cJSON *e = list->child; e != NULL; e = e->next, i++) {
    egca__json_pointer_index(p, sizeof p, "/conditions", i);
    if ((rc = compile_condition(c, &r->conditions[i], e, p)) < 0)
      return rc;
    for (size_t k = 0; k < i; k++)
      if (strcmp(r->conditions[k].id, r->conditions[i].id) == 0)
        return duplicate_id(c, r->conditions[i].id, p);
  }
  return 0;
}

static int compile_sub_items(compiler *c, egca__material *m, const cJSON *array, const char *pointer)
{
  int rc = egca__json_expect_array(c->doc, array, pointer, c->err);
  if (rc < 0)
    return rc;
  m->sub_count = (size_t)cJSON_GetArraySize(array);
  if (m->sub_count == 0)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer,
                           EGCA__TR(c->err, "an empty list of sub-items: leave it out", "子项列表为空：请省略"));
  m->subs = egca__arena_array(c->mem, m->sub_count, sizeof *m->subs);
  m->subs_en = egca__arena_array(c->mem, m->sub_count, sizeof *m->subs_en);
  if (m->subs == NULL || m->subs_en == NULL)
    return egca__fail_nomem(c->err);
  static const char *const keys[] = {"id", "title", "title_en", NULL};
  size_t i = 0;
  char p[512];
  for (const cJSON *e = array->child; e != NULL; e = e->next, i++) {
    egca__json_pointer_index(p, sizeof p, pointer, i);
    const char *id = NULL;
    if ((rc = egca__json_expect_object(c->doc, e, p, c->err)) < 0 ||
        (rc = egca__json_check_keys(c->doc, e, p, keys, c->err)) < 0 || (rc = get_text(c, &id, e, p, "id", 1)) < 0 ||
        (rc = check_id_syntax(c, id, p)) < 0 ||
        (rc = get_text_pair(c, &m->subs[i].title, &m->subs_en[i].title, e, p, "title", 1)) < 0)
      return rc;
    egca__buf s = {0};
    egca__buf_printf(&s, "%s.%s", m->id, id);
    if ((m->subs[i].id = egca__arena_take(c->mem, &s)) == NULL)
      return egca__fail_nomem(c->err);
    m->subs_en[i].id = m->subs[i].id;
    for (size_t k = 0; k < i; k++)
      if (strcmp(m->subs[k].id, m->subs[i].id) == 0) {
        char ip[512];
        egca__json_pointer_key(ip, sizeof ip, p, "id");
        return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, ip,
                               EGCA__TR(c->err, "id \"%s\" is used twice", "id\"%s\"重复使用"), id);
      }
  }
  return 0;
}

static int compile_material(compiler *c, const egca_assess_rules *r, egca__material *m, const cJSON *v,
                            const char *pointer)
{
  static const char *const keys[] = {"id",    "title",     "title_en", "effective_from", "guide", "evidences",
                                     "sub_items", NULL};
  int rc = egca__json_expect_object(c->doc, v, pointer, c->err);
  if (rc < 0 || (rc = egca__json_check_keys(c->doc, v, pointer, keys, c->err)) < 0 ||
      (rc = get_text(c, &m->id, v, pointer, "id", 1)) < 0 || (rc = check_id_syntax(c, m->id, pointer)) < 0 ||
      (rc = get_text_pair(c, &m->title, &m->title_en, v, pointer, "title", 1)) < 0 ||
      (rc = egca__json_get_date(&m->effective_from, c->doc, v, pointer, "effective_from", 1, c->err)) < 0 ||
      (rc = compile_guide(c, NULL, NULL, &m->item, &m->item_en, v, pointer, 1)) < 0)
    return rc;
  const cJSON *evidences;
  char p[512];
  if ((rc = get_member(c, &evidences, v, pointer, "evidences")) < 0)
    return rc;
  egca__json_pointer_key(p, sizeof p, pointer, "evidences");
  if ((rc = egca__json_expect_array(c->doc, evidences, p, c->err)) < 0)
    return rc;
  m->evidence_count = (size_t)cJSON_GetArraySize(evidences);
  m->evidences = egca__arena_array(c->mem, m->evidence_count, sizeof *m->evidences);
  if (m->evidences == NULL)
    return egca__fail_nomem(c->err);
  size_t i = 0;
  char ep[512];
  for (const cJSON *e = evidences->child; e != NULL; e = e->next, i++) {
    egca__json_pointer_index(ep, sizeof ep, p, i);
    if (!cJSON_IsString(e))
      return egca__json_fail(
          c->err, EGCA_E_INVALID, c->doc, ep,
          EGCA__TR(c->err, "expected a condition id (a string), found %s", "应为条件id（字符串），实际为%s"),
          egca__json_type_name_in(e, egca__error_lang(c->err)));
    size_t k = 0;
    while (k < r->condition_count && strcmp(r->conditions[k].id, e->valuestring) != 0)
      k++;
    if (k == r->condition_count)
      return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, ep,
                             EGCA__TR(c->err, "unknown condition \"%s\"", "未知条件\"%s\""), e->valuestring);
    for (size_t j = 0; j < i; j++)
      if (m->evidences[j] == k)
        return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, ep,
                               EGCA__TR(c->err, "condition \"%s\" is listed twice", "条件\"%s\"重复列出"),
                               e->valuestring);
    m->evidences[i] = k;
  }
  const cJSON *subs = cJSON_GetObjectItemCaseSensitive(v, "sub_items");
  if (subs != NULL) {
    egca__json_pointer_key(p, sizeof p, pointer, "sub_items");
    return compile_sub_items(c, m, subs, p);
  }
  return 0;
}

static int compile_notice(compiler *c, egca_assess_rules *r, const cJSON *root)
{
  const cJSON *v;
  static const char *const keys[] = {"title", "title_en", "licence", "licence_en", "basis", NULL};
  const char *p = "/notice";
  int rc = get_member(c, &v, root, "", "notice");
  if (rc < 0 || (rc = egca__json_expect_object(c->doc, v, p, c->err)) < 0 ||
      (rc = egca__json_check_keys(c->doc, v, p, keys, c->err)) < 0 ||
      (rc = get_text_pair(c, &r->notice_title, &r->notice_title_en, v, p, "title", 1)) < 0 ||
      (rc = get_text_pair(c, &r->notice_licence, &r->notice_licence_en, v, p, "licence", 1)) < 0)
    return rc;
  const cJSON *basis;
  if ((rc = get_member(c, &basis, v, p, "basis")) < 0)
    return rc;
  return compile_citation(c, &r->notice_basis, &r->notice_basis_en, basis, "/notice/basis");
}

static int compile_materials(compiler *c, egca_assess_rules *r)
{
  const cJSON *root = c->doc->root;
  static const char *const keys[] = {"basis", "guide", "notice", "materials", NULL};
  int rc = egca__json_expect_object(c->doc, root, "", c->err);
  if (rc < 0 || (rc = egca__json_check_keys(c->doc, root, "", keys, c->err)) < 0)
    return rc;
  /* The legal basis of the list itself is validated here and shown by `egca rules`. */
  const cJSON *basis = cJSON_GetObjectItemCaseSensitive(root, "basis");
  if (basis != NULL) {
    if ((rc = egca__json_expect_array(c->doc, basis, "/basis", c->err)) < 0)
      return rc;
    size_t i = 0;
    char p[64];
    for (const cJSON *e = basis->child; e != NULL; e = e->next, i++) {
      const char *citation, *citation_en;
      egca__json_pointer_index(p, sizeof p, "/basis", i);
      if ((rc = compile_citation(c, &citation, &citation_en, e, p)) < 0)
        return rc;
    }
  }
  if (cJSON_GetObjectItemCaseSensitive(root, "guide") != NULL && (rc = compile_guide(c, NULL, NULL, NULL, NULL, root, "", 0)) < 0)
    return rc;
  if ((rc = compile_notice(c, r, root)) < 0)
    return rc;
  const cJSON *list;
  if ((rc = get_member(c, &list, root, "", "materials")) < 0 ||
      (rc = egca__json_expect_array(c->doc, list, "/materials", c->err)) < 0)
    return rc;
  r->material_count = (size_t)cJSON_GetArraySize(list);
  if (r->material_count == 0)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, "/materials", EGCA__TR(c->err, "no materials", "没有材料"));
  r->materials = egca__arena_array(c->mem, r->material_count, sizeof *r->materials);
  if (r->materials == NULL)
    return egca__fail_nomem(c->err);
  size_t i = 0;
  char p[64];
  for (const cJSON *e = list->child; e != NULL; e = e->next, i++) {
    egca__json_pointer_index(p, sizeof p, "/materials", i);
    if ((rc = compile_material(c, r, &r->materials[i], e, p)) < 0)
      return rc;
    for (size_t k = 0; k < i; k++)
      if (strcmp(r->materials[k].id, r->materials[i].id) == 0)
        return duplicate_id(c, r->materials[i].id, p);
  }
  return 0;
}

int egca__assess_rules_parse(egca_assess_rules **out, const egca__json_doc *conditions,
                             const egca__json_doc *materials, const egca__laws *laws, egca_error *err)
{
  *out = NULL;
  egca_assess_rules *r = calloc(1, sizeof *r);
  if (r == NULL)
    return egca__fail_nomem(err);
  compiler c = {conditions, &r->mem, err, laws};
  int rc = compile_conditions(&c, r);
  if (rc >= 0) {
    c.doc = materials;
    rc = compile_materials(&c, r);
  }
  if (rc < 0) {
    egca__assess_rules_free(r);
    return rc;
  }
  *out = r;
  return 0;
}

int egca__assess_material_known(const egca_assess_rules *rules, const char *id)
{
  /* Every item of every correction notice of a batch's cases is looked up here: the first byte is compared
   * before the whole id. */
  for (size_t i = 0; i < rules->material_count; i++) {
    const egca__material *m = &rules->materials[i];
    if (m->id[0] == id[0] && strcmp(m->id, id) == 0)
      return 1;
    for (size_t k = 0; k < m->sub_count; k++)
      if (m->subs[k].id[0] == id[0] && strcmp(m->subs[k].id, id) == 0)
        return 1;
  }
  return 0;
}

void egca__assess_rules_free(egca_assess_rules *rules)
{
  if (rules == NULL)
    return;
  egca__arena_free(&rules->mem);
  free(rules);
}
