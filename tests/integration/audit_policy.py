"""Audits the module's backend_policy_json with parliament (PyPI, pinned in
tests/requirements-parliament.txt), offline: its IAM database says whether every
action exists and whether every resource ARN fits its action.

Usage (with the parliament virtualenv's Python): audit_policy.py OUTPUTS_JSON...

Every finding fails the audit unless EXPLAINED lists it, with the reason.
Prints the findings and a summary; exits 1 on an unexplained finding.
"""
import json
import sys

from parliament import analyze_policy_string

# (issue, a string the finding's location must contain) -> why it is accepted.
EXPLAINED = {
    ("CREDENTIALS_EXPOSURE", "ecr:getauthorizationtoken"):
        "the backend needs a registry token to inspect and push images; the action has no resource type",
    ("PERMISSIONS_MANAGEMENT_ACTIONS", "iam:passrole"):
        "PassRole names only the module's task and execution roles, with iam:PassedToService = ecs-tasks.amazonaws.com",
}


def audit(path):
    with open(path) as f:
        outputs = json.load(f)
    text = outputs["backend_policy_json"]["value"]
    policy = analyze_policy_string(text, include_community_auditors=True)
    statements = json.loads(text)["Statement"]
    actions = sorted({a for s in statements for a in ([s["Action"]] if isinstance(s["Action"], str) else s["Action"])})
    unexplained = explained = 0
    for finding in policy.findings:
        location = json.dumps(finding.location, default=str, sort_keys=True)
        reason = next((why for (issue, where), why in EXPLAINED.items() if issue == finding.issue and where in location), None)
        if reason:
            explained += 1
            print(f"  explained {finding.issue}: {finding.detail} ({reason})")
        else:
            unexplained += 1
            print(f"  FINDING {finding.issue}: {finding.detail} at {location}")
    print(f"parliament {path.rsplit('/', 1)[-1]}: {len(statements)} statements, {len(actions)} actions; "
          f"{unexplained} unexplained findings, {explained} explained")
    return unexplained


if __name__ == "__main__":
    bad = sum(audit(p) for p in sys.argv[1:])
    sys.exit(1 if bad else 0)
