#!/usr/bin/env python3
"""Writes a CSV of fake UK people in the shape bench/match-eval reads (unique_id, first_name, surname, dob, city,
email, cluster), with a realistic, skewed (Zipf) spread of first names and surnames and the mistakes seen in
practice: typos, transposed letters, first and last names swapped, missing fields, mistyped or changed dates of
birth, misspelt cities, changed emails. Each person has 1 to 8 records.

Usage: bench/generate-people.py PEOPLE [SEED] > people.csv
"""
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


def zipf_choice(rng, items, s=1.1):
    weights = [1 / (rank + 1) ** s for rank in range(len(items))]
    return rng.choices(items, weights)[0]


def typo(rng, word):
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
    dob = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    email = f"{first[0]}{last.replace(chr(39), '')}{rng.randint(1, 999)}@{rng.choice(DOMAINS)}"
    return first, last, dob, zipf_choice(rng, CITIES, 0.8), email


def record(rng, p):
    first, last, dob, city, email = p
    if rng.random() < 0.15:
        first = typo(rng, first)
    if rng.random() < 0.15:
        last = typo(rng, last)
    if rng.random() < 0.15:
        first, last = last, first
    if rng.random() < 0.2:
        y, m, d = dob.split("-")
        r = rng.random()
        if r < 0.3 and int(d) <= 12:
            dob = f"{y}-{d}-{m}"
        elif r < 0.6:
            dob = f"{int(y) + rng.choice([-1, 1])}-{m}-{d}"
        else:
            dob = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if rng.random() < 0.1:
        city = typo(rng, city)
    if rng.random() < 0.1:
        email = typo(rng, email)
    fields = [first.title(), last.title(), dob, city.title(), email]
    for index, chance in ((0, 0.1), (1, 0.08), (3, 0.1), (4, 0.12)):
        if rng.random() < chance:
            fields[index] = ""
    return fields


def main():
    people = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 42)
    rows = []
    for cluster in range(people):
        p = person(rng)
        for _ in range(rng.choice([1, 1, 2, 3, 4, 5, 6, 8])):
            rows.append(record(rng, p) + [str(cluster)])
    rng.shuffle(rows)
    out = sys.stdout
    out.write("unique_id,first_name,surname,dob,city,email,cluster\n")
    for uid, row in enumerate(rows):
        out.write(",".join([str(uid)] + row) + "\n")


if __name__ == "__main__":
    main()
