import { describe, expect, it } from "vitest";
import { nextRef } from "@/lib/domain/reference-number";

describe("record numbers", () => {
  it("start at 000001 each year and count up", () => {
    expect(nextRef("Complaint", 2026, null)).toBe("TS-2026-000001");
    expect(nextRef("Complaint", 2026, "TS-2026-000041")).toBe("TS-2026-000042");
    expect(nextRef("Complaint", 2027, "TS-2026-000041")).toBe("TS-2027-000001");
    expect(nextRef("EnforcementReferral", 2026, null)).toBe("ZF-2026-000001");
    expect(nextRef("PlannedWorks", 2026, "SG-2026-000009")).toBe("SG-2026-000010");
    expect(nextRef("Outage", 2026, null)).toBe("TD-2026-000001");
  });
});
