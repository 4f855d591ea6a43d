#!/usr/bin/env python3
"""Generate places.json, a gazetteer of countries, selected first-level
subdivisions and world regions/blocs, from the Debian iso-codes JSON files.

Usage: python3 scripts/gen_places.py > extractors/rules/places.json   (counts and self-test go to stderr)
Standard library only.
"""
import json
import re
import sys
import unicodedata

ISO1 = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO2 = "/usr/share/iso-codes/json/iso_3166-2.json"

WORLD = ["worldwide", "global", "globally", "around the world", "across the world",
         "all territories", "all markets", "the whole world", "every market"]

ABOUT = ("Gazetteer of every ISO 3166-1 country/territory plus Kosovo, the first-level "
         "subdivisions of India, the US, Canada, Australia, the UK, Italy, Spain, Germany "
         "and China, and continents, UN M49 sub-regions and customary blocs, where each "
         "entry's 'in' lists its parents (transitive) and 'names' its English surface forms; "
         "names that mean two things are kept on one meaning only: 'Georgia' = the country "
         "(the US state is 'U.S. state of Georgia'), 'Congo' = DR Congo, 'Korea' = South Korea, "
         "'Ireland' = the Republic of Ireland, 'Micronesia' = the country (the Oceania "
         "sub-region is 'Micronesia region'), 'Antarctica' = the continent region (ISO AQ), "
         "'Punjab' = the Indian state, 'Washington' alone is left out (state is 'Washington "
         "State', the capital 'Washington, D.C.'), and 'North America' = Canada, US and Mexico; "
         "places flagged 'ambiguous' have a name that is also a common word or person's name.")


def fold(s):
    """ASCII-fold diacritics (keeps apostrophes, hyphens etc.)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "_", fold(s).lower()).strip("_")


def natural_order(name):
    """'Korea, Republic of' -> 'Republic of Korea'; 'Virgin Islands, British' -> 'British Virgin Islands'."""
    if ", " not in name:
        return name
    first, rest = name.split(", ", 1)
    if re.search(r"\bof( the)?$", rest) or rest in ("British", "U.S."):
        return rest + " " + first
    return name


# ---------------------------------------------------------------- regions
# (id, names, in)
REGIONS = [
    # continents / super-regions
    ("africa", ["Africa"], ["emea"]),
    ("asia", ["Asia"], []),
    ("europe", ["Europe"], ["emea"]),
    ("north_america", ["North America"], ["americas"]),
    ("south_america", ["South America"], ["americas", "latin_america_caribbean"]),
    ("oceania", ["Oceania"], ["asia_pacific"]),
    ("antarctica", ["Antarctica"], []),
    ("americas", ["Americas", "the Americas"], []),
    ("emea", ["EMEA", "Europe, the Middle East and Africa", "Europe, Middle East and Africa"], []),
    ("asia_pacific", ["Asia-Pacific", "Asia Pacific", "APAC", "Asia-Pac"], []),
    # UN M49 sub-regions (Africa's intermediate regions included)
    ("north_africa", ["North Africa", "Northern Africa"], ["africa"]),
    ("sub_saharan_africa", ["Sub-Saharan Africa", "Subsaharan Africa"], ["africa"]),
    ("west_africa", ["West Africa", "Western Africa"], ["sub_saharan_africa"]),
    ("east_africa", ["East Africa", "Eastern Africa"], ["sub_saharan_africa"]),
    ("central_africa", ["Central Africa", "Middle Africa"], ["sub_saharan_africa"]),
    ("southern_africa", ["Southern Africa"], ["sub_saharan_africa"]),
    ("east_asia", ["East Asia", "Eastern Asia"], ["asia", "asia_pacific"]),
    ("southeast_asia", ["Southeast Asia", "South-East Asia", "South East Asia", "South-eastern Asia"],
     ["asia", "asia_pacific"]),
    ("south_asia", ["South Asia", "Southern Asia"], ["asia", "asia_pacific"]),
    ("central_asia", ["Central Asia"], ["asia"]),
    ("western_asia", ["Western Asia", "West Asia"], ["asia"]),
    ("northern_europe", ["Northern Europe"], ["europe"]),
    ("western_europe", ["Western Europe"], ["europe"]),
    ("eastern_europe", ["Eastern Europe"], ["europe"]),
    ("southern_europe", ["Southern Europe"], ["europe"]),
    ("northern_america", ["Northern America"], ["north_america"]),
    ("central_america", ["Central America"], ["latin_america_caribbean"]),
    ("caribbean", ["Caribbean", "the Caribbean", "West Indies"], ["latin_america_caribbean"]),
    ("latin_america_caribbean", ["Latin America and the Caribbean"], ["americas"]),
    ("latin_america", ["Latin America", "LatAm"], ["latin_america_caribbean"]),
    ("australia_new_zealand", ["Australia and New Zealand", "Australasia"], ["oceania"]),
    ("melanesia", ["Melanesia"], ["oceania", "pacific_islands"]),
    ("micronesia_region", ["Micronesia region"], ["oceania", "pacific_islands"]),
    ("polynesia", ["Polynesia"], ["oceania", "pacific_islands"]),
    # blocs and customary regions
    ("european_union", ["European Union", "EU", "E.U."], ["eea"]),
    ("eea", ["European Economic Area", "EEA"], ["europe"]),
    ("schengen_area", ["Schengen area", "Schengen zone", "Schengen"], ["europe"]),
    ("nordics", ["Nordics", "Nordic countries", "Nordic region", "Nordic nations"], ["northern_europe"]),
    ("scandinavia", ["Scandinavia"], ["nordics"]),
    ("benelux", ["Benelux"], ["western_europe", "european_union"]),
    ("dach", ["DACH", "D-A-CH"], ["western_europe"]),
    ("baltic_states", ["Baltic states", "Baltics", "Baltic countries", "Baltic nations"],
     ["northern_europe", "european_union"]),
    ("balkans", ["Balkans", "Balkan Peninsula", "Balkan states", "Balkan countries"], ["europe"]),
    ("western_balkans", ["Western Balkans"], ["balkans"]),
    ("iberia", ["Iberia", "Iberian Peninsula"], ["southern_europe"]),
    ("british_isles", ["British Isles"], ["northern_europe"]),
    ("middle_east", ["Middle East", "Mideast"], ["mena", "emea"]),
    ("mena", ["MENA", "Middle East and North Africa"], ["emea"]),
    ("gcc", ["GCC", "Gulf Cooperation Council", "Gulf states", "Gulf Arab states", "Arab Gulf states"],
     ["middle_east"]),
    ("levant", ["Levant"], ["middle_east"]),
    ("maghreb", ["Maghreb", "Maghrib"], ["africa"]),
    ("asean", ["ASEAN", "Association of Southeast Asian Nations"], ["southeast_asia"]),
    ("greater_china", ["Greater China"], ["east_asia"]),
    ("indian_subcontinent", ["Indian subcontinent"], ["south_asia"]),
    ("saarc", ["SAARC", "South Asian Association for Regional Cooperation"], ["south_asia"]),
    ("andean_region", ["Andean region", "Andean countries", "Andean nations"], ["south_america"]),
    ("mercosur", ["Mercosur", "Mercosul", "Southern Common Market"], ["south_america"]),
    ("caucasus", ["Caucasus", "South Caucasus", "Transcaucasia"], ["western_asia"]),
    ("pacific_islands", ["Pacific Islands", "Pacific island countries", "Pacific island nations"],
     ["oceania"]),
]

# UN M49 sub-region per ISO alpha-2 (Sub-Saharan Africa also gets its intermediate region).
# Deviation: Mexico is taken out of "Central America" (customary usage); see CUSTOM below.
M49 = {
    "north_africa": "DZ EG LY MA SD TN EH",
    "east_africa": "IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW",
    "central_africa": "AO CM CF TD CG CD GQ GA ST",
    "southern_africa": "BW SZ LS NA ZA",
    "west_africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
    "caribbean": "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",
    "central_america": "BZ CR SV GT HN NI PA",
    "south_america": "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE",
    "northern_america": "BM CA GL PM US",
    "central_asia": "KZ KG TJ TM UZ",
    "east_asia": "CN HK MO KP JP MN KR TW",
    "southeast_asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "south_asia": "AF BD BT IN IR MV NP PK LK",
    "western_asia": "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",
    "eastern_europe": "BY BG CZ HU PL MD RO RU SK UA",
    "northern_europe": "AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB",
    "southern_europe": "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK",
    "western_europe": "AT BE FR DE LI LU MC NL CH",
    "australia_new_zealand": "AU CX CC HM NZ NF",
    "melanesia": "FJ NC PG SB VU",
    "micronesia_region": "GU KI MH FM NR MP PW UM",
    "polynesia": "AS CK PF NU PN WS TK TO TV WF",
}
SSA_PARTS = ("east_africa", "central_africa", "southern_africa", "west_africa")

EU = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
CUSTOM = {
    "european_union": EU,
    "eea": EU + " IS LI NO",
    # 29 members: Bulgaria and Romania fully from 1 Jan 2025, Croatia from 2023
    "schengen_area": "AT BE BG HR CZ DK EE FI FR DE GR HU IS IT LV LI LT LU MT NL NO PL PT RO SK SI ES SE CH",
    "nordics": "DK FI IS NO SE FO AX",
    "scandinavia": "DK NO SE",
    "benelux": "BE NL LU",
    "dach": "DE AT CH",
    "baltic_states": "EE LV LT",
    "balkans": "AL BA BG HR GR XK ME MK RS",
    "western_balkans": "AL BA XK ME MK RS",
    "iberia": "ES PT AD GI",
    "british_isles": "GB IE IM JE GG",
    "middle_east": "BH CY EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
    "gcc": "BH KW OM QA SA AE",
    "levant": "IL JO LB PS SY",
    "maghreb": "DZ LY MA MR TN EH",
    "asean": "BN KH ID LA MY MM PH SG TH VN TL",  # Timor-Leste admitted Oct 2025
    "greater_china": "CN HK MO TW",
    "indian_subcontinent": "IN PK BD NP BT LK MV",
    "saarc": "AF BD BT IN MV NP PK LK",
    "andean_region": "BO CO EC PE CL VE",
    "mercosur": "AR BR PY UY BO",  # Bolivia full member since 2024; Venezuela suspended
    "caucasus": "AM AZ GE",
    "north_america": "CA US MX",
    "latin_america": "MX GT HN SV NI CR PA CU DO PR HT AR BO BR CL CO EC PY PE UY VE",
}
# derived customary regions
_m = {k: set(v.split()) for k, v in M49.items()}
CUSTOM_SETS = {k: set(v.split()) for k, v in CUSTOM.items()}
CUSTOM_SETS["mena"] = CUSTOM_SETS["middle_east"] | {"DZ", "LY", "MA", "TN", "EG"}
CUSTOM_SETS["pacific_islands"] = _m["melanesia"] | _m["micronesia_region"] | _m["polynesia"]
CUSTOM_SETS["latin_america_caribbean"] = _m["caribbean"] | _m["central_america"] | _m["south_america"] | {"MX"}
CUSTOM_SETS["americas"] = CUSTOM_SETS["latin_america_caribbean"] | _m["northern_america"]
CUSTOM_SETS["asia_pacific"] = set().union(*(_m[k] for k in (
    "east_asia", "southeast_asia", "south_asia", "australia_new_zealand", "melanesia",
    "micronesia_region", "polynesia")))
CUSTOM_SETS["emea"] = set().union(*(_m[k] for k in (
    "north_africa", "east_africa", "central_africa", "southern_africa", "west_africa",
    "eastern_europe", "northern_europe", "southern_europe", "western_europe"))) | CUSTOM_SETS["middle_east"]

# ---------------------------------------------------------------- countries
# alpha-2 -> names (common short name first).  Others: common_name or name from iso-codes.
COUNTRY_NAMES = {
    "AE": ["United Arab Emirates", "UAE", "U.A.E."],
    "AG": ["Antigua and Barbuda", "Antigua"],
    "AX": ["Åland Islands", "Åland"],
    "BA": ["Bosnia and Herzegovina", "Bosnia", "Bosnia-Herzegovina", "BiH"],
    "BL": ["Saint Barthélemy", "St Barthélemy", "St. Barthélemy", "St Barts", "St. Barts"],
    "BN": ["Brunei", "Brunei Darussalam"],
    "BO": ["Bolivia", "Plurinational State of Bolivia"],
    "BQ": ["Caribbean Netherlands", "Bonaire, Sint Eustatius and Saba", "Bonaire"],
    "BS": ["Bahamas", "The Bahamas"],
    "CC": ["Cocos (Keeling) Islands", "Cocos Islands", "Keeling Islands"],
    "CD": ["DR Congo", "Democratic Republic of the Congo", "Democratic Republic of Congo", "DRC",
           "D.R. Congo", "Congo-Kinshasa", "Congo"],
    "CG": ["Republic of the Congo", "Republic of Congo", "Congo Republic", "Congo-Brazzaville"],
    "CI": ["Ivory Coast", "Côte d'Ivoire"],
    "CN": ["China", "mainland China", "PRC", "People's Republic of China", "Chinese mainland"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "CW": ["Curaçao"],
    "CZ": ["Czechia", "Czech Republic"],
    "FK": ["Falkland Islands", "Falklands"],
    "FM": ["Micronesia", "Federated States of Micronesia"],
    "FO": ["Faroe Islands", "Faroes", "Faeroe Islands"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain",
           "United Kingdom of Great Britain and Northern Ireland"],
    "GM": ["Gambia", "The Gambia"],
    "GS": ["South Georgia and the South Sandwich Islands", "South Georgia"],
    "GW": ["Guinea-Bissau", "Guinea Bissau"],
    "HK": ["Hong Kong", "Hong Kong SAR", "HKSAR"],
    "IE": ["Ireland", "Republic of Ireland", "Irish Republic", "Éire"],
    "IO": ["British Indian Ocean Territory", "Chagos Islands", "Chagos Archipelago"],
    "IR": ["Iran", "Islamic Republic of Iran"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic"],
    "KN": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"],
    "KP": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
    "KR": ["South Korea", "Korea", "Republic of Korea", "ROK"],
    "LA": ["Laos", "Lao PDR", "Lao People's Democratic Republic"],
    "LC": ["Saint Lucia", "St Lucia", "St. Lucia"],
    "MD": ["Moldova", "Republic of Moldova"],
    "MF": ["Saint Martin", "St Martin", "St. Martin", "Saint-Martin"],
    "MK": ["North Macedonia", "Republic of North Macedonia"],
    "MM": ["Myanmar", "Burma"],
    "MO": ["Macau", "Macao", "Macau SAR", "Macao SAR"],
    "MP": ["Northern Mariana Islands", "Northern Marianas"],
    "NL": ["the Netherlands", "Netherlands", "Holland"],
    "PG": ["Papua New Guinea", "PNG"],
    "PM": ["Saint Pierre and Miquelon", "St Pierre and Miquelon", "St. Pierre and Miquelon"],
    "PN": ["Pitcairn Islands", "Pitcairn"],
    "PS": ["Palestine", "State of Palestine", "Palestinian territories", "Occupied Palestinian Territory"],
    "RE": ["Réunion", "La Réunion"],
    "RU": ["Russia", "Russian Federation"],
    "SA": ["Saudi Arabia", "KSA", "Kingdom of Saudi Arabia"],
    "SH": ["Saint Helena", "St Helena", "St. Helena", "Saint Helena, Ascension and Tristan da Cunha",
           "Ascension Island", "Tristan da Cunha"],
    "SJ": ["Svalbard and Jan Mayen", "Svalbard"],
    "SK": ["Slovakia", "Slovak Republic"],
    "ST": ["São Tomé and Príncipe"],
    "SX": ["Sint Maarten"],
    "SY": ["Syria", "Syrian Arab Republic"],
    "SZ": ["Eswatini", "Swaziland"],
    "TC": ["Turks and Caicos Islands", "Turks and Caicos"],
    "TF": ["French Southern Territories", "French Southern and Antarctic Lands"],
    "TL": ["Timor-Leste", "East Timor"],
    "TR": ["Türkiye", "Turkey", "Republic of Türkiye"],
    "TT": ["Trinidad and Tobago"],
    "TW": ["Taiwan", "Chinese Taipei"],
    "TZ": ["Tanzania", "United Republic of Tanzania"],
    "UM": ["United States Minor Outlying Islands", "U.S. Minor Outlying Islands"],
    "US": ["United States", "US", "U.S.", "USA", "U.S.A.", "United States of America"],
    "VA": ["Vatican City", "Vatican", "Holy See", "Vatican City State"],
    "VC": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines",
           "St. Vincent and the Grenadines"],
    "VE": ["Venezuela", "Bolivarian Republic of Venezuela"],
    "VG": ["British Virgin Islands", "BVI"],
    "VI": ["U.S. Virgin Islands", "US Virgin Islands", "United States Virgin Islands", "USVI"],
    "VN": ["Vietnam", "Viet Nam"],
    "XK": ["Kosovo"],
}
COUNTRY_IDS = {"TR": "turkey", "NL": "netherlands", "CD": "dr_congo", "GB": "united_kingdom",
               "US": "united_states", "BS": "bahamas", "GM": "gambia"}
REGION_CODES = {"AQ": "antarctica"}  # ISO entry represented by a region, not a place

# ---------------------------------------------------------------- subdivisions
SUBDIV_COUNTRIES = {"IN": "india", "US": "united_states", "CA": "canada", "AU": "australia",
                    "GB": "united_kingdom", "IT": "italy", "ES": "spain", "DE": "germany",
                    "CN": "china"}
SUBDIV_TYPES = {
    "IN": {"State", "Union territory"}, "US": {"State", "District"},
    "CA": {"Province", "Territory"}, "AU": {"State", "Territory"},
    "GB": {"Country", "Province"}, "IT": {"Region", "Autonomous region"},
    "ES": {"Autonomous community", "Autonomous city in north africa"},
    "DE": {"Land"}, "CN": {"Province", "Autonomous region", "Municipality"},
}
SUBDIV_SKIP = {"CN-TW"}  # Taiwan is its own ISO 3166-1 entry (HK, MO are SARs: not in SUBDIV_TYPES)
SUBDIV_NAMES = {
    # India (iso-codes uses IAST diacritics; news uses plain spellings)
    "IN-AN": ["Andaman and Nicobar Islands", "Andaman and Nicobar"],
    "IN-DL": ["Delhi", "National Capital Territory of Delhi", "NCT of Delhi"],
    "IN-JK": ["Jammu and Kashmir", "Jammu & Kashmir"],
    "IN-OR": ["Odisha", "Orissa"],
    "IN-PY": ["Puducherry", "Pondicherry"],
    "IN-UT": ["Uttarakhand", "Uttaranchal"],
    # United States
    "US-DC": ["District of Columbia", "Washington, D.C.", "Washington D.C.", "Washington DC"],
    "US-GA": ["U.S. state of Georgia"],
    "US-NY": ["New York", "New York State"],
    "US-WA": ["Washington State"],
    # Canada / Australia
    "CA-QC": ["Quebec", "Québec"],
    "CA-NL": ["Newfoundland and Labrador", "Newfoundland"],
    "CA-YT": ["Yukon", "Yukon Territory"],
    "AU-NSW": ["New South Wales", "NSW"],
    # UK
    "GB-WLS": ["Wales"],
    # Italy
    "IT-21": ["Piedmont", "Piemonte"], "IT-23": ["Aosta Valley", "Valle d'Aosta"],
    "IT-25": ["Lombardy", "Lombardia"],
    "IT-32": ["Trentino-Alto Adige", "Trentino-South Tyrol"], "IT-34": ["Veneto"],
    "IT-36": ["Friuli Venezia Giulia", "Friuli-Venezia Giulia"], "IT-42": ["Liguria"],
    "IT-45": ["Emilia-Romagna"], "IT-52": ["Tuscany", "Toscana"], "IT-55": ["Umbria"],
    "IT-57": ["Marche", "Le Marche", "the Marches"], "IT-62": ["Lazio", "Latium"],
    "IT-65": ["Abruzzo"], "IT-67": ["Molise"], "IT-72": ["Campania"], "IT-75": ["Apulia", "Puglia"],
    "IT-77": ["Basilicata"], "IT-78": ["Calabria"], "IT-82": ["Sicily", "Sicilia"],
    "IT-88": ["Sardinia", "Sardegna"],
    # Spain
    "ES-AN": ["Andalusia", "Andalucía"], "ES-AR": ["Aragon", "Aragón"],
    "ES-AS": ["Asturias", "Principality of Asturias"], "ES-CB": ["Cantabria"], "ES-CE": ["Ceuta"],
    "ES-CL": ["Castile and León", "Castilla y León"],
    "ES-CM": ["Castilla-La Mancha", "Castile-La Mancha"],
    "ES-CN": ["Canary Islands", "Canaries", "Canarias"],
    "ES-CT": ["Catalonia", "Catalunya", "Cataluña"], "ES-EX": ["Extremadura"], "ES-GA": ["Galicia"],
    "ES-IB": ["Balearic Islands", "Balearics", "Illes Balears", "Islas Baleares"],
    "ES-MC": ["Murcia", "Region of Murcia"], "ES-MD": ["Community of Madrid", "Madrid"],
    "ES-ML": ["Melilla"], "ES-NC": ["Navarre", "Navarra"], "ES-PV": ["Basque Country", "Euskadi"],
    "ES-RI": ["La Rioja"], "ES-VC": ["Valencian Community", "Comunitat Valenciana", "Valencia region"],
    # Germany ("Bayern" left out: mostly the football club in English news)
    "DE-BY": ["Bavaria"], "DE-HE": ["Hesse", "Hessen"],
    "DE-MV": ["Mecklenburg-Western Pomerania", "Mecklenburg-Vorpommern"],
    "DE-NI": ["Lower Saxony", "Niedersachsen"],
    "DE-NW": ["North Rhine-Westphalia", "North Rhine Westphalia", "NRW"],
    "DE-RP": ["Rhineland-Palatinate", "Rheinland-Pfalz"], "DE-SN": ["Saxony", "Sachsen"],
    "DE-ST": ["Saxony-Anhalt", "Sachsen-Anhalt"], "DE-TH": ["Thuringia", "Thüringen"],
    # China
    "CN-GX": ["Guangxi"], "CN-NM": ["Inner Mongolia", "Nei Mongol"], "CN-NX": ["Ningxia"],
    "CN-XJ": ["Xinjiang"], "CN-XZ": ["Tibet", "Xizang"],
}
SUBDIV_IDS = {"US-GA": "georgia_us", "US-WA": "washington_state", "US-DC": "district_of_columbia"}

# places whose name is also a common word / person's name / other place: listed last
AMBIGUOUS = {"TD", "JO", "GE", "TR", "JE", "RE", "GN", "CD",
             "IN-PB", "AU-VIC", "US-VA", "US-MT", "IT-62"}


def with_ascii(names):
    """Add an ASCII-folded variant after each name with diacritics; de-duplicate (case-insensitive)."""
    out, seen = [], set()
    for n in names:
        for v in (n, fold(n)):
            if v.lower() not in seen:
                seen.add(v.lower())
                out.append(v)
    return out


def clean_iso2_name(code, name):
    name = re.sub(r"\s*\[.*?\]", "", name)
    name = re.sub(r"\s+(Sheng|Shi|Zizhiqu)$", "", name)
    # iso-codes spells Indian names with IAST long vowels (Mahārāshtra); news uses plain forms
    return fold(name) if code.startswith("IN-") else name


def build():
    iso1 = json.load(open(ISO1, encoding="utf-8"))["3166-1"]
    iso2 = json.load(open(ISO2, encoding="utf-8"))["3166-2"]

    code_region = {}
    for reg, codes in M49.items():
        for c in codes.split():
            assert c not in code_region, ("two M49 sub-regions", c)
            code_region[c] = reg

    countries = [dict(e) for e in iso1] + [{"alpha_2": "XK", "name": "Kosovo"}]
    places, ambiguous = [], []
    code_to_id = {}
    for e in sorted(countries, key=lambda e: e["alpha_2"]):
        a2 = e["alpha_2"]
        if a2 in REGION_CODES:
            code_to_id[a2] = REGION_CODES[a2]
            continue
        if a2 in COUNTRY_NAMES:
            names = COUNTRY_NAMES[a2]
        else:
            names = [e.get("common_name") or natural_order(e["name"])]
            alt = natural_order(e["name"])
            if alt != names[0]:
                names.append(alt)
        pid = COUNTRY_IDS.get(a2) or slug(names[0])
        code_to_id[a2] = pid
        reg = code_region.get(a2)
        parents = []
        if reg:
            parents.append(reg)
            if reg in SSA_PARTS:
                parents.append("sub_saharan_africa")
        for bloc, members in CUSTOM_SETS.items():
            if a2 in members and bloc not in parents:
                parents.append(bloc)
        assert parents, ("no region for", a2, names[0])
        p = {"id": pid, "names": with_ascii(names), "in": parents}
        (ambiguous if a2 in AMBIGUOUS else places).append(p)
    places.sort(key=lambda p: p["id"])

    subs = []
    for e in iso2:
        code = e["code"]
        cc = code.split("-")[0]
        if cc not in SUBDIV_COUNTRIES or code in SUBDIV_SKIP or "parent" in e:
            continue
        if e["type"] not in SUBDIV_TYPES[cc]:
            continue
        names = SUBDIV_NAMES.get(code) or [clean_iso2_name(code, e["name"])]
        pid = SUBDIV_IDS.get(code) or slug(names[0])
        p = {"id": pid, "names": with_ascii(names), "in": [SUBDIV_COUNTRIES[cc]]}
        if code in AMBIGUOUS:
            p["ambiguous"] = True
            ambiguous.append(p)
        else:
            subs.append((list(SUBDIV_COUNTRIES).index(cc), pid, p))
    subs.sort(key=lambda t: (t[0], t[1]))
    for p in ambiguous:
        p["ambiguous"] = True
    places = places + [p for _, _, p in subs] + ambiguous

    regions = [{"id": i, "names": with_ascii(n), "in": list(parent)} for i, n, parent in REGIONS]
    return {"_about": ABOUT, "world": WORLD, "places": places, "regions": regions}, code_to_id


def self_test(data, code_to_id):
    entries = data["places"] + data["regions"]
    ids = [e["id"] for e in entries]
    dup = {i for i in ids if ids.count(i) > 1}
    assert not dup, ("duplicate ids", dup)
    for i in ids:
        assert re.fullmatch(r"[a-z0-9_]+", i), ("bad id", i)
    by_id = {e["id"]: e for e in entries}
    for e in entries:
        for t in e["in"]:
            assert t in by_id, ("unknown 'in' target", e["id"], t)
            assert t != e["id"], ("self-loop", t)
    # names unique (case-insensitive, which is stricter than the matcher) incl. the world list
    seen = {}
    for e in entries:
        assert e["names"], ("no names", e["id"])
        for n in e["names"]:
            k = n.lower()
            assert k not in seen, ("duplicate name", n, e["id"], seen.get(k))
            seen[k] = e["id"]
    for w in data["world"]:
        assert w.lower() not in seen, ("world term is also a place name", w)
    # no cycles (DFS with colours)
    state = {}

    def visit(i, stack):
        if state.get(i) == 2:
            return
        assert state.get(i) != 1, ("cycle", stack + [i])
        state[i] = 1
        for t in by_id[i]["in"]:
            visit(t, stack + [i])
        state[i] = 2
    for i in by_id:
        visit(i, [])

    def ancestors(i):
        out, todo = set(), list(by_id[i]["in"])
        while todo:
            t = todo.pop()
            if t not in out:
                out.add(t)
                todo.extend(by_id[t]["in"])
        return out
    eu = [code_to_id[c] for c in EU.split()]
    assert len(eu) == 27
    for i in eu:
        anc = ancestors(i)
        assert "europe" in anc and "european_union" in anc, ("EU member not in Europe", i)
    # every ISO 3166-1 code (and Kosovo) is represented
    iso1 = json.load(open(ISO1, encoding="utf-8"))["3166-1"]
    for e in iso1:
        assert e["alpha_2"] in code_to_id and code_to_id[e["alpha_2"]] in by_id, e
    # every country sits under a continent (the Caribbean and Central America only under the
    # Americas, since "North America" here is Canada/US/Mexico)
    continents = {"africa", "asia", "europe", "north_america", "south_america", "oceania",
                  "antarctica", "americas"}
    for a2, i in code_to_id.items():
        assert i in continents or ancestors(i) & continents, ("no continent", i)
    # a few spot checks
    assert "india" in ancestors("maharashtra") and "south_asia" in ancestors("maharashtra")
    assert "asia_pacific" in ancestors("japan")
    assert {"greater_china", "east_asia"} <= set(by_id["china"]["in"])
    assert "europe" in ancestors("scandinavia") and "emea" in ancestors("gcc")
    return len(by_id)


def main():
    data, code_to_id = build()
    self_test(data, code_to_id)
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    places = data["places"]
    n_countries = len(set(code_to_id.values()) - {r["id"] for r in data["regions"]})
    print(f"places: {len(places)} ({n_countries} countries/territories, "
          f"{len(places) - n_countries} subdivisions; "
          f"{sum(1 for p in places if p.get('ambiguous'))} flagged ambiguous)", file=sys.stderr)
    print(f"regions: {len(data['regions'])}", file=sys.stderr)
    print(f"names: {sum(len(e['names']) for e in places + data['regions'])}", file=sys.stderr)
    print("self-test: OK", file=sys.stderr)


if __name__ == "__main__":
    main()
