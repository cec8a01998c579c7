import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../support/fixtures.js';
import { AUTO_TLS_ONLY, findingsIn, where } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';

async function found(paths: string[]) {
  const result = await scan({ base: FIXTURES, paths, rules: AUTO_TLS_ONLY });
  return {
    result,
    at: result.findings.map((f) => ({
      file: f.file.relPath,
      rule: f.ruleId,
      line: f.span.startLine,
      column: f.span.startColumn,
    })),
  };
}

describe('etcd configuration files (recognised by content)', () => {
  it('reads only the *-transport-security auto-tls keys, with YAML 1.1 booleans and last-wins keys', async () => {
    const { at } = await found(['config-file']);
    expect(at).toEqual([
      // ConfigMap value holding an etcd config: the exact line inside the block scalar.
      { file: 'config-file/configmap-with-config-file.yaml', rule: P, line: 11, column: 7 },
      // A duplicated key: the last one (`y`) wins; the duplicated peer block ends `false`.
      { file: 'config-file/duplicate-blocks.yaml', rule: A, line: 9, column: 3 },
      // `yes` and `On` are YAML 1.1 booleans; top-level `auto-tls: true` (line 5) is ignored.
      { file: 'config-file/etcd.conf.yml', rule: A, line: 9, column: 3 },
      { file: 'config-file/etcd.conf.yml', rule: P, line: 11, column: 3 },
      // A quoted "true" is a type error: reported, etcd will not start.
      { file: 'config-file/quoted-and-off.yaml', rule: A, line: 4, column: 3 },
    ]);
  });

  it('explains inert, invalid and ignored settings', async () => {
    const { result } = await found(['config-file']);
    const inert = result.findings.find(
      (f) => f.file.relPath === 'config-file/etcd.conf.yml' && f.ruleId === A,
    );
    expect(inert?.message).toContain('`client-transport-security.auto-tls` is set to `yes`');
    expect(inert?.message).toContain('etcd ignores auto-TLS at run time');
    expect(inert?.fix).toContain('set `client-transport-security.auto-tls: false`');
    const quoted = result.findings.find((f) => f.file.relPath === 'config-file/quoted-and-off.yaml');
    expect(quoted?.message).toContain('so etcd will not start');
    const embedded = result.findings.find((f) => f.ruleId === P && f.file.relPath.includes('configmap'));
    expect(embedded?.subject).toBe('etcd config file ConfigMap db/etcd-config key etcd.conf.yml');
    expect(result.diagnostics.map((d) => `${d.id} ${d.file?.relPath}:${d.span?.startLine}`)).toEqual([
      'ineffective-setting config-file/etcd.conf.yml:5',
      // The quoted "true" is a type error: etcd does not start, which is a scan notice too.
      'etcd-will-not-start config-file/quoted-and-off.yaml:4',
    ]);
  });

  it('ignores a container flag or variable when etcd reads a config file', () => {
    const pod = (container: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n${container}`;
    expect(findingsIn(pod('    command: [etcd, --config-file, /etc/etcd.yml, --auto-tls]\n'))).toEqual([]);
    expect(
      findingsIn(
        pod(
          '    command: [etcd, --peer-auto-tls]\n    env:\n    - {name: ETCD_CONFIG_FILE, value: /etc/etcd.yml}\n',
        ),
      ),
    ).toEqual([]);
    // An empty ETCD_CONFIG_FILE is skipped by etcd, so the flag counts again.
    expect(
      where(
        findingsIn(
          pod('    command: [etcd, --peer-auto-tls]\n    env:\n    - {name: ETCD_CONFIG_FILE, value: ""}\n'),
        ),
      ),
    ).toEqual([{ rule: P, line: 7, column: 21 }]);
  });
});

describe('kubeadm in ConfigMaps, extraEnvs and Cluster API', () => {
  it('finds every form at its exact line', async () => {
    const { at } = await found([
      'kubeadm/kubeadm-config-configmap.yaml',
      'kubeadm/v1beta4-extra-envs.yaml',
      'kubeadm/cluster-api.yaml',
    ]);
    expect(at).toEqual([
      { file: 'kubeadm/cluster-api.yaml', rule: A, line: 11, column: 13 },
      { file: 'kubeadm/cluster-api.yaml', rule: P, line: 25, column: 17 },
      { file: 'kubeadm/cluster-api.yaml', rule: A, line: 28, column: 17 },
      { file: 'kubeadm/cluster-api.yaml', rule: P, line: 56, column: 15 },
      { file: 'kubeadm/kubeadm-config-configmap.yaml', rule: P, line: 15, column: 11 },
      { file: 'kubeadm/v1beta4-extra-envs.yaml', rule: A, line: 6, column: 7 },
    ]);
  });

  it('names the object and the field in messages', async () => {
    const { result } = await found(['kubeadm/kubeadm-config-configmap.yaml', 'kubeadm/cluster-api.yaml']);
    const byLine = new Map(result.findings.map((f) => [`${f.file.relPath}:${f.span.startLine}`, f]));
    expect(byLine.get('kubeadm/kubeadm-config-configmap.yaml:15')?.subject).toBe(
      'ClusterConfiguration in ConfigMap kube-system/kubeadm-config key ClusterConfiguration (kubeadm.k8s.io/v1beta3)',
    );
    const capi = byLine.get('kubeadm/cluster-api.yaml:11');
    expect(capi?.subject).toBe('KubeadmControlPlane cp (controlplane.cluster.x-k8s.io/v1beta1)');
    expect(capi?.fix).toBe(
      'remove `auto-tls` from `spec.kubeadmConfigSpec.clusterConfiguration.etcd.local.extraArgs`; kubeadm already gives etcd certificates signed by its etcd CA.',
    );
    expect(byLine.get('kubeadm/cluster-api.yaml:28')?.message).toContain(
      'etcd gets `ETCD_AUTO_TLS=1` in spec.template.spec.kubeadmConfigSpec.clusterConfiguration.etcd.local.extraEnvs',
    );
  });

  it('says etcd will not start when extraArgs and extraEnvs set the same setting', () => {
    const yaml = `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
etcd:
  local:
    extraArgs:
    - {name: auto-tls, value: "true"}
    extraEnvs:
    - {name: ETCD_AUTO_TLS, value: "true"}
`;
    const findings = findingsIn(yaml);
    expect(where(findings)).toEqual([{ rule: A, line: 6, column: 8 }]);
    expect(findings[0]?.message).toContain('etcd 3.4 and later will not start');
  });
});
