// Wording of the TLS-posture findings (plaintext listeners, client-certificate auth, the
// kube-apiserver's link to etcd): what etcd does with the setting and how to change it in the form
// it is written in. describe.ts words launchers and origins; this module builds on it.

import { envNameOf, settingSpec, type TlsSide } from '../etcd/settings.js';
import type { ListedUrl } from '../etcd/urls.js';
import type { ClientLauncher, Launcher, Setting } from '../model.js';

/** `0.0.0.0:2379`, or `the unix socket x` for a unix URL. */
export function listenerPlace(url: ListedUrl): string {
  const rest = url.text.slice(url.text.indexOf('://') + 3);
  return url.scheme === 'unix' || url.scheme === 'unixs' ? `the unix socket ${rest}` : rest;
}

/** The Bitnami etcd chart's values that render a setting (templates/statefulset.yaml). */
const CHART_KEYS: Record<string, string> = {
  'trusted-ca-file': 'caFilename',
  'peer-trusted-ca-file': 'caFilename',
  'client-cert-auth': 'enableAuthentication',
  'peer-client-cert-auth': 'enableAuthentication',
  'cert-file': 'certFilename',
  'peer-cert-file': 'certFilename',
  'key-file': 'certKeyFilename',
  'peer-key-file': 'certKeyFilename',
};

/** A setting's name in the spelling of the form it is written in: flag, variable, config key, tool field. */
export function spelling(setting: Setting | undefined, launcher: Launcher, flag: string): string {
  const origin = setting?.origin;
  if (origin?.kind === 'env') return `\`${envNameOf(flag)}\``;
  const chartKey = setting && origin?.kind === 'chart-value' ? CHART_KEYS[flag] : undefined;
  if (setting && chartKey) {
    const side = flag.startsWith('peer-') ? 'peer' : 'client';
    return `\`${chartPrefix(setting)}auth.${side}.${chartKey}\``;
  }
  if (origin?.kind === 'config-file' || (!origin && launcher.kind === 'config-file')) {
    const key = settingSpec(flag)?.configKey;
    return `\`${key ? key.join('.') : flag}\``;
  }
  return `\`--${flag}\``;
}

const CERT_FLAGS: Record<TlsSide, { cert: string; key: string; ca: string; auth: string; listen: string }> = {
  client: {
    cert: 'cert-file',
    key: 'key-file',
    ca: 'trusted-ca-file',
    auth: 'client-cert-auth',
    listen: 'listen-client-urls',
  },
  peer: {
    cert: 'peer-cert-file',
    key: 'peer-key-file',
    ca: 'peer-trusted-ca-file',
    auth: 'peer-client-cert-auth',
    listen: 'listen-peer-urls',
  },
};

/** `--cert-file`/`--key-file`, spelled as the form writes settings. */
export function certificateNames(setting: Setting | undefined, launcher: Launcher, side: TlsSide): string {
  const f = CERT_FLAGS[side];
  return `${spelling(setting, launcher, f.cert)}/${spelling(setting, launcher, f.key)}`;
}

/** Where a chart value path starts (`etcd.` in an umbrella chart's values). */
function chartPrefix(setting: Setting): string {
  const at = setting.key.indexOf('auth.');
  return at > 0 ? setting.key.slice(0, at) : '';
}

/** The fix for a plaintext listener, in the form the listener is written in (or the launcher's for a default). */
export function plaintextFix(
  setting: Setting | undefined,
  launcher: Launcher,
  side: TlsSide,
  name: string,
): string {
  const f = CERT_FLAGS[side];
  const origin = setting?.origin;
  if (origin?.kind === 'extra-arg') {
    const tool = origin.tool;
    return origin.field.startsWith('etcd-arg')
      ? `remove the \`${name}\` entry from \`${origin.field}\`; ${tool} then listens with https and its own etcd certificates.`
      : `remove \`${name}\` from \`${origin.field}\`; ${tool} then listens with https and its own etcd certificates.`;
  }
  if (origin?.kind === 'chart-value') {
    const p = `${chartPrefix(setting as Setting)}auth.${side}`;
    return `set \`${p}.secureTransport: true\` and give the chart CA-signed certificates (\`${p}.existingSecret\`), with \`${p}.enableAuthentication: true\`.`;
  }
  if (origin?.kind === 'operator') return operatorPlaintextFix(origin.operator, side);
  if (origin?.kind === 'config-file' || (!origin && launcher.kind === 'config-file')) {
    const section = side === 'client' ? 'client-transport-security' : 'peer-transport-security';
    return `use \`https://\` in \`${name}\` and set \`cert-file\`, \`key-file\`, \`trusted-ca-file\` and \`client-cert-auth: true\` under \`${section}\`.`;
  }
  const s = (flag: string) => spelling(setting, launcher, flag);
  const verb = setting
    ? `use \`https://\` in ${s(name)}`
    : `set ${s(f.listen)} to \`https://\` URLs (with an advertise URL)`;
  return `${verb} and give etcd ${s(f.cert)}/${s(f.key)} signed by a CA, with ${s(f.ca)} and ${enabled(setting, f.auth)}.`;
}

/**
 * What makes an operator listen with https. coreos etcd-operator (pkg/util/k8sutil/k8sutil.go
 * newEtcdPod, pkg/apis/etcd/v1beta2/cluster_tls.go; src/extract/etcd-operator.ts):
 * `spec.TLS.static.operatorSecret` makes the client side https with client-certificate auth,
 * `member.peerSecret` the peer side. aenix-io
 * etcd-operator (src/etcd/launchers.ts aenixOperatorArgs): `spec.security.tls.serverSecret` gives the
 * client listener https, `clientSecret` the trusted CA and `--client-cert-auth`.
 */
function operatorPlaintextFix(operator: string, side: TlsSide): string {
  if (operator.startsWith('coreos/'))
    return side === 'client'
      ? 'set `spec.TLS.static.operatorSecret` and `spec.TLS.static.member.serverSecret` to Secrets with CA-signed certificates; the operator then serves clients over https with client-certificate auth.'
      : 'set `spec.TLS.static.member.peerSecret` to a Secret with CA-signed peer certificates; the operator then runs peers over https with client-certificate auth.';
  return side === 'client'
    ? 'set `spec.security.tls.serverSecret` to a Secret with a CA-signed server certificate (`tls.crt`, `tls.key`), and `spec.security.tls.clientSecret` to one with the CA of the clients (`ca.crt`); the operator then listens with https and requires client certificates.'
    : 'set `spec.security.tls.peerSecret` to a Secret with CA-signed peer certificates; the operator then runs peers over https with client-certificate auth.';
}

/** `--client-cert-auth=true` or `ETCD_CLIENT_CERT_AUTH=true`, as the form writes settings. */
function enabled(setting: Setting | undefined, flag: string): string {
  return setting?.origin.kind === 'env' ? `\`${envNameOf(flag)}=true\`` : `\`--${flag}=true\``;
}

/** The fix for client-certificate auth that is off, in the form it is set in (or the launcher's). */
export function clientCertAuthFix(setting: Setting | undefined, launcher: Launcher, side: TlsSide): string {
  const f = CERT_FLAGS[side];
  const origin = setting?.origin;
  if (launcher.kind === 'operator' && launcher.operator.startsWith('aenix-io/'))
    return side === 'client'
      ? "set `spec.security.tls.clientSecret` to a Secret holding the CA that signs the clients' certificates (`ca.crt`); the operator then passes it as `--trusted-ca-file` with `--client-cert-auth`."
      : 'set `spec.security.tls.peerSecret` to a Secret with CA-signed peer certificates and their CA; the operator then passes them with `--peer-client-cert-auth`.';
  if (origin?.kind === 'extra-arg') {
    return `remove \`${setting?.key ?? f.auth}\` from \`${origin.field}\`; ${origin.tool} passes \`--${f.auth}=true\` with its own etcd CA.`;
  }
  if (origin?.kind === 'chart-value') {
    const p = `${chartPrefix(setting as Setting)}auth.${side}`;
    return `set \`${p}.enableAuthentication: true\` (the chart then sets client-certificate auth and \`${p}.caFilename\`, default \`ca.crt\`, as the trusted CA).`;
  }
  if (origin?.kind === 'config-file' || (!origin && launcher.kind === 'config-file')) {
    const section = side === 'client' ? 'client-transport-security' : 'peer-transport-security';
    return `set \`client-cert-auth: true\` and \`trusted-ca-file\` (the CA that signs the ${side === 'client' ? 'clients' : 'members'}' certificates) under \`${section}\`.`;
  }
  const s = (flag: string) => spelling(setting, launcher, flag);
  return `set ${enabled(setting, f.auth)} and give etcd ${s(f.ca)} (the CA that signs the ${side === 'client' ? 'clients' : 'members'}' certificates).`;
}

/** The kube-apiserver or the tool that configures it, for messages. */
export function describeClientLauncher(launcher: ClientLauncher): string {
  switch (launcher.kind) {
    case 'container': {
      const name = launcher.namespace ? `${launcher.namespace}/${launcher.objectName}` : launcher.objectName;
      return `${launcher.objectKind} ${name}, container ${launcher.container}`;
    }
    case 'systemd':
      return `systemd unit ${launcher.unit}`;
    case 'tool':
      return launcher.objectName
        ? `${launcher.objectKind} ${launcher.objectName} (${launcher.tool})`
        : `${launcher.tool} ${launcher.objectKind}`;
  }
}

/** How an etcd endpoint reaches the kube-apiserver, ending in `which`: the flag or the tool field. */
export function describeEndpoint(setting: Setting): string {
  const origin = setting.origin;
  if (origin.kind === 'extra-arg')
    return `\`${origin.field}\` lists \`${setting.text}\`, which ${origin.tool} passes to the kube-apiserver as \`--etcd-servers\` and which`;
  if (origin.kind === 'launcher-default') return `${origin.tool} passes \`${setting.text}\`, which`;
  return `the kube-apiserver is started with \`${setting.text}\`, which`;
}

/** What to write for the kube-apiserver's etcd TLS, in the form its flags come from. */
export function clientFix(launcher: ClientLauncher, what: 'https' | 'certificate' | 'ca'): string {
  const field = launcher.kind === 'tool' ? launcher.field : undefined;
  if (launcher.kind === 'tool' && launcher.tool === 'kubeadm') {
    if (what === 'https')
      return `use \`https://\` endpoints in \`${field}.endpoints\` and set \`caFile\`, \`certFile\` and \`keyFile\` under \`${field}\`.`;
    if (what === 'certificate')
      return `set \`certFile\` and \`keyFile\` (a client certificate etcd's CA signed) under \`${field}\`.`;
    return `set \`caFile\` (etcd's CA) under \`${field}\`.`;
  }
  if (launcher.kind === 'tool' && launcher.tool === 'k0s') {
    if (what === 'https')
      return `use \`https://\` endpoints in \`${field}.endpoints\` and set \`caFile\`, \`clientCertFile\` and \`clientKeyFile\` under \`${field}\`.`;
    return `set \`caFile\`, \`clientCertFile\` and \`clientKeyFile\` under \`${field}\` (k0s passes them only all together).`;
  }
  if (launcher.kind === 'tool' && launcher.tool === 'RKE')
    return `use \`https://\` URLs in \`${field}\` (RKE passes its etcd client certificate, \`ca_cert\`, \`cert\` and \`key\`, with them).`;
  if (what === 'https')
    return 'use `https://` etcd endpoints and give the kube-apiserver `--etcd-cafile`, `--etcd-certfile` and `--etcd-keyfile`.';
  if (what === 'certificate')
    return "give the kube-apiserver `--etcd-certfile` and `--etcd-keyfile` (a client certificate etcd's CA signed).";
  return "give the kube-apiserver `--etcd-cafile` (the CA that signs etcd's server certificate).";
}
