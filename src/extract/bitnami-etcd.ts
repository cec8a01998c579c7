// The Bitnami etcd chart's rendering of etcd's transport settings from its values, once values are
// known to be that chart's (bitnami/charts bitnami/etcd @ 5165628a, chart 12.0.20;
// shared/research/semantics-tls-posture.md §3.8). templates/statefulset.yaml sets, as container env:
//   ETCD_LISTEN_CLIENT_URLS / ETCD_LISTEN_PEER_URLS = <http|https>://0.0.0.0:<containerPorts.*>
//     (https iff auth.<side>.secureTransport, _helpers.tpl etcd.clientProtocol/peerProtocol),
//   secureTransport && useAutoTLS -> ETCD_AUTO_TLS=true (no certificate files),
//   secureTransport alone -> ETCD_CERT_FILE, ETCD_KEY_FILE, and with enableAuthentication also
//   ETCD_CLIENT_CERT_AUTH=true and ETCD_TRUSTED_CA_FILE, else with caFilename only ETCD_TRUSTED_CA_FILE
// (peer side: the ETCD_PEER_* names). values.yaml defaults: every switch false, caFilename "",
// containerPorts client 2379, peer 2380. `extraEnvVars` come after these in `env` (a later entry
// wins); `extraEnvVarsCM`/`extraEnvVarsSecret` come through `envFrom`, which cannot override a
// variable `env` sets, so they open only what the chart leaves unset; `configuration` and
// `existingConfigmap` mount a config file, which may make etcd ignore every variable.
//
// The values are Helm's merged values (values-tree.ts): a values file of the chart, or a release's
// layers (GitOps, helmfile, `helm install`). A value not known here is either written as a
// placeholder (a template expression: the settings it decides are rendered under an undecided
// condition, reported as warnings) or not written where this scan can see (an open map: the
// settings it decides are not rendered, and the process is open).

import { envNameOf } from '../etcd/settings.js';
import type { EtcdConfig, FileRef, RelatedLocation, Setting, Span, TemplateCondition } from '../model.js';
import { BITNAMI_ETCD, type BitnamiIdentity } from './bitnami-chart.js';
import { envVariable } from './setting.js';
import { type TValue, truthOf } from './template-eval.js';
import { originOf, scalarText, valueAt } from './values-tree.js';

/** Values of the chart, and where a process they render is reported. */
export interface ChartValues {
  /** The values the chart is rendered with (the identity's prefix is applied inside them). */
  values: TValue;
  /** The file the process is reported in (the values file, the release). */
  file: FileRef;
  /** The launcher's span: where the release or values are. */
  span: Span;
  /** Where a value left to the chart's default is anchored when no key on its path is written. */
  anchor?: { span: Span; file?: FileRef };
  /** The identity's condition can be read in `values` (they are the parent chart's values). */
  readsCondition: boolean;
  /**
   * Set when the values are applied over values this scan does not show (another values file of a
   * chart directory): only settings whose deciding value is written are rendered; it says why.
   */
  writtenOnly?: string;
  /** Why values may come from elsewhere besides what the values say themselves (reuse-values...). */
  reasons?: readonly string[];
  /** Who applies the values, for messages (`Argo CD Application etcd`). */
  release?: string;
  /** Files the values come through (values files of a release), for the evidence chain. */
  related?: readonly RelatedLocation[];
}

/** The chart's sides: the values map under `auth` and the variables each side renders. */
const SIDES = [
  {
    side: 'client',
    port: 'client',
    defaultPort: '2379',
    listen: 'listen-client-urls',
    advertise: 'advertise-client-urls',
    autoTls: 'auto-tls',
    cert: 'cert-file',
    key: 'key-file',
    auth: 'client-cert-auth',
    ca: 'trusted-ca-file',
    dir: 'client',
  },
  {
    side: 'peer',
    port: 'peer',
    defaultPort: '2380',
    listen: 'listen-peer-urls',
    advertise: 'initial-advertise-peer-urls',
    autoTls: 'peer-auto-tls',
    cert: 'peer-cert-file',
    key: 'peer-key-file',
    auth: 'peer-client-cert-auth',
    ca: 'peer-trusted-ca-file',
    dir: 'peer',
  },
] as const;

type Side = (typeof SIDES)[number];

/** Strings that read as false to a person, and as true to a Go template (a non-empty string). */
const FALSE_WORDS = new Set(['false', 'no', 'off', '0', 'n']);

/** Values whose content reaches etcd's environment or config unseen (templates/statefulset.yaml). */
const ENV_FROM_VALUES = ['extraEnvVarsCM', 'extraEnvVarsSecret'];
const CONFIG_VALUES = ['configuration', 'existingConfigmap'];

/**
 * A condition of the chart's templates over the values: decided, undecided because a value is a
 * placeholder written in the repository (its origin says where), or open because a value may come
 * from values this scan cannot see.
 */
type Tri = { kind: 'true' } | { kind: 'false' } | { kind: 'undecided'; by: TValue[] } | { kind: 'open' };

const TRUE: Tri = { kind: 'true' };
const FALSE: Tri = { kind: 'false' };

function and(...conditions: Tri[]): Tri {
  if (conditions.some((c) => c.kind === 'false')) return FALSE;
  if (conditions.some((c) => c.kind === 'open')) return { kind: 'open' };
  const by = conditions.flatMap((c) => (c.kind === 'undecided' ? c.by : []));
  return by.length > 0 ? { kind: 'undecided', by } : TRUE;
}

function not(condition: Tri): Tri {
  return condition.kind === 'true' ? FALSE : condition.kind === 'false' ? TRUE : condition;
}

function or(a: Tri, b: Tri): Tri {
  return not(and(not(a), not(b)));
}

/** What one rendering reads, and what it learns about values it cannot see. */
class Rendering {
  /** Why the process may get settings this rendering does not show. */
  readonly reasons = new Set<string>();

  constructor(
    readonly source: ChartValues,
    readonly prefix: string,
    /** The chart's values (after the prefix). */
    readonly values: TValue | undefined,
    /** Where a value left to the chart's default is anchored when no key on its path is written. */
    readonly fallback: { span: Span; file?: FileRef } | undefined,
  ) {}

  /** Go template truth of a value (absent: the chart's default, false or ""), with what is unknown. */
  truth(value: TValue | undefined): Tri {
    if (value === undefined) return FALSE;
    if (value.kind === 'unknown') {
      this.reasons.add(unknownReason(value));
      return value.at ? { kind: 'undecided', by: [value] } : { kind: 'open' };
    }
    const truth = truthOf(value);
    if (truth !== undefined) return truth ? TRUE : FALSE;
    if (value.kind === 'map' && value.open) this.reasons.add(value.open);
    return { kind: 'open' };
  }

  get(path: readonly string[]): TValue | undefined {
    return valueAt(this.values, path);
  }
}

function unknownReason(value: Extract<TValue, { kind: 'unknown' }>): string {
  if (value.at) return `\`${value.at.text}\` is ${value.why ?? 'not known here'}`;
  return value.why ?? 'values not known here';
}

/** The chart is turned off: by `tags` (values this scan may not see) or a false `condition`. */
function switchedOff(source: ChartValues, identity: BitnamiIdentity): boolean {
  if (identity.tagged) return true;
  if (!identity.condition || !source.readsCondition) return false;
  const value = valueAt(source.values, identity.condition.split('.'));
  return value !== undefined && value.kind !== 'unknown' && truthOf(value) === false;
}

/**
 * One etcd process as the chart renders it from its values: every transport setting the chart
 * sets, as `chart-value` settings located at the value that decides it, or, for a value left to the
 * chart's default, at the deepest key written on its path (`auth.client`, `auth`, the `etcd:` key of
 * an umbrella chart, or the chart reference when the values say nothing). Undefined when the chart
 * is turned off by its dependency condition, or renders nothing this scan can place.
 */
export function bitnamiEtcdConfig(source: ChartValues, identity: BitnamiIdentity): EtcdConfig | undefined {
  if (switchedOff(source, identity)) return undefined;
  const prefix = identity.prefix;
  const values = prefix === '' ? source.values : valueAt(source.values, prefix.slice(0, -1).split('.'));
  const holder = values?.kind === 'map' ? values.at : undefined;
  const fallback = holder ? { span: holder.span, file: holder.file } : source.anchor;
  const rendering = new Rendering(source, prefix, values, fallback);
  if (values?.kind === 'map' && values.open) rendering.reasons.add(values.open);
  if (source.writtenOnly) rendering.reasons.add(source.writtenOnly);
  if (values?.kind === 'unknown') rendering.reasons.add(unknownReason(values));
  const mounts = or(
    rendering.truth(rendering.get([CONFIG_VALUES[0] as string])),
    rendering.truth(rendering.get([CONFIG_VALUES[1] as string])),
  );
  for (const key of CONFIG_VALUES)
    if (rendering.truth(rendering.get([key])).kind !== 'false')
      rendering.reasons.add(`\`${prefix}${key}\` gives etcd a config file, which may replace every variable`);
  const extra = extraEnvVars(rendering);
  // What may set a variable the chart leaves unset (envFrom cannot override the chart's own `env`).
  const unseen = [
    ...ENV_FROM_VALUES.filter(
      (key) => !['false', 'open'].includes(rendering.truth(rendering.get([key])).kind),
    ).map((key) => `\`${prefix}${key}\` can set etcd variables the chart leaves unset`),
    ...extra.open,
  ];
  for (const reason of unseen) rendering.reasons.add(reason);
  const env = SIDES.flatMap((side) => renderSide(rendering, side, mounts, unseen.length > 0));
  if (env.length === 0 && extra.settings.length === 0) return undefined;
  const reasons = [...rendering.reasons, ...(source.reasons ?? [])];
  return {
    file: source.file,
    launcher: {
      kind: 'chart-values',
      chart: BITNAMI_ETCD,
      ...(source.release ? { release: source.release } : {}),
    },
    span: source.span,
    kind: 'process',
    completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
    flags: [],
    env: [...env, ...extra.settings],
    implied: [],
    startupProblems: [],
    related: [
      {
        file: identity.chart.file,
        span: identity.chart.span,
        message: `the chart reference that makes these values the ${BITNAMI_ETCD} chart's`,
      },
      ...(source.related ?? []),
    ],
  };
}

/** The variables the chart renders for one side (`auth.client` or `auth.peer`), as settings. */
function renderSide(rendering: Rendering, side: Side, mounts: Tri, unseen: boolean): Setting[] {
  const { prefix } = rendering;
  const sideValues = rendering.get(['auth', side.side]);
  const authValues = rendering.get(['auth']);
  const value = (key: string) => valueAt(sideValues, [key]);
  const on = (key: string) => rendering.truth(value(key));
  const valueKey = (key: string) => `${prefix}auth.${side.side}.${key}`;
  const variable = envNameOf;
  const env: Setting[] = [];
  /** A variable the chart renders under `condition` (its template's), decided by the value of `key`. */
  const push = (
    name: string,
    rawValue: string,
    key: string,
    renders: string,
    condition: Tri,
    text: string,
  ) => {
    if (condition.kind === 'false' || condition.kind === 'open') return;
    const written = value(key);
    const origin = originOf(written);
    if (!origin && rendering.source.writtenOnly) return;
    const holder =
      (sideValues?.kind === 'map' ? sideValues.at : undefined) ??
      (authValues?.kind === 'map' ? authValues.at : undefined) ??
      rendering.fallback;
    const at = origin ?? holder;
    if (!at) return;
    const file = at.file && at.file.absPath !== rendering.source.file.absPath ? at.file : undefined;
    const conditional =
      condition.kind === 'undecided' ? undecided(condition, text, rendering.source.file) : undefined;
    const caveat =
      written?.kind === 'string' && FALSE_WORDS.has(written.value.toLowerCase())
        ? `\`${written.value}\` is a string here, which the chart's Go templates take as true (only an empty string is false)`
        : undefined;
    env.push({
      name,
      key: valueKey(key),
      text: origin ? origin.text : `${valueKey(key)}: ${key === 'caFilename' ? '""' : 'false'}`,
      rawValue,
      origin: { kind: 'chart-value', chart: BITNAMI_ETCD, renders, ...(origin ? {} : { absent: true }) },
      span: at.span,
      ...(file ? { file } : {}),
      ...(conditional ? { conditional } : {}),
      ...(caveat ? { caveat } : {}),
    });
  };
  if (rendering.source.writtenOnly && !originOf(value('secureTransport'))) return env;
  const secure = on('secureTransport');
  const auto = and(secure, on('useAutoTLS'));
  const port = scalarText(rendering.get(['containerPorts', side.port])) || side.defaultPort;
  const v = `.Values.auth.${side.side}`;
  // Listeners: `{{ $etcdClientProtocol }}://0.0.0.0:...`, https iff secureTransport; a scheme that
  // depends on a placeholder is rendered as its plaintext alternative, under that condition.
  const listening = and(not(mounts), secure.kind === 'undecided' ? not(secure) : TRUE);
  const scheme = secure.kind === 'true' ? 'https' : 'http';
  if (secure.kind !== 'open') {
    const url = `${scheme}://0.0.0.0:${port}`;
    const when = `\`{{ if not ${v}.secureTransport }}\` (the chart's \`etcd.${side.side}Protocol\`)`;
    push(side.listen, url, 'secureTransport', `${variable(side.listen)}=${url}`, listening, when);
    // `$(MY_POD_NAME).<headless service>`: always set, so etcd never misses an advertise URL.
    push(
      side.advertise,
      `${scheme}://pod.service:${port}`,
      'secureTransport',
      variable(side.advertise),
      listening,
      when,
    );
  }
  const autoText = `\`{{ if and ${v}.secureTransport ${v}.useAutoTLS }}\``;
  push(side.autoTls, 'true', 'useAutoTLS', `${variable(side.autoTls)}=true`, auto, autoText);
  const certificates = and(not(mounts), not(auto), secure);
  const certText = `\`{{ else if ${v}.secureTransport }}\``;
  const certDir = `/opt/bitnami/etcd/certs/${side.dir}`;
  const cert = `${certDir}/${scalarText(value('certFilename')) ?? 'cert.pem'}`;
  const key = `${certDir}/${scalarText(value('certKeyFilename')) ?? 'key.pem'}`;
  const caName = scalarText(value('caFilename')) ?? '';
  push(side.cert, cert, 'secureTransport', `${variable(side.cert)}=${cert}`, certificates, certText);
  push(side.key, key, 'secureTransport', `${variable(side.key)}=${key}`, certificates, certText);
  const authentication = on('enableAuthentication');
  const authenticated = and(certificates, authentication);
  const authText = `\`{{ if ${v}.enableAuthentication }}\``;
  const ca = `${certDir}/${caName || 'ca.crt'}`;
  push(side.auth, 'true', 'enableAuthentication', `${variable(side.auth)}=true`, authenticated, authText);
  push(side.ca, ca, 'enableAuthentication', `${variable(side.ca)}=${ca}`, authenticated, authText);
  const unauthenticated = and(certificates, not(authentication));
  const caText = `\`{{ else if ${v}.caFilename }}\``;
  push(
    side.ca,
    ca,
    'caFilename',
    `${variable(side.ca)}=${ca}`,
    and(unauthenticated, on('caFilename')),
    caText,
  );
  // The chart leaves client-certificate auth unset, so etcd's default (off) applies, unless a
  // variable from envFrom or extraEnvVars may set it.
  if (!unseen)
    push(side.auth, 'false', 'enableAuthentication', variable(side.auth), unauthenticated, authText);
  return env;
}

/** The condition of a setting the chart renders only if a placeholder's value turns out so. */
function undecided(
  condition: Extract<Tri, { kind: 'undecided' }>,
  text: string,
  file: FileRef,
): TemplateCondition {
  const because = condition.by.map((value) => unknownReason(value as Extract<TValue, { kind: 'unknown' }>));
  const first = originOf(condition.by[0]);
  const decidedBy: RelatedLocation | undefined =
    first && first.file.absPath !== file.absPath
      ? { file: first.file, span: first.span, message: `the value that decides it: \`${first.text}\`` }
      : undefined;
  return { text, because: because.join('; '), ...(decidedBy ? { decidedBy } : {}) };
}

/** `extraEnvVars`: core/v1 EnvVar entries after the chart's own, literal values read, others open. */
function extraEnvVars(rendering: Rendering): { settings: Setting[]; open: string[] } {
  const field = `${rendering.prefix}extraEnvVars`;
  const list = rendering.get(['extraEnvVars']);
  const settings: Setting[] = [];
  const open: string[] = [];
  if (list?.kind === 'unknown') return { settings, open: [`\`${field}\` can set any etcd variable`] };
  if (list?.kind !== 'list') return { settings, open };
  for (const item of list.items) {
    const nameValue = valueAt(item, ['name']);
    const name = scalarText(nameValue);
    const nameAt = originOf(nameValue);
    if (name === undefined || !nameAt) {
      if (item.kind === 'unknown' || nameValue?.kind === 'unknown')
        open.push(`\`${field}\` can set any etcd variable`);
      continue;
    }
    const valueEntry = valueAt(item, ['value']);
    const value = scalarText(valueEntry);
    // The chart renders extraEnvVars through `tpl`: a `{{ }}` in a value is a template there.
    if (value === undefined || valueAt(item, ['valueFrom']) !== undefined || value.includes('{{')) {
      if (name.startsWith('ETCD_')) open.push(`${field} sets ${name} from a value not known here`);
      continue;
    }
    const from = { kind: 'tool-field' as const, tool: BITNAMI_ETCD, field };
    const file = nameAt.file;
    const locate = originOf(valueEntry)?.locate;
    const setting = envVariable(name, value, nameAt.span, from, {
      ...(locate ? { locateValue: locate } : {}),
    });
    if (!setting) continue;
    settings.push(file.absPath === rendering.source.file.absPath ? setting : { ...setting, file });
  }
  return { settings, open };
}
