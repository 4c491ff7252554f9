"""A server on 127.0.0.1 that checks every request against an OpenAPI document with openapi-core:
200 for a valid request, 422 with the reasons otherwise.

    python validating_server.py SPEC PORT PATH_PREFIX"""

import json
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
openapi = OpenAPI.from_dict(document, config=Config(spec_validator_cls=None, extra_media_type_deserializers=readers))


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
        response = Response(json.dumps({"valid": False, "reasons": reasons}), status=422, content_type="application/json")
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
