-- Bounded load test of GET /api/events with varied queries (wrk from Debian), loopback only.
-- 1. a synthetic store without CoreNLP (fixture reports + N generated ones):
--      ./mvnw -q -B test-compile -pl annals-server -am
--      ./mvnw -q -B dependency:build-classpath -pl annals-server -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
--      java -cp annals-server/target/test-classes:annals-server/target/classes:annals-store/target/classes:annals-model/target/classes:annals-kb/target/classes:annals-nlp/target/classes:$(cat /tmp/cp.txt) \
--        org.annals.server.SyntheticStore jdbc:duckdb:/tmp/annals-load.duckdb 3000
-- 2. ./annals serve --store jdbc:duckdb:/tmp/annals-load.duckdb --port 7072 --data /tmp/annals-load-data
-- 3. one fixed query:  wrk -t2 -c50 -d30s --timeout 10s --latency 'http://127.0.0.1:7072/api/events?actor=RUS&with=USA&type=CONSULT&size=50'
--    varied queries:   wrk -t2 -c50 -d30s --timeout 10s --latency -s annals-server/src/test/load/events-varied.lua http://127.0.0.1:7072
local filters = {"actor=RUS&with=USA", "actor=FRA", "type=CONSULT&mode=phone", "actor=USA&min_sources=1", "q=summit"}
math.randomseed(7)
request = function()
  local m = math.random(1, 12)
  local f = filters[math.random(1, #filters)]
  local path = string.format("/api/events?%s&from=2024-%02d-01&to=2025-12-31&size=20&page=1&sort=-date", f, m)
  return wrk.format("GET", path)
end
