/* egca — the profile module (profile.h): the facts an applicant may state and the strict parser of a
 * profile. The set of facts (their dotted paths, types and Chinese names) is the profile format itself, so
 * it lives here; the conditions and the evaluation read it through profile.h.
 *
 * Everything a profile owns lives in its arena, so freeing it (or abandoning it half-built on an error
 * path) is one call. */
#include "profile.h"

#include "json.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- Facts: the profile format ---------------------------------------------------------------------- */

/* Amounts and areas are non-negative; sums over facts rely on it (an absent addend can only raise a sum). */
#define AMOUNT_MAX 1e15

const egca__fact_def egca__facts[] = {
    {"applicant.name", EGCA__VALUE_STRING, "申请人名称", "applicant's name"},
    {"applicant.legal_person_type", EGCA__VALUE_STRING, "法人类型", "type of legal person"},
    {"funds.registered_capital_cny", EGCA__VALUE_NUMBER, "注册资本（元）", "registered capital (CNY)"},
    {"funds.operating_funds_cny", EGCA__VALUE_NUMBER, "运营资金（元）", "operating funds (CNY)"},
    {"funds.adequate", EGCA__VALUE_BOOL, "资金相适应", "funds adequate"},
    {"premises.area_m2", EGCA__VALUE_NUMBER, "运营场所面积（平方米）", "premises area (m²)"},
    {"premises.adequate", EGCA__VALUE_BOOL, "运营场所相适应", "premises adequate"},
    {"system.located_in_china", EGCA__VALUE_BOOL, "电子认证服务系统在境内设置", "certification system located in China"},
    {"system.conforms_to_national_standards", EGCA__VALUE_BOOL, "电子认证服务系统符合国家有关密码标准", "certification system conforms to the national cryptography standards"},
    {"staff.technical", EGCA__VALUE_COUNT, "专业技术人员", "technical staff"},
    {"staff.operations_management", EGCA__VALUE_COUNT, "运营管理人员", "operations management staff"},
    {"staff.security_management", EGCA__VALUE_COUNT, "安全管理人员", "security management staff"},
    {"staff.customer_service", EGCA__VALUE_COUNT, "客户服务人员", "customer service staff"},
    {"staff.other_professional", EGCA__VALUE_COUNT, "其他专业人员", "other professional staff"},
    {"long_term_capacity.financial_status_good", EGCA__VALUE_BOOL, "持续保持财务状况良好", "finances kept sound"},
    {"long_term_capacity.operating_funds_sufficient", EGCA__VALUE_BOOL, "运营资金充足", "operating funds sufficient"},
    {"long_term_capacity.equipment_stable", EGCA__VALUE_BOOL, "设备设施稳定运行", "facilities operating stably"},
    {"long_term_capacity.staff_stable", EGCA__VALUE_BOOL, "专业人员队伍稳定", "professional staff stable"},
    {"long_term_capacity.major_violation_record", EGCA__VALUE_BOOL, "有重大违法记录", "record of serious violations of law"},
    {"long_term_capacity.bad_credit_record", EGCA__VALUE_BOOL, "有不良信用记录", "record of bad credit"},
    {"management_system.business_operations", EGCA__VALUE_BOOL, "业务运营管理体系", "business operations management system"},
    {"management_system.system_operations", EGCA__VALUE_BOOL, "电子认证服务系统运行管理体系", "certification system operation management system"},
    {"management_system.personnel", EGCA__VALUE_BOOL, "人员管理体系", "staff management system"},
    {"management_system.archives", EGCA__VALUE_BOOL, "档案管理体系", "records management system"},
    {"management_system.security_confidentiality", EGCA__VALUE_BOOL, "安全保密管理体系", "security and confidentiality management system"},
};

_Static_assert(sizeof egca__facts / sizeof egca__facts[0] == EGCA__FACT_COUNT, "the number of facts");

int egca__fact_index(const char *path)
{
  for (size_t i = 0; i < EGCA__FACT_COUNT; i++)
    if (strcmp(egca__facts[i].path, path) == 0)
      return (int)i;
  return -1;
}

const char *egca__value_type_noun(egca__value_type t, egca_lang lang)
{
  switch (t) {
  case EGCA__VALUE_BOOL: return EGCA__TR_LANG(lang, "a boolean", "布尔值");
  case EGCA__VALUE_STRING: return EGCA__TR_LANG(lang, "a string", "字符串");
  default: return EGCA__TR_LANG(lang, "a number", "数字");
  }
}

/* --- Profiles ------------------------------------------------------------------------------------- */

static size_t section_len(const char *path) { return (size_t)(strchr(path, '.') - path); }

static int section_known(const char *name)
{
  for (size_t i = 0; i < EGCA__FACT_COUNT; i++)
    if (strlen(name) == section_len(egca__facts[i].path) && strncmp(egca__facts[i].path, name, strlen(name)) == 0)
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
  const char *allowed[EGCA__FACT_COUNT + 1];
  size_t n = 0;
  for (size_t i = 0; i < EGCA__FACT_COUNT; i++)
    if (section_len(egca__facts[i].path) == strlen(name) && strncmp(egca__facts[i].path, name, strlen(name)) == 0)
      allowed[n++] = egca__facts[i].path + strlen(name) + 1;
  allowed[n] = NULL;
  rc = egca__json_check_keys(doc, object, pointer, allowed, err);
  if (rc < 0)
    return rc;
  for (size_t k = 0; k < n; k++) {
    char path[128];
    snprintf(path, sizeof path, "%s.%s", name, allowed[k]);
    int f = egca__fact_index(path);
    egca__value *v = &p->values[f];
    v->type = egca__facts[f].type;
    long count;
    const char *text;
    switch (v->type) {
    case EGCA__VALUE_BOOL: rc = egca__json_get_bool(&v->boolean, doc, object, pointer, allowed[k], 0, err); break;
    case EGCA__VALUE_NUMBER:
      rc = egca__json_get_number(&v->number, doc, object, pointer, allowed[k], -HUGE_VAL, HUGE_VAL, 0, err);
      if (rc > 0 && (v->number < 0 || v->number > AMOUNT_MAX)) {
        char p[512], num[64];
        egca__json_pointer_key(p, sizeof p, pointer, allowed[k]);
        egca__json_format_number(num, sizeof num, v->number);
        return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                               EGCA__TR(err, "%s is out of range (0 to 10^15)", "%s超出范围（0至10^15）"), num);
      }
      break;
    case EGCA__VALUE_COUNT:
      rc = egca__json_get_int(&count, doc, object, pointer, allowed[k], 0, EGCA__COUNT_MAX, 0, err);
      if (rc > 0)
        v->number = (double)count;
      break;
    case EGCA__VALUE_STRING:
      rc = egca__json_get_string(&text, doc, object, pointer, allowed[k], 0, err);
      if (rc > 0 && (v->string = egca__arena_strdup(&p->mem, text)) == NULL)
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
  const char *pointer = "/" EGCA__PROFILE_MATERIALS;
  int rc = egca__json_expect_array(doc, array, pointer, err);
  if (rc < 0)
    return rc;
  size_t n = (size_t)cJSON_GetArraySize(array);
  p->materials = egca__arena_array(&p->mem, n, sizeof *p->materials);
  if (p->materials == NULL)
    return egca__fail_nomem(err);
  char item_pointer[64];
  size_t i = 0;
  for (const cJSON *e = array->child; e != NULL; e = e->next, i++) {
    egca__json_pointer_index(item_pointer, sizeof item_pointer, pointer, i);
    if (!cJSON_IsString(e))
      return egca__json_fail(
          err, EGCA_E_INVALID, doc, item_pointer,
          EGCA__TR(err, "expected a material id (a string), found %s", "应为材料编号（字符串），实际为%s"),
          egca__json_type_name_in(e, egca__error_lang(err)));
    for (size_t k = 0; k < i; k++)
      if (strcmp(p->materials[k], e->valuestring) == 0)
        return egca__json_fail(err, EGCA_E_INVALID, doc, item_pointer,
                               EGCA__TR(err, "material \"%s\" is listed twice", "材料\"%s\"重复列出"), e->valuestring);
    if ((p->materials[i] = egca__arena_strdup(&p->mem, e->valuestring)) == NULL)
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
    if (strcmp(m->string, EGCA__PROFILE_MATERIALS) == 0)
      rc = parse_materials(p, &doc, m, err);
    else if (section_known(m->string))
      rc = parse_section(p, &doc, m, pointer, err);
    else
      rc = egca__json_fail_key(err, EGCA_E_INVALID, &doc, "", m->string, 1,
                               EGCA__TR(err, "unknown field \"%s\"", "未知字段\"%s\""), m->string);
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
                      EGCA__TR(err, "profile is larger than the limit of %zu bytes", "申请人情况超过%zu字节的上限"),
                      EGCA_PROFILE_TEXT_MAX);
  egca_profile *p = calloc(1, sizeof *p);
  if (p == NULL)
    return egca__fail_nomem(err);
  p->len = len;
  p->text = egca__arena_strndup(&p->mem, json, len);
  p->source = egca__arena_strdup(&p->mem, source != NULL ? source : "<profile>");
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
  int f = egca__fact_index("applicant.name");
  return profile->present[f] ? profile->values[f].string : NULL;
}

EGCA_API void egca_profile_free(egca_profile *profile)
{
  if (profile == NULL)
    return;
  egca__arena_free(&profile->mem);
  free(profile);
}
