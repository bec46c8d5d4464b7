#!/usr/bin/env python3
"""Regenerates annals-model/src/main/resources/org/annals/ontology/cameo-codes.tsv from
../shared/kb/codes/CAMEO.goldsteinscale.txt and ../shared/kb/plover/CAMEO2PLOVER-2021.txt.
Run from the project root: python3 annals-kb/tools/gen_cameo.py"""
import re, sys
SHARED = sys.argv[1] if len(sys.argv) > 1 else '../shared'
OUT = 'annals-model/src/main/resources/org/annals/ontology/cameo-codes.tsv'

# CAMEO names not given in the conversion table (CAMEO 1.1b3 codebook, Gerner/Schrodt et al.).
NAMES = {
 '01': 'Make public statement', '010': 'Make statement, not specified below', '011': 'Decline comment',
 '012': 'Make pessimistic comment', '013': 'Make optimistic comment', '014': 'Consider policy option',
 '015': 'Acknowledge or claim responsibility', '016': 'Deny responsibility', '017': 'Engage in symbolic act',
 '018': 'Make empathetic comment', '019': 'Express accord',
 '02': 'Appeal', '020': 'Make an appeal or request', '021': 'Appeal for material cooperation',
 '0211': 'Appeal for economic cooperation', '0212': 'Appeal for military cooperation',
 '0213': 'Appeal for judicial cooperation', '0214': 'Appeal for intelligence',
 '022': 'Appeal for diplomatic cooperation, such as policy support', '023': 'Appeal for aid',
 '0231': 'Appeal for economic aid', '0232': 'Appeal for military aid', '0233': 'Appeal for humanitarian aid',
 '0234': 'Appeal for military protection or peacekeeping', '024': 'Appeal for political reform',
 '0241': 'Appeal for change in leadership', '0242': 'Appeal for policy change', '0243': 'Appeal for rights',
 '0244': 'Appeal for change in institutions, regime', '025': 'Appeal to yield',
 '0251': 'Appeal for easing of administrative sanctions', '0252': 'Appeal for easing of popular dissent',
 '0253': 'Appeal for release of persons or property',
 '0254': 'Appeal for easing of economic sanctions, boycott, or embargo',
 '0255': 'Appeal for target to allow international involvement (non-mediation)',
 '0256': 'Appeal for de-escalation of military engagement', '026': 'Appeal to others to meet or negotiate',
 '027': 'Appeal to others to settle dispute', '028': 'Appeal to others to engage in or accept mediation',
 '03': 'Express intent to cooperate', '04': 'Consult', '05': 'Engage in diplomatic cooperation',
 '06': 'Engage in material cooperation', '07': 'Provide aid', '08': 'Yield', '09': 'Investigate',
 '10': 'Demand', '11': 'Disapprove', '12': 'Reject', '13': 'Threaten', '14': 'Protest',
 '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault', '19': 'Fight',
 '20': 'Use unconventional mass violence', '175': 'Use tactics of violent repression',
 '055': 'Apologize', '1444': 'Obstruct passage to demand change in institutions, regime',
}
# Table modes that PLOVER 2.0 no longer has, mapped to the 2.0 mode (None: no mode). See docs/KB.md.
MODE_FIX = {('RETREAT', 'return'): 'release', ('RETREAT', 'ease'): None, ('THREATEN', 'political'): 'restrict',
  ('THREATEN', 'ban'): 'restrict', ('COERCE', 'ban'): 'restrict', ('ASSAULT', 'pro_autocracy'): 'crowd-control',
  ('ASSAULT', 'cleansing'): None, ('ASSAULT', 'massacre'): 'targeted', ('ASSAULT', 'assassinate'): 'targeted',
  ('ASSAULT', 'seize'): 'destroy'}
CONTEXT_FIX = {'democracy': 'pro_democracy', 'humanitarian': 'human_security'}

gold = {}
for i, line in enumerate(open(f'{SHARED}/kb/codes/CAMEO.goldsteinscale.txt')):
    if i == 0: continue
    c, s = line.split()
    gold[c] = float(s)
table, roots = {}, {}
for line in open(f'{SHARED}/kb/plover/CAMEO2PLOVER-2021.txt'):
    m = re.match(r'^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*),([^#]*))?(?:#\s*(.*))?$', line.strip())
    if not m: continue
    code, ev, mode, ctx, name = m.groups()
    if len(code) == 2 and mode is None:
        roots.setdefault(code, ev); continue
    if code in table: continue   # 175 appears twice with the same coding
    mode = (mode or '').strip() or None
    ctxs = [CONTEXT_FIX.get(x.strip(), x.strip()) for x in (ctx or '').split(';') if x.strip()]
    table[code] = (ev, mode, ctxs, (name or '').strip())

codes = sorted(set(gold) | set(table), key=lambda c: (c[:2], c))
rows = []
for c in codes:
    quad = 1 if int(c[:2]) <= 5 else 2 if int(c[:2]) <= 8 else 3 if int(c[:2]) <= 13 else 4
    if c in gold:
        g, gsrc = gold[c], 'goldstein'
    else:
        p = c[:-1]
        g, gsrc = gold[p], 'parent:' + p
    ev, raw, ctxs, name = table.get(c, (roots.get(c), None, [], ''))
    name = NAMES.get(c) or name
    if not name: sys.exit('no name for ' + c)
    mode = MODE_FIX.get((ev, raw), raw) if raw else None
    if raw == 'pro_autocracy': ctxs = ctxs + ['pro_autocracy', 'repression']
    rows.append([c, name, f'{g:.1f}', str(quad), ev or '', mode or '', ';'.join(ctxs),
                 raw if raw and raw != mode else '', gsrc])
with open(OUT, 'w') as f:
    f.write('# CAMEO event codes: names (CAMEO 1.1b3 codebook), Goldstein scores (GDELT CAMEO.goldsteinscale.txt), '
            'PLOVER type/mode/context (CAMEO2PLOVER-2021.txt, Schrodt 2021; modes normalised to PLOVER 2.0, see docs/KB.md). '
            'Generated by annals-kb/tools/gen_cameo.py\n')
    f.write('code\tname\tgoldstein\tquad_class\tplover_event\tplover_mode\tplover_context\ttable_mode\tgoldstein_source\n')
    for r in rows: f.write('\t'.join(r) + '\n')
print(len(rows), 'codes')
