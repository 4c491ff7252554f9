"""Values made from a JSON schema of an OpenAPI document, to answer with: every property the
schema declares (required ones at any depth, optional ones near the top), one item per array, one
entry per map, the first branch of a oneOf/anyOf (its discriminator set), allOf parts merged, and
strings in their format."""

import copy

FORMATS = {
    "date-time": "2024-05-06T07:08:09Z",
    "date": "2024-05-06",
    "time": "07:08:09",
    "uuid": "123e4567-e89b-42d3-a456-426614174000",
    "uri": "https://example.com/item",
    "url": "https://example.com/item",
    "uri-reference": "https://example.com/item",
    "iri": "https://example.com/item",
    "email": "user@example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "hostname": "example.com",
    "byte": "cmVmZXJlZQ==",
    # Inside JSON, bytes travel as base64 text.
    "binary": "cmVmZXJlZQ==",
    "password": "secret",
}


class Synthesizer:
    # Optional properties are filled down to this depth; required ones down to MAX_DEPTH.
    OPTIONAL_DEPTH = 3
    MAX_DEPTH = 12

    def __init__(self, document, branch=0):
        self.document = document
        # Which branch of every oneOf/anyOf to take (modulo their count): where branches overlap,
        # a value valid under exactly one of them may be in another.
        self.branch = branch

    def resolve(self, node):
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 32:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                return {}
            target = self.document
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                target = target.get(part, {}) if isinstance(target, dict) else {}
            node = target
            seen += 1
        return node if isinstance(node, dict) else {}

    def flatten(self, schema, hops=0):
        """A schema with its `allOf` parts merged in: properties (one named in several parts
        holds all their schemas), required names, and the first part's other keywords."""
        if "allOf" not in schema or hops > 16:
            return schema
        out = {k: v for k, v in schema.items() if k != "allOf"}
        properties = dict(out.get("properties") or {})
        required = list(out.get("required") or [])
        for part in schema["allOf"]:
            part = self.flatten(self.resolve(part), hops + 1)
            for key, value in part.items():
                if key == "properties":
                    for name, prop in value.items():
                        properties[name] = {"allOf": [properties[name], prop]} if name in properties else prop
                elif key == "required":
                    required += value
                elif key not in out:
                    out[key] = value
        if properties:
            out["properties"] = properties
        if required:
            out["required"] = required
        return out

    def value(self, schema, depth=0, stack=()):
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        schema = self.resolve(schema)
        if ref is not None:
            if stack.count(ref) >= 2:
                return None
            stack = stack + (ref,)
        schema = self.flatten(schema)
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            values = [v for v in schema["enum"] if v is not None]
            return copy.deepcopy(values[0] if values else None)
        for key in ("oneOf", "anyOf"):
            if key in schema and schema[key]:
                branches = [b for b in schema[key] if self.resolve(b).get("type") != "null"] or schema[key]
                branch = branches[self.branch % len(branches)]
                v = self.value(branch, depth, stack)
                discriminator = schema.get("discriminator") or {}
                name = discriminator.get("propertyName")
                if name and isinstance(v, dict):
                    tag = None
                    for k, target in (discriminator.get("mapping") or {}).items():
                        if target == branch.get("$ref"):
                            tag = k
                            break
                    if tag is None and "$ref" in branch:
                        tag = branch["$ref"].rsplit("/", 1)[-1]
                    if tag is not None:
                        v[name] = tag
                return v
        types = schema.get("type")
        if isinstance(types, list):
            types = next((t for t in types if t != "null"), "null")
        if types is None:
            if "properties" in schema or "additionalProperties" in schema:
                types = "object"
            elif "items" in schema:
                types = "array"
        if types == "object":
            return self.object(schema, depth, stack)
        if types == "array":
            if depth >= self.MAX_DEPTH:
                return []
            item = self.value(schema.get("items") or {}, depth + 1, stack)
            if item is None:
                return []
            count = max(1, schema.get("minItems") or 0)
            if schema.get("uniqueItems") and count > 1:
                return [item]
            return [copy.deepcopy(item) for _ in range(count)]
        if types == "string":
            return self.string(schema)
        if types == "integer":
            return int(self.number(schema, 1))
        if types == "number":
            return self.number(schema, 1.5)
        if types == "boolean":
            return True
        if types == "null":
            return None
        return "referee"

    def object(self, schema, depth, stack):
        out = {}
        required = set(schema.get("required") or [])
        for name, prop in (schema.get("properties") or {}).items():
            resolved = self.resolve(prop)
            if resolved.get("writeOnly"):
                continue
            if name not in required and depth >= self.OPTIONAL_DEPTH:
                continue
            if depth >= self.MAX_DEPTH:
                break
            v = self.value(prop, depth + 1, stack)
            if v is None and name not in required and not resolved.get("nullable"):
                continue
            out[name] = v
        # A required name no property declares: any value will do.
        for name in schema.get("required") or []:
            if name not in out and name not in (schema.get("properties") or {}):
                out[name] = "referee"
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and depth < self.OPTIONAL_DEPTH and not schema.get("properties"):
            v = self.value(extra, depth + 1, stack)
            if v is not None:
                out["key"] = v
        return out

    def string(self, schema):
        s = FORMATS.get(schema.get("format"), "referee")
        low, high = schema.get("minLength"), schema.get("maxLength")
        if low and len(s) < low:
            s = s + "x" * (low - len(s))
        if high is not None and len(s) > high:
            s = s[:high]
        return s

    def number(self, schema, preferred):
        low = schema.get("minimum")
        high = schema.get("maximum")
        v = preferred
        if low is not None and v < low:
            v = low + (1 if schema.get("exclusiveMinimum") is True else 0)
        if high is not None and v > high:
            v = high - (1 if schema.get("exclusiveMaximum") is True else 0)
        if isinstance(schema.get("exclusiveMinimum"), (int, float)) and not isinstance(schema.get("exclusiveMinimum"), bool):
            v = max(v, schema["exclusiveMinimum"] + 1)
        multiple = schema.get("multipleOf")
        if multiple:
            v = multiple * max(1, round(v / multiple))
        return v
