"""Runs every HTTPie example of generated reference pages against the validating server: the
examples' base URL is replaced by the server's; every request must be valid.

    python run_httpie.py DOCS_DIR BASE_URL PORT HTTP_BINARY

Prints `N of M HTTPie examples send valid requests`, then the requests the server finds no
example could make valid, counted by reason (`K not judged: …`), and the first failures; every
failure goes to `httpie-failures.txt` beside DOCS_DIR. Exit status 1 when any example fails
for another reason."""

import collections
import concurrent.futures
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import textwrap

docs, base, port, http = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
BLOCK = re.compile(r"^    ```bash\n(.*?)^    ```$", re.S | re.M)
host = re.match(r"https?://[^/]+", base).group(0)

commands = []
for page in sorted(docs.rglob("*.md")):
    for match in BLOCK.finditer(page.read_text(encoding="utf-8")):
        commands.append((page.relative_to(docs), textwrap.dedent(match.group(1))))

work = tempfile.mkdtemp()
pathlib.Path(work, "example.bin").write_bytes(b"example")


def run(item):
    page, command = item
    local = command.replace(host, f"http://127.0.0.1:{port}", 1)
    # A `#fragment` the spec writes into a path is not sent over HTTP; sent encoded, the server
    # sees the path the example documents (two such paths differ only by their fragments).
    local = re.sub(rf"http://127\.0\.0\.1:{port}\S*", lambda m: m.group(0).replace("#", "%23"), local, count=1)
    options = "--check-status --print=b --timeout=20" + ("" if "|" in local.split("http", 1)[0] else " --ignore-stdin")
    local = re.sub(r"(^|\| )http \\\n", lambda m: f"{m.group(1)}{http} {options} \\\n", local, count=1, flags=re.M)
    result = subprocess.run(["bash", "-c", local], cwd=work, capture_output=True, text=True)
    return page, command, result


def limit_of(output):
    """The server's reason why no request could pass (the validator's limit or the document's contradiction)."""
    try:
        return json.loads(output).get("limit")
    except ValueError:
        return None


ok = 0
failures = []
limits = collections.Counter()
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    for page, command, result in pool.map(run, commands):
        if result.returncode == 0:
            ok += 1
        elif reason := limit_of(result.stdout):
            limits[reason] += 1
        else:
            failures.append(f"{page}: exit {result.returncode}: {(result.stdout + result.stderr).strip()[:1500]}\n{command}")

print(f"{ok} of {len(commands)} HTTPie examples send valid requests"
      + (f"; {sum(limits.values())} no request could pass" if limits else ""))
for reason, count in limits.most_common():
    print(f"  {count} not judged: {reason}")
# Every failure, in full, beside the pages.
(docs.parent / "httpie-failures.txt").write_text("".join(f + "\n\n" for f in failures), encoding="utf-8")
for failure in failures[:5]:
    print("  " + failure[:600].replace("\n", "\n    "))
sys.exit(0 if not failures else 1)
