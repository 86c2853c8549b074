# Cases of the guid-and-ids idiom, written by generate.py.
### ok: defaults
### ok: defaults (json)
{}
### ok: real-guid
tenant = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
### ok: real-guid (json)
{
  "tenant": "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
}
### ok: group
group_id = "/subscriptions/abc/resourceGroups/my-rg"
### ok: group (json)
{
  "group_id": "/subscriptions/abc/resourceGroups/my-rg"
}
### bad: upper-guid
tenant = "3F2504E0-4F89-11D3-9A0C-0305E82C3301"
### bad: upper-guid (json)
{
  "tenant": "3F2504E0-4F89-11D3-9A0C-0305E82C3301"
}
### bad: short-guid
tenant = "3f2504e0-4f89-11d3-9a0c"
### bad: short-guid (json)
{
  "tenant": "3f2504e0-4f89-11d3-9a0c"
}
### bad: braced-guid
tenant = "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}"
### bad: braced-guid (json)
{
  "tenant": "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}"
}
### bad: group-with-provider
group_id = "/subscriptions/a/resourceGroups/b/providers/x"
### bad: group-with-provider (json)
{
  "group_id": "/subscriptions/a/resourceGroups/b/providers/x"
}
### bad: group-name-only
group_id = "my-rg"
### bad: group-name-only (json)
{
  "group_id": "my-rg"
}
### bad: both
tenant = "x"
group_id = ""
### bad: both (json)
{
  "tenant": "x",
  "group_id": ""
}
