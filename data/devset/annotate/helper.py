"""Builds annotations/<name>.json from readable specs: spans are given as exact text and found here.

The JSON files are the gold; these scripts only record how they were made. Run from this folder:
`python heldout.py; python heldout2.py; python dev.py; python unseen.py; python factdev.py; python unseen2.py; python unseen3.py; python unseen4.py; python unseen5.py; python unseen6.py; python unseen7.py; python unseen7_second.py; python unseen8.py; python unseen9.py; python unseen10.py; python unseen11.py; python unseen12.py; python unseen13.py; python unseen14.py; python unseen15.py; python unseen16.py; python unseen17.py; python unseen18.py; python unseen19.py; python unseen20.py` rewrites them identically
(liar2_select.py copies the LIAR2 splits' texts from data/liar2/).
"""
import json
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
META = {
 '01-korea-quasi-state-of-war': ("North Korea puts military in 'quasi-state of war'", '2015-08-21', 'dev'),
 '02-indonesia-asylum-seekers-rescued': ('Over 900 asylum seekers rescued off Indonesian coast', '2015-05-18', 'heldout'),
 '03-uk-asylum-questionnaire': (None, '2023-02-23', 'dev'),
 '04-homeopathy-manslaughter-trial': (None, '2009-05-08', 'heldout'),
 '05-ozone-warming-crop-yields': (None, '2014-07-28', 'dev'),
 '06-microsoft-ie6-countdown': (None, '2011-03-08', 'heldout'),
 '07-canada-document-found-on-street': (None, '2008-08-15', 'dev'),
 '08-afghan-girls-robotics-team': (None, '2017-07-21', 'heldout'),
 '09-italy-religious-school-taxes': (None, '2015-08-02', 'dev'),
 '10-boeing-air-force-emails': (None, '2004-11-24', 'heldout'),
 '11-nobel-peace-prize-maathai': (None, '2004-12-10', 'dev'),
 '12-social-security-price-indexing': (None, '2005-01-04', 'heldout'),
}
def body_of(name):
    raw = (ROOT/'articles'/f'{name}.txt').read_text(encoding='utf-8')
    head, body = raw.split('\n\n', 1)
    title, date, url = head.split('\n')
    return title, date, url, body

def find(text, s, nth=0, after=0):
    i = after - 1
    pos = after
    for _ in range(nth + 1):
        i = text.find(s, pos)
        if i < 0:
            raise SystemExit(f'not found: {s!r} (nth={nth}, after={after})')
        pos = i + 1
    return i, i + len(s)

def spans(body, claims, figures):
    """Gold claims and figures with their spans located in body (see the module docstring)."""
    out_claims = []
    for c in claims:
        c = dict(c)
        anchor = c.pop('after', None)
        after = find(body, anchor)[0] if anchor else 0
        span = c.pop('span')
        if isinstance(span, tuple):
            s, _ = find(body, span[0], after=after)
            _, e = find(body, span[1], after=s)
        else:
            s, e = find(body, span, after=after)
        q = c.get('quote')
        if q == 'SPAN':
            q = body[s:e]
        if q:
            for piece in q.split(' … '):
                assert piece in body[s:e], (piece, body[s:e])
        out_claims.append({
            'text': body[s:e] if not q else q,
            'quote': q,
            'start': s, 'end': e,
            'speaker': c.get('speaker'),
            'speaker_role': c.get('role'),
            'attribution': c['attribution'],
            'cue': c.get('cue'),
            'said_at': c.get('said_at'),
            'hedges': c.get('hedges', []),
        })
    out_figs = []
    for f in figures:
        f = dict(f)
        anchor = f.pop('after', None)
        after = find(body, anchor)[0] if anchor else 0
        s, e = find(body, f['surface'], after=after)
        out_figs.append({
            'surface': f['surface'], 'value': f.get('value'), 'low': f.get('low'), 'high': f.get('high'),
            'unit': f['unit'], 'quantity': f.get('quantity', ''), 'approx': f.get('approx', False),
            'start': s, 'end': e, **({'derivation': f['derivation']} if f.get('derivation') else {}),
        })
    for f in out_figs:
        assert body[f['start']:f['end']] == f['surface']
    return out_claims, out_figs


def build(name, claims, figures):
    title, date, url, body = body_of(name)
    assert date == META[name][1]
    out_claims, out_figs = spans(body, claims, figures)
    doc = {
        'slug': name,
        'title': title,
        'url': url,
        'published_at': date,
        'outlet': 'Wikinews',
        'split': META[name][2],
        'article_file': f'articles/{name}.txt',
        'body': 'the text after the first blank line of the article file (its three header lines are title, date, URL)',
        'licence': f'Text from Wikinews, "{title}", {url}, published {date}, licensed under CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/). Modified: wiki markup, headline, dateline, image captions and source lists removed. See data/devset/articles/LICENSE.md.',
        'claims': sorted(out_claims, key=lambda c: c['start']),
        'figures': sorted(out_figs, key=lambda f: f['start']),
    }
    write(name, doc)


def write(name, doc, folder='annotations'):
    (ROOT/folder).mkdir(exist_ok=True)
    (ROOT/folder/f'{name}.json').write_text(json.dumps(doc, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
    print(name, len(doc['claims']), 'claims', len(doc['figures']), 'figures')


ANNOTATED = {
    'unseen': 'blind: annotated from the text alone, committed before the extractor was ever run on it',
    'factdev': 'by hand from the text; a dev split: rules may be built looking at it',
    'unseen2': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen3': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen4': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen5': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen6': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen7': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen8': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen9': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen10': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen11': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen12': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen13': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen14': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen15': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen16': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen17': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen18': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen19': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
    'unseen20': 'blind: annotated from the text alone by someone who wrote no extraction rule, committed before the extractor was ever run on it',
}
SECOND_READING = ('a second reading: annotated from the text alone by a second person who saw neither the gold '
                  'annotation nor the extractor\'s output; scored against the gold to show how far two readers agree')


def build_liar2(name, claims, figures, split='unseen', second=False):
    """A LIAR2 text: the justification of one row of data/liar2/<file>, copied by liar2_select.py.

    second=True writes a second reader's annotation of the same text to second_reading/ instead of
    the gold in annotations/."""
    raw = (ROOT/split/f'{name}.txt').read_text(encoding='utf-8')
    head, body = raw.split('\n\n', 1)
    statement, date, source = head.split('\n')
    path, _, row_id = source.split(' ')
    file = path.rsplit('/', 1)[1]
    assert name.endswith(f'-liar2-{row_id}')
    out_claims, out_figs = spans(body, claims, figures)
    doc = {
        'slug': name,
        'title': f'PolitiFact justification (LIAR2 {file} id {row_id})',
        'statement': statement,
        'url': None,
        'source_row': {'file': path, 'id': int(row_id), 'field': 'justification'},
        'published_at': date,
        'outlet': 'PolitiFact',
        'split': split,
        'article_file': f'{split}/{name}.txt',
        'body': 'the text after the first blank line of the file (its three header lines are the statement, the date, the source row); it is the row\'s justification field unchanged',
        'licence': f'Text: the justification of row id {row_id} of {file} in LIAR2 (Xu & Kechadi 2024, https://github.com/chengxuphd/liar2 at commit c965a62ac3b58ec0abfd431c701cf6499e80c387), Apache-2.0 (see data/liar2/LICENSE); the fact-check prose is PolitiFact\'s. Unmodified. See data/devset/{split}/LICENSE.md.',
        'annotated': SECOND_READING if second else ANNOTATED[split],
        'claims': sorted(out_claims, key=lambda c: c['start']),
        'figures': sorted(out_figs, key=lambda f: f['start']),
    }
    write(name, doc, 'second_reading' if second else 'annotations')
