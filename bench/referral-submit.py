#!/usr/bin/env python3
"""Load script: how fast Roundtable takes referral submits.

Needs a running demo (./roundtable demo --detach). Creates N complete MARAC drafts as the demo referrer, then
submits them from C concurrent clients and prints requests a second and latency percentiles of the submits.
Usage: bench/referral-submit.py [N=200] [C=8]
Only talks to localhost.
"""
import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "deploy"))
from demo_api import call, token  # noqa: E402


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    clients = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    bearer = token("referrer.police")
    questions = [q["id"] for q in call("GET", "/api/v1/checklists/DASH_RIC", bearer)["definition"]["questions"]]
    answers = {q: ("YES" if i < 14 else "NO") for i, q in enumerate(questions)}
    drafts = []
    for n in range(count):
        draft = {"victim": {"firstName": "Load", "lastName": "Test%05d" % n, "dateOfBirth": "1990-03-27",
                            "town": "Luton", "postcode": "LU1 1AA", "interpreterNeeded": False},
                 "incidentSummary": "Load test referral", "answers": answers, "consent": "GIVEN",
                 "perpetrators": [], "children": []}
        drafts.append(call("POST", "/api/v1/referrals", bearer, {"kind": "MARAC", "draft": draft})["id"])

    def submit(referral_id):
        started = time.perf_counter()
        result = call("POST", "/api/v1/referrals/%s/submit" % referral_id, bearer, if_match=0)
        return time.perf_counter() - started, result["reference"]

    began = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(submit, drafts))
    elapsed = time.perf_counter() - began
    latencies = sorted(r[0] * 1000 for r in results)
    references = {r[1] for r in results}
    assert len(references) == count, "duplicate reference numbers"
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
    print("submits=%d clients=%d distinct_references=%d" % (count, clients, len(references)))
    print("requests_per_second=%.1f p50_ms=%.0f p95_ms=%.0f p99_ms=%.0f max_ms=%.0f mean_ms=%.0f" % (
        count / elapsed, p(0.50), p(0.95), p(0.99), latencies[-1], statistics.mean(latencies)))


if __name__ == "__main__":
    main()
