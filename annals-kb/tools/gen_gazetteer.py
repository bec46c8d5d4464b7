#!/usr/bin/env python3
"""Compiles the gazetteer the place stage reads (run from the repository root):

  python3 annals-kb/tools/gen_gazetteer.py [../shared]

Inputs: ../shared/kb/geonames/cities1000.txt.gz (GeoNames, CC BY 4.0), the store's
country-codes.tsv (annals-store/tools/gen_country_codes.py: FIPS codes, GeoNames ids, points),
the KB's countries.tsv (names, short forms) and places.tsv (the project's own places), and
annals-kb/tools/gazetteer-regions.tsv (first-level divisions, compiled for Annals).

Output: annals-kb/src/main/resources/org/annals/kb/gazetteer.tsv.gz, one place per line:
  id (GeoNames id; empty for a region), name, names (other names, ';'), country (ISO alpha-3),
  fips, admin1 (FIPS country code + GeoNames admin-1 code), lat, lon, population,
  kind (city | admin1 | country)

What is kept (to stay small; the raw file is not needed at run time):
- cities of 15,000 people or more, and every city the project's places.tsv names;
- their other names in Latin script (4 to 40 characters, not all capitals, at most 25 per place,
  the names places.tsv uses first)
  for cities of 100,000 or more and the project's places;
- every country with a populated place (its KB name and short forms);
- the regions of gazetteer-regions.tsv, each at the median point of its GeoNames places;
- a places.tsv name that matches no city or region is kept as a name of its country
  (precision country), e.g. Golan Heights, Mar-a-Lago.
"""
import gzip
import io
import statistics
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "annals-store/tools"))
from gen_country_codes import read_tsv  # noqa: E402  (the same TSV reader)

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
KB = Path("annals-kb/src/main/resources/org/annals/kb")
STORE = Path("annals-store/src/main/resources/org/annals/store")
TOOLS = Path("annals-kb/tools")
MIN_POP = 15000
ALT_POP = 100000


def read_cities():
    cols = ["id", "name", "ascii", "alt", "lat", "lon", "fclass", "fcode", "cc", "cc2",
            "admin1", "admin2", "admin3", "admin4", "population", "elevation", "dem", "tz", "mod"]
    with gzip.open(SHARED / "kb/geonames/cities1000.txt.gz", "rt", encoding="utf-8") as f:
        for line in f:
            c = dict(zip(cols, line.rstrip("\n").split("\t")))
            c["population"] = int(c["population"] or 0)
            yield c


def latin(name):
    if not (4 <= len(name) <= 40) or name.isupper() or not name[0].isupper():
        return False
    for ch in name:
        if ch in " -'.’":
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def key(name):
    s = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


def main():
    countries = {r["iso2"]: r for r in read_tsv(STORE / "country-codes.tsv")}
    kb_countries = {r["iso2"]: r for r in read_tsv(KB / "countries.tsv")}
    cities = [c for c in read_cities() if c["cc"] in countries]
    project = {}  # key(name) -> iso3
    groups = []
    for r in read_tsv(KB / "places.tsv"):
        names = [n.strip() for n in r["names"].split(";") if n.strip()]
        groups.append((names, r["country"]))
        for n in names:
            project[(key(n), r["country"])] = n
    iso3 = {c: countries[c]["iso3"] for c in countries}
    rows, found = [], set()
    by_admin = {}
    for c in cities:
        by_admin.setdefault((c["cc"], c["admin1"]), []).append(c)
    for c in cities:
        pkey = (key(c["name"]), iso3[c["cc"]])
        alts = [a for a in c["alt"].split(",") if latin(a)]
        own = pkey in project or any((key(a), iso3[c["cc"]]) in project for a in alts)
        if c["population"] < MIN_POP and not own:
            continue
        names = []
        if c["population"] >= ALT_POP or own:
            seen = {key(c["name"])}
            mine = [a for a in alts if (key(a), iso3[c["cc"]]) in project]
            for a in mine + [c["ascii"]] + alts:
                if key(a) not in seen and len(names) < 25:
                    seen.add(key(a))
                    names.append(a)
        for n in [c["name"]] + names:
            found.add((key(n), iso3[c["cc"]]))
        rows.append(row(c["id"], c["name"], names, countries[c["cc"]], c["admin1"], c["lat"],
                        c["lon"], c["population"], "city"))
    for r in read_tsv(TOOLS / "gazetteer-regions.tsv"):
        cc = r["country"]
        admin1 = r["admin1"]
        if admin1 == "-":
            anchor = [c for c in cities if c["cc"] == cc and key(r["anchor"]) in
                      {key(n) for n in [c["name"], c["ascii"]] + c["alt"].split(",")}]
            if not anchor:
                sys.exit("gazetteer-regions.tsv: no city %s in %s" % (r["anchor"], cc))
            admin1 = max(anchor, key=lambda c: c["population"])["admin1"]
        pts = by_admin.get((cc, admin1), [])
        names = r["names"].split(";")
        for n in names:
            found.add((key(n), iso3[cc]))
        rows.append(row("", names[0], names[1:], countries[cc], admin1,
                        statistics.median(float(p["lat"]) for p in pts),
                        statistics.median(float(p["lon"]) for p in pts),
                        sum(p["population"] for p in pts), "admin1"))
    for cc, c in sorted(countries.items()):
        if c["lat"] == "":
            continue  # no populated place, no point (Bouvet Island)
        kb = kb_countries[cc]
        names = [n for n in kb["aliases"].split(";") if n]
        rows.append(row(c["geonames_id"], c["name"], names, c, "", c["lat"], c["lon"], "",
                        "country"))
    by3 = {c["iso3"]: c for c in countries.values()}
    missing = []
    for names, country in groups:
        for n in names:
            if (key(n), country) not in found and country in by3:
                missing.append(n)
                c = by3[country]
                rows.append(row("", n, [], c, "", c["lat"], c["lon"], "", "country"))
    out = KB / "gazetteer.tsv.gz"
    # mtime=0: the same input gives the same bytes
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9,
                                                mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8") as f:
        f.write("# GeoNames cities1000 (geonames.org, CC BY 4.0), datasets/country-codes (ODC-PDDL)"
                " and the project's places and regions; compiled by annals-kb/tools/gen_gazetteer.py\n")
        f.write("id\tname\tnames\tcountry\tfips\tadmin1\tlat\tlon\tpopulation\tkind\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    print("%d places (%d cities); places.tsv names kept at country level: %s"
          % (len(rows), sum(1 for r in rows if r[-1] == "city"), ", ".join(missing)))


def row(gid, name, names, country, admin1, lat, lon, population, kind):
    fips = country["fips"]
    adm = fips + admin1 if admin1 and admin1 != "00" else (fips if kind == "country" else "")
    return [gid, name, ";".join(n.replace(";", ",") for n in names), country["iso3"], fips, adm,
            round(float(lat), 5) if lat != "" else "", round(float(lon), 5) if lon != "" else "",
            population, kind]


if __name__ == "__main__":
    main()
