-- Driven by editors/test.sh: Neovim (headless, no plug-ins) with docs/editors/neovim-bondgenoot.lua as a
-- user would load it, against the real `bondgenoot lsp`. One line per check in $BG_RESULT: "ok - ..." or
-- "not ok - ...: what was seen".
local work, script, result = os.getenv("BG_WORK"), os.getenv("BG_SCRIPT"), os.getenv("BG_RESULT")
local project = work .. "/project"
local agenda = project .. "/agendas/zelfredzaamheid.agenda"
local error_line = tonumber(os.getenv("BG_ERROR_LINE"))
local wait_ms = tonumber(os.getenv("BG_WAIT_SECONDS") or "120") * 1000
local out = io.open(result, "w")
local function report(ok, name, seen)
  out:write((ok and "ok - " or "not ok - ") .. name .. ((not ok and seen) and (": " .. tostring(seen)) or "") .. "\n")
  out:flush()
end

dofile(os.getenv("BG_CONFIG")).setup({ bondgenoot = script })
vim.cmd("edit " .. vim.fn.fnameescape(agenda))
local buf = vim.api.nvim_get_current_buf()
report(vim.bo[buf].filetype == "bondgenoot-agenda", "neovim: *.agenda krijgt filetype bondgenoot-agenda", vim.bo[buf].filetype)

local found
vim.wait(wait_ms, function()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.message:find("onbekende actor 'Gemeente Zwole'", 1, true) then
      found = d
      return true
    end
  end
  return false
end, 200)
local seen = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(seen, (d.lnum + 1) .. ": " .. d.message:sub(1, 80)) end
report(found ~= nil and found.lnum + 1 == error_line and found.severity == vim.diagnostic.severity.ERROR,
  "neovim: diagnostic 'onbekende actor' als fout op regel " .. error_line,
  found and ("regel " .. (found.lnum + 1) .. ", ernst " .. found.severity)
    or (#seen == 0 and ("geen diagnostics binnen " .. wait_ms / 1000 .. " s") or table.concat(seen, " | ")))

-- Neovim 0.7 lists a client for the buffer once it has answered initialize.
local client
for _, c in pairs(vim.lsp.buf_get_clients(buf)) do
  if c.name == "bondgenoot" then client = c end
end
report(client ~= nil and client.config.root_dir == project, "neovim: taalserver gestart in het project (map met bondgenoot.profiel)",
  client and client.config.root_dir or "geen client")

local line, column
for i, text in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  local prefix = text:match("^%s*opdrachtgever ")
  if line == nil and prefix then line, column = i - 1, #prefix end
end
local answers = vim.lsp.buf_request_sync(buf, "textDocument/completion",
  { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = column } }, 30000)
local labels = {}
for _, answer in pairs(answers or {}) do
  for _, item in ipairs(answer.result and (answer.result.items or answer.result) or {}) do table.insert(labels, item.label) end
end
report(vim.tbl_contains(labels, "Wijkteam") and vim.tbl_contains(labels, "Thuiszorgaanbieder A"),
  "neovim: aanvullen na 'opdrachtgever ' biedt de actoren van het model (Wijkteam, Thuiszorgaanbieder A)",
  #labels == 0 and "geen voorstellen" or table.concat(labels, ", "))

-- An agenda of another project (no marker: its own folder, no model) gets a server of its own.
vim.cmd("edit " .. vim.fn.fnameescape(work .. "/los/los.agenda"))
local los = vim.api.nvim_get_current_buf()
local unknown
vim.wait(wait_ms, function()
  for _, d in ipairs(vim.diagnostic.get(los)) do
    if d.message:find("onbekende actor 'Wijkteam'", 1, true) then unknown = d; return true end
  end
  return false
end, 200)
local other
for _, c in pairs(vim.lsp.buf_get_clients(los)) do
  if c.name == "bondgenoot" then other = c end
end
report(unknown ~= nil and unknown.lnum == 1 and other ~= nil and client ~= nil and other.id ~= client.id
    and other.config.root_dir == work .. "/los",
  "neovim: een agenda van een ander project krijgt een eigen taalserver, zonder de actoren van het eerste",
  (other and ("project " .. other.config.root_dir .. ", client " .. other.id) or "geen client")
    .. (unknown and "" or ", geen 'onbekende actor 'Wijkteam''"))

out:close()
for _, c in ipairs({ client, other }) do
  vim.lsp.stop_client(c.id)
end
vim.wait(10000, function()
  for _, c in ipairs({ client, other }) do
    if not vim.lsp.client_is_stopped(c.id) then return false end
  end
  return true
end, 100)
vim.cmd("qall!")
