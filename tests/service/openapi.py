"""docs/openapi.yaml describes the live `egca serve`: its paths, methods, parameters, statuses, media types
and body schemas.

Requests cover every documented operation, with its documented parameters (their example values), a
success and its documented errors; each answer's status must be documented for its operation, its
Content-Type documented for that status, and its JSON body (each line of an NDJSON one) valid against the
documented schema (a small validator here: type, nullable, enum, required, properties,
additionalProperties, items, oneOf, $ref, format date). Every documented path answers another method with
405, a path not in the document is 404, and a query parameter the document does not list is refused (400).

Usage: openapi.py EGCA SOURCE_DIR
"""

import json
import pathlib
import re
import sys
import urllib.parse

import yaml

from server import Checks, Server, multipart

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Invalid(Exception):
    pass


def validate(doc, schema, value, where="$"):
    if "$ref" in schema:
        node = doc
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        return validate(doc, node, value, where)
    if value is None:
        if schema.get("nullable"):
            return
        if "oneOf" not in schema:
            raise Invalid(f"{where}: null")
    if "oneOf" in schema:
        matched = 0
        for option in schema["oneOf"]:
            try:
                validate(doc, option, value, where)
                matched += 1
            except Invalid:
                pass
        if matched != 1:
            raise Invalid(f"{where}: matches {matched} of oneOf")
        return
    kinds = {"object": dict, "array": list, "string": str, "boolean": bool, "integer": int, "number": (int, float)}
    t = schema.get("type")
    if t is not None and (not isinstance(value, kinds[t]) or (t in ("integer", "number") and isinstance(value, bool))):
        raise Invalid(f"{where}: {type(value).__name__}, expected {t}")
    if "enum" in schema and value not in schema["enum"]:
        raise Invalid(f"{where}: {value!r} not in {schema['enum']}")
    if schema.get("format") == "date" and isinstance(value, str) and not DATE.match(value):
        raise Invalid(f"{where}: {value!r} is not a date")
    if isinstance(value, dict):
        for k in schema.get("required", []):
            if k not in value:
                raise Invalid(f"{where}: no {k}")
        props = schema.get("properties", {})
        for k, v in value.items():
            if k in props:
                validate(doc, props[k], v, f"{where}.{k}")
            elif schema.get("additionalProperties") is False:
                raise Invalid(f"{where}: {k} is not documented")
    if isinstance(value, list) and "items" in schema:
        for i, v in enumerate(value):
            validate(doc, schema["items"], v, f"{where}[{i}]")


def operation(doc, method, path):
    """The documented path template and operation of a request path, or (None, None)."""
    for template, ops in doc["paths"].items():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path):
            return template, ops.get(method.lower())
    return None, None


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    check = Checks()
    doc = yaml.safe_load((source / "docs" / "openapi.yaml").read_text(encoding="utf-8"))
    case = (source / "examples" / "case-granted.json").read_bytes()
    profile = (source / "examples" / "application.json").read_bytes()
    line = json.dumps(json.loads(case)).encode()
    json_h = {"Content-Type": "application/json"}
    requests = [
        ("GET", "/healthz", None, {}),
        ("GET", "/", None, {}),
        ("POST", "/view", urllib.parse.urlencode({"case": case, "as_of": "2026-03-20"}).encode(),
         {"Content-Type": "application/x-www-form-urlencoded"}),
        ("POST", "/view", b"as_of=2026-03-20", {"Content-Type": "application/x-www-form-urlencoded"}),
        ("POST", "/view", *multipart({"file": ("case.json", case), "as_of": b"2026-03-20"})),
        ("POST", "/view", *multipart({"case": b'{"case_id": "x", "events": [{"type": "nope"}]}'})),
        ("POST", "/view", b"{", {"Content-Type": "application/x-www-form-urlencoded"}),
        ("POST", "/view", case, json_h),
        ("POST", "/v1/timeline?as_of=2026-03-20", case, json_h),
        ("POST", "/v1/timeline?as_of=2026-03-20", b"[" + line + b"," + line + b"]", json_h),
        ("POST", "/v1/timeline?as_of=2026-03-20", line + b"\n{oops\n" + line + b"\n", {"Content-Type": "application/x-ndjson"}),
        ("POST", "/v1/timeline?as_of=2026-03-20", b"[" + line, json_h),
        ("POST", "/v1/timeline?as_of=2026-03-20", case, {**json_h, "Accept": "text/html"}),
        ("POST", "/v1/timeline?as_of=2026-03-20", line + b"\n{oops\n", {"Content-Type": "application/x-ndjson",
                                                                       "Accept": "text/html"}),
        ("POST", "/v1/timeline?as_of=2026-03-20", b"{", {**json_h, "Accept": "text/html"}),
        ("POST", "/v1/timeline", b"{", json_h),
        ("POST", "/v1/timeline", b'{"case_id": "x", "events": [{"type": "nope", "date": "2026-01-01"}]}', json_h),
        ("POST", "/v1/timeline", case, {"Content-Type": "text/plain"}),
        ("POST", "/v1/timeline", b" " * 5000, json_h),
        ("POST", "/v1/assess", profile, json_h),
        ("POST", "/v1/assess", b"[]", json_h),
        ("GET", "/v1/deadline/decision?from=2026-03-02&pause=2026-03-10:2026-04-20&pause=2026-04-25:", None, {}),
        ("GET", "/v1/deadline/renewal_filing?from=2026-10-03&policy=later", None, {}),
        ("GET", "/v1/deadline/acceptance?from=2025-06-04&office=650000", None, {}),
        ("GET", "/v1/deadline/nothing?from=2026-03-02", None, {}),
        ("GET", "/v1/deadline/decision?from=2040-01-01", None, {}),
        ("GET", "/v1/deadline/decision?from=yesterday", None, {}),
        ("GET", "/v1/calendar/days?from=2025-09-30&to=2025-10-12&office=450000", None, {}),
        ("GET", "/v1/calendar/days?from=2025-09-30", None, {}),
        ("GET", "/v1/calendar/days?from=2040-01-01&to=2040-01-02", None, {}),
        ("GET", "/v1/rules", None, {}),
        ("GET", "/v1/offices", None, {}),
    ]
    # Every documented parameter, with its example value, is taken.
    for template, ops in doc["paths"].items():
        for method, op in ops.items():
            params = [p if "$ref" not in p else doc["components"]["parameters"][p["$ref"].split("/")[-1]]
                      for p in op.get("parameters", [])]
            query = {p["name"]: p["schema"].get("example", (p["schema"].get("enum") or [""])[-1])
                     for p in params if p["in"] == "query"}
            path = template
            for p in params:
                if p["in"] == "path":
                    path = path.replace("{" + p["name"] + "}", p["schema"]["example"])
            if query:
                body, headers = (case, json_h) if method == "post" else (None, {})
                requests.append((method.upper(), path + "?" + urllib.parse.urlencode(query), body, headers))
    server = Server(egca, "--max-body", "4096")
    seen = set()
    try:
        for method, path, body, headers in requests:
            status, hdrs, data = server.request(method, path, body, headers)
            template, op = operation(doc, method, path.split("?")[0])
            what = f"{method} {path[:70]} -> {status}"
            if not check(op is not None and str(status) in op["responses"], f"{what}: documented",
                         f"{template} {sorted(op['responses']) if op else None}"):
                continue
            seen.add((template, method.lower(), status // 100))
            resp = op["responses"][str(status)]
            if "$ref" in resp:
                resp = doc["components"]["responses"][resp["$ref"].split("/")[-1]]
            media = hdrs.get("content-type", "").split(";")[0]
            content = resp.get("content", {})
            if not check(media in content, f"{what}: Content-Type {media} documented", sorted(content)):
                continue
            schema = content[media].get("schema")
            if schema is None:
                continue
            try:
                if media == "application/x-ndjson":
                    lines = data.decode().splitlines()
                    for n, text in enumerate(lines):
                        validate(doc, schema, json.loads(text), f"line {n + 1}")
                else:
                    validate(doc, schema, json.loads(data))
                check(True, f"{what}: the body matches its schema")
            except (Invalid, ValueError) as e:
                check(False, f"{what}: the body matches its schema", f"{e}; {data[:200]!r}")
        for template, ops in doc["paths"].items():
            for method in ops:
                ok = (template, method, 2) in seen or (template, "post", 4) in seen and template == "/view"
                check(ok, f"{method.upper()} {template} was answered", sorted(s for s in seen if s[0] == template))
            path = template.replace("{rule}", "decision")
            other = "PUT" if "get" in ops else "GET"
            status, _, _ = server.request(other, path)
            check(status == 405, f"{other} {path}: 405", status)
        status, _, _ = server.request("GET", "/v2/timeline")
        check(status == 404, "a path not in the document: 404", status)
        status, _, _ = server.request("GET", "/v1/offices?undocumented=1")
        check(status == 400, "a parameter not in the document: 400", status)
    finally:
        code, log = server.stop()
    check(code == 0, "SIGTERM: exit 0", f"exit {code}: {log[-2000:]}")
    return check.end()


if __name__ == "__main__":
    sys.exit(main())
