#!/usr/bin/env python3
"""Counts false alarms on real news: each document of the development sets
(../shared/eval/*/docs.jsonl, or the files given) is split at a sentence
boundary near its middle; the first half becomes a story's official text and
the second half its one coverage article. One author wrote both halves, so
every `contradicted` or `internal` finding is a false alarm: a figure of
another period, segment or company taken for the official one.

usage: scripts/false_alarms.py [--show] [DOCS.jsonl...]
Prints the alarm count per verdict (and, with --show, each alarm with both
sentences). Needs build/claimcheck (or $CLAIMCHECK). Standard library only.
"""
import glob, json, os, re, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get('CLAIMCHECK', os.path.join(ROOT, 'build', 'claimcheck'))
SENTENCE_END = re.compile(r'(?<=[.!?"])\s+(?=[A-Z"])')


def write_corpus(sources, corpus):
    n = 0
    for path in sources:
        for line in open(path, encoding='utf-8'):
            doc = json.loads(line)
            parts = SENTENCE_END.split(doc['text'])
            if len(doc['text']) < 800 or len(parts) < 6:
                continue  # too short to hold two halves worth comparing
            n += 1
            half = len(parts) // 2
            folder = os.path.join(corpus, 's%04d' % n)
            os.makedirs(folder)
            with open(os.path.join(folder, 'official.txt'), 'w', encoding='utf-8') as f:
                f.write(' '.join(parts[:half]))
            with open(os.path.join(folder, 'a.txt'), 'w', encoding='utf-8') as f:
                f.write(' '.join(parts[half:]))
            published = (doc.get('published') or doc.get('dct') or '2000-01-01')[:10]
            story = {'id': 's%04d' % n, 'title': doc['id'], 'documents': [
                {'file': 'official.txt', 'role': 'official', 'source': 'first half', 'published': published},
                {'file': 'a.txt', 'role': 'coverage', 'source': 'second half', 'published': published}]}
            with open(os.path.join(folder, 'story.json'), 'w', encoding='utf-8') as f:
                json.dump(story, f)
    return n


def main():
    args = sys.argv[1:]
    show = '--show' in args
    sources = [a for a in args if a != '--show'] or sorted(glob.glob(os.path.join(ROOT, '..', 'shared', 'eval', '*', 'docs.jsonl')))
    work = tempfile.mkdtemp(prefix='false_alarms.')
    try:
        corpus = os.path.join(work, 'corpus')
        os.makedirs(corpus)
        stories = write_corpus(sources, corpus)
        db = os.path.join(work, 'claims.db')
        subprocess.run([BIN, 'run', corpus, '--db', db], capture_output=True, check=False)
        report = json.loads(subprocess.run([BIN, 'report', '--db', db, '--format', 'json'],
                                           capture_output=True, text=True, check=True).stdout)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    counts = {'contradicted': 0, 'internal': 0}
    for story in report['stories']:
        for f in story['findings']:
            if f['verdict'] not in counts:
                continue
            counts[f['verdict']] += 1
            if show:
                print('%s %s: %s' % (story['title'], f['verdict'], f['reason']))
                print('   claim:   ', f['claim']['sentence'][:240])
                print('   official:', (f['official'] or {}).get('sentence', '')[:240])
    print('stories: %d  contradicted: %d  internal: %d' % (stories, counts['contradicted'], counts['internal']))


if __name__ == '__main__':
    main()
