-- Like events-varied.lua, but with ~170,000 distinct queries (day, month, filter, page size), so
-- that nearly every request misses the server's read cache and reaches the store:
--   wrk -t2 -c50 -d30s --timeout 10s --latency -s annals-server/src/test/load/events-uncached.lua http://127.0.0.1:7111
local filters = {"actor=RUS&with=USA", "actor=FRA", "type=CONSULT&mode=phone", "actor=USA&min_sources=1", "q=summit"}
math.randomseed(11)
request = function()
  local f = filters[math.random(1, #filters)]
  local path = string.format("/api/events?%s&from=2024-%02d-%02d&to=2025-12-31&size=%d&page=1&sort=-date",
    f, math.random(1, 12), math.random(1, 28), math.random(1, 100))
  return wrk.format("GET", path)
end
