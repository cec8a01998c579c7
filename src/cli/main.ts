import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_EXCLUDES } from '../discover/discover.js';
import { parseSize } from '../load/size.js';
import type { FileRef, ScanResult } from '../model.js';
import { diagnosticAnnotation, findingAnnotation, workflowCommand } from '../report/github.js';
import { toJson } from '../report/json.js';
import { type FailOn, gatingFindings, isFailOn } from '../report/levels.js';
import { serializeSarif, toSarif } from '../report/sarif.js';
import { toText } from '../report/text.js';
import { RULE_METAS } from '../rules/index.js';
import { scan } from '../scan.js';
import { applyBaseline, readBaseline, writeBaseline } from '../triage/baseline.js';
import { VERSION } from '../version.js';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

const HELP = `Usage: etcd-tls-guard [options] [paths...]

Finds etcd configured with self-signed TLS certificates (--auto-tls: CIS Kubernetes 2.3,
--peer-auto-tls: CIS 2.6) in Kubernetes manifests, kubeadm and etcd configuration, systemd units,
env files, shell scripts, Dockerfiles and templates of them.

Options:
  --format text|json|sarif|github   output format (default: text; github = workflow commands)
  --output FILE                     write the report to FILE instead of standard output
  --fail-on error|warning|note|none exit 1 when findings at or above this level exist (default: error)
  --include GLOB                    files to scan in directories (repeatable; default: YAML, JSON, *.manifest,
                                    Kustomization, *.service, *.service.d/*.conf, *.env, etcd.conf, default/etcd,
                                    *.sh, *.bash, files without an extension that start with a shell's #!,
                                    Dockerfile, Containerfile and their variants, templates *.j2, *.jinja2,
                                    *.jinja, *.tpl, *.tmpl, *.gotmpl, *.erb)
  --exclude GLOB                    files to skip (repeatable; .git and node_modules are always skipped)
  --category NAME                   SARIF automationDetails category (keeps separate uploads apart)
  --max-file-size SIZE              skip larger files with a notice (default 10MB; e.g. 512k, 20MB)
  --threads N                       threads that walk and read files (default: the number of CPUs, at most 4;
                                    1 = no worker threads)
  --baseline FILE                   findings recorded in FILE do not fail the run (marked "unchanged" in SARIF)
  --write-baseline FILE             record the current findings in FILE (then exit 0)
  --list-rules                      list the rules and exit
  --version                         print the version and exit
  --help                            print this help and exit

Paths default to the current directory; reported paths are relative to it.
Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it, 2 usage error or tool failure.
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
  baseline?: string;
  writeBaseline?: string;
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
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
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
  };
  if (typeof values.output === 'string') options.output = values.output;
  if (typeof values.category === 'string') options.category = values.category;
  if (typeof values['max-file-size'] === 'string') {
    const size = parseSize(values['max-file-size']);
    if (size === undefined) {
      return {
        kind: 'usage',
        error: `--max-file-size must be a size such as 10MB or 512k (got "${values['max-file-size']}")`,
      };
    }
    options.maxFileSize = size;
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

function listRules(): string {
  return `${RULE_METAS.map((rule) => `${rule.id}\tCIS ${rule.cis}\t${rule.defaultLevel}\t${rule.shortDescription}`).join('\n')}\n`;
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
    process.stderr.write(`etcd-tls-guard: ${parsed.error}\nTry 'etcd-tls-guard --help'.\n`);
    return EXIT.usage;
  }
  const { options } = parsed;
  try {
    const result = await scan({
      paths: options.paths,
      base: cwd,
      patterns: options.include,
      exclude: [...DEFAULT_EXCLUDES, ...options.exclude],
      ...(options.maxFileSize ? { maxFileSize: options.maxFileSize } : {}),
      ...(options.threads ? { threads: options.threads } : {}),
    });
    const textOf = (file: FileRef) => result.sources.get(file.absPath);
    if (options.writeBaseline) {
      writeFileSync(options.writeBaseline, writeBaseline(result.findings, textOf));
      process.stderr.write(
        `etcd-tls-guard: ${result.findings.length} findings recorded in ${options.writeBaseline}\n`,
      );
      return EXIT.clean;
    }
    if (options.baseline) {
      let known: Set<string>;
      try {
        known = readBaseline(readFileSync(options.baseline, 'utf8'));
      } catch (error) {
        process.stderr.write(`etcd-tls-guard: --baseline ${options.baseline}: ${(error as Error).message}\n`);
        return EXIT.usage;
      }
      result.findings = applyBaseline(result.findings, known, textOf);
    }
    const report = render(result, options.format, options.category);
    if (options.output) writeFileSync(options.output, report);
    else process.stdout.write(report);
    const missing = result.diagnostics.filter((d) => d.id === 'path-not-found');
    for (const diagnostic of missing) process.stderr.write(`etcd-tls-guard: ${diagnostic.message}\n`);
    if (missing.length > 0) return EXIT.usage;
    return gatingFindings(result.findings, options.failOn).length > 0 ? EXIT.findings : EXIT.clean;
  } catch (error) {
    process.stderr.write(`etcd-tls-guard: internal error: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
}
