// Whether a template renders a setting written under a condition, decided from the values the
// repository applies (docs/forms/template-conditions.md):
// - Helm (Go templates in a chart's `templates/`): the chart's values.yaml, alone and under each
//   values file beside it (`values-*.yaml`, `*-values.yaml`, `*.values.yaml`), and under each
//   GitOps release of the chart found in the repository (helm-release.ts, through env.releaseValues); Helm's merge order
//   (chart defaults, then -f files, then --set; maps merged, a later scalar wins, null removes).
// - Ansible (Jinja in a role's `templates/`): the role's defaults/main.yml, under every group_vars
//   and host_vars file of the repository (group_vars/all under the others), with the role's
//   vars/main.yml above them.
// Some set of values renders it: decided true. Every set leaves it out: decided false. A condition
// the evaluator cannot read, or no values found: undecided (the rules report a warning).

import type { Node } from 'yaml';
import { isValuesFileName } from '../load/file-kinds.js';
import { branchesAt, type TemplateBranch, type TemplateInfo } from '../load/template.js';
import type { FileRef, RelatedLocation, TemplateCondition } from '../model.js';
import type { ScanIndex } from './scan-index.js';
import {
  evalGo,
  evalJinja,
  jinjaForCollection,
  type ReadLog,
  type Truth,
  type TValue,
  truthOf,
  UNKNOWN,
  type ValueOrigin,
} from './template-eval.js';
import { yamlValues } from './values-tree.js';
import type { YamlContext } from './yaml-context.js';

/** One set of values a template may be rendered with. */
export interface ValueSet {
  /** For messages: `values.yaml`, `values.yaml and values-prod.yaml`. */
  label: string;
  values: TValue;
  /** The file that makes this set differ from the defaults, when there is one. */
  from?: FileRef;
}

/** A YAML document as template values (YAML 1.1 scalars, as Helm's and Ansible's loaders read them). */
export function documentValues(context: YamlContext): TValue {
  return yamlValues(context, context.doc.contents as Node | null);
}

/**
 * Helm's coalescing of a later layer over an earlier one: maps merge, anything else replaces. A
 * layer not known here (unknown: a values file outside the scan) replaces everything below it, and
 * what a later layer writes over it is known while the rest stays unknown (an `open` map); an open
 * layer makes every key of the base it does not write unknown.
 */
export function mergeValues(base: TValue, over: TValue): TValue {
  if (over.kind !== 'map') return over;
  if (base.kind === 'unknown') return opened(over, base.why ?? 'values not known here');
  if (base.kind !== 'map') return over;
  const entries = new Map<string, TValue>();
  for (const [key, value] of base.entries)
    entries.set(key, over.open !== undefined && !over.entries.has(key) ? unknownBy(over.open) : value);
  for (const [key, value] of over.entries) {
    const before = base.entries.get(key) ?? (base.open === undefined ? undefined : unknownBy(base.open));
    entries.set(key, before ? mergeValues(before, value) : value);
  }
  const open = over.open ?? base.open;
  return { kind: 'map', entries, ...(over.at ? { at: over.at } : {}), ...(open ? { open } : {}) };
}

function unknownBy(why: string): TValue {
  return { kind: 'unknown', why };
}

/** A layer written over values not known here: its maps may hold any other key. */
function opened(value: TValue, why: string): TValue {
  if (value.kind !== 'map') return value;
  const entries = new Map<string, TValue>();
  for (const [key, entry] of value.entries) entries.set(key, opened(entry, why));
  return { ...value, entries, open: value.open ?? why };
}

const EMPTY: TValue = { kind: 'map', entries: new Map() };

/** Helm's root object: `.Values`; `.Release`, `.Chart`, `.Capabilities`... are not known here. */
function helmRoot(values: TValue): TValue {
  return { kind: 'map', entries: new Map([['Values', values]]) };
}

// ---------------------------------------------------------------------------------------------

/** The decision for one setting's line, over every value set. */
function decideBranches(branches: readonly TemplateBranch[], sets: readonly ValueSet[]): TemplateCondition {
  const text = branches.map(describeBranch).join(' and ');
  if (sets.length === 0) return { text, because: 'no values file of the template was found' };
  let open = false;
  for (const set of sets) {
    const log: ReadLog = [];
    const truth = renders(branches, set.values, log);
    if (truth === undefined) {
      open = true;
      continue;
    }
    if (!truth) continue;
    const deciding = pickDeciding(log, set.from);
    const where = deciding
      ? `${deciding.file.relPath} sets \`${deciding.text}\` (line ${deciding.span.startLine})`
      : `with ${set.label}`;
    const decidedBy: RelatedLocation | undefined = deciding
      ? {
          file: deciding.file,
          span: deciding.span,
          message: `the value that makes the template render this setting: \`${deciding.text}\``,
        }
      : undefined;
    return { text, rendered: true, because: where, ...(decidedBy ? { decidedBy } : {}) };
  }
  if (open) return { text };
  return {
    text,
    rendered: false,
    because: `no values the repository applies render it (${sets.map((s) => s.label).join('; ')})`,
  };
}

/**
 * The deciding value: the last one read (the leaf a condition compares) from the file that makes
 * the set differ, else the last one read.
 */
function pickDeciding(log: ReadLog, from: FileRef | undefined): ValueOrigin | undefined {
  const read = log.filter((origin) => origin.text.length > 0);
  const own = from ? read.filter((origin) => origin.file.absPath === from.absPath) : [];
  return own[own.length - 1] ?? read[read.length - 1];
}

function describeBranch(branch: TemplateBranch): string {
  const open = branch.syntax === 'go' ? '{{' : branch.syntax === 'erb' ? '<%' : '{%';
  const close = branch.syntax === 'go' ? '}}' : branch.syntax === 'erb' ? '%>' : '%}';
  const prior = branch.previous.map((condition) => `not \`${condition}\``);
  if (branch.kind === 'else') return `\`${open} else ${close}\` (${prior.join(', ')})`;
  const word =
    branch.kind === 'else-if' ? (branch.syntax === 'go' ? `else ${branch.keyword}` : 'elif') : branch.keyword;
  const own = `\`${open} ${word} ${branch.condition} ${close}\``;
  return prior.length === 0 ? own : `${own} (${prior.join(', ')})`;
}

/** Whether every branch renders with these values (3-valued). */
function renders(branches: readonly TemplateBranch[], values: TValue, log: ReadLog): Truth {
  const go = branches.every((branch) => branch.syntax === 'go');
  const jinja = branches.every((branch) => branch.syntax === 'jinja');
  if (!go && !jinja) return undefined;
  let dot: TValue = go ? helmRoot(values) : values;
  const root = dot;
  let result: Truth = true;
  for (const branch of branches) {
    const evaluate = (condition: string): TValue =>
      go ? evalGo(condition, { dot, root }, log) : evalJinja(condition, values, log);
    let own: Truth;
    let inner: TValue = dot;
    switch (branch.keyword) {
      case 'if':
      case 'elif':
      case 'with':
      case 'range': {
        if (branch.kind === 'else') own = true;
        else {
          const value = evaluate(branch.condition);
          own = truthOf(value);
          if (branch.keyword === 'with') inner = value;
          if (branch.keyword === 'range') inner = UNKNOWN;
        }
        break;
      }
      case 'for': {
        const collection = branch.kind === 'if' ? jinjaForCollection(branch.condition) : undefined;
        own =
          branch.kind === 'else'
            ? true
            : collection === undefined
              ? undefined
              : truthOf(evaluate(collection));
        break;
      }
      case 'autoescape':
      case 'filter':
      case 'trans':
        own = true;
        break;
      default:
        // define, block, macro, call, set: rendered where it is used, if at all.
        own = undefined;
    }
    // The branches before this one in its chain must all be false.
    for (const condition of branch.previous) {
      const earlier =
        branch.keyword === 'for' || branch.keyword === 'range' ? undefined : truthOf(evaluate(condition));
      own = and(own, earlier === undefined ? undefined : !earlier);
    }
    result = and(result, own);
    if (result === false) return false;
    dot = inner;
  }
  return result;
}

function and(a: Truth, b: Truth): Truth {
  if (a === false || b === false) return false;
  if (a === undefined || b === undefined) return undefined;
  return true;
}

// ---------------------------------------------------------------------------------------------

/** Where a template's values are: its chart (Helm) or its role (Ansible). */
type Home = { kind: 'chart'; dir: string } | { kind: 'role'; dir: string } | undefined;

function homeOf(relPath: string, syntax: TemplateBranch['syntax']): Home {
  // ERB templates (Chef, Puppet) are not evaluated: their conditions stay undecided.
  if (syntax === 'erb') return undefined;
  const segments = relPath.split('/');
  const templates = segments.lastIndexOf('templates');
  if (templates < 0) return undefined;
  const dir = segments.slice(0, templates).join('/');
  if (syntax === 'go') return { kind: 'chart', dir };
  return segments[templates - 2] === 'roles' ? { kind: 'role', dir } : undefined;
}

/** Other value sets a chart is rendered with: GitOps releases that point at it (helm-release.ts). */
export type ReleaseValues = (chartDir: string) => readonly ValueSet[];

/**
 * Decides settings' template conditions for one extraction. Values files are looked up through the
 * index; a chart or role directory whose files were not loaded is remembered (`wanted`), so that
 * the scan loads the set-aside values files and extracts again.
 */
export class ConditionDecider {
  readonly wanted = new Set<string>();
  private readonly sets = new Map<string, readonly ValueSet[]>();
  private byDirectory: Map<string, YamlContext[]> | undefined;

  constructor(
    private readonly index: ScanIndex,
    private readonly releases: ReleaseValues = () => [],
  ) {}

  decide(file: FileRef, info: TemplateInfo, line: number): TemplateCondition | undefined {
    const branches = branchesAt(info, line);
    if (branches.length === 0) return undefined;
    const home = homeOf(file.relPath, branches[0]?.syntax ?? 'go');
    return decideBranches(branches, home ? this.valueSets(home) : []);
  }

  private valueSets(home: NonNullable<Home>): readonly ValueSet[] {
    const key = `${home.kind}\u0000${home.dir}`;
    const cached = this.sets.get(key);
    if (cached) return cached;
    this.wanted.add(home.dir);
    const sets = home.kind === 'chart' ? this.chartSets(home.dir) : this.roleSets(home.dir);
    this.sets.set(key, sets);
    return sets;
  }

  private documentsIn(dir: string): YamlContext[] {
    if (!this.byDirectory) {
      this.byDirectory = new Map();
      for (const context of this.index.yamlDocuments) {
        if (context.embedded) continue;
        const path = context.fileRef.relPath;
        const slash = path.lastIndexOf('/');
        const parent = slash < 0 ? '' : path.slice(0, slash);
        const list = this.byDirectory.get(parent) ?? [];
        list.push(context);
        this.byDirectory.set(parent, list);
      }
    }
    return this.byDirectory.get(dir) ?? [];
  }

  private chartSets(dir: string): readonly ValueSet[] {
    const prefix = dir ? `${dir}/` : '';
    const files = this.documentsIn(dir);
    const named = (name: string) => files.filter((c) => c.fileRef.relPath === `${prefix}${name}`);
    const defaultsDocs = [...named('values.yaml'), ...named('values.yml')];
    const isChart = defaultsDocs.length > 0 || named('Chart.yaml').length > 0;
    if (!isChart) return [];
    const defaults = defaultsDocs.reduce<TValue>((acc, doc) => mergeValues(acc, documentValues(doc)), EMPTY);
    const sets: ValueSet[] = [{ label: `${prefix}values.yaml`, values: defaults }];
    const overrides = new Map<string, YamlContext[]>();
    for (const context of files) {
      const name = context.fileRef.relPath.slice(prefix.length);
      if (name === 'values.yaml' || name === 'values.yml' || !isValuesFileName(name)) continue;
      overrides.set(context.fileRef.relPath, [...(overrides.get(context.fileRef.relPath) ?? []), context]);
    }
    for (const [path, docs] of overrides) {
      const values = docs.reduce((acc, doc) => mergeValues(acc, documentValues(doc)), defaults);
      sets.push({
        label: `${prefix}values.yaml and ${path}`,
        values,
        from: (docs[0] as YamlContext).fileRef,
      });
    }
    for (const release of this.releases(dir))
      sets.push({ ...release, values: mergeValues(defaults, release.values) });
    return sets;
  }

  private roleSets(dir: string): readonly ValueSet[] {
    const load = (sub: string) =>
      this.documentsIn(`${dir}/${sub}`)
        .filter((c) => c.fileRef.relPath.endsWith('/main.yml') || c.fileRef.relPath.endsWith('/main.yaml'))
        .reduce<TValue>((acc, doc) => mergeValues(acc, documentValues(doc)), EMPTY);
    const defaults = load('defaults');
    const roleVars = load('vars');
    this.wanted.add('group_vars');
    const inventory = this.index.yamlDocuments.filter((c) => {
      const segments = c.fileRef.relPath.split('/');
      return !c.embedded && (segments.includes('group_vars') || segments.includes('host_vars'));
    });
    const isAll = (c: YamlContext) => {
      const segments = c.fileRef.relPath.split('/');
      const at = segments.lastIndexOf('group_vars');
      const name = segments[at + 1] ?? '';
      return at >= 0 && (name === 'all' || name === 'all.yml' || name === 'all.yaml');
    };
    const all = inventory.filter(isAll).reduce((acc, doc) => mergeValues(acc, documentValues(doc)), defaults);
    const sets: ValueSet[] = [{ label: `${dir}/defaults/main.yml`, values: mergeValues(all, roleVars) }];
    for (const context of inventory.filter((c) => !isAll(c))) {
      sets.push({
        label: context.fileRef.relPath,
        values: mergeValues(mergeValues(all, documentValues(context)), roleVars),
        from: context.fileRef,
      });
    }
    return sets;
  }
}
