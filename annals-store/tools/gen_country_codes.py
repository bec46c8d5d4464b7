#!/usr/bin/env python3
"""Compiles the store's country-code table for the exports (run from the repository root):

  python3 annals-store/tools/gen_country_codes.py [../shared]

Reads the country codes of ../shared/kb/codes/datasets_country-codes.csv (ISO 3166, FIPS 10-4,
GeoNames ids; ODC-PDDL), the KB's countries.tsv (CAMEO codes, short names) and
../shared/kb/geonames/cities1000.txt.gz (GeoNames, CC BY 4.0), and writes
annals-store/src/main/resources/org/annals/store/country-codes.tsv with
iso3, iso2, fips, cameo, name, geonames_id, lat, lon (one row per country).

A country's point is the median latitude and longitude of its GeoNames places of 1,000 or more
people: a representative point inside the populated area, not a centroid. The raw GeoNames file
is not needed at run time.
"""
import csv
import gzip
import statistics
import sys
from pathlib import Path

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
KB = Path("annals-kb/src/main/resources/org/annals/kb")
STORE = Path("annals-store/src/main/resources/org/annals/store")
SOURCE = ("# GeoNames cities1000 (geonames.org, CC BY 4.0) and datasets/country-codes (ODC-PDDL),"
          " compiled by annals-store/tools/gen_country_codes.py")


def read_tsv(path):
    rows = []
    header = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows


def read_cities():
    cols = ["geonameid", "name", "asciiname", "alternatenames", "lat", "lon", "fclass", "fcode",
            "cc", "cc2", "admin1", "admin2", "admin3", "admin4", "population", "elevation", "dem",
            "tz", "moddate"]
    with gzip.open(SHARED / "kb/geonames/cities1000.txt.gz", "rt", encoding="utf-8") as f:
        for line in f:
            yield dict(zip(cols, line.rstrip("\n").split("\t")))


def countries(cities):
    kb = {r["iso2"]: r for r in read_tsv(KB / "countries.tsv")}
    points = {}
    for c in cities:
        points.setdefault(c["cc"], []).append((float(c["lat"]), float(c["lon"])))
    out = []
    with open(SHARED / "kb/codes/datasets_country-codes.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            iso2 = r["ISO3166-1-Alpha-2"].strip()
            if iso2 not in kb:
                continue
            pts = points.get(iso2, [])
            lat = round(statistics.median(p[0] for p in pts), 4) if pts else ""
            lon = round(statistics.median(p[1] for p in pts), 4) if pts else ""
            out.append({"iso3": kb[iso2]["iso3"], "iso2": iso2, "fips": fips(r["FIPS"]),
                        "cameo": kb[iso2]["cameo"], "name": kb[iso2]["name"],
                        "geonames_id": r["Geoname ID"].strip(), "lat": lat, "lon": lon,
                        "aliases": kb[iso2]["aliases"]})
    return sorted(out, key=lambda r: r["iso3"])


def fips(cell):
    """The first code when the table runs several together (Palestine GZWE: GZ Gaza, WE West
    Bank; Serbia RIKV: RI, KV Kosovo)."""
    code = cell.strip()[:2]
    return code if len(code) == 2 and code.isalpha() and code.isupper() else ""


def write_country_codes(rows):
    cols = ["iso3", "iso2", "fips", "cameo", "name", "geonames_id", "lat", "lon"]
    with open(STORE / "country-codes.tsv", "w", encoding="utf-8") as f:
        f.write(SOURCE + "; CAMEO codes from the KB's countries.tsv; lat/lon: median of the"
                " country's GeoNames places\n")
        f.write("\t".join(cols) + "\n")
        for r in rows:
            f.write("\t".join(str(r[c]) for c in cols) + "\n")


def main():
    cities = list(read_cities())
    rows = countries(cities)
    write_country_codes(rows)


if __name__ == "__main__":
    main()
