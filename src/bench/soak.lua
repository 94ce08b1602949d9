-- wrk script for the soak of src/bench/soak.sh: every request is one line of the file named by
-- SOAK_PATHS, picked at random ("PATH" or "PATH<TAB>Header: value"), so that the load reaches far
-- more distinct answers than the caches can hold and shows whether they stay bounded. Prints one
-- machine-readable line at the end, like wrk-report.lua.
local lines = {}
for line in io.lines(os.getenv("SOAK_PATHS")) do
  local path, header = line:match("^([^\t]+)\t?(.*)$")
  if path then
    local headers = {}
    local name, value = header:match("^%s*([^:]+):%s*(.-)%s*$")
    if name then
      headers[name] = value
    end
    lines[#lines + 1] = { path = path, headers = headers }
  end
end

function setup(thread)
  thread:set("seed", math.random(1, 2147483647))
end

function init(args)
  math.randomseed(seed)
end

function request()
  local pick = lines[math.random(#lines)]
  return wrk.format("GET", pick.path, pick.headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "SOAK requests=%d duration_us=%d bytes=%d connect=%d read=%d write=%d status=%d timeout=%d"
      .. " p50_us=%d p99_us=%d\n",
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
