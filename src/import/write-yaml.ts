/**
 * The imported list as a data file in the shape the plugin reads (`page:`, `list:`, `items:`), with
 * the schema line editors' IDEs read, and a comment above each item the editor should look at
 * (a dead link, a size the page wrote but that does not read as one).
 */
import { dump } from "js-yaml";
import type { Presentation } from "../schema-items.ts";

export interface YamlEntry {
  /** The item's fields, in the order the editors' guide writes them. */
  fields: Record<string, unknown>;
  /** Comments written above the item, one line each. */
  notes: string[];
}

export interface ImportedFile {
  /** The schema's path, relative to the data file's folder. */
  schema: string;
  /** Lines of the header comment, after the schema line. */
  header: string[];
  page: { title: string; description: string; date: string };
  /** Comments written above `page:` (a date the page did not give). */
  pageNotes: string[];
  list: { presentation: Presentation; categories?: string[] };
  entries: YamlEntry[];
}

const DUMP = { lineWidth: -1, quotingType: '"', noRefs: true } as const;

export function writeYaml(file: ImportedFile): string {
  const lines = [`# yaml-language-server: $schema=${file.schema}`, "#", ...file.header.map((line) => `# ${line}`.trimEnd())];
  lines.push(...file.pageNotes.map((note) => `# ${note}`));
  lines.push(dump({ page: file.page }, DUMP).trimEnd());
  const { presentation, categories } = file.list;
  const list = categories ? { presentation, groupBy: "category", categories } : { presentation };
  lines.push(dump({ list }, DUMP).trimEnd());
  lines.push("items:");
  for (const entry of file.entries) {
    for (const note of entry.notes) lines.push(`  # ${note}`);
    lines.push(indent(dump([entry.fields], DUMP).trimEnd()));
  }
  return `${lines.join("\n")}\n`;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
