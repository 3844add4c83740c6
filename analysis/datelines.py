"""The wire dateline, defined once: "MEXICO CITY, Feb. 8 (UPI) —", "NEW YORK (Reuters) -", "BERLIN —",
"Lisbon (AFP) –", "MOSCOW, 5 November 2020 (TASS) –".

A dateline is a place, maybe a date after a comma, maybe the agency in brackets, then a dash. It says
where and by whom a story was filed: never an actor of the story, never its speaker, and its date is
the article's date. Every module that reads a dateline uses the parts and patterns here:

- `WIRE` finds datelines anywhere in a text (sentence breaks in `pipeline`, mentions left out of
  stance rows in `stance`);
- `CAPS_PLACE_AGENCY` reads a speaker phrase that is or starts with "PLACE[, date] (Agency)", the
  agency in group 1 (`speakers`);
- `PLACE_AGENCY_DASH` the same with a place in any case and the dash after the agency (`speakers`);
- `PLACE_BEFORE_DATE` / `AFTER_DATE` the text on either side of a date found in a line (`loading`).
"""
from __future__ import annotations

import re

CAPS_PLACE = r"[A-Z][A-Z .,'’-]+"
"""A place in capitals ("NEW YORK", "WASHINGTON, D.C."), as wires write it."""
PLACE = r"[A-Z][\w .'’-]+"
"""A place in any case ("Lisbon", "NEW YORK")."""
DATE = r"(?:,[^()\n]{1,30})?"
"""An optional date after the place: ", Feb. 8", ", March 12"."""
AGENCY = r"\s*\(([^()]{2,40})\)"
"""The agency in brackets, in group 1: "(Reuters)", "(UPI)"."""
DASH = r"\s*[-–—]"
"""The dash that ends a dateline."""

CAPS_PLACE_AGENCY = re.compile(CAPS_PLACE + DATE + AGENCY)
PLACE_AGENCY_DASH = re.compile(PLACE + DATE + AGENCY + DASH)

_WIRE_CAPS = (r"(?:[A-Z][A-Z.'-]{3,}|[A-Z]{2,3}(?= [A-Z]))(?: [A-Z][A-Z.'-]+)*(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)?"
              r"\s*(?:\([^)\n]{1,40}\))?")
_WIRE_TITLE = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\s*\([A-Z][A-Za-z. ]{1,20}\)"
WIRE = re.compile(r"(?:^|\n|\s{2,})(?:" + _WIRE_CAPS + "|" + _WIRE_TITLE + r")\s*[—–-]{1,2}\s")
"""A dateline anywhere in a text, at a line start or after a wide gap: a place in capitals (with a
short month date and the agency, each optional), or a place in title case with its agency; then one or
two dashes and a space."""

PLACE_BEFORE_DATE = re.compile(r"^\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},?\s*$")
"""All a line holds before a date it gives, when the line is a dateline: up to four capitalised words."""
AFTER_DATE = re.compile(r"^\s*(?:\([^()]{1,40}\))?\s*[-–—:|]")
"""What follows the date in a dateline line: maybe the agency, then a dash (or ":", "|")."""
