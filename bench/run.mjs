#!/usr/bin/env node
// npm run bench: times the bundled CLI on generated repository-shaped trees (20k and 100k files)
// against ripgrep, checks the findings against the planted violations, and prints a markdown table.
// Usage: node bench/run.mjs [--runs 5] [--sizes 20000,100000] [--dir /tmp/etcd-tls-guard-bench] [--threads N]
//          [--noise 2000]       add that many noise files (bench/make-noise.mjs) to each generated tree
//          [--json-tree 1000]   also time a tree of that many 1 MB JSON files (the RSS ceiling)
//        node bench/run.mjs --hostile [--mb 10] [--mb 0.5,1,2,10]
//          one run per hostile file of bench/make-hostile.mjs at each size (about 10 MB each by default: dense flow syntax,
//          deep nesting, a million documents, long strings, big JSON): time, peak RSS, notices;
//          exits 1 when one takes 5 s or more, 250 MB or more, or writes no report
//        node bench/run.mjs --prefilter-check DIR [DIR...]
//          the prefilter's safety on real trees: the findings with it and with --no-prefilter must be
//          the same (exits 1 otherwise); also prints both times
//        node bench/run.mjs --real DIR [DIR...] [--runs 5]
//          the same alternated comparison on real repositories (ripgrep searching auto-tls, AUTO_TLS,
//          useAutoTLS in every file), with peak RSS; a tree's commit is `git rev-parse HEAD` or the
//          first line of a COMMIT file in it
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const hostile = argv.includes('--hostile');
/** Directories after `flag`, up to the next option. */
function dirsAfter(flag) {
  const dirs = [];
  const at = argv.indexOf(flag);
  if (at >= 0) for (let i = at + 1; i < argv.length && !argv[i].startsWith('--'); i++) dirs.push(argv[i]);
  return dirs;
}
const realDirs = dirsAfter('--real');
const checkDirs = dirsAfter('--prefilter-check');
const args = Object.fromEntries(
  argv.flatMap((a, i, all) =>
    a.startsWith('--') && !['--real', '--hostile', '--prefilter-check'].includes(a)
      ? [[a.slice(2), all[i + 1]]]
      : [],
  ),
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
const makeNoise = path.join(root, 'bench/make-noise.mjs');
const makeHostile = path.join(root, 'bench/make-hostile.mjs');
const noise = Number(args.noise ?? 0);
const jsonTree = Number(args['json-tree'] ?? 0);

function ensureTool(command, debianPackage) {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status === 0) return;
  console.error(`installing ${debianPackage} from Debian (needed for the benchmark)...`);
  execFileSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${debianPackage}`], {
    stdio: 'inherit',
  });
}

/**
 * Runs a command under GNU time; returns wall seconds (measured here, to the millisecond: GNU time
 * rounds to 10 ms, too coarse for ripgrep on a small tree), peak RSS in MB and stdout.
 */
function timed(command, commandArgs, cwd) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...commandArgs], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const lines = result.stderr.trim().split('\n');
  const kb = Number((lines.at(-1) ?? '0 0').split(' ')[1] ?? 0);
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
  const dir = path.join(workDir, `c${files / 1000}k${noise > 0 ? `-noise${noise}` : ''}`);
  if (!existsSync(path.join(dir, 'ANSWERS.json'))) {
    if (!existsSync(makeCorpus)) throw new Error(`corpus generator not found: ${makeCorpus}`);
    execFileSync(process.execPath, [makeCorpus, '--out', dir, '--files', String(files)], {
      stdio: 'inherit',
    });
    // Noise has no violations: ANSWERS.json stays right.
    if (noise > 0)
      execFileSync(process.execPath, [makeNoise, '--out', dir, '--files', String(noise)], {
        stdio: 'inherit',
      });
  }
  return dir;
}

/** A tree of `count` JSON files of about 1 MB each that mention etcd in prose. */
function jsonCorpus(count) {
  const dir = path.join(workDir, `json${count}`);
  if (!existsSync(path.join(dir, 'noise'))) {
    execFileSync(process.execPath, [makeNoise, '--out', dir, '--files', '0', '--json-mb', String(count)], {
      stdio: 'inherit',
    });
  }
  return dir;
}

const RG_REAL = ['-l', '--no-ignore', '-e', 'auto-tls', '-e', 'AUTO_TLS', '-e', 'useAutoTLS', '.'];

function commitOf(dir) {
  const git = spawnSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' });
  if (git.status === 0) return git.stdout.trim().slice(0, 12);
  const file = path.join(dir, 'COMMIT');
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n')[0].trim().slice(0, 12) : '-';
}

/** `--real`: the alternated comparison on real trees; returns the markdown rows. */
function realRows(dirs) {
  const out = [];
  for (const dir of dirs) {
    const ours = [];
    const rg = [];
    let report;
    for (let i = 0; i < runs; i++) {
      const run = timed(
        process.execPath,
        [cli, ...threadArgs, '--format', 'json', '--fail-on', 'none', '.'],
        dir,
      );
      if (run.status !== 0) throw new Error(`etcd-tls-guard exited ${run.status} in ${dir}`);
      report = JSON.parse(run.stdout);
      ours.push(run);
      rg.push(timed('rg', RG_REAL, dir));
    }
    const t = median(ours.map((r) => r.seconds));
    const tr = median(rg.map((r) => r.seconds));
    out.push(
      `| ${path.basename(dir)} | ${commitOf(dir)} | ${report.summary.filesScanned} | ${report.findings.length} | ${report.diagnostics.length} | ${t.toFixed(2)} s | ${tr.toFixed(3)} s | ${(t / tr).toFixed(1)}x | ${Math.max(...ours.map((r) => r.rssMb)).toFixed(0)} MB |`,
    );
  }
  return out;
}

/**
 * `--hostile`: each hostile file alone, against the ceilings of one file (5 s, 250 MB), at each size
 * of `--mb` (a comma-separated list; memory peaks just under a bound, not at the largest size).
 * The files are written anew each time, so a changed generator is always what runs.
 */
function hostileRows() {
  const sizes = String(args.mb ?? '10')
    .split(',')
    .map(Number);
  const out = [];
  let failed = false;
  for (const mb of sizes) {
    const dir = path.join(workDir, `hostile${mb}`);
    rmSync(dir, { recursive: true, force: true });
    execFileSync(process.execPath, [makeHostile, '--out', dir, '--mb', String(mb)], { stdio: 'ignore' });
    for (const kind of readdirSync(dir).sort()) {
      const run = timed(
        process.execPath,
        [
          cli,
          ...threadArgs,
          '--format',
          'json',
          '--fail-on',
          'none',
          '--max-file-size',
          `${Math.ceil(mb)}MB`,
          '.',
        ],
        path.join(dir, kind),
      );
      let notices = 'no report';
      try {
        notices =
          JSON.parse(run.stdout)
            .diagnostics.map((d) => d.id)
            .join(', ') || 'none';
      } catch {
        failed = true;
      }
      const within = run.status === 0 && run.seconds < 5 && run.rssMb < 250;
      if (!within) failed = true;
      out.push(
        `| ${kind} | ${mb} MB | ${run.seconds.toFixed(2)} s | ${run.rssMb.toFixed(0)} MB | ${notices} | ${within ? 'yes' : '**no**'} |`,
      );
    }
  }
  return { out, failed };
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
const machine = `Machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}; threads: ${args.threads ?? 'default'}; ${runs} runs per tool, medians.`;

if (hostile) {
  const { out, failed } = hostileRows();
  console.log(`\n${machine.replace(/; \d+ runs per tool, medians\./, '; one run each.')}\n`);
  console.log('| hostile file | size | time | peak RSS | notices | within 5 s and 250 MB |');
  console.log('| --- | ---: | ---: | ---: | --- | --- |');
  for (const row of out) console.log(row);
  process.exit(failed ? 1 : 0);
}

if (checkDirs.length > 0) {
  let differ = false;
  console.log('| tree | commit | findings | with --no-prefilter | same | time | time with --no-prefilter |');
  console.log('| --- | --- | ---: | ---: | --- | ---: | ---: |');
  for (const dir of checkDirs) {
    const runOnce = (extra) => {
      const run = timed(process.execPath, [cli, ...extra, '--format', 'json', '--fail-on', 'none', '.'], dir);
      if (run.status !== 0) throw new Error(`etcd-tls-guard exited ${run.status} in ${dir}`);
      const keys = JSON.parse(run.stdout).findings.map(
        (f) => `${f.file}:${f.startLine}:${f.startColumn}:${f.ruleId}:${f.level}`,
      );
      return { keys: [...keys].sort(), seconds: run.seconds };
    };
    const kept = runOnce([]);
    const all = runOnce(['--no-prefilter']);
    const same = JSON.stringify(kept.keys) === JSON.stringify(all.keys);
    if (!same) {
      differ = true;
      const only = (a, b) => a.keys.filter((k) => !b.keys.includes(k));
      console.error(
        `${dir}: only without the prefilter: ${only(all, kept).join(', ') || '-'}; only with it: ${only(kept, all).join(', ') || '-'}`,
      );
    }
    console.log(
      `| ${path.basename(dir)} | ${commitOf(dir)} | ${kept.keys.length} | ${all.keys.length} | ${same ? 'yes' : '**no**'} | ${kept.seconds.toFixed(2)} s | ${all.seconds.toFixed(2)} s |`,
    );
  }
  process.exit(differ ? 1 : 0);
}

if (realDirs.length > 0) {
  const rows = realRows(realDirs);
  console.log(`\n${machine}\n`);
  console.log(
    '| repository | commit | files scanned | findings | notices | etcd-tls-guard | rg -l | ratio | peak RSS |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
  process.exit(0);
}

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
if (jsonTree > 0) {
  const dir = jsonCorpus(jsonTree);
  const run = timed(
    process.execPath,
    [cli, ...threadArgs, '--format', 'json', '--fail-on', 'none', '.'],
    dir,
  );
  const report = JSON.parse(run.stdout);
  rows.push({
    size: `${jsonTree} x 1 MB JSON`,
    files: report.summary.filesScanned,
    mb: jsonTree,
    t: run.seconds,
    tr: timed('rg', RG, dir).seconds,
    rss: run.rssMb,
    findings: `${report.findings.length} (none planted)`,
  });
}
const version = median(
  Array.from({ length: 10 }, () => timed(process.execPath, [cli, '--version'], root).seconds),
);

console.log(`\n${machine}${noise > 0 ? ` Trees with ${noise} noise files (bench/make-noise.mjs).` : ''}\n`);
console.log(
  '| tree | files scanned | MB | etcd-tls-guard | files/s | MB/s | peak RSS | rg -l | ratio | findings vs planted |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) {
  console.log(
    `| ${typeof r.size === 'number' ? `${r.size / 1000}k` : r.size} | ${r.files} | ${r.mb.toFixed(1)} | ${r.t.toFixed(2)} s | ${Math.round(r.files / r.t)} | ${(r.mb / r.t).toFixed(1)} | ${r.rss.toFixed(0)} MB | ${r.tr.toFixed(2)} s | ${(r.t / r.tr).toFixed(2)}x | ${r.findings} |`,
  );
}
console.log(`\n\`etcd-tls-guard --version\`: ${(version * 1000).toFixed(0)} ms (median of 10).`);
if (rows.length > 1 && typeof rows[1].size === 'number') {
  const [a, b] = rows;
  console.log(
    `Scaling: ${((b.t / b.files) * 1000).toFixed(3)} ms/file at ${b.size / 1000}k vs ${((a.t / a.files) * 1000).toFixed(3)} ms/file at ${a.size / 1000}k.`,
  );
}
if (failed) {
  console.error('\nFindings differ from the planted violations.');
  process.exitCode = 1;
}
