#!/usr/bin/env python3
"""Fills the Linguist files from translations/pending/*.tsv, then deletes what it applied.

Each line of a pending file: context<TAB>English source<TAB>Arabic ("\\n" for a newline).
diwan_en.ts gets the source text itself; diwan_ar.ts the Arabic. A count (a source with %n, from
tr(text, nullptr, n)) takes its plural forms, separated by " | ": six in Arabic (0, 1, 2, 3-10,
11-99, 100 and up), then a fourth column with the two English ones (1, other). A message with a
disambiguation comment (tr(text, comment)) is named "context|comment" in the first column. Run after
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
                if len(parts) == 4:
                    context, source, arabic, english = (p.replace('\\n', '\n') for p in parts)
                    arabic_forms = [f.strip() for f in arabic.split(' | ')]
                    english_forms = [f.strip() for f in english.split(' | ')]
                    if len(arabic_forms) != 6 or len(english_forms) != 2:
                        sys.exit(f'{path}:{number}: a count needs 6 Arabic and 2 English forms')
                    context, _, comment = context.partition('|')
                    table[(context, source, comment)] = (arabic_forms, english_forms)
                    continue
                if len(parts) != 3:
                    sys.exit(f'{path}:{number}: expected context<TAB>source<TAB>arabic')
                context, source, arabic = (p.replace('\\n', '\n') for p in parts)
                if '&' in arabic and '&&' not in arabic and '&amp;' not in arabic:
                    arabic = arabic.replace('&', '')  # no mnemonics inside Arabic words
                context, _, comment = context.partition('|')
                table[(context, source, comment)] = arabic
    return table, files


def fill(ts_path, table, english):
    tree = ET.parse(ts_path)
    unfinished = []
    for ctx in tree.getroot().findall('context'):
        name = ctx.find('name').text
        for message in ctx.findall('message'):
            source = message.find('source').text or ''
            comment = message.find('comment')
            comment = (comment.text or '') if comment is not None else ''
            translation = message.find('translation')
            done = translation.get('type') not in ('unfinished', 'vanished', 'obsolete') and (
                translation.text or '').strip()
            if message.get('numerus') == 'yes':
                forms = table.get((name, source, comment))
                have = [f.text for f in translation.findall('numerusform')]
                if isinstance(forms, tuple):
                    for old in translation.findall('numerusform'):
                        translation.remove(old)
                    for text in forms[1] if english else forms[0]:
                        ET.SubElement(translation, 'numerusform').text = text
                    translation.text = None
                    translation.attrib.pop('type', None)
                elif translation.get('type') == 'unfinished' or not all(have):
                    unfinished.append(f'{name}\t{source}')
                continue
            if english:
                if not done:
                    translation.text = source
                    translation.attrib.pop('type', None)
                continue
            arabic = table.get((name, source, comment))
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
