/**
 * `npm run bench`: runs the benchmark suites in src/cli/bench/ (every module there whose
 * default export is `{ name, run }`), prints each suite's table, then all results as JSON, and
 * writes them to bench-results/bench.json.
 *
 *   npm run bench                      all suites, default sizes
 *   npm run bench -- map               one suite
 *   npm run bench -- map --sizes 500   one suite, chosen sizes (for suites that take sizes)
 *   npm run bench -- graph --only canvas,main   chosen variants (for suites that have them)
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchSuite {
  name: string;
  run: (options?: { sizes?: readonly number[]; only?: readonly string[] }) => Promise<unknown>;
}

function isSuite(value: unknown): value is BenchSuite {
  const v = value as Partial<BenchSuite> | null;
  return !!v && typeof v.name === 'string' && typeof v.run === 'function';
}

export async function loadSuites(dir: string): Promise<BenchSuite[]> {
  const suites: BenchSuite[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.ts')) continue;
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
    if (isSuite(module.default)) suites.push(module.default);
  }
  return suites;
}

async function main(argv: readonly string[]): Promise<void> {
  const dir = fileURLToPath(new URL('./bench/', import.meta.url));
  const at = argv.indexOf('--sizes');
  const sizes = at >= 0 ? (argv[at + 1] ?? '').split(',').map(Number) : undefined;
  if (sizes && sizes.some((n) => !Number.isInteger(n) || n < 0)) {
    throw new Error(`--sizes takes whole numbers separated by commas (got "${argv[at + 1]}")`);
  }
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',') : undefined;
  const wanted = argv.filter(
    (a, i) =>
      !a.startsWith('--') && !(at >= 0 && i === at + 1) && !(onlyAt >= 0 && i === onlyAt + 1),
  );
  const all = await loadSuites(dir);
  const unknown = wanted.filter((w) => !all.some((s) => s.name === w));
  if (unknown.length) {
    throw new Error(
      `unknown suite(s): ${unknown.join(', ')}; known: ${all.map((s) => s.name).join(', ')}`,
    );
  }
  const chosen = wanted.length ? all.filter((s) => wanted.includes(s.name)) : all;
  const results: Record<string, unknown> = {};
  for (const suite of chosen) {
    console.log(`\n== ${suite.name} ==`);
    results[suite.name] = await suite.run({
      ...(sizes ? { sizes } : {}),
      ...(only ? { only } : {}),
    });
  }
  const report = { date: new Date().toISOString(), node: process.version, results };
  const out = fileURLToPath(new URL('../../bench-results/', import.meta.url));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${JSON.stringify(report, null, 2)}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
