/* egca service — the page at GET /: an official pastes or uploads a case file and sees its picture.
 *
 * A plain form posted to /view (multipart/form-data, so that a file can go with it): it works without
 * JavaScript, fetches nothing and runs no script. What the form cannot show (a case that is not JSON or
 * not a case, a bad date) comes back as a page too, not as JSON a person would have to read. */
#include "serve.h"

const char serve_page_html[] =
    "<!DOCTYPE html>\n"
    "<html lang=\"zh-CN\">\n"
    "<head>\n"
    "<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<title>egca — 电子政务电子认证服务机构资质认定 办理时限</title>\n"
    "<style>\n"
    "body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;line-height:1.5}\n"
    "textarea{width:100%;font-family:monospace}\n"
    "fieldset{margin:1em 0}\n"
    "label{display:block;margin:.5em 0}\n"
    "</style>\n"
    "</head>\n"
    "<body>\n"
    "<h1>办理时限 / Case timeline</h1>\n"
    "<p>粘贴或上传一个案件文件（JSON，见 docs/case.md），查看其每一项法定时限、状态和依据。<br>\n"
    "Paste or upload a case file (JSON, docs/case.md) to see every statutory time limit, its status and its\n"
    "legal basis.</p>\n"
    "<form method=\"post\" action=\"/view\" enctype=\"multipart/form-data\">\n"
    "<fieldset>\n"
    "<legend>案件 / Case</legend>\n"
    "<label for=\"case\">案件文件内容 / Case file text</label>\n"
    "<textarea id=\"case\" name=\"case\" rows=\"16\" spellcheck=\"false\"\n"
    " placeholder='{\"case_id\": \"2026-001\", \"events\": [{\"type\": \"received\", \"date\": \"2026-03-02\"}]}'>"
    "</textarea>\n"
    "<label for=\"file\">或上传文件 / or upload a file (it is used when given)</label>\n"
    "<input id=\"file\" name=\"file\" type=\"file\" accept=\".json,application/json\">\n"
    "<label for=\"as_of\">截至日期 / As of (empty: today in China)</label>\n"
    "<input id=\"as_of\" name=\"as_of\" type=\"date\">\n"
    "</fieldset>\n"
    "<p><button type=\"submit\">查看 / Show</button></p>\n"
    "</form>\n"
    "<p>Nothing sent here is stored. The same answers as JSON: <code>POST /v1/timeline</code>\n"
    "(<a href=\"/v1/rules\">/v1/rules</a>, <a href=\"/v1/offices\">/v1/offices</a>).</p>\n"
    "</body>\n"
    "</html>\n";

const size_t serve_page_html_len = sizeof serve_page_html - 1;

/* `s` escaped for HTML text and attribute values. C0 controls but tab and line feed become U+FFFD, so that
 * nothing a request sends can change the page's structure. */
static void put_escaped(answer *a, const char *s)
{
  for (const char *p = s; *p != '\0'; p++) {
    switch (*p) {
    case '&': answer_puts(a, "&amp;"); break;
    case '<': answer_puts(a, "&lt;"); break;
    case '>': answer_puts(a, "&gt;"); break;
    case '"': answer_puts(a, "&quot;"); break;
    case '\'': answer_puts(a, "&#39;"); break;
    default:
      if ((unsigned char)*p < 0x20 && *p != '\t' && *p != '\n')
        answer_puts(a, "\xEF\xBF\xBD");
      else
        answer_write(a, p, 1);
    }
  }
}

void serve_error_page(answer *a, unsigned status, const char *code, const char *message, const char *pointer,
                      int line, int column, const char *source)
{
  answer_puts(a, "<!DOCTYPE html>\n"
                 "<html lang=\"zh-CN\">\n"
                 "<head>\n"
                 "<meta charset=\"utf-8\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 "<title>无法显示该案件 / The case cannot be shown</title>\n"
                 "<style>\n"
                 "body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;line-height:1.5}\n"
                 "#message{border-left:.3em solid #b00020;padding:.3em .8em;background:#fdecee;"
                 "white-space:pre-wrap;overflow-wrap:anywhere}\n"
                 "dt{font-weight:bold}\n"
                 "</style>\n"
                 "</head>\n"
                 "<body>\n"
                 "<h1>无法显示该案件 / The case cannot be shown</h1>\n");
  answer_printf(a, "<p>HTTP %u · <code id=\"code\">", status);
  put_escaped(a, code);
  answer_puts(a, "</code></p>\n<p id=\"message\" role=\"alert\">");
  put_escaped(a, message);
  answer_puts(a, "</p>\n");
  if (source != NULL || line > 0 || pointer != NULL) {
    answer_puts(a, "<dl>\n");
    if (source != NULL) {
      answer_puts(a, "<dt>读取 / Read from</dt><dd id=\"source\">");
      put_escaped(a, source);
      answer_puts(a, "</dd>\n");
    }
    if (line > 0)
      answer_printf(a, "<dt>行 / Line</dt><dd id=\"line\">%d</dd>\n", line);
    if (line > 0 && column > 0)
      answer_printf(a, "<dt>列 / Column</dt><dd id=\"column\">%d</dd>\n", column);
    if (pointer != NULL) {
      answer_puts(a, "<dt>JSON 指针 / JSON pointer</dt><dd><code id=\"pointer\">");
      put_escaped(a, pointer);
      answer_puts(a, "</code></dd>\n");
    }
    answer_puts(a, "</dl>\n");
  }
  answer_puts(a, "<p><a href=\"/\">返回表单 / Back to the form</a></p>\n"
                 "</body>\n"
                 "</html>\n");
}
