/**
 * Two lists of one site may share nothing that would make one overwrite the other: checked when
 * each is added, with the two `addPlugin` calls named.
 */
import type { ResolvedOptions } from "./options.ts";
import { PlansActionOptionsError } from "./resolve-options.ts";
import type { Site } from "./state.ts";

/** Two lists may share nothing that would make one overwrite the other. */
export function checkConflicts(site: Site, opts: ResolvedOptions): void {
  for (const other of site.lists.values()) {
    const clash =
      other.opts.dataKey === opts.dataKey
        ? `la même dataKey « ${opts.dataKey} »`
        : other.opts.url === opts.url
          ? `la même adresse url « ${opts.url} »`
          : other.opts.dataPath === opts.dataPath
            ? `le même fichier de données « ${opts.dataFile} »`
            : undefined;
    if (!clash) continue;
    throw new PlansActionOptionsError(
        `plans-action : deux listes ont ${clash} : addPlugin(plansAction, { dataFile: "${other.opts.dataFile}", url: "${other.opts.url}", dataKey: "${other.opts.dataKey}" }) ` +
        `et addPlugin(plansAction, { dataFile: "${opts.dataFile}", url: "${opts.url}", dataKey: "${opts.dataKey}" }). ` +
        "Donnez à chaque liste son propre fichier (dataFile), sa propre adresse (url) et son propre nom (dataKey).",
    );
  }
}
