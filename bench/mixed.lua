-- Mixed load for bench/run.sh: GET validation, GET request, and writes against fresh orders.
-- Each of wrk's threads walks its own ids (thread t takes indices t, t+T, t+2T, ...), so no two
-- writes hit the same order. The id bases come from the environment (see run.sh's preload file).
local threads = 0
local env = function(name) return tonumber(os.getenv(name)) end

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  count = 0
  step = env("BENCH_THREADS")
  slots = env("BENCH_SLOTS")
  validation = env("BENCH_VALIDATION_ID")
  request_id = env("BENCH_REQUEST_ID")
  approve_base = env("BENCH_APPROVE_BASE")
  pending_base = env("BENCH_PENDING_BASE")
  issued_base = env("BENCH_ISSUED_BASE")
  headers = { ["X-DC-DEVKEY"] = "test-api-key", ["Content-Type"] = "application/json" }
end

function request()
  count = count + 1
  local kind = count % 5
  local i = ((math.floor(count / 5) * step) + tid) % slots
  if kind == 0 then
    return wrk.format("GET", "/services/v2/order/certificate/" .. validation .. "/validation", headers)
  elseif kind == 1 then
    return wrk.format("GET", "/services/v2/request/" .. request_id, headers)
  elseif kind == 2 then
    return wrk.format("PUT", "/services/v2/order/certificate/" .. (pending_base + i) .. "/status",
      headers, '{"status": "canceled", "note": "bench"}')
  elseif kind == 3 then
    return wrk.format("PUT", "/services/v2/order/certificate/" .. (issued_base + i) .. "/revoke",
      headers, '{"comments": "bench"}')
  else
    return wrk.format("PUT", "/services/v2/request/" .. (approve_base + i) .. "/status",
      headers, '{"status": "approved"}')
  end
end
