#!/usr/bin/env python3
"""Lists the UI strings used in the sources that a resource file does not hold yet.

    scripts/l10n-keys.py            keys missing, per resource base (prints TSV: base<TAB>key)

Conventions (the unit test Every_string_used_in_the_UI_is_translated checks the same):
- In .cshtml and .cs files, S["..."] / s["..."] is SharedResource; L["..."] / l["..."] is the area's
  resource: the *Resource.resx in the nearest folder above the file.
- [Display(Name = "...")] and ErrorMessage = "..." in .cs files are SharedResource (data annotations).
"""
import os, re, sys, glob
sys.path.insert(0, os.path.dirname(__file__))
from importlib import import_module
l10n = import_module('l10n')

ROOT = 'src/Urbis.Web'
SHARED = os.path.join(ROOT, 'Platform/Localization/SharedResource')
KEY = r'"((?:[^"\\]|\\.)*)"'
LOOKUP = re.compile(r'(?<![\w.])([SLsl])\[' + KEY)
ANNOTATION = re.compile(r'(?:ErrorMessage\s*=\s*|Display\(Name\s*=\s*)' + KEY)

def area_resource(path):
    d = os.path.dirname(path)
    while d.startswith(ROOT):
        found = [f for f in glob.glob(os.path.join(d, '*Resource.resx')) if not f.endswith('.fr.resx')]
        if found:
            return found[0][:-5]
        d = os.path.dirname(d)
    return None

def unescape(s):
    return s.encode('utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8') if '\\' in s else s

def used():
    out = []
    for path in glob.glob(os.path.join(ROOT, '**', '*.cs*'), recursive=True):
        if '/bin/' in path or '/obj/' in path or '/Migrations/' in path:
            continue
        text = open(path, encoding='utf-8').read()
        for m in LOOKUP.finditer(text):
            base = SHARED if m.group(1) in 'Ss' else area_resource(path)
            out.append((path, base, unescape(m.group(2))))
        if path.endswith('.cs'):
            for m in ANNOTATION.finditer(text):
                out.append((path, SHARED, unescape(m.group(1))))
    return out

if __name__ == '__main__':
    missing = set()
    for path, base, key in used():
        if base is None:
            print('no resource for %s (key %s)' % (path, key), file=sys.stderr); continue
        if key not in l10n.read(base + '.resx') or key not in l10n.read(base + '.fr.resx'):
            missing.add((base, key))
    for base, key in sorted(missing):
        print('%s\t%s' % (base, key))
