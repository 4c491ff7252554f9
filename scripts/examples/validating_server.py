"""A server on 127.0.0.1 that checks every request against an OpenAPI document with openapi-core:
200 for a valid request, 422 with the reasons otherwise.

    python validating_server.py SPEC PORT [PATH_PREFIX]

PATH_PREFIX defaults to the path of the document's first server."""

import json
import pathlib
import re
import sys
from wsgiref.simple_server import make_server

from werkzeug.wrappers import Request, Response
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "lib"))
from referee.openapi_document import load, resolve as resolve_in  # noqa: E402
from referee.quiet_handler import QuietHandler  # noqa: E402

spec_path, port = sys.argv[1], int(sys.argv[2])
# The document as openapi-core reads it on this server, under the path of its first server
# (the examples call that server): the same preparation as the round-trip referee's.
document, openapi = load(spec_path, port, sys.argv[3] if len(sys.argv) > 3 else None)


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
    return resolve_in(document, node)


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
    if re.search(r"is valid under each of (\{[^{}]*\}), \1", text):
        return "the document's oneOf lists one schema twice: every value meets both, so no request passes"
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


make_server("127.0.0.1", port, app, handler_class=QuietHandler).serve_forever()
