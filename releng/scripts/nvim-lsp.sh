#!/usr/bin/env bash
# Drives Debian's Neovim (built-in LSP client, no plug-ins) headless against `./bondgenoot lsp` on a
# copy of examples/agendas: opens zelfredzaamheid.agenda, waits for the diagnostics, asks completion
# after "opdrachtgever ", renames an actor in the model on disk (temporary file + rename) and waits for
# the agenda's diagnostics to follow; prints the times. Not part of CI (needs `apt-get install neovim`).
# Usage: releng/scripts/nvim-lsp.sh [ROOT]
set -euo pipefail
ROOT=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
command -v nvim >/dev/null || { echo "nvim-lsp: Neovim ontbreekt (apt-get install neovim)" >&2; exit 2; }
WORK=$(mktemp -d /tmp/bondgenoot-nvim-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cp "$ROOT"/examples/agendas/*.agenda "$ROOT"/examples/agendas/*.bondgenoot "$WORK"/
cat > "$WORK/init.lua" <<LUA
local out = io.open("$WORK/result.txt", "w")
local function say(line) out:write(line .. "\n"); out:flush() end
local started = vim.loop.hrtime()
local function seconds() return string.format("%.1f", (vim.loop.hrtime() - started) / 1e9) end
local client = vim.lsp.start_client({ name = "bondgenoot", cmd = { "$ROOT/bondgenoot", "lsp" }, root_dir = "$WORK" })
vim.cmd("edit $WORK/zelfredzaamheid.agenda")
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client)
local ok = vim.wait(120000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
say("diagnostics " .. (ok and "na " .. seconds() .. " s: " .. #vim.diagnostic.get(buf) or "kwamen niet"))
local line
for i, text in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  if line == nil and text:match("^%s*opdrachtgever ") then line = i - 1 end
end
local column = #vim.api.nvim_buf_get_lines(buf, line, line + 1, false)[1]:match("^%s*opdrachtgever ")
local asked = vim.loop.hrtime()
local answers = vim.lsp.buf_request_sync(buf, "textDocument/completion",
  { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = column } }, 30000)
local labels = {}
for _, answer in pairs(answers or {}) do
  local items = answer.result and (answer.result.items or answer.result) or {}
  for _, item in ipairs(items) do table.insert(labels, item.label) end
end
say(string.format("completion na 'opdrachtgever ' in %.2f s: %s", (vim.loop.hrtime() - asked) / 1e9, table.concat(labels, ", ")))
-- The actor Wijkteam renamed in the model, saved as the workbench saves (temporary file, rename):
-- Neovim 0.7 cannot watch files for the server, so the server's own watcher must see it.
local model = "$WORK/partijen.bondgenoot"
local text = io.open(model):read("*a")
local tmp = io.open("$WORK/.partijen.bondgenoot123.tmp", "w")
tmp:write((text:gsub('naam="Wijkteam"', 'naam="Wijkteam Zwolle"', 1)))
tmp:close()
os.rename("$WORK/.partijen.bondgenoot123.tmp", model)
local renamed = vim.loop.hrtime()
local seen = vim.wait(60000, function()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.message:find("onbekende actor 'Wijkteam'", 1, true) then return true end
  end
  return false
end, 100)
say(seen and string.format("model hernoemd op schijf: agenda bijgewerkt na %.1f s", (vim.loop.hrtime() - renamed) / 1e9)
  or "model hernoemd op schijf: agenda NIET bijgewerkt")
out:close()
vim.lsp.stop_client(client)
vim.wait(5000, function() return vim.lsp.client_is_stopped(client) end, 100)
vim.cmd("qall!")
LUA
timeout 180 nvim --headless -n -i NONE --noplugin -u "$WORK/init.lua" >/dev/null 2>"$WORK/nvim.err" || true
if [ ! -s "$WORK/result.txt" ]; then
  echo "nvim-lsp: geen resultaat" >&2; cat "$WORK/nvim.err" >&2; exit 1
fi
cat "$WORK/result.txt"
grep -q '^diagnostics na' "$WORK/result.txt" && grep -q 'Gemeente' "$WORK/result.txt" \
  && grep -q 'agenda bijgewerkt na' "$WORK/result.txt"
