/**
 * A throw-away copy of the project in a temporary folder (node_modules linked, not copied), so
 * that tests can run the real `npm run build` / `npm start` and break its data file freely.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "./build.ts";

const PARTS = ["site", "_includes", "data", "docs", "img", "src", ".eleventy.ts", "package.json", "tsconfig.json"];

export function copyProject(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), "plans-project-"));
  for (const part of PARTS) cpSync(path.join(PROJECT_ROOT, part), path.join(dir, part), { recursive: true });
  symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file and folder under `dir`: size, modification time and content, to compare byte for byte. */
export function snapshot(dir: string): Map<string, { mtimeMs: number; size: number; content?: string }> {
  const out = new Map<string, { mtimeMs: number; size: number; content?: string }>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      const stats = statSync(full);
      const key = path.relative(dir, full);
      if (entry.isDirectory()) {
        out.set(`${key}/`, { mtimeMs: stats.mtimeMs, size: 0 });
        walk(full);
      } else {
        out.set(key, { mtimeMs: stats.mtimeMs, size: stats.size, content: readFileSync(full).toString("base64") });
      }
    }
  };
  walk(dir);
  return out;
}

/** A process started in its own process group, with its output collected, to wait on and to stop. */
export interface Started {
  child: ChildProcess;
  output(): string;
  /** Resolves with the match once `pattern` appears in the output after `from` (an offset). */
  waitFor(pattern: RegExp, from?: number, timeoutMs?: number): Promise<RegExpExecArray>;
  stop(): Promise<void>;
}

export function start(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Started {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, detached: true });
  let text = "";
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString("utf8");
    for (const l of listeners) l();
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    child,
    output: () => text,
    waitFor(pattern, from = 0, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const flags = pattern.flags.replace("g", "");
          const match = new RegExp(pattern.source, flags).exec(text.slice(from));
          if (match) {
            done();
            resolve(match);
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`timed out waiting for ${pattern}; output so far:\n${text}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    async stop() {
      if (child.exitCode !== null || child.pid === undefined) return;
      // The whole group we started (npm → tsx watch → eleventy), and nothing else.
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    },
  };
}
