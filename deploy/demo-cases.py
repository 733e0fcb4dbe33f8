#!/usr/bin/env python3
"""Loads demo cases into a running demo through Roundtable's own API, as the demo users, so that every step is
checked and audited as if done on the pages. Run by ./roundtable demo once per data folder; safe to run again
(it does nothing when the demo police referrer already has referrals).

It makes: one MARAC case first heard at a meeting four weeks ago (its action for the police is now two weeks overdue, and
the reminder chasing it is on the Mailbox page), heard again at a meeting today and kept under review (with open actions for the police, housing, children's services and the IDVA
service, each in its agency's inbox), six
more accepted MARAC cases of different risk (one with children, one whose alleged perpetrator is the man in the
heard case), one accepted ASBRAC case, and the next MARAC meetings (fortnightly, agendas not yet published). The IDVA
has taken two of the MARAC cases and logged contacts; a SARAC case waits on the ISVA service's caseload for first contact.
"""
import datetime
import sys
import urllib.error

from demo_api import call, token

TODAY = datetime.date.today()


def accepted_case(tokens, kind, referrer, victim, yes, summary, perpetrator=None, children=(), judgement=None, perpetrator_id=None):
    checklist = {"MARAC": "DASH_RIC", "ASBRAC": "ASB_MATRIX", "SARAC": "SARAC_CRITERIA"}[kind]
    questions = call("GET", "/api/v1/checklists/" + checklist, tokens[referrer])["definition"]["questions"]
    answers = {}
    for i, q in enumerate(questions):
        if q.get("kind") == "CHOICE":
            answers[q["id"]] = q["choices"][min(len(q["choices"]) - 1, 1 if i < yes else 0)]["value"]
        else:
            answers[q["id"]] = "YES" if i < yes else "NO"
    draft = {"victim": victim, "victimIsNewPerson": True, "incidentSummary": summary, "answers": answers, "consent": "GIVEN",
             "perpetrators": [{"person": perpetrator, "relationship": "Partner", "personId": perpetrator_id}] if perpetrator else [],
             "children": list(children), "professionalJudgement": judgement is not None, "professionalJudgementReasons": judgement}
    referral = call("POST", "/api/v1/referrals", tokens[referrer], {"kind": kind, "draft": draft})
    submitted = call("POST", "/api/v1/referrals/%s/submit" % referral["id"], tokens[referrer], if_match=0)
    call("POST", "/api/v1/referrals/%s/transitions" % referral["id"], tokens["coordinator"], {"to": "ACCEPTED"},
         if_match=submitted["version"])
    return submitted


def caseload(tokens, referral_id, contacts):
    """The IDVA takes the case and logs contacts, each (hours ago, method, outcome, safety planning notes)."""
    entry = call("GET", "/api/v1/caseload/" + referral_id, tokens["idva"])
    call("POST", "/api/v1/caseload/%s/allocation" % referral_id, tokens["idva"], {}, if_match=entry["version"])
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    for hours_ago, method, outcome, planning in contacts:
        contact = {"occurredAt": (now - datetime.timedelta(hours=hours_ago)).isoformat().replace("+00:00", "Z"), "method": method,
                   "outcome": outcome}
        if planning:
            contact["safetyPlanning"] = planning
        if outcome == "SPOKE_TO_VICTIM":
            contact.update(services=["REFUGE", "LEGAL_PROTECTION"], victimRiskView="HIGH", victimRiskWords="He will not let me go",
                           consent="GIVEN")
        call("POST", "/api/v1/caseload/%s/contacts" % referral_id, tokens["idva"], contact)


def hold_meeting(tokens, meeting, actions, notes, review_in_days, earlier_review=None):
    """Publishes the agenda, runs the meeting on its first case with these actions (owner, what, due in days), keeps the
    case under review, ends the meeting and approves the minutes. Open actions from earlier meetings are reviewed first
    with earlier_review (a note), which leaves them in progress. Returns the case's agenda item and the actions set."""
    agenda = call("GET", "/api/v1/meetings/%s/agenda" % meeting["id"], tokens["coordinator"])
    call("POST", "/api/v1/meetings/%s/agenda/publish" % meeting["id"], tokens["coordinator"], if_match=meeting["version"])
    item = agenda["items"][0]["itemId"]
    call("PUT", "/api/v1/meetings/%s/agenda/items/%s/research" % (meeting["id"], item), tokens["spoc.housing"],
         {"known": True, "summary": "Tenant since 2020; two reports of shouting from neighbours.", "risks": "He still has a key."})
    call("POST", "/api/v1/meetings/%s/start" % meeting["id"], tokens["chair"])
    for agency, name in (("POLICE", "Mark Jones"), ("HOUSING", "Aisha Rahman"), ("IDVA", "Hannah Clarke")):
        attendees = call("POST", "/api/v1/meetings/%s/attendees" % meeting["id"], tokens["chair"], {"agency": agency, "name": name})
        attendee = [a for a in attendees if a["name"] == name][0]
        call("POST", "/api/v1/meetings/%s/attendees/%s/acknowledgement" % (meeting["id"], attendee["id"]), tokens["chair"])
    call("PUT", "/api/v1/meetings/%s/apologies/HEALTH" % meeting["id"], tokens["chair"], {"note": "Clinic"})
    call("PUT", "/api/v1/meetings/%s/agenda/items/%s/notes" % (meeting["id"], item), tokens["chair"], {"notes": notes}, if_match=0)
    set_actions = {}
    for owner, what, days in actions:
        set_actions[owner] = call("POST", "/api/v1/meetings/%s/agenda/items/%s/actions" % (meeting["id"], item), tokens["chair"],
                                  {"owner": owner, "description": what, "dueOn": (TODAY + datetime.timedelta(days=days)).isoformat()})
    record = call("GET", "/api/v1/meetings/%s/record" % meeting["id"], tokens["chair"])
    for case in record["cases"]:
        for action in case["earlierActions"] if case["itemId"] == item else []:
            call("PUT", "/api/v1/meetings/%s/actions/%s" % (meeting["id"], action["id"]), tokens["chair"],
                 {"status": "IN_PROGRESS", "note": earlier_review}, if_match=action["version"])
    call("POST", "/api/v1/meetings/%s/agenda/items/%s/decision" % (meeting["id"], item), tokens["chair"],
         {"decision": "UNDER_REVIEW", "nextReviewOn": (TODAY + datetime.timedelta(days=review_in_days)).isoformat(), "minutesSpent": 14})
    call("POST", "/api/v1/meetings/%s/end" % meeting["id"], tokens["chair"])
    call("POST", "/api/v1/meetings/%s/minutes/approval" % meeting["id"], tokens["chair"])
    return item, set_actions


def person(first, last, born, town="Luton", postcode="LU1 3HE", address=None, sex="Female"):
    return {"firstName": first, "lastName": last, "dateOfBirth": born, "town": town, "postcode": postcode, "address": address,
            "sex": sex}


def main():
    users = ["referrer.police", "referrer.housing", "idva", "isva", "coordinator", "chair", "spoc.housing", "spoc.police", "spoc.children"]
    tokens = {u: token(u) for u in users}
    me = {u: call("GET", "/api/v1/me", tokens[u]) for u in users}
    for u in users:
        call("GET", "/api/v1/meetings", tokens[u])  # a first use of the API records the user, as a sign-in would
    if call("GET", "/api/v1/referrals/mine", tokens["referrer.police"]):
        print("Demo cases: already loaded.")
        return
    kevin = {"firstName": "Kevin", "lastName": "Doyle", "dateOfBirth": "1984-09-30"}
    heard = accepted_case(tokens, "MARAC", "referrer.police", person("Amira", "Hussain", "1992-04-12", "Dunstable", "LU6 1AB", "9 Priory Road"),
                          16, "Strangled during an argument on 3 November; threats to kill if she leaves.", kevin)
    # Four weeks ago: Amira's case was first heard, with an action for the police now two weeks overdue. The API
    # refuses meetings and due dates in the past, so that meeting is held today and then moved back (demo only).
    earlier = call("POST", "/api/v1/meetings", tokens["coordinator"], {
        "kind": "MARAC", "date": TODAY.isoformat(), "time": "09:00", "venue": "Priory House, Chicksands",
        "chairSubject": me["chair"]["subject"]})[0]
    hold_meeting(tokens, earlier, (("POLICE", "Apply for a domestic violence protection notice and order", 14),),
                 "Police: arrested and released under investigation.\nIDVA: not yet in contact.", 14)
    call("POST", "/api/v1/demo/meetings/%s/moved-back" % earlier["id"], tokens["coordinator"], {"days": 28})
    today = call("POST", "/api/v1/meetings", tokens["coordinator"], {
        "kind": "MARAC", "date": TODAY.isoformat(), "time": "09:00", "venue": "Priory House, Chicksands",
        "chairSubject": me["chair"]["subject"]})[0]
    _, set_today = hold_meeting(tokens, today, (("HOUSING", "Change the locks and fit a door entry system", 10),
                                                   ("IDVA", "Weekly contact until the court date", 14),
                                                   ("POLICE", "Flag the address for an urgent response and check bail conditions", 2),
                                                   ("CSC", "Check whether children visit the home and share with the school", 21)),
                                   "Police: bail to an address in Luton until the hearing.\nIDVA: safety plan in place.", 7,
                                   "Police: the first application was refused for want of evidence; a new one is being prepared.")
    # Housing's single point of contact gives the locks to a colleague (referrer.housing): it shows in their "My actions".
    call("PUT", "/api/v1/actions/%s/assignee" % set_today["HOUSING"]["id"], tokens["spoc.housing"],
         {"assignee": me["referrer.housing"]["subject"]}, if_match=set_today["HOUSING"]["version"])

    jessica = accepted_case(tokens, "MARAC", "referrer.police", person("Jessica", "Smith", "1990-06-21", "Luton", "LU2 7QT", "41 Crawley Green Road"),
                  17, "Punched and kicked while pregnant; he took her phone.", {"firstName": "Liam", "lastName": "Carter", "dateOfBirth": "1988-01-15"},
                  children=[{"firstName": "Mia", "lastName": "Smith", "age": 4}, {"firstName": "Noah", "lastName": "Smith", "age": 1}])
    accepted_case(tokens, "MARAC", "referrer.housing", person("Chloe", "Evans", "1985-11-02", "Leighton Buzzard", "LU7 1AA", "12 Station Road"),
                  14, "New partner Kevin Doyle; neighbours heard screaming.", kevin,
                  perpetrator_id=heard["perpetrators"][0]["person"]["id"])
    priya = accepted_case(tokens, "MARAC", "idva", person("Priya", "Patel", "1979-03-14", "Bedford", "MK40 2AA", "7 Goldington Road"),
                  11, "Controlling behaviour for years; recent threats with a knife.", {"firstName": "Raj", "lastName": "Patel", "dateOfBirth": "1976-08-08"},
                  judgement="Escalating coercive control; she is too frightened to answer all the questions.")
    accepted_case(tokens, "MARAC", "referrer.police", person("Hannah", "Wright", "2001-07-30", "Houghton Regis", "LU5 5AB", "3 Bedford Square"),
                  15, "Assault after separation; breach of a non-molestation order.", {"firstName": "Jordan", "lastName": "Mills", "dateOfBirth": "1999-12-12"})
    accepted_case(tokens, "MARAC", "referrer.housing", person("Margaret", "Oyelaran", "1958-05-05", "Biggleswade", "SG18 0AA", "22 Shortmead Street"),
                  10, "Financial abuse and threats by her son.", {"firstName": "Daniel", "lastName": "Oyelaran", "dateOfBirth": "1986-02-20"},
                  judgement="Older victim, isolated, son controls her money and medication.")
    accepted_case(tokens, "MARAC", "referrer.police", person("Sophie", "Turner", "1996-01-09", "Sandy", "SG19 1AA", "5 High Street"),
                  14, "Stalking and threats after she left.", {"firstName": "Ryan", "lastName": "Hale", "dateOfBirth": "1994-04-04"})
    accepted_case(tokens, "ASBRAC", "referrer.housing", person("Gary", "Mitchell", "1970-10-10", "Dunstable", "LU6 3AA", "18 Kingsway", "Male"),
                  9, "Youths throwing eggs and stones at his windows nightly for a month.",
                  judgement="Vulnerable victim with a learning disability; targeted repeatedly.")
    accepted_case(tokens, "SARAC", "isva", dict(person("Ellie", "Morgan", "2003-02-17", "Bedford", "MK41 7AA", "14 Kimbolton Road"),
                  safePhone="07700 900777", safeToLeaveMessage=False, safeContactNotes="Lives with her parents; text first"),
                  5, "Raped by an acquaintance after a night out; reported to police the next day.")
    caseload(tokens, jessica["id"], [(50, "PHONE", "NO_ANSWER", None), (26, "PHONE", "SPOKE_TO_VICTIM",
             "Safety plan agreed: code word with her mother, refuge referral made, non-molestation order discussed.")])
    caseload(tokens, priya["id"], [(20, "TEXT", "MESSAGE_LEFT", None)])
    call("POST", "/api/v1/meetings", tokens["coordinator"], {
        "kind": "MARAC", "date": (TODAY + datetime.timedelta(days=7)).isoformat(), "time": "10:00", "venue": "Priory House, Chicksands",
        "videoLink": "https://meet.example/marac", "chairSubject": me["chair"]["subject"], "rhythm": "FORTNIGHTLY", "repeats": 3})
    print("Demo cases: loaded 9 cases, a MARAC meeting held four weeks ago (one overdue action) and one today and the next four set up; the IDVA's caseload has contacts.")


if __name__ == "__main__":
    try:
        main()
    except urllib.error.URLError as e:
        sys.exit("demo cases: could not reach the demo: %s" % e)
