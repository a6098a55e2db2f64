import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from '../../src/export/filename.ts';
import { csvField, parseCsv, tableCsv, CSV_BOM } from '../../src/export/csv.ts';
import { xmlEscape } from '../../src/export/xml.ts';
import { DEFAULT_SNAPSHOT, type Snapshot } from '../../src/model/snapshot.ts';
import { NO_FILTERS, type Filters } from '../../src/model/filters.ts';

function snap(filters: Partial<Filters> = {}, over: Partial<Snapshot> = {}): Snapshot {
  return { ...DEFAULT_SNAPSHOT, ...over, filters: { ...NO_FILTERS, ...filters } };
}

describe('exportFileName', () => {
  it.each([
    [snap(), 'png', 'movement-atlas.png'],
    [
      snap({ network: ['iberocoop'], from: 2014, to: 2014 }),
      'png',
      'movement-atlas-iberocoop-2014.png',
    ],
    [snap({ from: 2010, to: 2014 }), 'csv', 'movement-atlas-2010-2014.csv'],
    [snap({ from: 2010 }), 'json', 'movement-atlas-from-2010.json'],
    [snap({ to: 2014 }), 'gexf', 'movement-atlas-to-2014.gexf'],
    [
      snap({ kind: ['user_group'], sourcedOnly: true }),
      'svg',
      'movement-atlas-user-group-sourced.svg',
    ],
    [snap({}, { focus: 'language:pt-BR' }), 'png', 'movement-atlas-language-pt-br.png'],
    [
      snap({ country: ['ES', 'AR'] }, { focus: 'wikimedia-argentina' }),
      'png',
      'movement-atlas-wikimedia-argentina-ar-es.png',
    ],
  ] as const)('%#: %s', (snapshot, format, name) => {
    expect(exportFileName(snapshot, format)).toBe(name);
  });

  it('does not depend on the order values were chosen in, nor on the view or language', () => {
    const a = snap({ network: ['wikimedia-cee', 'iberocoop'] }, { view: 'map', lang: 'de' });
    const b = snap({ network: ['iberocoop', 'wikimedia-cee'] });
    expect(exportFileName(a, 'png')).toBe(exportFileName(b, 'png'));
  });

  it('cuts long names and keeps them apart with a hash', () => {
    const many = Array.from({ length: 40 }, (_, i) => `network-number-${i}`);
    const a = exportFileName(snap({ network: many }), 'csv');
    const b = exportFileName(snap({ network: many.slice(1) }), 'csv');
    expect(a.length).toBeLessThanOrEqual(124);
    expect(a).toMatch(/^movement-atlas-[a-z0-9-]+-[a-z0-9]{6}\.csv$/);
    expect(a).not.toBe(b);
  });

  it('slugs accents, scripts and punctuation to ASCII words', () => {
    expect(slug('Wikimedia España / Ñandú')).toBe('wikimedia-espana-nandu');
    expect(slug('Вікімедіа')).toBe('');
    expect(slug('--A__b--')).toBe('a-b');
  });
});

describe('CSV', () => {
  it('quotes only what needs quoting and doubles quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@sum')).toBe("'@sum");
    expect(csvField('-2')).toBe("'-2");
  });

  it('writes a BOM, a header with the id first, CRLF records, and reads back', () => {
    const csv = tableCsv(
      [
        { key: 'name', numeric: false },
        { key: 'countries', numeric: false },
      ],
      [
        { id: 'a', cells: ['Wikimedia España', 'Spain'], keys: [] },
        { id: 'b', cells: ['Tunisia, "TN"', 'Tunisia\nTunisie'], keys: [] },
      ],
      (key) => key.toUpperCase(),
    );
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`${CSV_BOM}id,NAME,COUNTRIES`);
    expect(parseCsv(csv)).toEqual([
      ['id', 'NAME', 'COUNTRIES'],
      ['a', 'Wikimedia España', 'Spain'],
      ['b', 'Tunisia, "TN"', 'Tunisia\nTunisie'],
    ]);
  });
});

describe('xmlEscape', () => {
  it('escapes markup and replaces what XML cannot carry', () => {
    expect(xmlEscape(`<script>&"'`)).toBe('&lt;script&gt;&amp;&quot;&apos;');
    expect(xmlEscape('a\u0000b\u001bc\ud800d')).toBe('a\ufffdb\ufffdc\ufffdd');
    expect(xmlEscape('emoji 😀 ok')).toBe('emoji 😀 ok');
  });
});
