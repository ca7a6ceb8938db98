-- wrk script: POST one typical household to the stateless assessment endpoint.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
-- a signed-in adviser (bench/load.sh signs in and exports COOKIE)
wrk.headers["Cookie"] = os.getenv("COOKIE")
wrk.body = [[
{"people": [
  {"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1988-03-02",
   "earnings": [{"kind": "EMPLOYED", "frequency": "MONTHLY", "gross": 1700.00, "takeHome": 1450.00}]},
  {"id": "partner", "role": "PARTNER", "dateOfBirth": "1990-07-19"},
  {"id": "child1", "role": "CHILD", "dateOfBirth": "2015-09-01"},
  {"id": "child2", "role": "CHILD", "dateOfBirth": "2019-01-23"}],
 "housing": {"tenure": "PRIVATE_RENT", "rent": 850.00, "rentFrequency": "MONTHLY"},
 "capital": [{"type": "SAVINGS", "amount": 2100.00}]}
]]
