#!/usr/bin/env python3
"""Writes a CSV of fake UK people in the shape bench/match-eval reads (unique_id, first_name, surname, dob, city,
email, cluster), with a realistic, skewed (Zipf) spread of first names and surnames, each person's records in
shuffled order and never side by side, and the mistakes seen at intake: one- and two-letter typos in names, first
name and surname swapped, nicknames and short forms (Bob for Robert), hyphenated and changed surnames, a missing
first name, dates of birth with day and month swapped, a digit mistyped (some into the future), the year off by one
or ten, or missing, emails mistyped or missing, towns missing or changed. Each person has 1 to 8 records.

--mix picks the rates of the mistakes (see MIXES): typical, names (more name mistakes), dates (more date of birth
mistakes) or sparse (more missing fields). The same PEOPLE, SEED and mix always give the same file.

Usage: bench/generate-people.py PEOPLE [SEED] [--mix typical|names|dates|sparse] > people.csv
"""
import argparse
import datetime
import random
import sys

SURNAMES = """smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright walker
white edwards hughes green hall lewis harris clarke patel jackson wood turner martin cooper hill ward morris moore clark
lee king baker harrison morgan allen james scott phillips watson davis parker price bennett young griffiths mitchell kelly
cook carter richardson bailey collins bell shaw murphy miller cox richards khan marshall anderson simpson ellis adams
singh begum wilkinson foster chapman powell webb rogers gray mason ali hussain campbell matthews owen palmer holmes mills
barnes knight lloyd butler russell barker fisher stevens jenkins murray dixon harvey graham pearson ahmed fletcher walsh
kaur gibson howard andrews stewart elliott reynolds saunders payne fox ford pearce day brooks west lawrence cole atkinson
bradley spencer gill dawson ball burton o'brien watts rose booth perry ryan grant wells armstrong francis rees hayes hart
hudson newman barrett webster hunt gregory carr lowe page marsh riley dunn woods parsons berry stone reid holland hawkins
harding porter robertson newton oliver reed kennedy williamson bird gardner shah dean lane cooke bates henderson parry
burgess bishop walton burns nicholson shepherd ross cross long freeman warren nicholls hamilton byrne sutton mcdonald
yates hodgson robson curtis hopkins o'connor harper coleman watkins moss mccarthy chambers o'neill griffin sharp hardy
wheeler potter osborne johnston gordon doyle wallace george jordan hutchinson rowe burke may pritchard gilbert willis
higgins read miles stevenson stephenson hammond arnold buckley walters hewitt barber nelson slater austin sullivan
whitehead mann frost lambert stephens blake akhtar lynch goodwin barton woodward thomson cunningham quinn barnett baxter
bibi clayton nash greenwood jennings holt kemp poole gallagher bond stokes tucker davidson fowler heath norman middleton
lucas""".split()
FIRST = """oliver jack harry jacob charlie thomas george oscar james william noah alfie joshua muhammad henry leo archie
ethan joseph freddie samuel alexander logan daniel isaac max mohammed benjamin mason lucas edward harrison jake dylan
riley finley theo sebastian adam zachary arthur toby jayden luke harley lewis tyler harvey matthew david reuben michael
elijah kian tommy mohammad blake luca theodore stanley jenson nathan charles frankie jude teddy louie louis ryan hugo
bobby elliott dexter ollie alex liam kai gabriel connor aaron frederick callum elliot albert leon ronnie rory jamie
austin seth ibrahim owen caleb ellis sonny robert joey felix finlay jackson olivia amelia isla ava emily isabella mia
poppy ella lily evie sophia sophie grace jessica freya charlotte scarlett daisy chloe alice phoebe florence ruby evelyn
sienna sofia matilda harper millie eva lucy layla elsie rosie esme imogen maya willow elizabeth erin ivy eliza holly
emilia lola thea hannah maisie emma zara bella orla violet aria georgia molly lilly ellie jasmine amber summer darcy
heidi lottie anna gracie harriet mila penelope luna martha robyn aurora niamh amelie beatrice lydia abigail iris lexi
megan hallie sarah susan karen julie helen claire lisa jane mary margaret patricia jennifer""".split()
CITIES = """london birmingham manchester leeds glasgow sheffield bradford liverpool edinburgh bristol cardiff leicester
coventry nottingham hull newcastle stoke southampton derby portsmouth plymouth wolverhampton reading northampton luton
bolton bournemouth norwich swindon swansea southend middlesbrough peterborough cambridge oxford ipswich york bedford
dunstable""".split()
DOMAINS = "gmail.com hotmail.co.uk yahoo.co.uk outlook.com btinternet.com sky.com icloud.com".split()
ALPHA = "abcdefghijklmnopqrstuvwxyz"


NICKNAMES = {
    "robert": ["bob", "rob", "bobby"], "elizabeth": ["liz", "beth", "lizzie"], "william": ["will", "bill", "billy"],
    "james": ["jim", "jimmy", "jamie"], "thomas": ["tom", "tommy"], "michael": ["mike", "mick"], "joseph": ["joe", "joey"],
    "samuel": ["sam", "sammy"], "daniel": ["dan", "danny"], "alexander": ["alex", "sandy"], "benjamin": ["ben", "benny"],
    "edward": ["ed", "eddie", "ted"], "matthew": ["matt"], "david": ["dave", "davey"], "charles": ["charlie", "chas"],
    "frederick": ["fred", "freddie"], "henry": ["harry", "hal"], "nathan": ["nate"], "theodore": ["theo", "ted"],
    "zachary": ["zach"], "joshua": ["josh"], "isabella": ["bella", "izzy"], "margaret": ["maggie", "peggy", "meg"],
    "jennifer": ["jen", "jenny"], "patricia": ["pat", "trish"], "susan": ["sue", "suzy"], "jessica": ["jess"],
    "charlotte": ["lottie", "charlie"], "abigail": ["abby"], "florence": ["flo"], "penelope": ["penny"],
    "katherine": ["kate", "katie"], "rebecca": ["becky"], "victoria": ["vicky", "tori"], "sophia": ["sophie"],
    "eleanor": ["ellie", "nell"], "amelia": ["millie"], "matilda": ["tilly"], "harriet": ["hattie"], "olivia": ["liv"],
    "emily": ["em"], "evelyn": ["evie"], "gabriel": ["gabe"], "sebastian": ["seb"], "elliott": ["eli"],
}

# Rates of each mistake per record. Each mix keeps the same mistakes and changes their weight, so that a change to
# matching is measured on more than one kind of mess.
TYPICAL = {
    "name_typo": 0.12, "name_two_typos": 0.03, "swapped_names": 0.05, "nickname": 0.08, "hyphenated_surname": 0.03,
    "changed_surname": 0.03, "first_missing": 0.05, "last_missing": 0.02, "dob_day_month": 0.04, "dob_digit": 0.04,
    "dob_year": 0.04, "dob_missing": 0.06, "email_typo": 0.06, "email_missing": 0.25, "town_missing": 0.10,
    "town_changed": 0.08, "town_typo": 0.05,
}
MIXES = {
    "typical": TYPICAL,
    "names": {**TYPICAL, "name_typo": 0.22, "name_two_typos": 0.07, "swapped_names": 0.10, "nickname": 0.15,
              "hyphenated_surname": 0.05, "changed_surname": 0.06},
    "dates": {**TYPICAL, "dob_day_month": 0.08, "dob_digit": 0.10, "dob_year": 0.08, "dob_missing": 0.10},
    "sparse": {**TYPICAL, "first_missing": 0.10, "last_missing": 0.04, "dob_missing": 0.15, "email_missing": 0.50,
               "town_missing": 0.30},
}


def zipf_choice(rng, items, s=1.1):
    weights = [1 / (rank + 1) ** s for rank in range(len(items))]
    return rng.choices(items, weights)[0]


def typo(rng, word):
    """One slip of a key: two letters transposed, one dropped, one replaced or one added."""
    if len(word) < 3:
        return word
    i = rng.randrange(len(word) - 1)
    kind = rng.random()
    if kind < 0.3:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind < 0.6:
        return word[:i] + word[i + 1:]
    if kind < 0.8:
        return word[:i] + rng.choice(ALPHA) + word[i + 1:]
    return word[:i] + rng.choice(ALPHA) + word[i:]


def person(rng):
    first = zipf_choice(rng, FIRST)
    last = zipf_choice(rng, SURNAMES)
    year = rng.randint(1935, 2008)
    dob = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
    email = f"{first[0]}{last.replace(chr(39), '')}{rng.randint(1, 999)}@{rng.choice(DOMAINS)}"
    return first, last, dob, zipf_choice(rng, CITIES, 0.8), email


def mistyped_date(rng, dob):
    """One digit of YYYYMMDD typed wrong, as long as the result is a date (it may be in the future)."""
    digits = dob.strftime("%Y%m%d")
    for _ in range(20):
        i = rng.randrange(len(digits))
        typed = digits[:i] + rng.choice("0123456789".replace(digits[i], "")) + digits[i + 1:]
        try:
            return datetime.date(int(typed[:4]), int(typed[4:6]), int(typed[6:]))
        except ValueError:
            continue
    return dob


def wrong_dob(rng, dob, mix):
    r = rng.random()
    if r < mix["dob_day_month"] and dob.day <= 12 and dob.day != dob.month:
        return dob.replace(month=dob.day, day=dob.month)
    r -= mix["dob_day_month"]
    if r < mix["dob_digit"]:
        return mistyped_date(rng, dob)
    r -= mix["dob_digit"]
    if r < mix["dob_year"]:
        return dob.replace(year=dob.year + rng.choice([-1, 1, -10, 10]))
    r -= mix["dob_year"]
    if r < mix["dob_missing"]:
        return None
    return dob


def record(rng, p, mix):
    first, last, dob, city, email = p
    if rng.random() < mix["nickname"] and first in NICKNAMES:
        first = rng.choice(NICKNAMES[first])
    r = rng.random()
    if r < mix["hyphenated_surname"]:
        last = f"{last}-{zipf_choice(rng, SURNAMES)}" if rng.random() < 0.5 else f"{zipf_choice(rng, SURNAMES)}-{last}"
    elif r < mix["hyphenated_surname"] + mix["changed_surname"]:
        last = zipf_choice(rng, SURNAMES)
    for _ in range(2 if rng.random() < mix["name_two_typos"] else 0):
        if rng.random() < 0.5:
            first = typo(rng, first)
        else:
            last = typo(rng, last)
    if rng.random() < mix["name_typo"]:
        if rng.random() < 0.5:
            first = typo(rng, first)
        else:
            last = typo(rng, last)
    if rng.random() < mix["swapped_names"]:
        first, last = last, first
    dob = wrong_dob(rng, dob, mix)
    r = rng.random()
    if r < mix["town_missing"]:
        city = ""
    elif r < mix["town_missing"] + mix["town_changed"]:
        city = zipf_choice(rng, CITIES, 0.8)
    elif r < mix["town_missing"] + mix["town_changed"] + mix["town_typo"]:
        city = typo(rng, city)
    r = rng.random()
    if r < mix["email_missing"]:
        email = ""
    elif r < mix["email_missing"] + mix["email_typo"]:
        email = typo(rng, email)
    if rng.random() < mix["first_missing"]:
        first = ""
    if rng.random() < mix["last_missing"]:
        last = ""
    return [first.title(), last.title(), dob.isoformat() if dob else "", city.title(), email]


def apart(rng, rows):
    """Shuffles the rows so that no two records of one person are side by side (intake sees them weeks apart)."""
    rng.shuffle(rows)
    for i in range(1, len(rows)):
        if rows[i][-1] != rows[i - 1][-1]:
            continue
        for j in rng.sample(range(len(rows)), len(rows)):
            neighbours = {rows[k][-1] for k in (j - 1, j + 1) if 0 <= k < len(rows) and k != i}
            if rows[j][-1] != rows[i - 1][-1] and (i + 1 >= len(rows) or rows[j][-1] != rows[i + 1][-1]) \
                    and rows[i][-1] not in neighbours and abs(j - i) > 1:
                rows[i], rows[j] = rows[j], rows[i]
                break
    assert all(rows[i][-1] != rows[i - 1][-1] for i in range(1, len(rows))), "two records of one person side by side"
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("people", type=int)
    parser.add_argument("seed", type=int, nargs="?", default=42)
    parser.add_argument("--mix", choices=sorted(MIXES), default="typical")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    mix = MIXES[args.mix]
    rows = []
    for cluster in range(args.people):
        p = person(rng)
        for _ in range(rng.choice([1, 1, 2, 3, 4, 5, 6, 8])):
            rows.append(record(rng, p, mix) + [str(cluster)])
    out = sys.stdout
    out.write("unique_id,first_name,surname,dob,city,email,cluster\n")
    for uid, row in enumerate(apart(rng, rows)):
        out.write(",".join([str(uid)] + row) + "\n")


if __name__ == "__main__":
    main()
