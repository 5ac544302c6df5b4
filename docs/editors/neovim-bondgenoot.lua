-- Bondgenoot-agenda's (*.agenda) in Neovim, met de taalserver van Bondgenoot (`bondgenoot lsp`) en de
-- ingebouwde LSP-client van Neovim: geen plug-ins nodig. Werkt met Neovim 0.7 (Debian bookworm) en nieuwer.
--
-- In ~/.config/nvim/init.lua:
--   dofile("/pad/naar/bondgenoot/docs/editors/neovim-bondgenoot.lua").setup({
--     bondgenoot = "/pad/naar/bondgenoot/bondgenoot",   -- het script; weggelaten: $BONDGENOOT of 'bondgenoot' op het PATH
--   })
--
-- Het project van een agenda is, zoals op de opdrachtregel, de dichtstbijzijnde map erboven met
-- bondgenoot.profiel of .project, anders de map van de agenda zelf; per project draait één taalserver.
local M = {}

M.filetype = "bondgenoot-agenda"
M.markers = { "bondgenoot.profiel", ".project" }

-- The project folder of a file, as nl.bondgenoot.model.project.ProjectFolder decides it.
function M.project_root(file)
  local own = vim.fn.fnamemodify(file, ":p:h")
  local dir = own
  while true do
    for _, marker in ipairs(M.markers) do
      if vim.fn.filereadable(dir .. "/" .. marker) == 1 then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then
      return own
    end
    dir = parent
  end
end

local clients = {} -- Neovim 0.7: project folder -> client id
local told = false

local function attach(buf, script)
  local file = vim.api.nvim_buf_get_name(buf)
  if file == "" then
    return
  end
  if vim.fn.executable(script) ~= 1 then
    if not told then
      told = true
      vim.notify("Bondgenoot: het script '" .. script .. "' is niet gevonden of niet uitvoerbaar; geef het pad mee: "
        .. "setup({ bondgenoot = '/pad/naar/bondgenoot' })", vim.log.levels.ERROR)
    end
    return
  end
  local root = M.project_root(file)
  local config = {
    name = "bondgenoot",
    cmd = { script, "lsp" },
    cmd_cwd = root,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ":t") } },
  }
  if vim.lsp.start then -- Neovim 0.8 and later: one client per name and root, reused
    vim.api.nvim_buf_call(buf, function()
      vim.lsp.start(config)
    end)
    return
  end
  local id = clients[root]
  if id == nil or vim.lsp.client_is_stopped(id) then
    id = vim.lsp.start_client(config)
    clients[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(buf, id)
  end
end

function M.setup(opts)
  opts = opts or {}
  local script = opts.bondgenoot or os.getenv("BONDGENOOT") or "bondgenoot"
  local group = vim.api.nvim_create_augroup("bondgenoot", { clear = true })
  vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, {
    group = group,
    pattern = "*.agenda",
    callback = function(args)
      vim.bo[args.buf].filetype = M.filetype
    end,
  })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = M.filetype,
    callback = function(args)
      vim.bo[args.buf].commentstring = "// %s"
      vim.bo[args.buf].omnifunc = "v:lua.vim.lsp.omnifunc" -- Ctrl-X Ctrl-O completes from the server
      -- Comments and texts coloured before the server answers (Neovim 0.9+ also colours its semantic tokens).
      vim.api.nvim_buf_call(args.buf, function()
        vim.cmd([[
          syntax match bondgenootComment "//.*$"
          syntax region bondgenootComment start="/\*" end="\*/"
          syntax region bondgenootString start=/"/ skip=/\\"/ end=/"/
          highlight default link bondgenootComment Comment
          highlight default link bondgenootString String
        ]])
      end)
      attach(args.buf, script)
    end,
  })
end

return M
