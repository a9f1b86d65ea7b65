-- wrk script: POSTs a valid application to /join, each with its own authority name and
-- submission key (so that each one is a new application, not a duplicate or a repeat).
-- The anti-forgery cookie and token come from one GET of /join (a pair stays valid).
local token = os.getenv("JOIN_TOKEN")
local cookie = os.getenv("JOIN_COOKIE")
local by = os.getenv("JOIN_BY")
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
  table.insert(threads, thread)
end

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local fixed = {
  ["Form.AuthorityType"] = "City", ["Form.CountryCode"] = "PL", ["Form.Population"] = "655 279",
  ["Form.PopulationYear"] = "2023", ["Form.Address"] = "ul. Piotrkowska 104, 90-926 Łódź",
  ["Form.Applicant.Name"] = "Anna Nowak", ["Form.Applicant.Position"] = "Head of the safety office",
  ["Form.Applicant.Email"] = "bench@example.org", ["Form.Representative.Name"] = "Hanna Zdanowska",
  ["Form.Representative.Position"] = "Mayor", ["Form.Representative.Email"] = "mayor@example.org",
  ["Form.CoordinatorAppointed"] = "no", ["Form.CoordinatorPlan"] = "Open competition.",
  ["Form.CoordinatorBy"] = by, ["Form.Coalition"] = "Committed", ["Form.CoalitionBy"] = by,
  ["Form.PublicPartners[0].Name"] = "Policja", ["Form.PublicPartners[0].Role"] = "Police",
  ["Form.CouncilDecision"] = "Done", ["Form.CouncilDecisionOn"] = "2024-01-20",
  ["Form.SocialDevelopment"] = "Prevention is part of the social strategy.",
  ["Form.CitizenParticipation"] = "Participatory budget and safety walks.",
  ["Form.HumanRights"] = "Signed the European Charter for the Safeguarding of Human Rights in the City.",
  ["Form.CommitsToCharter"] = "true", ["Form.PreferredLanguage"] = "en", ["Form.HeardFrom"] = "Event",
  ["Form.Consent"] = "true", ["__RequestVerificationToken"] = token,
}
local base = {}
for k, v in pairs(fixed) do table.insert(base, encode(k) .. "=" .. encode(v)) end
base = table.concat(base, "&")
local headers = {
  ["Content-Type"] = "application/x-www-form-urlencoded",
  ["Cookie"] = cookie,
  ["X-Forwarded-Proto"] = "https",
}

function init(args)
  math.randomseed(os.time() * 1000 + id)
end

local function hex(n) return string.format("%0" .. n .. "x", math.random(0, 16 ^ n - 1)) end

request = function()
  counter = counter + 1
  local key = hex(4) .. hex(4) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-8" .. hex(3) .. "-" .. hex(4) .. hex(4) .. hex(4)
  local body = base .. "&Form.OfficialName=Bench+city+" .. id .. "-" .. hex(6) .. "-" .. counter .. "&SubmissionKey=" .. key
  return wrk.format("POST", "/join", headers, body)
end
