import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

// Security headers: government intranets audit these (等保2.0). No outside host is ever
// contacted: fonts are the system's, scripts and styles are served by the app itself. The
// Content-Security-Policy carries a fresh script nonce per request, so proxy.ts sets it
// (lib/csp.ts); HSTS is sent by scripts/server.mjs when the site is served over https.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["better-sqlite3", "@node-rs/jieba", "exceljs"],
  // `npm test` runs tsc over the whole project just before it builds and sets this: the build's
  // own type-check pass would repeat it (about 30 s). `npm start` and `next build` still check.
  typescript: { ignoreBuildErrors: process.env.LIANDONG_TYPECHECKED === "1" },
  experimental: {
    // Both limits are the attachment rule (5 files of 5 MiB) plus 2 MiB for the form's fields:
    // MAX_UPLOAD_BODY_BYTES in lib/domain/attachment.ts. The proxy (proxy.ts) reads a copy of
    // every request body and cut it at 10 MB by default, so 3 files of 4 MiB failed (issue 11).
    serverActions: { bodySizeLimit: "27mb" },
    proxyClientMaxBodySize: "27mb",
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
