#!/usr/bin/env python3
"""Builds the demo subset of ../shared/data/european-cities.csv vendored into the app.

250 authorities from 15 countries: per country, half the largest places and half spread evenly
over the rest, so that the demo network spans every fee band. Deterministic: same input, same output.
Run from the repository root: scripts/make-demo-cities.py ../shared/data/european-cities.csv
"""
import csv, sys
QUOTA = [("FR", 55), ("IT", 35), ("ES", 30), ("BE", 25), ("DE", 20), ("PT", 15), ("NL", 12), ("CH", 10),
         ("PL", 10), ("SE", 8), ("GR", 8), ("AT", 7), ("LU", 5), ("HU", 5), ("CY", 5)]
src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/european-cities.csv"
rows = list(csv.DictReader(open(src, encoding="utf-8")))
out = []
for country, n in QUOTA:
    places = sorted((r for r in rows if r["country"] == country), key=lambda r: (-int(r["population"]), r["name"]))
    top = places[: n - n // 2]
    rest = places[len(top):]
    step = max(1, len(rest) // (n // 2)) if n // 2 else 1
    picked = top + rest[::step][: n // 2]
    out.extend(picked)
dst = "src/Urbis.Web/Modules/Directory/Seed/demo-authorities.csv"
with open(dst, "w", encoding="utf-8", newline="") as f:
    f.write("# Contains data from GeoNames (CC BY 4.0), www.geonames.org; subset made by scripts/make-demo-cities.py\n")
    w = csv.DictWriter(f, fieldnames=["geonames_id", "name", "country", "admin1", "population", "latitude", "longitude"], lineterminator="\n")
    w.writeheader()
    w.writerows(out)
print(len(out), "authorities written to", dst)
