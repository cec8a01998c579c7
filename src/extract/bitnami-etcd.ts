// The Bitnami etcd chart's rendering of etcd's transport settings from its values, once a values
// file is known to be that chart's (bitnami/charts bitnami/etcd @ 5165628a, chart 12.0.20;
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

import path from 'node:path';
import type { Node, Pair } from 'yaml';
import { envNameOf } from '../etcd/settings.js';
import type { EtcdConfig, FileRef, Setting, Span } from '../model.js';
import { BITNAMI_ETCD, type BitnamiIdentity, chartIdentities, directoryOf } from './bitnami-chart.js';
import type { ExtractEnv, YamlExtractor } from './extractor.js';
import { envVariable, scalarValue } from './setting.js';
import type { YamlContext } from './yaml-context.js';

type Truth = (context: YamlContext, node: Node | undefined) => boolean;

interface ValuesSource {
  /** The values file (or the Chart.yaml when no values file is in the scan). */
  context: YamlContext;
  /** The chart's values map in the file (undefined: the file does not set any). */
  values: Node | undefined;
  /** The pair that holds them (`etcd:`), for anchoring defaults. */
  valuesPair?: Pair;
  /** The values file is the chart directory's `values.yaml`, whose gaps are the chart's defaults. */
  defaults: boolean;
  /** The dependency's condition can be read in `context` (it is a values file). */
  readsCondition: boolean;
  /** Where a default is anchored when the values file has no key for the chart: the chart reference. */
  chartAnchor?: { span: Span; file: FileRef };
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

/** Values whose content reaches etcd's environment or config unseen (templates/statefulset.yaml). */
const ENV_FROM_VALUES = ['extraEnvVarsCM', 'extraEnvVarsSecret'];
const CONFIG_VALUES = ['configuration', 'existingConfigmap'];

/** What every side of one rendering shares: where the values are and what may change them unseen. */
interface Rendering {
  source: ValuesSource;
  prefix: string;
  truthy: Truth;
  /** The chart mounts a config file (`configuration`/`existingConfigmap`): listeners are not rendered. */
  mountsConfig: boolean;
  /** Values that may set a variable the chart leaves unset (empty: none). */
  unseen: string[];
  /** Where a default is anchored when neither `auth` nor the side's map is written. */
  fallback: { span: Span; file?: FileRef } | undefined;
}

/** The chart is turned off: by `tags` (values this scan may not see) or a false `condition`. */
function switchedOff(source: ValuesSource, identity: BitnamiIdentity, truthy: Truth): boolean {
  if (identity.tagged) return true;
  if (!identity.condition || !source.readsCondition) return false;
  const { context } = source;
  const switchNode = context.nav.path(context.root, identity.condition.split('.'));
  return switchNode !== undefined && !truthy(context, switchNode);
}

/**
 * One etcd process as the chart renders it from a values file: every transport setting the chart
 * sets, as `chart-value` settings located at the value that decides it, or, for a value left to the
 * chart's default, at the deepest key written on its path (`auth.client`, `auth`, the `etcd:` key of
 * an umbrella chart, or the chart reference when the values say nothing). A values file other than
 * the chart directory's `values.yaml` is applied over that file, so only what it writes counts.
 * Undefined when the chart is turned off by its dependency condition.
 */
export function bitnamiEtcdConfig(
  source: ValuesSource,
  identity: BitnamiIdentity,
  truthy: Truth,
): EtcdConfig | undefined {
  if (switchedOff(source, identity, truthy)) return undefined;
  const { context, values } = source;
  const { nav } = context;
  const prefix = identity.prefix;
  const mountsConfig = CONFIG_VALUES.some((key) => truthy(context, nav.get(values, key)));
  const extra = extraEnvVars(context, nav.get(values, 'extraEnvVars'), `${prefix}extraEnvVars`);
  // What may set a variable the chart leaves unset (envFrom cannot override the chart's own `env`).
  const unseen = [
    ...ENV_FROM_VALUES.filter((key) => truthy(context, nav.get(values, key))).map(
      (key) => `\`${prefix}${key}\` can set etcd variables the chart leaves unset`,
    ),
    ...extra.open,
  ];
  const reasons = [
    ...unseen,
    ...CONFIG_VALUES.filter((key) => truthy(context, nav.get(values, key))).map(
      (key) => `\`${prefix}${key}\` gives etcd a config file, which may replace every variable`,
    ),
    ...(source.defaults
      ? []
      : ["the values file is applied over the chart's values.yaml, which it does not show"]),
  ];
  const fallback: { span: Span; file?: FileRef } | undefined = source.valuesPair
    ? { span: context.nodeSpan(source.valuesPair.key as Node) }
    : source.chartAnchor;
  const rendering: Rendering = { source, prefix, truthy, mountsConfig, unseen, fallback };
  const env = SIDES.flatMap((side) => renderSide(rendering, side));
  if (env.length === 0 && extra.settings.length === 0) return undefined;
  const span = fallback?.span ?? context.firstKeySpan();
  const file = fallback?.file ?? context.fileRef;
  return {
    file,
    launcher: { kind: 'chart-values', chart: BITNAMI_ETCD },
    span,
    kind: 'process',
    completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
    flags: [],
    env: [...env, ...extra.settings],
    implied: [],
    startupProblems: [],
    related: [
      {
        file: identity.chart.context.fileRef,
        span: identity.chart.span,
        message: `the chart reference that makes these values the ${BITNAMI_ETCD} chart's`,
      },
    ],
  };
}

/** The variables the chart renders for one side (`auth.client` or `auth.peer`), as settings. */
function renderSide(rendering: Rendering, side: (typeof SIDES)[number]): Setting[] {
  const { source, prefix, truthy, mountsConfig, unseen, fallback } = rendering;
  const { context, values } = source;
  const { nav } = context;
  const authPair = nav.pair(values, 'auth');
  const sidePair = nav.pair(nav.get(values, 'auth'), side.side);
  const sideMap = nav.map(sidePair?.value);
  const pairOf = (key: string) => nav.pair(sideMap, key);
  const on = (key: string) => truthy(context, nav.resolve(pairOf(key)?.value));
  const valueKey = (key: string) => `${prefix}auth.${side.side}.${key}`;
  const variable = envNameOf;
  const env: Setting[] = [];
  /** A variable the chart renders, decided by `key`; none when that comes from unseen values. */
  const push = (name: string, rawValue: string, key: string, renders: string): void => {
    const pair = pairOf(key);
    if (!pair && !source.defaults) return;
    const holder = sidePair ?? authPair;
    const at: { span: Span; file?: FileRef } | undefined = pair
      ? { span: context.pairSpan(pair) }
      : holder
        ? { span: context.nodeSpan(holder.key as Node) }
        : fallback;
    if (!at) return;
    const written = pair ? sourceOf(context, pair) : key === 'caFilename' ? '""' : 'false';
    env.push({
      name,
      key: valueKey(key),
      text: `${valueKey(key)}: ${written}`,
      rawValue,
      origin: { kind: 'chart-value', chart: BITNAMI_ETCD, renders, ...(pair ? {} : { absent: true }) },
      span: at.span,
      ...(at.file ? { file: at.file } : {}),
    });
  };
  const secure = on('secureTransport');
  if (!pairOf('secureTransport') && !source.defaults) return env;
  const scheme = secure ? 'https' : 'http';
  const port = nav.text(nav.path(values, ['containerPorts', side.port])) || side.defaultPort;
  if (!mountsConfig) {
    const url = `${scheme}://0.0.0.0:${port}`;
    push(side.listen, url, 'secureTransport', `${variable(side.listen)}=${url}`);
    // `$(MY_POD_NAME).<headless service>`: always set, so etcd never misses an advertise URL.
    push(side.advertise, `${scheme}://pod.service:${port}`, 'secureTransport', variable(side.advertise));
  }
  if (secure && on('useAutoTLS')) {
    push(side.autoTls, 'true', 'useAutoTLS', `${variable(side.autoTls)}=true`);
    return env;
  }
  if (!secure || mountsConfig) return env;
  const certDir = `/opt/bitnami/etcd/certs/${side.dir}`;
  const cert = `${certDir}/${nav.text(pairOf('certFilename')?.value) ?? 'cert.pem'}`;
  const key = `${certDir}/${nav.text(pairOf('certKeyFilename')?.value) ?? 'key.pem'}`;
  const caName = nav.text(pairOf('caFilename')?.value) ?? '';
  push(side.cert, cert, 'secureTransport', `${variable(side.cert)}=${cert}`);
  push(side.key, key, 'secureTransport', `${variable(side.key)}=${key}`);
  if (on('enableAuthentication')) {
    const ca = `${certDir}/${caName || 'ca.crt'}`;
    push(side.auth, 'true', 'enableAuthentication', `${variable(side.auth)}=true`);
    push(side.ca, ca, 'enableAuthentication', `${variable(side.ca)}=${ca}`);
    return env;
  }
  if (caName !== '') {
    const ca = `${certDir}/${caName}`;
    push(side.ca, ca, 'caFilename', `${variable(side.ca)}=${ca}`);
  }
  // The chart leaves client-certificate auth unset, so etcd's default (off) applies, unless a
  // variable from envFrom or extraEnvVars may set it.
  if (unseen.length === 0) push(side.auth, 'false', 'enableAuthentication', variable(side.auth));
  return env;
}

function sourceOf(context: YamlContext, pair: Pair): string {
  const range = (pair.value as Node | null)?.range;
  if (!range) return '';
  const text = context.ownText.slice(range[0], range[1]).trim();
  return text.split('\n', 1)[0] ?? text;
}

/** `extraEnvVars`: core/v1 EnvVar entries after the chart's own, literal values read, others open. */
function extraEnvVars(
  context: YamlContext,
  list: Node | undefined,
  field: string,
): { settings: Setting[]; open: string[] } {
  const { nav } = context;
  const settings: Setting[] = [];
  const open: string[] = [];
  for (const item of nav.items(list)) {
    const namePair = nav.pair(item, 'name');
    const name = nav.text(namePair?.value);
    if (!namePair || !name) continue;
    const valueNode = nav.get(item, 'value');
    const value = nav.text(valueNode);
    // The chart renders extraEnvVars through `tpl`: a `{{ }}` in a value is a template there.
    if (value === undefined || nav.get(item, 'valueFrom') || value.includes('{{')) {
      if (name.startsWith('ETCD_')) open.push(`${field} sets ${name} from a value not known here`);
      continue;
    }
    const from = { kind: 'tool-field' as const, tool: BITNAMI_ETCD, field };
    const setting = envVariable(
      name,
      value,
      context.pairSpan(namePair),
      from,
      scalarValue(context, valueNode),
    );
    if (setting) settings.push(setting);
  }
  return { settings, open };
}

/**
 * The chart's values in a values file of a Bitnami etcd chart directory (`values*.yaml` next to a
 * Chart.yaml naming the chart, or depending on it); undefined when the file is not one.
 */
export function bitnamiValuesConfigs(
  context: YamlContext,
  env: ExtractEnv,
  truthy: Truth,
): EtcdConfig[] | undefined {
  const relPath = context.fileRef.relPath;
  const identities = chartIdentities(env, directoryOf(relPath));
  if (identities.length === 0) return undefined;
  const { nav } = context;
  const defaults = path.posix.basename(relPath) === 'values.yaml';
  return identities.flatMap((identity) => {
    const key = identity.prefix.slice(0, -1);
    const valuesPair = key === '' ? undefined : nav.pair(context.root, key);
    // An umbrella values file without the chart's key: the Chart.yaml extractor reports the defaults.
    if (key !== '' && !valuesPair) return [];
    const values = key === '' ? context.root : nav.resolve(valuesPair?.value);
    const source: ValuesSource = {
      context,
      values,
      ...(valuesPair ? { valuesPair } : {}),
      defaults,
      readsCondition: true,
    };
    const config = bitnamiEtcdConfig(source, identity, truthy);
    return config ? [config] : [];
  });
}

/**
 * An umbrella chart whose Chart.yaml depends on Bitnami's etcd chart while its `values.yaml` sets
 * nothing for it: the chart's defaults (plaintext on 0.0.0.0) apply, anchored on the dependency.
 * Only when no values this scan did not read can turn the chart off or change it: no alias (an
 * aliased key need not name etcd, and a values file without a word of etcd is never read), and a
 * condition path (if any) that names etcd.
 */
export function chartDefaultsExtractor(truthy: Truth): YamlExtractor {
  return {
    id: 'bitnami-etcd-chart',
    extract(context, env) {
      const relPath = context.fileRef.relPath;
      if (context.embedded || path.posix.basename(relPath) !== 'Chart.yaml') return [];
      const directory = directoryOf(relPath);
      const valuesDocs = env.index.documentsIn(
        directory === '.' ? 'values.yaml' : `${directory}/values.yaml`,
      );
      const valuesDoc = valuesDocs[0];
      return chartIdentities(env, directory)
        .filter(
          (identity) =>
            identity.chart.context === context && identity.prefix === 'etcd.' && !identity.aliased,
        )
        .filter((identity) => !identity.condition || identity.condition.includes('etcd'))
        .filter(() => !valuesDocs.some((doc) => doc.nav.pair(doc.root, 'etcd') !== undefined))
        .flatMap((identity) => {
          const source: ValuesSource = {
            context: valuesDoc ?? context,
            values: undefined,
            defaults: true,
            readsCondition: valuesDoc !== undefined,
            chartAnchor: { span: identity.chart.span, file: context.fileRef },
          };
          const config = bitnamiEtcdConfig(source, identity, truthy);
          return config ? [config] : [];
        });
    },
  };
}
