import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["node_modules/**", ".next/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "bench-results/**", "scripts/tmp/**", "next-env.d.ts"],
  },
  {
    // Only lib/data may touch the Prisma client (docs/decisions/003).
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["@/lib/db", "@/lib/db-read", "@/lib/generated/*", "@prisma/*", "kysely"], message: "Pages and components call lib/data/*, never the database." },
        ],
        // next/link prefetches every link in view: a server render each (decision 045).
        paths: [{ name: "next/link", message: "Use @/components/ui/link (no prefetching)." }],
      }],
    },
  },
  {
    files: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
