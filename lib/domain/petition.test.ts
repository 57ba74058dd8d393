import { describe, expect, it } from "vitest";
import { accountabilityReview, petitionFieldsSchema, wasOverdue, type PriorMatter } from "@/lib/domain/petition";

const prior = (over: Partial<PriorMatter>): PriorMatter => ({ id: 1, ref: "TS-2026-000001", receivedOn: "2026-10-01", overdue: false, bounced: false, ...over });
const petition = { id: 9, isPetition: true, receivedOn: "2026-11-20" };

describe("accountabilityReview", () => {
  it("flags a petition that follows an overdue matter about the same area", () => {
    expect(accountabilityReview(petition, [prior({ overdue: true })])).toEqual([{ id: 1, ref: "TS-2026-000001", reason: "OVERDUE" }]);
  });

  it("flags a petition that follows a bounced matter", () => {
    expect(accountabilityReview(petition, [prior({ bounced: true })])).toEqual([{ id: 1, ref: "TS-2026-000001", reason: "BOUNCED" }]);
  });

  it("does not flag one that follows matters handled on time without bouncing", () => {
    expect(accountabilityReview(petition, [prior({}), prior({ id: 2 })])).toEqual([]);
  });

  it("does not flag a complaint that is not a petition", () => {
    expect(accountabilityReview({ ...petition, isPetition: false }, [prior({ overdue: true })])).toEqual([]);
    expect(accountabilityReview({ ...petition, isPetition: null }, [prior({ overdue: true })])).toEqual([]);
  });

  it("looks back 90 days, not further and not forward, and not at itself", () => {
    expect(accountabilityReview(petition, [prior({ receivedOn: "2026-08-22", overdue: true })])).toHaveLength(1); // 90 days
    expect(accountabilityReview(petition, [prior({ receivedOn: "2026-08-21", overdue: true })])).toEqual([]); // 91 days
    expect(accountabilityReview(petition, [prior({ receivedOn: "2026-11-21", overdue: true })])).toEqual([]);
    expect(accountabilityReview(petition, [prior({ id: 9, overdue: true })])).toEqual([]);
  });
});

describe("wasOverdue", () => {
  it("open past its deadline, or handled after it", () => {
    expect(wasOverdue({ currentDueDate: "2026-11-01", handledOn: null, dueDate: "2026-11-01" }, "2026-11-02")).toBe(true);
    expect(wasOverdue({ currentDueDate: "2026-11-02", handledOn: null, dueDate: "2026-11-02" }, "2026-11-02")).toBe(false);
    expect(wasOverdue({ currentDueDate: null, handledOn: "2026-11-05", dueDate: "2026-11-04" }, "2026-11-20")).toBe(true);
    expect(wasOverdue({ currentDueDate: null, handledOn: "2026-11-04", dueDate: "2026-11-04" }, "2026-11-20")).toBe(false);
  });
});

describe("petitionFieldsSchema", () => {
  it("needs at least two people when marked as a petition", () => {
    expect(petitionFieldsSchema.safeParse({ isPetition: true, petitionHeadcount: 1 }).success).toBe(false);
    expect(petitionFieldsSchema.safeParse({ isPetition: true, petitionHeadcount: null }).success).toBe(false);
    expect(petitionFieldsSchema.safeParse({ isPetition: true, petitionHeadcount: 2 }).success).toBe(true);
    expect(petitionFieldsSchema.safeParse({ isPetition: false, petitionHeadcount: null }).success).toBe(true);
  });
});
