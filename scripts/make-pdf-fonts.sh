#!/usr/bin/env bash
# Makes the fonts vendored in src/Urbis.Web/Platform/Pdf/Fonts from Debian's fonts-dejavu-core:
# DejaVu Sans (regular and bold) cut down twice, and renamed "Urbis Sans Latin" / "Urbis Sans Extended":
#  - "Latin": the Latin alphabets of Europe and the signs invoices use (about 400 glyphs). Most
#    invoices need nothing else, and a font with few glyphs makes each PDF smaller and faster to
#    write (PDFsharp embeds a subset of the font in every document, but keeps its glyph tables'
#    full length).
#  - "Extended": Latin, Greek and Cyrillic, for names and addresses the Latin font cannot write.
# The ranges of the Latin font must match EmbeddedFontResolver.LatinRanges. Hinting is left out:
# PDF viewers hardly use it, and it is most of the bytes of each embedded subset.
# Needs: apt-get install fonts-dejavu-core python3-fonttools
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/Urbis.Web/Platform/Pdf/Fonts
latin="U+0020-007E,U+00A0-017F,U+0218-021B,U+2010-2027,U+202F,U+2030,U+2039-203A,U+20AC,U+2116,U+2122,U+2212"
extended="$latin,U+0180-024F,U+2000-206F,U+0259,U+02C6-02DD,U+0300-036F,U+0370-03FF,U+0400-045F,U+1E00-1EFF"
for face in DejaVuSans DejaVuSans-Bold; do
  for set in latin extended; do
    /usr/bin/python3 -m fontTools.subset "/usr/share/fonts/truetype/dejavu/$face.ttf" --unicodes="${!set}" \
      --layout-features='kern,liga' --name-IDs='*' --no-hinting --desubroutinize --output-file="$out/$face-$set.ttf" 2>/dev/null
    # A cut-down font gets its own name (PDFsharp tells fonts apart by name; the licence asks modified
    # fonts not to carry the original's name either).
    /usr/bin/python3 - "$out/$face-$set.ttf" "$set" "$face" <<'PY'
import sys
from fontTools.ttLib import TTFont
path, subset, face = sys.argv[1:]
family = "Urbis Sans " + subset.capitalize()
style = "Bold" if face.endswith("Bold") else "Book"
font = TTFont(path)
for record in font["name"].names:
    if record.nameID in (1, 16):
        record.string = family
    elif record.nameID == 4:
        record.string = f"{family} {style}"
    elif record.nameID == 6:
        record.string = f"{family.replace(' ', '')}-{style}"
font.save(path)
PY
  done
done
rm -f "$out/DejaVuSans.ttf" "$out/DejaVuSans-Bold.ttf"
cp /usr/share/doc/fonts-dejavu-core/copyright "$out/LICENSE.txt"
ls -l "$out"
