import { describe, expect, it } from "vitest";
import { clientAddress, securityHeadersFor, trustedProxies } from "./transport.mjs";

describe("the client's address: X-Forwarded-For only from trusted proxies", () => {
  const none = trustedProxies("");
  const local = trustedProxies("127.0.0.1, ::1");
  const subnet = trustedProxies("10.0.0.0/8,192.168.1.5");

  it("without trusted proxies the connection's peer is the client, whatever the header says", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1", none)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", undefined, none)).toBe("203.0.113.9");
  });

  it("a request from a trusted proxy: the right-most address that is not a trusted proxy", () => {
    expect(clientAddress("127.0.0.1", "198.51.100.1", local)).toBe("198.51.100.1");
    // The client put a forged address in front; the proxy appended the real one.
    expect(clientAddress("10.1.2.3", "1.2.3.4, 198.51.100.1, 10.9.9.9", subnet)).toBe("198.51.100.1");
    expect(clientAddress("192.168.1.5", "198.51.100.1", subnet)).toBe("198.51.100.1");
  });

  it("a header from a peer that is not a trusted proxy is ignored", () => {
    expect(clientAddress("192.168.1.6", "198.51.100.1", subnet)).toBe("192.168.1.6");
    expect(clientAddress("127.0.0.2", "198.51.100.1", local)).toBe("127.0.0.2");
  });

  it("garbage in the header is not an address", () => {
    expect(clientAddress("127.0.0.1", "not-an-ip", local)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "", local)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "198.51.100.1, <script>", local)).toBe("127.0.0.1");
  });

  it("refuses a setting it cannot read, rather than trusting everyone", () => {
    expect(() => trustedProxies("everyone")).toThrow(/TRUSTED_PROXIES/);
    expect(() => trustedProxies("10.0.0.0/40")).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("transport headers", () => {
  it("HSTS only when the site is served over https", () => {
    expect(securityHeadersFor("https://liandong.example.gov.cn")).toEqual({ "Strict-Transport-Security": "max-age=31536000; includeSubDomains" });
    expect(securityHeadersFor("http://localhost:3000")).toEqual({});
    expect(securityHeadersFor(undefined)).toEqual({});
  });
});
