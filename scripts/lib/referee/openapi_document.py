"""An OpenAPI document made ready for openapi-core on 127.0.0.1, for the servers that check
requests against the spec: the round-trip referee (`server.py`); the HTTPie examples' validating
server (`scripts/examples/validating_server.py`) still prepares its own copy.

    document, openapi = load(SPEC, PORT, PATH_PREFIX, drop_defaults=False)
"""

import json
from urllib.parse import urlparse

import yaml
from openapi_core import Config, OpenAPI


def read(spec_path):
    with open(spec_path, encoding="utf-8") as f:
        if spec_path.endswith(".json"):
            return json.load(f)
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


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


SCHEMA_KEYWORDS = {"type", "enum", "$ref", "allOf", "oneOf", "anyOf", "items", "format", "properties", "nullable"}


def without_defaults(node, parent=None):
    """Schemas without `default`: openapi-core fills a missing value with its default, and a
    referee must report only what the request carried. (`properties` and `responses` may hold
    a `default` of their own: a property, a response.)"""
    if isinstance(node, dict):
        if parent not in ("properties", "responses") and "default" in node and SCHEMA_KEYWORDS & node.keys():
            del node["default"]
        for key, value in node.items():
            without_defaults(value, key)
    elif isinstance(node, list):
        for item in node:
            without_defaults(item)


def base_path(document):
    """The path of the document's first server (its variables at their defaults): where the paths start."""
    servers = document.get("servers") or [{"url": ""}]
    url = servers[0].get("url", "")
    for k, v in (servers[0].get("variables") or {}).items():
        url = url.replace("{" + k + "}", str(v.get("default", "")))
    return urlparse(url).path.rstrip("/")


def resolve(document, node):
    """What a local `$ref` names, followed through chains; any other node as it is."""
    for _ in range(32):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/")):
            break
        target = document
        for key in node["$ref"][2:].split("/"):
            target = target.get(key.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        node = target
    return node


def writable_parameters(document):
    """`readOnly` marks a property only responses carry; a parameter's schema that says it (one
    schema shared by a property and a path parameter) would make openapi-core refuse every
    request that passes the parameter. Parameters get the schema without it."""
    def fix(parameters):
        for p in parameters or []:
            p = resolve(document, p)
            schema = resolve(document, p.get("schema")) if isinstance(p, dict) else None
            if isinstance(schema, dict) and schema.get("readOnly"):
                p["schema"] = {k: v for k, v in schema.items() if k != "readOnly"}

    for item in (document.get("paths") or {}).values():
        if isinstance(item, dict):
            fix(item.get("parameters"))
            for op in item.values():
                if isinstance(op, dict):
                    fix(op.get("parameters"))


def prepare(document, port, prefix, drop_defaults=False):
    """The document as served at http://127.0.0.1:PORT/PREFIX, in the shape openapi-core reads."""
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
    python_patterns(document)
    writable_parameters(document)
    if drop_defaults:
        without_defaults(document.get("paths"))
        without_defaults(document.get("components"))
    # Requests are what is checked, not the document: a document the spec validator finds fault
    # with (`openapi: 3.0` read as a number, …) is taken as it is.
    document["openapi"] = str(document.get("openapi", "3.0.3"))
    return document


def media_objects(document):
    """Every media type of a request or response body, with its media type object."""
    for item in document["paths"].values():
        if not isinstance(item, dict):
            continue
        for op in item.values():
            if not isinstance(op, dict):
                continue
            for body in [op.get("requestBody") or {}] + list((op.get("responses") or {}).values()):
                if isinstance(body, dict):
                    for media, obj in (body.get("content") or {}).items():
                        yield media, obj if isinstance(obj, dict) else {}


class BinaryText(str):
    """Bytes as text, for OpenAPI 3.1's `type: string` (which openapi-core checks as `str` only),
    still known to be the bytes they were."""


def binary(data):
    if isinstance(data, (bytes, bytearray)):
        try:
            return BinaryText(bytes(data).decode("utf-8"))
        except UnicodeDecodeError:
            return data
    return data


def json_or_bytes(data):
    """A body of a media type range (`*/*`): JSON when it parses as JSON (openapi-core reads it by
    the range it matched, which names no format), else its bytes."""
    try:
        return json.loads(data)
    except (ValueError, TypeError):
        return binary(data)


KNOWN_FORMATS = {
    "date", "date-time", "time", "duration", "uuid", "byte", "binary", "int32", "int64", "float", "double", "password",
    "email", "idn-email", "ipv4", "ipv6", "hostname", "idn-hostname", "uri", "uri-reference", "uri-template", "iri",
    "iri-reference", "json-pointer", "relative-json-pointer", "regex",
}


def formats(node, out):
    """Every `format` the document's schemas name."""
    if isinstance(node, dict):
        if isinstance(node.get("format"), str):
            out.add(node["format"])
        for value in node.values():
            formats(value, out)
    elif isinstance(node, list):
        for item in node:
            formats(item, out)
    return out


def openapi_of(document):
    """openapi-core over the document; other JSON media types (`…+json`) read as JSON, text as
    text, and any other media type whose schema is a string that is not binary as text too."""
    readers = {}
    for media, obj in media_objects(document):
        base = media.split(";")[0].strip().lower()
        schema = obj.get("schema") if isinstance(obj.get("schema"), dict) else {}
        if base.endswith("/*"):
            readers[media] = json_or_bytes
        elif base != "application/json" and (base.endswith("+json") or base.endswith("/json")):
            readers[media] = lambda data: json.loads(data)
        elif base.startswith("text/") or (
            schema.get("type") == "string" and schema.get("format") != "binary"
            and base not in ("application/json", "application/x-www-form-urlencoded") and not base.startswith("multipart/")
        ):
            readers[media] = lambda data: data.decode("utf-8") if isinstance(data, bytes) else data
        elif schema.get("format") == "binary" and not base.startswith("multipart/") and base not in ("application/json", "application/x-www-form-urlencoded"):
            # (Readers go by media type for the whole document: one JSON response declared as a
            # binary string must not turn every JSON body into text.)
            readers[media] = binary
    # A format JSON Schema does not define is an annotation; openapi-core 0.23 rejects a value of
    # one it does not know (python-openapi/openapi-core#515), so each is read as it is.
    unknown = {f: (lambda v: v) for f in formats(document, set()) - KNOWN_FORMATS}
    config = Config(spec_validator_cls=None, extra_media_type_deserializers=readers, extra_format_unmarshallers=unknown)
    return OpenAPI.from_dict(document, config=config)


def load(spec_path, port, prefix=None, drop_defaults=False):
    """The prepared document and openapi-core over it; PREFIX defaults to the first server's path."""
    document = read(spec_path)
    if prefix is None:
        prefix = base_path(document)
    document = prepare(document, port, prefix, drop_defaults)
    return document, openapi_of(document)


def reasons(error):
    """Every reason openapi-core gives for a request or response it rejects, the most precise
    first: each schema error with where in the value it is, then the errors that wrap it."""
    chain = []
    e = error
    while e is not None and len(chain) < 8:
        chain.append(e)
        e = e.__cause__ or e.__context__
    precise = []
    for e in chain:
        for x in getattr(e, "schema_errors", None) or getattr(e, "errors", None) or []:
            path = "/".join(str(p) for p in getattr(x, "absolute_path", []) or [])
            message = getattr(x, "message", None) or str(x)
            precise.append(f"{path}: {message}" if path else message)
    return precise + [str(e).split("\n")[0] for e in chain]
