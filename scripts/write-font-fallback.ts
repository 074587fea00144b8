/** `npm run fonts:fallback`: writes Marianne's fallback faces, computed from the font files. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fallbackSource } from "./font-fallback-metrics.ts";

const target = fileURLToPath(new URL("../src/generated/marianne-fallback-faces.ts", import.meta.url));
writeFileSync(target, await fallbackSource());
console.log(`Écrit : ${target}`);
