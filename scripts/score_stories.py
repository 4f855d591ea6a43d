#!/usr/bin/env python3
"""Scores `claimcheck run` on stories that carry an answer key (key.json).

usage: scripts/score_stories.py [--why] [STORY_DIR...]   (default: every story
under tests/pipeline/compare/stories with a key.json)

key.json lists {"file", "type": contradiction|internal|equivalent,
"coverage_quote", "official_quote", "why"}: a contradiction is found when a
`contradicted` finding's claim overlaps the coverage quote, an internal one
when an `internal` finding overlaps either quote, and an equivalent pair must
draw no contradicted/internal finding. Contradicted or internal findings that
match no key entry are printed as possible false alarms. --why prints, under
each miss, every finding on the quote (any verdict) with its reason. Standard
library only.
"""
import json, os, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get('CLAIMCHECK', os.path.join(ROOT, 'build', 'claimcheck'))


def main():
    args = sys.argv[1:]
    why = '--why' in args
    stories = [a for a in args if a != '--why']
    if not stories:
        base = os.path.join(ROOT, 'tests/pipeline/compare/stories')
        stories = sorted(os.path.join(base, d) for d in os.listdir(base) if os.path.exists(os.path.join(base, d, 'key.json')))
    work = tempfile.mkdtemp(prefix='score_stories.')
    try:
        corpus = os.path.join(work, 'corpus')
        os.makedirs(corpus)
        for s in stories:
            shutil.copytree(s, os.path.join(corpus, os.path.basename(s.rstrip('/'))))
        db = os.path.join(work, 'claims.db')
        subprocess.run([BIN, 'run', corpus, '--db', db], capture_output=True, check=False)
        out = subprocess.run([BIN, 'report', '--db', db, '--format', 'json'], capture_output=True, text=True, check=True).stdout
        report = json.loads(out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    dirs = {os.path.basename(s.rstrip('/')): s for s in stories}
    totals = {'contradiction': [0, 0], 'internal': [0, 0], 'equivalent': [0, 0]}
    extra = 0
    for st in report['stories']:
        folder = next((d for d in dirs.values() if json.load(open(os.path.join(d, 'story.json')))['id'] == st['id']), None)
        if folder is None:
            continue
        key = json.load(open(os.path.join(folder, 'key.json')))

        def span(file, quote):
            data = open(os.path.join(folder, file), 'rb').read()
            i = data.find(quote.encode())
            return (i, i + len(quote.encode())) if i >= 0 else None

        def hits(file, quote):
            sp = span(file, quote)
            return [i for i, f in enumerate(st['findings'])
                    if sp and f['document'] == file and f['claim']['start'] < sp[1] and f['claim']['end'] > sp[0]]

        print('==', st['id'])
        matched = set()
        for k in key:
            found = hits(k['file'], k['coverage_quote'])
            if k['type'] == 'internal':
                found += hits(k['file'], k['official_quote'])
            verdicts = {st['findings'][i]['verdict'] for i in found}
            if k['type'] == 'contradiction':
                ok = 'contradicted' in verdicts
            elif k['type'] == 'internal':
                ok = 'internal' in verdicts
            else:
                ok = not verdicts & {'contradicted', 'internal'}
            if k['type'] != 'equivalent':
                matched.update(i for i in found if st['findings'][i]['verdict'] in ('contradicted', 'internal'))
            totals[k['type']][0] += ok
            totals[k['type']][1] += 1
            print(f"  {'ok  ' if ok else 'MISS'} {k['type']:13} {k['file']} {k['coverage_quote'][:70]!r}")
            if why and not ok:
                for i in found:
                    f = st['findings'][i]
                    print(f"       {f['verdict']} {f['claim']['text']!r}: {f['reason'][:160]}")
                if not found:
                    print('       (no finding on this quote)')
        for i, f in enumerate(st['findings']):
            if f['verdict'] in ('contradicted', 'internal') and i not in matched:
                extra += 1
                print(f"  EXTRA {f['verdict']} {f['document']} {f['claim']['text']!r}: {f['reason'][:140]}")
    print(' '.join(f'{t}: {v[0]}/{v[1]}' for t, v in totals.items()), f'| unkeyed contradicted/internal: {extra}')


if __name__ == '__main__':
    main()
