import path from 'node:path';
import { AUTH_SETTINGS } from '../etcd/posture.js';
import type { Finding } from '../model.js';
import { describeLauncher, describeSetting } from './describe.js';
import type { Rule, RuleMeta } from './rule.js';
import { conditionalCaveat, conditionalLevel, finding } from './templates.js';

const meta: RuleMeta = {
  id: 'etcd-shared-ca',
  name: 'EtcdSharedCa',
  cis: '2.7',
  setting: '--trusted-ca-file',
  defaultLevel: 'note',
  securitySeverity: '3.1',
  precision: 'high',
  tags: ['security', 'kubernetes', 'etcd', 'tls', 'cis-2.7', 'external/cwe/cwe-295'],
  shortDescription: 'etcd trusts the Kubernetes cluster CA instead of a CA of its own (--trusted-ca-file).',
  fullDescription:
    "etcd's --trusted-ca-file (or --peer-trusted-ca-file) is written as the same file as the kube-apiserver's --client-ca-file, so every client certificate the cluster CA issues, to users and nodes alike, is accepted by etcd (CIS Kubernetes Benchmark 2.7, Manual).",
  helpText:
    "CIS Kubernetes Benchmark 2.7: use a CA for etcd that is not the cluster CA. When etcd's trusted CA is the same file as the kube-apiserver's --client-ca-file, any certificate the cluster CA signs (kubelets, users) can talk to etcd directly. Reported only for explicitly written, equal paths: kubeadm extraArgs pointing at <certificatesDir>/ca.crt, or static pods side by side. Different paths prove nothing; launcher defaults (RKE) are not reported. See docs/rules/etcd-shared-ca.md.",
  helpMarkdown: [
    '**CIS Kubernetes Benchmark 2.7** (Manual): a unique Certificate Authority should be used for etcd.',
    '',
    "When etcd's `--trusted-ca-file` is the kube-apiserver's `--client-ca-file`, every client certificate of the cluster CA (kubelets, administrators, anything signed for the cluster) is also accepted by etcd. Only explicitly written, equal paths are reported, as a note: the same path means the same CA, different paths prove nothing.",
    '',
    '**Fix**',
    "- kubeadm: remove `trusted-ca-file` (and `peer-trusted-ca-file`) from `etcd.local.extraArgs`; kubeadm's own etcd CA (`<certificatesDir>/etcd/ca.crt`) is separate.",
    '- Static pods: issue etcd its own CA and point `--trusted-ca-file`/`--peer-trusted-ca-file` at it.',
    '',
    '[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/etcd-shared-ca.md)',
  ].join('\n'),
  docsPath: 'docs/rules/etcd-shared-ca.md',
};

/** Paths compared as the same file: normalised, without a trailing slash. */
function samePath(a: string, b: string): boolean {
  return path.posix.normalize(a) === path.posix.normalize(b);
}

/**
 * An explicitly written trusted CA (client or peer side) equal, as a path, to the cluster's
 * kube-apiserver `--client-ca-file`. Launcher defaults (RKE1 trusts its cluster CA by default) are
 * never reported; a setting under a template condition is reported as conditionalLevel says.
 */
export const etcdSharedCa: Rule = {
  meta,
  evaluate(effective) {
    const ca = effective.config.clusterClientCa;
    if (!ca?.rawValue) return [];
    const findings: Finding[] = [];
    for (const side of ['client', 'peer'] as const) {
      const value = effective.get(AUTH_SETTINGS[side].trustedCa);
      const setting = value.setting;
      if (!setting || value.layer === 'launcher-default' || value.layer === 'unknown') continue;
      if (setting.valueUnknown || !value.raw || !samePath(value.raw, ca.rawValue)) continue;
      const level = conditionalLevel(setting, 'note');
      if (!level) continue;
      const subject = describeLauncher(effective.config.launcher);
      const where = ca.file ? ` in ${ca.file.relPath}` : '';
      const fix =
        setting.origin.kind === 'extra-arg'
          ? `remove \`${setting.key}\` from \`${setting.origin.field}\`; ${setting.origin.tool} gives etcd a CA of its own.`
          : `give etcd a CA of its own for \`--${setting.name}\`, not the cluster CA.`;
      const first = `${subject}: ${describeSetting(setting)} makes etcd trust \`${value.raw}\`, the CA the kube-apiserver also uses for \`--client-ca-file\`${where}, so any client certificate the cluster CA issues is accepted by etcd (CIS Kubernetes ${meta.cis}).`;
      const message = [first, ...conditionalCaveat(setting), `Fix: ${fix}`].join(' ');
      findings.push(
        finding(meta, effective, setting, level, 'etcd shares the cluster CA', message, subject, fix),
      );
    }
    return findings;
  },
};
