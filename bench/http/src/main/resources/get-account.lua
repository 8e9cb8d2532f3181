-- GET one random account of platform a per request; the ids come from the file the harness wrote.
local ids = {}
for line in io.lines(os.getenv("ROSTER_BENCH_IDS")) do
  ids[#ids + 1] = line
end

request = function()
  return wrk.format("GET", "/api/platforms/a/accounts/" .. ids[math.random(#ids)])
end
