/**
 * YAML → JavaScript value plus the source position of every node, with js-yaml.
 *
 * js-yaml 5 parses into a flat event stream whose events carry source offsets; we walk that
 * stream once to record where each value (and each mapping key) starts, then let js-yaml build
 * the value from the same events. Positions are keyed by a field path such as `plans[3].link`.
 */
import type { Event } from "js-yaml";
import { jsYaml } from "../cjs.ts";

const {
  CORE_SCHEMA,
  EVENT_MAPPING,
  EVENT_POP,
  EVENT_SCALAR,
  EVENT_SEQUENCE,
  SCALAR_STYLE_DOUBLE_QUOTED,
  SCALAR_STYLE_SINGLE_QUOTED,
  YAMLException,
  constructFromEvents,
  getScalarValue,
  parseEvents,
} = jsYaml;

export type PathSegment = string | number;

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  col: number;
}

export interface SourceMap {
  /** Where the value at `path` starts; falls back to the nearest enclosing node. */
  valueAt(path: readonly PathSegment[]): Position;
  /** Where the key naming `path` starts (for unknown or misplaced keys); falls back to the value. */
  keyAt(path: readonly PathSegment[]): Position;
}

export type ParseResult =
  | { ok: true; value: unknown; positions: SourceMap }
  | { ok: false; position: Position; reason: string };

/** `plans[3].link` — the notation used in every message. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}

export function offsetToPosition(lineStarts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - (lineStarts[lo] ?? 0) + 1 };
}

function computeLineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

interface Frame {
  kind: "map" | "seq" | "doc";
  /** The frame's path as `formatPath` writes it (`plans[3]`), built as we go. */
  path: string;
  index: number;
  /** In a mapping: the key whose value comes next, or undefined when a key comes next. */
  pendingKey: string | undefined;
}

/** `formatPath([...parent, segment])`, from the parent's already formatted path. */
function childPath(parent: string, segment: PathSegment): string {
  if (typeof segment === "number") return `${parent}[${segment}]`;
  return parent ? `${parent}.${segment}` : segment;
}

/** Where a node starts, or undefined for an empty value (`link:` with nothing after it). */
function nodeStart(ev: Event): number | undefined {
  let start = Infinity;
  if ("anchorStart" in ev && ev.anchorStart >= 0) start = Math.min(start, ev.anchorStart);
  if ("tagStart" in ev && ev.tagStart >= 0) start = Math.min(start, ev.tagStart);
  if (ev.type === EVENT_SCALAR && ev.valueStart >= 0) {
    // Quoted scalars: point at the opening quote, where the editor sees the value begin.
    const quoted = ev.style === SCALAR_STYLE_SINGLE_QUOTED || ev.style === SCALAR_STYLE_DOUBLE_QUOTED;
    start = Math.min(start, quoted ? Math.max(0, ev.valueStart - 1) : ev.valueStart);
  }
  if ((ev.type === EVENT_MAPPING || ev.type === EVENT_SEQUENCE) && ev.start >= 0) start = Math.min(start, ev.start);
  return start === Infinity ? undefined : start;
}

/** The offset just past everything an event covers, to find where an empty value sits. */
function nodeEnd(ev: Event): number {
  let end = -1;
  if ("anchorEnd" in ev) end = Math.max(end, ev.anchorEnd);
  if ("tagEnd" in ev) end = Math.max(end, ev.tagEnd);
  if (ev.type === EVENT_SCALAR) end = Math.max(end, ev.valueEnd);
  if ((ev.type === EVENT_MAPPING || ev.type === EVENT_SEQUENCE) && ev.start >= 0) end = Math.max(end, ev.start);
  return end;
}

/** The reason given when a `---` line starts a second document (whose content would be lost). */
export const MORE_THAN_ONE_DOCUMENT = "more than one YAML document";

/** The `---` (or `...`) line after which a second document starts. */
function secondDocument(source: string): Position {
  const lines = source.split("\n");
  let content = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^(---|\.\.\.)(\s|$)/.test(line)) {
      if (content) return { line: i + 1, col: 1 };
      if (line.startsWith("---") && line.slice(3).trim() && !line.slice(3).trim().startsWith("#")) content = true;
    } else if (line.trim() && !line.trim().startsWith("#") && !line.startsWith("%")) content = true;
  }
  return { line: 1, col: 1 };
}

export function parseYaml(source: string, filename?: string): ParseResult {
  const lineStarts = computeLineStarts(source);
  let events: Event[];
  let value: unknown;
  try {
    events = parseEvents(source, filename ? { filename } : {});
    const documents = constructFromEvents(events, { source, schema: CORE_SCHEMA, ...(filename ? { filename } : {}) });
    if (documents.length > 1) return { ok: false, position: secondDocument(source), reason: MORE_THAN_ONE_DOCUMENT };
    value = documents[0];
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = error.mark;
      const position = mark ? { line: mark.line + 1, col: mark.column + 1 } : { line: 1, col: 1 };
      return { ok: false, position, reason: error.reason };
    }
    // Not a syntax error but a limit of the parser (such as nesting too deep for the stack):
    // still the editor's file, still a located message rather than a crash.
    return { ok: false, position: { line: 1, col: 1 }, reason: error instanceof Error ? error.message : String(error) };
  }

  // Offsets by formatted path (`plans[3].link`): of each value, and of each mapping key. Built on
  // the first lookup only: a valid file never needs them.
  let index: { values: Map<string, number>; keys: Map<string, number> } | undefined;
  const buildIndex = () => {
    const values = new Map<string, number>();
    const keys = new Map<string, number>();
    const stack: Frame[] = [];
    /** How far the events read so far reach into the source. */
    let reached = 0;

    for (const ev of events) {
      if (ev.type === EVENT_POP) {
        stack.pop();
        continue;
      }
      const parent = stack[stack.length - 1];
      if (ev.type === 1 /* document */) {
        stack.push({ kind: "doc", path: "", index: 0, pendingKey: undefined });
        continue;
      }
      let path = "";
      if (parent?.kind === "seq") {
        path = childPath(parent.path, parent.index++);
      } else if (parent?.kind === "map") {
        if (parent.pendingKey === undefined) {
          // This node is a key. Only scalar keys name a field; complex keys are kept as "?".
          const key = ev.type === EVENT_SCALAR ? getScalarValue(source, ev) : "?";
          keys.set(childPath(parent.path, key), nodeStart(ev) ?? reached);
          reached = Math.max(reached, nodeEnd(ev));
          parent.pendingKey = key;
          if (ev.type === EVENT_MAPPING || ev.type === EVENT_SEQUENCE) {
            // A complex key: skip its content by pushing a throw-away frame.
            stack.push({ kind: ev.type === EVENT_MAPPING ? "map" : "seq", path: "?", index: 0, pendingKey: undefined });
          }
          continue;
        }
        path = childPath(parent.path, parent.pendingKey);
        parent.pendingKey = undefined;
      } else if (parent?.kind === "doc") {
        if (parent.index++ > 0) continue;
      }
      let start = nodeStart(ev);
      if (start === undefined) {
        // An empty value: point at its key (`link:`), or at the `-` of an empty list item.
        if (parent?.kind === "map") start = keys.get(path);
        else if (parent?.kind === "seq") {
          const dash = /-(?=\s|$)/g;
          dash.lastIndex = reached;
          start = dash.exec(source)?.index;
        }
      }
      if (start !== undefined) values.set(path, start);
      reached = Math.max(reached, nodeEnd(ev));
      // An alias (`*name`) is a leaf here: its position is the `*name` itself.
      if (ev.type === EVENT_MAPPING) stack.push({ kind: "map", path, index: 0, pendingKey: undefined });
      else if (ev.type === EVENT_SEQUENCE) stack.push({ kind: "seq", path, index: 0, pendingKey: undefined });
    }
    return { values, keys };
  };

  const lookup = (which: "values" | "keys", path: readonly PathSegment[]): Position | undefined => {
    index ??= buildIndex();
    const map = index[which];
    for (let n = path.length; n >= 0; n--) {
      const offset = map.get(formatPath(path.slice(0, n)));
      if (offset !== undefined) return offsetToPosition(lineStarts, offset);
    }
    return undefined;
  };
  const positions: SourceMap = {
    valueAt: (path) => lookup("values", path) ?? { line: 1, col: 1 },
    keyAt: (path) => {
      index ??= buildIndex();
      const offset = index.keys.get(formatPath(path));
      return offset !== undefined ? offsetToPosition(lineStarts, offset) : positions.valueAt(path);
    },
  };
  return { ok: true, value, positions };
}
