import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_EXCLUDES } from '../discover/discover.js';
import { globProblem } from '../discover/globs.js';
import { FileProblem } from '../io/files.js';
import { parseMaxFileSize } from '../load/size.js';
import type { FileRef, ScanResult } from '../model.js';
import { plural, visible } from '../report/escape.js';
import { diagnosticAnnotation, findingAnnotation, workflowCommand } from '../report/github.js';
import { toJson } from '../report/json.js';
import { type FailOn, gatingFindings, isFailOn } from '../report/levels.js';
import { serializeSarif, toSarif } from '../report/sarif.js';
import { toText } from '../report/text.js';
import { RULE_METAS } from '../rules/index.js';
import { type RuleSelection, selectRules } from '../rules/select.js';
import { scan } from '../scan.js';
import { applyBaseline, readBaselineFile, writeBaseline } from '../triage/baseline.js';
import { VERSION } from '../version.js';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

/** Where the rules look, for --help and --list-rules (the README's "Where etcd gets its settings"). */
const FORMS =
  "Kubernetes workloads (command, args, env, envFrom and ConfigMaps), etcd config files, kubeadm and Cluster API, systemd units, drop-ins and env files, shell scripts and the files they write, Dockerfiles, Docker Compose, k0s and RKE, Helm templates and chart values, GitOps Helm releases (Argo CD, Flux, k3s HelmChart, kustomize helmCharts, helmfile, helm install), kustomize patches, Jinja, Go and ERB templates, etcd operators' EtcdCluster resources, and the kube-apiserver's etcd flags";

const HELP = `Usage: etcd-tls-guard [options] [paths...]

Finds etcd configured without real TLS (self-signed auto-TLS, plaintext listeners, no client-certificate
auth, a kube-apiserver dialling etcd in clear text; CIS Kubernetes 2.1-2.7 and 1.2.x); --list-rules
names the rules. It reads ${FORMS}.

Options:
  --format text|json|sarif|github   output format (default: text; github = workflow commands)
  -o, --output FILE                 write the report to FILE instead of standard output (its folder must exist)
  --fail-on error|warning|note|none exit 1 when findings at or above this level exist (default: error)
  --include GLOB                    files to scan in directories (repeatable; default: YAML, JSON, *.manifest,
                                    Kustomization, *.service, *.service.d/*.conf, *.env, etcd.conf, default/etcd,
                                    *.sh, *.bash, files without an extension that start with a shell's #!,
                                    Dockerfile, Containerfile and their variants, templates *.j2, *.jinja2,
                                    *.jinja, *.tpl, *.tmpl, *.gotmpl, *.erb); a glob without / matches at any
                                    depth (*.yaml = **/*.yaml)
  --exclude GLOB                    files or folders to skip, relative to the scanned path or to the current
                                    directory (repeatable; .git and node_modules are always skipped)
  --category NAME                   SARIF automationDetails category (keeps separate uploads apart)
  --max-file-size SIZE              skip larger files with a warning (default 10MB, at most 256MB; e.g. 512k, 20MB)
  --threads N                       threads that walk and read files (default: the number of CPUs, at most 4;
                                    1 = no worker threads)
  --no-prefilter                    parse every matched file, not only those that name etcd or one of its
                                    settings (slower; shows that the prefilter drops nothing that matters)
  --rule ID                         run only this rule (repeatable; default: every rule, see --list-rules)
  --skip-rule ID                    do not run this rule (repeatable)
  --baseline FILE                   findings recorded in FILE do not fail the run (marked "unchanged" in SARIF)
  --write-baseline FILE             record the current findings in FILE (then exit 0)
  --list-rules                      list the rules and exit
  -v, --version                     print the version and exit
  -h, --help                        print this help and exit

Paths default to the current directory; reported paths are relative to it.
Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it,
2 usage error (bad option, path not found, a file that cannot be read or written) or tool failure.
`;

interface CliOptions {
  paths: string[];
  format: Format;
  output?: string;
  failOn: FailOn;
  include: string[];
  exclude: string[];
  category?: string;
  maxFileSize?: number;
  threads?: number;
  prefilter: boolean;
  baseline?: string;
  writeBaseline?: string;
  rules: RuleSelection;
}

type Parsed =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'print'; text: string }
  | { kind: 'usage'; error: string };

export function parseCli(argv: readonly string[]): Parsed {
  let values: Record<string, string | boolean | string[] | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        category: { type: 'string' },
        'max-file-size': { type: 'string' },
        threads: { type: 'string' },
        'no-prefilter': { type: 'boolean' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        rule: { type: 'string', multiple: true },
        'skip-rule': { type: 'string', multiple: true },
        'list-rules': { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'usage', error: (error as Error).message };
  }
  if (values.help) return { kind: 'print', text: HELP };
  if (values.version) return { kind: 'print', text: `${VERSION}\n` };
  if (values['list-rules']) return { kind: 'print', text: listRules() };
  const format = (values.format as string | undefined) ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    return { kind: 'usage', error: `--format must be one of ${FORMATS.join(', ')} (got "${format}")` };
  }
  const failOn = (values['fail-on'] as string | undefined) ?? 'error';
  if (!isFailOn(failOn))
    return { kind: 'usage', error: `--fail-on must be error, warning, note or none (got "${failOn}")` };
  const options: CliOptions = {
    paths: positionals.length > 0 ? positionals : ['.'],
    format: format as Format,
    failOn,
    include: (values.include as string[] | undefined) ?? [],
    exclude: (values.exclude as string[] | undefined) ?? [],
    prefilter: values['no-prefilter'] !== true,
    rules: {
      only: (values.rule as string[] | undefined) ?? [],
      skip: (values['skip-rule'] as string[] | undefined) ?? [],
    },
  };
  for (const [option, globs] of [
    ['--include', options.include],
    ['--exclude', options.exclude],
  ] as const) {
    for (const glob of globs) {
      const problem = globProblem(glob);
      if (problem) return { kind: 'usage', error: `${option} "${glob}" ${problem}` };
    }
  }
  // `--output=` (or `-o ''`) is a mistake, not a request for standard output.
  for (const name of ['output', 'category', 'baseline', 'write-baseline', 'max-file-size', 'threads']) {
    if (values[name] === '') return { kind: 'usage', error: `--${name} needs a value (got an empty one)` };
  }
  try {
    selectRules(options.rules);
  } catch (error) {
    return { kind: 'usage', error: `--rule/--skip-rule: ${(error as Error).message}` };
  }
  if (typeof values.output === 'string') options.output = values.output;
  if (typeof values.category === 'string') options.category = values.category;
  if (typeof values['max-file-size'] === 'string') {
    const size = parseMaxFileSize(values['max-file-size']);
    if ('problem' in size) return { kind: 'usage', error: `--max-file-size ${size.problem}` };
    options.maxFileSize = size.bytes;
  }
  if (typeof values.threads === 'string') {
    const threads = /^[1-9][0-9]{0,2}$/.test(values.threads) ? Number(values.threads) : undefined;
    if (threads === undefined)
      return { kind: 'usage', error: `--threads must be a whole number from 1 (got "${values.threads}")` };
    options.threads = threads;
  }
  if (typeof values.baseline === 'string') options.baseline = values.baseline;
  if (typeof values['write-baseline'] === 'string') options.writeBaseline = values['write-baseline'];
  return { kind: 'run', options };
}

/** One tab-separated line per rule (for scripts), then where the settings are read. */
function listRules(): string {
  const rules = RULE_METAS.map(
    (rule) => `${rule.id}\tCIS ${rule.cis}\t${rule.defaultLevel}\t${rule.shortDescription}`,
  );
  return `${rules.join('\n')}\n\nThe rules read ${FORMS}.\n`;
}

export function render(result: ScanResult, format: Format, category?: string): string {
  switch (format) {
    case 'text':
      return toText(result, RULE_METAS);
    case 'json':
      return toJson(result, RULE_METAS);
    case 'sarif':
      return serializeSarif(
        toSarif(result, RULE_METAS, {
          ...(category ? { category } : {}),
          fileText: (file) => result.sources.get(file.absPath),
        }),
      );
    case 'github':
      return `${[...result.findings.map(findingAnnotation), ...result.diagnostics.map(diagnosticAnnotation)]
        .map(workflowCommand)
        .join('\n')}\n`;
  }
}

/** Runs the CLI and returns its exit code; never throws. */
export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  const parsed = parseCli(argv);
  if (parsed.kind === 'print') {
    process.stdout.write(parsed.text);
    return EXIT.clean;
  }
  if (parsed.kind === 'usage') {
    process.stderr.write(`etcd-tls-guard: ${visible(parsed.error)}\nTry 'etcd-tls-guard --help'.\n`);
    return EXIT.usage;
  }
  const { options } = parsed;
  const fail = (message: string) => {
    process.stderr.write(`etcd-tls-guard: ${visible(message)}\n`);
    return EXIT.usage;
  };
  try {
    // The user's mistakes first, before a scan that may take a while.
    for (const [option, file] of [
      ['--output', options.output],
      ['--write-baseline', options.writeBaseline],
    ] as const) {
      const problem = file === undefined ? undefined : writeProblem(option, file, cwd);
      if (problem) return fail(problem);
    }
    let known: Set<string> | undefined;
    if (options.baseline) {
      try {
        known = readBaselineFile(options.baseline, { base: cwd });
      } catch (error) {
        if (error instanceof FileProblem) return fail(error.message);
        throw error;
      }
    }
    const result = await scan({
      paths: options.paths,
      base: cwd,
      patterns: options.include,
      exclude: [...DEFAULT_EXCLUDES, ...options.exclude],
      ...(options.maxFileSize ? { maxFileSize: options.maxFileSize } : {}),
      ...(options.threads ? { threads: options.threads } : {}),
      ...(options.prefilter ? {} : { prefilter: false }),
      rules: options.rules,
    });
    const textOf = (file: FileRef) => result.sources.get(file.absPath);
    if (options.writeBaseline) {
      const problem = writeFile(
        '--write-baseline',
        options.writeBaseline,
        writeBaseline(result.findings, textOf),
        cwd,
      );
      if (problem) return fail(problem);
      process.stderr.write(
        `etcd-tls-guard: ${plural(result.findings.length, 'finding')} recorded in ${visible(options.writeBaseline)}\n`,
      );
      return EXIT.clean;
    }
    if (known) result.findings = applyBaseline(result.findings, known, textOf);
    const report = render(result, options.format, options.category);
    if (options.output) {
      const problem = writeFile('--output', options.output, report, cwd);
      if (problem) return fail(problem);
    } else process.stdout.write(report);
    const missing = result.diagnostics.filter((d) => d.id === 'path-not-found');
    for (const diagnostic of missing)
      process.stderr.write(`etcd-tls-guard: ${visible(diagnostic.message)}\n`);
    if (missing.length > 0) return EXIT.usage;
    return gatingFindings(result.findings, options.failOn).length > 0 ? EXIT.findings : EXIT.clean;
  } catch (error) {
    return fail(`internal error: ${(error as Error).message}`);
  }
}

/** Why `file` cannot be written, checked before the scan: a missing folder, a folder as the file. */
function writeProblem(option: string, file: string, cwd: string): string | undefined {
  const target = path.resolve(cwd, file);
  const folder = path.dirname(target);
  const folderStat = statOrUndefined(folder);
  if (!folderStat) return `${option} ${file}: the folder ${path.dirname(file)} does not exist`;
  if (!folderStat.isDirectory()) return `${option} ${file}: ${path.dirname(file)} is not a folder`;
  if (statOrUndefined(target)?.isDirectory()) return `${option} ${file}: is a folder, not a file`;
  return undefined;
}

/** Writes a report or baseline; a failure is the user's to fix (permissions, space), said plainly. */
function writeFile(option: string, file: string, text: string, cwd: string): string | undefined {
  try {
    writeFileSync(path.resolve(cwd, file), text);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return (
      writeProblem(option, file, cwd) ??
      `${option} ${file}: cannot write the file (${code ?? (error as Error).message})`
    );
  }
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
