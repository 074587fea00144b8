/**
 * js-yaml's syntax errors, said in French with the usual fix, at the place the editor must look.
 *
 * js-yaml stops where the text stops making sense, which is not always where the mistake is: an
 * unclosed quote swallows the following lines and is reported as « deficient indentation » two
 * lines later; a missing space in `title:Plan` is reported on the next field. So before
 * translating js-yaml's reason, we look at the text for these well-known mistakes and point at
 * them; otherwise we keep js-yaml's position and translate its reason.
 */
import type { Position } from "./yaml.ts";

export interface SyntaxProblem {
  position: Position;
  message: string;
  fix: string;
}

const PREFIX = "syntaxe YAML : ";

const TRANSLATIONS: Array<[RegExp, string, string]> = [
  [
    /more than one YAML document/,
    "une ligne « --- » commence un second document, qui serait ignoré",
    "Supprimez cette ligne : le fichier ne contient qu’un document (un bloc « page: » puis un bloc « plans: »)",
  ],
  [
    /tab characters must not be used/i,
    "une tabulation sert d’indentation",
    "Remplacez les tabulations en début de ligne par des espaces (2 espaces par niveau)",
  ],
  [
    /within a flow collection|missed comma between flow collection entries/i,
    "une accolade ou un crochet n’est pas fermé, ou une virgule manque",
    "Vérifiez que chaque « { » ou « [ » a son « } » ou « ] », et que les éléments sont séparés par des virgules",
  ],
  [
    /multiline key may not be an implicit key|can not read a block mapping entry/i,
    "une ligne n’est ni un champ « clé: valeur » ni la suite de la valeur précédente",
    "Ajoutez « : » après le nom du champ, ou mettez la valeur entre guillemets si elle contient « : »",
  ],
  [
    /end of the stream or a document separator is expected/i,
    "le texte se poursuit là où le fichier devrait s’arrêter ou passer au champ suivant",
    "Vérifiez l’indentation et les guillemets de cette ligne et de la précédente",
  ],
  [
    /unknown escape sequence|expected hexadecimal character/i,
    "une barre oblique inverse « \\ » entre guillemets doubles n’est pas reconnue",
    "Doublez-la (« \\\\ ») ou utilisez des guillemets simples",
  ],
  [
    /non-printable characters|null byte/i,
    "le fichier contient un caractère invisible non autorisé",
    "Supprimez le caractère (souvent issu d’un copier-coller) et enregistrez le fichier en UTF-8",
  ],
  [
    /unknown .*tag|unacceptable node kind|directive/i,
    "une étiquette ou une directive YAML (« ! » ou « % » en début de valeur) n’est pas reconnue",
    "Mettez la valeur entre guillemets, par exemple « title: \"!important\" »",
  ],
  [
    /nesting exceeded maxDepth/i,
    "les blocs sont imbriqués trop profondément (plus de 100 niveaux)",
    "Vérifiez l’indentation : chaque champ d’un document est décalé de 4 espaces, pas davantage",
  ],
  [
    /unidentified alias|name of an alias node|name of an anchor node/i,
    "un « * » ou un « & » en début de valeur est lu comme une référence YAML",
    "Mettez la valeur entre guillemets, par exemple « title: \"*nouveau*\" »",
  ],
];

const INDENTATION = /bad indentation of a (mapping|sequence) entry|deficient indentation/i;

/** The editor-facing description of a js-yaml syntax error at `at` (1-based). */
export function describeSyntaxError(source: string, at: Position, reason: string): SyntaxProblem {
  const lines = source.split("\n").map((l) => l.replace(/\r$/, ""));
  const offset = offsetOf(lines, at);

  // The text before a second document parsed fine: no quote to blame there.
  const quote = /more than one YAML document/.test(reason) ? undefined : unclosedOpening(lines, offset);
  if (quote) return quote;

  if (/duplicat(ed|ion of a) mapping key/i.test(reason)) return duplicateKey(lines, at);

  if (INDENTATION.test(reason)) {
    return missingSpaceAfterColon(lines, at) ?? colonInValue(lines, at) ?? badIndentation(lines, at);
  }
  for (const [pattern, message, fix] of TRANSLATIONS) {
    if (pattern.test(reason)) return { position: at, message: PREFIX + message, fix };
  }
  return {
    position: at,
    message: `${PREFIX}le texte ne peut pas être lu à partir d’ici (${reason})`,
    fix: "Comparez cette ligne avec un élément correct du fichier : indentation, « : » après chaque champ, guillemets fermés",
  };
}

function offsetOf(lines: readonly string[], at: Position): number {
  let offset = 0;
  for (let i = 0; i < at.line - 1 && i < lines.length; i++) offset += (lines[i] ?? "").length + 1;
  return offset + at.col - 1;
}

function positionOf(lines: readonly string[], offset: number): Position {
  let rest = offset;
  for (let i = 0; i < lines.length; i++) {
    const len = (lines[i] ?? "").length + 1;
    if (rest < len) return { line: i + 1, col: rest + 1 };
    rest -= len;
  }
  return { line: lines.length, col: 1 };
}

/** A value that opens with a quote, `[` or `{`: `key: 'x`, `- "x`, `key: [a, b`. */
const VALUE_OPENING = /^(\s*(?:-\s+)*(?:[^\s#'"[\]{}][^#]*?:\s+)?)(['"[{])/;

/**
 * The quote or bracket still open where js-yaml gave up: a value starting with `'`, `"`, `[` or
 * `{` whose closing character does not come before the error.
 */
function unclosedOpening(lines: readonly string[], errorOffset: number): SyntaxProblem | undefined {
  const text = lines.join("\n");
  let lineStart = 0;
  let skipUntil = 0;
  for (const line of lines) {
    const start = lineStart;
    lineStart += line.length + 1;
    if (start < skipUntil) continue;
    if (start > errorOffset) break;
    const match = VALUE_OPENING.exec(line);
    if (!match) continue;
    const open = start + match[1]!.length;
    if (open > errorOffset) break;
    const close = closingOffset(text, open);
    if (close !== undefined && close < errorOffset) {
      skipUntil = close;
      continue;
    }
    const char = text[open]!;
    const position = positionOf(lines, open);
    if (char === "'" || char === '"') {
      return {
        position,
        message: `${PREFIX}les guillemets ouverts ici (« ${char} ») ne sont jamais fermés`,
        fix: `Ajoutez le « ${char} » fermant à la fin de la valeur, ou retirez le « ${char} » ouvrant`,
      };
    }
    const closer = char === "[" ? "]" : "}";
    return {
      position,
      message: `${PREFIX}le « ${char} » ouvert ici n’est jamais fermé`,
      fix: `Ajoutez le « ${closer} » fermant, et séparez les éléments par des virgules`,
    };
  }
  return undefined;
}

/** Offset of the character closing the quote or bracket at `open`, if any. */
function closingOffset(text: string, open: number): number | undefined {
  const char = text[open];
  if (char === "'") {
    for (let i = open + 1; i < text.length; i++) {
      if (text[i] !== "'") continue;
      if (text[i + 1] === "'") i++; // '' is an escaped quote
      else return i;
    }
    return undefined;
  }
  if (char === '"') {
    for (let i = open + 1; i < text.length; i++) {
      if (text[i] === "\\") i++;
      else if (text[i] === '"') return i;
    }
    return undefined;
  }
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"') {
      const end = closingOffset(text, i);
      if (end === undefined) return undefined;
      i = end;
    } else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return undefined;
}

/** Indentation of a line's content, counting `- ` markers as indentation. */
function contentIndent(line: string): number {
  return /^(\s*(?:-\s+)*)/.exec(line)![1]!.length;
}

function isContent(line: string | undefined): line is string {
  return line !== undefined && line.trim() !== "" && !line.trim().startsWith("#");
}

function keyOf(line: string): string | undefined {
  return /^\s*(?:-\s+)*([^\s:#'"][^:#]*?|'[^']*'|"[^"]*")\s*:(?:\s|$)/.exec(line)?.[1]?.replace(/^['"]|['"]$/g, "");
}

function duplicateKey(lines: readonly string[], at: Position): SyntaxProblem {
  const line = lines[at.line - 1] ?? "";
  const key = keyOf(line);
  const indent = contentIndent(line);
  let first: number | undefined;
  if (key !== undefined) {
    for (let i = at.line - 2; i >= 0; i--) {
      const other = lines[i]!;
      if (!isContent(other)) continue;
      const otherIndent = contentIndent(other);
      if (otherIndent === indent && keyOf(other) === key) {
        first = i + 1;
        break;
      }
      // Leaving the block (a shallower line, or a new list item at this level) ends the search.
      if (/^\s*-\s/.test(other) ? /^\s*/.exec(other)![0].length < indent : otherIndent < indent) break;
    }
  }
  const name = key !== undefined ? `le champ « ${key} »` : "ce champ";
  return {
    position: at,
    message: `${PREFIX}${name} est écrit deux fois dans le même bloc${first ? ` (déjà ligne ${first})` : ""}`,
    fix: "Gardez une seule de ces lignes et supprimez l’autre",
  };
}

/** `title:Plan` (no space after the colon) read as text, so js-yaml fails on the next field. */
function missingSpaceAfterColon(lines: readonly string[], at: Position): SyntaxProblem | undefined {
  for (let i = at.line - 2; i >= 0; i--) {
    const line = lines[i]!;
    if (!isContent(line)) continue;
    const match = /^(\s*(?:-\s+)*)([A-Za-z_][\w-]*):(?=[^\s:/])/.exec(line);
    if (!match || /:\s/.test(line)) return undefined;
    const colon = match[1]!.length + match[2]!.length;
    return {
      position: { line: i + 1, col: colon + 1 },
      message: `${PREFIX}il manque une espace après les deux-points de « ${match[2]} »`,
      fix: `Écrivez « ${match[2]}: ${line.slice(colon + 1).trim()} », avec une espace après « : »`,
    };
  }
  return undefined;
}

/** `title: Plan : 2022` read as a second `key: value` on the same line. */
function colonInValue(lines: readonly string[], at: Position): SyntaxProblem | undefined {
  const line = lines[at.line - 1] ?? "";
  const before = line.slice(contentIndent(line), at.col - 1);
  const key = /^([^\s:#'"][^:#]*?):\s+\S/.exec(before)?.[1];
  if (key === undefined) return undefined;
  const value = line.slice(line.indexOf(":", contentIndent(line)) + 1).trim();
  return {
    position: at,
    message: `${PREFIX}la valeur de « ${key} » contient « : » suivi d’une espace, ce qui se lit comme un nouveau champ`,
    fix: `Mettez la valeur entre guillemets : « ${key}: "${value.replace(/"/g, '\\"')}" »`,
  };
}

function badIndentation(lines: readonly string[], at: Position): SyntaxProblem {
  const line = lines[at.line - 1] ?? "";
  const spaces = /^ */.exec(line)![0].length;
  let hint = "Alignez la ligne sur les autres champs du même élément (mêmes espaces en début de ligne)";
  for (let i = at.line - 2; i >= 0; i--) {
    const previous = lines[i]!;
    if (!isContent(previous)) continue;
    // A list item aligns with the previous item's « - »; a field with the previous field's name.
    const expected = /^\s*-\s/.test(line) && /^\s*-\s/.test(previous) ? /^ */.exec(previous)![0].length : contentIndent(previous);
    if (expected !== spaces) {
      hint = `Alignez-la sur la ligne ${i + 1} : ${expected} espace${expected > 1 ? "s" : ""} en début de ligne au lieu de ${spaces}`;
    }
    break;
  }
  return {
    position: isContent(line) ? { line: at.line, col: spaces + 1 } : at,
    message: `${PREFIX}l’indentation de cette ligne ne correspond pas à celle du bloc`,
    fix: hint,
  };
}
