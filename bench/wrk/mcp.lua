-- wrk script: POSTs `tools/call echo {text}` to an MCP Streamable HTTP endpoint with a unique
-- JSON-RPC id per request (a legacy session refuses an id still in flight).
-- Environment: MCP_ERA=modern|legacy (default modern), MCP_SESSION (legacy session id),
-- MCP_PATH (default /mcp).
local era = os.getenv("MCP_ERA") or "modern"
local path = os.getenv("MCP_PATH") or "/mcp"
local counter = 0

local headers = {
  ["Content-Type"] = "application/json",
  ["Accept"] = "application/json, text/event-stream",
}
local meta = ""
if era == "modern" then
  headers["MCP-Protocol-Version"] = "2026-07-28"
  headers["Mcp-Method"] = "tools/call"
  headers["Mcp-Name"] = "echo"
  meta = ',"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",' ..
         '"io.modelcontextprotocol/clientCapabilities":{}}'
else
  headers["MCP-Protocol-Version"] = "2025-11-25"
  headers["Mcp-Session-Id"] = os.getenv("MCP_SESSION")
end

-- Each thread has its own Lua state: `id_prefix` keeps the threads' ids apart.
local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("id_prefix", "t" .. thread_count .. "-")
end

function request()
  counter = counter + 1
  local body = '{"jsonrpc":"2.0","id":"' .. (id_prefix or "") .. counter ..
               '","method":"tools/call","params":{"name":"echo","arguments":{"text":"hello"}' ..
               meta .. '}}'
  return wrk.format("POST", path, headers, body)
end
