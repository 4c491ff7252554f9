"""Compares what the round-trip driver passed with what the referee understood, call by call,
and prints `N of M operations round-trip` and the causes of the failures.

    python compare.py NAME DRIVER_OUTPUT RECORDS [DETAILS]

A call round-trips when it was made, the referee found the request valid, understood every
parameter and the body exactly as passed (and nothing else), found the credentials of the
operation's first security alternative (and no other), answered with a valid response, and the
client decoded that response into what was sent (a JSON body, encoded again, compared). DETAILS (a file) gets every failure with its reasons."""

import base64
import collections
import datetime
import json
import sys

name, driver_path, records_path = sys.argv[1], sys.argv[2], sys.argv[3]
details_path = sys.argv[4] if len(sys.argv) > 4 else None


def read_lines(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("{"):
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    pass
    return out


def as_datetime(text):
    if not isinstance(text, str) or len(text) < 19 or text[4:5] != "-" or text[10:11] not in ("T", "t", " "):
        return None
    try:
        d = datetime.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=datetime.timezone.utc)


def as_bytes(value):
    if isinstance(value, dict) and set(value) == {"$bytes"}:
        return base64.b64decode(value["$bytes"])
    return None


def textual(value):
    """A scalar as a parameter's text carries it: `true`, `3`, `0.6`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(float(value))
    if isinstance(value, str):
        try:
            return repr(float(value))
        except ValueError:
            return value
    return None


def same_parameter(expected, actual):
    """A parameter is text: a string that reads as the number (or boolean) understood is the same
    value (`union_prop: 0.6` of a string-or-number schema), and scalars inside lists and objects too."""
    if same(expected, actual):
        return True
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(same_parameter(e, a) for e, a in zip(expected, actual))
    if isinstance(expected, dict) and isinstance(actual, dict):
        keys = {k for k, v in expected.items() if v is not None} | {k for k, v in actual.items() if v is not None}
        return all(k in expected and k in actual and same_parameter(expected[k], actual[k]) for k in keys)
    scalars = (str, int, float, bool)
    return isinstance(expected, scalars) and isinstance(actual, scalars) and textual(expected) == textual(actual)


def same(expected, actual):
    """Whether the referee understood `expected` as `actual` (JSON values as the two sides print them)."""
    eb, ab = as_bytes(expected), as_bytes(actual)
    if ab is not None:
        if eb is not None:
            return eb == ab
        if isinstance(expected, str):
            # A binary property of a model is base64 in its JSON form, the bytes themselves in a multipart part.
            try:
                if base64.b64decode(expected, validate=True) == ab:
                    return True
            except ValueError:
                pass
            return expected.encode() == ab
        return False
    if eb is not None:
        return isinstance(actual, str) and actual.encode() == eb
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(expected) is type(actual) and expected == actual
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return expected == actual
    if isinstance(expected, str) and isinstance(actual, str):
        if expected == actual:
            return True
        de, da = as_datetime(expected), as_datetime(actual)
        if de is not None and da is not None:
            return de == da
        # `format: byte`: the client sends base64, openapi-core unmarshals the text it encodes.
        try:
            if base64.b64decode(expected, validate=True) == actual.encode():
                return True
        except ValueError:
            pass
        return expected.lower() == actual.lower() and len(expected) == 36 and expected.count("-") == 4  # a UUID
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(same(e, a) for e, a in zip(expected, actual))
    if isinstance(expected, dict) and isinstance(actual, dict):
        # A null and a missing property say the same (a form has no null).
        keys = {k for k, v in expected.items() if v is not None} | {k for k, v in actual.items() if v is not None}
        return all(k in expected and k in actual and same(expected[k], actual[k]) for k in keys)
    return expected == actual


def short(value, limit=160):
    text = json.dumps(value, sort_keys=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def credential_found(c, raw):
    value = c["prefix"] + c["value"]
    location = c["location"]
    if location == "query":
        return value in raw["query"].get(c["name"], [])
    if location == "cookie":
        return raw["cookies"].get(c["name"]) == value
    header = raw["headers"].get(c["name"].lower(), "")
    if location == "basic":
        token = base64.b64encode(f"{c['value']}:{c['password']}".encode()).decode()
        return header == "Basic " + token
    return header == value


def judge(call, record):
    """The causes (short, for the breakdown) and details of a call's failure; empty when it round-trips."""
    causes = []
    if call["outcome"] == "skipped":
        return [("not called: " + call["detail"], "")]
    if record is None:
        return [("no request reached the referee", call["outcome"] + ": " + call["detail"][:300])]
    for error in record.get("errors", [])[:1]:
        causes.append(("request rejected by openapi-core", "; ".join(record["errors"])[:600]))
    understood = record.get("parameters") or {}
    for location in ("path", "query", "header", "cookie"):
        expected = (call.get("parameters") or {}).get(location) or {}
        actual = understood.get(location) or {}
        if location == "header":
            actual = {k.lower(): v for k, v in actual.items()}
        for key, value in expected.items():
            k = key.lower() if location == "header" else key
            if k not in actual:
                if "errors" not in record:
                    causes.append((f"{location} parameter missing", f"{key}: passed {short(value)}"))
            elif not same_parameter(value, actual[k]):
                causes.append((f"{location} parameter differs", f"{key}: passed {short(value)}, understood {short(actual[k])}"))
        for key, value in actual.items():
            if key not in ({k.lower() for k in expected} if location == "header" else expected):
                causes.append((f"{location} parameter not passed but sent", f"{key}: {short(value)}"))
    if call.get("hasBody") and "errors" not in record:
        if not same(call["body"], record.get("body")):
            kind = (record.get("raw") or {}).get("contentType") or "no content type"
            causes.append((f"body differs ({kind.split(';')[0]})", f"passed {short(call['body'], 400)}, understood {short(record.get('body'), 400)}"))
    raw = record.get("raw") or {}
    for c in call.get("credentials") or []:
        if not credential_found(c, raw):
            causes.append(("credential missing", f"{c['scheme']} ({c['location']} {c['name']})"))
    for c in call.get("otherCredentials") or []:
        if credential_found(c, raw):
            causes.append(("credential sent that the operation does not require", f"{c['scheme']} ({c['location']} {c['name']})"))
    if record.get("responseErrors"):
        causes.append(("referee found no valid response", "; ".join(record["responseErrors"])[:400]))
    if record.get("responseErrors"):
        pass  # a response the referee could not make valid says nothing of the client's decoding
    elif call["outcome"] == "ok" and call.get("hasResponse") and "responseBody" in record:
        if not same(record["responseBody"], call["response"]):
            causes.append(("response decoded as something else", f"sent {short(record['responseBody'], 400)}, decoded {short(call['response'], 400)}"))
    elif call["outcome"] == "decode":
        causes.append(("response does not decode", call["detail"][:600]))
    elif call["outcome"] == "status":
        causes.append(("response status not accepted", call["detail"][:300]))
    elif call["outcome"] == "error":
        causes.append(("call failed", call["detail"][:300]))
    return causes


lines = read_lines(driver_path)
calls = [c for c in lines if "call" in c]
announced = next((c["operations"] for c in lines if "operations" in c), len(calls))
records = {}
for r in read_lines(records_path):
    records.setdefault(str(r.get("call")), r)  # the first request of a call (a paginated call sends one)
total = max(announced, len(calls))
passed = 0
breakdown = collections.Counter()
details = []
if len(calls) < total:
    breakdown["the driver stopped before the call (see driver.log)"] = total - len(calls)
for call in calls:
    causes = judge(call, records.get(str(call["call"])))
    if not causes:
        passed += 1
        continue
    for cause in sorted({c for c, _ in causes}):
        breakdown[cause] += 1
    details.append(f"{call['method']} {call['route']} ({call['operation']}):\n" + "\n".join(f"    {c}: {d}" for c, d in causes))
print(f"{name}: {passed} of {total} operations round-trip")
for cause, count in breakdown.most_common():
    print(f"    {count:5d}  {cause}")
if details_path:
    with open(details_path, "w", encoding="utf-8") as f:
        f.write("\n".join(details) + "\n")
sys.exit(0 if passed == total else 1)
