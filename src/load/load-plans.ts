/**
 * load → validate → enrich: the one entry point that turns an editor's YAML file into the typed
 * data the templates print, or into the full list of located problems.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics.ts";
import { hasErrors, sortDiagnostics } from "../diagnostics.ts";
import type { ListRules, Plan, PlansData, PlansPage } from "../model.ts";
import type { PlansFileInput } from "../schema.ts";
import { schemaDiagnostics } from "../validate/schema-check.ts";
import { frenchDate } from "../format/dates.ts";
import { createContext, type RuleContext } from "../validate/context.ts";
import { checkDate } from "../validate/dates.ts";
import { duplicateChecker } from "../validate/duplicates.ts";
import { checkLanguage } from "../validate/languages.ts";
import { checkImage, checkLink } from "../validate/site-paths.ts";
import { checkSize } from "../validate/sizes.ts";
import type { PageLink } from "../model.ts";
import { checkItems, documentOf } from "./items.ts";
import { listRules } from "./list-rules.ts";
import type { SourceMap } from "./yaml.ts";
import { parseYamlCached } from "./yaml-cache.ts";
import { describeSyntaxError } from "./yaml-messages.ts";

export interface LoadOptions {
  /** Folder that site paths (`/docs/…`, `/img/…`) resolve against. @default process.cwd() */
  root?: string;
  /** How the file is named in messages. @default its path relative to the working folder */
  displayName?: string;
  /** Keep the parsed file under the hash of its text in this folder (see yaml-cache.ts). */
  cacheDir?: string;
}

export type LoadResult =
  | {
      ok: true;
      data: PlansData;
      diagnostics: Diagnostic[];
      /** How the file is named in messages, and where each value is: for later, located diagnostics. */
      file: string;
      positions: SourceMap;
      /** Links to the site's own pages, to check once the site's pages are known. */
      pageLinks: PageLink[];
    }
  | { ok: false; diagnostics: Diagnostic[] };

export function loadPlansFile(file: string, options: LoadOptions = {}): LoadResult {
  const absolute = path.resolve(file);
  const name = options.displayName ?? (path.relative(process.cwd(), absolute) || absolute);
  let source: string;
  try {
    source = readFileSync(absolute, "utf8");
  } catch {
    return {
      ok: false,
      diagnostics: [
        {
          file: name,
          line: 1,
          col: 1,
          severity: "erreur",
          path: "",
          message: "le fichier de données est introuvable ou illisible",
          fix: `Créez le fichier ${name} (voir le guide des rédacteurs, documentation/guide-redaction.md) ou indiquez le bon chemin dans l’option dataFile`,
        },
      ],
    };
  }
  return loadPlansSource(source, { ...options, absolute, displayName: name });
}

export function loadPlansSource(
  source: string,
  options: LoadOptions & { absolute?: string } = {},
): LoadResult {
  const name = options.displayName ?? "plans-action.yaml";
  const root = path.resolve(options.root ?? process.cwd());
  // Lines as editors count them (and js-yaml too): CRLF and lone CR are line breaks.
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const parsed = parseYamlCached(text, name, options.cacheDir);
  if (!parsed.ok) {
    const { position, message, fix } = describeSyntaxError(text, parsed.position, parsed.reason);
    return {
      ok: false,
      diagnostics: [{ file: name, ...position, severity: "erreur", path: "", message, fix }],
    };
  }
  const diagnostics: Diagnostic[] = [];
  const { value, positions } = parsed;
  if (value === null || value === undefined || typeof value !== "object" || Array.isArray(value)) {
    diagnostics.push({
      file: name,
      line: 1,
      col: 1,
      severity: "erreur",
      path: "",
      message: "le fichier ne contient pas de bloc « page: » suivi d’un bloc « plans: »",
      fix: "Partez de l’exemple du guide des rédacteurs (documentation/guide-redaction.md) : un bloc « page: » (title, description, date) puis « plans: » avec un élément « - ministry: … » par document",
    });
    return { ok: false, diagnostics };
  }

  diagnostics.push(...schemaDiagnostics(name, value, positions));
  const ctx = createContext(name, root, positions, diagnostics);
  const input = value as Partial<PlansFileInput>;
  const page = checkPage(ctx, input.page);
  const itemsKey = checkItemsKey(ctx, input);
  const list = listRules(ctx, itemsKey, input.list);
  const checked = itemsKey === "plans" ? { items: checkPlans(ctx, input.plans, page?.date), pageLinks: [] } : checkItems(ctx, input.items, list);
  const plans = checked?.items;

  const sorted = sortDiagnostics(diagnostics);
  if (hasErrors(sorted) || !page || !plans) return { ok: false, diagnostics: sorted };
  const years = [...new Set(plans.flatMap((p) => (p.year === undefined ? [] : [p.year])))].sort((a, b) => b - a);
  return {
    ok: true,
    diagnostics: sorted,
    data: { source: options.absolute ?? path.resolve(name), page, list, plans, years },
    file: name,
    positions,
    pageLinks: checked?.pageLinks ?? [],
  };
}

/** `plans:` (ministries' plans) or `items:` (any list): exactly one of them. */
function checkItemsKey(ctx: RuleContext, input: Partial<PlansFileInput>): ListRules["itemsKey"] {
  if (input.plans !== undefined && input.items !== undefined) {
    ctx.report(
      "erreur",
      ["items"],
      "le fichier a à la fois un bloc « plans: » et un bloc « items: »",
      "Gardez un seul bloc : « plans: » pour les plans d’action des ministères, « items: » pour toute autre liste",
    );
  } else if (input.plans === undefined && input.items === undefined) {
    ctx.report(
      "erreur",
      [],
      "le bloc « items: » (ou « plans: ») manque : la liste n’a aucun élément",
      "Ajoutez après « page: » un bloc « items: » avec un élément « - title: … » par document, ou « plans: » avec un élément « - ministry: … » par plan d’action",
    );
  }
  return input.items !== undefined && input.plans === undefined ? "items" : "plans";
}

function checkPage(ctx: RuleContext, page: PlansFileInput["page"] | undefined): PlansPage | undefined {
  if (!page || typeof page !== "object") return undefined;
  let valid = checkDate(ctx, ["page", "date"], page.date);
  if (page.image !== undefined && !checkImage(ctx, ["page", "image"], page.image)) valid = false;
  if (!valid || typeof page.title !== "string" || typeof page.date !== "string") return undefined;
  return {
    title: page.title.trim(),
    description: typeof page.description === "string" ? page.description.trim() : "",
    date: page.date,
    dateLabel: frenchDate(page.date),
    ...(page.image ? { image: page.image } : {}),
    ...(typeof page.intro === "string" ? { intro: page.intro } : {}),
    ...(page.navigation && typeof page.navigation === "object" ? { navigation: page.navigation } : {}),
  };
}

function checkPlans(ctx: RuleContext, plans: unknown, pageDate: string | undefined): Plan[] | undefined {
  if (!Array.isArray(plans)) return undefined;
  const defaultYear = pageDate ? Number(pageDate.slice(0, 4)) : new Date().getFullYear();
  const out: Plan[] = [];
  const duplicates = duplicateChecker(ctx);
  plans.forEach((raw: unknown, index) => {
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) return; // the schema check said so
    const plan = raw as Record<string, unknown>;
    const at = ["plans", index] as const;
    const link = checkLink(ctx, [...at, "link"], plan.link);
    const bytes = checkSize(ctx, [...at, "size"], plan.size, link);
    const coverSourcePath = plan.cover !== undefined ? checkImage(ctx, [...at, "cover"], plan.cover) : undefined;
    if (plan.language !== undefined) checkLanguage(ctx, [...at, "language"], plan.language);
    const language = typeof plan.language === "string" ? plan.language : "fr";

    duplicates.check(index, plan, link.kind === "site" || link.kind === "external");

    if (typeof plan.ministry !== "string" || typeof plan.title !== "string") return;
    const result: Plan = {
      index,
      ministry: plan.ministry.trim(),
      title: plan.title.trim(),
      year: typeof plan.year === "number" ? plan.year : defaultYear,
      language,
      languageSource: typeof plan.language === "string" ? "data" : "default",
      ...(typeof plan.cover === "string" && coverSourcePath ? { cover: plan.cover, coverSourcePath } : {}),
    };
    const document = documentOf(link, plan.link, bytes, language);
    if (document) result.document = document;
    out.push(result);
  });
  return out;
}
