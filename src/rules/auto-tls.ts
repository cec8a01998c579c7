import { type EnabledAutoTls, effectiveAutoTls, SIDE_FLAGS, type TlsSide } from '../etcd/effective.js';
import type { EtcdConfig, Finding, Launcher, Setting } from '../model.js';
import type { RuleMeta } from './rule.js';

/** What a side's finding says, beyond the rule metadata. */
interface SideText {
  title: string;
  risk: string;
  fixFlags: string;
}

const SIDE_TEXT: Record<TlsSide, SideText> = {
  client: {
    title: 'etcd client auto-TLS is enabled',
    risk: 'so etcd serves client connections with a self-signed certificate that the kube-apiserver and other clients cannot verify, which allows interception of cluster data',
    fixFlags:
      '`--cert-file`/`--key-file` signed by a trusted CA (with `--trusted-ca-file` and `--client-cert-auth=true`)',
  },
  peer: {
    title: 'etcd peer auto-TLS is enabled',
    risk: 'so etcd members talk to each other with self-signed certificates that cannot be verified, which lets anyone who reaches the peer port impersonate a member',
    fixFlags:
      '`--peer-cert-file`/`--peer-key-file` signed by a trusted CA (with `--peer-trusted-ca-file` and `--peer-client-cert-auth=true`)',
  },
};

/** Evaluates one side's auto-TLS for a rule; both rules share this and differ only in side and metadata. */
export function autoTlsFindings(meta: RuleMeta, side: TlsSide, config: EtcdConfig): Finding[] {
  const enabled = effectiveAutoTls(config, side);
  if (!enabled) return [];
  const text = SIDE_TEXT[side];
  const subject = describeLauncher(config.launcher);
  const fix = fixFor(config.launcher, side, text);
  const first = `${subject}: ${describeSetting(enabled.setting, side)} enables ${side} auto-TLS, ${text.risk} (CIS Kubernetes ${meta.cis}).`;
  const message = [first, ...caveats(config, side, enabled), `Fix: ${fix}`].join(' ');
  return [
    {
      ruleId: meta.id,
      level: meta.defaultLevel,
      message,
      title: text.title,
      file: config.file,
      span: enabled.setting.span,
      subject,
      fix,
    },
  ];
}

export function describeLauncher(launcher: Launcher): string {
  if (launcher.kind === 'container') {
    const name = launcher.namespace ? `${launcher.namespace}/${launcher.objectName}` : launcher.objectName;
    return `${launcher.objectKind} ${name}, container ${launcher.container}`;
  }
  return `kubeadm ${launcher.objectKind} (${launcher.apiVersion})`;
}

function describeSetting(setting: Setting, side: TlsSide): string {
  const flag = SIDE_FLAGS[side].autoTls;
  switch (setting.origin.kind) {
    case 'flag':
      return `etcd is started with \`${setting.text}\`${setting.origin.inShellScript ? ' (in its shell command)' : ''}, which`;
    case 'kubeadm-extra-arg':
      return `etcd.local.extraArgs sets \`${setting.text}\`, which kubeadm passes to etcd as \`--${flag}=${setting.rawValue ?? ''}\` and`;
  }
}

function caveats(config: EtcdConfig, side: TlsSide, enabled: EnabledAutoTls): string[] {
  const out: string[] = [];
  if (enabled.setting.caveat) out.push(`Note: ${enabled.setting.caveat}.`);
  if (enabled.value.kind === 'invalid') {
    out.push(
      `"${enabled.setting.rawValue}" is not a boolean Go accepts, so etcd will not start with it; the intent to enable auto-TLS still violates the control.`,
    );
  }
  for (const problem of enabled.startupProblems) {
    if (problem.flag !== SIDE_FLAGS[side].autoTls) out.push(`Also, ${problem.message}.`);
  }
  if (enabled.certificatesGiven) {
    const names = SIDE_FLAGS[side];
    const who = config.launcher.kind === 'kubeadm' ? 'kubeadm always passes' : 'the configuration also sets';
    out.push(
      `Because ${who} \`--${names.certFile}\`/\`--${names.keyFile}\`, etcd ignores auto-TLS at run time, but the setting still fails the CIS check and takes effect as soon as those files are removed.`,
    );
  }
  return out;
}

function fixFor(launcher: Launcher, side: TlsSide, text: SideText): string {
  const flag = SIDE_FLAGS[side].autoTls;
  if (launcher.kind === 'kubeadm') {
    return `remove \`${flag}\` from \`etcd.local.extraArgs\`; kubeadm already gives etcd certificates signed by its etcd CA.`;
  }
  return `remove \`--${flag}\` (or set \`--${flag}=false\`) and give etcd ${text.fixFlags}.`;
}
