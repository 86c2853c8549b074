"""Every taggable resource of the ECS module is tagged and covered by the tags test.

Usage: check_tags.py MODULE_DIR SCHEMA_JSON

SCHEMA_JSON is `terraform providers schema -json` of the module. A resource
type is taggable when its schema has a `tags` attribute. Each such resource
block must assign `tags`, and tests/tags.tftest.hcl must name TYPE.NAME, where
the standard tags are asserted. Prints one line per resource and exits 1 on a gap.
"""
import json
import pathlib
import re
import sys

module = pathlib.Path(sys.argv[1])
schema = json.loads(pathlib.Path(sys.argv[2]).read_text())
resources = {}
for provider in schema["provider_schemas"].values():
    for rtype, rschema in provider.get("resource_schemas", {}).items():
        resources[rtype] = "tags" in rschema["block"].get("attributes", {})

tags_test = (module / "tests" / "tags.tftest.hcl").read_text()
gaps = 0
checked = 0
for tf in sorted(module.glob("*.tf")):
    text = tf.read_text()
    for match in re.finditer(r'^resource "([a-z0-9_]+)" "([a-z0-9_]+)" \{\n(.*?)^\}', text, re.S | re.M):
        rtype, name, body = match.groups()
        if not resources.get(rtype, False):
            continue
        checked += 1
        problems = []
        if not re.search(r"^\s+tags\s+=", body, re.M):
            problems.append("assigns no tags")
        if not re.search(rf"\b{rtype}\.{name}\b", tags_test):
            problems.append("is not asserted in tests/tags.tftest.hcl")
        if problems:
            gaps += 1
            print(f"FAIL {tf.name}: {rtype}.{name} " + " and ".join(problems))
print(f"tag coverage: {checked} taggable resources, {gaps} gaps")
sys.exit(1 if gaps else 0)
