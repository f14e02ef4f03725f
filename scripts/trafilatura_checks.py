#!/usr/bin/env python3
"""Run trafilatura's own real-page checks against our text output.

Usage: scripts/trafilatura_checks.py <unpacked PyPI trafilatura 1.0.0 sdist>/tests

Get the sdist with `pip download --no-deps --no-binary :all: trafilatura==1.0.0` and unpack it.
`tests/realworld_tests.py` maps page URLs to files in `tests/cache/` and asserts, for each page,
strings that must and must not be in the extracted text. This script reads the first assertion
after each `load_mock_page(url)` and checks it on `target/release/declutter clean --format text`.
The assertions were written for trafilatura, which keeps reader comments; we drop comments by
design, so failures that name a comment are expected. Prints each failing page, then the count.
"""
import ast
import re
import subprocess
import sys


def checks(tests_dir):
    src = open(f"{tests_dir}/realworld_tests.py", encoding="utf-8").read()
    head, body = src.split("def load_mock_page", 1)
    pages = dict(re.findall(r"'(https?://[^']+)'\s*:\s*'([^']+)'", head))
    for block in re.split(r"\n\s*result = load_mock_page\(", body)[1:]:
        url = re.match(r"'([^']+)'", block).group(1)
        asserts = [line for line in block.split("\n")[1:8] if line.strip().startswith("assert")]
        if url not in pages or not asserts:
            continue
        try:
            tree = ast.parse(asserts[0].split("#")[0].strip()[len("assert"):].strip())
        except SyntaxError:
            continue
        must, must_not = [], []
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare) and isinstance(node.left, ast.Constant):
                (must if isinstance(node.ops[0], ast.In) else must_not).append(node.left.value)
        yield pages[url], must, must_not


def main():
    tests_dir = sys.argv[1]
    passed = total = 0
    for page, must, must_not in checks(tests_dir):
        out = subprocess.run(
            ["target/release/declutter", "clean", "--format", "text", f"{tests_dir}/cache/{page}"],
            capture_output=True, text=True, errors="replace", timeout=60).stdout
        text = " ".join(out.split())
        fails = [("missing", s) for s in must if " ".join(s.split()) not in text]
        fails += [("kept", s) for s in must_not if " ".join(s.split()) in text]
        total += 1
        if fails:
            print(page, fails)
        else:
            passed += 1
    print(f"{passed} / {total} pages pass")


if __name__ == "__main__":
    main()
