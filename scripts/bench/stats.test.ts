import { describe, expect, it } from "vitest";
import { citySize, DEFAULT_OPTIONS, parseArgs, percentile, summarize } from "./stats";

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
  });

  it("does not depend on the order of the samples", () => {
    expect(percentile([9, 1, 5, 3, 7], 50)).toBe(5);
    expect(percentile([9, 1, 5, 3, 7], 95)).toBe(9);
  });

  it("handles one sample and none", () => {
    expect(percentile([4], 99)).toBe(4);
    expect(percentile([], 50)).toBeNaN();
  });

  it("summarizes", () => {
    expect(summarize([3, 1, 2])).toEqual({ n: 3, p50: 2, p95: 3, p99: 3, max: 3 });
  });
});

describe("parseArgs", () => {
  it("has defaults: the full city, HTTP on port 3400", () => {
    expect(parseArgs([])).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS.scale).toBe(1);
    expect(DEFAULT_OPTIONS.port).toBe(3400);
  });

  it("reads every option, with and without =", () => {
    expect(parseArgs(["--scale", "0.01", "--quick", "--seed=7", "--out", "r.json", "--skip-http", "--reuse", "--port=3401", "--skip-data", "--postgres"])).toEqual({
      scale: 0.01, quick: true, seed: 7, out: "r.json", skipHttp: true, reuse: true, port: 3401, skipData: true, postgres: true,
    });
  });

  it("refuses unknown options, missing and bad values", () => {
    expect(() => parseArgs(["--fast"])).toThrow(/unknown option/);
    expect(() => parseArgs(["--scale"])).toThrow(/needs a value/);
    expect(() => parseArgs(["--scale", "--quick"])).toThrow(/needs a value/);
    expect(() => parseArgs(["--scale", "0"])).toThrow(/positive/);
    expect(() => parseArgs(["--seed", "abc"])).toThrow(/positive/);
  });
});

describe("citySize", () => {
  it("is the issue's city at scale 1", () => {
    expect(citySize(1)).toMatchObject({ districts: 9, streets: 120, communities: 900, areas: 6000, companies: 1500, complaints: 1_000_000, disputes: 100_000, meetings: 30_000, resolutions: 150_000, referrals: 200_000 });
  });

  it("scales everything but the nine districts, keeping a street per district and at least one of each", () => {
    const s = citySize(0.01);
    expect(s.districts).toBe(9);
    expect(s.complaints).toBe(10_000);
    expect(s.streets).toBe(9);
    expect(s.communities).toBe(9);
    expect(s.areas).toBe(60);
    expect(citySize(0.000001).complaints).toBe(1);
  });
});
