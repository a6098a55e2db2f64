import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ADDED_MEETUPS,
  ADDED_ORGANIZATIONS,
  AUDIT_SOURCES,
  DATA_AS_OF,
} from '../../src/cli/reference-audit.ts';
import type { Dataset } from '../../src/model/schema.ts';

// The converter needs the reference facts, which live outside the repository, so CI cannot run
// it. These tests catch the other half of a stale file: an audit table edited without running
// `npm run import:reference` again.
const data = JSON.parse(readFileSync('data/wikimedia.json', 'utf8')) as Dataset;
const sources = new Map(data.sources.map((s) => [s.id, s]));
const meetups = new Map(data.meetups.map((m) => [m.id, m]));

describe('data/wikimedia.json and the audit tables (src/cli/reference-audit.ts)', () => {
  it('carries every audit source as written in the table', () => {
    for (const s of AUDIT_SOURCES) expect(sources.get(s.id), s.id).toEqual(s);
  });

  it('has every added organization, citing its sources', () => {
    for (const a of ADDED_ORGANIZATIONS) {
      const o = data.organizations.find((r) => r.name === a.name);
      expect(o, a.name).toBeDefined();
      expect(o!.kind).toBe(a.kind);
      expect(o!.status).toBe(a.status);
      expect(o!.sources).toEqual(a.sources);
      expect(o!.recognized).toBe(a.recognized);
    }
  });

  it('has every added meetup with its dates, place, organizers and sources', () => {
    for (const a of ADDED_MEETUPS) {
      const m = meetups.get(a.id);
      expect(m, a.id).toBeDefined();
      expect({
        name: m!.name,
        series: m!.series,
        start: m!.start,
        end: m!.end,
        format: m!.format,
        city: m!.location?.city,
        organizers: m!.organizers,
        sources: m!.sources,
      }).toEqual({
        name: a.name,
        series: a.series,
        start: a.start,
        end: a.end,
        format: a.format,
        city: a.place?.city,
        organizers: a.organizers,
        sources: a.sources,
      });
      for (const o of a.organizers) expect(m!.participants).toContain(o);
    }
  });

  it('places no online meetup and every in-person one', () => {
    for (const a of ADDED_MEETUPS) {
      if (a.format === 'online') expect(a.place, a.id).toBeUndefined();
      if (a.format === 'in-person') expect(a.place, a.id).toBeDefined();
    }
  });

  it('is dated as the tables say the facts were checked', () => {
    expect(data.meta?.dataAsOf).toBe(DATA_AS_OF);
  });
});
