// Percentiles and the benchmark's command-line options: pure functions, unit-tested.

/** The p-th percentile (0–100) of samples by the nearest-rank method; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export type Summary = { n: number; p50: number; p95: number; p99: number; max: number };

export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: samples.length ? Math.max(...samples) : Number.NaN,
  };
}

export type BenchOptions = {
  scale: number;
  quick: boolean;
  seed: number;
  out: string | null;
  skipHttp: boolean;
  skipData: boolean;
  reuse: boolean;
  /** Measure on PostgreSQL: the generated city copied into a database of its own (docs/decisions/091). */
  postgres: boolean;
  port: number;
};

export const DEFAULT_OPTIONS: BenchOptions = { scale: 1, quick: false, seed: 20101, out: null, skipHttp: false, skipData: false, reuse: false, postgres: false, port: 3400 };

/** Parses `--scale 0.01 --quick --seed 7 --out f.json --skip-http --skip-data --reuse --postgres --port 3400` (also `--scale=0.01`). */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const o: BenchOptions = { ...DEFAULT_OPTIONS };
  const args: string[] = [];
  for (const a of argv) {
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    if (eq > 0) args.push(a.slice(0, eq), a.slice(eq + 1));
    else args.push(a);
  }
  const value = (i: number, name: string): string => {
    const v = args[i + 1];
    if (v === undefined || v.startsWith("--")) throw new Error(`${name} needs a value`);
    return v;
  };
  const positive = (v: string, name: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${v}"`);
    return n;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    switch (a) {
      case "--scale":
        o.scale = positive(value(i, a), a);
        i++;
        break;
      case "--seed":
        o.seed = Math.floor(positive(value(i, a), a));
        i++;
        break;
      case "--port":
        o.port = Math.floor(positive(value(i, a), a));
        i++;
        break;
      case "--out":
        o.out = value(i, a);
        i++;
        break;
      case "--quick":
        o.quick = true;
        break;
      case "--skip-http":
        o.skipHttp = true;
        break;
      case "--skip-data":
        o.skipData = true;
        break;
      case "--reuse":
        o.reuse = true;
        break;
      case "--postgres":
        o.postgres = true;
        break;
      default:
        throw new Error(`unknown option ${a}`);
    }
  }
  return o;
}

/** Counts of the default city (issue 6), times the scale, at least 1 each. */
export const CITY = {
  districts: 9,
  streets: 120,
  communities: 900,
  areas: 6_000,
  companies: 1_500,
  complaints: 1_000_000,
  disputes: 100_000,
  meetings: 30_000,
  resolutions: 150_000,
  referrals: 200_000,
} as const;
export type CitySize = { -readonly [K in keyof typeof CITY]: number };

export function citySize(scale: number): CitySize {
  const out = {} as CitySize;
  for (const [k, v] of Object.entries(CITY) as [keyof typeof CITY, number][]) {
    // The nine districts are the city's; everything else scales.
    out[k] = k === "districts" ? v : Math.max(1, Math.round(v * scale));
  }
  // Every district has a street, every street a community, every community an area.
  out.streets = Math.max(out.streets, out.districts);
  out.communities = Math.max(out.communities, out.streets);
  out.areas = Math.max(out.areas, out.communities);
  return out;
}
