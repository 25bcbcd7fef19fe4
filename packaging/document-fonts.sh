#!/usr/bin/env bash
# Makes resources/fonts/CommonGroundSans-{Regular,Bold}.ttf from Debian's Noto
# Sans (fonts-noto-core) with fontTools (python3-fonttools): every glyph kept,
# the TrueType hinting programs dropped (only screens use them; the files are
# 313 KB instead of 512 KB compiled in), the family renamed so that it never
# mixes with the system's Noto Sans, and the name table cut to the names, the
# copyright and the licence's address: Qt copies the whole table into every
# PDF's font subset (the licence is resources/fonts/OFL.txt, and
# packaging/copyright for the package).
# Run by hand when the fonts change; the build only reads the results.
set -euo pipefail
python=${PYTHON:-/usr/bin/python3} # Debian's, which has python3-fonttools
out=${1:-$(dirname "$0")/../resources/fonts}
for style in Regular Bold; do
  tmp=$(mktemp)
  "$python" -m fontTools.subset "/usr/share/fonts/truetype/noto/NotoSans-$style.ttf" \
    --unicodes='*' --glyphs='*' --no-hinting --layout-features='*' --name-IDs='*' --output-file="$tmp"
  "$python" - "$tmp" "$out/CommonGroundSans-$style.ttf" "$style" <<'PY'
import sys
from fontTools.ttLib import TTFont
src, dst, style = sys.argv[1:4]
font = TTFont(src)
family = 'Common Ground Sans'
# Copyright, family, style, unique id, full name, version, PostScript name,
# typographic family and style, licence URL.
kept = {0, 1, 2, 3, 4, 5, 6, 14, 16, 17}
font['name'].names = [r for r in font['name'].names if r.nameID in kept and r.platformID == 3]
for record in font['name'].names:
    if record.nameID in (1, 16):
        record.string = family
    elif record.nameID == 4:
        record.string = family if style == 'Regular' else family + ' ' + style
    elif record.nameID == 6:
        record.string = 'CommonGroundSans-' + style
    elif record.nameID == 3:
        record.string = 'CommonGroundSans-' + style + ';unhinted Noto Sans'
    elif record.nameID == 5:
        record.string = str(record).split(';')[0]
font.save(dst)
PY
  rm -f "$tmp"
done
