-- wrk script for `egca serve`: POST /v1/timeline on keep-alive connections, the example cases in turn
-- (scripts/bench.sh runs it: wrk -t2 -c16 -d10s --latency -s bench/serve_bench.lua URL).
-- EGCA_CASES names the case files, separated by spaces.
local bodies = {}
for path in string.gmatch(os.getenv("EGCA_CASES") or "examples/case-granted.json", "%S+") do
  local f = assert(io.open(path, "rb"))
  bodies[#bodies + 1] = f:read("*a")
  f:close()
end
local headers = {["Content-Type"] = "application/json"}
local n = 0

request = function()
  n = n + 1
  return wrk.format("POST", "/v1/timeline?as_of=2026-03-20", headers, bodies[n % #bodies + 1])
end
