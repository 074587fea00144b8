/**
 * GitHub Actions workflow commands for diagnostics: printed on stdout under Actions, each problem
 * becomes an annotation on the very line of the YAML in the pull request and the run summary.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import path from "node:path";
import { endSentence, type Diagnostic } from "../diagnostics.ts";

/** Whether we run inside a GitHub Actions job (`GITHUB_ACTIONS=true`). */
export function inGithubActions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GITHUB_ACTIONS === "true";
}

/** `::error file=…,line=…,col=…,title=…::message`, escaped as the runner expects. */
export function githubAnnotation(d: Diagnostic, env: NodeJS.ProcessEnv = process.env): string {
  const command = d.severity === "erreur" ? "error" : "warning";
  // Annotations name files relative to the repository's root, wherever the command ran from.
  const workspace = env.GITHUB_WORKSPACE;
  const file = workspace ? path.relative(workspace, path.resolve(d.file)) || d.file : d.file;
  const properties = [
    `file=${escapeProperty(file)}`,
    `line=${d.line}`,
    `col=${d.col}`,
    `title=${escapeProperty(`plans-action${d.path ? ` : ${d.path}` : ""}`)}`,
  ].join(",");
  const text = `${d.path ? `${d.path} : ` : ""}${endSentence(d.message)} ${endSentence(d.fix)}`;
  return `::${command} ${properties}::${escapeData(text)}`;
}

/** The annotations to print for `list`: none outside GitHub Actions. */
export function githubAnnotations(list: readonly Diagnostic[], env: NodeJS.ProcessEnv = process.env): string[] {
  return inGithubActions(env) ? list.map((d) => githubAnnotation(d, env)) : [];
}

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
