/**
 * One cold run: a new Node process, timed from spawn to exit by the parent, its peak resident
 * memory reported by the process itself at exit (bench/rss.mjs, preloaded).
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

const RSS_REPORTER = path.join(import.meta.dirname, "rss.mjs");

export interface Sample {
  /** Wall-clock time, spawn to exit. */
  seconds: number;
  /** CPU time (user + system) of the process: what it costs, less sensitive to a busy machine. */
  cpuSeconds: number;
  maxRssMb: number;
}

export interface Command {
  /** Node arguments (script and its arguments). */
  args: string[];
  cwd: string;
  /** Folder removed before each run (the build output), so every run writes everything. */
  clean?: string;
  /** More environment variables. */
  env?: NodeJS.ProcessEnv;
}

export function runOnce(command: Command): Sample {
  if (command.clean) rmSync(command.clean, { recursive: true, force: true });
  const env = { ...process.env, ...command.env };
  delete env.DEBUG;
  const start = performance.now();
  const result = spawnSync(process.execPath, ["--import", RSS_REPORTER, ...command.args], {
    cwd: command.cwd,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    throw new Error(`${command.args.join(" ")} (in ${command.cwd}) exited with ${result.status}:\n${result.stderr}${result.stdout}`);
  }
  const usage = /BENCH_USAGE max_rss_kb=(\d+) cpu_us=(\d+)/.exec(result.stderr);
  if (!usage) throw new Error(`no usage figures from ${command.args.join(" ")}`);
  return { seconds, cpuSeconds: Number(usage[2]) / 1e6, maxRssMb: Number(usage[1]) / 1024 };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
