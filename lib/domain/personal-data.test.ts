import { describe, expect, it } from "vitest";
import { maskName, maskPhone, mayIdentifyResident, residentFor } from "@/lib/domain/personal-data";

describe("masking", () => {
  it("masks mobile numbers as 138****5678", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone(" 15945678901 ")).toBe("159****8901");
  });
  it("masks landlines keeping the area code and the last four digits", () => {
    expect(maskPhone("0451-84661234")).toBe("0451-****1234");
    expect(maskPhone("045184661234")).toBe("0451-****1234");
    expect(maskPhone("010-12345678")).toBe("010-****5678");
  });
  it("masks anything else down to its last four characters, and keeps empty empty", () => {
    expect(maskPhone("12345")).toBe("****2345");
    expect(maskPhone("123")).toBe("****");
    expect(maskPhone("")).toBe("");
  });
  it("keeps only the first character of a name", () => {
    expect(maskName("张三")).toBe("张*");
    expect(maskName("张三丰")).toBe("张**");
    expect(maskName("欧阳娜娜")).toBe("欧***");
    expect(maskName("王")).toBe("王*");
    expect(maskName("")).toBe("");
  });
});

describe("who may identify the resident", () => {
  const c = { registeredOrgId: 1, handlerOrgId: 2, aboutOrgId: null, residentName: "李建华", residentPhone: "13904511234" };
  it("the registering office and the current handler see the full name and phone", () => {
    expect(mayIdentifyResident(c, 1)).toBe(true);
    expect(mayIdentifyResident(c, 2)).toBe(true);
    expect(residentFor(c, 2)).toEqual({ residentName: "李建华", residentPhone: "13904511234", identified: true });
  });
  it("everybody else sees them masked", () => {
    expect(mayIdentifyResident(c, 3)).toBe(false);
    expect(residentFor(c, 3)).toEqual({ residentName: "李**", residentPhone: "139****1234", identified: false });
  });
  it("the organisation the complaint is about never sees them, even as the handler", () => {
    const about = { ...c, aboutOrgId: 2 };
    expect(mayIdentifyResident(about, 2)).toBe(false);
    expect(residentFor(about, 2).residentPhone).toBe("139****1234");
    expect(mayIdentifyResident(about, 1)).toBe(true);
  });
  it("a former handler loses sight of them once the complaint moved on", () => {
    expect(mayIdentifyResident({ ...c, handlerOrgId: 1 }, 2)).toBe(false);
  });
});
