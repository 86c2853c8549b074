-- The end-to-end test of `sockerless-tfcheck lsp` in a real editor: Neovim's
-- built-in LSP client (0.7 and later), run headless by tests/lsp/run.sh with
-- the README's configuration (tests/lsp/init.lua), the built binary on PATH,
-- and TFCHECK_FILE (a tfvars file to open). Each check prints "ok ..." or
-- ends the run with exit code 1 and the reason.

local file = assert(os.getenv("TFCHECK_FILE"), "TFCHECK_FILE")
local passed = 0

local function fail(msg)
  io.stderr:write("FAIL " .. msg .. "\n")
  vim.cmd("cquit 1")
end

local function ok(cond, what, detail)
  if not cond then
    fail(what .. (detail and (": " .. vim.inspect(detail)) or ""))
  end
  passed = passed + 1
  io.stdout:write("  ok   " .. what .. "\n")
end

local function main()
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  -- init.lua started the server and attached it to the buffer.
  local client
  vim.wait(15000, function()
    client = vim.lsp.buf_get_clients(buf)[1]
    return client ~= nil and client.initialized
  end, 20)
  ok(client ~= nil and client.name == "sockerless-tfcheck", "the README's configuration starts the server")

  local function diags()
    return vim.diagnostic.get(buf)
  end
  local function codes()
    local out = {}
    for _, d in ipairs(diags()) do
      table.insert(out, (d.code or "") .. "@" .. d.lnum)
    end
    table.sort(out)
    return table.concat(out, " ")
  end
  local function wait_codes(want, what)
    vim.wait(15000, function() return codes() == want end, 20)
    ok(codes() == want, what, codes())
  end
  local function request(method, params)
    local r, err = client.request_sync(method, params, 10000, buf)
    ok(r ~= nil and r.err == nil, method .. " answers", err or (r and r.err))
    return r.result
  end
  local function pos(line, character)
    return { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = character } }
  end

  -- Diagnostics: the ADV warnings at the top, the errors where they are.
  wait_codes("ADV001@0 ADV002@0 TF006@1 TF006@2 TF009@3", "diagnostics arrive with their codes and lines")
  for _, d in ipairs(diags()) do
    if d.code == "TF006" and d.lnum == 1 then
      -- "pr𝄞d": the server counts 𝄞 as two UTF-16 units; Neovim turns that
      -- into byte column 23 only if the server counted right.
      ok(d.col == 14 and d.end_col == 23, "a range after a 4-byte character is exact", d)
      ok(d.severity == vim.diagnostic.severity.ERROR, "an error is an error", d)
      ok(d.source == "sockerless-tfcheck", "the source is named", d)
    end
  end

  -- Hover on a variable name.
  local h = request("textDocument/hover", pos(2, 3))
  ok(h and h.contents.value:find("**vpc_cidr**", 1, true) ~= nil, "hover describes vpc_cidr", h)

  -- A code action applied: remove the undeclared variable.
  -- As at a cursor: an empty range.
  local function actions(line, col)
    return request("textDocument/codeAction", {
      textDocument = { uri = vim.uri_from_bufnr(buf) },
      range = { start = { line = line, character = col }, ["end"] = { line = line, character = col } },
      context = { diagnostics = {} },
    })
  end
  local a = actions(3, 0)
  ok(a and a[1] and a[1].title == "Remove foo, which the module does not declare", "the undeclared variable's fix is offered", a)
  vim.lsp.util.apply_workspace_edit(a[1].edit, client.offset_encoding)
  wait_codes("ADV001@0 ADV002@0 TF006@1 TF006@2", "after the fix the warning is gone")
  ok(vim.api.nvim_buf_line_count(buf) == 3, "the line is removed", vim.api.nvim_buf_get_lines(buf, 0, -1, false))

  -- And the CIDR block's fix.
  a = actions(2, 18)
  ok(a and a[1] and a[1].title == "Write the network address: 10.0.0.0/16", "the CIDR fix is offered", a)
  vim.lsp.util.apply_workspace_edit(a[1].edit, client.offset_encoding)
  wait_codes("ADV001@0 ADV002@0 TF006@1", "after the CIDR fix its error is gone")
  ok(vim.api.nvim_buf_get_lines(buf, 2, 3, false)[1] == 'vpc_cidr    = "10.0.0.0/16"', "the line now holds the network address")

  -- Completion: a name being typed, then a value a rule lists.
  vim.api.nvim_buf_set_lines(buf, 3, 3, false, { "az" })
  wait_codes("TF001@3", "a half-typed line is a syntax error, not a crash")
  local c = request("textDocument/completion", pos(3, 2))
  local labels = {}
  for _, it in ipairs(c.items or c) do
    labels[it.label] = true
  end
  ok(labels["az_count"] and not labels["name"], "completion offers unset names only", vim.tbl_keys(labels))
  vim.api.nvim_buf_set_lines(buf, 3, 4, false, { 'efs_throughput_mode = "' })
  c = request("textDocument/completion", pos(3, 23))
  labels = {}
  for _, it in ipairs(c.items or c) do
    table.insert(labels, it.label)
  end
  ok(table.concat(labels, " ") == '"bursting" "provisioned" "elastic"', "completion offers the values the rule lists", labels)

  -- Formatting, as terraform fmt lays it out, applied by the editor.
  vim.api.nvim_buf_set_lines(buf, 3, 4, false, { 'efs_throughput_mode="elastic"' })
  local edits = request("textDocument/formatting", {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    options = { tabSize = 2, insertSpaces = true },
  })
  ok(edits and #edits == 1, "formatting gives one edit", edits)
  vim.lsp.util.apply_text_edits(edits, buf, client.offset_encoding)
  local want = {
    'name                = "svc"',
    'environment         = "pr𝄞d"',
    'vpc_cidr            = "10.0.0.0/16"',
    'efs_throughput_mode = "elastic"',
  }
  ok(vim.deep_equal(vim.api.nvim_buf_get_lines(buf, 0, -1, false), want), "the formatted buffer aligns the = signs",
    vim.api.nvim_buf_get_lines(buf, 0, -1, false))

  vim.lsp.stop_client(client.id)
  io.stdout:write("lsp e2e (neovim): " .. passed .. " passed\n")
  vim.cmd("qall!")
end

local okrun, err = pcall(main)
if not okrun then
  fail(tostring(err))
end
