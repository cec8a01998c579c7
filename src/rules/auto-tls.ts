import { type EnabledAutoTls, effectiveAutoTls, SIDE_FLAGS, type TlsSide } from '../etcd/effective.js';
import type { EtcdConfig, Finding, Launcher, Setting } from '../model.js';
import type { RuleMeta } from './rule.js';

/** What a side's finding says, beyond the rule metadata. */
interface SideText {
  title: string;
  risk: string;
  /** The certificate settings that replace auto-TLS, as flags, variables and config-file keys. */
  certFlags: string;
  certEnv: string;
  certKeys: string;
}

const SIDE_TEXT: Record<TlsSide, SideText> = {
  client: {
    title: 'etcd client auto-TLS is enabled',
    risk: 'so etcd serves client connections with a self-signed certificate that the kube-apiserver and other clients cannot verify, which allows interception of cluster data',
    certFlags:
      '`--cert-file`/`--key-file` signed by a trusted CA (with `--trusted-ca-file` and `--client-cert-auth=true`)',
    certEnv:
      '`ETCD_CERT_FILE`/`ETCD_KEY_FILE` signed by a trusted CA (with `ETCD_TRUSTED_CA_FILE` and `ETCD_CLIENT_CERT_AUTH=true`)',
    certKeys:
      '`cert-file`/`key-file` signed by a trusted CA (with `trusted-ca-file` and `client-cert-auth: true`)',
  },
  peer: {
    title: 'etcd peer auto-TLS is enabled',
    risk: 'so etcd members talk to each other with self-signed certificates that cannot be verified, which lets anyone who reaches the peer port impersonate a member',
    certFlags:
      '`--peer-cert-file`/`--peer-key-file` signed by a trusted CA (with `--peer-trusted-ca-file` and `--peer-client-cert-auth=true`)',
    certEnv:
      '`ETCD_PEER_CERT_FILE`/`ETCD_PEER_KEY_FILE` signed by a trusted CA (with `ETCD_PEER_TRUSTED_CA_FILE` and `ETCD_PEER_CLIENT_CERT_AUTH=true`)',
    certKeys:
      '`cert-file`/`key-file` signed by a trusted CA (with `trusted-ca-file` and `client-cert-auth: true`)',
  },
};

/** Evaluates one side's auto-TLS for a rule; both rules share this and differ only in side and metadata. */
export function autoTlsFindings(meta: RuleMeta, side: TlsSide, config: EtcdConfig): Finding[] {
  const enabled = effectiveAutoTls(config, side);
  if (!enabled) return [];
  const text = SIDE_TEXT[side];
  const subject = describeLauncher(config.launcher);
  const fix = fixFor(enabled.setting, config.launcher, side);
  const first = `${subject}: ${describeSetting(enabled.setting, side)} enables ${side} auto-TLS, ${text.risk} (CIS Kubernetes ${meta.cis}).`;
  const message = [first, ...caveats(config, side, enabled), `Fix: ${fix}`].join(' ');
  const file = enabled.setting.file ?? config.file;
  const finding: Finding = {
    ruleId: meta.id,
    level: meta.defaultLevel,
    message,
    title: text.title,
    file,
    span: enabled.setting.span,
    subject,
    fix,
  };
  // The setting lives in another file than the process that reads it (a ConfigMap read by a
  // workload, an env file read by a unit, a patch applied to a base): both are evidence.
  if (file.absPath !== config.file.absPath)
    finding.related = [{ file: config.file, message: `${subject}, which reads this setting` }];
  return [finding];
}

export function describeLauncher(launcher: Launcher): string {
  switch (launcher.kind) {
    case 'container': {
      const name = launcher.namespace ? `${launcher.namespace}/${launcher.objectName}` : launcher.objectName;
      return `${launcher.objectKind} ${name}, container ${launcher.container}`;
    }
    case 'kubeadm':
      return launcher.objectName
        ? `${launcher.objectKind} ${launcher.objectName} (${launcher.apiVersion})`
        : `kubeadm ${launcher.objectKind} (${launcher.apiVersion})`;
    case 'config-file':
      return `etcd config file ${launcher.where}`;
    case 'systemd':
      return `systemd unit ${launcher.unit}`;
    case 'env-file':
      return `etcd environment file ${launcher.path}`;
    case 'compose':
      return `Compose service ${launcher.service}`;
    case 'distribution':
      return `${launcher.distribution} configuration ${launcher.objectName}`;
    case 'chart-values':
      return `Helm values for the ${launcher.chart} chart`;
  }
}

function describeSetting(setting: Setting, side: TlsSide): string {
  const flag = SIDE_FLAGS[side].autoTls;
  const origin = setting.origin;
  switch (origin.kind) {
    case 'flag':
      return `etcd is started with \`${setting.text}\`${origin.inShellScript ? ' (in its shell command)' : ''}, which`;
    case 'extra-arg':
      return `${origin.field} sets \`${setting.text}\`, which ${origin.tool} passes to etcd as \`--${flag}${setting.rawValue === undefined ? '' : `=${setting.rawValue}`}\` and`;
    case 'env':
      return `etcd gets \`${setting.text}\` ${origin.via}, which`;
    case 'config-file':
      return `\`${origin.key}\` is set to \`${setting.rawValue ?? ''}\`, which`;
    case 'chart-value':
      return `\`${setting.text}\` makes the ${origin.chart} chart set \`${origin.renders}\`, which`;
  }
}

function caveats(config: EtcdConfig, side: TlsSide, enabled: EnabledAutoTls): string[] {
  const out: string[] = [];
  if (enabled.setting.caveat) out.push(`Note: ${enabled.setting.caveat}.`);
  if (enabled.value.kind === 'invalid') {
    out.push(
      `The value \`${enabled.setting.rawValue ?? ''}\` is not a boolean etcd accepts, so etcd will not start with it; the intent to enable auto-TLS still violates the control.`,
    );
  }
  for (const problem of enabled.startupProblems) {
    if (problem.flag !== SIDE_FLAGS[side].autoTls) out.push(`Also, ${problem.message}.`);
  }
  if (enabled.certificatesGiven) {
    const tool = toolOf(config.launcher);
    const who = tool ? `${tool} always passes` : 'the configuration also sets';
    out.push(
      `Because ${who} ${certificateNames(enabled.setting, side, tool)}, etcd ignores auto-TLS at run time, but the setting still fails the CIS check and takes effect as soon as those files are removed.`,
    );
  }
  return out;
}

/** A tool that renders etcd's command line itself, always with certificate files (kubeadm, k0s, RKE). */
function toolOf(launcher: Launcher): string | undefined {
  if (launcher.kind === 'kubeadm') return 'kubeadm';
  if (launcher.kind === 'distribution') return launcher.distribution;
  return undefined;
}

/** The certificate settings in the same spelling as the offending setting (tools pass flags). */
function certificateNames(setting: Setting, side: TlsSide, tool: string | undefined): string {
  const { certFile, keyFile } = SIDE_FLAGS[side];
  if (setting.origin.kind === 'config-file') return '`cert-file`/`key-file`';
  if (setting.origin.kind === 'env' && !tool) return `\`${envName(certFile)}\`/\`${envName(keyFile)}\``;
  return `\`--${certFile}\`/\`--${keyFile}\``;
}

function toolCertificates(launcher: Launcher, tool: string): string {
  return launcher.kind === 'kubeadm'
    ? 'kubeadm already gives etcd certificates signed by its etcd CA'
    : `${tool} already gives etcd certificates`;
}

function envName(flag: string): string {
  return `ETCD_${flag.toUpperCase().replace(/-/g, '_')}`;
}

function fixFor(setting: Setting, launcher: Launcher, side: TlsSide): string {
  const flag = SIDE_FLAGS[side].autoTls;
  const text = SIDE_TEXT[side];
  const origin = setting.origin;
  switch (origin.kind) {
    case 'flag':
      return `remove \`--${flag}\` (or set \`--${flag}=false\`) and give etcd ${text.certFlags}.`;
    case 'extra-arg':
      return `remove \`${setting.name}\` from \`${origin.field}\`; ${toolCertificates(launcher, origin.tool)}.`;
    case 'env': {
      const variable = setting.text.split('=')[0];
      const tool = toolOf(launcher);
      // Under kubeadm, k0s or RKE the tool passes certificate flags; an ETCD_*_FILE variable next to
      // them would make etcd refuse to start, so the fix is only to remove the variable.
      if (tool && origin.via.startsWith('in ')) {
        return `remove \`${variable}\` from \`${origin.via.slice(3)}\`; ${toolCertificates(launcher, tool)}.`;
      }
      return `remove \`${variable}\` (or set it to \`false\`) and give etcd ${text.certEnv}.`;
    }
    case 'config-file':
      return `set \`${origin.key}: false\` and set ${text.certKeys} under \`${origin.key.split('.')[0]}\`.`;
    case 'chart-value':
      return `set \`${setting.text.split(':')[0]}: false\` and give the chart CA-signed certificates in a Secret (the chart's \`existingSecret\` values).`;
  }
}
