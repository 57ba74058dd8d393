import { describe, expect, it } from "vitest";
import { createRng, shuffled, zipfSampler } from "./rng";

describe("createRng", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(seqA);
  });

  it("stays within its ranges", () => {
    const r = createRng(7);
    for (let i = 0; i < 10_000; i++) {
      const x = r.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = r.int(3, 5);
      expect([3, 4, 5]).toContain(n);
    }
  });

  it("refuses to pick from an empty list", () => {
    expect(() => createRng(1).pick([])).toThrow();
  });
});

describe("zipfSampler", () => {
  it("draws low ranks far more often than high ones (hot areas)", () => {
    const draw = zipfSampler(1000, 0.7, createRng(1));
    const counts = new Array<number>(1000).fill(0);
    for (let i = 0; i < 100_000; i++) counts[draw()]!++;
    expect(counts[0]!).toBeGreaterThan(counts[999]! * 20);
    expect(Math.min(...counts.slice(0, 10))).toBeGreaterThan(Math.max(...counts.slice(900)));
  });

  it("is reproducible from the seed", () => {
    const a = zipfSampler(50, 1, createRng(9));
    const b = zipfSampler(50, 1, createRng(9));
    expect(Array.from({ length: 100 }, a)).toEqual(Array.from({ length: 100 }, b));
  });
});

describe("shuffled", () => {
  it("keeps every element and is deterministic per seed", () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const s1 = shuffled(items, createRng(3));
    expect([...s1].sort((x, y) => x - y)).toEqual(items);
    expect(shuffled(items, createRng(3))).toEqual(s1);
    expect(s1).not.toEqual(items);
  });
});
