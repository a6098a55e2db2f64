/**
 * The validator's messages as keys of the UI's message files: every key the validator writes is
 * an English message, English renders them as `npm run validate` always printed them (the other
 * validate tests compare those lines), every UI language renders every message of the planted
 * errors without leftovers, and `npm run validate -- --lang <code>` prints in that language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../src/cli/validate.ts';
import { english } from '../../src/i18n/english.ts';
import { messagesIn, MESSAGES, UI_LANGUAGES } from '../../src/i18n/messages.ts';
import { msg } from '../../src/model/message.ts';
import {
  formatIssue,
  formatIssueIn,
  summarize,
  validateDataset,
} from '../../src/model/validate.ts';

const PLANTED = 'tests/fixtures/planted-errors.json';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

function run(...args: string[]): { status: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const status = runValidate(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out, err };
}

describe('validator message keys', () => {
  it('every key the code names is an English message', () => {
    const used = new Set<string>();
    for (const file of [...sourceFiles('src/model'), ...sourceFiles('src/cli')]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'(validate-[a-z0-9-]+)'/g))
        used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(150);
    expect([...used].filter((k) => !(k in MESSAGES.en!))).toEqual([]);
  });

  it('renders every planted error in every UI language, with no parameter or markup left', () => {
    const result = validateDataset(readFileSync(PLANTED, 'utf8'), PLANTED);
    const issues = [...result.errors, ...result.warnings];
    expect(issues.length).toBeGreaterThan(30);
    for (const lang of UI_LANGUAGES) {
      const render = messagesIn(lang);
      for (const issue of issues) {
        const line = formatIssueIn(issue, render);
        expect(line, `${lang}: ${formatIssue(issue)}`).not.toMatch(/\$\d|\{\{|\}\}|⧼|validate-/);
        if (lang === 'en') expect(line).toBe(formatIssue(issue));
      }
    }
  });

  it('names a month in the reader’s language and counts with its plural forms', () => {
    const date = msg('validate-date-no-day', '"2017-02-29"', { date: '2017-02' }, 28);
    expect(english(date)).toBe('"2017-02-29" is not a calendar date: February 2017 has 28 days');
    expect(messagesIn('de')(date)).toBe(
      '"2017-02-29" ist kein Kalenderdatum: Februar 2017 hat 28 Tage',
    );
    expect(messagesIn('uk')(msg('validate-count-meetups', 3))).toBe('3 зустрічі');
    expect(messagesIn('uk')(msg('validate-count-meetups', 11))).toBe('11 зустрічей');
    expect(messagesIn('ar')(msg('validate-count-networks', 2))).toBe('شبكتان');
    expect(messagesIn('fr')(msg('validate-more-errors', 12345))).toBe('12\u202f345 autres erreurs');
  });
});

describe('npm run validate -- --lang', () => {
  it('prints the errors and the summary line in German', () => {
    const { status, out, err } = run('--lang', 'de', PLANTED);
    expect(status).toBe(1);
    expect(out[0]).toBe(
      `${PLANTED}:3:14 updated "2025-02-30" ist kein Kalenderdatum: Februar 2025 hat 28 Tage`,
    );
    expect(out.some((l) => l.startsWith('Warnung: '))).toBe(true);
    expect(err).toEqual([
      expect.stringMatching(/^Prüfung fehlgeschlagen: \d+ Fehler, \d+ Warnungen$/),
    ]);
  });

  it('summarizes a valid file in the language, and takes --lang=xx and region tags', () => {
    const { status, out } = run('--lang=pt-BR', 'tests/fixtures/small.json');
    expect(status).toBe(0);
    expect(out.at(-1)).toMatch(/^ok: 4 capítulos, 1 antigo capítulo, 1 grupo de usuários, /);
    expect(summarize(JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8')))).toMatch(
      /^ok: 4 chapters, 1 former chapter, /,
    );
  });

  it('refuses a language it has no messages for, naming those it has', () => {
    const { status, err } = run('--lang', 'xx', PLANTED);
    expect(status).toBe(2);
    expect(err[0]).toMatch(
      /^unknown language "xx": one of en, es, fr, ar, pt-br, de, uk, id; usage/,
    );
  });
});
