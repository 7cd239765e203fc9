# Usage: python3 extract_pacts.py contract-tests/target/pacts recorded-responses.json
# Each entry: the harness variant (Harness.Variant), the facade operation that reads the body,
# for LiveChat v3.4 the action that answers it (its operations call more than one), and the body.
import json, glob, re, sys, os
out = []
def add(platform, ops, body, action=None):
    for op in ops:
        e = {"variant": platform, "operation": op}
        if action: e["action"] = action
        e["body"] = body
        out.append(e)
seen=set()
for f in sorted(glob.glob(sys.argv[1] + "/*.json")):
    pact = json.load(open(f))
    provider = pact["provider"]["name"].lower()
    for i in pact.get("interactions", []):
        req, res = i["request"], i["response"]
        st = res.get("status", 200)
        if st < 200 or st >= 300 or "body" not in res:
            continue
        body = res["body"]
        if isinstance(body, dict) and "content" in body and "contentType" in body:
            body = body["content"]
        if isinstance(body, str):
            try: body = json.loads(body)
            except Exception: continue
        m, p = req["method"].upper(), req["path"]
        rb = req.get("body")
        if isinstance(rb, dict) and "content" in rb: rb = rb["content"]
        ops = []
        action = None
        if "chatwoot" in provider:
            if m == "GET" and p.endswith("/agents"): ops = ["list", "get", "availability"]
            elif m == "POST" and p.endswith("/agents"): ops = ["create"]
            elif m == "PATCH": ops = ["update", "setAvailability"]
            P = "CHATWOOT"
        elif "bird" in provider:
            P = "BIRD"
            if m == "GET" and re.search(r"/workspaces/[^/]+/agents$", p): ops = ["list"]
            elif m == "GET" and re.search(r"/agents/[^/]+$", p) and not p.endswith("/me"): ops = ["get"]
            elif m == "POST" and re.search(r"/agents$", p): ops = ["create"]
            elif m == "PATCH" and re.search(r"/agents/[^/]+$", p) and not p.endswith("/me"): ops = ["update"]
            elif m == "GET" and p.endswith("/availability"): ops = ["availability"]
        elif "captain" in provider:
            P = "CHATCAPTAIN"
            if m == "GET" and p.endswith("/agents/online"): ops = ["list", "get", "availability"]
            elif m == "POST" and p.endswith("/agents/me/online"): ops = ["setAvailability"]
        elif provider == "livechat-v3.4":
            P = "LIVECHAT_V3_4"
            action = p.rsplit("/", 1)[-1]
            ops = {"list_bots": ["list"], "list_routing_statuses": ["list", "get", "availability"],
                   "get_bot": ["get", "availability", "update"], "create_bot": ["create"],
                   "update_bot": ["update"], "set_routing_status": ["setAvailability"]}.get(action, [])
        elif "livechat" in provider:
            P = "LIVECHAT_V3_1"
            if p.endswith("/get_bot_agents"): ops = ["list"]
            elif p.endswith("/get_bot_agent_details"): ops = ["get", "availability"]
            elif p.endswith("/create_bot_agent"): ops = ["create"]
        elif "bcrumbs" in provider:
            P = "BCRUMBS"
            name = (rb or {}).get("operationName") if isinstance(rb, dict) else None
            if name == "agents": ops = ["list", "get"]
            elif name == "createAgent": ops = ["create"]
            elif name == "patchAgent": ops = ["update"]
        elif "twilio" in provider:
            P = "TWILIO"
            if m == "GET" and p.endswith("/Workers"): ops = ["list"]
            elif m == "GET" and "/Workers/" in p: ops = ["get", "availability"]
            elif m == "POST" and p.endswith("/Workers"): ops = ["create"]
            elif m == "POST" and "/Workers/" in p: ops = ["update", "setAvailability"]
        elif "intercom" in provider:
            P = "INTERCOM"
            if m == "GET" and p.endswith("/admins"): ops = ["list"]
            elif m == "GET" and "/admins/" in p: ops = ["get", "availability"]
            elif m == "PUT" and p.endswith("/away"): ops = ["setAvailability", "client.setAwayAdmin"]
        else:
            continue
        for op in ops:
            key = (P, op, action or "", isinstance(body, dict) and "errors" in body)
            if key in seen: continue
            seen.add(key)
            add(P, [op], body, action)
json.dump(out, open(sys.argv[2], "w"), indent=1, sort_keys=False)
print(len(out), sorted(seen))
