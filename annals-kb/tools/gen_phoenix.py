#!/usr/bin/env python3
"""Bundles the Phoenix/PETRARCH actor and agent dictionaries (OEDA, MIT licence) into the default
knowledge base: copies them gzipped, unchanged, with their licence, to
annals-kb/src/main/resources/org/annals/kb/phoenix/. The knowledge base imports them at load time
with org.annals.kb.phoenix.PhoenixImport (rules in docs/KB.md); the curated tables win where both
know a person or a name.
Run from the project root: python3 annals-kb/tools/gen_phoenix.py [SHARED_DIR]"""
import gzip, os, shutil, sys
SHARED = sys.argv[1] if len(sys.argv) > 1 else '../shared'
SRC = os.path.join(SHARED, 'kb', 'phoenix')
OUT = 'annals-kb/src/main/resources/org/annals/kb/phoenix'
FILES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt',
         'Phoenix.MilNonState.actors.txt', 'Phoenix.agents.txt']
os.makedirs(OUT, exist_ok=True)
for f in FILES:
    with open(os.path.join(SRC, f), 'rb') as i, gzip.GzipFile(os.path.join(OUT, f + '.gz'), 'wb', mtime=0) as o:
        shutil.copyfileobj(i, o)
shutil.copy(os.path.join(SRC, 'LICENSE'), os.path.join(OUT, 'LICENSE'))
print('wrote', ', '.join(FILES), 'and LICENSE to', OUT)
