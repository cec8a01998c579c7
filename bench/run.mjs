#!/usr/bin/env node
// npm run bench: times the bundled CLI on generated repository-shaped trees (20k and 100k files)
// against ripgrep, checks the findings against the planted violations, and prints a markdown table.
// Usage: node bench/run.mjs [--runs 5] [--sizes 20000,100000] [--dir /tmp/etcd-tls-guard-bench] [--threads N]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1]]] : [])),
);
const runs = Number(args.runs ?? 5);
const sizes = String(args.sizes ?? '20000,100000')
  .split(',')
  .map(Number);
const workDir = args.dir ?? path.join(os.tmpdir(), 'etcd-tls-guard-bench');
const cli = path.join(root, 'dist/cli.js');
// Passed to the CLI when given (default: the CLI's own, the number of CPUs up to 4).
const threadArgs = args.threads ? ['--threads', String(args.threads)] : [];
const makeCorpus = path.resolve(root, '../shared/bench/make-corpus.mjs');

function ensureTool(command, debianPackage) {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status === 0) return;
  console.error(`installing ${debianPackage} from Debian (needed for the benchmark)...`);
  execFileSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${debianPackage}`], {
    stdio: 'inherit',
  });
}

/** Runs a command under GNU time; returns wall seconds, peak RSS in MB and stdout. */
function timed(command, commandArgs, cwd) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...commandArgs], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const lines = result.stderr.trim().split('\n');
  const [seconds, kb] = (lines.at(-1) ?? '0 0').split(' ').map(Number);
  return { seconds, rssMb: kb / 1024, stdout: result.stdout, status: result.status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const RG = [
  '-l',
  '--no-ignore',
  '-g',
  '!node_modules',
  '-g',
  '*.{yaml,yml,json}',
  '-e',
  'auto-tls',
  '-e',
  'AUTO_TLS',
  '.',
];

function corpus(files) {
  const dir = path.join(workDir, `c${files / 1000}k`);
  if (!existsSync(path.join(dir, 'ANSWERS.json'))) {
    if (!existsSync(makeCorpus)) throw new Error(`corpus generator not found: ${makeCorpus}`);
    execFileSync(process.execPath, [makeCorpus, '--out', dir, '--files', String(files)], {
      stdio: 'inherit',
    });
  }
  return dir;
}

// The generator plants auto-TLS violations only: findings of those rules are checked against the
// answers; the other rules' findings (the planted etcds' plaintext peer defaults, say) are counted.
const PLANTED_RULES = new Set(['etcd-auto-tls', 'etcd-peer-auto-tls']);

function checkAnswers(dir, report) {
  const answers = JSON.parse(readFileSync(path.join(dir, 'ANSWERS.json'), 'utf8'));
  const expected = new Set(answers.violations.map((v) => `${v.file}:${v.line}:${v.rule}`));
  const planted = report.findings.filter((f) => PLANTED_RULES.has(f.ruleId));
  const found = new Set(planted.map((f) => `${f.file}:${f.startLine}:${f.ruleId}`));
  const missing = [...expected].filter((x) => !found.has(x));
  const extra = [...found].filter((x) => !expected.has(x));
  return { answers, missing, extra, others: report.findings.length - planted.length };
}

ensureTool('rg', 'ripgrep');
ensureTool('/usr/bin/time', 'time');
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build');

const rows = [];
let failed = false;
for (const size of sizes) {
  const dir = corpus(size);
  const ours = [];
  const rg = [];
  let report;
  for (let i = 0; i < runs; i++) {
    // Alternate the two tools so both see the same cache and machine load.
    const run = timed(
      process.execPath,
      [cli, ...threadArgs, '--format', 'json', '--fail-on', 'none', '.'],
      dir,
    );
    if (run.status !== 0) throw new Error(`etcd-tls-guard exited ${run.status}`);
    report = JSON.parse(run.stdout);
    ours.push(run);
    rg.push(timed('rg', RG, dir));
  }
  const { answers, missing, extra, others } = checkAnswers(dir, report);
  if (missing.length > 0 || extra.length > 0) failed = true;
  const t = median(ours.map((r) => r.seconds));
  const tr = median(rg.map((r) => r.seconds));
  rows.push({
    size,
    files: report.summary.filesScanned,
    mb: answers.bytes / 1e6,
    t,
    tr,
    rss: Math.max(...ours.map((r) => r.rssMb)),
    findings: `${report.findings.length - others} auto-TLS (missing ${missing.length}, extra ${extra.length}) + ${others} posture`,
  });
}
const version = median(
  Array.from({ length: 10 }, () => timed(process.execPath, [cli, '--version'], root).seconds),
);

console.log(
  `\nMachine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}; threads: ${args.threads ?? 'default'}; ${runs} runs per tool, medians.\n`,
);
console.log(
  '| tree | files scanned | MB | etcd-tls-guard | files/s | MB/s | peak RSS | rg -l | ratio | findings vs planted |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) {
  console.log(
    `| ${r.size / 1000}k | ${r.files} | ${r.mb.toFixed(1)} | ${r.t.toFixed(2)} s | ${Math.round(r.files / r.t)} | ${(r.mb / r.t).toFixed(1)} | ${r.rss.toFixed(0)} MB | ${r.tr.toFixed(2)} s | ${(r.t / r.tr).toFixed(2)}x | ${r.findings} |`,
  );
}
console.log(`\n\`etcd-tls-guard --version\`: ${(version * 1000).toFixed(0)} ms (median of 10).`);
if (rows.length > 1) {
  const [a, b] = rows;
  console.log(
    `Scaling: ${((b.t / b.files) * 1000).toFixed(3)} ms/file at ${b.size / 1000}k vs ${((a.t / a.files) * 1000).toFixed(3)} ms/file at ${a.size / 1000}k.`,
  );
}
if (failed) {
  console.error('\nFindings differ from the planted violations.');
  process.exitCode = 1;
}
