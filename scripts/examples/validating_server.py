"""A server on 127.0.0.1 that checks every request against an OpenAPI document with openapi-core:
200 for a valid request, 422 with the reasons otherwise.

    python validating_server.py SPEC PORT PATH_PREFIX"""

import json
import re
import sys
from wsgiref.simple_server import WSGIRequestHandler, make_server

import yaml
from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest
from werkzeug.wrappers import Request, Response

spec_path, port, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(spec_path, encoding="utf-8") as f:
    document = json.load(f) if spec_path.endswith(".json") else yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
# The examples call the document's first server; here that is this server, under the same path.
document["servers"] = [{"url": f"http://127.0.0.1:{port}{prefix}"}]
# YAML reads `200:` as a number; OpenAPI means the text. A path written with a fixed query
# (`/decrypt?api-version=1`) is matched by its path.
paths = {}
for path, item in (document.get("paths") or {}).items():
    if isinstance(item, dict):
        item.pop("servers", None)
        for op in item.values():
            if isinstance(op, dict):
                op.pop("servers", None)
                if isinstance(op.get("responses"), dict):
                    op["responses"] = {str(k): v for k, v in op["responses"].items()}
    paths[path.split("?", 1)[0]] = item
document["paths"] = paths


def python_patterns(node):
    """ECMA and PCRE spell the end of input `\\z`; Python's `re` spells it `\\Z`."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                node[key] = value.replace("\\z", "\\Z")
            else:
                python_patterns(value)
    elif isinstance(node, list):
        for item in node:
            python_patterns(item)


python_patterns(document)
# Requests are what is checked, not the document: a document the spec validator finds fault
# with (`openapi: 3.0` read as a number, …) is taken as it is.
document["openapi"] = str(document.get("openapi", "3.0.3"))
# openapi-core reads `application/json` bodies; other JSON types (`…+json`) and text as such too.
media_types = {
    media
    for item in document["paths"].values() if isinstance(item, dict)
    for op in item.values() if isinstance(op, dict)
    for media in ((op.get("requestBody") or {}).get("content") or {})
}
readers = {}
for media in media_types:
    base = media.split(";")[0].strip().lower()
    if base != "application/json" and (base.endswith("+json") or base.endswith("/json")):
        readers[media] = lambda data: json.loads(data)
    elif base.startswith("text/"):
        readers[media] = lambda data: data.decode("utf-8") if isinstance(data, bytes) else data
    elif base.endswith("/*"):
        # A media range is met by the type the request names; openapi-core would pick the reader
        # by the range itself and read every body as bytes.
        readers[media] = lambda data: read_as_sent(data)


def read_as_sent(data):
    sent = (current.get("mimetype") or "").lower()
    if sent == "application/json" or sent.endswith("+json"):
        return json.loads(data)
    if sent.startswith("text/"):
        return data.decode("utf-8") if isinstance(data, bytes) else data
    return data


current = {}
openapi = OpenAPI.from_dict(document, config=Config(spec_validator_cls=None, extra_media_type_deserializers=readers))


def schemas(node):
    """Every schema object of the document (anything with `properties` or `required`)."""
    if isinstance(node, dict):
        if isinstance(node.get("required"), list) or isinstance(node.get("properties"), dict):
            yield node
        for value in node.values():
            yield from schemas(value)
    elif isinstance(node, list):
        for item in node:
            yield from schemas(item)


def parameters(node):
    """Every parameter object of the document, resolved."""
    if isinstance(node, dict):
        for p in node.get("parameters") or [] if isinstance(node.get("parameters"), list) else []:
            yield resolve(p)
        for value in node.values():
            yield from parameters(value)
    elif isinstance(node, list):
        for item in node:
            yield from parameters(item)


def resolve(node):
    """The schema a local `$ref` names (followed through chains)."""
    for _ in range(32):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/")):
            break
        target = document
        for key in node["$ref"][2:].split("/"):
            target = target.get(key.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        node = target
    return node


def limit(request, reasons):
    """Why no request could pass, when that is the validator's limit or the document's own
    contradiction rather than the example's fault; None otherwise."""
    text = "\n".join(reasons)
    first = reasons[0] if reasons else ""
    if "parameter" in first and "Tried to write read-only property" in text:
        return "openapi-core checks parameters as writes and refuses a parameter schema marked readOnly, whatever the value"
    if "Expected a string value, got <class 'list'>" in text:
        return "openapi-core cannot read a parameter whose `type` is a list (3.1 `type: [string, null]`), whatever the value"
    if re.search(r"b'[^']*' is not (of type 'string'|valid under any of the given schemas)", text):
        return "openapi-core reads this body (or multipart part) as bytes, which no string schema accepts"
    if (request.mimetype or "").startswith("multipart/") and re.search(r"'[^']*' is not of type '(number|integer|boolean)'", text):
        return "openapi-core does not convert multipart text parts to their property's type"
    if "query parameter" in first and "is not one of [None]" in text:
        return "the parameter allows only null, which a query string cannot carry"
    for name in re.findall(r"Additional properties are not allowed \('([^']+)' was unexpected\)", text):
        if any(name in s.get("required", []) and name not in (s.get("properties") or {}) and s.get("additionalProperties") is False
               for s in schemas(document)):
            return f"the document requires `{name}` in a schema that allows no property of that name: no body passes"
    for name in re.findall(r"Missing required query parameter: (.+)$", first):
        if any(p.get("name") == name and p.get("in") == "query" and resolve(p.get("schema")).get("type") == "object"
               and p.get("style", "form") == "form" and p.get("explode", True) for p in parameters(document)):
            return "openapi-core cannot read an object query parameter sent exploded (style form: one item per property)"
    form = (request.mimetype or "") == "application/x-www-form-urlencoded"
    for name in re.findall(r"'([^']+)' is a required property", text):
        if form and any(name in (s.get("required") or []) and name not in (s.get("properties") or {}) for s in schemas(document)):
            return f"openapi-core reads only the declared properties of a form body; `{name}` is required but not declared"
        if any(name in (s.get("required") or []) and "$ref" in ((s.get("properties") or {}).get(name) or {})
               and resolve(s["properties"][name]).get("readOnly") is True for s in schemas(document)):
            return (f"`{name}` is required and readOnly (by its $ref), so requests leave it out (OpenAPI 3.0); "
                    "openapi-core does not see readOnly through the $ref")
    return None


def app(environ, start_response):
    request = Request(environ)
    current["mimetype"] = request.mimetype
    try:
        openapi.validate_request(WerkzeugOpenAPIRequest(request))
        response = Response('{"valid": true}', status=200, content_type="application/json")
    except Exception as e:  # every reason a request is not valid
        reasons = [str(e)] + [str(x) for x in getattr(e, "schema_errors", []) or getattr(e, "errors", [])]
        cause = e.__cause__
        while cause is not None:
            reasons.append(str(cause))
            cause = cause.__cause__
        response = Response(json.dumps({"valid": False, "limit": limit(request, reasons), "reasons": reasons}), status=422, content_type="application/json")
    return response(environ, start_response)


class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass

    def get_environ(self):
        # wsgiref reports `text/plain` for a request that names no Content-Type; report none.
        env = super().get_environ()
        if self.headers.get("content-type") is None:
            env.pop("CONTENT_TYPE", None)
        return env


make_server("127.0.0.1", port, app, handler_class=Quiet).serve_forever()
