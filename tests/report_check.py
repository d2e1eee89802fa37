#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""report_check.py — end-to-end tests of storcheck's reports.

usage: report_check.py STORCHECK SOURCE_DIR TEST [TOOL]

Each TEST builds a small miniport tree in a temporary folder, runs storcheck
and checks what comes out: formats, hostile names and contents, fingerprint
stability, grouping of one defect's places, baselines, suppressions,
configuration, outputs, changed lines, the SARIF Multitool (TOOL) and a
headless Chromium render (TOOL).
Exit 0 pass, 1 fail, 77 skipped (a tool is missing).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

STORCHECK, SRC, TEST = sys.argv[1], sys.argv[2], sys.argv[3]
TOOL = sys.argv[4] if len(sys.argv) > 4 else None
SKIP = 77
failures = []

PRELUDE = (
    "typedef struct _STOR_SCATTER_GATHER_LIST {unsigned NumberOfElements;} STOR_SCATTER_GATHER_LIST, "
    "*PSTOR_SCATTER_GATHER_LIST;\n"
    "PSTOR_SCATTER_GATHER_LIST StorPortGetScatterGatherList(void*, void*);\n"
)


def escapes(name):
    """A function storing the SG list in global g_<name>: one sg-escapes-srb finding."""
    return (f"static PSTOR_SCATTER_GATHER_LIST g_{name};\n"
            f"void {name}(void *e, void *s)\n{{\n    g_{name} = StorPortGetScatterGatherList(e, s);\n}}\n")


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


def run(args, cwd=None, env=None, input=None):
    e = dict(os.environ)
    e.pop("NO_COLOR", None)
    if env:
        e.update(env)
    p = subprocess.run([STORCHECK] + args, cwd=cwd, env=e, capture_output=True, input=input)
    return p.returncode, p.stdout, p.stderr


def write(path, text, mode="w"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(text)


def tree(tmp, files):
    for name, text in files.items():
        write(os.path.join(tmp, name), text, "wb" if isinstance(text, bytes) else "w")
    return tmp


def load_json(b, what):
    try:
        return json.loads(b.decode("utf-8"))
    except Exception as ex:  # noqa: BLE001
        check(False, f"{what}: not JSON in UTF-8 ({ex})")
        return None


def validate_schema(doc, what):
    try:
        import jsonschema
    except ImportError:
        check(False, "python3-jsonschema is not installed")
        return
    with open(os.path.join(SRC, "docs", "report.schema.json")) as f:
        schema = json.load(f)
    v = jsonschema.Draft202012Validator(schema)
    errs = sorted(v.iter_errors(doc), key=str)
    for e in errs[:5]:
        check(False, f"{what}: schema: {e.message} at {list(e.absolute_path)}")


def json_report(root, *extra):
    rc, out, err = run(["--format", "json", *extra, root])
    doc = load_json(out, "json report")
    if doc is not None:
        validate_schema(doc, "json report")
    return rc, doc, err


# ---------------------------------------------------------------------------

def t_formats(tmp):
    root = tree(tmp, {"drv/io.c": PRELUDE + escapes("StartIo") + escapes("Dpc")})
    rc, doc, _ = json_report(root)
    check(rc == 1, f"json exit status {rc}, expected 1")
    check(doc and len(doc["findings"]) == 2, "two findings in JSON")
    f0 = doc["findings"][0]
    check(f0["file"] == "drv/io.c" and f0["rule"] == "sg-escapes-srb" and f0["trace"], "finding fields")
    check(doc["units"][0]["status"] == "ok", "unit status ok")
    check(doc["settings"]["fail_on"] == "warning", "settings.fail_on")

    # text: no colour when piped, colour when asked, none with NO_COLOR; paths
    # open from the current folder
    rc, out, _ = run([root], cwd=root)
    text = out.decode()
    check(re.search(r"^drv/io\.c:\d+:\d+: error: .* \[sg-escapes-srb\]$", text, re.M), "text finding line")
    check(re.search(r"^drv/io\.c:\d+:\d+: note: ", text, re.M), "text note line")
    # each location is followed by its source line and a caret under the column
    m = re.search(r"^drv/io\.c:\d+:(\d+): error: .*\n    (.*)\n    ( *)\^$", text, re.M)
    check(m and len(m.group(3)) == int(m.group(1)) - 1 and "g_" in m.group(2), "text excerpt with a caret under the column")
    check("storcheck: by rule: sg-escapes-srb 2" in text, "counts per rule")
    _, out, _ = run(["--quiet", root], cwd=root)
    check("storcheck:" not in out.decode() and "[sg-escapes-srb]" in out.decode(), "--quiet prints findings only")
    check("\033[" not in text, "no colour when piped")
    check(text.rstrip().splitlines()[-1].startswith("storcheck: 1 unit (1 clean), 2 errors"), "summary line")
    _, out, _ = run(["--color", "always", root])
    check("\033[1;31m" in out.decode(), "colour with --color always")
    _, out, _ = run([root], cwd=os.path.join(root, "drv"))
    check(re.search(r"^io\.c:\d+:\d+: error: ", out.decode(), re.M), "text paths relative to the current folder")

    # SARIF
    rc, out, _ = run(["--format", "sarif", root])
    sarif = load_json(out, "sarif")
    run0 = sarif["runs"][0]
    check(sarif["version"] == "2.1.0" and len(sarif["runs"]) == 1, "sarif version, one run")
    drv = run0["tool"]["driver"]
    check(drv["name"] == "storcheck" and drv["semanticVersion"] and drv["informationUri"], "driver")
    ids = [r["id"] for r in drv["rules"]]
    for r in drv["rules"]:
        for k in ("name", "shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration", "properties"):
            check(k in r, f"rule {r['id']} has {k}")
        check(r["helpUri"].endswith(f"/docs/rules/{r['id']}.md"), "helpUri")
        check("markdown" in r["help"] and "precision" in r["properties"] and r["properties"]["tags"], "help/props")
        # the whole rule page: its contract and its examples, not a link alone
        check("## Bad" in r["help"]["markdown"] and "\nBad\n---\n" in r["help"]["text"], f"full help for {r['id']}")
    check(run0["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///"), "SRCROOT")
    check(run0["automationDetails"]["id"], "automationDetails")
    check(run0["invocations"][0]["executionSuccessful"] is True, "executionSuccessful")
    for res in run0["results"]:
        check(ids[res["ruleIndex"]] == res["ruleId"], "ruleIndex")
        loc = res["locations"][0]["physicalLocation"]
        check(loc["artifactLocation"] == {"uri": "drv/io.c", "uriBaseId": "%SRCROOT%"}, "artifactLocation")
        check(loc["region"]["startLine"] > 0 and loc["region"]["startColumn"] > 0, "region")
        steps = res["codeFlows"][0]["threadFlows"][0]["locations"]
        check(len(steps) >= 2 and all("message" in s["location"] for s in steps), "codeFlows")
        fp = res["partialFingerprints"]
        check(re.fullmatch(r"[0-9a-f]+:\d+", fp.get("primaryLocationLineHash", "")), "line hash shape")
        check(res["message"]["text"].endswith("."), "message is a sentence")
    check_line_hashes(root, run0)

    # CI formats
    _, out, _ = run(["--format", "github", root])
    lines = out.decode().splitlines()
    check(len(lines) == 2 and all(re.match(r"^::error file=drv/io\.c,line=\d+,col=\d+,title=sg-escapes-srb::", l) for l in lines),
          f"github lines: {lines}")
    check("%0A" in lines[0], "github: trace folded with escaped newlines")
    _, out, _ = run(["--format", "azure", root])
    lines = out.decode().splitlines()
    check(len(lines) == 2 and all(re.match(r"^##vso\[task\.logissue type=error;sourcepath=drv/io\.c;linenumber=\d+;columnnumber=\d+;code=sg-escapes-srb\]", l) for l in lines),
          f"azure lines: {lines}")

    # HTML
    _, out, _ = run(["--format", "html", root])
    html = out.decode()
    check(html.startswith("<!DOCTYPE html>") and "Summary by rule" in html and "Summary by file" in html, "html summary")
    check('href="#f0-s2"' in html and 'id="f0-s2"' in html, "html step links")
    check("StorPortGetScatterGatherList(e, s)" in html, "html source excerpt")
    # filterable by rule and file without a script, traces collapsible
    check('id="rf-all" checked' in html and 'name="file-filter"' in html and "label for=\"ff-0\"" in html,
          "html filters")
    check(re.search(r'#rf-\d+:checked~\.findings \.finding:not\(\.r\d+\)\{display:none\}', html), "html filter css")
    check('<details class="trace" open><summary>Trace (' in html, "html traces collapsible")
    check(not re.search(r"<(script|link|img)\b|src=|@import|url\(", html), "html is self-contained")


def t_paths(tmp):
    """A sub-folder of a git work tree: every machine-read format names files
    from the top of the work tree, as GitHub code scanning resolves them;
    --source-root overrides; text opens from the current folder."""
    repo = tree(tmp, {"drivers/drv/io.c": PRELUDE + escapes("StartIo")})
    os.makedirs(os.path.join(repo, ".git"))
    sub = os.path.join(repo, "drivers")
    want = "drivers/drv/io.c"
    rc, doc, _ = json_report(sub)
    check(doc and doc["findings"][0]["file"] == want, f"json path from the work tree: {doc and doc['findings'][0]['file']}")
    check(doc and os.path.realpath(doc["root"]) == os.path.realpath(repo), "json root is the work tree")
    _, out, _ = run(["--format", "sarif", sub])
    run0 = load_json(out, "sarif")["runs"][0]
    uri = run0["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    check(uri == want and os.path.isfile(os.path.join(repo, uri)), f"sarif uri maps to a file: {uri}")
    check(run0["originalUriBaseIds"]["%SRCROOT%"]["uri"].rstrip("/").endswith(os.path.basename(repo)), "SRCROOT is the work tree")
    _, out, _ = run(["--format", "github", sub])
    check(f"::error file={want}," in out.decode(), "github path")
    _, out, _ = run(["--format", "azure", sub])
    check(f"sourcepath={want};" in out.decode(), "azure path")
    _, out, _ = run([sub], cwd=repo)
    check(out.decode().startswith(want + ":"), "text from the work tree's top")
    rc, doc, _ = json_report(sub, "--source-root", sub)
    check(doc and doc["findings"][0]["file"] == "drv/io.c", "--source-root wins")
    rc, _, err = run(["--source-root", os.path.join(tmp, "nowhere"), sub])
    check(rc == 2 and b"nowhere" in err, "--source-root must exist")


def t_gitlab(tmp):
    """GitLab Code Quality: valid against the documented format, one issue per
    finding with unique fingerprints, paths that map to files."""
    import jsonschema
    root = tree(tmp, {"drv/io.c": PRELUDE + escapes("StartIo") + escapes("Dpc")})
    rc, out, _ = run(["--format", "gitlab", root])
    doc = load_json(out, "gitlab")
    with open(os.path.join(SRC, "tests", "gitlab-codequality.schema.json")) as f:
        schema = json.load(f)
    try:
        jsonschema.validate(doc, schema)
    except jsonschema.ValidationError as ex:
        check(False, f"gitlab: {ex.message}")
    check(rc == 1 and len(doc) == 2, "gitlab: two issues, exit 1")
    check(len({i["fingerprint"] for i in doc}) == 2, "gitlab: fingerprints unique")
    check(all(os.path.isfile(os.path.join(root, i["location"]["path"])) for i in doc), "gitlab: paths map")
    check({i["severity"] for i in doc} == {"major"}, "gitlab: errors are major")
    _, out, _ = run(["--format", "gitlab", tree(os.path.join(tmp, "clean"), {"a.c": "int f(void) { return 0; }\n"})])
    check(load_json(out, "gitlab") == [], "gitlab: a clean scan is an empty array")


def t_junit(tmp):
    """JUnit XML: well-formed, counts that add up, read by a JUnit consumer
    (junit2json, TOOL = its node_modules folder) when installed."""
    import xml.etree.ElementTree as ET
    root = tree(tmp, {"drv/io.c": PRELUDE + escapes("StartIo") + escapes("Dpc"), "drv/broken.c": "void f( {\n"})
    rc, out, _ = run(["--format", "junit", root])
    check(rc == 3, f"junit: incomplete scan exit {rc}")
    try:
        top = ET.fromstring(out)
    except ET.ParseError as ex:
        check(False, f"junit: not well-formed XML: {ex}")
        return
    suites = top.findall("testsuite")
    check(top.tag == "testsuites" and int(top.get("failures")) == 2 and int(top.get("errors")) == 1, "junit: totals")
    check(int(top.get("tests")) == sum(int(s.get("tests")) for s in suites), "junit: tests add up")
    esc = next((s for s in suites if s.get("name") == "sg-escapes-srb"), None)
    check(esc is not None and len(esc.findall("testcase/failure")) == 2, "junit: two failures under the rule")
    check(esc is not None and all(c.get("file") == "drv/io.c" for c in esc.findall("testcase")), "junit: file")
    parse = next((s for s in suites if s.get("name") == "parse"), None)
    check(parse is not None and parse.find("testcase/error") is not None, "junit: the incomplete unit is an error")
    if TOOL and os.path.isdir(os.path.join(TOOL, "junit2json")) and shutil.which("node"):
        path = os.path.join(tmp, "r.xml")
        with open(path, "wb") as f:
            f.write(out)
        p = subprocess.run(["node", os.path.join(SRC, "tests", "junit_consume.js"), TOOL, path],
                           capture_output=True, text=True)
        check(p.returncode == 0, f"junit2json: {p.stderr[-500:]}")
        if p.returncode == 0:
            parsed = json.loads(p.stdout)
            check(parsed.get("failures") == 2 and len(parsed.get("testsuite", [])) == len(suites), "junit2json reads it")
    elif os.environ.get("CI"):
        check(False, "junit2json is not installed (scripts/test.sh installs it)")


def t_states(tmp):
    """Unit states and guesses in every format; exit codes with and without --allow-incomplete."""
    root = tree(tmp, {
        "drv/io.c": PRELUDE + escapes("StartIo"),
        "drv/guessed.c": "int Mode(VENDOR_CTX *c, int x) {\n"
                         "    switch (x) { case VENDOR_READ: return 1; case VENDOR_WRITE: return 2; }\n"
                         "    return c != 0;\n}\n",
        "drv/broken.c": "int Broken(void) { return (1 + ; }\n",
    })
    rc, doc, _ = json_report(root)
    check(rc == 3, f"incomplete scan exits 3, got {rc}")
    if doc:
        states = {u["file"]: u["state"] for u in doc["units"]}
        check(states == {"drv/io.c": "clean", "drv/guessed.c": "guessed", "drv/broken.c": "incomplete"},
              f"unit states {states}")
        g = {x["name"]: x for u in doc["units"] for x in u["guesses"]}
        check(set(g) == {"VENDOR_CTX", "VENDOR_READ", "VENDOR_WRITE"}, f"guesses {sorted(g)}")
        check(g.get("VENDOR_CTX", {}).get("kind") == "opaque type", "opaque type guess")
        check(g.get("VENDOR_READ", {}).get("kind") == "constant" and g["VENDOR_READ"]["file"] == "drv/guessed.c"
              and g["VENDOR_READ"]["line"] == 2, "constant guess and where it was first needed")
        check(doc["summary"]["units"] == {"clean": 1, "guessed": 1, "skipped": 0, "incomplete": 1},
              f"summary units {doc['summary']['units']}")
        check(doc["summary"]["guesses"] == 3 and doc["incomplete"] is True, "summary guesses, incomplete")
    rc, doc, _ = json_report(root, "--allow-incomplete")
    check(rc == 1, f"--allow-incomplete: the finding decides (1), got {rc}")
    rc, _, _ = run(["--allow-incomplete", "--fail-on", "never", root])
    check(rc == 0, f"--allow-incomplete --fail-on never exits 0, got {rc}")

    _, out, _ = run([root])
    last = out.decode().rstrip().splitlines()[-1]
    check(last.startswith("storcheck: 3 units (1 clean, 1 with guesses, 1 incomplete), 1 error"), f"summary: {last}")

    _, out, _ = run(["--format", "sarif", root])
    sarif = load_json(out, "sarif")
    inv = sarif["runs"][0]["invocations"][0]
    check(inv["executionSuccessful"] is False, "incomplete scan: executionSuccessful false")
    notes = inv["toolExecutionNotifications"]
    guesses = [n for n in notes if n["descriptor"]["id"] == "unit-guess"]
    check(len(guesses) == 3, f"one notification per guess, got {len(guesses)}")
    check(all(n["level"] == "note" and n["locations"][0]["physicalLocation"]["region"]["startLine"] > 0
              and n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drv/guessed.c"
              for n in guesses), "guess notifications located")
    check(any(n["descriptor"]["id"] == "unit-parse-errors" and "broken.c" in n["message"]["text"] for n in notes),
          "incomplete unit notification")

    _, out, _ = run(["--format", "html", root])
    html = out.decode()
    top = html.find("Incomplete scan")
    check(0 < top < html.find("Summary by rule"), "html: incomplete scan before the tables")
    check("drv/broken.c" in html[top:html.find("Summary by rule")], "html: the incomplete unit named at the top")
    check("VENDOR_CTX" in html, "html: guesses listed")

    # A clean tree: executionSuccessful stays true, no banner.
    clean = tree(os.path.join(tmp, "clean"), {"io.c": PRELUDE + escapes("StartIo")})
    _, out, _ = run(["--format", "html", clean])
    check("Incomplete scan" not in out.decode(), "html: no banner for a complete scan")


def check_line_hashes(root, run0):
    node = shutil.which("node")
    if not node:
        print("note: node not found; line hashes not compared with the reference", file=sys.stderr)
        return
    base = run0["originalUriBaseIds"]["%SRCROOT%"]["uri"][len("file://"):]
    from urllib.parse import unquote_to_bytes
    for res in run0["results"]:
        loc = res["locations"][0]["physicalLocation"]
        path = unquote_to_bytes(base) + unquote_to_bytes(loc["artifactLocation"]["uri"])
        line = loc["region"]["startLine"]
        with open(path, "rb") as f:
            data = f.read()
        p = subprocess.run([node, os.path.join(SRC, "tests", "linehash.js"), "-", str(line)], capture_output=True, input=data)
        want = p.stdout.decode().split()[-1] if p.returncode == 0 and p.stdout else None
        check(res["partialFingerprints"]["primaryLocationLineHash"] == want,
              f"line hash {res['partialFingerprints']['primaryLocationLineHash']} != reference {want}")


HOSTILE_NAME = b'we"ird <script>alert(1);\n\xff\xfe ]%0A,:.c'
HOSTILE_SRC = (PRELUDE.encode() + b"/* <script>alert('x')</script> \xff\xfe \"quoted\" & ]; %0A */\n" +
               b"static PSTOR_SCATTER_GATHER_LIST g_h;\n"
               b"void Hostile(void *e, void *s)\n{\n    g_h = StorPortGetScatterGatherList(e, s); /* \xc3\xa9 \xff <b> */\n}\n")


def t_hostile(tmp):
    root = os.path.join(tmp, "t\xe9st").encode()
    os.makedirs(root)
    with open(os.path.join(root, HOSTILE_NAME), "wb") as f:
        f.write(HOSTILE_SRC)
    root = root.decode("utf-8", "surrogateescape")
    rc, doc, _ = json_report(root)
    check(doc and len(doc["findings"]) == 1, "hostile: one finding in JSON")
    if doc:
        check("\ufffd" in doc["findings"][0]["file"] and "\n" in doc["findings"][0]["file"], "hostile: name kept, bytes replaced")
    # text: one line per finding and note, no raw control bytes
    _, out, _ = run([root])
    lines = out.split(b"\n")
    check(all(b"\xff" not in l for l in lines), "text: invalid bytes escaped")
    check(any(b"\\x0a" in l and b"error:" in l for l in lines), "text: newline in the name escaped")
    # SARIF: valid JSON and a URI that is all ASCII
    _, out, _ = run(["--format", "sarif", root])
    sarif = load_json(out, "hostile sarif")
    if sarif:
        uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        check(re.fullmatch(r"[A-Za-z0-9%._~/-]+", uri), f"sarif uri encoded: {uri}")
        check_line_hashes(root, sarif["runs"][0])
    # HTML: valid UTF-8, nothing from the tree unescaped
    _, out, _ = run(["--format", "html", root])
    try:
        html = out.decode("utf-8")
    except UnicodeDecodeError:
        check(False, "html: not UTF-8")
        html = ""
    check("<script>" not in html and "&lt;script&gt;" in html, "html: <script> escaped")
    check("<b>" not in html, "html: source markup escaped")
    # CI formats: one line per finding, no raw newline or ']'/';' inside properties
    for fmt, prefix in (("github", b"::error "), ("azure", b"##vso[")):
        _, out, _ = run(["--format", fmt, root])
        lines = [l for l in out.split(b"\n") if l]
        check(len(lines) == 1 and lines[0].startswith(prefix), f"{fmt}: one line")
        try:
            lines[0].decode("utf-8")
        except (UnicodeDecodeError, IndexError):
            check(False, f"{fmt}: not UTF-8")
    _, out, _ = run(["--format", "azure", root])
    props = out.split(b"]", 1)[0]
    check(props.count(b";") == 4, f"azure: properties escaped: {props!r}")
    _, out, _ = run(["--format", "github", root])
    head = out.split(b"::")[1]
    check(head.count(b",") == 3, f"github: properties escaped: {head!r}")
    sarif_multitool_if_present(out=None, root=root)


def sarif_multitool_if_present(out, root):
    tool = os.environ.get("STORCHECK_SARIF_MULTITOOL")
    if tool and os.path.exists(tool):
        multitool_validate(tool, root)


def fingerprints(root):
    _, doc, _ = json_report(root)
    return sorted(f["fingerprint"] for f in doc["findings"]) if doc else []


def t_fingerprints(tmp):
    src = PRELUDE + escapes("StartIo") + escapes("Dpc")
    root = tree(tmp, {"io.c": src})
    before = fingerprints(root)
    check(len(before) == 2, "two fingerprints")
    shifted = "/* a comment\n   over lines */\n\n// another\n#define UNUSED 1\n\n" + PRELUDE + "\n\n" + escapes("StartIo") + "\n/* x */\n" + escapes("Dpc")
    write(os.path.join(root, "io.c"), shifted)
    check(fingerprints(root) == before, "fingerprints survive lines and comments inserted above")
    reindented = src.replace("    g_Dpc =", "\t\t g_Dpc  =")
    write(os.path.join(root, "io.c"), reindented)
    check(fingerprints(root) == before, "fingerprints survive re-indentation")
    commented = src.replace("g_Dpc = StorPortGetScatterGatherList(e, s);",
                            "g_Dpc = StorPortGetScatterGatherList(e, s); /* why */ // storcheck-ignore[x]: later")
    write(os.path.join(root, "io.c"), commented)
    check(fingerprints(root) == before, "fingerprints survive a comment added on the offending line")
    changed = src.replace("g_Dpc = StorPortGetScatterGatherList(e, s);", "g_Dpc = StorPortGetScatterGatherList(s, e);")
    write(os.path.join(root, "io.c"), changed)
    after = fingerprints(root)
    check(len(set(after) & set(before)) == 1, "changing the offending statement changes its fingerprint only")
    line = "    g_Dpc = StorPortGetScatterGatherList(e, s);\n"
    write(os.path.join(root, "io.c"), src.replace(line, line * 3))
    thrice = fingerprints(root)
    check(len(thrice) == 4 and len(set(thrice)) == 4 and set(before) <= set(thrice),
          "findings on identical statements get distinct fingerprints, the first keeps its own")


def t_baseline(tmp):
    root = tree(tmp, {"src/io.c": PRELUDE + escapes("StartIo") + escapes("Dpc")})
    base = os.path.join(tmp, "baseline.json")
    rc, out, err = run(["--write-baseline", base, root])
    check(rc == 0, f"writing a baseline accepts the findings: exit {rc}")
    with open(base) as f:
        first = f.read()
    b = json.loads(first)
    check(b["version"] == 1 and len(b["findings"]) == 2, "baseline has both findings")
    check(b["findings"] == sorted(b["findings"], key=lambda e: (e["file"], e["rule"], e["function"], e["fingerprint"])), "baseline sorted")
    run(["--write-baseline", base, root])
    with open(base) as f:
        check(f.read() == first, "baseline stable across runs")
    rc, out, err = run(["--baseline", base, root])
    check(rc == 0, f"all findings in the baseline: exit {rc}")
    check(b"2 findings matched, 0 entries gone" in err, f"baseline summary: {err!r}")
    # a new finding appears, one old one is fixed
    write(os.path.join(root, "src/io.c"), PRELUDE + escapes("StartIo") + escapes("Timer"))
    rc, doc, err = json_report(root, "--baseline", base)
    check(rc == 1 and doc and [f["function"] for f in doc["findings"]] == ["Timer"], "only the new finding is reported")
    check(b"1 finding matched, 1 entry gone" in err, f"baseline summary after change: {err!r}")
    check(doc and doc["suppressed"][0]["suppression"]["kind"] == "external", "baseline suppression is external")
    _, out, _ = run(["--format", "sarif", "--baseline", base, root])
    res = json.loads(out)["runs"][0]["results"]
    check(sum(1 for r in res if r.get("suppressions", [{}])[0].get("kind") == "external") == 1, "sarif keeps the baselined finding")
    rc, _, err = run(["--baseline", os.path.join(tmp, "missing.json"), root])
    check(rc == 3 and b"the baseline is not applied" in err, "a missing baseline is reported and left out: the run is incomplete")


def t_suppress(tmp):
    src = (PRELUDE
           + "static PSTOR_SCATTER_GATHER_LIST g1, g2, g3, g4;\n"
           + "void A(void *e, void *s) { g1 = StorPortGetScatterGatherList(e, s); } // storcheck-ignore[sg-escapes-srb]: the port keeps it\n"
           + "// storcheck-ignore[sg-*]: reviewed in #12\n"
           + "void B(void *e, void *s) { g2 = StorPortGetScatterGatherList(e, s); }\n"
           + "// storcheck-ignore[sg-escapes-srb]\n"
           + "void C(void *e, void *s) { g3 = StorPortGetScatterGatherList(e, s); }\n"
           + "/* storcheck-ignore[sg-port-owned-freed]: nothing here */\n"
           + "void D(void *e, void *s) { g4 = StorPortGetScatterGatherList(e, s); }\n"
           + "// storcheck-ignore[no-such-rule]: x\n")
    root = tree(tmp, {"io.c": src})
    rc, doc, err = json_report(root, "--report-unused-suppressions")
    funcs = [f["function"] for f in doc["findings"]] if doc else []
    check(funcs == ["C", "D"], f"reported after suppressions: {funcs}")
    sup = {f["function"]: f["suppression"] for f in doc["suppressed"]} if doc else {}
    check(sup.get("A", {}).get("reason") == "the port keeps it" and sup["A"]["kind"] == "inSource", "same-line suppression with reason")
    check(sup.get("B", {}).get("reason") == "reviewed in #12", "line-above suppression with a glob")
    check(b"io.c:7: suppression of 'sg-escapes-srb' has no reason" in err, f"missing reason reported: {err!r}")
    check(b"unknown rule 'no-such-rule'" in err, "unknown rule reported")
    check(b"io.c:9: suppression of 'sg-port-owned-freed' suppresses nothing" in err, "unused suppression reported")
    check(doc and doc["summary"]["unused_suppressions"] == 1, "unused count in JSON")
    _, out, _ = run(["--format", "sarif", root])
    res = json.loads(out)["runs"][0]["results"]
    kinds = [r["suppressions"][0]["kind"] for r in res if "suppressions" in r]
    check(kinds == ["inSource", "inSource"], f"sarif inSource suppressions: {kinds}")
    write(os.path.join(root, "io.c"), "// storcheck-ignore-file[sg-escapes-srb]: generated code\n" + src)
    rc, doc, _ = json_report(root)
    check(rc == 0 and doc and not doc["findings"], "file-wide suppression")


def t_config(tmp):
    src = PRELUDE + escapes("StartIo") + "#ifdef EXTRA\n" + escapes("Extra") + "#endif\n"
    root = tree(tmp, {"repo/drv/io.c": src, "repo/drv/gen/gen.c": PRELUDE + escapes("Gen")})
    cfg = os.path.join(tmp, "repo", ".storcheck.json")
    scan = os.path.join(tmp, "repo", "drv")
    write(cfg, json.dumps({"rules": {"sg-escapes-srb": "warning"}, "fail_on": "error",
                           "exclude": ["drv/gen"], "defines": ["EXTRA=1"]}))
    rc, doc, _ = json_report(scan)
    check(doc and doc["settings"]["config_file"] == cfg, "config found above the scan root")
    check(rc == 0, f"fail_on error and the rule at warning: exit {rc}")
    funcs = sorted(f["function"] for f in doc["findings"]) if doc else []
    check(funcs == ["Extra", "StartIo"], f"defines applied, gen excluded: {funcs}")
    check(doc and all(f["level"] == "warning" for f in doc["findings"]), "level from config")
    rc, _, _ = run(["--fail-on", "warning", scan])
    check(rc == 1, "--fail-on on the command line wins")
    write(cfg, json.dumps({"rules": {"sg-escapes-srb": "off"}}))
    rc, doc, _ = json_report(scan)
    check(rc == 0 and doc and not doc["findings"], "rule off in config")
    rc, doc, _ = json_report(scan, "--enable", "sg-escapes-srb")
    check(doc and len(doc["findings"]) == 2, "--enable wins over off in config")
    write(cfg, json.dumps({"rules": {}, "fail_onn": "error"}))
    rc, _, err = run([scan])
    check(rc == 3 and b'unknown key "fail_onn"' in err and b"the configuration is ignored" in err, f"unknown key is an error naming it; the scan goes on without the file: {err!r}")
    rc, _, _ = run(["--no-config", scan])
    check(rc == 1, "--no-config ignores the file")
    write(cfg, "{ not json")
    rc, _, err = run([scan])
    check(rc == 3 and b".storcheck.json:1" in err, "malformed config is an error with its position; the scan goes on")


def t_outputs(tmp):
    root = tree(tmp, {"src/io.c": PRELUDE + escapes("StartIo")})
    outdir = os.path.join(tmp, "out")
    os.makedirs(outdir)
    rc, out, err = run(["--format", "json", "-o", os.path.join(outdir, "r.json"),
                        "--output", "sarif:" + os.path.join(outdir, "r.sarif"),
                        "--output", "html:" + os.path.join(outdir, "r.html"),
                        "--output", "github:" + os.path.join(outdir, "r.txt"), root])
    check(rc == 1 and out == b"", "all reports went to files")
    names = sorted(os.listdir(outdir))
    check(names == ["r.html", "r.json", "r.sarif", "r.txt"], f"outputs written, no temporary left: {names}")
    with open(os.path.join(outdir, "r.json")) as f:
        validate_schema(json.load(f), "-o json")
    with open(os.path.join(outdir, "r.sarif")) as f:
        check(json.load(f)["version"] == "2.1.0", "--output sarif")
    check(oct(os.stat(os.path.join(outdir, "r.json")).st_mode & 0o777) != "0o600", "report is not private to its writer")
    rc, _, err = run(["--output", "nope:x", root])
    check(rc == 2, "unknown --output format is a usage error")
    rc, _, err = run(["-o", os.path.join(tmp, "no/such/dir/r.txt"), root])
    check(rc == 2, "unwritable output is an error")


def t_changes(tmp):
    root = tree(tmp, {"io.c": PRELUDE + escapes("StartIo") + escapes("Dpc")})
    lines = open(os.path.join(root, "io.c")).read().splitlines()
    dpc = next(i + 1 for i, l in enumerate(lines) if "g_Dpc =" in l)
    lf = os.path.join(tmp, "lines.json")
    write(lf, json.dumps([{"name": "io.c", "lines": [[dpc, dpc]]}]))
    rc, doc, _ = json_report(root, "--changed-lines", lf)
    check(doc and [f["function"] for f in doc["findings"]] == ["Dpc"], "changed-lines keeps the changed finding only")
    check(doc and doc["summary"]["outside_changes"] == 1, "outside_changes counted")
    if not shutil.which("git"):
        return
    g = ["git", "-C", root, "-c", "user.email=t@t", "-c", "user.name=t"]
    subprocess.run(g + ["init", "-q"], check=True)
    subprocess.run(g + ["add", "."], check=True)
    subprocess.run(g + ["commit", "-qm", "base"], check=True)
    with open(os.path.join(root, "io.c"), "a") as f:
        f.write(escapes("Timer"))
    rc, doc, _ = json_report(root, "--diff-base", "HEAD")
    check(doc and [f["function"] for f in doc["findings"]] == ["Timer"], "diff-base keeps the new finding only")
    rc, _, _ = run(["--diff-base", "no-such-ref", root])
    check(rc == 2, "bad --diff-base ref is an error")


def multitool_validate(tool, root):
    for args in ([], ["--report-unused-suppressions"]):
        _, out, _ = run(["--format", "sarif", *args, root])
        path = os.path.join(tempfile.mkdtemp(), "r.sarif")
        with open(path, "wb") as f:
            f.write(out)
        log = path + ".validation.sarif"
        p = subprocess.run([tool, "validate", "--level", "Error;Warning;Note", "--rule-kind", "Sarif;Ghas",
                            "-o", log, path], capture_output=True, text=True)
        bad = [l for l in p.stdout.splitlines() if re.search(r": (error|warning) ", l)]
        check(p.returncode == 0 and not bad, f"sarif-multitool: rc {p.returncode}: {bad or p.stdout[-2000:]}")


def t_multitool(tmp):
    if not TOOL or not os.path.exists(TOOL):
        print("skipped: SARIF Multitool not installed (see docs/ci.md)")
        sys.exit(SKIP)
    root = tree(tmp, {"drv/io.c": PRELUDE + escapes("StartIo"),
                      "drv/b.c": PRELUDE + "// storcheck-ignore[sg-escapes-srb]: kept alive\n" + escapes("Dpc")
                      + "// storcheck-ignore[sg-port-owned-freed]: unused\n",
                      "drv/broken.c": "void f( {\n"})
    multitool_validate(TOOL, root)
    hostile = os.path.join(tmp, "h").encode()
    os.makedirs(hostile)
    with open(os.path.join(hostile, HOSTILE_NAME), "wb") as f:
        f.write(HOSTILE_SRC)
    multitool_validate(TOOL, hostile.decode("utf-8", "surrogateescape"))
    # grouped findings: relatedLocations, and links to them in the message
    grouped = os.path.join(tmp, "grouped")
    shutil.copytree(os.path.join(SRC, "corpus", "cases", "sg-use-after-completion", "bad-startio-join-two-rules"), grouped)
    multitool_validate(TOOL, grouped)


def t_chromium(tmp):
    chrome = TOOL if TOOL and os.path.exists(TOOL) else None
    if not chrome:
        print("skipped: chromium not installed")
        sys.exit(SKIP)
    root = tree(tmp, {"drv/io.c": PRELUDE + escapes("StartIo")})
    with open(os.path.join(root, "drv", "evil<script>alert(1)<.c"), "wb") as f:
        f.write(HOSTILE_SRC)
    html = os.path.join(tmp, "report.html")
    run(["--format", "html", "-o", html, root])
    p = subprocess.run([chrome, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://" + html],
                       capture_output=True, timeout=120)
    dom = p.stdout.decode("utf-8", "replace")
    check("storcheck report" in dom and "Summary by rule" in dom, "chromium renders the report")
    check("Step 2:" in dom and "sg-escapes-srb" in dom, "chromium shows the steps")
    check("<script>" not in dom, "no script element from the tree")
    shot = os.path.join(tmp, "shot.png")
    subprocess.run([chrome, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--window-size=1200,900", "--screenshot=" + shot, "file://" + html],
                   capture_output=True, timeout=120)
    check(os.path.exists(shot) and os.path.getsize(shot) > 1000, "screenshot taken")


def t_grouping(tmp):
    """One defect with several places is one finding: the list fetched in
    StartIo and read on three lines of one loop is reported once, at the
    fetch, with the reads as related places, in every format."""
    case = os.path.join(SRC, "corpus", "cases", "sg-translation-outside-buildio", "bad-startio-translates")
    root = os.path.join(tmp, "drv")
    shutil.copytree(case, root)
    path = os.path.join(root, "driver.c")
    with open(path) as f:
        src = f.read()
    rule = "sg-translation-outside-buildio"

    def grouped(doc):
        return [f for f in doc["findings"] if f["rule"] == rule] if doc else []

    _, doc, _ = json_report(root)
    g = grouped(doc)
    check(len(g) == 1, f"one finding for the fetch and the reads: {len(g)}")
    if not g:
        return
    first = g[0]
    check(len(first["related"]) == 3 and all(r["message"] for r in first["related"]), "three related places with messages")
    check([r["line"] for r in first["related"]] == sorted(r["line"] for r in first["related"]) and
          all(r["line"] > first["line"] for r in first["related"]), "the finding is the earliest place, related in order")
    read = "        srbExt->Prd[i].Length = sgl->List[i].Length;"
    more = src.replace("    ULONG i;\n", "    ULONG i;\n    ULONG total = 0;\n").replace(
        read, read + "\n        total += sgl->List[i].Length;")
    write(path, more)
    _, doc2, _ = json_report(root)
    g2 = grouped(doc2)
    check(len(g2) == 1 and len(g2[0]["related"]) == 4, "one more read in the loop is one more related place")
    check(g2 and g2[0]["fingerprint"] == first["fingerprint"], "one more read in the loop keeps the fingerprint")

    # baselines hold grouped findings across that change
    write(path, src)
    base = os.path.join(tmp, "baseline.json")
    run(["--write-baseline", base, root])
    write(path, more)
    rc, doc3, _ = json_report(root, "--baseline", base)
    check(doc3 is not None and not grouped(doc3), "the grouped finding stays in the baseline after one more read")

    # text, SARIF, HTML
    _, out, _ = run(["--format", "text", "--color", "never", root])
    check(out.count(b": note: also here\n") == 4, "text: one 'note: also here' line per related place")
    _, out, _ = run(["--format", "sarif", root])
    res = [r for r in json.loads(out)["runs"][0]["results"] if r["ruleId"] == rule]
    rel = res[0].get("relatedLocations", []) if res else []
    check(len(rel) == 4 and [r["id"] for r in rel] == [1, 2, 3, 4] and all(r["message"]["text"] for r in rel),
          "sarif: relatedLocations with ids and messages")
    text = res[0]["message"]["text"] if res else ""
    check(all(f"]({k})" in text for k in range(1, 5)) and "; also at [line " in text,
          f"sarif: the message links each related place: {text!r}")
    _, out, _ = run(["--format", "html", root])
    check(b"Also here (4 more places of this defect)" in out, "html: related places listed under the finding")

    # --changed-lines keeps the finding when only a related place changed
    write(path, more)
    if g2:
        last = g2[0]["related"][-1]["line"]
        for lines_, kept in (([[last, last]], True), ([[1, 2]], False)):
            filt = os.path.join(tmp, "lines.json")
            write(filt, json.dumps([{"name": path, "lines": lines_}]))
            _, d, _ = json_report(root, "--changed-lines", filt)
            check(d is not None and bool(grouped(d)) == kept,
                  f"--changed-lines {lines_}: the grouped finding is {'kept' if kept else 'left out'}")

    # a suppression on the first place, or on any related place, covers the defect
    lines = more.split("\n")
    related_line = g2[0]["related"][-1]["line"] if g2 else 0
    for where, what in ((g2[0]["line"] if g2 else 0, "the first place"), (related_line, "a related place")):
        sup = list(lines)
        sup[where - 1] += " // storcheck-ignore[" + rule + "]: translated here on purpose"
        write(path, "\n".join(sup))
        _, d, _ = json_report(root, "--report-unused-suppressions")
        check(d is not None and not grouped(d) and len([f for f in d["suppressed"] if f["rule"] == rule]) == 1,
              f"a suppression on {what} suppresses the group")
        check(d is not None and d["summary"]["unused_suppressions"] == 0, f"the suppression on {what} is used")


TESTS = {n[2:]: f for n, f in globals().items() if n.startswith("t_")}

if __name__ == "__main__":
    if TEST not in TESTS:
        print(f"unknown test {TEST}; one of {sorted(TESTS)}")
        sys.exit(2)
    with tempfile.TemporaryDirectory() as tmp:
        TESTS[TEST](tmp)
    print(f"{TEST}: {'FAIL' if failures else 'ok'}")
    sys.exit(1 if failures else 0)
