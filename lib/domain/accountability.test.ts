import { describe, expect, it } from "vitest";
import { allowedActions, currentStatus, currentText, mayAct, mayOpenOn, maySeePersons, nextAccountabilityRef, nextStatus, scopeDistrictOf } from "@/lib/domain/accountability";

const BUREAU = 1, DISTRICT = 2, OTHER_DISTRICT = 3, STREET = 4, COMPANY = 5;
const record = { status: "OPEN", openedByOrgId: BUREAU, subjectOrgId: STREET };

describe("the status machine", () => {
  it("OPEN → DECIDED → CLOSED, only by the opening authority", () => {
    expect(nextStatus(record, "decide")).toBe("DECIDED");
    expect(nextStatus(record, "close")).toBeNull();
    expect(nextStatus({ ...record, status: "DECIDED" }, "close")).toBe("CLOSED");
    expect(nextStatus({ ...record, status: "CLOSED" }, "decide")).toBeNull();
    expect(mayAct(record, "decide", BUREAU)).toBe(true);
    expect(mayAct(record, "decide", STREET)).toBe(false);
    expect(mayAct({ ...record, status: "CLOSED" }, "close", BUREAU)).toBe(false);
  });

  it("the unit concerned explains until the record is closed; the opener amends any time", () => {
    expect(allowedActions(record, STREET)).toEqual(["explain"]);
    expect(allowedActions({ ...record, status: "CLOSED" }, STREET)).toEqual([]);
    expect(allowedActions({ ...record, status: "CLOSED" }, BUREAU)).toEqual(["amend"]);
    expect(allowedActions(record, COMPANY)).toEqual([]);
  });

  it("status and texts come from the history", () => {
    const history = [
      { seq: 1, kind: "OPENED", status: "OPEN", text: "" },
      { seq: 2, kind: "DECIDED", status: "DECIDED", text: "通报批评" },
      { seq: 3, kind: "AMENDED", status: "DECIDED", field: "DECISION", text: "通报批评并约谈" },
      { seq: 4, kind: "AMENDED", status: "DECIDED", field: "FINDINGS", text: "更正后的调查情况" },
    ];
    expect(currentStatus(history)).toBe("DECIDED");
    expect(currentStatus([])).toBe("OPEN");
    expect(currentText("", history, "DECISION")).toBe("通报批评并约谈");
    expect(currentText("原调查情况", history, "FINDINGS")).toBe("更正后的调查情况");
    expect(currentText("原调查情况", history.slice(0, 2), "FINDINGS")).toBe("原调查情况");
  });
});

describe("who opens and who sees", () => {
  const street = { id: STREET, kind: "STREET_OFFICE", districtId: DISTRICT, managesInDistricts: [] };
  const company = { id: COMPANY, kind: "PROPERTY_COMPANY", districtId: null, managesInDistricts: [DISTRICT] };
  const district = { orgId: DISTRICT, orgKind: "DISTRICT_GOVERNMENT", districtId: DISTRICT };
  const other = { orgId: OTHER_DISTRICT, orgKind: "DISTRICT_GOVERNMENT", districtId: OTHER_DISTRICT };
  const bureau = { orgId: BUREAU, orgKind: "HOUSING_BUREAU", districtId: null };

  it("the bureau on anyone, a district on its own units only", () => {
    expect(mayOpenOn(bureau, street)).toBe(true);
    expect(mayOpenOn(district, street)).toBe(true);
    expect(mayOpenOn(district, company)).toBe(true);
    expect(mayOpenOn(other, street)).toBe(false);
    expect(mayOpenOn(other, company)).toBe(false);
    expect(mayOpenOn({ orgId: STREET, orgKind: "STREET_OFFICE", districtId: DISTRICT }, company)).toBe(false);
    expect(mayOpenOn(district, { id: OTHER_DISTRICT, kind: "DISTRICT_GOVERNMENT", districtId: null, managesInDistricts: [] })).toBe(false);
    expect(mayOpenOn(bureau, { id: BUREAU, kind: "HOUSING_BUREAU", districtId: null, managesInDistricts: [] })).toBe(false);
  });

  it("the record falls in the opening district, or the subject's district for the bureau", () => {
    expect(scopeDistrictOf(district, company)).toBe(DISTRICT);
    expect(scopeDistrictOf(bureau, street)).toBe(DISTRICT);
    expect(scopeDistrictOf(bureau, { id: OTHER_DISTRICT, kind: "DISTRICT_GOVERNMENT", districtId: null, managesInDistricts: [] })).toBe(OTHER_DISTRICT);
  });

  it("persons responsible: the opening authority and the city only", () => {
    expect(maySeePersons({ orgId: DISTRICT, orgKind: "DISTRICT_GOVERNMENT" }, { openedByOrgId: DISTRICT })).toBe(true);
    expect(maySeePersons({ orgId: BUREAU, orgKind: "HOUSING_BUREAU" }, { openedByOrgId: DISTRICT })).toBe(true);
    expect(maySeePersons({ orgId: STREET, orgKind: "STREET_OFFICE" }, { openedByOrgId: DISTRICT })).toBe(false);
    expect(maySeePersons({ orgId: OTHER_DISTRICT, orgKind: "DISTRICT_GOVERNMENT" }, { openedByOrgId: DISTRICT })).toBe(false);
  });

  it("reference numbers count per year", () => {
    expect(nextAccountabilityRef(2026, null)).toBe("ZZ-2026-0001");
    expect(nextAccountabilityRef(2026, "ZZ-2026-0041")).toBe("ZZ-2026-0042");
    expect(nextAccountabilityRef(2027, "ZZ-2026-0041")).toBe("ZZ-2027-0001");
  });
});
