-- wrk script for the soak of src/bench/soak.sh: every request is one line of the file named by
-- SOAK_PATHS, picked at random ("PATH" or "PATH<TAB>Header: value"), so that the load reaches far
-- more distinct answers than the caches can hold and shows whether they stay bounded. Ends with the
-- machine-readable BENCH line of wrk-report.lua.
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

-- the same last line as every other wrk run of the benchmarks (done() of wrk-report.lua)
dofile(os.getenv("BENCH_REPORT_LUA"))
