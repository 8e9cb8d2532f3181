-- GET one random account of platform a per request, with the bearer token the harness gives (none for the open
-- server); the ids come from the file the harness wrote.
local ids = {}
for line in io.lines(os.getenv("ROSTER_BENCH_IDS")) do
  ids[#ids + 1] = line
end
local token = os.getenv("ROSTER_BENCH_TOKEN")
local headers = {}
if token ~= nil and token ~= "" then
  headers["Authorization"] = "Bearer " .. token
end

request = function()
  return wrk.format("GET", "/api/platforms/a/accounts/" .. ids[math.random(#ids)], headers)
end
