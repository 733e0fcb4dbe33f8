#!/usr/bin/env python3
"""Benchmark: build the agenda of a 16-case meeting and render its minutes.

Needs a running demo (./roundtable demo --detach). Makes 16 accepted MARAC cases, sets up a meeting, times the
agenda proposal (GET .../agenda) and the publish, runs the meeting through the API (an action and a decision per
case), then times the minutes PDF and one agency's extract, five times each.
Usage: bench/meeting-16.py [CASES=16]
Only talks to localhost.
"""
import datetime
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "deploy"))
from demo_api import call, token  # noqa: E402


def timed(action):
    started = time.perf_counter()
    result = action()
    return (time.perf_counter() - started) * 1000, result


def only_our_cases(meeting_id, agenda, ours, coordinator):
    """The proposal takes every eligible case of the conference, the demo's too, and those may carry earlier actions
    that stop a decision: defer the others back and add any of ours that waited, so the run never depends on demo data."""
    base = "/api/v1/meetings/%s/agenda" % meeting_id
    for item in agenda["items"]:
        if item["referral"]["id"] not in ours:
            call("POST", "%s/items/%s/defer" % (base, item["itemId"]), coordinator, {"reason": "Not a benchmark case"})
    listed = {item["referral"]["id"] for item in agenda["items"]}
    for referral_id in sorted(ours - listed):
        call("POST", "%s/items" % base, coordinator, {"referralId": referral_id})
    agenda = call("GET", base, coordinator)
    agenda["items"] = [item for item in agenda["items"] if item["referral"]["id"] in ours and item["status"] != "DEFERRED"]
    return agenda


def main():
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 16
    referrer, coordinator, chair = token("referrer.police"), token("coordinator"), token("chair")
    call("GET", "/api/v1/me", chair)
    questions = [q["id"] for q in call("GET", "/api/v1/checklists/DASH_RIC", referrer)["definition"]["questions"]]
    stamp = str(int(time.time()))[-6:]
    ours = set()
    for n in range(cases):
        answers = {q: ("YES" if i < 14 + n % 5 else "NO") for i, q in enumerate(questions)}
        draft = {"victim": {"firstName": "Bench", "lastName": "Meeting%s%02d" % (stamp, n), "dateOfBirth": "1989-05-%02d" % (n + 1),
                            "town": "Luton", "postcode": "LU1 1AA"},
                 "incidentSummary": "Benchmark case %d" % n, "answers": answers, "consent": "GIVEN",
                 "children": [{"firstName": "Child", "age": 3}] if n % 3 == 0 else []}
        referral = call("POST", "/api/v1/referrals", referrer, {"kind": "MARAC", "draft": draft})
        ours.add(referral["id"])
        submitted = call("POST", "/api/v1/referrals/%s/submit" % referral["id"], referrer, if_match=0)
        call("POST", "/api/v1/referrals/%s/transitions" % referral["id"], coordinator, {"to": "ACCEPTED"},
             if_match=submitted["version"])
    chair_subject = call("GET", "/api/v1/me", chair)["subject"]
    day = (datetime.date.today() + datetime.timedelta(days=1 + int(stamp) % 300)).isoformat()
    meeting = call("POST", "/api/v1/meetings", coordinator, {"kind": "MARAC", "date": day, "time": "10:00",
                                                             "venue": "Benchmark room", "chairSubject": chair_subject})[0]
    agenda_ms, agenda = timed(lambda: call("GET", "/api/v1/meetings/%s/agenda" % meeting["id"], coordinator))
    agenda = only_our_cases(meeting["id"], agenda, ours, coordinator)
    meeting = call("GET", "/api/v1/meetings/%s" % meeting["id"], coordinator)
    publish_ms, _ = timed(lambda: call("POST", "/api/v1/meetings/%s/agenda/publish" % meeting["id"], coordinator,
                                       if_match=meeting["version"]))
    call("POST", "/api/v1/meetings/%s/start" % meeting["id"], chair)
    due = (datetime.date.today() + datetime.timedelta(days=14)).isoformat()
    for item in agenda["items"]:
        call("POST", "/api/v1/meetings/%s/attendees" % meeting["id"], chair, {"agency": "HOUSING", "name": "Attendee"}) \
            if item is agenda["items"][0] else None
        call("POST", "/api/v1/meetings/%s/agenda/items/%s/actions" % (meeting["id"], item["itemId"]), chair,
             {"owner": "HOUSING", "description": "Change the locks", "dueOn": due})
        call("POST", "/api/v1/meetings/%s/agenda/items/%s/decision" % (meeting["id"], item["itemId"]), chair,
             {"decision": "CLOSED", "reason": "Benchmark", "minutesSpent": 10})
    call("POST", "/api/v1/meetings/%s/end" % meeting["id"], chair)
    minutes, extracts = [], []
    for _ in range(5):
        ms, pdf = timed(lambda: call("GET", "/api/v1/meetings/%s/minutes.pdf" % meeting["id"], chair, raw=True))
        minutes.append(ms)
        ms, _ = timed(lambda: call("GET", "/api/v1/meetings/%s/minutes/extracts/HOUSING.pdf" % meeting["id"], chair, raw=True))
        extracts.append(ms)
    print("cases_on_agenda=%d waiting=%d minutes_pdf_bytes=%d" % (len(agenda["items"]), len(agenda["waiting"]), len(pdf)))
    print("agenda_ms=%.0f publish_ms=%.0f minutes_pdf_median_ms=%.0f minutes_pdf_max_ms=%.0f extract_median_ms=%.0f" % (
        agenda_ms, publish_ms, statistics.median(minutes), max(minutes), statistics.median(extracts)))


if __name__ == "__main__":
    main()
