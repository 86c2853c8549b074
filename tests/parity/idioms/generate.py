#!/usr/bin/env python3
"""Writes the idiom corpus: one module directory per idiom, each with its
variable blocks (main.tf) and its cases (cases.txt, read by the parity
harness, tests/parity/src/modules.rs).

Each idiom below is a small description: the variable blocks, written for this
corpus, and value sets marked ok (Terraform should accept) or bad (it should
reject). A value set given as a Python dict becomes two cases, one HCL and one
JSON; a string is an HCL case written as is. Real Terraform judges every case
when the parity suite runs; the ok/bad mark only says what the case is meant to
show, and the suite fails when Terraform disagrees with it.

    python3 tests/parity/idioms/generate.py      # rewrites every idiom directory
"""

import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def hcl(v, indent=0):
    """A Python value as an HCL expression."""
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return json.dumps(v)
    if isinstance(v, str):
        # A literal string: no template sequences.
        return json.dumps(v, ensure_ascii=False).replace("${", "$${").replace("%{", "%%{")
    if isinstance(v, list):
        return "[" + ", ".join(hcl(x, indent) for x in v) + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        pad = "  " * (indent + 1)
        items = []
        for k, x in v.items():
            key = k if IDENT.match(k) else json.dumps(k)
            items.append(f"{pad}{key} = {hcl(x, indent + 1)}")
        return "{\n" + "\n".join(items) + "\n" + "  " * indent + "}"
    raise TypeError(v)


def hcl_file(values):
    return "".join(f"{k} = {hcl(v)}\n" for k, v in values.items())


IDIOMS = {}


def idiom(name, tf, cases):
    IDIOMS[name] = (tf.strip() + "\n", cases)


def ok(name, values):
    return ("ok", name, values)


def bad(name, values):
    return ("bad", name, values)


# ---------------------------------------------------------------------------
# Enumerations and strings

idiom("enum-contains", '''
variable "tier" {
  type    = string
  default = "basic"
  validation {
    condition     = contains(["basic", "standard", "premium"], var.tier)
    error_message = "Pick basic, standard or premium for tier."
  }
}

variable "mode" {
  type    = string
  default = "Auto"
  validation {
    condition     = var.mode == "Auto" || var.mode == "Manual"
    error_message = "The mode is Auto or Manual (case matters)."
  }
}
''', [
    ok("defaults", {}),
    ok("premium", {"tier": "premium"}),
    ok("manual", {"mode": "Manual", "tier": "standard"}),
    bad("gold", {"tier": "gold"}),
    bad("upper-case", {"tier": "BASIC"}),
    bad("lower-mode", {"mode": "auto"}),
    bad("both-wrong", {"tier": "", "mode": "manual"}),
    bad("tier-list", {"tier": ["basic"]}),
    bad("tier-null", {"tier": None}),
])

idiom("name-regex-rules", '''
variable "vault_name" {
  type    = string
  default = "vault-one"
  validation {
    condition     = can(regex("^[a-zA-Z0-9-]{3,24}$", var.vault_name))
    error_message = "Use 3 to 24 letters, digits or dashes."
  }
  validation {
    condition     = !can(regex("--", var.vault_name))
    error_message = "No two dashes in a row."
  }
  validation {
    condition     = can(regex("^[a-zA-Z]", var.vault_name))
    error_message = "Start with a letter."
  }
  validation {
    condition     = can(regex("[a-zA-Z0-9]$", var.vault_name))
    error_message = "End with a letter or a digit."
  }
}
''', [
    ok("defaults", {}),
    ok("plain", {"vault_name": "abc"}),
    ok("longest", {"vault_name": "a" * 24}),
    ok("digits-inside", {"vault_name": "kv-2024-prod"}),
    bad("too-short", {"vault_name": "ab"}),
    bad("too-long", {"vault_name": "a" * 25}),
    bad("double-dash", {"vault_name": "kv--prod"}),
    bad("leading-digit", {"vault_name": "1kv"}),
    bad("trailing-dash", {"vault_name": "kv-"}),
    bad("every-rule", {"vault_name": "-"}),
    bad("underscore", {"vault_name": "kv_prod"}),
])

idiom("guid-and-ids", '''
variable "tenant" {
  type    = string
  default = "00000000-0000-0000-0000-000000000000"
  validation {
    condition     = can(regex("^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$", var.tenant))
    error_message = "The tenant is a GUID in lower case."
  }
}

variable "group_id" {
  type    = string
  default = "/subscriptions/s1/resourceGroups/rg1"
  validation {
    condition     = can(regex("^/subscriptions/[^/]+/resourceGroups/[^/]+$", var.group_id))
    error_message = "Give the full ID of a resource group."
  }
}
''', [
    ok("defaults", {}),
    ok("real-guid", {"tenant": "3f2504e0-4f89-11d3-9a0c-0305e82c3301"}),
    ok("group", {"group_id": "/subscriptions/abc/resourceGroups/my-rg"}),
    bad("upper-guid", {"tenant": "3F2504E0-4F89-11D3-9A0C-0305E82C3301"}),
    bad("short-guid", {"tenant": "3f2504e0-4f89-11d3-9a0c"}),
    bad("braced-guid", {"tenant": "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}"}),
    bad("group-with-provider", {"group_id": "/subscriptions/a/resourceGroups/b/providers/x"}),
    bad("group-name-only", {"group_id": "my-rg"}),
    bad("both", {"tenant": "x", "group_id": ""}),
])

idiom("prefix-suffix", '''
variable "role_arn" {
  type    = string
  default = null
  validation {
    condition     = var.role_arn == null ? true : startswith(var.role_arn, "arn:aws:iam::")
    error_message = "The role is an IAM ARN (arn:aws:iam::...)."
  }
}

variable "bucket" {
  type    = string
  default = "logs-bucket"
  validation {
    condition     = !startswith(var.bucket, "xn--") && !endswith(var.bucket, "-s3alias")
    error_message = "The bucket name uses a reserved prefix or suffix."
  }
}

variable "domain" {
  type    = string
  default = "example.com"
  validation {
    condition     = !endswith(var.domain, ".")
    error_message = "Leave out the trailing dot of ${var.domain}."
  }
}
''', [
    ok("defaults", {}),
    ok("role", {"role_arn": "arn:aws:iam::123456789012:role/x"}),
    ok("bucket", {"bucket": "my-data"}),
    bad("role-sts", {"role_arn": "arn:aws:sts::123456789012:assumed-role/x"}),
    bad("role-empty", {"role_arn": ""}),
    bad("bucket-prefix", {"bucket": "xn--abc"}),
    bad("bucket-suffix", {"bucket": "abc-s3alias"}),
    bad("domain-dot", {"domain": "example.com."}),
    ok("domain-sub", {"domain": "a.b.example.com"}),
])

idiom("regexall-counts", '''
variable "password" {
  type      = string
  default   = "Aa1!aaaaaaaa"
  sensitive = true
  validation {
    condition     = length(var.password) >= 12
    error_message = "At least 12 characters."
  }
  validation {
    condition = (
      length(regexall("[A-Z]", var.password)) > 0 &&
      length(regexall("[a-z]", var.password)) > 0 &&
      length(regexall("[0-9]", var.password)) > 0
    )
    error_message = "Mix upper case, lower case and digits."
  }
}

variable "labels" {
  type    = list(string)
  default = []
  validation {
    condition     = alltrue([for l in var.labels : length(regexall("^[a-z][a-z0-9_-]{0,62}$", l)) == 1])
    error_message = "Each label starts with a lower-case letter and has at most 63 characters."
  }
}
''', [
    ok("defaults", {}),
    ok("strong", {"password": "Correct1Horse2Battery"}),
    bad("short", {"password": "Aa1"}),
    bad("no-digit", {"password": "Aaaaaaaaaaaaaaaa"}),
    bad("short-and-weak", {"password": "aaaa"}),
    ok("labels", {"labels": ["env", "team_a", "x-1"]}),
    bad("label-upper", {"labels": ["Env"]}),
    bad("label-digit", {"labels": ["ok", "1st"]}),
    bad("label-long", {"labels": ["a" * 64]}),
])

idiom("length-limits", '''
variable "gateway_ids" {
  type    = list(string)
  default = []
  validation {
    condition     = length(var.gateway_ids) < 2
    error_message = "Give at most one gateway ID."
  }
}

variable "cluster" {
  type    = string
  default = "main"
  validation {
    condition     = length(var.cluster) >= 1 && length(var.cluster) <= 40
    error_message = "The cluster name has 1 to 40 characters, not ${length(var.cluster)}."
  }
}

variable "zones" {
  type    = set(string)
  default = ["a"]
  validation {
    condition     = length(var.zones) > 0
    error_message = "Name at least one zone."
  }
}
''', [
    ok("defaults", {}),
    ok("one-gateway", {"gateway_ids": ["igw-1"]}),
    bad("two-gateways", {"gateway_ids": ["igw-1", "igw-2"]}),
    bad("empty-name", {"cluster": ""}),
    ok("forty", {"cluster": "c" * 40}),
    bad("forty-one", {"cluster": "c" * 41}),
    ok("unicode-length", {"cluster": "café-ü"}),
    bad("no-zones", {"zones": []}),
    ok("duplicate-zones", {"zones": ["a", "a"]}),
    bad("zones-string", {"zones": "a"}),
])

# ---------------------------------------------------------------------------
# Numbers

idiom("number-ranges", '''
variable "deletion_window" {
  type    = number
  default = null
  validation {
    condition     = var.deletion_window == null || try(var.deletion_window >= 7 && var.deletion_window <= 30, false)
    error_message = "Between 7 and 30 days, when given."
  }
}

variable "retention_days" {
  type    = number
  default = 90
  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 365, 0], var.retention_days)
    error_message = "Use a retention CloudWatch offers."
  }
}

variable "replicas" {
  type    = number
  default = 2
  validation {
    condition     = floor(var.replicas) == var.replicas && var.replicas > 0
    error_message = "A positive whole number of replicas."
  }
}
''', [
    ok("defaults", {}),
    ok("window-7", {"deletion_window": 7}),
    ok("window-30", {"deletion_window": 30}),
    bad("window-6", {"deletion_window": 6}),
    bad("window-31", {"deletion_window": 31}),
    ok("window-string-number", {"deletion_window": "10"}),
    bad("window-word", {"deletion_window": "ten"}),
    ok("retention-365", {"retention_days": 365}),
    bad("retention-100", {"retention_days": 100}),
    ok("retention-string", {"retention_days": "30"}),
    bad("replicas-half", {"replicas": 1.5}),
    bad("replicas-zero", {"replicas": 0}),
    ok("replicas-big", {"replicas": 1000000}),
])

idiom("nullable-number-guard", '''
variable "id_length" {
  type    = number
  default = null
  validation {
    condition     = var.id_length == null ? true : var.id_length >= 6 || var.id_length == 0
    error_message = "At least 6, or 0 for no limit."
  }
}

variable "lengths" {
  type    = list(number)
  default = []
  validation {
    condition     = length([for n in var.lengths : n if n == null]) == 0
    error_message = "No null in lengths."
  }
}
''', [
    ok("defaults", {}),
    ok("zero", {"id_length": 0}),
    ok("six", {"id_length": 6}),
    bad("five", {"id_length": 5}),
    bad("negative", {"id_length": -1}),
    ok("null", {"id_length": None}),
    ok("lengths", {"lengths": [8, 16]}),
    bad("lengths-null", {"lengths": [8, None]}),
    bad("lengths-words", {"lengths": ["eight"]}),
])

# ---------------------------------------------------------------------------
# Null, nullable, sensitive

idiom("nullable-false", '''
variable "location" {
  type     = string
  nullable = false
}

variable "tags" {
  type     = map(string)
  default  = {}
  nullable = false
  validation {
    condition     = length(var.tags) <= 3
    error_message = "At most three tags."
  }
}

variable "note" {
  type    = string
  default = "n"
}
''', [
    ok("location", {"location": "westeurope"}),
    bad("missing", {}),
    bad("null-location", {"location": None}),
    ok("null-tags-take-default", {"location": "x", "tags": None}),
    ok("null-note", {"location": "x", "note": None}),
    bad("many-tags", {"location": "x", "tags": {"a": "1", "b": "2", "c": "3", "d": "4"}}),
    bad("missing-and-many-tags", {"tags": {"a": "1", "b": "2", "c": "3", "d": "4"}}),
    ok("number-tag-value", {"location": "x", "tags": {"a": 1}}),
    bad("object-tag-value", {"location": "x", "tags": {"a": {"b": 1}}}),
])

idiom("object-or-null", '''
variable "lock" {
  type = object({
    kind = string
    name = optional(string, null)
  })
  default = null
  validation {
    condition     = var.lock != null ? contains(["CanNotDelete", "ReadOnly"], var.lock.kind) : true
    error_message = "A lock is CanNotDelete or ReadOnly."
  }
}

variable "encryption" {
  type = object({
    enabled     = bool
    enforcement = string
  })
  default = null
  validation {
    condition     = var.encryption == null ? true : contains(["AllowUnencrypted", "DropUnencrypted"], var.encryption.enforcement)
    error_message = "Enforcement is AllowUnencrypted or DropUnencrypted."
  }
}
''', [
    ok("defaults", {}),
    ok("lock", {"lock": {"kind": "ReadOnly"}}),
    ok("lock-named", {"lock": {"kind": "CanNotDelete", "name": "keep"}}),
    bad("lock-kind", {"lock": {"kind": "Delete"}}),
    bad("lock-without-kind", {"lock": {"name": "x"}}),
    ok("lock-null", {"lock": None}),
    ok("encryption", {"encryption": {"enabled": True, "enforcement": "DropUnencrypted"}}),
    bad("encryption-bad", {"encryption": {"enabled": True, "enforcement": "Drop"}}),
    bad("encryption-missing", {"encryption": {"enabled": True}}),
    ok("encryption-string-bool", {"encryption": {"enabled": "false", "enforcement": "AllowUnencrypted"}}),
])

idiom("coalesce-optional-enum", '''
variable "rpo" {
  type    = string
  default = null
  validation {
    condition     = var.rpo == null || contains(["ASYNC_TURBO", "DEFAULT"], coalesce(var.rpo, "none"))
    error_message = "rpo is ASYNC_TURBO or DEFAULT."
  }
}

variable "prefix" {
  type    = string
  default = null
  validation {
    condition     = var.prefix != ""
    error_message = "Use null rather than an empty prefix."
  }
}
''', [
    ok("defaults", {}),
    ok("turbo", {"rpo": "ASYNC_TURBO"}),
    bad("other", {"rpo": "FAST"}),
    bad("empty-rpo", {"rpo": ""}),
    ok("prefix", {"prefix": "p"}),
    bad("empty-prefix", {"prefix": ""}),
    ok("null-prefix", {"prefix": None}),
    bad("both", {"prefix": "", "rpo": "x"}),
])

idiom("sensitive-values", '''
variable "admin_password" {
  type      = string
  sensitive = true
  default   = "long-enough-secret"
  validation {
    condition     = length(var.admin_password) >= 8
    error_message = "The password needs 8 characters or more."
  }
}

variable "api_token" {
  type      = string
  sensitive = true
  default   = "tok_abc"
  validation {
    condition     = startswith(var.api_token, "tok_")
    error_message = "The token ${var.api_token} does not start with tok_."
  }
}
''', [
    ok("defaults", {}),
    ok("password", {"admin_password": "12345678"}),
    bad("short-password", {"admin_password": "1234567"}),
    bad("token-shown-redacted", {"api_token": "abc"}),
    ok("token", {"api_token": "tok_123"}),
    bad("password-number", {"admin_password": 1234567}),
    ok("password-long-number", {"admin_password": 123456789}),
])

idiom("any-typed-context", '''
variable "context" {
  type = any
  default = {
    enabled    = true
    key_case   = null
    id_lengths = []
  }
  validation {
    condition     = lookup(var.context, "key_case", null) == null ? true : contains(["lower", "title", "upper"], var.context["key_case"])
    error_message = "key_case is lower, title or upper."
  }
  validation {
    condition     = length([for i in lookup(var.context, "id_lengths", []) : i if i == null]) == 0
    error_message = "No null among id_lengths."
  }
}
''', [
    ok("defaults", {}),
    ok("lower", {"context": {"enabled": True, "key_case": "lower", "id_lengths": []}}),
    bad("mixed-case", {"context": {"key_case": "Mixed"}}),
    ok("no-key-case", {"context": {"enabled": False}}),
    ok("lengths", {"context": {"id_lengths": [4, 8]}}),
    bad("null-length", {"context": {"id_lengths": [4, None]}}),
    bad("context-string", {"context": "x"}),
    bad("context-list", {"context": ["lower"]}),
])

# ---------------------------------------------------------------------------
# Collections of objects

idiom("map-objects-optional-defaults", '''
variable "diagnostics" {
  type = map(object({
    name           = optional(string, null)
    log_groups     = optional(set(string), ["allLogs"])
    destination    = optional(string, "Dedicated")
    workspace_id   = optional(string, null)
    storage_id     = optional(string, null)
  }))
  default  = {}
  nullable = false
  validation {
    condition     = alltrue([for _, d in var.diagnostics : contains(["Dedicated", "AzureDiagnostics"], d.destination)])
    error_message = "The destination is Dedicated or AzureDiagnostics."
  }
  validation {
    condition     = alltrue([for _, d in var.diagnostics : d.workspace_id != null || d.storage_id != null])
    error_message = "Each setting needs a workspace or a storage account."
  }
}
''', [
    ok("defaults", {}),
    ok("workspace", {"diagnostics": {"a": {"workspace_id": "w"}}}),
    ok("storage-named", {"diagnostics": {"a": {"storage_id": "s", "name": "n", "log_groups": []}}}),
    bad("no-destination", {"diagnostics": {"a": {}}}),
    bad("bad-type", {"diagnostics": {"a": {"workspace_id": "w", "destination": "Shared"}}}),
    bad("both-rules", {"diagnostics": {"a": {"destination": "x"}}}),
    bad("one-of-two", {"diagnostics": {"a": {"workspace_id": "w"}, "b": {"name": "x"}}}),
    ok("null-means-default", {"diagnostics": {"a": {"workspace_id": "w", "destination": None}}}),
    ok("null-map-takes-default", {"diagnostics": None}),
    bad("list-not-map", {"diagnostics": [{"workspace_id": "w"}]}),
    ok("extra-attribute-dropped", {"diagnostics": {"a": {"workspace_id": "w", "colour": "red"}}}),
])

idiom("keys-and-permissions", '''
variable "sku" {
  type    = string
  default = "standard"
  validation {
    condition     = contains(["standard", "premium"], var.sku)
    error_message = "sku is standard or premium."
  }
}

variable "keys" {
  type = map(object({
    key_type = string
    key_opts = optional(list(string), ["sign", "verify"])
    key_size = optional(number)
  }))
  default  = {}
  nullable = false
  validation {
    condition     = alltrue([for k in var.keys : contains(["EC", "EC-HSM", "RSA", "RSA-HSM"], k.key_type)])
    error_message = "key_type is EC, EC-HSM, RSA or RSA-HSM."
  }
  validation {
    condition     = var.sku == "premium" || !anytrue([for k in var.keys : endswith(k.key_type, "-HSM")])
    error_message = "HSM keys need the premium sku."
  }
}

variable "policies" {
  type = map(object({
    object_id   = string
    permissions = optional(set(string), [])
  }))
  default = {}
  validation {
    condition     = alltrue([for p in var.policies : setintersection(["Get", "List", "Set", "Delete"], p.permissions) == p.permissions])
    error_message = "Permissions come from Get, List, Set and Delete."
  }
  validation {
    condition     = alltrue([for p in var.policies : length(p.permissions) > 0])
    error_message = "Give each policy a permission."
  }
}
''', [
    ok("defaults", {}),
    ok("rsa", {"keys": {"k": {"key_type": "RSA", "key_size": 2048}}}),
    bad("hsm-standard", {"keys": {"k": {"key_type": "RSA-HSM"}}}),
    ok("hsm-premium", {"sku": "premium", "keys": {"k": {"key_type": "EC-HSM"}}}),
    bad("bad-type", {"keys": {"k": {"key_type": "AES"}}}),
    bad("bad-sku-skips-keys", {"sku": "basic", "keys": {"k": {"key_type": "RSA-HSM"}}}),
    ok("permissions", {"policies": {"p": {"object_id": "o", "permissions": ["Get", "List"]}}}),
    bad("unknown-permission", {"policies": {"p": {"object_id": "o", "permissions": ["Get", "Purge"]}}}),
    bad("no-permission", {"policies": {"p": {"object_id": "o"}}}),
    ok("duplicate-permissions", {"policies": {"p": {"object_id": "o", "permissions": ["Get", "Get"]}}}),
])

idiom("list-objects-optional", '''
variable "pools" {
  type = list(object({
    id            = string
    addresses     = optional(string)
    prefix_length = optional(number)
  }))
  default = null
  validation {
    condition = var.ipam_pools_ok == null || alltrue([
      for p in var.pools != null ? var.pools : [] : p.prefix_length != null ? (p.prefix_length >= 2 && p.prefix_length <= 29) || (p.prefix_length >= 48 && p.prefix_length <= 64) : true
    ])
    error_message = "A prefix length is 2-29 (IPv4) or 48-64 (IPv6)."
  }
  validation {
    condition     = alltrue([for p in var.pools != null ? var.pools : [] : p.addresses != null || p.prefix_length != null])
    error_message = "Each pool needs addresses or a prefix length."
  }
  validation {
    condition     = var.pools == null || (length(coalesce(var.pools, [])) >= 1 && length(coalesce(var.pools, [])) <= 2)
    error_message = "One or two pools."
  }
}

variable "ipam_pools_ok" {
  type    = bool
  default = true
}
''', [
    ok("defaults", {}),
    ok("one-pool", {"pools": [{"id": "p", "prefix_length": 24}]}),
    ok("v4-and-v6", {"pools": [{"id": "a", "prefix_length": 24}, {"id": "b", "prefix_length": 64}]}),
    bad("prefix-30", {"pools": [{"id": "p", "prefix_length": 30}]}),
    bad("neither", {"pools": [{"id": "p"}]}),
    bad("empty", {"pools": []}),
    bad("three", {"pools": [{"id": "a", "addresses": "8"}, {"id": "b", "addresses": "8"}, {"id": "c", "addresses": "8"}]}),
    ok("addresses-number", {"pools": [{"id": "a", "addresses": 256}]}),
    bad("id-missing", {"pools": [{"prefix_length": 24}]}),
    bad("invalid-guard-var", {"ipam_pools_ok": "maybe", "pools": [{"id": "p", "prefix_length": 30}]}),
])

idiom("nested-optional-objects", '''
variable "routes" {
  type = map(object({
    description         = optional(string, "managed")
    priority            = optional(number)
    next_hop_ip         = optional(string)
    use_default_routing = optional(bool, false)
    filter = optional(object({
      protocol = optional(string)
      dest     = optional(string)
    }), {})
    target = optional(object({
      tags       = optional(list(string))
      attachment = optional(string)
    }), {})
  }))
  default  = {}
  nullable = false
  validation {
    condition = alltrue([
      for r in var.routes : contains(["TCP", "UDP", "ALL"], r.filter.protocol)
      if r.filter.protocol != null
    ])
    error_message = "The filter protocol is TCP, UDP or ALL."
  }
  validation {
    condition = alltrue([
      for r in var.routes : ((r.use_default_routing == true ? 1 : 0) + (r.next_hop_ip != null ? 1 : 0)) == 1
    ])
    error_message = "Use default routing or give a next hop, not both or neither."
  }
  validation {
    condition     = alltrue([for r in var.routes : r.target.tags == null || r.target.attachment == null])
    error_message = "Target tags or an attachment, not both."
  }
}
''', [
    ok("defaults", {}),
    ok("next-hop", {"routes": {"r": {"next_hop_ip": "10.0.0.1"}}}),
    ok("default-routing", {"routes": {"r": {"use_default_routing": True, "filter": {"protocol": "TCP"}}}}),
    bad("neither", {"routes": {"r": {}}}),
    bad("both", {"routes": {"r": {"use_default_routing": True, "next_hop_ip": "10.0.0.1"}}}),
    bad("protocol", {"routes": {"r": {"next_hop_ip": "1.1.1.1", "filter": {"protocol": "ICMP"}}}}),
    bad("target-both", {"routes": {"r": {"next_hop_ip": "1.1.1.1", "target": {"tags": ["a"], "attachment": "x"}}}}),
    ok("target-tags", {"routes": {"r": {"next_hop_ip": "1.1.1.1", "target": {"tags": ["a"]}}}}),
    ok("filter-null-takes-default", {"routes": {"r": {"next_hop_ip": "1.1.1.1", "filter": None}}}),
    bad("priority-word", {"routes": {"r": {"next_hop_ip": "1.1.1.1", "priority": "high"}}}),
])

idiom("unique-attribute", '''
variable "service_configs" {
  type = list(object({
    producer = optional(string, "servicenetworking.googleapis.com")
    ranges   = map(string)
    policy   = optional(string, null)
  }))
  default  = []
  nullable = false
  validation {
    condition     = length(var.service_configs) == length(toset([for c in var.service_configs : c.producer]))
    error_message = "One configuration per producer."
  }
  validation {
    condition     = alltrue([for c in var.service_configs : c.policy == null || c.policy == "ABANDON"])
    error_message = "The only policy is ABANDON."
  }
}
''', [
    ok("defaults", {}),
    ok("one", {"service_configs": [{"ranges": {"a": "10.0.0.0/24"}}]}),
    ok("two-producers", {"service_configs": [{"ranges": {}}, {"ranges": {}, "producer": "other"}]}),
    bad("same-producer", {"service_configs": [{"ranges": {}}, {"ranges": {"b": "x"}}]}),
    bad("policy", {"service_configs": [{"ranges": {}, "policy": "DELETE"}]}),
    ok("abandon", {"service_configs": [{"ranges": {}, "policy": "ABANDON"}]}),
    bad("ranges-missing", {"service_configs": [{"producer": "x"}]}),
    bad("ranges-list", {"service_configs": [{"ranges": ["a"]}]}),
])

idiom("set-of-objects", '''
variable "members" {
  type = set(object({
    principal = string
    role      = string
  }))
  default = []
  validation {
    condition     = alltrue([for m in var.members : can(regex("^(user|group|serviceAccount):", m.principal))])
    error_message = "A principal starts with user:, group: or serviceAccount:."
  }
  validation {
    condition     = length(var.members) <= 3
    error_message = "At most three members."
  }
}
''', [
    ok("defaults", {}),
    ok("one", {"members": [{"principal": "user:a@b.c", "role": "viewer"}]}),
    ok("duplicates-collapse", {"members": [{"principal": "user:a", "role": "r"}] * 4}),
    bad("four", {"members": [{"principal": f"user:{i}", "role": "r"} for i in range(4)]}),
    bad("bad-principal", {"members": [{"principal": "a@b.c", "role": "r"}]}),
    bad("missing-role", {"members": [{"principal": "user:a"}]}),
    bad("not-a-list", {"members": {"principal": "user:a", "role": "r"}}),
    ok("number-role", {"members": [{"principal": "group:g", "role": 7}]}),
])

idiom("map-key-rules", '''
variable "tags_per_zone" {
  type    = map(map(string))
  default = {}
  validation {
    condition     = alltrue([for z in keys(var.tags_per_zone) : can(regex("^[a-z]{2}-[a-z]+-[0-9][a-z]$", z))])
    error_message = "Keys are zone names such as eu-west-1a."
  }
}

variable "timeouts" {
  type    = map(string)
  default = {}
  validation {
    condition     = !contains([for t in keys(var.timeouts) : contains(["create", "update", "delete"], t)], false)
    error_message = "Only create, update and delete timeouts."
  }
  validation {
    condition     = alltrue([for v in values(var.timeouts) : can(regex("^[0-9]+(s|m|h)$", v))])
    error_message = "A timeout is a number and a unit (s, m, h)."
  }
}
''', [
    ok("defaults", {}),
    ok("zones", {"tags_per_zone": {"eu-west-1a": {"tier": "a"}}}),
    bad("zone-key", {"tags_per_zone": {"west": {"tier": "a"}}}),
    ok("timeouts", {"timeouts": {"create": "30m", "delete": "1h"}}),
    bad("timeout-key", {"timeouts": {"read": "5m"}}),
    bad("timeout-value", {"timeouts": {"create": "soon"}}),
    bad("both-timeout-rules", {"timeouts": {"read": "soon"}}),
    bad("inner-not-map", {"tags_per_zone": {"eu-west-1a": "x"}}),
    ok("inner-numbers", {"tags_per_zone": {"eu-west-1a": {"n": 1}}}),
])

idiom("list-of-maps", '''
variable "inbound_rules" {
  type = list(map(string))
  default = [
    {
      rule_number = 100
      action      = "allow"
      cidr_block  = "0.0.0.0/0"
    },
  ]
  validation {
    condition     = alltrue([for r in var.inbound_rules : contains(["allow", "deny"], lookup(r, "action", "allow"))])
    error_message = "An action is allow or deny."
  }
  validation {
    condition     = alltrue([for r in var.inbound_rules : can(tonumber(r["rule_number"]))])
    error_message = "Each rule has a numeric rule_number."
  }
}
''', [
    ok("defaults", {}),
    ok("two", {"inbound_rules": [{"rule_number": 1, "action": "deny"}, {"rule_number": "2"}]}),
    bad("action", {"inbound_rules": [{"rule_number": 1, "action": "drop"}]}),
    bad("no-number", {"inbound_rules": [{"action": "allow"}]}),
    bad("word-number", {"inbound_rules": [{"rule_number": "first"}]}),
    ok("bool-becomes-string", {"inbound_rules": [{"rule_number": 5, "log": True}]}),
    bad("nested-value", {"inbound_rules": [{"rule_number": 5, "ports": [80]}]}),
    ok("empty", {"inbound_rules": []}),
])

idiom("lookup-objects", '''
variable "sizes" {
  type = map(object({
    cpu    = number
    memory = number
  }))
  default = {
    small = { cpu = 256, memory = 512 }
    large = { cpu = 1024, memory = 2048 }
  }
}

variable "size" {
  type    = string
  default = "small"
  validation {
    condition     = contains(keys(var.sizes), var.size)
    error_message = "Pick one of the declared sizes."
  }
  validation {
    condition     = lookup(var.sizes, var.size, { cpu = 0, memory = 0 }).memory >= 2 * lookup(var.sizes, var.size, { cpu = 0, memory = 0 }).cpu
    error_message = "Memory must be at least twice the CPU units."
  }
}
''', [
    ok("defaults", {}),
    ok("large", {"size": "large"}),
    bad("unknown-size", {"size": "huge"}),
    ok("custom-sizes", {"sizes": {"x": {"cpu": 1, "memory": 2}}, "size": "x"}),
    bad("tight-memory", {"sizes": {"x": {"cpu": 4, "memory": 4}}, "size": "x"}),
    bad("missing-memory", {"sizes": {"x": {"cpu": 4}}, "size": "x"}),
    bad("invalid-sizes-skip", {"sizes": {"x": {"cpu": "many", "memory": 1}}, "size": "y"}),
])

idiom("any-inside-objects", '''
variable "addons" {
  type = map(object({
    version = optional(string)
    config  = optional(any)
  }))
  default = {}
}

variable "statements" {
  type = list(object({
    effect = string
    detail = any
  }))
  default = []
  validation {
    condition     = alltrue([for s in var.statements : contains(["Allow", "Deny"], s.effect)])
    error_message = "Effect is Allow or Deny."
  }
}
''', [
    ok("defaults", {}),
    ok("same-shape", {"addons": {"a": {"config": {"x": 1}}, "b": {"config": {"x": 2}}}}),
    bad("different-shapes", {"addons": {"a": {"config": {"x": 1}}, "b": {"config": "raw"}}}),
    bad("one-without-config-is-null-any", {"addons": {"a": {"config": {"x": 1}}, "b": {"version": "1"}}}),
    ok("unifiable", {"statements": [{"effect": "Allow", "detail": "a"}, {"effect": "Deny", "detail": 2}]}),
    bad("not-unifiable", {"statements": [{"effect": "Allow", "detail": {"a": 1}}, {"effect": "Deny", "detail": [1]}]}),
    bad("effect", {"statements": [{"effect": "Maybe", "detail": 1}]}),
    ok("lists-of-strings", {"statements": [{"effect": "Allow", "detail": ["a"]}, {"effect": "Allow", "detail": ["b", "c"]}]}),
])

idiom("flatten-nested-rules", '''
variable "groups" {
  type = map(object({
    rules = list(object({
      port     = number
      protocol = optional(string, "tcp")
    }))
  }))
  default = {}
  validation {
    condition     = alltrue(flatten([for g in var.groups : [for r in g.rules : r.port >= 0 && r.port <= 65535]]))
    error_message = "Ports are 0 to 65535."
  }
  validation {
    condition     = alltrue(flatten([for g in var.groups : [for r in g.rules : contains(["tcp", "udp", "icmp"], lower(r.protocol))]]))
    error_message = "Protocol is tcp, udp or icmp."
  }
}
''', [
    ok("defaults", {}),
    ok("web", {"groups": {"web": {"rules": [{"port": 80}, {"port": 443, "protocol": "TCP"}]}}}),
    bad("high-port", {"groups": {"web": {"rules": [{"port": 70000}]}}}),
    bad("protocol", {"groups": {"web": {"rules": [{"port": 1, "protocol": "sctp"}]}}}),
    bad("second-group", {"groups": {"a": {"rules": []}, "b": {"rules": [{"port": -1}]}}}),
    ok("empty-rules", {"groups": {"a": {"rules": []}}}),
    bad("rules-missing", {"groups": {"a": {}}}),
])

idiom("one-and-try", '''
variable "interfaces" {
  type = list(object({
    name    = string
    primary = optional(bool, false)
  }))
  default = [{ name = "eth0", primary = true }]
  validation {
    condition     = can(one([for i in var.interfaces : i if i.primary]))
    error_message = "At most one primary interface."
  }
  validation {
    condition     = try(one([for i in var.interfaces : i.name if i.primary]), null) != null
    error_message = "Mark exactly one interface primary."
  }
}

variable "settings" {
  type    = any
  default = {}
  validation {
    condition     = try(var.settings.network.mtu, 1500) >= 1280
    error_message = "An MTU is at least 1280."
  }
}
''', [
    ok("defaults", {}),
    ok("two-one-primary", {"interfaces": [{"name": "a"}, {"name": "b", "primary": True}]}),
    bad("no-primary", {"interfaces": [{"name": "a"}]}),
    bad("two-primary", {"interfaces": [{"name": "a", "primary": True}, {"name": "b", "primary": True}]}),
    ok("mtu", {"settings": {"network": {"mtu": 9000}}}),
    bad("small-mtu", {"settings": {"network": {"mtu": 576}}}),
    ok("no-network", {"settings": {"other": 1}}),
    bad("mtu-word", {"settings": {"network": {"mtu": "jumbo"}}}),
])

idiom("cross-variable-rules", '''
variable "create" {
  type    = bool
  default = true
}

variable "existing_id" {
  type    = string
  default = null
  validation {
    condition     = var.create || var.existing_id != null
    error_message = "Give existing_id when create is false."
  }
}

variable "address_space" {
  type    = set(string)
  default = ["10.0.0.0/16"]
  validation {
    condition     = (var.address_space != null && var.pool_id == null) || (var.address_space == null && var.pool_id != null)
    error_message = "Either an address space or a pool, not both."
  }
}

variable "pool_id" {
  type    = string
  default = null
}
''', [
    ok("defaults", {}),
    bad("no-existing", {"create": False}),
    ok("existing", {"create": False, "existing_id": "x"}),
    bad("both", {"pool_id": "p"}),
    ok("pool-only", {"pool_id": "p", "address_space": None}),
    bad("neither", {"address_space": None}),
    bad("create-invalid", {"create": "perhaps"}),
    ok("string-bool", {"create": "false", "existing_id": "x"}),
])

idiom("templated-messages", '''
variable "env" {
  type    = string
  default = "dev"
  validation {
    condition     = contains(["dev", "test", "prod"], var.env)
    error_message = "The environment \\"${var.env}\\" is not one of dev, test, prod."
  }
}

variable "ports" {
  type    = list(number)
  default = [80]
  validation {
    condition     = alltrue([for p in var.ports : p > 0 && p < 65536])
    error_message = "Ports out of range: ${join(", ", [for p in var.ports : tostring(p) if p <= 0 || p >= 65536])}."
  }
}

variable "names" {
  type    = map(string)
  default = {}
  validation {
    condition     = length(var.names) < 3
    error_message = "Too many names: ${jsonencode(keys(var.names))}."
  }
}

variable "zones" {
  type    = list(string)
  default = []
  validation {
    condition     = alltrue([for z in var.zones : can(regex("^[a-z]+-[a-z]+-[0-9][a-z]$", z))])
    error_message = "Not zone names: ${join(", ", [for z in var.zones : "'${z}'" if !can(regex("^[a-z]+-[a-z]+-[0-9][a-z]$", z))])}."
  }
}
''', [
    ok("defaults", {}),
    bad("env", {"env": "qa"}),
    bad("env-quotes", {"env": "say \"hi\""}),
    bad("ports", {"ports": [0, 80, 70000]}),
    ok("ports", {"ports": [1, 65535]}),
    bad("names", {"names": {"a": "1", "b": "2", "c": "3"}}),
    bad("all-three", {"env": "", "ports": [-5], "names": {"x": "", "y": "", "z": ""}}),
    ok("zones", {"zones": ["eu-west-1a"]}),
    bad("zones-listed", {"zones": ["eu-west-1a", "west", "Zone"]}),
    bad("zones-null-message-unknown", {"zones": [None, "eu-west-1a"]}),
    ok("unicode-env", {"env": "prod"}),
])

idiom("cidr-functions", '''
variable "network_cidr" {
  type    = string
  default = "10.0.0.0/16"
  validation {
    condition     = can(cidrhost(var.network_cidr, 0))
    error_message = "The network CIDR must be a valid IPv4 CIDR block."
  }
  validation {
    condition     = can(cidrhost(var.network_cidr, 0)) && try(cidrsubnet(var.network_cidr, 0, 0) == var.network_cidr, false)
    error_message = "The network CIDR must not have host bits set."
  }
}

variable "allowed" {
  type    = list(string)
  default = []
  validation {
    condition     = alltrue([for c in var.allowed : can(cidrnetmask(c))])
    error_message = "Each allowed range is an IPv4 CIDR."
  }
}

variable "service_cidr" {
  type    = string
  default = null
  validation {
    condition     = var.service_cidr == null || try(tonumber(split("/", var.service_cidr)[1]) <= 24, false)
    error_message = "The service range is /24 or larger."
  }
}
''', [
    ok("defaults", {}),
    ok("slash-8", {"network_cidr": "10.0.0.0/8"}),
    bad("host-bits", {"network_cidr": "10.0.0.1/16"}),
    bad("not-cidr", {"network_cidr": "10.0.0.0"}),
    ok("ipv6-accepted", {"network_cidr": "fd00::/8"}),
    bad("octet", {"network_cidr": "10.0.0.256/24"}),
    ok("allowed", {"allowed": ["0.0.0.0/0", "192.168.1.0/24"]}),
    bad("allowed-ipv6", {"allowed": ["::/0"]}),
    bad("allowed-word", {"allowed": ["any"]}),
    ok("service-16", {"service_cidr": "172.20.0.0/16"}),
    bad("service-28", {"service_cidr": "172.20.0.0/28"}),
    bad("service-no-prefix", {"service_cidr": "172.20.0.0"}),
])

idiom("cidr-containment", '''
variable "network" {
  type    = string
  default = "10.1.0.0/16"
}

variable "subnets" {
  type    = list(string)
  default = ["10.1.0.0/24", "10.1.1.0/24"]
  validation {
    condition = alltrue([
      for s in var.subnets : try(
        tonumber(split("/", s)[1]) >= tonumber(split("/", var.network)[1]) &&
        cidrsubnet(format("%s/%s", split("/", s)[0], split("/", var.network)[1]), 0, 0) == cidrsubnet(var.network, 0, 0),
        false
      )
    ])
    error_message = "Every subnet lies inside the network ${var.network}."
  }
  validation {
    condition     = length(distinct(var.subnets)) == length(var.subnets)
    error_message = "Subnets are listed once each."
  }
}
''', [
    ok("defaults", {}),
    ok("whole", {"subnets": ["10.1.0.0/16"]}),
    bad("outside", {"subnets": ["10.2.0.0/24"]}),
    bad("repeated", {"subnets": ["10.1.0.0/24", "10.1.0.0/24"]}),
    ok("other-network", {"network": "192.168.0.0/16", "subnets": ["192.168.10.0/24"]}),
    bad("larger-than-network", {"subnets": ["10.0.0.0/8"]}),
    bad("not-a-cidr", {"subnets": ["10.1.0.0"]}),
])

idiom("type-conversions", '''
variable "count_of" {
  type    = number
  default = 1
}

variable "enabled" {
  type    = bool
  default = true
}

variable "names" {
  type    = list(string)
  default = []
}

variable "pair" {
  type    = tuple([string, number])
  default = ["a", 1]
}

variable "limits" {
  type    = map(number)
  default = {}
}
''', [
    ok("defaults", {}),
    ok("number-from-string", {"count_of": "42"}),
    ok("number-exponent", {"count_of": "1e3"}),
    bad("number-from-bool", {"count_of": True}),
    bad("number-from-word", {"count_of": "many"}),
    ok("bool-from-string", {"enabled": "false"}),
    bad("bool-capital", {"enabled": "True"}),
    bad("bool-from-number", {"enabled": 1}),
    ok("names-from-numbers", {"names": [1, 2.5, True]}),
    bad("names-nested", {"names": [["a"]]}),
    bad("names-scalar", {"names": "a"}),
    ok("pair", {"pair": ["b", "2"]}),
    bad("pair-short", {"pair": ["b"]}),
    bad("pair-swapped", {"pair": [2, "b"]}),
    ok("limits", {"limits": {"a": 1, "b": "2"}}),
    bad("limits-word", {"limits": {"a": "x"}}),
])

idiom("sums-and-weights", '''
variable "weights" {
  type    = map(number)
  default = { blue = 100 }
  validation {
    condition     = sum(values(var.weights)) == 100
    error_message = "Weights add up to 100, not ${sum(values(var.weights))}."
  }
  validation {
    condition     = min(values(var.weights)...) >= 0
    error_message = "No negative weight."
  }
}
''', [
    ok("defaults", {}),
    ok("split", {"weights": {"blue": 60, "green": 40}}),
    bad("short", {"weights": {"blue": 60, "green": 30}}),
    bad("negative", {"weights": {"blue": 120, "green": -20}}),
    ok("strings", {"weights": {"blue": "50", "green": "50"}}),
    bad("empty", {"weights": {}}),
    ok("fractions", {"weights": {"a": 33.5, "b": 66.5}}),
])

idiom("case-normalising", '''
variable "environment" {
  type    = string
  default = "prod"
  validation {
    condition     = var.environment == lower(var.environment)
    error_message = "Write the environment in lower case."
  }
  validation {
    condition     = contains(["dev", "stage", "prod"], lower(var.environment))
    error_message = "dev, stage or prod."
  }
}

variable "owner" {
  type    = string
  default = "team@example.com"
  validation {
    condition     = can(regex("^[^@\\\\s]+@[^@\\\\s]+\\\\.[a-z]{2,}$", var.owner))
    error_message = "The owner is an e-mail address."
  }
}
''', [
    ok("defaults", {}),
    bad("upper", {"environment": "PROD"}),
    bad("unknown", {"environment": "qa"}),
    bad("upper-unknown", {"environment": "QA"}),
    ok("owner", {"owner": "a.b@c.io"}),
    bad("owner-no-at", {"owner": "team.example.com"}),
    bad("owner-space", {"owner": "a b@c.io"}),
    bad("owner-short-tld", {"owner": "a@b.c"}),
])

idiom("misused-functions", '''
variable "extended_location" {
  type = object({
    name = string
    type = string
  })
  default = null
  validation {
    condition     = var.extended_location != null ? contains("EdgeZone", var.extended_location.type) : true
    error_message = "The extended location type is EdgeZone."
  }
}

variable "records" {
  type = map(object({
    values = optional(list(string))
  }))
  default = {}
  validation {
    condition     = alltrue([for k, v in var.records : !isnull(v.values) && length(v.values) > 0])
    error_message = "Each record needs values."
  }
}

variable "optional_role" {
  type    = string
  default = "reader"
  validation {
    condition     = var.optional_role == null || contains(["reader", "writer"], var.optional_role)
    error_message = "reader or writer, when given."
  }
}
''', [
    ok("defaults", {}),
    bad("contains-on-string", {"extended_location": {"name": "x", "type": "EdgeZone"}}),
    ok("writer", {"optional_role": "writer"}),
    bad("null-role-no-short-circuit", {"optional_role": None}),
    bad("owner-role", {"optional_role": "owner"}),
    bad("location-missing-type", {"extended_location": {"name": "x"}}),
    ok("no-records-no-call", {"records": {}}),
    bad("unknown-function-called", {"records": {"a": {"values": ["1.2.3.4"]}}}),
])

idiom("lifecycle-rules", '''
variable "lifecycle_rules" {
  type = map(object({
    action = object({
      type          = string
      storage_class = optional(string)
    })
    condition = object({
      age            = optional(number)
      matches_prefix = optional(list(string))
      with_state     = optional(string)
    })
  }))
  default  = {}
  nullable = false
  validation {
    condition     = alltrue([for k, v in var.lifecycle_rules : v.action != null && v.condition != null])
    error_message = "A rule needs an action and a condition."
  }
  validation {
    condition     = alltrue([for k, v in var.lifecycle_rules : contains(["Delete", "SetStorageClass"], v.action.type)])
    error_message = "The action is Delete or SetStorageClass."
  }
  validation {
    condition     = alltrue([for k, v in var.lifecycle_rules : v.action.type != "SetStorageClass" || v.action.storage_class != null])
    error_message = "SetStorageClass needs a storage class."
  }
}
''', [
    ok("defaults", {}),
    ok("delete-old", {"lifecycle_rules": {"old": {"action": {"type": "Delete"}, "condition": {"age": 30}}}}),
    ok("archive", {"lifecycle_rules": {"a": {"action": {"type": "SetStorageClass", "storage_class": "ARCHIVE"}, "condition": {}}}}),
    bad("archive-without-class", {"lifecycle_rules": {"a": {"action": {"type": "SetStorageClass"}, "condition": {}}}}),
    bad("unknown-action", {"lifecycle_rules": {"a": {"action": {"type": "Move"}, "condition": {}}}}),
    bad("null-action", {"lifecycle_rules": {"a": {"action": None, "condition": {}}}}),
    bad("missing-condition", {"lifecycle_rules": {"a": {"action": {"type": "Delete"}}}}),
    ok("prefixes", {"lifecycle_rules": {"p": {"action": {"type": "Delete"}, "condition": {"matches_prefix": ["tmp/", "cache/"]}}}}),
])

idiom("tfvars-expressions", '''
variable "name" {
  type    = string
  default = "app"
  validation {
    condition     = length(var.name) <= 8
    error_message = "At most 8 characters."
  }
}

variable "sizes" {
  type    = list(number)
  default = [1]
}

variable "settings" {
  type    = map(string)
  default = {}
}
''', [
    ok("defaults", {}),
    ok("arithmetic", 'sizes = [1 + 1, 2 * 3, 10 / 4]\n'),
    ok("conditional", 'name = true ? "short" : "a very long name"\n'),
    bad("conditional-long", 'name = false ? "short" : "far too long"\n'),
    ok("template", 'name = "app-${1 + 1}"\n'),
    bad("function", 'name = lower("APP")\n'),
    bad("reference", 'name = local.name\n'),
    bad("index-out-of-range", 'sizes = [1, 2][3]\n'),
    ok("for-expression", 'sizes = [for x in [1, 2, 3] : x * 2]\n'),
    ok("splat", 'settings = { for k, v in { a = 1, b = 2 } : k => v }\n'),
    bad("function-and-type-error", 'name = upper("x")\nsizes = "many"\n'),
    ok("heredoc", 'name = <<EOT\nab\nEOT\n'),
    bad("heredoc-long", 'name = <<EOT\nabcdefghij\nEOT\n'),
])

idiom("undeclared-and-stages", '''
variable "region" {
  type = string
}

variable "replicas" {
  type    = number
  default = 1
  validation {
    condition     = var.replicas > 0
    error_message = "At least one replica."
  }
}
''', [
    ok("region", {"region": "eu-west-1"}),
    bad("missing-region", {"replicas": 0}),
    ok("undeclared-one", {"region": "r", "zone": "a"}),
    ok("undeclared-two", {"region": "r", "zone": "a", "team": "b"}),
    bad("undeclared-and-invalid", {"region": "r", "zone": "a", "replicas": -1}),
    bad("missing-with-undeclared", {"zone": "a"}),
    ok("region-null-is-a-value", {"region": None}),
    bad("replicas-type-and-missing", {"replicas": "x"}),
])

idiom("distinct-and-sorting", '''
variable "azs" {
  type    = list(string)
  default = ["a", "b"]
  validation {
    condition     = length(distinct(var.azs)) == length(var.azs)
    error_message = "No zone twice."
  }
  validation {
    condition     = join(",", sort(var.azs)) == join(",", var.azs)
    error_message = "List the zones in order."
  }
}

variable "priorities" {
  type    = list(number)
  default = [100, 200]
  validation {
    condition     = length(var.priorities) == 0 || max(var.priorities...) <= 1000
    error_message = "Priorities go up to 1000."
  }
}
''', [
    ok("defaults", {}),
    bad("twice", {"azs": ["a", "a"]}),
    bad("unsorted", {"azs": ["b", "a"]}),
    bad("twice-unsorted", {"azs": ["b", "a", "b"]}),
    bad("empty-max-without-short-circuit", {"azs": [], "priorities": []}),
    bad("priority", {"priorities": [1, 1001]}),
    ok("priority-max", {"priorities": [1000]}),
])

idiom("optional-without-default-collections", '''
variable "node_pools" {
  type = map(object({
    machine  = string
    min      = optional(number)
    max      = optional(number)
    labels   = optional(map(string))
    taints   = optional(list(object({ key = string, effect = optional(string) })))
  }))
  default = { default = { machine = "e2-medium" } }
  validation {
    condition     = alltrue([for p in var.node_pools : p.min == null || p.max == null || try(p.min <= p.max, false)])
    error_message = "min is at most max."
  }
  validation {
    condition = alltrue(flatten([
      for p in var.node_pools : [for t in coalesce(p.taints, []) : t.effect == null || contains(["NoSchedule", "NoExecute"], coalesce(t.effect, "NoSchedule"))]
    ]))
    error_message = "A taint effect is NoSchedule or NoExecute."
  }
}
''', [
    ok("defaults", {}),
    ok("sized", {"node_pools": {"p": {"machine": "m", "min": 1, "max": 3}}}),
    bad("min-over-max", {"node_pools": {"p": {"machine": "m", "min": 5, "max": 3}}}),
    ok("only-min", {"node_pools": {"p": {"machine": "m", "min": 5}}}),
    ok("taints", {"node_pools": {"p": {"machine": "m", "taints": [{"key": "k"}, {"key": "l", "effect": "NoExecute"}]}}}),
    bad("taint-effect", {"node_pools": {"p": {"machine": "m", "taints": [{"key": "k", "effect": "Prefer"}]}}}),
    bad("machine-missing", {"node_pools": {"p": {"min": 1}}}),
    ok("labels", {"node_pools": {"p": {"machine": "m", "labels": {"a": "b"}}}}),
    bad("taint-key-missing", {"node_pools": {"p": {"machine": "m", "taints": [{"effect": "NoExecute"}]}}}),
])

idiom("tuple-and-nested-lists", '''
variable "matrix" {
  type    = list(list(number))
  default = [[1, 2], [3]]
  validation {
    condition     = alltrue([for row in var.matrix : length(row) > 0])
    error_message = "No empty row."
  }
}

variable "any_list" {
  type    = list(any)
  default = []
}

variable "any_map" {
  type    = map(any)
  default = {}
}
''', [
    ok("defaults", {}),
    bad("empty-row", {"matrix": [[1], []]}),
    bad("row-words", {"matrix": [["a"]]}),
    ok("row-strings", {"matrix": [["1", "2"]]}),
    ok("any-list-strings", {"any_list": ["a", 1]}),
    bad("any-list-mixed", {"any_list": ["a", {"b": 1}]}),
    bad("any-list-bool-number", {"any_list": [True, 1]}),
    ok("any-map-lists", {"any_map": {"a": [1], "b": [2, 3]}}),
    bad("any-map-mixed", {"any_map": {"a": [1], "b": "x"}}),
    ok("any-map-objects", {"any_map": {"a": {"x": 1}, "b": {"x": 2}}}),
])


idiom("timestamps-and-json", '''
variable "expires_at" {
  type    = string
  default = null
  validation {
    condition     = var.expires_at == null || can(regex("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})$", var.expires_at))
    error_message = "Give an RFC 3339 timestamp such as 2030-01-31T00:00:00Z."
  }
}

variable "policy" {
  type    = string
  default = "{}"
  validation {
    condition     = can(jsondecode(var.policy))
    error_message = "The policy is a JSON document."
  }
  validation {
    condition     = try(jsondecode(var.policy).Version, "2012-10-17") == "2012-10-17"
    error_message = "Use policy language version 2012-10-17."
  }
}

variable "window" {
  type    = string
  default = "1h"
  validation {
    condition     = can(regex("^([0-9]+h)?([0-9]+m)?$", var.window)) && var.window != ""
    error_message = "A duration such as 30m or 1h."
  }
}
''', [
    ok("defaults", {}),
    ok("timestamp", {"expires_at": "2030-01-31T00:00:00Z"}),
    ok("timestamp-offset", {"expires_at": "2030-01-31T10:00:00+02:00"}),
    bad("date-only", {"expires_at": "2030-01-31"}),
    bad("words", {"expires_at": "tomorrow"}),
    ok("policy", {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": []}"}),
    bad("policy-version", {"policy": "{\"Version\": \"2008-10-17\"}"}),
    bad("policy-not-json", {"policy": "Version: 1"}),
    ok("policy-array", {"policy": "[1, 2]"}),
    ok("window-minutes", {"window": "90m"}),
    ok("window-mixed", {"window": "1h30m"}),
    bad("window-days", {"window": "2d"}),
    bad("window-bare", {"window": "10"}),
])

idiom("string-functions", '''
variable "prefix" {
  type    = string
  default = "app"
  validation {
    condition     = trimspace(var.prefix) == var.prefix && length(var.prefix) > 0
    error_message = "No surrounding spaces, and not empty."
  }
  validation {
    condition     = replace(var.prefix, "/[^a-z0-9]/", "") == var.prefix
    error_message = "Only lower-case letters and digits."
  }
}

variable "path" {
  type    = string
  default = "/"
  validation {
    condition     = substr(var.path, 0, 1) == "/" && (var.path == "/" || substr(var.path, -1, 1) == "/")
    error_message = "A path starts and ends with a slash."
  }
  validation {
    condition     = !strcontains(var.path, "//")
    error_message = "No empty path segment."
  }
}

variable "image" {
  type    = string
  default = "nginx:1.27"
  validation {
    condition     = length(split(":", var.image)) == 2 && split(":", var.image)[1] != "latest"
    error_message = "Pin the image to a tag other than latest."
  }
}
''', [
    ok("defaults", {}),
    bad("spaces", {"prefix": " app"}),
    bad("upper", {"prefix": "App"}),
    bad("empty", {"prefix": ""}),
    ok("digits", {"prefix": "app2"}),
    ok("path", {"path": "/api/v1/"}),
    bad("path-no-slash", {"path": "api/"}),
    bad("path-double", {"path": "/api//v1/"}),
    bad("path-open", {"path": "/api"}),
    bad("image-latest", {"image": "nginx:latest"}),
    bad("image-untagged", {"image": "nginx"}),
    ok("image-registry", {"image": "ghcr.io/x/y:2"}),
    bad("image-port", {"image": "localhost:5000/y:2"}),
])

idiom("optional-list-of-objects-defaults", '''
variable "listeners" {
  type = map(object({
    port     = number
    protocol = optional(string, "HTTPS")
    rules = optional(list(object({
      path     = string
      priority = optional(number, 100)
      methods  = optional(set(string), ["GET"])
    })), [])
  }))
  default = {}
  validation {
    condition     = alltrue([for l in var.listeners : contains(["HTTP", "HTTPS"], l.protocol)])
    error_message = "HTTP or HTTPS."
  }
  validation {
    condition = alltrue(flatten([
      for l in var.listeners : [for r in l.rules : r.priority >= 1 && r.priority <= 50000]
    ]))
    error_message = "Rule priorities are 1 to 50000."
  }
  validation {
    condition = alltrue(flatten([
      for l in var.listeners : [for r in l.rules : length(setsubtract(r.methods, ["GET", "POST", "PUT", "DELETE"])) == 0]
    ]))
    error_message = "Methods are GET, POST, PUT or DELETE."
  }
}
''', [
    ok("defaults", {}),
    ok("plain", {"listeners": {"web": {"port": 443}}}),
    ok("rules", {"listeners": {"web": {"port": 443, "rules": [{"path": "/a"}, {"path": "/b", "priority": 7, "methods": ["POST"]}]}}}),
    bad("protocol", {"listeners": {"web": {"port": 21, "protocol": "FTP"}}}),
    bad("priority-zero", {"listeners": {"web": {"port": 443, "rules": [{"path": "/a", "priority": 0}]}}}),
    bad("method", {"listeners": {"web": {"port": 443, "rules": [{"path": "/a", "methods": ["PATCH"]}]}}}),
    bad("path-missing", {"listeners": {"web": {"port": 443, "rules": [{"priority": 5}]}}}),
    ok("null-rules-default", {"listeners": {"web": {"port": 80, "protocol": "HTTP", "rules": None}}}),
    bad("port-word", {"listeners": {"web": {"port": "https"}}}),
    ok("two-listeners", {"listeners": {"a": {"port": 80}, "b": {"port": 81, "rules": [{"path": "/"}]}}}),
])

idiom("collection-functions", '''
variable "subnet_ids" {
  type    = list(string)
  default = ["subnet-1", "subnet-2"]
  validation {
    condition     = length(var.subnet_ids) >= 2 && alltrue([for id in var.subnet_ids : startswith(id, "subnet-")])
    error_message = "Two or more subnet IDs (subnet-...)."
  }
}

variable "extra_tags" {
  type    = map(string)
  default = {}
  validation {
    condition     = length(setintersection(keys(var.extra_tags), ["Name", "Owner"])) == 0
    error_message = "Name and Owner are set by the module."
  }
  validation {
    condition     = length(merge(var.extra_tags, { Name = "x" })) <= 10
    error_message = "At most nine extra tags."
  }
}

variable "ports" {
  type    = list(number)
  default = []
  validation {
    condition     = length(var.ports) == 0 || (index(concat(var.ports, [443]), 443) >= 0 && !contains(var.ports, 22))
    error_message = "Port 22 is not allowed."
  }
}
''', [
    ok("defaults", {}),
    bad("one-subnet", {"subnet_ids": ["subnet-1"]}),
    bad("bad-id", {"subnet_ids": ["subnet-1", "sn-2"]}),
    ok("three", {"subnet_ids": ["subnet-1", "subnet-2", "subnet-3"]}),
    bad("name-tag", {"extra_tags": {"Name": "x"}}),
    ok("other-tags", {"extra_tags": {"team": "a", "cost": "b"}}),
    bad("ten-tags", {"extra_tags": {f"t{i}": "v" for i in range(10)}}),
    ok("ports", {"ports": [80, 443]}),
    bad("ssh", {"ports": [22]}),
    bad("ports-words", {"ports": ["http"]}),
])

idiom("object-attribute-rules", '''
variable "scaling" {
  type = object({
    min     = number
    max     = number
    desired = optional(number)
  })
  default = { min = 1, max = 2 }
  validation {
    condition     = var.scaling.min <= var.scaling.max
    error_message = "min (${var.scaling.min}) is more than max (${var.scaling.max})."
  }
  validation {
    condition     = var.scaling.desired == null ? true : var.scaling.desired >= var.scaling.min && var.scaling.desired <= var.scaling.max
    error_message = "desired lies between min and max."
  }

}

variable "limits" {
  type = object({
    low  = number
    high = optional(number)
  })
  default = { low = 0, high = 1 }
  validation {
    condition     = var.limits.low >= 0
    error_message = "low is ${var.limits.low} (high ${var.limits.high}); it may not be negative."
  }
}

variable "health_check" {
  type = object({
    path     = optional(string, "/")
    interval = optional(number, 30)
    timeout  = optional(number, 5)
  })
  default  = {}
  nullable = false
  validation {
    condition     = var.health_check.timeout < var.health_check.interval
    error_message = "The timeout is shorter than the interval."
  }
  validation {
    condition     = var.health_check.path == null || startswith(coalesce(var.health_check.path, "/"), "/")
    error_message = "The path ${var.health_check.path} starts with a slash."
  }
}
''', [
    ok("defaults", {}),
    bad("min-over-max", {"scaling": {"min": 3, "max": 2}}),
    ok("desired", {"scaling": {"min": 1, "max": 3, "desired": 2}}),
    bad("desired-high", {"scaling": {"min": 1, "max": 3, "desired": 4}}),
    bad("missing-max", {"scaling": {"min": 1}}),
    ok("extra-attribute", {"scaling": {"min": 1, "max": 1, "other": True}}),
    bad("timeout", {"health_check": {"timeout": 30}}),
    ok("health-null-default", {"health_check": None}),
    ok("health-custom", {"health_check": {"interval": 10, "timeout": 2, "path": "/health"}}),
    bad("health-relative-path", {"health_check": {"path": "health"}}),
    bad("scaling-null-attr", {"scaling": {"min": None, "max": 2}}),
    bad("message-fails-condition-holds", {"limits": {"low": 1}}),
    ok("message-fine", {"limits": {"low": 1, "high": 5}}),
    bad("limits-negative", {"limits": {"low": -1, "high": 1}}),
    bad("limits-negative-message-fails", {"limits": {"low": -1}}),
])

idiom("unicode-and-escapes", '''
variable "display_name" {
  type    = string
  default = "Café"
  validation {
    condition     = length(var.display_name) <= 8
    error_message = "At most 8 characters; ${var.display_name} has ${length(var.display_name)}."
  }
}

variable "separator" {
  type    = string
  default = "-"
  validation {
    condition     = contains(["-", "_", ".", ""], var.separator)
    error_message = "A separator is one of - _ . or nothing."
  }
}
''', [
    ok("defaults", {}),
    ok("accents", {"display_name": "Zoë Ünal"}),
    bad("long-accents", {"display_name": "Ünïcödé-names"}),
    ok("emoji-count", {"display_name": "hi 👋"}),
    ok("nfd-becomes-nfc", {"display_name": "Cafe\u0301"}),
    bad("separator-space", {"separator": " "}),
    ok("separator-empty", {"separator": ""}),
    bad("separator-tab", {"separator": "\t"}),
    bad("newline-name", {"display_name": "line\nline\nline"}),
])


idiom("untyped-variables", """
variable "memory" {
  default = 256
}

variable "command" {
  default = [""]
}

variable "environment" {
  default = [{}]
}

variable "options" {
  default = {}
  validation {
    condition     = length(var.options) <= 2
    error_message = "At most two options."
  }
}

variable "image" {
  description = "No type and no default: required, any value."
}
""", [
    ok("image", {"image": "nginx"}),
    bad("no-image", {}),
    ok("memory-string", {"image": "x", "memory": "lots"}),
    ok("command-mixed", {"image": "x", "command": ["a", 1, True]}),
    ok("environment-objects", {"image": "x", "environment": [{"name": "A", "value": "1"}, {"k": 2}]}),
    ok("image-object", {"image": {"repo": "x", "tag": "1"}}),
    bad("options-three", {"image": "x", "options": {"a": 1, "b": 2, "c": 3}}),
    ok("options-list", {"image": "x", "options": [1, 2]}),
    bad("options-string", {"image": "x", "options": "abc"}),
    ok("image-null", {"image": None}),
])

idiom("version-strings", """
variable "database_version" {
  type    = string
  default = "POSTGRES_15"
  validation {
    condition = (
      (length(var.database_version) >= 9 && upper(substr(var.database_version, 0, 9)) == "POSTGRES_" && can(regex("^\\\\d+(?:_?\\\\d)*$", substr(var.database_version, 9, -1))))
      || can(regex("^\\\\d+(?:_?\\\\d)*$", var.database_version))
    )
    error_message = "Use a version such as 9_6, postgres_9_6 or POSTGRES_14."
  }
}

variable "kubernetes_version" {
  type    = string
  default = null
  validation {
    condition     = var.kubernetes_version == null || can(regex("^[0-9]+\\\\.[0-9]+$", var.kubernetes_version))
    error_message = "Give major.minor, such as 1.30."
  }
}
""", [
    ok("defaults", {}),
    ok("lower-prefix", {"database_version": "postgres_9_6"}),
    ok("digits-only", {"database_version": "14"}),
    ok("underscored", {"database_version": "9_6"}),
    bad("mysql", {"database_version": "MYSQL_8_0"}),
    bad("double-underscore", {"database_version": "POSTGRES_9__6"}),
    bad("short", {"database_version": "PG"}),
    bad("prefix-only", {"database_version": "POSTGRES_"}),
    ok("k8s", {"kubernetes_version": "1.30"}),
    bad("k8s-patch", {"kubernetes_version": "1.30.2"}),
    bad("k8s-v", {"kubernetes_version": "v1.30"}),
])

idiom("object-default-with-nulls", """
variable "backup" {
  type = object({
    enabled          = bool
    start_time       = string
    retained_backups = number
  })
  default = {
    enabled          = false
    start_time       = null
    retained_backups = null
  }
  validation {
    condition     = !var.backup.enabled || var.backup.start_time != null
    error_message = "Give a start time when backups are on."
  }
}
""", [
    ok("defaults", {}),
    ok("on", {"backup": {"enabled": True, "start_time": "03:00", "retained_backups": 7}}),
    bad("on-without-time", {"backup": {"enabled": True, "start_time": None, "retained_backups": 7}}),
    bad("partial", {"backup": {"enabled": True}}),
    bad("partial-two", {"backup": {"enabled": False, "start_time": "x"}}),
    ok("off-nulls", {"backup": {"enabled": False, "start_time": None, "retained_backups": None}}),
    bad("enabled-null", {"backup": {"enabled": None, "start_time": None, "retained_backups": None}}),
    bad("backup-null-attribute-error", {"backup": None}),
])

idiom("filtered-count", """
variable "users" {
  type = list(object({
    name            = string
    password        = string
    random_password = bool
  }))
  default = []
  validation {
    condition = length([
      for u in var.users : false
      if(u.random_password == false && (u.password == null || u.password == "")) || (u.random_password == true && (u.password != null && u.password != ""))
    ]) == 0
    error_message = "Give a password or ask for a random one, not both or neither."
  }
}
""", [
    ok("defaults", {}),
    ok("password", {"users": [{"name": "a", "password": "p", "random_password": False}]}),
    ok("random", {"users": [{"name": "a", "password": "", "random_password": True}]}),
    ok("random-null", {"users": [{"name": "a", "password": None, "random_password": True}]}),
    bad("neither", {"users": [{"name": "a", "password": "", "random_password": False}]}),
    bad("both", {"users": [{"name": "a", "password": "p", "random_password": True}]}),
    bad("second-of-two", {"users": [{"name": "a", "password": "p", "random_password": False}, {"name": "b", "password": None, "random_password": False}]}),
    ok("random-null-flag-compares-false", {"users": [{"name": "a", "password": "p", "random_password": None}]}),
])

idiom("feature-toggles", """
variable "node_pool" {
  type = object({
    name                 = string
    vm_size              = string
    auto_scaling_enabled = optional(bool, false)
    type                 = optional(string, "VirtualMachineScaleSets")
    min_count            = optional(number)
    max_count            = optional(number)
  })
  nullable = false
  default  = { name = "default", vm_size = "small" }
  validation {
    condition     = !var.node_pool.auto_scaling_enabled || var.node_pool.type == "VirtualMachineScaleSets"
    error_message = "Autoscaling needs scale-set pools."
  }
}

variable "networking" {
  type = object({
    enabled       = optional(bool, false)
    observability = optional(bool, false)
    security      = optional(bool, false)
  })
  default = {}
  validation {
    condition     = (!var.networking.observability && !var.networking.security) || var.networking.enabled
    error_message = "Turn networking on to use its features."
  }
}
""", [
    ok("defaults", {}),
    ok("scaling", {"node_pool": {"name": "p", "vm_size": "s", "auto_scaling_enabled": True}}),
    bad("scaling-availability-set", {"node_pool": {"name": "p", "vm_size": "s", "auto_scaling_enabled": True, "type": "AvailabilitySet"}}),
    ok("availability-set", {"node_pool": {"name": "p", "vm_size": "s", "type": "AvailabilitySet"}}),
    bad("feature-without-switch", {"networking": {"security": True}}),
    ok("feature-with-switch", {"networking": {"security": True, "enabled": True}}),
    bad("null-networking", {"networking": None}),
    bad("pool-without-size", {"node_pool": {"name": "p"}}),
])

idiom("maps-of-lists-of-objects", """
variable "secondary_ranges" {
  type    = map(list(object({ range_name = string, ip_cidr_range = string })))
  default = {}
  validation {
    condition     = alltrue(flatten([for subnet, ranges in var.secondary_ranges : [for r in ranges : can(cidrnetmask(r.ip_cidr_range))]]))
    error_message = "Each secondary range is an IPv4 CIDR."
  }
}

variable "sinks" {
  type = map(object({
    destination = string
    type        = string
  }))
  default = null
  validation {
    condition     = alltrue([for k, v in(var.sinks == null ? {} : var.sinks) : contains(["bigquery", "logging", "pubsub", "storage"], v.type)])
    error_message = "A sink type is bigquery, logging, pubsub or storage."
  }
}
""", [
    ok("defaults", {}),
    ok("ranges", {"secondary_ranges": {"a": [{"range_name": "pods", "ip_cidr_range": "10.4.0.0/14"}]}}),
    bad("range-bad", {"secondary_ranges": {"a": [{"range_name": "pods", "ip_cidr_range": "10.4.0.0/33"}]}}),
    bad("range-missing-name", {"secondary_ranges": {"a": [{"ip_cidr_range": "10.4.0.0/14"}]}}),
    ok("empty-list", {"secondary_ranges": {"a": []}}),
    ok("sink", {"sinks": {"s": {"destination": "d", "type": "pubsub"}}}),
    bad("sink-type", {"sinks": {"s": {"destination": "d", "type": "email"}}}),
    ok("sinks-null", {"sinks": None}),
    bad("sinks-list", {"sinks": [{"destination": "d", "type": "pubsub"}]}),
])


idiom("loose-collections", """
variable "cors" {
  type    = set(any)
  default = []
  validation {
    condition     = length(var.cors) <= 2
    error_message = "At most two CORS rules."
  }
}

variable "versioning" {
  type    = map(bool)
  default = {}
}

variable "website" {
  type    = map(any)
  default = {}
  validation {
    condition     = length(setsubtract(keys(var.website), ["main_page_suffix", "not_found_page"])) == 0
    error_message = "Only main_page_suffix and not_found_page."
  }
}
""", [
    ok("defaults", {}),
    ok("cors-maps", {"cors": [{"origin": ["*"], "max_age": "3600"}]}),
    bad("cors-mixed", {"cors": [{"origin": ["*"]}, {"max_age": 1}]}),
    bad("cors-three", {"cors": [{"a": 1}, {"a": 2}, {"a": 3}]}),
    ok("cors-duplicates", {"cors": [{"a": 1}, {"a": 1}, {"a": 1}]}),
    ok("versioning", {"versioning": {"a": True, "b": "false"}}),
    bad("versioning-word", {"versioning": {"a": "yes"}}),
    ok("website", {"website": {"main_page_suffix": "index.html"}}),
    bad("website-key", {"website": {"index": "index.html"}}),
    bad("website-mixed", {"website": {"main_page_suffix": "i", "not_found_page": ["404"]}}),
])


def main():
    total = rejected = 0
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if os.path.isdir(path) and os.path.exists(os.path.join(path, "cases.txt")):
            shutil.rmtree(path)
    for name, (tf, cases) in sorted(IDIOMS.items()):
        d = os.path.join(HERE, name)
        os.makedirs(d)
        with open(os.path.join(d, "main.tf"), "w") as f:
            f.write(f"# Idiom: {name} (written for this corpus; see README.md)\n\n" + tf)
        out = [f"# Cases of the {name} idiom, written by generate.py.\n"]
        for kind, cname, values in cases:
            variants = []
            if isinstance(values, str):
                variants.append((cname, values))
            else:
                variants.append((cname, hcl_file(values)))
                variants.append((cname + " (json)", json.dumps(values, ensure_ascii=False, indent=2) + "\n"))
            for label, text in variants:
                out.append(f"### {kind}: {label}\n{text}")
                total += 1
                rejected += kind == "bad"
        with open(os.path.join(d, "cases.txt"), "w") as f:
            f.write("".join(out))
    # The variable blocks in Terraform's own layout, when Terraform is at hand.
    if shutil.which("terraform"):
        subprocess.run(["terraform", "fmt", "-recursive", "-list=false", HERE], check=True)
    print(f"{len(IDIOMS)} idioms, {total} cases, {rejected} announced as rejected", file=sys.stderr)


if __name__ == "__main__":
    main()
