"""Selects and copies the `unseen` split's texts from LIAR2 (data/liar2/test.csv).

The rule, fixed before any of the texts was read: the first 15 rows of data/liar2/test.csv in file
order (as parsed by Python's csv module) whose `justification` field is at least 800 characters
long. The text is the `justification` field unchanged; the publication date is the row's `date`.
Each is written to unseen/uNN-liar2-<id>.txt as three header lines (the row's statement with its
whitespace collapsed, the ISO date, the source row), a blank line and the justification.
Run from this folder: `python unseen_select.py` rewrites them identically.
"""
import csv
import re
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CSV = ROOT.parent / 'liar2' / 'test.csv'
N, MIN_CHARS = 15, 800


def selected():
    with CSV.open(newline='', encoding='utf-8') as fh:
        rows = [r for r in csv.DictReader(fh) if len(r['justification']) >= MIN_CHARS]
    return rows[:N]


def name_of(k, row):
    return f'u{k:02d}-liar2-{row["id"]}'


if __name__ == '__main__':
    out = ROOT / 'unseen'
    out.mkdir(exist_ok=True)
    for k, row in enumerate(selected(), 1):
        iso = datetime.strptime(row['date'], '%B %d, %Y').date().isoformat()
        title = re.sub(r'\s+', ' ', row['statement']).strip()
        head = f'{title}\n{iso}\ndata/liar2/test.csv id {row["id"]}'
        assert '\n' not in row['justification'] and '\r' not in row['justification']
        (out / f'{name_of(k, row)}.txt').write_text(f'{head}\n\n{row["justification"]}', encoding='utf-8', newline='')
        print(name_of(k, row), iso, len(row['justification']))
