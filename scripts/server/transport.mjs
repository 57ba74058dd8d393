// What the HTTP server decides before Next.js sees a request: the client's address (from
// X-Forwarded-For only when the connection comes from a trusted proxy) and the transport
// headers (HSTS when the site is served over https). Plain JavaScript: scripts/server.mjs runs
// it without a build step. Unit-tested in transport.test.ts.
import net from "node:net";

/** "::ffff:10.0.0.1" → "10.0.0.1"; anything that is not an IP address → null. */
export function normaliseAddress(value) {
  const s = String(value ?? "").trim();
  const v4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(s);
  const address = v4 ? v4[1] : s;
  return net.isIP(address) ? address : null;
}

/**
 * The trusted proxies from the TRUSTED_PROXIES setting: addresses and CIDR ranges separated by
 * commas ("127.0.0.1, 10.0.0.0/8, ::1"). An entry that cannot be read stops the server: a typo
 * must not silently trust everyone, nor silently trust no one.
 */
export function trustedProxies(setting) {
  const list = new net.BlockList();
  for (const raw of String(setting ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const [addressPart, bitsPart] = raw.split("/");
    const address = normaliseAddress(addressPart);
    const family = address ? (net.isIPv6(address) ? "ipv6" : "ipv4") : null;
    const bits = bitsPart === undefined ? null : Number(bitsPart);
    const maxBits = family === "ipv6" ? 128 : 32;
    if (!address || !family || (bits !== null && (!Number.isInteger(bits) || bits < 0 || bits > maxBits))) {
      throw new Error(`TRUSTED_PROXIES: cannot read "${raw}" (expected addresses or CIDR ranges separated by commas)`);
    }
    if (bits === null) list.addAddress(address, family);
    else list.addSubnet(address, bits, family);
  }
  return (address) => {
    const a = normaliseAddress(address);
    return a !== null && list.check(a, net.isIPv6(a) ? "ipv6" : "ipv4");
  };
}

/**
 * The client's address. The connection's peer, unless the peer is a trusted proxy: then the
 * X-Forwarded-For chain is read from the right (each proxy appends the address it saw), skipping
 * trusted proxies; the first address that is not one is the client. A forged entry that a client
 * put at the left of the chain is never reached. A chain that cannot be read ends at the last
 * address known.
 */
export function clientAddress(peer, forwardedFor, isTrusted) {
  let client = normaliseAddress(peer) ?? "";
  if (!isTrusted(client)) return client;
  const chain = String(forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(chain[i]);
    if (!hop) return client;
    client = hop;
    if (!isTrusted(hop)) return hop;
  }
  return client;
}

/** Headers every response carries, from the configured public address (NEXTAUTH_URL). */
export function securityHeadersFor(publicUrl) {
  return String(publicUrl ?? "").startsWith("https://") ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {};
}

/**
 * Rewrites a request's forwarding headers before Next.js reads them: X-Forwarded-For becomes the
 * one client address decided above, X-Forwarded-Proto is kept only from a trusted proxy, and the
 * headers other code might trust (X-Real-IP) are removed.
 */
export function prepareRequest(req, res, { isTrusted, publicUrl }) {
  const peer = req.socket?.remoteAddress;
  const fromProxy = isTrusted(peer);
  req.headers["x-forwarded-for"] = clientAddress(peer, req.headers["x-forwarded-for"], isTrusted);
  delete req.headers["x-real-ip"];
  delete req.headers["forwarded"];
  if (!fromProxy) {
    delete req.headers["x-forwarded-proto"];
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-port"];
  }
  for (const [name, value] of Object.entries(securityHeadersFor(publicUrl))) res.setHeader(name, value);
}
