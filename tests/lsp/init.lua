-- Neovim (0.7 or later, built-in LSP client): sockerless-tfcheck for tfvars
-- files. The README's snippet; tests/lsp/run.sh runs Neovim with this file.
local tfcheck
vim.api.nvim_create_autocmd({ "BufReadPost", "BufNewFile" }, {
  pattern = { "*.tfvars", "*.tfvars.json" },
  callback = function(args)
    tfcheck = tfcheck or vim.lsp.start_client({
      name = "sockerless-tfcheck",
      cmd = { "sockerless-tfcheck", "lsp" },
      root_dir = vim.fn.getcwd(),
    })
    vim.lsp.buf_attach_client(args.buf, tfcheck)
  end,
})
