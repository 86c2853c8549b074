"""Validates the CI report formats of `check` against their schemas.

  checkstyle  tests/cli/schemas/checkstyle.dtd, with lxml's DTD validator
  junit       tests/cli/schemas/junit.xsd, with lxml's XML Schema validator
  gitlab      tests/cli/schemas/gitlab-code-quality.json, with jsonschema
              (draft 2020-12), and fingerprints unique in each report

The schemas are written for this project from each format's published
description (see the comment at the top of each). The pinned validators are in
tests/requirements-reports.txt.

Usage: validate_reports.py FORMAT FILE...   Exits 1 when any file is invalid.
Each document is also broken on purpose, as a control: the schema must reject
the broken copy, or the validation proves nothing.
"""
import copy
import json
import sys
from pathlib import Path

import jsonschema
from lxml import etree

SCHEMAS = Path(__file__).parent / "schemas"


def xml_validator(schema):
    def validate(tree):
        if schema.validate(tree):
            return []
        return [f"line {e.line}: {e.message}" for e in schema.error_log]

    return validate


def checkstyle(tree):
    errors = xml_validator(etree.DTD(str(SCHEMAS / "checkstyle.dtd")))(tree)
    for e in tree.iter("error"):
        for attr in ("line", "column"):
            v = e.get(attr)
            if v is not None and not (v.isdigit() and int(v) >= 1):
                errors.append(f"line {e.sourceline}: {attr}={v!r} is not a positive integer")
    return errors


def checkstyle_control(tree):
    broken = copy.deepcopy(tree)
    el = etree.SubElement(broken.getroot(), "file")
    etree.SubElement(el, "error", severity="fatal")  # no line, no message, bad severity
    return broken


def junit(tree):
    return xml_validator(etree.XMLSchema(etree.parse(str(SCHEMAS / "junit.xsd"))))(tree)


def junit_control(tree):
    broken = copy.deepcopy(tree)
    suite = broken.getroot().find("testsuite")
    suite.set("tests", "-1")
    etree.SubElement(suite, "testcase")  # no name
    return broken


def gitlab(doc):
    schema = json.loads((SCHEMAS / "gitlab-code-quality.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    errors = [f"at /{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]
    prints = [i.get("fingerprint") for i in doc if isinstance(i, dict)]
    if len(prints) != len(set(prints)):
        errors.append("fingerprints are not unique")
    return errors


def gitlab_control(doc):
    return doc + [{"description": "", "check_name": "X", "severity": "fatal", "location": {"path": "a"}}]


def main(fmt, paths):
    validate, control = {
        "checkstyle": (checkstyle, checkstyle_control),
        "junit": (junit, junit_control),
        "gitlab": (gitlab, gitlab_control),
    }[fmt]
    failed = 0
    for path in paths:
        if fmt == "gitlab":
            doc = json.loads(Path(path).read_text(encoding="utf-8"))
            size = f"{len(doc)} issues"
        else:
            doc = etree.parse(path, etree.XMLParser(resolve_entities=False))
            size = f"{len(doc.getroot().xpath('//error|//testcase'))} elements"
        errors = validate(doc)
        if errors:
            failed += 1
            print(f"INVALID {path}:")
            for e in errors[:20]:
                print(f"  {e}")
        else:
            print(f"valid   {path} ({fmt}, {size})")
        if not validate(control(doc)):
            failed += 1
            print(f"CONTROL {path}: a broken copy was accepted, so the validator checks nothing")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("checkstyle", "junit", "gitlab"):
        print("usage: validate_reports.py checkstyle|junit|gitlab FILE...", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
