"""Selects and copies the LIAR2 splits' texts (PolitiFact justifications) from data/liar2/.

Each rule was fixed before any of its texts was read. A split takes, in file order (as parsed by
Python's csv module), the rows of one LIAR2 file whose `justification` is at least 800 characters
long (600 to 799 for unseen13 to unseen20), skipping the first `skip` of them and taking the next `count`:

- unseen:  test.csv,  skip 0,  count 15  (blind; scored once after the second round of rules)
- factdev: valid.csv, skip 0,  count 15  (a dev set of fact-check prose: rules may be built on it)
- unseen2: test.csv,  skip 15, count 15  (blind: annotated by someone who did not write rules,
  committed before the extractor ran on it; scored once after the third round of rules)
- unseen3: test.csv,  skip 30, count 20  (blind, the same way; scored once after the fourth round)
- unseen4: test.csv,  skip 50, count 20  (blind, the same way; scored once with the fourth round's
  rules unchanged: a second measure of the same extractor)
- unseen5: test.csv,  skip 70, count 25  (blind, the same way; scored once after the fifth round)
- unseen6: test.csv,  skip 95, count 25  (blind, the same way; scored once after the sixth round)
- unseen7: test.csv,  skip 120, count 25 (blind, the same way, and annotated a second time by another
  person who saw neither the first annotation nor the extractor: how far two readers agree)
- unseen8: test.csv,  skip 145, count 25 (blind, the same way; scored once after the seventh round)
- unseen9: test.csv,  skip 170, count 25 (blind, the same way; scored once after the eighth round)
- unseen10: test.csv, skip 195, count 25 (blind, the same way; scored once after the eighth round)
- unseen11: test.csv, skip 220, count 30 (blind, the same way; scored once after the ninth round)
- unseen12: test.csv, skip 250, count 31 (blind, the same way; the file's last long justifications)
- unseen13: test.csv, the justifications of 600 to 799 characters (never read by anyone: the splits
  above took only the long ones), skip 0, count 20 (blind, the same way; scored once after the tenth round)
- unseen14: the same shorter justifications, skip 20, count 20 (blind, the same way)
- unseen15: the same shorter justifications, skip 40, count 30 (blind, the same way; scored once after the
  eleventh round)
- unseen16: the same shorter justifications, skip 70, count 30 (blind, the same way)
- unseen17: the same shorter justifications, skip 100, count 30 (blind, the same way; scored once after
  the twelfth round)
- unseen18: the same shorter justifications, skip 130, count 30 (blind, the same way)
- unseen19: the same shorter justifications, skip 160, count 30 (blind, the same way; scored once after
  the thirteenth round)
- unseen20: the same shorter justifications, skip 190, count 30 (blind, the same way)

The text is the `justification` field unchanged; the publication date is the row's `date`. Each is
written to <split>/<P>NN-liar2-<id>.txt as three header lines (the row's statement with its
whitespace collapsed, the ISO date, the source row), a blank line and the justification.
Run from this folder: `python liar2_select.py [SPLIT ...]` rewrites them identically.
"""
import csv
import re
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIAR2 = ROOT.parent / 'liar2'
MIN_CHARS = 800
SPLITS = {
    # split: (file, skip, count, file-name prefix)
    'unseen': ('test.csv', 0, 15, 'u'),
    'factdev': ('valid.csv', 0, 15, 'd'),
    'unseen2': ('test.csv', 15, 15, 'w'),
    'unseen3': ('test.csv', 30, 20, 'x'),
    'unseen4': ('test.csv', 50, 20, 'y'),
    'unseen5': ('test.csv', 70, 25, 'z'),
    'unseen6': ('test.csv', 95, 25, 'v'),
    'unseen7': ('test.csv', 120, 25, 't'),
    'unseen8': ('test.csv', 145, 25, 's'),
    'unseen9': ('test.csv', 170, 25, 'r'),
    'unseen10': ('test.csv', 195, 25, 'q'),
    'unseen11': ('test.csv', 220, 30, 'p'),
    'unseen12': ('test.csv', 250, 31, 'o'),
    'unseen13': ('test.csv', 0, 20, 'n', 600, 800),
    'unseen14': ('test.csv', 20, 20, 'm', 600, 800),
    'unseen15': ('test.csv', 40, 30, 'l', 600, 800),
    'unseen16': ('test.csv', 70, 30, 'k', 600, 800),
    'unseen17': ('test.csv', 100, 30, 'j', 600, 800),
    'unseen18': ('test.csv', 130, 30, 'h', 600, 800),
    'unseen19': ('test.csv', 160, 30, 'g', 600, 800),
    'unseen20': ('test.csv', 190, 30, 'f', 600, 800),
}


def selected(split):
    file, skip, count, _, *bounds = SPLITS[split]
    shortest, too_long = bounds or (MIN_CHARS, None)
    with (LIAR2 / file).open(newline='', encoding='utf-8') as fh:
        rows = [r for r in csv.DictReader(fh)
                if len(r['justification']) >= shortest and (too_long is None or len(r['justification']) < too_long)]
    return rows[skip:skip + count]


def name_of(split, k, row):
    return f'{SPLITS[split][3]}{k:02d}-liar2-{row["id"]}'


def write(split):
    out = ROOT / split
    out.mkdir(exist_ok=True)
    for k, row in enumerate(selected(split), 1):
        iso = datetime.strptime(row['date'], '%B %d, %Y').date().isoformat()
        title = re.sub(r'\s+', ' ', row['statement']).strip()
        head = f'{title}\n{iso}\ndata/liar2/{SPLITS[split][0]} id {row["id"]}'
        assert not row['justification'].startswith(('\n', '\r'))  # the body starts after the first blank line
        (out / f'{name_of(split, k, row)}.txt').write_text(f'{head}\n\n{row["justification"]}', encoding='utf-8', newline='')
        print(split, name_of(split, k, row), iso, len(row['justification']))


if __name__ == '__main__':
    for split in sys.argv[1:] or SPLITS:
        write(split)
