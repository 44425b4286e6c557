#!/usr/bin/env python3
"""Sanity checks for the hand-written annotations (not generated from them):
every annotated text occurs in the article body at least as often as it is
annotated per kind, dates are valid ISO dates, stated weekdays agree with
`weekday-mismatch` entries, and word counts are 150-400.

    python3 tests/data/claims/handwritten/validate.py
"""
import datetime
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
bad = 0
total = 0
for md in sorted(glob.glob(os.path.join(HERE, "*.md"))):
    if md.endswith("README.md"):
        continue
    name = os.path.basename(md)
    text = open(md, encoding="utf-8").read()
    body = text.split("\n---\n", 1)[1]
    words = len(body.split())
    if not 150 <= words <= 400:
        print(f"{name}: {words} words"); bad += 1
    ann = json.load(open(md[:-3] + ".expected.json", encoding="utf-8"))["findings"]
    total += len(ann)
    seen = {}
    for a in ann:
        k = (a["kind"], a["text"])
        seen[k] = seen.get(k, 0) + 1
        if body.count(a["text"]) < seen[k]:
            print(f"{name}: {a['kind']} '{a['text']}' occurs {body.count(a['text'])}x"); bad += 1
        v = a.get("value", {})
        if "date" in v:
            d = datetime.date.fromisoformat(v["date"])
            actual = WD[d.weekday()]
            if a["kind"] == "weekday-mismatch":
                if v.get("actual") != actual or v.get("weekday") == actual:
                    print(f"{name}: bad mismatch {a}"); bad += 1
            elif "weekday" in v and v["weekday"] != actual:
                if not any(b["kind"] == "weekday-mismatch" and b["text"] == a["text"] for b in ann):
                    print(f"{name}: wrong weekday without a mismatch entry: {a}"); bad += 1
print(f"{total} annotations, {bad} problems")
sys.exit(1 if bad else 0)
