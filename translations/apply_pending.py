#!/usr/bin/env python3
"""Fills the Linguist files from translations/pending/*.tsv, then deletes what it applied.

Each line of a pending file: context<TAB>English source<TAB>Arabic ("\\n" for a newline).
diwan_en.ts gets the source text itself; diwan_ar.ts the Arabic. Run after
`cmake --build build --target update_translations`; prints what is still unfinished.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


def load_pending():
    table = {}
    files = sorted(glob.glob(os.path.join(HERE, 'pending', '*.tsv')))
    for path in files:
        with open(path, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip('\n')
                if not line.strip() or line.startswith('#'):
                    continue
                parts = line.split('\t')
                if len(parts) != 3:
                    sys.exit(f'{path}:{number}: expected context<TAB>source<TAB>arabic')
                context, source, arabic = (p.replace('\\n', '\n') for p in parts)
                if '&' in arabic and '&&' not in arabic and '&amp;' not in arabic:
                    arabic = arabic.replace('&', '')  # no mnemonics inside Arabic words
                table[(context, source)] = arabic
    return table, files


def fill(ts_path, table, english):
    tree = ET.parse(ts_path)
    unfinished = []
    for ctx in tree.getroot().findall('context'):
        name = ctx.find('name').text
        for message in ctx.findall('message'):
            source = message.find('source').text or ''
            translation = message.find('translation')
            done = translation.get('type') not in ('unfinished', 'vanished', 'obsolete') and (
                translation.text or '').strip()
            if message.get('numerus') == 'yes':
                continue
            if english:
                if not done:
                    translation.text = source
                    translation.attrib.pop('type', None)
                continue
            arabic = table.get((name, source))
            if arabic is not None:
                translation.text = arabic
                translation.attrib.pop('type', None)
            elif not done:
                unfinished.append(f'{name}\t{source}')
    tree.write(ts_path, encoding='utf-8', xml_declaration=True)
    with open(ts_path, encoding='utf-8') as f:
        text = f.read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(ts_path, 'w', encoding='utf-8') as f:
        f.write(text if text.endswith('\n') else text + '\n')
    return unfinished


def main():
    table, files = load_pending()
    fill(os.path.join(HERE, 'diwan_en.ts'), table, True)
    unfinished = fill(os.path.join(HERE, 'diwan_ar.ts'), table, False)
    for line in unfinished:
        print('unfinished:', line)
    if '--keep' not in sys.argv:
        for path in files:
            os.remove(path)
    print(f'{len(table)} Arabic strings applied, {len(unfinished)} unfinished')
    return 1 if unfinished else 0


if __name__ == '__main__':
    sys.exit(main())
