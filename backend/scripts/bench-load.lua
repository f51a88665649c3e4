-- wrk script for `make bench-load`: counts answers by status in every thread (500s apart from
-- 503s, and 503s that lack Retry-After), then prints one machine-readable line:
--   RESULT <req/s> <p50 ms> <p99 ms> <requests> <non-2xx> <socket errors> <500s> <503s> <503s without Retry-After> <other non-2xx>
--
-- A path holding RANDOM asks for a fresh number there in every request, so no answer can be kept
-- (the overload phase searches points by a random text).
local threads = {}

if string.find(wrk.path or "", "RANDOM", 1, true) then
  local template = wrk.path
  request = function()
    return wrk.format(nil, (template:gsub("RANDOM", tostring(math.random(1, 999999)))))
  end
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, s500, s503, s503_bare, other = 0, 0, 0, 0, 0
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  elseif status == 503 then
    s503 = s503 + 1
    if headers["Retry-After"] == nil and headers["retry-after"] == nil then
      s503_bare = s503_bare + 1
    end
  elseif status == 500 then
    s500 = s500 + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local t = { ok = 0, s500 = 0, s503 = 0, s503_bare = 0, other = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(t) do
      t[name] = t[name] + (thread:get(name) or 0)
    end
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d %d %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, t.s500 + t.s503 + t.other, socket, t.s500, t.s503, t.s503_bare, t.other))
end
