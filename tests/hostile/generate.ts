/**
 * The hostile corpus: data files written to hang, crash or fool the validator, each with the
 * verdict `npm run validate` must give. Generated, never committed: several are megabytes.
 * `npm run bench:hostile` writes them (tests/hostile/out/, git-ignored), runs the CLI on each and
 * checks the verdict; the browser test and unit tests take single cases from here.
 */
import { readFileSync } from 'node:fs';

export interface HostileCase {
  /** File name without extension. */
  name: string;
  /** What the file tries. */
  what: string;
  /** The file's bytes (a string is written as UTF-8). */
  build: () => string | Uint8Array;
  /** Expected exit code of `npm run validate`. */
  exit: 0 | 1;
  /** A pattern some stdout line must match (after `<file>:`). */
  line: RegExp;
}

/** A valid base dataset: the small test fixture. */
interface Base {
  [key: string]: unknown;
  organizations: Record<string, unknown>[];
  networks: Record<string, unknown>[];
}
export function baseDataset(): Base {
  return JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8')) as Base;
}

/** The base with one organization's field set to `value` (as JSON text, so escapes survive). */
function withOrgField(field: string, valueJson: string): string {
  const data = baseDataset();
  data.organizations[0]![field] = '@@VALUE@@';
  return JSON.stringify(data, null, 2).replace('"@@VALUE@@"', valueJson);
}

function manyOrganizations(
  count: number,
  extra: (i: number) => Record<string, unknown> = () => ({}),
) {
  const data = baseDataset();
  for (let i = 0; i < count; i++) {
    data.organizations.push({
      id: `generated-organization-${i}`,
      name: `Generated organization ${i}`,
      kind: 'user_group',
      status: 'active',
      countries: ['AR'],
      languages: ['es'],
      programs: [],
      sources: ['general-knowledge'],
      ...extra(i),
    });
  }
  return data;
}

const utf16 = (text: string, littleEndian: boolean): Uint8Array => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i * 2 + (littleEndian ? 0 : 1)] = c & 0xff;
    out[i * 2 + (littleEndian ? 1 : 0)] = c >> 8;
  }
  return out;
};

export const CASES: readonly HostileCase[] = [
  // Work bounded by the input.
  {
    name: 'unknown-references',
    what: '5,000 ids and 10,000 unknown references (each once asked "did you mean")',
    build: () => {
      const data = manyOrganizations(5000);
      const refs = Array.from({ length: 1000 }, (_, i) => `generated-organisation-${i}`);
      for (let n = 0; n < 10; n++) {
        data.networks.push({
          id: `generated-network-${n}`,
          name: `Network ${n}`,
          kind: 'regional',
          languages: ['es'],
          members: refs,
          sources: ['general-knowledge'],
        });
      }
      return JSON.stringify(data);
    },
    exit: 1,
    line: /networks\[1\]\.members\[0\] "generated-organisation-0" is not an organization in this dataset \(did you mean "generated-organization-0"\?\)/,
  },
  {
    name: 'millions-of-errors',
    what: '5,000 records with 1,000 wrong-typed list items each (5 million errors)',
    build: () => {
      const items = `[${Array(1000).fill('1').join(',')}]`;
      const data = manyOrganizations(5000, () => ({ programs: '@@ITEMS@@' }));
      return JSON.stringify(data).replaceAll('"@@ITEMS@@"', items);
    },
    exit: 1,
    line: /and at least \d[\d,]* more errors(?: and \d[\d,]* more warnings)? not shown \(validation stopped after 100,000 errors\)/,
  },
  {
    name: 'empty-objects',
    what: '19 MB of empty objects in one collection',
    build: () => `{"organizations":[${'{},'.repeat(6_300_000)}{}]}`,
    exit: 1,
    line: /organizations has more than 50,000 records/,
  },
  {
    name: 'empty-objects-nested',
    what: '19 MB of empty objects in one list of one record',
    build: () => `{"organizations":[{"programs":[${'{},'.repeat(6_300_000)}{}]}]}`,
    exit: 1,
    line: /organizations\[0\]\.programs has more than 50,000 items/,
  },
  {
    name: 'many-arrays',
    what: '19 MB of small arrays within the record limit',
    build: () => `{"organizations":[${`[${'[],'.repeat(120)}[]],`.repeat(25_000)}[]]}`,
    exit: 1,
    line: /more than 1,000,000 objects and arrays/,
  },
  {
    name: 'many-warnings',
    what: '20,000 records that each earn a warning and an error',
    build: () =>
      JSON.stringify(
        manyOrganizations(20_000, (i) => ({ sources: [], founded: `${2000 + (i % 20)}-13` })),
      ),
    exit: 1,
    line: /and \d[\d,]* more errors/,
  },
  {
    name: 'duplicate-keys',
    what: 'one object with 200,000 repeats of one key',
    build: () => `{"title":"x",${'"title":"x",'.repeat(200_000)}"organizations":[]}`,
    exit: 1,
    line: /title is a duplicate key/,
  },
  {
    name: 'unknown-fields',
    what: 'the dataset with 9,000 unknown fields',
    build: () => {
      const keys = Array.from({ length: 9_000 }, (_, i) => `"field${i}":0`).join(',');
      return `{${keys},"organizations":[],"networks":[],"meetups":[],"programs":[],"collaborations":[],"sources":[]}`;
    },
    exit: 1,
    line: /the dataset has an unknown field "field0"/,
  },
  {
    name: 'many-language-keys',
    what: 'names with 100,000 language keys',
    build: () => {
      const names = Array.from({ length: 100_000 }, (_, i) => `"x-${i.toString(36)}":"n"`).join(
        ',',
      );
      return withOrgField('names', `{${names}}`);
    },
    exit: 1,
    line: /organizations\[0\]\.names has more than 10,000 properties/,
  },
  {
    name: 'deep-nesting',
    what: '100,000 nested arrays',
    build: () => `{"organizations":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`,
    exit: 1,
    line: /organizations\[0\] nests arrays and objects more than 256 levels deep/,
  },
  {
    name: 'huge-string',
    what: 'a name of 15 MB',
    build: () => withOrgField('name', JSON.stringify('x'.repeat(15_000_000))),
    exit: 1,
    line: /organizations\[0\]\.name must be at most 200 characters long \(it has 15000000\)/,
  },
  {
    name: 'proto-keys',
    what: '__proto__ and constructor keys',
    build: () =>
      JSON.stringify(baseDataset(), null, 2).replace(
        '"kind"',
        '"__proto__": {"polluted": true}, "constructor": 1, "kind"',
      ),
    exit: 1,
    line: /organizations\[0\] has an unknown field "__proto__"/,
  },
  {
    name: 'json5',
    what: 'JSON5-isms: comments, single quotes, trailing commas',
    build: () => `{\n  // a comment\n  'title': 'x',\n}`,
    exit: 1,
    line: /:2:3 JSON syntax error: comments are not allowed in JSON/,
  },
  // Text that is not what it looks like.
  {
    name: 'zero-width-name',
    what: 'a name made only of zero-width characters',
    build: () => withOrgField('name', '"\\u200b\\u200c\\u200d\\u2060\\ufeff"'),
    exit: 1,
    line: /organizations\[0\]\.name must not be blank \(it has only invisible characters\)/,
  },
  {
    name: 'bidi-override',
    what: 'a name with a right-to-left override (U+202E)',
    build: () => withOrgField('name', '"Wikimedia \\u202eanitnegrA"'),
    exit: 1,
    line: /organizations\[0\]\.name must not contain U\+202E \(a bidirectional control\): "Wikimedia \\u202Eanitnegra/i,
  },
  {
    name: 'bidi-isolate',
    what: 'an alias with a first-strong isolate (U+2068)',
    build: () => withOrgField('aliases', '["WMAR\\u2068"]'),
    exit: 1,
    line: /organizations\[0\]\.aliases\[0\] must not contain U\+2068/,
  },
  {
    name: 'control-characters',
    what: 'ESC, BEL and NUL (escaped) in text fields',
    build: () =>
      withOrgField('name', '"Wiki\\u001b[31mmedia"').replace(
        '"Buenos Aires"',
        '"Buenos\\u0007 Aires\\u0000"',
      ),
    exit: 1,
    line: /organizations\[0\]\.name must not contain U\+001B \(a control character\)/,
  },
  {
    name: 'c1-controls',
    what: 'C1 controls (U+0085, U+009B) in a title',
    build: () => {
      const data = baseDataset();
      data.title = 'Atlas\u0085\u009b31m';
      return JSON.stringify(data);
    },
    exit: 1,
    line: /:1:\d+ title must not contain U\+0085 \(a control character\)/,
  },
  {
    name: 'line-separator',
    what: 'U+2028 in a name, and in an unknown key',
    build: () =>
      withOrgField('name', '"Wikimedia\\u2028organizations[3].id is fine"').replace(
        '"kind"',
        '"x\\u2028y": 1, "kind"',
      ),
    exit: 1,
    line: /organizations\[0\]\.name must not contain U\+2028 \(a line separator\)/,
  },
  {
    name: 'lone-surrogates',
    what: 'escaped lone surrogates (\\ud800, \\udc00)',
    build: () => withOrgField('name', '"Wiki\\ud800media"').replace('"Buenos Aires"', '"\\udc00"'),
    exit: 1,
    line: /organizations\[0\]\.name must not contain a lone surrogate \(U\+D800\)/,
  },
  {
    name: 'two-boms',
    what: 'two leading byte order marks',
    build: () => '\uFEFF\uFEFF' + JSON.stringify(baseDataset(), null, 2),
    exit: 1,
    line: /:1:1 JSON syntax error: a second byte order mark \(U\+FEFF\) at the start of the file: remove it/,
  },
  {
    name: 'url-credentials',
    what: 'a website with a user name and password',
    build: () => withOrgField('website', '"https://user:pw@example.org/"'),
    exit: 1,
    line: /organizations\[0\]\.website must be an http\(s\) URL: it must not contain a user name or password/,
  },
  {
    name: 'url-whitespace',
    what: 'a website with trailing whitespace, and one with a tab inside',
    build: () =>
      withOrgField('website', '"https://example.org/ "').replace(
        '"https://wikimili.com/en/List_of_Wikimedia_chapters"',
        '"https://wiki\\tmili.com/"',
      ),
    exit: 1,
    line: /organizations\[0\]\.website must be an http\(s\) URL: it must not contain spaces or control characters/,
  },
  {
    name: 'path-spaces',
    what: 'keys with spaces and ":1:1" that could break the line format',
    build: () =>
      withOrgField('names', '{"en": "A", "x 3:4 y": "B\\u202e"}').replace(
        '"kind"',
        '"a:1:1 b": 1, "kind"',
      ),
    exit: 1,
    line: /^tests\/hostile\/out\/path-spaces\.json:\d+:\d+ organizations\[0\]\.names\["x\\u00203:4\\u0020y"\] must not contain U\+202E/,
  },
  {
    name: 'mixed-scripts',
    what: 'a name mixing Latin and Cyrillic letters in one word (homoglyphs)',
    build: () => withOrgField('name', '"Wikimedi\\u0430 Argentina"'),
    exit: 0,
    line: /^warning: .*organizations\[0\]\.name mixes scripts in one word \("Wikimediа": Latin and Cyrillic\)/,
  },
  // Numbers and encodings.
  {
    name: 'minus-infinity',
    what: '-Infinity as a latitude',
    build: () => withOrgField('attendance', '-Infinity'),
    exit: 1,
    line: /JSON syntax error: -Infinity is not a JSON number/,
  },
  {
    name: 'nan',
    what: 'NaN as a number',
    build: () => withOrgField('attendance', 'NaN'),
    exit: 1,
    line: /JSON syntax error: NaN is not a JSON number/,
  },
  {
    name: 'huge-number',
    what: '1e400 as a latitude',
    build: () => JSON.stringify(baseDataset(), null, 2).replace('-34.6', '1e400'),
    exit: 1,
    line: /organizations\[0\]\.location\.lat must be a finite number/,
  },
  {
    name: 'utf16le-no-bom',
    what: 'UTF-16 little-endian without a byte order mark',
    build: () => utf16(JSON.stringify(baseDataset()), true),
    exit: 1,
    line: /:1:1 the file is UTF-16 \(little-endian\), not UTF-8: save it as UTF-8/,
  },
  {
    name: 'utf16be-no-bom',
    what: 'UTF-16 big-endian without a byte order mark',
    build: () => utf16(JSON.stringify(baseDataset()), false),
    exit: 1,
    line: /:1:1 the file is UTF-16 \(big-endian\), not UTF-8: save it as UTF-8/,
  },
];
