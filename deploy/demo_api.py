"""Talking to a running demo's API as a demo user (used by deploy/demo-cases.py and the bench/ scripts).
Only talks to localhost."""
import json
import urllib.error
import urllib.parse
import urllib.request

APP = "http://localhost:8080"
KEYCLOAK = "http://localhost:8180/realms/roundtable/protocol/openid-connect/token"


def token(username):
    """An access token for a demo user, from the demo realm's web client (direct grant, demo only)."""
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "roundtable-web", "client_secret": "roundtable-demo-secret",
                                   "username": username, "password": "Demo-password-1"}).encode()
    with urllib.request.urlopen(KEYCLOAK, form) as response:
        return json.load(response)["access_token"]


def call(method, path, bearer, body=None, if_match=None, raw=False):
    """Calls the API with JSON (also for POSTs without a body, as the CSRF filter wants); raw returns the bytes."""
    request = urllib.request.Request(APP + path, method=method, data=None if method == "GET" else json.dumps(body or {}).encode())
    request.add_header("Authorization", "Bearer " + bearer)
    request.add_header("Content-Type", "application/json")
    if if_match is not None:
        request.add_header("If-Match", str(if_match))
    try:
        with urllib.request.urlopen(request) as response:
            data = response.read()
    except urllib.error.HTTPError as e:
        raise SystemExit("%s %s answered %s: %s" % (method, path, e.code, e.read().decode()[:500]))
    return data if raw else (json.loads(data) if data else None)
