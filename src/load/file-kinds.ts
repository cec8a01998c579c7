// What a file is by its name, where several stages need to know (discovery patterns, the
// prefilter, parsing, extraction). Kept free of parser imports: worker threads load it.

const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

function basename(relPath: string): string {
  return relPath.slice(relPath.lastIndexOf('/') + 1);
}

/** Whether a file is named as kustomize looks for it in a directory. */
export function isKustomizationName(relPath: string): boolean {
  return KUSTOMIZATION_NAMES.has(basename(relPath));
}

/** Names read as YAML (JSON included); every other discovered file is read as text. */
const YAML_NAME = /\.(ya?ml|json|manifest)$/i;

/**
 * Whether the file is YAML or JSON, by its name or, for a template, by its stem's (`config.yml.j2`).
 * Ansible also reads a variable file without an extension as YAML (`group_vars/all`,
 * `host_vars/node1`: "the files may have no extension, or .yml, .yaml or .json").
 */
export function isYamlName(relPath: string): boolean {
  if (YAML_NAME.test(formPath(relPath))) return true;
  const segments = relPath.split('/');
  const parent = segments[segments.length - 2];
  return (
    (parent === 'group_vars' || parent === 'host_vars') &&
    !(segments[segments.length - 1] ?? '').includes('.')
  );
}

/** The template language of a file named for it; the file under the template is the stem's. */
export type TemplateSyntax = 'jinja' | 'go' | 'erb';

/**
 * Template suffixes: Jinja2 as Ansible and Salt name it (`.j2`, `.jinja2`, `.jinja`), Go's
 * text/template as Helm, helmfile and Go tools name it (`.tpl`, `.tmpl`, `.gotmpl`), Ruby ERB as
 * Chef and Puppet name it (`.erb`).
 */
const TEMPLATE_SUFFIXES: readonly [suffix: string, syntax: TemplateSyntax][] = [
  ['.j2', 'jinja'],
  ['.jinja2', 'jinja'],
  ['.jinja', 'jinja'],
  ['.tpl', 'go'],
  ['.tmpl', 'go'],
  ['.gotmpl', 'go'],
  ['.erb', 'erb'],
];

/** The template language a file's suffix names, if any. */
export function templateSyntaxOf(relPath: string): TemplateSyntax | undefined {
  const lower = relPath.toLowerCase();
  return TEMPLATE_SUFFIXES.find(([suffix]) => lower.endsWith(suffix))?.[1];
}

/**
 * The path that decides a file's form: the path itself, or a template's stem (`etcd.service.j2`
 * is a systemd unit, `config.yml.j2` an etcd config file, `etcd.sh.j2` a shell script).
 */
export function formPath(relPath: string): string {
  const lower = relPath.toLowerCase();
  const match = TEMPLATE_SUFFIXES.find(([suffix]) => lower.endsWith(suffix));
  return match ? relPath.slice(0, relPath.length - match[0].length) : relPath;
}

/** Shell scripts by name: `*.sh`, `*.bash` (others are found by their `#!` line). */
export function isShellScriptName(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith('.sh') || lower.endsWith('.bash');
}

/**
 * Dockerfiles as `docker build` and `podman build` look for them (`Dockerfile`, `Containerfile`)
 * and as projects name their variants (`Dockerfile.ubi`, `etcd.Dockerfile`), in any case.
 */
export function isDockerfileName(path: string): boolean {
  const name = basename(path).toLowerCase();
  return (
    name === 'dockerfile' ||
    name === 'containerfile' ||
    name.endsWith('.dockerfile') ||
    name.startsWith('dockerfile.') ||
    name.startsWith('containerfile.')
  );
}

/** Shells whose `-c` and scripts read as POSIX sh for our purposes. */
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'mksh', 'zsh', 'busybox']);

/**
 * Whether the text starts with a `#!` line that runs a POSIX shell: `#!/bin/sh`, `#!/bin/bash -e`,
 * `#!/usr/bin/env bash`, `#!/usr/bin/env -S bash -eu`, `#! /bin/sh` (execve(2) reads the
 * interpreter path and one optional argument; env(1) finds the program on the PATH after its own
 * options). A byte order mark is not skipped: the kernel would not run such a file either.
 */
export function hasShellShebang(text: string): boolean {
  if (!text.startsWith('#!')) return false;
  const end = text.indexOf('\n');
  const words = text
    .slice(2, end < 0 ? Math.min(text.length, 256) : Math.min(end, 256))
    .split(' ')
    .flatMap((part) => part.split('\t'))
    .filter((word) => word !== '' && word !== '\r');
  const interpreter = basename(words[0] ?? '');
  if (interpreter !== 'env') return SHELLS.has(interpreter);
  const program = words.slice(1).find((word) => !word.startsWith('-') && !word.includes('='));
  return SHELLS.has(basename(program ?? ''));
}

/**
 * Whether the name alone says which form a file is (YAML, a unit, an env file, a script, a
 * Dockerfile, a kustomization). A file without such a name matters only as a shell script with a
 * `#!` line: the default patterns take extension-less files in script directories (`bin/`,
 * `scripts/`, `hack/`...), and the prefilter keeps only those that start with a shell's `#!`.
 */
export function hasFormName(relPath: string): boolean {
  const path = formPath(relPath);
  const name = basename(path);
  return (
    isYamlName(path) ||
    isKustomizationName(path) ||
    isShellScriptName(path) ||
    isDockerfileName(path) ||
    name.endsWith('.service') ||
    name.endsWith('.conf') ||
    name.endsWith('.env') ||
    path === 'default/etcd' ||
    path.endsWith('/default/etcd')
  );
}

/**
 * Values files of a Helm chart directory: `values.yaml` and the override files kept beside it
 * (`values-prod.yaml`, `values.prod.yaml`, `prod-values.yaml`, `prod.values.yaml`, `_` too).
 */
export function isValuesFileName(name: string): boolean {
  const lower = basename(name).toLowerCase();
  const stem = lower.endsWith('.yaml')
    ? lower.slice(0, -5)
    : lower.endsWith('.yml')
      ? lower.slice(0, -4)
      : undefined;
  if (stem === undefined) return false;
  if (stem === 'values') return true;
  return (
    ['values-', 'values.', 'values_'].some((p) => stem.startsWith(p)) ||
    ['-values', '.values', '_values'].some((p) => stem.endsWith(p))
  );
}

/** Files that decide a template's conditions: values files, `Chart.yaml`, Ansible variable files. */
export function isTemplateValuesPath(relPath: string): boolean {
  const name = basename(relPath);
  if (isValuesFileName(name) || name === 'Chart.yaml') return true;
  const segments = relPath.split('/');
  if (segments.includes('group_vars') || segments.includes('host_vars')) return true;
  const parent = segments[segments.length - 2];
  return (parent === 'defaults' || parent === 'vars') && (name === 'main.yml' || name === 'main.yaml');
}

/**
 * helmfile's state files: `helmfile.yaml` (or `.yml`), its `.gotmpl` template, and every YAML file
 * of a `helmfile.d` directory (helmfile/helmfile pkg/app/app.go: the default file, or
 * `helmfile.d/*.y*ml` and `*.y*ml.gotmpl`).
 */
export function isHelmfilePath(relPath: string): boolean {
  const segments = relPath.split('/');
  const name = (segments[segments.length - 1] ?? '').toLowerCase();
  if (/^helmfile\.ya?ml(\.gotmpl)?$/.test(name)) return true;
  return segments[segments.length - 2] === 'helmfile.d' && /\.ya?ml(\.gotmpl)?$/.test(name);
}
