/* egca — assess module: applicant profiles, the qualification conditions of 《电子政务电子认证服务管理办法》
 * 第六条 evaluated in three-valued logic, and the materials checklist of the service guide.
 *
 * The conditions and materials are data (rules/conditions.json, rules/materials.json), compiled here into
 * condition trees over the facts of a profile. The set of facts (their dotted paths, types and Chinese
 * names) is the profile format itself, so it lives in this file; a rule naming any other fact is rejected
 * when the rules load.
 *
 * Everything an object owns lives in its arena, so freeing it (or abandoning it half-built on an error
 * path) is one call. */
#include "rules_internal.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- Arena ---------------------------------------------------------------------------------------- */

typedef struct arena_block {
  struct arena_block *next;
  max_align_t data[];
} arena_block;

typedef struct arena {
  arena_block *head;
} arena;

static void *arena_alloc(arena *a, size_t size)
{
  arena_block *b = calloc(1, sizeof *b + (size == 0 ? 1 : size));
  if (b == NULL)
    return NULL;
  b->next = a->head;
  a->head = b;
  return b->data;
}

static void *arena_array(arena *a, size_t count, size_t size)
{
  if (count != 0 && size > SIZE_MAX / count)
    return NULL;
  return arena_alloc(a, count * size);
}

static char *arena_strndup(arena *a, const char *s, size_t n)
{
  char *copy = arena_alloc(a, n + 1);
  if (copy != NULL) {
    memcpy(copy, s, n);
    copy[n] = '\0';
  }
  return copy;
}

static char *arena_strdup(arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }

static void arena_free(arena *a)
{
  arena_block *b = a->head;
  while (b != NULL) {
    arena_block *next = b->next;
    free(b);
    b = next;
  }
  a->head = NULL;
}

/* --- Growing strings -------------------------------------------------------------------------------- */

typedef struct strbuf {
  char *buf;
  size_t len, cap;
  int failed;
} strbuf;

static void sb_appendn(strbuf *s, const char *text, size_t n)
{
  if (s->failed)
    return;
  if (s->len + n + 1 > s->cap) {
    size_t cap = s->cap == 0 ? 256 : s->cap;
    while (cap < s->len + n + 1)
      cap *= 2;
    char *grown = realloc(s->buf, cap);
    if (grown == NULL) {
      s->failed = 1;
      return;
    }
    s->buf = grown;
    s->cap = cap;
  }
  memcpy(s->buf + s->len, text, n);
  s->len += n;
  s->buf[s->len] = '\0';
}

static void sb_append(strbuf *s, const char *text) { sb_appendn(s, text, strlen(text)); }

static void sb_printf(strbuf *s, const char *fmt, ...) EGCA_PRINTF(2, 3);
static void sb_printf(strbuf *s, const char *fmt, ...)
{
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) {
    s->failed = 1;
    return;
  }
  if ((size_t)n < sizeof small) {
    sb_appendn(s, small, (size_t)n);
    return;
  }
  char *big = malloc((size_t)n + 1);
  if (big == NULL) {
    s->failed = 1;
    return;
  }
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  sb_appendn(s, big, (size_t)n);
  free(big);
}

static void sb_json_string(strbuf *s, const char *text)
{
  sb_append(s, "\"");
  for (const char *p = text; *p != '\0'; p++) {
    unsigned char c = (unsigned char)*p;
    if (c == '"')
      sb_append(s, "\\\"");
    else if (c == '\\')
      sb_append(s, "\\\\");
    else if (c == '\n')
      sb_append(s, "\\n");
    else if (c == '\t')
      sb_append(s, "\\t");
    else if (c == '\r')
      sb_append(s, "\\r");
    else if (c < 0x20)
      sb_printf(s, "\\u%04x", c);
    else
      sb_appendn(s, p, 1);
  }
  sb_append(s, "\"");
}

/* Moves the built text into the arena (or hands it over); NULL when building ran out of memory. */
static char *sb_to_arena(strbuf *s, arena *a)
{
  char *out = s->failed ? NULL : arena_strndup(a, s->buf != NULL ? s->buf : "", s->len);
  free(s->buf);
  memset(s, 0, sizeof *s);
  return out;
}

/* --- Facts: the profile format ---------------------------------------------------------------------- */

typedef enum value_type { TYPE_BOOL, TYPE_NUMBER, TYPE_COUNT, TYPE_STRING } value_type;

typedef struct fact_def {
  const char *path;
  value_type type;
  const char *label;
} fact_def;

/* Amounts and areas are non-negative; sums over facts rely on it (an absent addend can only raise a sum). */
#define AMOUNT_MAX 1e15
#define COUNT_MAX 1000000L

static const fact_def fact_defs[] = {
    {"applicant.name", TYPE_STRING, "申请人名称"},
    {"applicant.legal_person_type", TYPE_STRING, "法人类型"},
    {"funds.registered_capital_cny", TYPE_NUMBER, "注册资本（元）"},
    {"funds.operating_funds_cny", TYPE_NUMBER, "运营资金（元）"},
    {"funds.adequate", TYPE_BOOL, "资金相适应"},
    {"premises.area_m2", TYPE_NUMBER, "运营场所面积（平方米）"},
    {"premises.adequate", TYPE_BOOL, "运营场所相适应"},
    {"system.located_in_china", TYPE_BOOL, "电子认证服务系统在境内设置"},
    {"system.conforms_to_national_standards", TYPE_BOOL, "电子认证服务系统符合国家有关密码标准"},
    {"staff.technical", TYPE_COUNT, "专业技术人员"},
    {"staff.operations_management", TYPE_COUNT, "运营管理人员"},
    {"staff.security_management", TYPE_COUNT, "安全管理人员"},
    {"staff.customer_service", TYPE_COUNT, "客户服务人员"},
    {"staff.other_professional", TYPE_COUNT, "其他专业人员"},
    {"long_term_capacity.financial_status_good", TYPE_BOOL, "持续保持财务状况良好"},
    {"long_term_capacity.operating_funds_sufficient", TYPE_BOOL, "运营资金充足"},
    {"long_term_capacity.equipment_stable", TYPE_BOOL, "设备设施稳定运行"},
    {"long_term_capacity.staff_stable", TYPE_BOOL, "专业人员队伍稳定"},
    {"long_term_capacity.major_violation_record", TYPE_BOOL, "有重大违法记录"},
    {"long_term_capacity.bad_credit_record", TYPE_BOOL, "有不良信用记录"},
    {"management_system.business_operations", TYPE_BOOL, "业务运营管理体系"},
    {"management_system.system_operations", TYPE_BOOL, "电子认证服务系统运行管理体系"},
    {"management_system.personnel", TYPE_BOOL, "人员管理体系"},
    {"management_system.archives", TYPE_BOOL, "档案管理体系"},
    {"management_system.security_confidentiality", TYPE_BOOL, "安全保密管理体系"},
};

#define FACT_COUNT (sizeof fact_defs / sizeof fact_defs[0])
#define MATERIALS_KEY "materials"

static int fact_index(const char *path)
{
  for (size_t i = 0; i < FACT_COUNT; i++)
    if (strcmp(fact_defs[i].path, path) == 0)
      return (int)i;
  return -1;
}

static int is_numeric(value_type t) { return t == TYPE_NUMBER || t == TYPE_COUNT; }

static const char *type_noun(value_type t)
{
  switch (t) {
  case TYPE_BOOL: return "a boolean";
  case TYPE_STRING: return "a string";
  default: return "a number";
  }
}

/* A fact's value or a literal of a rule. */
typedef struct value {
  value_type type;
  double number;
  int boolean;
  const char *string;
} value;

/* The value as JSON text. */
static void sb_value_json(strbuf *s, const value *v)
{
  char num[64];
  switch (v->type) {
  case TYPE_BOOL: sb_append(s, v->boolean ? "true" : "false"); break;
  case TYPE_STRING: sb_json_string(s, v->string); break;
  default:
    egca__json_format_number(num, sizeof num, v->number);
    sb_append(s, num);
    break;
  }
}

/* The value as a reader sees it in the Chinese report. */
static void sb_value_human(strbuf *s, const value *v)
{
  char num[64];
  switch (v->type) {
  case TYPE_BOOL: sb_append(s, v->boolean ? "是" : "否"); break;
  case TYPE_STRING: sb_append(s, v->string); break;
  default:
    egca__json_format_number(num, sizeof num, v->number);
    sb_append(s, num);
    break;
  }
}

/* --- Profiles ------------------------------------------------------------------------------------- */

struct egca_profile {
  arena mem;
  char *text; /* the JSON text, kept so that egca_assess can point at a bad material id */
  size_t len;
  char *source;
  int present[FACT_COUNT];
  value values[FACT_COUNT];
  size_t material_count;
  const char **materials;
};

static size_t section_len(const char *path) { return (size_t)(strchr(path, '.') - path); }

static int section_known(const char *name)
{
  for (size_t i = 0; i < FACT_COUNT; i++)
    if (strlen(name) == section_len(fact_defs[i].path) && strncmp(fact_defs[i].path, name, strlen(name)) == 0)
      return 1;
  return 0;
}

static int parse_section(egca_profile *p, const egca__json_doc *doc, const cJSON *object, const char *pointer,
                         egca_error *err)
{
  int rc = egca__json_expect_object(doc, object, pointer, err);
  if (rc < 0)
    return rc;
  const char *name = object->string;
  const char *allowed[FACT_COUNT + 1];
  size_t n = 0;
  for (size_t i = 0; i < FACT_COUNT; i++)
    if (section_len(fact_defs[i].path) == strlen(name) && strncmp(fact_defs[i].path, name, strlen(name)) == 0)
      allowed[n++] = fact_defs[i].path + strlen(name) + 1;
  allowed[n] = NULL;
  rc = egca__json_check_keys(doc, object, pointer, allowed, err);
  if (rc < 0)
    return rc;
  for (size_t k = 0; k < n; k++) {
    char path[128];
    snprintf(path, sizeof path, "%s.%s", name, allowed[k]);
    int f = fact_index(path);
    value *v = &p->values[f];
    v->type = fact_defs[f].type;
    long count;
    const char *text;
    switch (v->type) {
    case TYPE_BOOL: rc = egca__json_get_bool(&v->boolean, doc, object, pointer, allowed[k], 0, err); break;
    case TYPE_NUMBER:
      rc = egca__json_get_number(&v->number, doc, object, pointer, allowed[k], -HUGE_VAL, HUGE_VAL, 0, err);
      if (rc > 0 && (v->number < 0 || v->number > AMOUNT_MAX)) {
        char p[512], num[64];
        egca__json_pointer_key(p, sizeof p, pointer, allowed[k]);
        egca__json_format_number(num, sizeof num, v->number);
        return egca__json_fail(err, EGCA_E_INVALID, doc, p, "%s is out of range (0 to 10^15)", num);
      }
      break;
    case TYPE_COUNT:
      rc = egca__json_get_int(&count, doc, object, pointer, allowed[k], 0, COUNT_MAX, 0, err);
      if (rc > 0)
        v->number = (double)count;
      break;
    case TYPE_STRING:
      rc = egca__json_get_string(&text, doc, object, pointer, allowed[k], 0, err);
      if (rc > 0 && (v->string = arena_strdup(&p->mem, text)) == NULL)
        return egca__fail_nomem(err);
      break;
    }
    if (rc < 0)
      return rc;
    p->present[f] = rc > 0;
  }
  return 0;
}

static int parse_materials(egca_profile *p, const egca__json_doc *doc, const cJSON *array, egca_error *err)
{
  const char *pointer = "/" MATERIALS_KEY;
  int rc = egca__json_expect_array(doc, array, pointer, err);
  if (rc < 0)
    return rc;
  size_t n = (size_t)cJSON_GetArraySize(array);
  p->materials = arena_array(&p->mem, n, sizeof *p->materials);
  if (p->materials == NULL)
    return egca__fail_nomem(err);
  char item_pointer[64];
  size_t i = 0;
  for (const cJSON *e = array->child; e != NULL; e = e->next, i++) {
    egca__json_pointer_index(item_pointer, sizeof item_pointer, pointer, i);
    if (!cJSON_IsString(e))
      return egca__json_fail(err, EGCA_E_INVALID, doc, item_pointer, "expected a material id (a string), found %s",
                             egca__json_type_name(e));
    for (size_t k = 0; k < i; k++)
      if (strcmp(p->materials[k], e->valuestring) == 0)
        return egca__json_fail(err, EGCA_E_INVALID, doc, item_pointer, "material \"%s\" is listed twice",
                               e->valuestring);
    if ((p->materials[i] = arena_strdup(&p->mem, e->valuestring)) == NULL)
      return egca__fail_nomem(err);
  }
  p->material_count = n;
  return 0;
}

static int profile_build(egca_profile *p, egca_error *err)
{
  egca__json_doc doc;
  int rc = egca__json_parse(&doc, p->text, p->len, p->source, err);
  if (rc < 0)
    return rc;
  const cJSON *root = doc.root;
  rc = egca__json_expect_object(&doc, root, "", err);
  for (const cJSON *m = rc < 0 ? NULL : root->child; rc >= 0 && m != NULL; m = m->next) {
    char pointer[256];
    egca__json_pointer_key(pointer, sizeof pointer, "", m->string);
    if (strcmp(m->string, MATERIALS_KEY) == 0)
      rc = parse_materials(p, &doc, m, err);
    else if (section_known(m->string))
      rc = parse_section(p, &doc, m, pointer, err);
    else
      rc = egca__json_fail_key(err, EGCA_E_INVALID, &doc, "", m->string, 1, "unknown field \"%s\"", m->string);
  }
  egca__json_doc_free(&doc);
  return rc < 0 ? rc : 0;
}

EGCA_API int egca_profile_parse(egca_profile **out, const char *json, size_t len, const char *source,
                                egca_error *err)
{
  *out = NULL;
  if (len > EGCA_PROFILE_TEXT_MAX)
    return egca__fail(err, EGCA_E_INVALID, source != NULL ? source : "<profile>", 0,
                      "profile is larger than the limit of %zu bytes", EGCA_PROFILE_TEXT_MAX);
  egca_profile *p = calloc(1, sizeof *p);
  if (p == NULL)
    return egca__fail_nomem(err);
  p->len = len;
  p->text = arena_strndup(&p->mem, json, len);
  p->source = arena_strdup(&p->mem, source != NULL ? source : "<profile>");
  int rc = p->text == NULL || p->source == NULL ? egca__fail_nomem(err) : profile_build(p, err);
  if (rc < 0) {
    egca_profile_free(p);
    return rc;
  }
  *out = p;
  return 0;
}

EGCA_API int egca_profile_load(egca_profile **out, const char *path, egca_error *err)
{
  *out = NULL;
  char *text;
  size_t len;
  int rc = egca__read_input(&text, &len, path, EGCA_PROFILE_TEXT_MAX, 1, err);
  if (rc < 0)
    return rc;
  rc = egca_profile_parse(out, text, len, path, err);
  free(text);
  return rc;
}

EGCA_API const char *egca_profile_applicant_name(const egca_profile *profile)
{
  int f = fact_index("applicant.name");
  return profile->present[f] ? profile->values[f].string : NULL;
}

EGCA_API void egca_profile_free(egca_profile *profile)
{
  if (profile == NULL)
    return;
  arena_free(&profile->mem);
  free(profile);
}

/* --- Compiled rules --------------------------------------------------------------------------------- */

typedef enum node_kind { NODE_ALL, NODE_ANY, NODE_NOT, NODE_COMPARE, NODE_IN, NODE_EXISTS, NODE_FINDING } node_kind;
typedef enum compare_op { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE } compare_op;

static const char *const compare_names[] = {"==", "!=", "<", "<=", ">", ">="};
static const char *const compare_symbols[] = {"=", "≠", "<", "≤", ">", "≥"};

typedef struct node {
  node_kind kind;
  compare_op op;
  size_t child_count; /* all, any, not */
  struct node *children;
  size_t fact_count;  /* compare, in: the operand (several facts for a sum); exists, finding: one */
  int *facts;
  int sum;
  const char *label;  /* a sum's name */
  value threshold;    /* compare */
  size_t literal_count; /* in */
  value *literals;
  size_t evidence_count; /* finding */
  int *evidence;
} node;

typedef struct advisory {
  const char *id;
  const char *note;
  node rule;
  size_t leaves;
} advisory;

typedef struct condition {
  const char *id;
  const char *title;
  const char *guide_item;
  egca_date effective_from;
  size_t basis_count;
  const char **basis;
  node rule;
  size_t leaves;
  size_t advisory_count;
  advisory *advisories;
} condition;

typedef struct material {
  const char *id;
  const char *item;
  const char *title;
  egca_date effective_from;
  size_t evidence_count;
  size_t *evidences; /* condition indices */
  size_t sub_count;
  egca_material_ref *subs; /* ids in full: "funds.registered_capital" */
} material;

struct egca_assess_rules {
  arena mem;
  size_t condition_count;
  condition *conditions;
  size_t material_count;
  material *materials;
  const char *notice_title;
  const char *notice_licence;
  const char *notice_basis;
};

/* Deep enough for any real rule; bounds the recursion on hostile input. */
#define NODE_DEPTH_MAX 32

typedef struct compiler {
  const egca__json_doc *doc;
  arena *mem;
  egca_error *err;
} compiler;

static char *copy_string(compiler *c, const char *s)
{
  char *copy = arena_strdup(c->mem, s);
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
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, p, "must not be empty");
  }
  return (*out = copy_string(c, text)) != NULL ? 1 : EGCA_E_NOMEM;
}

static int get_member(compiler *c, const cJSON **out, const cJSON *object, const char *pointer, const char *key)
{
  *out = cJSON_GetObjectItemCaseSensitive(object, key);
  if (*out == NULL)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer, "missing required field \"%s\"", key);
  return 0;
}

static int fact_ref(compiler *c, int *out, const cJSON *v, const char *pointer)
{
  if (!cJSON_IsString(v))
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer, "expected a fact path (a string), found %s",
                           egca__json_type_name(v));
  *out = fact_index(v->valuestring);
  if (*out < 0)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer, "unknown fact \"%s\"", v->valuestring);
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
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer, "expected at least one fact");
  int *facts = arena_array(c->mem, n, sizeof *facts);
  if (facts == NULL)
    return egca__fail_nomem(c->err);
  size_t i = 0;
  char p[512];
  for (const cJSON *e = array->child; e != NULL; e = e->next, i++) {
    egca__json_pointer_index(p, sizeof p, pointer, i);
    if ((rc = fact_ref(c, &facts[i], e, p)) < 0)
      return rc;
    if (numeric && !is_numeric(fact_defs[facts[i]].type))
      return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, p, "fact \"%s\" is %s, not a number",
                             fact_defs[facts[i]].path, type_noun(fact_defs[facts[i]].type));
    for (size_t k = 0; k < i; k++)
      if (facts[k] == facts[i])
        return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, p, "fact \"%s\" is listed twice",
                               fact_defs[facts[i]].path);
  }
  *out = facts;
  *count = n;
  return 0;
}

/* The left side of a comparison: {"fact": PATH} or {"sum": [PATH, ...], "label": TEXT}. */
static int compile_operand(compiler *c, node *n, const cJSON *v, const char *pointer)
{
  if (!cJSON_IsObject(v))
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer,
                           "expected an operand {\"fact\": PATH} or {\"sum\": [PATH, ...]}, found %s",
                           egca__json_type_name(v));
  char p[512];
  const cJSON *fact = cJSON_GetObjectItemCaseSensitive(v, "fact");
  const cJSON *sum = cJSON_GetObjectItemCaseSensitive(v, "sum");
  int rc;
  if (fact != NULL) {
    static const char *const keys[] = {"fact", NULL};
    if ((rc = egca__json_check_keys(c->doc, v, pointer, keys, c->err)) < 0)
      return rc;
    n->facts = arena_alloc(c->mem, sizeof *n->facts);
    if (n->facts == NULL)
      return egca__fail_nomem(c->err);
    n->fact_count = 1;
    egca__json_pointer_key(p, sizeof p, pointer, "fact");
    return fact_ref(c, &n->facts[0], fact, p);
  }
  if (sum != NULL) {
    static const char *const keys[] = {"sum", "label", NULL};
    if ((rc = egca__json_check_keys(c->doc, v, pointer, keys, c->err)) < 0)
      return rc;
    n->sum = 1;
    if ((rc = get_text(c, &n->label, v, pointer, "label", 0)) < 0)
      return rc;
    if (rc == 0)
      n->label = "合计";
    egca__json_pointer_key(p, sizeof p, pointer, "sum");
    return fact_list(c, &n->facts, &n->fact_count, sum, p, 1, 0);
  }
  return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer,
                         "expected an operand {\"fact\": PATH} or {\"sum\": [PATH, ...]}");
}

static value_type operand_type(const node *n) { return n->sum ? TYPE_NUMBER : fact_defs[n->facts[0]].type; }

static int all_counts(const node *n)
{
  for (size_t i = 0; i < n->fact_count; i++)
    if (fact_defs[n->facts[i]].type != TYPE_COUNT)
      return 0;
  return 1;
}

/* A literal that must have the operand's type. */
static int compile_literal(compiler *c, value *out, const cJSON *v, const char *pointer, const node *n)
{
  value_type want = operand_type(n);
  int ok = (is_numeric(want) && cJSON_IsNumber(v) && isfinite(v->valuedouble)) ||
           (want == TYPE_BOOL && cJSON_IsBool(v)) || (want == TYPE_STRING && cJSON_IsString(v));
  if (!ok)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer, "expected %s to compare with %s, found %s",
                           type_noun(want), n->sum ? "a sum" : fact_defs[n->facts[0]].path, egca__json_type_name(v));
  out->type = want;
  /* A head count, or a sum of them, is a whole number: a literal it is compared with is read as written,
   * so that 29.999999999999999999 is refused rather than rounded to 30 (第六条（五）'s threshold). */
  if (want == TYPE_COUNT || (n->sum && all_counts(n))) {
    long whole;
    int rc = egca__json_integer_at(&whole, c->doc, v, pointer, -COUNT_MAX, COUNT_MAX, c->err);
    if (rc < 0)
      return rc;
  }
  if (is_numeric(want))
    out->number = v->valuedouble;
  else if (want == TYPE_BOOL)
    out->boolean = cJSON_IsTrue(v);
  else if ((out->string = copy_string(c, v->valuestring)) == NULL)
    return EGCA_E_NOMEM;
  return 0;
}

static int expect_arity(compiler *c, const cJSON *args, const char *pointer, const char *op, size_t min, size_t max)
{
  if (!cJSON_IsArray(args))
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer, "operator \"%s\" takes an array, found %s", op,
                           egca__json_type_name(args));
  size_t n = (size_t)cJSON_GetArraySize(args);
  if (n < min || n > max) {
    if (min == max)
      return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer, "operator \"%s\" takes %zu argument%s, found %zu",
                             op, min, min == 1 ? "" : "s", n);
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer, "operator \"%s\" takes at least %zu argument%s",
                           op, min, min == 1 ? "" : "s");
  }
  return 0;
}

static int compile_node(compiler *c, node *n, size_t *leaves, const cJSON *v, const char *pointer, int depth);

static int compile_children(compiler *c, node *n, size_t *leaves, const cJSON *args, const char *pointer,
                            int depth)
{
  n->child_count = (size_t)cJSON_GetArraySize(args);
  n->children = arena_array(c->mem, n->child_count, sizeof *n->children);
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

static int compile_finding(compiler *c, node *n, const cJSON *arg, const char *pointer)
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
  n->facts = arena_alloc(c->mem, sizeof *n->facts);
  if (n->facts == NULL)
    return egca__fail_nomem(c->err);
  n->fact_count = 1;
  if ((rc = fact_ref(c, &n->facts[0], fact, p)) < 0)
    return rc;
  if (fact_defs[n->facts[0]].type != TYPE_BOOL)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, p, "a reviewer's finding must be a boolean fact; \"%s\" is %s",
                           fact_defs[n->facts[0]].path, type_noun(fact_defs[n->facts[0]].type));
  const cJSON *evidence = cJSON_GetObjectItemCaseSensitive(arg, "evidence");
  if (evidence == NULL)
    return 0;
  egca__json_pointer_key(p, sizeof p, pointer, "evidence");
  return fact_list(c, &n->evidence, &n->evidence_count, evidence, p, 0, 1);
}

/* A condition node: an object with exactly one operator. */
static int compile_node(compiler *c, node *n, size_t *leaves, const cJSON *v, const char *pointer, int depth)
{
  if (depth > NODE_DEPTH_MAX)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer, "condition nested deeper than %d levels",
                           NODE_DEPTH_MAX);
  if (!cJSON_IsObject(v))
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer, "expected a condition (an object), found %s",
                           egca__json_type_name(v));
  const cJSON *m = v->child;
  if (m == NULL)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer, "a condition needs exactly one operator, found none");
  if (m->next != NULL)
    return egca__json_fail_key(c->err, EGCA_E_INVALID, c->doc, pointer, m->next->string, 1,
                               "a condition has exactly one operator; \"%s\" follows \"%s\"", m->next->string,
                               m->string);
  const char *op = m->string;
  char p[512];
  egca__json_pointer_key(p, sizeof p, pointer, op);
  int rc;
  memset(n, 0, sizeof *n);
  if (strcmp(op, "all") == 0 || strcmp(op, "any") == 0 || strcmp(op, "not") == 0) {
    n->kind = op[0] == 'n' ? NODE_NOT : op[1] == 'l' ? NODE_ALL : NODE_ANY;
    if ((rc = expect_arity(c, m, p, op, 1, n->kind == NODE_NOT ? 1 : SIZE_MAX)) < 0)
      return rc;
    return compile_children(c, n, leaves, m, p, depth);
  }
  if (strcmp(op, "exists") == 0) {
    n->kind = NODE_EXISTS;
    n->facts = arena_alloc(c->mem, sizeof *n->facts);
    if (n->facts == NULL)
      return egca__fail_nomem(c->err);
    n->fact_count = 1;
    ++*leaves;
    return fact_ref(c, &n->facts[0], m, p);
  }
  if (strcmp(op, "finding") == 0) {
    n->kind = NODE_FINDING;
    ++*leaves;
    return compile_finding(c, n, m, p);
  }
  char arg[512];
  if (strcmp(op, "in") == 0) {
    n->kind = NODE_IN;
    if ((rc = expect_arity(c, m, p, op, 2, 2)) < 0)
      return rc;
    egca__json_pointer_index(arg, sizeof arg, p, 0);
    if ((rc = compile_operand(c, n, m->child, arg)) < 0)
      return rc;
    const cJSON *list = m->child->next;
    egca__json_pointer_index(arg, sizeof arg, p, 1);
    if (!cJSON_IsArray(list) || cJSON_GetArraySize(list) == 0)
      return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, arg, "operator \"in\" needs a non-empty array of values");
    n->literal_count = (size_t)cJSON_GetArraySize(list);
    n->literals = arena_array(c->mem, n->literal_count, sizeof *n->literals);
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
  for (size_t k = 0; k < sizeof compare_names / sizeof compare_names[0]; k++) {
    if (strcmp(op, compare_names[k]) != 0)
      continue;
    n->kind = NODE_COMPARE;
    n->op = (compare_op)k;
    if ((rc = expect_arity(c, m, p, op, 2, 2)) < 0)
      return rc;
    egca__json_pointer_index(arg, sizeof arg, p, 0);
    if ((rc = compile_operand(c, n, m->child, arg)) < 0)
      return rc;
    if (n->op != OP_EQ && n->op != OP_NE && !is_numeric(operand_type(n)))
      return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, arg, "operator \"%s\" orders numbers; \"%s\" is %s", op,
                             fact_defs[n->facts[0]].path, type_noun(operand_type(n)));
    egca__json_pointer_index(arg, sizeof arg, p, 1);
    if ((rc = compile_literal(c, &n->threshold, m->child->next, arg, n)) < 0)
      return rc;
    ++*leaves;
    return 0;
  }
  return egca__json_fail_key(c->err, EGCA_E_INVALID, c->doc, pointer, op, 1,
                             "unknown operator \"%s\" (expected all, any, not, ==, !=, <, <=, >, >=, in, exists, "
                             "finding)",
                             op);
}

/* "《LAW》ARTICLE[PARAGRAPH][第ITEM项]" from {"law", "article", "paragraph", "item"}. */
static int compile_citation(compiler *c, const char **out, const cJSON *v, const char *pointer)
{
  static const char *const keys[] = {"law", "article", "paragraph", "item", NULL};
  int rc = egca__json_expect_object(c->doc, v, pointer, c->err);
  if (rc < 0 || (rc = egca__json_check_keys(c->doc, v, pointer, keys, c->err)) < 0)
    return rc;
  const char *law, *article, *paragraph = NULL, *item = NULL;
  if ((rc = get_text(c, &law, v, pointer, "law", 1)) < 0 || (rc = get_text(c, &article, v, pointer, "article", 1)) < 0 ||
      (rc = get_text(c, &paragraph, v, pointer, "paragraph", 0)) < 0 ||
      (rc = get_text(c, &item, v, pointer, "item", 0)) < 0)
    return rc;
  strbuf s = {0};
  sb_printf(&s, "《%s》%s%s", law, article, paragraph != NULL ? paragraph : "");
  if (item != NULL)
    sb_printf(&s, "第%s项", item);
  if ((*out = sb_to_arena(&s, c->mem)) == NULL)
    return egca__fail_nomem(c->err);
  return 0;
}

/* {"section", "item"} of the service guide; *item may be NULL. */
static int compile_guide(compiler *c, const char **citation, const char **item, const cJSON *object,
                         const char *pointer, int item_required)
{
  const cJSON *v;
  int rc = get_member(c, &v, object, pointer, "guide");
  char p[512];
  egca__json_pointer_key(p, sizeof p, pointer, "guide");
  static const char *const keys[] = {"section", "item", NULL};
  if (rc < 0 || (rc = egca__json_expect_object(c->doc, v, p, c->err)) < 0 ||
      (rc = egca__json_check_keys(c->doc, v, p, keys, c->err)) < 0)
    return rc;
  const char *section, *it = NULL;
  if ((rc = get_text(c, &section, v, p, "section", 1)) < 0 || (rc = get_text(c, &it, v, p, "item", item_required)) < 0)
    return rc;
  if (item != NULL)
    *item = it;
  if (citation != NULL) {
    strbuf s = {0};
    sb_printf(&s, "服务指南「%s」%s", section, it != NULL ? it : "");
    if ((*citation = sb_to_arena(&s, c->mem)) == NULL)
      return egca__fail_nomem(c->err);
  }
  return 0;
}

static int duplicate_id(compiler *c, const char *id, const char *pointer)
{
  char p[512];
  egca__json_pointer_key(p, sizeof p, pointer, "id");
  return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, p, "id \"%s\" is used twice", id);
}

static int check_id_syntax(compiler *c, const char *id, const char *pointer)
{
  for (const char *s = id; *s != '\0'; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_')) {
      char p[512];
      egca__json_pointer_key(p, sizeof p, pointer, "id");
      return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, p,
                             "id \"%s\" may hold only lower-case letters, digits and \"_\"", id);
    }
  return 0;
}

static int compile_advisories(compiler *c, condition *cond, const cJSON *array, const char *pointer)
{
  int rc = egca__json_expect_array(c->doc, array, pointer, c->err);
  if (rc < 0)
    return rc;
  cond->advisory_count = (size_t)cJSON_GetArraySize(array);
  cond->advisories = arena_array(c->mem, cond->advisory_count, sizeof *cond->advisories);
  if (cond->advisories == NULL)
    return egca__fail_nomem(c->err);
  static const char *const keys[] = {"id", "note", "rule", NULL};
  size_t i = 0;
  char p[512], rp[512];
  for (const cJSON *e = array->child; e != NULL; e = e->next, i++) {
    advisory *a = &cond->advisories[i];
    egca__json_pointer_index(p, sizeof p, pointer, i);
    const cJSON *rule;
    if ((rc = egca__json_expect_object(c->doc, e, p, c->err)) < 0 ||
        (rc = egca__json_check_keys(c->doc, e, p, keys, c->err)) < 0 || (rc = get_text(c, &a->id, e, p, "id", 1)) < 0 ||
        (rc = check_id_syntax(c, a->id, p)) < 0 || (rc = get_text(c, &a->note, e, p, "note", 1)) < 0 ||
        (rc = get_member(c, &rule, e, p, "rule")) < 0)
      return rc;
    for (size_t k = 0; k < i; k++)
      if (strcmp(cond->advisories[k].id, a->id) == 0) {
        egca__json_pointer_key(rp, sizeof rp, p, "id");
        return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, rp, "id \"%s\" is used twice", a->id);
      }
    egca__json_pointer_key(rp, sizeof rp, p, "rule");
    if ((rc = compile_node(c, &a->rule, &a->leaves, rule, rp, 0)) < 0)
      return rc;
  }
  return 0;
}

static int compile_condition(compiler *c, condition *cond, const cJSON *v, const char *pointer)
{
  static const char *const keys[] = {"id", "title", "effective_from", "basis", "guide", "rule", "advisories", NULL};
  int rc = egca__json_expect_object(c->doc, v, pointer, c->err);
  if (rc < 0 || (rc = egca__json_check_keys(c->doc, v, pointer, keys, c->err)) < 0 ||
      (rc = get_text(c, &cond->id, v, pointer, "id", 1)) < 0 || (rc = check_id_syntax(c, cond->id, pointer)) < 0 ||
      (rc = get_text(c, &cond->title, v, pointer, "title", 1)) < 0 ||
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
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, p, "a condition needs its legal basis");
  /* The citations, then the guide's section. */
  cond->basis_count = (size_t)cJSON_GetArraySize(basis) + 1;
  cond->basis = arena_array(c->mem, cond->basis_count, sizeof *cond->basis);
  if (cond->basis == NULL)
    return egca__fail_nomem(c->err);
  size_t i = 0;
  char ep[512];
  for (const cJSON *e = basis->child; e != NULL; e = e->next, i++) {
    egca__json_pointer_index(ep, sizeof ep, p, i);
    if ((rc = compile_citation(c, &cond->basis[i], e, ep)) < 0)
      return rc;
  }
  if ((rc = compile_guide(c, &cond->basis[i], &cond->guide_item, v, pointer, 1)) < 0)
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
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, "/conditions", "no conditions");
  r->conditions = arena_array(c->mem, r->condition_count, sizeof *r->conditions);
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

static int compile_sub_items(compiler *c, material *m, const cJSON *array, const char *pointer)
{
  int rc = egca__json_expect_array(c->doc, array, pointer, c->err);
  if (rc < 0)
    return rc;
  m->sub_count = (size_t)cJSON_GetArraySize(array);
  if (m->sub_count == 0)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, pointer, "an empty list of sub-items: leave it out");
  m->subs = arena_array(c->mem, m->sub_count, sizeof *m->subs);
  if (m->subs == NULL)
    return egca__fail_nomem(c->err);
  static const char *const keys[] = {"id", "title", NULL};
  size_t i = 0;
  char p[512];
  for (const cJSON *e = array->child; e != NULL; e = e->next, i++) {
    egca__json_pointer_index(p, sizeof p, pointer, i);
    const char *id;
    if ((rc = egca__json_expect_object(c->doc, e, p, c->err)) < 0 ||
        (rc = egca__json_check_keys(c->doc, e, p, keys, c->err)) < 0 || (rc = get_text(c, &id, e, p, "id", 1)) < 0 ||
        (rc = check_id_syntax(c, id, p)) < 0 || (rc = get_text(c, &m->subs[i].title, e, p, "title", 1)) < 0)
      return rc;
    strbuf s = {0};
    sb_printf(&s, "%s.%s", m->id, id);
    if ((m->subs[i].id = sb_to_arena(&s, c->mem)) == NULL)
      return egca__fail_nomem(c->err);
    for (size_t k = 0; k < i; k++)
      if (strcmp(m->subs[k].id, m->subs[i].id) == 0) {
        char ip[512];
        egca__json_pointer_key(ip, sizeof ip, p, "id");
        return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, ip, "id \"%s\" is used twice", id);
      }
  }
  return 0;
}

static int compile_material(compiler *c, const egca_assess_rules *r, material *m, const cJSON *v, const char *pointer)
{
  static const char *const keys[] = {"id", "title", "effective_from", "guide", "evidences", "sub_items", NULL};
  int rc = egca__json_expect_object(c->doc, v, pointer, c->err);
  if (rc < 0 || (rc = egca__json_check_keys(c->doc, v, pointer, keys, c->err)) < 0 ||
      (rc = get_text(c, &m->id, v, pointer, "id", 1)) < 0 || (rc = check_id_syntax(c, m->id, pointer)) < 0 ||
      (rc = get_text(c, &m->title, v, pointer, "title", 1)) < 0 ||
      (rc = egca__json_get_date(&m->effective_from, c->doc, v, pointer, "effective_from", 1, c->err)) < 0 ||
      (rc = compile_guide(c, NULL, &m->item, v, pointer, 1)) < 0)
    return rc;
  const cJSON *evidences;
  char p[512];
  if ((rc = get_member(c, &evidences, v, pointer, "evidences")) < 0)
    return rc;
  egca__json_pointer_key(p, sizeof p, pointer, "evidences");
  if ((rc = egca__json_expect_array(c->doc, evidences, p, c->err)) < 0)
    return rc;
  m->evidence_count = (size_t)cJSON_GetArraySize(evidences);
  m->evidences = arena_array(c->mem, m->evidence_count, sizeof *m->evidences);
  if (m->evidences == NULL)
    return egca__fail_nomem(c->err);
  size_t i = 0;
  char ep[512];
  for (const cJSON *e = evidences->child; e != NULL; e = e->next, i++) {
    egca__json_pointer_index(ep, sizeof ep, p, i);
    if (!cJSON_IsString(e))
      return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, ep, "expected a condition id (a string), found %s",
                             egca__json_type_name(e));
    size_t k = 0;
    while (k < r->condition_count && strcmp(r->conditions[k].id, e->valuestring) != 0)
      k++;
    if (k == r->condition_count)
      return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, ep, "unknown condition \"%s\"", e->valuestring);
    for (size_t j = 0; j < i; j++)
      if (m->evidences[j] == k)
        return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, ep, "condition \"%s\" is listed twice", e->valuestring);
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
  static const char *const keys[] = {"title", "licence", "basis", NULL};
  const char *p = "/notice";
  int rc = get_member(c, &v, root, "", "notice");
  if (rc < 0 || (rc = egca__json_expect_object(c->doc, v, p, c->err)) < 0 ||
      (rc = egca__json_check_keys(c->doc, v, p, keys, c->err)) < 0 ||
      (rc = get_text(c, &r->notice_title, v, p, "title", 1)) < 0 ||
      (rc = get_text(c, &r->notice_licence, v, p, "licence", 1)) < 0)
    return rc;
  const cJSON *basis;
  if ((rc = get_member(c, &basis, v, p, "basis")) < 0)
    return rc;
  return compile_citation(c, &r->notice_basis, basis, "/notice/basis");
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
      const char *citation;
      egca__json_pointer_index(p, sizeof p, "/basis", i);
      if ((rc = compile_citation(c, &citation, e, p)) < 0)
        return rc;
    }
  }
  if (cJSON_GetObjectItemCaseSensitive(root, "guide") != NULL && (rc = compile_guide(c, NULL, NULL, root, "", 0)) < 0)
    return rc;
  if ((rc = compile_notice(c, r, root)) < 0)
    return rc;
  const cJSON *list;
  if ((rc = get_member(c, &list, root, "", "materials")) < 0 ||
      (rc = egca__json_expect_array(c->doc, list, "/materials", c->err)) < 0)
    return rc;
  r->material_count = (size_t)cJSON_GetArraySize(list);
  if (r->material_count == 0)
    return egca__json_fail(c->err, EGCA_E_INVALID, c->doc, "/materials", "no materials");
  r->materials = arena_array(c->mem, r->material_count, sizeof *r->materials);
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
                             const egca__json_doc *materials, egca_error *err)
{
  *out = NULL;
  egca_assess_rules *r = calloc(1, sizeof *r);
  if (r == NULL)
    return egca__fail_nomem(err);
  compiler c = {conditions, &r->mem, err};
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
  for (size_t i = 0; i < rules->material_count; i++) {
    const material *m = &rules->materials[i];
    if (strcmp(m->id, id) == 0)
      return 1;
    for (size_t k = 0; k < m->sub_count; k++)
      if (strcmp(m->subs[k].id, id) == 0)
        return 1;
  }
  return 0;
}

void egca__assess_rules_free(egca_assess_rules *rules)
{
  if (rules == NULL)
    return;
  arena_free(&rules->mem);
  free(rules);
}

/* --- Evaluation ----------------------------------------------------------------------------------- */

/* Kleene's strong three-valued logic, with "unknown" split in two: a fact the profile lacks (unknown)
 * and a judgement the law leaves to the reviewer that is not yet recorded (needs_review). A missing fact
 * outranks a missing finding: the reviewer judges after the facts are in. */
static egca_verdict verdict_and(egca_verdict a, egca_verdict b)
{
  if (a == EGCA_VERDICT_NOT_MET || b == EGCA_VERDICT_NOT_MET)
    return EGCA_VERDICT_NOT_MET;
  if (a == EGCA_VERDICT_UNKNOWN || b == EGCA_VERDICT_UNKNOWN)
    return EGCA_VERDICT_UNKNOWN;
  if (a == EGCA_VERDICT_NEEDS_REVIEW || b == EGCA_VERDICT_NEEDS_REVIEW)
    return EGCA_VERDICT_NEEDS_REVIEW;
  return EGCA_VERDICT_MET;
}

static egca_verdict verdict_or(egca_verdict a, egca_verdict b)
{
  if (a == EGCA_VERDICT_MET || b == EGCA_VERDICT_MET)
    return EGCA_VERDICT_MET;
  if (a == EGCA_VERDICT_UNKNOWN || b == EGCA_VERDICT_UNKNOWN)
    return EGCA_VERDICT_UNKNOWN;
  if (a == EGCA_VERDICT_NEEDS_REVIEW || b == EGCA_VERDICT_NEEDS_REVIEW)
    return EGCA_VERDICT_NEEDS_REVIEW;
  return EGCA_VERDICT_NOT_MET;
}

static egca_verdict verdict_not(egca_verdict a)
{
  return a == EGCA_VERDICT_MET ? EGCA_VERDICT_NOT_MET : a == EGCA_VERDICT_NOT_MET ? EGCA_VERDICT_MET : a;
}

static egca_verdict from_bool(int b) { return b ? EGCA_VERDICT_MET : EGCA_VERDICT_NOT_MET; }

static const char *result_words(egca_verdict v)
{
  switch (v) {
  case EGCA_VERDICT_MET: return "满足";
  case EGCA_VERDICT_NOT_MET: return "不满足";
  case EGCA_VERDICT_UNKNOWN: return "无法判断";
  default: return "需评审认定";
  }
}

typedef struct evaluation {
  arena *mem;
  const egca_profile *profile;
  egca_reason *reasons; /* sized by the compiled leaf count */
  size_t reason_count;
  const char **missing; /* sized by the number of fact references */
  size_t missing_count;
  int failed;
} evaluation;

static void note_missing(evaluation *e, int fact)
{
  if (e->missing == NULL)
    return;
  for (size_t i = 0; i < e->missing_count; i++)
    if (strcmp(e->missing[i], fact_defs[fact].path) == 0)
      return;
  e->missing[e->missing_count++] = fact_defs[fact].path;
}

static int compare_numbers(double a, compare_op op, double b)
{
  switch (op) {
  case OP_EQ: return a == b;
  case OP_NE: return a != b;
  case OP_LT: return a < b;
  case OP_LE: return a <= b;
  case OP_GT: return a > b;
  default: return a >= b;
  }
}

static int values_equal(const value *a, const value *b)
{
  if (is_numeric(a->type))
    return a->number == b->number;
  if (a->type == TYPE_BOOL)
    return a->boolean == b->boolean;
  return strcmp(a->string, b->string) == 0;
}

/* A sum over non-negative facts of which some are absent lies in [lo, +inf): decide when every value of
 * that interval gives the same answer. */
static egca_verdict compare_interval(double lo, int bounded, compare_op op, double c)
{
  if (bounded)
    return from_bool(compare_numbers(lo, op, c));
  switch (op) {
  case OP_GE: return lo >= c ? EGCA_VERDICT_MET : EGCA_VERDICT_UNKNOWN;
  case OP_GT: return lo > c ? EGCA_VERDICT_MET : EGCA_VERDICT_UNKNOWN;
  case OP_LE: return lo > c ? EGCA_VERDICT_NOT_MET : EGCA_VERDICT_UNKNOWN;
  case OP_LT: return lo >= c ? EGCA_VERDICT_NOT_MET : EGCA_VERDICT_UNKNOWN;
  case OP_EQ: return lo > c ? EGCA_VERDICT_NOT_MET : EGCA_VERDICT_UNKNOWN;
  default: return lo > c ? EGCA_VERDICT_MET : EGCA_VERDICT_UNKNOWN;
  }
}

static char *value_json(evaluation *e, const value *v)
{
  strbuf s = {0};
  sb_value_json(&s, v);
  char *text = sb_to_arena(&s, e->mem);
  if (text == NULL)
    e->failed = 1;
  return text;
}

/* Fills an array of egca_fact_value for facts; returns it (NULL for none or on failure). */
static egca_fact_value *fact_values(evaluation *e, const int *facts, size_t count)
{
  if (count == 0)
    return NULL;
  egca_fact_value *out = arena_array(e->mem, count, sizeof *out);
  if (out == NULL) {
    e->failed = 1;
    return NULL;
  }
  for (size_t i = 0; i < count; i++) {
    int f = facts[i];
    out[i].fact = fact_defs[f].path;
    out[i].label = fact_defs[f].label;
    out[i].value = e->profile->present[f] ? value_json(e, &e->profile->values[f]) : NULL;
  }
  return out;
}

/* "label 12、label 未填写" */
static void sb_fact_list(strbuf *s, const egca_profile *p, const int *facts, size_t count)
{
  for (size_t i = 0; i < count; i++) {
    int f = facts[i];
    sb_printf(s, "%s%s ", i ? "，" : "", fact_defs[f].label);
    if (p->present[f])
      sb_value_human(s, &p->values[f]);
    else
      sb_append(s, "未填写");
  }
}

static void sb_threshold_human(strbuf *s, const node *n)
{
  if (n->kind == NODE_IN) {
    sb_append(s, "属于 ");
    for (size_t i = 0; i < n->literal_count; i++) {
      if (i)
        sb_append(s, "、");
      sb_value_human(s, &n->literals[i]);
    }
  } else {
    sb_printf(s, " %s ", compare_symbols[n->op]);
    sb_value_human(s, &n->threshold);
  }
}

static void sb_threshold_json(strbuf *s, const node *n)
{
  if (n->kind == NODE_IN) {
    sb_append(s, "[");
    for (size_t i = 0; i < n->literal_count; i++) {
      if (i)
        sb_append(s, ", ");
      sb_value_json(s, &n->literals[i]);
    }
    sb_append(s, "]");
  } else {
    sb_value_json(s, &n->threshold);
  }
}

static egca_verdict eval_leaf(evaluation *e, const node *n)
{
  const egca_profile *p = e->profile;
  egca_reason *r = &e->reasons[e->reason_count++];
  memset(r, 0, sizeof *r);
  r->fact_count = n->fact_count;
  r->facts = fact_values(e, n->facts, n->fact_count);
  strbuf text = {0};
  egca_verdict v;
  int f = n->facts[0];
  if (n->kind == NODE_EXISTS) {
    r->op = "exists";
    v = from_bool(p->present[f]);
    r->value = r->facts != NULL ? r->facts[0].value : NULL;
    sb_printf(&text, "%s（%s）%s：%s", fact_defs[f].label, fact_defs[f].path, p->present[f] ? "已填写" : "未填写",
              result_words(v));
  } else if (n->kind == NODE_FINDING) {
    r->op = "finding";
    r->evidence_count = n->evidence_count;
    r->evidence = fact_values(e, n->evidence, n->evidence_count);
    r->value = r->facts != NULL ? r->facts[0].value : NULL;
    if (p->present[f]) {
      v = from_bool(p->values[f].boolean);
      sb_printf(&text, "评审结论：%s（%s）为 %s：%s", fact_defs[f].label, fact_defs[f].path,
                p->values[f].boolean ? "是" : "否", result_words(v));
    } else {
      v = EGCA_VERDICT_NEEDS_REVIEW;
      note_missing(e, f);
      sb_printf(&text, "%s（%s）未记录评审结论：%s", fact_defs[f].label, fact_defs[f].path, result_words(v));
    }
    if (n->evidence_count > 0) {
      sb_append(&text, "；证据：");
      sb_fact_list(&text, p, n->evidence, n->evidence_count);
    }
  } else {
    r->op = n->kind == NODE_IN ? "in" : compare_names[n->op];
    strbuf threshold = {0};
    sb_threshold_json(&threshold, n);
    if ((r->threshold = sb_to_arena(&threshold, e->mem)) == NULL)
      e->failed = 1;
    /* The operand: one fact, or a sum whose absent addends leave only a lower bound. */
    double total = 0;
    size_t absent = 0;
    for (size_t i = 0; i < n->fact_count; i++) {
      if (p->present[n->facts[i]])
        total += p->values[n->facts[i]].number;
      else
        absent++;
    }
    if (!n->sum) {
      if (!p->present[f]) {
        v = EGCA_VERDICT_UNKNOWN;
      } else if (n->kind == NODE_IN) {
        int found = 0;
        for (size_t i = 0; i < n->literal_count; i++)
          found |= values_equal(&p->values[f], &n->literals[i]);
        v = from_bool(found);
      } else if (is_numeric(p->values[f].type)) {
        v = from_bool(compare_numbers(p->values[f].number, n->op, n->threshold.number));
      } else {
        int eq = values_equal(&p->values[f], &n->threshold);
        v = from_bool(n->op == OP_EQ ? eq : !eq);
      }
      r->value = r->facts != NULL ? r->facts[0].value : NULL;
      sb_printf(&text, "%s（%s）", fact_defs[f].label, fact_defs[f].path);
      if (p->present[f]) {
        sb_append(&text, "为 ");
        sb_value_human(&text, &p->values[f]);
      } else {
        sb_append(&text, "未填写");
      }
    } else {
      if (n->kind == NODE_IN) {
        int found = 0;
        for (size_t i = 0; i < n->literal_count; i++)
          found |= total == n->literals[i].number;
        v = absent > 0 ? EGCA_VERDICT_UNKNOWN : from_bool(found);
      } else {
        v = compare_interval(total, absent == 0, n->op, n->threshold.number);
      }
      value sum = {.type = TYPE_NUMBER, .number = total};
      r->value = value_json(e, &sum);
      r->partial = absent > 0;
      sb_printf(&text, "%s%s为 ", n->label, absent > 0 ? "（已填写部分）" : "");
      sb_value_human(&text, &sum);
    }
    sb_append(&text, "，要求");
    sb_threshold_human(&text, n);
    sb_printf(&text, "：%s", result_words(v));
    if (n->sum) {
      sb_append(&text, "（");
      sb_fact_list(&text, p, n->facts, n->fact_count);
      sb_append(&text, "）");
    }
    if (v == EGCA_VERDICT_UNKNOWN)
      for (size_t i = 0; i < n->fact_count; i++)
        if (!p->present[n->facts[i]])
          note_missing(e, n->facts[i]);
  }
  r->result = v;
  if ((r->text = sb_to_arena(&text, e->mem)) == NULL)
    e->failed = 1;
  return v;
}

/* Every child is evaluated, whatever the ones before it gave: the report lists every leaf. */
static egca_verdict eval_node(evaluation *e, const node *n)
{
  switch (n->kind) {
  case NODE_ALL:
  case NODE_ANY: {
    egca_verdict v = n->kind == NODE_ALL ? EGCA_VERDICT_MET : EGCA_VERDICT_NOT_MET;
    for (size_t i = 0; i < n->child_count; i++) {
      egca_verdict child = eval_node(e, &n->children[i]);
      v = n->kind == NODE_ALL ? verdict_and(v, child) : verdict_or(v, child);
    }
    return v;
  }
  case NODE_NOT: return verdict_not(eval_node(e, &n->children[0]));
  default: return eval_leaf(e, n);
  }
}

static size_t fact_refs(const node *n)
{
  size_t total = n->fact_count;
  for (size_t i = 0; i < n->child_count; i++)
    total += fact_refs(&n->children[i]);
  return total;
}

struct egca_assessment {
  arena mem;
  egca_eligibility eligibility;
  size_t condition_count;
  egca_condition_result *conditions;
  const char **condition_items; /* the guide's numbering of each condition */
  int complete;
  size_t gap_count;
  egca_material_gap *gaps;
  size_t finding_count;
  egca_finding *findings;
  const char *notice;
  const char *applicant;
};

static int evaluate_conditions(egca_assessment *a, const egca_assess_rules *r, const egca_profile *p)
{
  a->condition_count = r->condition_count;
  a->conditions = arena_array(&a->mem, r->condition_count, sizeof *a->conditions);
  a->condition_items = arena_array(&a->mem, r->condition_count, sizeof *a->condition_items);
  size_t finding_max = 0;
  for (size_t i = 0; i < r->condition_count; i++)
    finding_max += r->conditions[i].advisory_count;
  for (size_t m = 0; m < r->material_count; m++)
    finding_max += r->materials[m].evidence_count;
  a->findings = arena_array(&a->mem, finding_max, sizeof *a->findings);
  if (a->conditions == NULL || a->condition_items == NULL || a->findings == NULL)
    return EGCA_E_NOMEM;
  int all_met = 1, any_not_met = 0;
  for (size_t i = 0; i < r->condition_count; i++) {
    const condition *c = &r->conditions[i];
    egca_condition_result *out = &a->conditions[i];
    a->condition_items[i] = c->guide_item;
    out->id = c->id;
    out->title = c->title;
    out->basis_count = c->basis_count;
    out->basis = c->basis;
    evaluation e = {&a->mem, p, NULL, 0, NULL, 0, 0};
    e.reasons = arena_array(&a->mem, c->leaves, sizeof *e.reasons);
    e.missing = arena_array(&a->mem, fact_refs(&c->rule), sizeof *e.missing);
    if (e.reasons == NULL || e.missing == NULL)
      return EGCA_E_NOMEM;
    out->verdict = eval_node(&e, &c->rule);
    out->reason_count = e.reason_count;
    out->reasons = e.reasons;
    out->missing_fact_count = e.missing_count;
    out->missing_facts = e.missing;
    if (e.failed)
      return EGCA_E_NOMEM;
    all_met &= out->verdict == EGCA_VERDICT_MET;
    any_not_met |= out->verdict == EGCA_VERDICT_NOT_MET;
    /* Advisories never change the verdict; one that does not hold becomes a finding for the reviewer. */
    for (size_t k = 0; k < c->advisory_count; k++) {
      const advisory *adv = &c->advisories[k];
      evaluation ae = {&a->mem, p, NULL, 0, NULL, 0, 0};
      ae.reasons = arena_array(&a->mem, adv->leaves, sizeof *ae.reasons);
      if (ae.reasons == NULL)
        return EGCA_E_NOMEM;
      egca_verdict v = eval_node(&ae, &adv->rule);
      if (ae.failed)
        return EGCA_E_NOMEM;
      if (v == EGCA_VERDICT_MET)
        continue;
      strbuf s = {0};
      sb_append(&s, adv->note);
      for (size_t j = 0; j < ae.reason_count; j++)
        sb_printf(&s, "；%s", ae.reasons[j].text);
      egca_finding *fnd = &a->findings[a->finding_count++];
      fnd->id = adv->id;
      fnd->condition = c->id;
      fnd->material = NULL;
      if ((fnd->message = sb_to_arena(&s, &a->mem)) == NULL)
        return EGCA_E_NOMEM;
    }
  }
  a->eligibility = all_met ? EGCA_ELIGIBLE_YES : any_not_met ? EGCA_ELIGIBLE_NO : EGCA_ELIGIBLE_UNDETERMINED;
  return 0;
}

/* Resolves the profile's material ids; an id the rules do not define is an error pointing into the
 * profile. listed[m] is set for a whole item, sub_listed[m][s] for a sub-item. */
static int resolve_materials(int *listed, int **sub_listed, const egca_assess_rules *r, const egca_profile *p,
                             egca_error *err)
{
  for (size_t i = 0; i < p->material_count; i++) {
    const char *id = p->materials[i];
    int found = 0;
    for (size_t m = 0; m < r->material_count && !found; m++) {
      const material *mat = &r->materials[m];
      if (strcmp(mat->id, id) == 0) {
        listed[m] = found = 1;
        continue;
      }
      for (size_t s = 0; s < mat->sub_count && !found; s++)
        if (strcmp(mat->subs[s].id, id) == 0)
          sub_listed[m][s] = found = 1;
    }
    if (!found) {
      egca__json_doc doc = {.text = p->text, .len = p->len, .source = p->source};
      char pointer[64];
      egca__json_pointer_index(pointer, sizeof pointer, "/" MATERIALS_KEY, i);
      return egca__json_fail(err, EGCA_E_INVALID, &doc, pointer, "unknown material \"%s\"", id);
    }
  }
  return 0;
}

static int check_materials(egca_assessment *a, const egca_assess_rules *r, const egca_profile *p, egca_error *err)
{
  int *listed = arena_array(&a->mem, r->material_count, sizeof *listed);
  int **sub_listed = arena_array(&a->mem, r->material_count, sizeof *sub_listed);
  a->gaps = arena_array(&a->mem, r->material_count, sizeof *a->gaps);
  if (listed == NULL || sub_listed == NULL || a->gaps == NULL)
    return egca__fail_nomem(err);
  for (size_t m = 0; m < r->material_count; m++)
    if ((sub_listed[m] = arena_array(&a->mem, r->materials[m].sub_count, sizeof **sub_listed)) == NULL)
      return egca__fail_nomem(err);
  int rc = resolve_materials(listed, sub_listed, r, p, err);
  if (rc < 0)
    return rc;
  /* Every gap, in the guide's order: 一次性告知 (行政许可法 第三十二条第一款第（四）项) forbids stopping at the first. */
  for (size_t m = 0; m < r->material_count; m++) {
    const material *mat = &r->materials[m];
    if (listed[m])
      continue; /* the item named alone stands for all its sub-items */
    size_t missing = 0;
    for (size_t s = 0; s < mat->sub_count; s++)
      missing += !sub_listed[m][s];
    if (mat->sub_count > 0 && missing == 0)
      continue;
    egca_material_gap *g = &a->gaps[a->gap_count++];
    g->id = mat->id;
    g->item = mat->item;
    g->title = mat->title;
    g->whole = missing == mat->sub_count;
    g->sub_item_count = missing;
    egca_material_ref *subs = arena_array(&a->mem, missing, sizeof *subs);
    if (subs == NULL)
      return egca__fail_nomem(err);
    for (size_t s = 0, k = 0; s < mat->sub_count; s++)
      if (!sub_listed[m][s])
        subs[k++] = mat->subs[s];
    g->sub_items = missing > 0 ? subs : NULL;
  }
  a->complete = a->gap_count == 0;
  return 0;
}

/* A gap over lines: the item, then its missing sub-items one to a line (a sub-item's title may itself hold
 * "、", so they are not run together). */
static void sb_gap_lines(strbuf *s, const egca_material_gap *g, const char *indent)
{
  sb_printf(s, "%s%s", g->item, g->title);
  if (g->sub_item_count == 0) {
    sb_append(s, "\n");
    return;
  }
  sb_append(s, g->whole ? "，包括：\n" : "中的：\n");
  for (size_t k = 0; k < g->sub_item_count; k++)
    sb_printf(s, "%s（%zu）%s\n", indent, k + 1, g->sub_items[k].title);
}

/* A gap on one line: "（三）资金情况中的「注册资本」「股权结构」". */
static void sb_gap_inline(strbuf *s, const egca_material_gap *g)
{
  sb_printf(s, "%s%s", g->item, g->title);
  if (g->whole)
    return;
  sb_append(s, "中的");
  for (size_t k = 0; k < g->sub_item_count; k++)
    sb_printf(s, "「%s」", g->sub_items[k].title);
}

/* A condition judged met whose evidence is missing: the verdict rests on facts the file cannot show. */
static int cross_check(egca_assessment *a, const egca_assess_rules *r)
{
  for (size_t g = 0; g < a->gap_count; g++) {
    size_t m = 0;
    while (strcmp(r->materials[m].id, a->gaps[g].id) != 0)
      m++;
    const material *mat = &r->materials[m];
    for (size_t k = 0; k < mat->evidence_count; k++) {
      size_t c = mat->evidences[k];
      if (a->conditions[c].verdict != EGCA_VERDICT_MET)
        continue;
      strbuf s = {0};
      sb_printf(&s, "许可条件%s判定为符合，但证明该条件的申请材料", r->conditions[c].guide_item);
      sb_gap_inline(&s, &a->gaps[g]);
      sb_append(&s, "未提交，该判定所依据的事实尚无材料佐证");
      egca_finding *fnd = &a->findings[a->finding_count++];
      fnd->id = "material_missing";
      fnd->condition = r->conditions[c].id;
      fnd->material = mat->id;
      if ((fnd->message = sb_to_arena(&s, &a->mem)) == NULL)
        return EGCA_E_NOMEM;
    }
  }
  /* Keep findings in the order of the conditions, advisories before material gaps. */
  for (size_t i = 1; i < a->finding_count; i++) {
    egca_finding f = a->findings[i];
    size_t ci = 0;
    while (strcmp(r->conditions[ci].id, f.condition) != 0)
      ci++;
    size_t j = i;
    for (; j > 0; j--) {
      size_t cj = 0;
      while (strcmp(r->conditions[cj].id, a->findings[j - 1].condition) != 0)
        cj++;
      if (cj <= ci)
        break;
      a->findings[j] = a->findings[j - 1];
    }
    a->findings[j] = f;
  }
  return 0;
}

/* The draft notice: every gap at once, with its legal basis. */
static int write_notice(egca_assessment *a, const egca_assess_rules *r)
{
  if (a->complete)
    return 0;
  strbuf s = {0};
  sb_printf(&s, "%s（草稿）\n\n%s：\n\n", r->notice_title, a->applicant != NULL ? a->applicant : "申请人");
  sb_printf(&s,
            "你单位提交的%s申请材料不齐全。根据%s的规定，现一次性告知你单位需要补正的全部内容如下：\n\n",
            r->notice_licence, r->notice_basis);
  for (size_t g = 0; g < a->gap_count; g++) {
    sb_printf(&s, "%zu. ", g + 1);
    sb_gap_lines(&s, &a->gaps[g], "   ");
  }
  sb_append(&s, "\n请将上述材料全部补正后一并提交。\n\n（受理机关印章）\n年    月    日\n");
  if ((a->notice = sb_to_arena(&s, &a->mem)) == NULL)
    return EGCA_E_NOMEM;
  return 0;
}

EGCA_API int egca_assess(egca_assessment **out, const egca_rules *rules, const egca_profile *profile,
                         egca_error *err)
{
  *out = NULL;
  const egca_assess_rules *r = rules != NULL ? egca__rules_assess(rules) : NULL;
  if (r == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "the rules hold no conditions and materials");
  egca_assessment *a = calloc(1, sizeof *a);
  if (a == NULL)
    return egca__fail_nomem(err);
  const char *name = egca_profile_applicant_name(profile);
  int rc = 0;
  if (name != NULL && (a->applicant = arena_strdup(&a->mem, name)) == NULL)
    rc = EGCA_E_NOMEM;
  if (rc == 0)
    rc = evaluate_conditions(a, r, profile);
  if (rc == 0)
    rc = check_materials(a, r, profile, err);
  if (rc == 0)
    rc = cross_check(a, r);
  if (rc == 0)
    rc = write_notice(a, r);
  if (rc < 0) {
    egca_assessment_free(a);
    return rc == EGCA_E_NOMEM ? egca__fail_nomem(err) : rc;
  }
  *out = a;
  return 0;
}

EGCA_API void egca_assessment_free(egca_assessment *assessment)
{
  if (assessment == NULL)
    return;
  arena_free(&assessment->mem);
  free(assessment);
}

/* --- Getters ------------------------------------------------------------------------------------------ */

EGCA_API const char *egca_verdict_name(egca_verdict verdict)
{
  switch (verdict) {
  case EGCA_VERDICT_MET: return "met";
  case EGCA_VERDICT_NOT_MET: return "not_met";
  case EGCA_VERDICT_UNKNOWN: return "unknown";
  case EGCA_VERDICT_NEEDS_REVIEW: return "needs_review";
  default: return NULL;
  }
}

EGCA_API const char *egca_eligibility_name(egca_eligibility eligibility)
{
  switch (eligibility) {
  case EGCA_ELIGIBLE_YES: return "yes";
  case EGCA_ELIGIBLE_NO: return "no";
  case EGCA_ELIGIBLE_UNDETERMINED: return "undetermined";
  default: return NULL;
  }
}

EGCA_API egca_eligibility egca_assessment_eligibility(const egca_assessment *a) { return a->eligibility; }

EGCA_API size_t egca_assessment_condition_count(const egca_assessment *a) { return a->condition_count; }

EGCA_API const egca_condition_result *egca_assessment_condition(const egca_assessment *a, size_t index)
{
  return index < a->condition_count ? &a->conditions[index] : NULL;
}

EGCA_API int egca_assessment_materials_complete(const egca_assessment *a) { return a->complete; }

EGCA_API size_t egca_assessment_material_gap_count(const egca_assessment *a) { return a->gap_count; }

EGCA_API const egca_material_gap *egca_assessment_material_gap(const egca_assessment *a, size_t index)
{
  return index < a->gap_count ? &a->gaps[index] : NULL;
}

EGCA_API size_t egca_assessment_finding_count(const egca_assessment *a) { return a->finding_count; }

EGCA_API const egca_finding *egca_assessment_finding(const egca_assessment *a, size_t index)
{
  return index < a->finding_count ? &a->findings[index] : NULL;
}

EGCA_API const char *egca_assessment_notice(const egca_assessment *a) { return a->notice; }

EGCA_API void egca_assessment_string_free(char *text) { free(text); }

/* --- JSON output ------------------------------------------------------------------------------------ */

/* A pretty printer with two-space indentation; `first` tracks whether a container is still empty. */
typedef struct json_writer {
  strbuf s;
  int depth;
  int first[16];
} json_writer;

static void jw_indent(json_writer *w)
{
  sb_append(&w->s, "\n");
  for (int i = 0; i < w->depth; i++)
    sb_append(&w->s, "  ");
}

/* Starts a member (key given) or an array element (key NULL). */
static void jw_item(json_writer *w, const char *key)
{
  if (w->depth > 0) {
    if (!w->first[w->depth])
      sb_append(&w->s, ",");
    w->first[w->depth] = 0;
    jw_indent(w);
  }
  if (key != NULL) {
    sb_json_string(&w->s, key);
    sb_append(&w->s, ": ");
  }
}

static void jw_open(json_writer *w, const char *key, const char *bracket)
{
  jw_item(w, key);
  sb_append(&w->s, bracket);
  w->depth++;
  w->first[w->depth] = 1;
}

static void jw_close(json_writer *w, const char *bracket)
{
  int empty = w->first[w->depth];
  w->depth--;
  if (!empty)
    jw_indent(w);
  sb_append(&w->s, bracket);
}

static void jw_string(json_writer *w, const char *key, const char *text)
{
  jw_item(w, key);
  if (text != NULL)
    sb_json_string(&w->s, text);
  else
    sb_append(&w->s, "null");
}

static void jw_raw(json_writer *w, const char *key, const char *json)
{
  jw_item(w, key);
  sb_append(&w->s, json != NULL ? json : "null");
}

static void jw_facts(json_writer *w, const char *key, const egca_fact_value *facts, size_t count)
{
  jw_open(w, key, "[");
  for (size_t i = 0; i < count; i++) {
    jw_open(w, NULL, "{");
    jw_string(w, "fact", facts[i].fact);
    jw_string(w, "label", facts[i].label);
    jw_raw(w, "value", facts[i].value);
    jw_close(w, "}");
  }
  jw_close(w, "]");
}

EGCA_API int egca_assessment_to_json(char **out, const egca_assessment *a, egca_error *err)
{
  *out = NULL;
  json_writer w = {0};
  jw_open(&w, NULL, "{");
  jw_string(&w, "eligible", egca_eligibility_name(a->eligibility));
  jw_open(&w, "conditions", "[");
  for (size_t i = 0; i < a->condition_count; i++) {
    const egca_condition_result *c = &a->conditions[i];
    jw_open(&w, NULL, "{");
    jw_string(&w, "id", c->id);
    jw_string(&w, "title", c->title);
    jw_string(&w, "verdict", egca_verdict_name(c->verdict));
    jw_open(&w, "reasons", "[");
    for (size_t k = 0; k < c->reason_count; k++) {
      const egca_reason *r = &c->reasons[k];
      jw_open(&w, NULL, "{");
      jw_string(&w, "op", r->op);
      jw_facts(&w, "facts", r->facts, r->fact_count);
      jw_facts(&w, "evidence", r->evidence, r->evidence_count);
      jw_raw(&w, "value", r->value);
      jw_raw(&w, "partial", r->partial ? "true" : "false");
      jw_raw(&w, "threshold", r->threshold);
      jw_string(&w, "result", egca_verdict_name(r->result));
      jw_string(&w, "text", r->text);
      jw_close(&w, "}");
    }
    jw_close(&w, "]");
    jw_open(&w, "missing_facts", "[");
    for (size_t k = 0; k < c->missing_fact_count; k++)
      jw_string(&w, NULL, c->missing_facts[k]);
    jw_close(&w, "]");
    jw_open(&w, "basis", "[");
    for (size_t k = 0; k < c->basis_count; k++)
      jw_string(&w, NULL, c->basis[k]);
    jw_close(&w, "]");
    jw_close(&w, "}");
  }
  jw_close(&w, "]");
  jw_open(&w, "materials", "{");
  jw_raw(&w, "complete", a->complete ? "true" : "false");
  jw_open(&w, "missing", "[");
  for (size_t g = 0; g < a->gap_count; g++) {
    const egca_material_gap *gap = &a->gaps[g];
    jw_open(&w, NULL, "{");
    jw_string(&w, "id", gap->id);
    jw_string(&w, "item", gap->item);
    jw_string(&w, "title", gap->title);
    jw_open(&w, "sub_items", "[");
    for (size_t k = 0; k < gap->sub_item_count; k++) {
      jw_open(&w, NULL, "{");
      jw_string(&w, "id", gap->sub_items[k].id);
      jw_string(&w, "title", gap->sub_items[k].title);
      jw_close(&w, "}");
    }
    jw_close(&w, "]");
    jw_close(&w, "}");
  }
  jw_close(&w, "]");
  jw_close(&w, "}");
  jw_open(&w, "findings", "[");
  for (size_t f = 0; f < a->finding_count; f++) {
    jw_open(&w, NULL, "{");
    jw_string(&w, "id", a->findings[f].id);
    jw_string(&w, "condition", a->findings[f].condition);
    jw_string(&w, "material", a->findings[f].material);
    jw_string(&w, "message", a->findings[f].message);
    jw_close(&w, "}");
  }
  jw_close(&w, "]");
  jw_string(&w, "notice", a->notice);
  jw_close(&w, "}");
  sb_append(&w.s, "\n");
  if (w.s.failed) {
    free(w.s.buf);
    return egca__fail_nomem(err);
  }
  *out = w.s.buf;
  return 0;
}

/* --- Text output ------------------------------------------------------------------------------------ */

static const char *verdict_words(egca_verdict v)
{
  switch (v) {
  case EGCA_VERDICT_MET: return "符合";
  case EGCA_VERDICT_NOT_MET: return "不符合";
  case EGCA_VERDICT_UNKNOWN: return "无法判断（缺少事实）";
  default: return "需评审认定";
  }
}

static const char *eligibility_words(egca_eligibility e)
{
  switch (e) {
  case EGCA_ELIGIBLE_YES: return "符合全部许可条件";
  case EGCA_ELIGIBLE_NO: return "不符合许可条件";
  default: return "尚不能确定是否符合许可条件";
  }
}

EGCA_API int egca_assessment_to_text(char **out, const egca_assessment *a, egca_error *err)
{
  *out = NULL;
  strbuf s = {0};
  sb_append(&s, "电子政务电子认证服务机构资质认定 申请评估\n");
  sb_printf(&s, "申请人：%s\n\n", a->applicant != NULL ? a->applicant : "（未填写）");
  sb_printf(&s, "一、许可条件：%s\n", eligibility_words(a->eligibility));
  for (size_t i = 0; i < a->condition_count; i++) {
    const egca_condition_result *c = &a->conditions[i];
    sb_printf(&s, "\n%s%s\n", a->condition_items[i], c->title);
    sb_printf(&s, "  判定：%s\n", verdict_words(c->verdict));
    for (size_t k = 0; k < c->reason_count; k++)
      sb_printf(&s, "  - %s\n", c->reasons[k].text);
    if (c->missing_fact_count > 0) {
      sb_append(&s, "  缺少的事实：");
      for (size_t k = 0; k < c->missing_fact_count; k++)
        sb_printf(&s, "%s%s", k ? "、" : "", c->missing_facts[k]);
      sb_append(&s, "\n");
    }
    sb_append(&s, "  依据：");
    for (size_t k = 0; k < c->basis_count; k++)
      sb_printf(&s, "%s%s", k ? "；" : "", c->basis[k]);
    sb_append(&s, "\n");
  }
  if (a->complete) {
    sb_append(&s, "\n二、申请材料：齐全\n");
  } else {
    sb_printf(&s, "\n二、申请材料：不齐全，%zu 项需要补正\n", a->gap_count);
    for (size_t g = 0; g < a->gap_count; g++) {
      sb_append(&s, "  - ");
      sb_gap_lines(&s, &a->gaps[g], "    ");
    }
  }
  sb_append(&s, "\n三、提示：");
  if (a->finding_count == 0)
    sb_append(&s, "无\n");
  else
    sb_append(&s, "\n");
  for (size_t f = 0; f < a->finding_count; f++)
    sb_printf(&s, "  - %s\n", a->findings[f].message);
  if (a->notice != NULL) {
    sb_append(&s, "\n四、");
    sb_append(&s, a->notice);
  }
  if (s.failed) {
    free(s.buf);
    return egca__fail_nomem(err);
  }
  *out = s.buf;
  return 0;
}
