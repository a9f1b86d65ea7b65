#!/usr/bin/env python3
"""Adds or updates UI strings in a pair of resource files (English neutral + French).

    scripts/l10n.py add src/Urbis.Web/Platform/Localization/SharedResource "Sign in" "Se connecter"
    scripts/l10n.py add <base> "<key>" "<french>" --en "<english, when it differs from the key>"
    scripts/l10n.py bulk <base> < strings.tsv   many at once: key<TAB>french[<TAB>english] a line
    scripts/l10n.py new <base>            create an empty pair
    scripts/l10n.py check                 list keys missing from either file (the unit tests do this too)

<base> is the resource path without ".resx". Entries are kept sorted so that merges stay clean.
"""
import sys, os, glob
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

def read(path):
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()
    out = {}
    for d in root.findall('data'):
        v = d.find('value')
        out[d.get('name')] = v.text if v is not None and v.text is not None else ''
    return out

def write(path, entries):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for k in sorted(entries, key=lambda s: s.lower()):
            f.write('  <data name="%s" xml:space="preserve"><value>%s</value></data>\n'
                    % (escape(k, {'"': '&quot;'}), escape(entries[k])))
        f.write('</root>\n')

def add(base, key, fr, en=None):
    en_path, fr_path = base + '.resx', base + '.fr.resx'
    e, f = read(en_path), read(fr_path)
    e[key] = en if en is not None else key
    f[key] = fr
    write(en_path, e); write(fr_path, f)

def check(root='src'):
    bad = 0
    for en_path in glob.glob(os.path.join(root, '**', '*.resx'), recursive=True):
        if en_path.endswith('.fr.resx'):
            continue
        fr_path = en_path[:-5] + '.fr.resx'
        e, f = read(en_path), read(fr_path)
        for k in sorted(set(e) - set(f)):
            print('missing in French: %s: %s' % (fr_path, k)); bad += 1
        for k in sorted(set(f) - set(e)):
            print('missing in English: %s: %s' % (en_path, k)); bad += 1
        for k, v in f.items():
            if not (v or '').strip():
                print('empty French value: %s: %s' % (fr_path, k)); bad += 1
    return bad

if __name__ == '__main__':
    a = sys.argv[1:]
    if not a:
        print(__doc__); sys.exit(1)
    if a[0] == 'add' and len(a) >= 4:
        en = None
        if '--en' in a:
            i = a.index('--en'); en = a[i + 1]; a = a[:i] + a[i + 2:]
        add(a[1], a[2], a[3], en)
    elif a[0] == 'bulk' and len(a) == 2:
        # stdin: one entry a line, "key<TAB>french[<TAB>english]"
        en_path, fr_path = a[1] + '.resx', a[1] + '.fr.resx'
        e, f = read(en_path), read(fr_path)
        for line in sys.stdin.read().splitlines():
            if not line.strip():
                continue
            parts = line.split('\t')
            if len(parts) < 2:
                sys.exit('bad line (need key<TAB>french): ' + line)
            e[parts[0]] = parts[2] if len(parts) > 2 else parts[0]
            f[parts[0]] = parts[1]
        write(en_path, e); write(fr_path, f)
    elif a[0] == 'new' and len(a) == 2:
        for p in (a[1] + '.resx', a[1] + '.fr.resx'):
            if not os.path.exists(p): write(p, {})
    elif a[0] == 'check':
        sys.exit(1 if check() else 0)
    else:
        print(__doc__); sys.exit(1)
