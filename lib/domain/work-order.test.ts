import { describe, expect, it } from "vitest";
import { canonicalJson, workOrderEventFor, workOrderFingerprint } from "@/lib/domain/work-order";

describe("work orders", () => {
  it("tells the hotline of acceptance, 退单, 延期, 办结, 答复, closing, reopening and visits, not of internal steps", () => {
    expect(workOrderEventFor("ACCEPTED")).toBe("accepted");
    expect(workOrderEventFor("NOT_ACCEPTED")).toBe("returned");
    expect(workOrderEventFor("EXTENSION_APPROVED")).toBe("extended");
    expect(workOrderEventFor("HANDLED")).toBe("handled");
    expect(workOrderEventFor("REPLIED")).toBe("replied");
    expect(workOrderEventFor("CLOSED")).toBe("closed");
    expect(workOrderEventFor("REOPENED")).toBe("reopened");
    expect(workOrderEventFor("RETURN_VISIT")).toBe("visited");
    for (const internal of ["REGISTERED", "ASSIGNED", "REASSIGNED", "STARTED", "RETURNED", "PRESSED", "EXTENSION_REQUESTED", "EXTENSION_REFUSED", "nonsense"]) {
      expect(workOrderEventFor(internal), internal).toBeNull();
    }
  });

  it("fingerprints content regardless of key order, and any change of a value changes it", () => {
    const a = { orderNo: "1", areaId: 3, description: "楼道堆物", residentPhone: "" };
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: 2 }] })).toBe('{"a":[2,{"c":2,"d":1}],"b":1}');
    expect(workOrderFingerprint(a)).toBe(workOrderFingerprint({ residentPhone: "", description: "楼道堆物", areaId: 3, orderNo: "1" }));
    expect(workOrderFingerprint(a)).not.toBe(workOrderFingerprint({ ...a, areaId: 4 }));
    expect(workOrderFingerprint(a)).not.toBe(workOrderFingerprint({ ...a, description: "楼道堆物。" }));
  });
});
