-- POSTs the CapitalIntent envelope (path given as the first script argument) to /alexa.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json; charset=utf-8"
function init(args)
  local file = assert(io.open(args[1] or "capital-intent.json", "rb"))
  wrk.body = file:read("*a")
  file:close()
end
