import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildQuery, printedQuery, runImportWikidata } from '../../src/cli/import-wikidata.ts';
import type { Dataset } from '../../src/model/schema.ts';
import { validateDataset } from '../../src/model/validate.ts';
import {
  formatDifference,
  mergeWikidata,
  parseSparqlResults,
  WIKIDATA_SOURCE,
} from '../../src/model/wikidataMerge.ts';

// A results file written by hand in the SPARQL 1.1 JSON format the Query Service downloads.
// Items Q999000001 and above are made up for the test; the others are in the small dataset.
const RESULTS = 'tests/fixtures/wikidata-results.json';
const SMALL = 'tests/fixtures/small.json';
const results = JSON.parse(readFileSync(RESULTS, 'utf8')) as unknown;
const small = JSON.parse(readFileSync(SMALL, 'utf8')) as Dataset;

function io(): {
  out: string[];
  err: string[];
  io: { out: (l: string) => void; err: (l: string) => void };
} {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l) => out.push(l), err: (l) => err.push(l) } };
}

describe('parseSparqlResults', () => {
  const { affiliates, problems } = parseSparqlResults(results);

  it('merges the rows of one item and keeps labels in several scripts', () => {
    const argentina = affiliates.filter((a) => a.qid === 'Q18559618');
    expect(argentina).toHaveLength(1);
    expect(argentina[0]!.names.es).toBe('Asociación Civil Wikimedia Argentina');
    expect(affiliates.find((a) => a.qid === 'Q999000004')?.names.ja).toMatch(/ウィキメディアン/);
    expect(affiliates.find((a) => a.qid === 'Q999000008')?.names.ar).toMatch(/ويكيميديا/);
  });

  it('reads year precision, dissolution and the kind from the class label', () => {
    const spain = affiliates.find((a) => a.qid === 'Q14866877');
    expect(spain?.founded).toBe('2011');
    expect(spain?.kind).toBe('chapter');
    const gone = affiliates.find((a) => a.qid === 'Q999000004');
    expect(gone).toMatchObject({
      kind: 'user_group',
      dissolved: '2021-06-30',
      founded: '2016-04-01',
    });
  });

  it('names every row it cannot use', () => {
    expect(problems).toEqual([
      'row 12: Q999000007 website "ftp://wikimedia.uy/" is not http(s)',
      'row 13: no Wikidata item in ?item ("b0")',
    ]);
  });

  it('refuses a file that is not SPARQL JSON results', () => {
    expect(() => parseSparqlResults({ results: [] })).toThrow(/not SPARQL 1.1 JSON results: head/);
  });
});

describe('mergeWikidata', () => {
  const { affiliates } = parseSparqlResults(results);

  it('matches by Wikidata id, then by name, and lists differences without applying them', () => {
    const r = mergeWikidata(small, affiliates, { accept: false });
    expect(r.matched).toContainEqual({
      id: 'wikimedia-argentina',
      qid: 'Q18559618',
      by: 'wikidata',
    });
    expect(r.matched).toContainEqual({ id: 'amical-wikimedia', qid: 'Q999000001', by: 'name' });
    expect(r.differences.map(formatDifference)).toEqual([
      'wikimedia-argentina founded: dataset 2007-09-01, Wikidata 2007-09-08',
      'wikimedia-ch kind: dataset chapter, Wikidata thematic_org',
    ]);
    const org = (id: string) => r.dataset.organizations.find((o) => o.id === id);
    expect(org('wikimedia-argentina')?.founded).toBe('2007-09-01');
    expect(org('wikimedia-ch')?.kind).toBe('chapter');
    // What the dataset lacked is added, and cites Wikidata.
    expect(org('wikimedia-portugal')).toMatchObject({
      wikidata: 'Q999000002',
      founded: '2009-07-11',
    });
    expect(org('wikimedia-portugal')?.sources).toContain(WIKIDATA_SOURCE.id);
    expect(org('wikimedia-uruguay')?.ended).toBe('2020');
    expect(r.dataset.sources.map((s) => s.id)).toContain(WIKIDATA_SOURCE.id);
    // The input is not modified.
    expect(
      small.organizations.find((o) => o.id === 'wikimedia-portugal')?.wikidata,
    ).toBeUndefined();
  });

  it('applies the differences with accept', () => {
    const r = mergeWikidata(small, affiliates, { accept: true });
    const org = (id: string) => r.dataset.organizations.find((o) => o.id === id);
    expect(org('wikimedia-argentina')?.founded).toBe('2007-09-08');
    expect(org('wikimedia-ch')?.kind).toBe('thematic_org');
    expect(org('wikimedia-ch')?.sources).toContain(WIKIDATA_SOURCE.id);
  });

  it('adds new affiliates (a dissolved one as former) and skips duplicates and unlabelled items', () => {
    const r = mergeWikidata(small, affiliates, { accept: false });
    expect(r.added).toEqual(['q999000004', 'example-wikimedians-user-group']);
    const gone = r.dataset.organizations.find((o) => o.id === 'q999000004');
    expect(gone).toMatchObject({ status: 'former', ended: '2021-06-30', wikidata: 'Q999000004' });
    expect(r.skipped).toContain('Q999000005: no label: not added');
    expect(r.skipped).toContain(
      'Q999000006: its name matches wikimedia-espana, which is Q14866877 on Wikidata: not merged',
    );
  });

  it('gives a dataset the validator accepts', () => {
    for (const accept of [false, true]) {
      const r = mergeWikidata(small, affiliates, { accept });
      const v = validateDataset(JSON.stringify(r.dataset), 'merged.json');
      expect(v.errors).toEqual([]);
    }
  });
});

describe('npm run import:wikidata', () => {
  it('prints a query that finds the classes from known items, never Q14827288', () => {
    const q = printedQuery(small);
    expect(q).toContain('VALUES ?known { wd:Q14866877 wd:Q15279140 wd:Q18559618 }');
    expect(q).toContain('https://query.wikidata.org/sparql?');
    expect(buildQuery(['Q8288'])).not.toContain('Q14827288');
  });

  it('writes the merged file with --into, and nothing without it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wikidata-'));
    const target = join(dir, 'small.json');
    copyFileSync(SMALL, target);
    const dry = io();
    expect(runImportWikidata([RESULTS, '--into', target, '--accept'], dry.io)).toBe(0);
    expect(dry.out).toContain('wikimedia-ch kind: dataset chapter, Wikidata thematic_org');
    const written = JSON.parse(readFileSync(target, 'utf8')) as Dataset;
    expect(written.organizations.find((o) => o.id === 'wikimedia-ch')?.kind).toBe('thematic_org');
    const bad = io();
    expect(runImportWikidata(['tests/fixtures/small.json', '--into', target], bad.io)).toBe(1);
    expect(bad.err.join('\n')).toMatch(/not SPARQL 1.1 JSON results/);
  });
});
