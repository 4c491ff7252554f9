"""The referee of the round-trip check: a server on 127.0.0.1 that unmarshals every request with
openapi-core against the OpenAPI document, writes what it understood (path, query, header and
cookie parameters, the body, the raw credentials) as one JSON line per request to RECORDS, and
answers with a response valid for the operation: the documented success status, a media type the
request accepts, the media type's example when openapi-core finds it valid, else a value made
from the response schema.

    python server.py SPEC PORT RECORDS

It serves the paths under the path of the document's first server, and writes its URL to
RECORDS.url once it listens.

The driver names each request's call and operation in `X-Referee-Call` and `X-Referee-Route`
(`METHOD /path/{template}`). Schema defaults are dropped from the document it reads: a value
openapi-core would fill in was not sent."""

import base64
import datetime
import decimal
import json
import pathlib
import sys
import uuid
from wsgiref.simple_server import make_server

from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from werkzeug.wrappers import Request, Response

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from referee.openapi_document import BinaryText, load, openapi_of, reasons  # noqa: E402
from referee.quiet_handler import QuietHandler  # noqa: E402
from referee.synthesize import Synthesizer  # noqa: E402



def cast_parts():
    """openapi-core 0.23 reads each part of a multipart body by its content type and stops there:
    an integer, number or boolean property stays the part's text, and bytes stay bytes where
    OpenAPI 3.1's schema says string. The referee reads parts as their schema says."""
    from openapi_core.deserializing.media_types.deserializers import MediaTypeDeserializer

    read = MediaTypeDeserializer.decode_property_content_type

    def cast(value, kind):
        if isinstance(value, (bytes, bytearray)) and kind == "string":
            try:
                return BinaryText(bytes(value).decode("utf-8"))
            except UnicodeDecodeError:
                return value
        if isinstance(value, (bytes, bytearray)) and kind in ("integer", "number", "boolean"):
            try:
                value = bytes(value).decode("utf-8")
            except UnicodeDecodeError:
                return value
        if not isinstance(value, str):
            return value
        try:
            if kind == "integer":
                return int(value)
            if kind == "number":
                return float(value) if any(c in value for c in ".eE") else int(value)
        except ValueError:
            return value
        if kind == "boolean" and value in ("true", "false"):
            return value == "true"
        return value

    def decode(self, prop_name, prop_schema, location, prop_encoding=None):
        value = read(self, prop_name, prop_schema, location, prop_encoding)
        if not self.mimetype.startswith("multipart"):
            return value
        kind = (prop_schema / "type").read_str("")
        if not kind and (prop_schema / "format").read_str("") != "binary":
            kind = "string"  # no type (an enum, an anyOf of strings): text
        if kind == "array":
            items = (prop_schema / "items" / "type").read_str("") if "items" in prop_schema else ""
            return [cast(v, items) for v in value] if isinstance(value, list) else value
        return cast(value, kind)

    MediaTypeDeserializer.decode_property_content_type = decode


cast_parts()
spec_path, port, records_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
document, openapi = load(spec_path, port, drop_defaults=True)
synthesizer = Synthesizer(document)
records = open(records_path, "a", encoding="utf-8")


def plain(value):
    """An unmarshalled value as JSON: dates and UUIDs as text, bytes as `{"$bytes": base64}`."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [plain(v) for v in value]
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, BinaryText):
        return {"$bytes": base64.b64encode(value.encode("utf-8")).decode("ascii")}
    if isinstance(value, decimal.Decimal):
        return float(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "read"):
        return {"$bytes": base64.b64encode(value.read()).decode("ascii")}
    return str(value)


routed = {}


def openapi_for(route):
    """openapi-core over the document, or, for a path with a fragment (`/files/{id}#copy`: several
    operations of one path and method, told apart only by the fragment, which no request carries),
    over a document of that path alone, so the request is read as the operation the driver called."""
    path = route.partition(" ")[2].split("?", 1)[0]
    if "#" not in path:
        return openapi
    if path not in routed:
        only = dict(document)
        only["paths"] = {path.split("#", 1)[0]: document["paths"].get(path, {})}
        routed[path] = openapi_of(only)
    return routed[path]


def understood(request, route):
    """What openapi-core makes of the request, and why it rejects it if it does."""
    record = {}
    try:
        result = openapi_for(route).unmarshal_request(WerkzeugOpenAPIRequest(request))
        errors = []
        for e in result.errors:
            errors += reasons(e)
        if errors:
            record["errors"] = errors
        p = result.parameters
        record["parameters"] = {
            "path": plain(dict(p.path)), "query": plain(dict(p.query)), "header": plain(dict(p.header)), "cookie": plain(dict(p.cookie))
        }
        record["body"] = plain(result.body)
    except Exception as e:  # the request could not be read at all
        record["errors"] = reasons(e)
    record["raw"] = {
        "query": {k: request.args.getlist(k) for k in request.args.keys()},
        "headers": {k.lower(): v for k, v in request.headers.items()},
        "cookies": dict(request.cookies),
        "contentType": request.headers.get("Content-Type"),
    }
    return record


def success_status(responses):
    codes = sorted(k for k in responses if len(k) == 3 and k.startswith("2") and k.isdigit())
    if "200" in codes:
        return "200", 200
    if codes:
        return codes[0], int(codes[0])
    for key in ("2XX", "2xx", "default"):
        if key in responses:
            return key, 200
    return None, 200


def accepts(accept, media):
    media = media.split(";")[0].strip().lower()
    for item in (accept or "*/*").split(","):
        item = item.split(";")[0].strip().lower()
        if item in ("*/*", media) or (item.endswith("/*") and media.startswith(item[:-1])):
            return True
    return False


def encode(value, media):
    base = media.split(";")[0].strip().lower()
    if "json" in base:
        return json.dumps(value).encode()
    if isinstance(value, str):
        return value.encode()
    if base.startswith("text/"):
        return json.dumps(value).encode()
    return b"referee-bytes"


def candidates(media_object):
    """The bodies to try: the media type's example, its examples, then values made from its
    schema (taking the first, second and third branch of each oneOf/anyOf)."""
    media_object = synthesizer.resolve(media_object)
    out = []
    if "example" in media_object:
        out.append(media_object["example"])
    for example in (media_object.get("examples") or {}).values():
        example = synthesizer.resolve(example)
        if "value" in example:
            out.append(example["value"])
    if "schema" in media_object:
        for branch in range(3):
            value = Synthesizer(document, branch).value(media_object["schema"])
            if value not in out:
                out.append(value)
    return out or [None]


def answer(request, route):
    """A response valid for the operation, and what openapi-core found wrong with it if none was."""
    method, _, path = route.partition(" ")
    op = (document["paths"].get(path.split("?", 1)[0]) or {}).get(method.lower())
    if not isinstance(op, dict):
        return Response(b"", status=404), ["no operation " + route]
    key, status = success_status(op.get("responses") or {})
    spec_response = synthesizer.resolve((op.get("responses") or {}).get(key) or {}) if key else {}
    headers = {}
    for name, header in (spec_response.get("headers") or {}).items():
        header = synthesizer.resolve(header)
        if header.get("required"):
            v = synthesizer.value(header.get("schema") or {})
            headers[name] = v if isinstance(v, str) else json.dumps(v)
    content = spec_response.get("content") or {}
    if status in (204, 205, 304) or not content:
        return Response(b"", status=status, headers=headers), []
    medias = [m for m in content if accepts(request.headers.get("Accept"), m)] or list(content)
    medias.sort(key=lambda m: "json" not in m.lower())
    media = medias[0]
    problems = []
    response = None
    for body in candidates(content[media]):
        response = Response(encode(body, media), status=status, headers=headers, content_type=media)
        response.sent = body if "json" in media.lower() else None
        try:
            openapi_for(route).validate_response(WerkzeugOpenAPIRequest(request), WerkzeugOpenAPIResponse(response))
            return response, []
        except Exception as e:
            problems = reasons(e)
    return response, problems


def app(environ, start_response):
    request = Request(environ)
    route = request.headers.get("X-Referee-Route", "")
    record = {"call": request.headers.get("X-Referee-Call", ""), "route": route}
    record.update(understood(request, route))
    response, problems = answer(request, route)
    record["status"] = response.status_code
    if getattr(response, "sent", None) is not None:
        record["responseBody"] = response.sent
    if problems:
        record["responseErrors"] = problems
    records.write(json.dumps(record) + "\n")
    records.flush()
    return response(environ, start_response)


server = make_server("127.0.0.1", port, app, handler_class=QuietHandler)
with open(records_path + ".url", "w", encoding="utf-8") as f:
    f.write(document["servers"][0]["url"] + "\n")
server.serve_forever()
