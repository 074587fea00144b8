/**
 * Where a site path (`/docs/2022/plan%20A.pdf`, as links and covers write it) is on disk: the
 * same file for the validation that checks it exists and for the copy that puts it in the output.
 */
import path from "node:path";

/** `/docs/a%20b.pdf` under `root` → `<root>/docs/a b.pdf` (decoded, one segment per folder). */
export function sitePathToFile(root: string, sitePath: string): string {
  return path.join(root, ...decodeURI(sitePath).split("/").filter(Boolean));
}
