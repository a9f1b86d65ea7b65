#!/usr/bin/env bash
# Makes the fonts vendored in src/Urbis.Web/Platform/Pdf/Fonts from Debian's fonts-dejavu-core:
# DejaVu Sans (regular and bold) cut down to the scripts of European authorities' names (Latin,
# Greek, Cyrillic) and the signs invoices use. A font with fewer glyphs makes each PDF several times
# faster to write (PDFsharp subsets the font of every document) and smaller.
# Needs: apt-get install fonts-dejavu-core python3-fonttools
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/Urbis.Web/Platform/Pdf/Fonts
unicodes="U+0020-007E,U+00A0-024F,U+0259,U+02C6-02DD,U+0300-036F,U+0370-03FF,U+0400-045F,U+1E00-1EFF,U+2000-206F,U+20AC,U+2116,U+2122,U+2212"
for face in DejaVuSans DejaVuSans-Bold; do
  /usr/bin/python3 -m fontTools.subset "/usr/share/fonts/truetype/dejavu/$face.ttf" --unicodes="$unicodes" \
    --layout-features='kern,liga' --name-IDs='*' --output-file="$out/$face.ttf"
done
cp /usr/share/doc/fonts-dejavu-core/copyright "$out/LICENSE.txt"
ls -l "$out"
