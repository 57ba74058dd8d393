// Writes the contract tests' client types from the integration API's OpenAPI document
// (lib/api/openapi.ts) with openapi-typescript: `npm run api:types`. lib/api/openapi-types.test.ts
// fails when the committed file no longer matches the document.
import fs from "node:fs";
import path from "node:path";
import { apiTypesSource, API_TYPES_FILE } from "../lib/api/openapi-types";

const file = path.resolve(import.meta.dirname, "..", API_TYPES_FILE);
fs.writeFileSync(file, await apiTypesSource());
console.log(`Wrote ${API_TYPES_FILE}`);
