/**
 * One list of documents (one `addPlugin` call with its data file) and what a build knows of it.
 * Its options never change; its data, outputs and files are replaced at each build once the data
 * file is valid, and stay empty when it is not (nothing is published from invalid data).
 */
import type { LinkedFile } from "./enrich/enrich-plans.ts";
import type { PlansOutputs } from "./export/outputs.ts";
import type { Labels, Lang } from "./labels.ts";
import type { PlansData } from "./model.ts";
import type { ResolvedOptions } from "./options.ts";

/** What the components read as `plansActionSettings`. */
export interface ListSettings {
  url: string;
  headingLevel: number;
  dataKey: string;
  assetsUrl: string;
  /** Site paths of the stylesheets the plugin's layout links (none when `assets` is off). */
  stylesheets: string[];
  siteUrl: string;
  lang: Lang;
  labels: Labels;
}

export interface ListState {
  opts: ResolvedOptions;
  settings: ListSettings;
  /** Where its site paths are published: `siteUrl` + path prefix, without the final slash. */
  base: string;
  data?: PlansData;
  outputs?: PlansOutputs;
  files: LinkedFile[];
  /** The copies of its documents and covers, started once its data is valid. */
  copying?: Promise<void>;
}
