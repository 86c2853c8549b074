"""The module README documents every input and output of the module.

Usage: check_docs.py MODULE_DIR

Between the <!-- BEGIN_TF_DOCS --> and <!-- END_TF_DOCS --> markers of
MODULE_DIR/README.md, every variable must have a table row with its type and
default, and every output a row; no row may name something the module lacks.
"""
import pathlib
import re
import sys

module = pathlib.Path(sys.argv[1])
readme = (module / "README.md").read_text()
match = re.search(r"<!-- BEGIN_TF_DOCS -->(.*)<!-- END_TF_DOCS -->", readme, re.S)
if not match:
    sys.exit("README.md has no BEGIN_TF_DOCS/END_TF_DOCS section")
docs = match.group(1)

problems = []
variables = re.findall(r'^variable "(\w+)" \{\n(.*?)^\}', (module / "variables.tf").read_text(), re.S | re.M)
for name, body in variables:
    typ = re.search(r"^\s+type\s+= (.*)$", body, re.M).group(1).strip()
    default = re.search(r"^\s+default\s+= (.*)$", body, re.M)
    row = re.search(rf"^\| <a name=\"input_{name}\"></a> `{name}` \|.*\| `(.*?)` \| (.*) \|$", docs, re.M)
    if not row:
        problems.append(f"input {name} has no row")
    elif row.group(1) != typ or (default and row.group(2) != f"`{default.group(1).strip()}`"):
        problems.append(f"input {name}: row says type {row.group(1)}, default {row.group(2)}")
outputs = re.findall(r'^output "(\w+)"', (module / "outputs.tf").read_text(), re.M)
for name in outputs:
    if not re.search(rf"^\| <a name=\"output_{name}\"></a> `{name}` \|", docs, re.M):
        problems.append(f"output {name} has no row")
known = {f"input_{n}" for n, _ in variables} | {f"output_{n}" for n in outputs}
for anchor in re.findall(r'<a name="((?:input|output)_\w+)"></a>', docs):
    if anchor not in known:
        problems.append(f"row {anchor} names nothing in the module")
for p in problems:
    print(f"FAIL README.md: {p}")
print(f"docs coverage: {len(variables)} inputs, {len(outputs)} outputs, {len(problems)} problems")
sys.exit(1 if problems else 0)
