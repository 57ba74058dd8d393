// The shared readings' two stores: organisations' own readings never push out the city's.
import { describe, expect, it } from "vitest";
import { actorFor } from "@/lib/testing/actors";
import { shared, sharedForOrg } from "@/lib/data/shared-cache";

describe("shared readings", () => {
  it("a reading is computed once while nothing changes, and hundreds of organisations' inboxes do not evict it", async () => {
    let computed = 0;
    const ranking = () => shared("test:ranking", ["matters"], async () => ++computed);
    expect(await ranking()).toBe(1);
    expect(await ranking()).toBe(1);
    const clerk = await actorFor("street.clerk");
    // More organisations than the city-wide store holds (400), each reading its inbox.
    for (let orgId = 1_000_000; orgId < 1_000_600; orgId++) {
      await sharedForOrg({ ...clerk, orgId }, "test:inbox", async () => orgId);
    }
    expect(await ranking()).toBe(1);
    expect(computed).toBe(1);
  });

  it("an organisation's reading is its own: another organisation computes its own", async () => {
    const clerk = await actorFor("street.clerk");
    const a = await sharedForOrg(clerk, "test:own", async () => `org ${clerk.orgId}`);
    const b = await sharedForOrg({ ...clerk, orgId: clerk.orgId + 1 }, "test:own", async () => `org ${clerk.orgId + 1}`);
    expect(a).toBe(`org ${clerk.orgId}`);
    expect(b).toBe(`org ${clerk.orgId + 1}`);
  });
});
