import { describe, expect, it } from 'vitest';
import { ALL_KEYS } from './queryKeys';

type Key = readonly unknown[];
type Factory = Record<string, Key | ((...args: never[]) => Key)>;

/**
 * Two sets of arguments for every key function (a new function without them fails the test): the second differs
 * from the first in every argument.
 */
const P1 = { page: 0, size: 10 };
const P2 = { page: 1, size: 10 };
const SAMPLES: Record<string, [unknown[], unknown[]]> = {
  'communeKeys.ofProvince': [['12'], ['01']],
  'communeKeys.detail': [['03549'], ['00001']],
  'modelKeys.list': [[P1], [P2]],
  'modelKeys.detail': [['MH12-00001'], ['MH12-00002']],
  'modelKeys.summary': [['MH12-00001'], ['MH12-00002']],
  'modelKeys.history': [['MH12-00001'], ['MH12-00002']],
  'modelKeys.outcomes': [
    ['MH12-00001', P1],
    ['MH12-00002', P2],
  ],
  'pointKeys.list': [[P1], [P2]],
  'pointKeys.detail': [[1], [2]],
  'pointKeys.quiet': [[P1], [P2]],
  'outcomeKeys.list': [[P1], [P2]],
  'outcomeKeys.totals': [[P1], [P2]],
  'summaryKeys.figures': [
    ['2026', '12'],
    ['2025', '01'],
  ],
  'summaryKeys.provinces': [['2026'], ['2025']],
  'summaryKeys.communes': [[P1], [P2]],
  'auditKeys.list': [[P1], [P2]],
  'importKeys.job': [[1], [2]],
  'reportingKeys.completeness': [
    ['POINT_MONTHLY', P1],
    ['PROVINCE_YEARLY', P2],
  ],
  'reportingKeys.lateUnits': [
    ['POINT_MONTHLY', P1],
    ['PROVINCE_YEARLY', P2],
  ],
  'reportingKeys.grid': [
    ['POINT_MONTHLY', P1],
    ['PROVINCE_YEARLY', P2],
  ],
  'reportingKeys.report': [
    ['POINT_MONTHLY', '202406', '12'],
    ['PROVINCE_YEARLY', '2025', '01'],
  ],
  'reportingKeys.locks': [[P1], [P2]],
  'validationKeys.violations': [[P1], [P2]],
  'outlierKeys.list': [[P1], [P2]],
};

function sample(name: string, fn: (...args: never[]) => Key, variant: 0 | 1): Key {
  if (fn.length === 0) return fn();
  const args = SAMPLES[name];
  if (!args) throw new Error(`no sample arguments for ${name}`);
  return (fn as (...a: unknown[]) => Key)(...args[variant]);
}

const entries = Object.entries(ALL_KEYS as unknown as Record<string, Factory>).flatMap(([factory, members]) =>
  Object.entries(members).map(([name, member]) => ({ factory, name, member, resource: (members.all as Key)[0] })),
);
const functions = entries.filter((e) => typeof e.member === 'function') as {
  factory: string;
  name: string;
  member: (...args: never[]) => Key;
  resource: unknown;
}[];

describe('query keys', () => {
  it('give every resource its own first element', () => {
    const resources = Object.values(ALL_KEYS).map((f) => f.all[0]);
    expect(new Set(resources).size).toBe(resources.length);
  });

  it('start every key with its resource, so invalidating `all` reaches it', () => {
    for (const f of functions) {
      const key = sample(`${f.factory}.${f.name}`, f.member, 0);
      expect(key[0], `${f.factory}.${f.name}`).toBe(f.resource);
      expect(typeof key[1], `${f.factory}.${f.name} names its kind`).toBe('string');
    }
  });

  it('give each kind of data one key function: others of the same kind are only its bare prefix', () => {
    const byKind = new Map<string, string[]>();
    for (const f of functions) {
      const key = sample(`${f.factory}.${f.name}`, f.member, 0);
      const kind = `${String(key[0])}/${String(key[1])}`;
      if (key.length > 2) byKind.set(kind, [...(byKind.get(kind) ?? []), `${f.factory}.${f.name}`]);
    }
    for (const [kind, owners] of byKind) expect(owners, kind).toHaveLength(1);
  });

  it('never let keys of different functions be equal or one a prefix holding data of the other', () => {
    const keys = functions.map((f) => ({
      name: `${f.factory}.${f.name}`,
      key: JSON.stringify(sample(`${f.factory}.${f.name}`, f.member, 0)),
    }));
    for (const a of keys) {
      for (const b of keys) {
        if (a === b) continue;
        expect(a.key === b.key, `${a.name} equals ${b.name}`).toBe(false);
      }
    }
  });

  it('keep every argument in the key', () => {
    for (const f of functions.filter((g) => g.member.length > 0)) {
      expect(JSON.stringify(sample(`${f.factory}.${f.name}`, f.member, 0)), `${f.factory}.${f.name}`).not.toBe(
        JSON.stringify(sample(`${f.factory}.${f.name}`, f.member, 1)),
      );
    }
  });

  it('are the only query keys in the code: no inline arrays, no string constants', () => {
    const sources = import.meta.glob(
      ['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../api/queryKeys.ts', '!../api/schema.d.ts'],
      { query: '?raw', import: 'default', eager: true },
    ) as Record<string, string>;
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    const offenders = Object.entries(sources)
      .filter(([, text]) => /queryKey:\s*\[/.test(text) || /queryKey:\s*['"]/.test(text) || /_KEY\b/.test(text))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
  });
});
