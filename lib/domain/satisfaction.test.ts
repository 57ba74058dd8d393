import { describe, expect, it } from "vitest";
import {
  lookupsRefused,
  MAX_FAILURES,
  mayRecordReturnVisit,
  mayReopenWith,
  mayResidentRate,
  phoneMatches,
  phoneSuffix,
  publicStage,
  ratingCounts,
  WINDOW_MS,
} from "@/lib/domain/satisfaction";

describe("which rating counts", () => {
  it("the first rating counts, whatever its source", () => {
    expect(ratingCounts({ satisfaction: null, satisfactionSource: null }, "RETURN_VISIT")).toBe(true);
    expect(ratingCounts({ satisfaction: null, satisfactionSource: null }, "RESIDENT")).toBe(true);
  });
  it("the resident's own rating replaces a return visit, and a return visit does not replace it", () => {
    expect(ratingCounts({ satisfaction: "SATISFIED", satisfactionSource: "RETURN_VISIT" }, "RESIDENT")).toBe(true);
    expect(ratingCounts({ satisfaction: "DISSATISFIED", satisfactionSource: "RESIDENT" }, "RETURN_VISIT")).toBe(false);
  });
  it("a later return visit replaces an earlier one", () => {
    expect(ratingCounts({ satisfaction: "DISSATISFIED", satisfactionSource: "RETURN_VISIT" }, "RETURN_VISIT")).toBe(true);
  });
});

describe("who may rate when", () => {
  it("the registering office records return visits on closed complaints only", () => {
    expect(mayRecordReturnVisit({ status: "CLOSED", registeredOrgId: 1 }, 1)).toBe(true);
    expect(mayRecordReturnVisit({ status: "CLOSED", registeredOrgId: 1 }, 2)).toBe(false);
    for (const s of ["REGISTERED", "IN_PROGRESS", "HANDLED", "REPLIED", "NOT_ACCEPTED"]) expect(mayRecordReturnVisit({ status: s, registeredOrgId: 1 }, 1)).toBe(false);
  });
  it("only a dissatisfied rating reopens", () => {
    expect(mayReopenWith("DISSATISFIED")).toBe(true);
    expect(mayReopenWith("BASICALLY_SATISFIED")).toBe(false);
    expect(mayReopenWith("SATISFIED")).toBe(false);
  });
  it("the resident rates a closed complaint once", () => {
    expect(mayResidentRate({ status: "CLOSED", residentRatedAt: null })).toBe(true);
    expect(mayResidentRate({ status: "CLOSED", residentRatedAt: new Date() })).toBe(false);
    expect(mayResidentRate({ status: "REPLIED", residentRatedAt: null })).toBe(false);
  });
});

describe("the phone check", () => {
  it("compares the last four digits, ignoring separators", () => {
    expect(phoneSuffix("138-1234-5678")).toBe("5678");
    expect(phoneMatches("13812345678", "5678")).toBe(true);
    expect(phoneMatches("0451 8460 0037", "0037")).toBe(true);
    expect(phoneMatches("13812345678", "5679")).toBe(false);
  });
  it("never matches a complaint without a usable phone or a malformed suffix", () => {
    expect(phoneMatches("", "0000")).toBe(false);
    expect(phoneMatches("123", "0123")).toBe(false);
    expect(phoneMatches("13812345678", "678")).toBe(false);
    expect(phoneMatches("13812345678", "56a8")).toBe(false);
  });
});

describe("plain-words stage", () => {
  it("folds the internal steps into four stages", () => {
    expect(publicStage("REGISTERED")).toBe("RECEIVED");
    for (const s of ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RETURNED", "DUPLICATE"]) expect(publicStage(s)).toBe("IN_HAND");
    expect(publicStage("HANDLED")).toBe("HANDLED");
    expect(publicStage("REPLIED")).toBe("HANDLED");
    expect(publicStage("CLOSED")).toBe("CLOSED");
    expect(publicStage("NOT_ACCEPTED")).toBe("NOT_ACCEPTED");
  });
});

describe("throttling look-ups", () => {
  const now = new Date("2026-11-27T10:00:00Z");
  const fail = (minutesAgo: number) => ({ success: false, at: new Date(now.getTime() - minutesAgo * 60_000) });
  it(`refuses after ${MAX_FAILURES} failures within the window`, () => {
    expect(lookupsRefused([fail(1), fail(2), fail(3), fail(4)], now)).toBe(false);
    expect(lookupsRefused([fail(1), fail(2), fail(3), fail(4), fail(5)], now)).toBe(true);
  });
  it("forgets failures older than the window, and does not count successes", () => {
    const old = { success: false, at: new Date(now.getTime() - WINDOW_MS - 1) };
    expect(lookupsRefused([old, fail(2), fail(3), fail(4), fail(5)], now)).toBe(false);
    expect(lookupsRefused([{ success: true, at: now }, fail(2), fail(3), fail(4), fail(5)], now)).toBe(false);
  });
});
