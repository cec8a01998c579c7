import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../support/fixtures.js';
import { AUTO_TLS_ONLY, findingsIn, findingsInFiles, where } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';

describe('ETCD_* environment variables of etcd containers', () => {
  it('finds literal env, envFrom and configMapKeyRef values, reported where they are written', async () => {
    const result = await scan({ base: FIXTURES, paths: ['env'], rules: AUTO_TLS_ONLY });
    const found = result.findings.map((f) => ({
      file: f.file.relPath,
      rule: f.ruleId,
      line: f.span.startLine,
      column: f.span.startColumn,
    }));
    expect(found).toEqual([
      // valueFrom.configMapKeyRef of Deployment etcd-single, located at the ConfigMap key.
      { file: 'env/configmaps.yaml', rule: A, line: 7, column: 3 },
      // configMapKeyRef to a ConfigMap whose text never names auto-TLS (found in a second pass).
      { file: 'env/plain-configmap.yaml', rule: P, line: 8, column: 3 },
      // flag --auto-tls=false plus ETCD_AUTO_TLS=true: reported at the variable.
      { file: 'env/precedence.yaml', rule: A, line: 10, column: 7 },
      // literal env entry: the `name` entry.
      { file: 'env/statefulset-env.yaml', rule: A, line: 16, column: 11 },
      // envFrom ConfigMap in the same file: the ConfigMap key.
      { file: 'env/statefulset-env.yaml', rule: P, line: 36, column: 3 },
    ]);
  });

  it('names the consuming workload and the ConfigMap in the message', async () => {
    const result = await scan({ base: FIXTURES, paths: ['env'], rules: AUTO_TLS_ONLY });
    const fromConfigMap = result.findings.find((f) => f.file.relPath === 'env/configmaps.yaml');
    expect(fromConfigMap?.message).toMatch(
      /^Deployment etcd-single, container etcd: etcd gets `ETCD_AUTO_TLS=True` from ConfigMap etcd-flags key client-auto-tls \(valueFrom\), which enables client auto-TLS/,
    );
    const envFrom = result.findings.find(
      (f) => f.ruleId === P && f.file.relPath === 'env/statefulset-env.yaml',
    );
    expect(envFrom?.message).toContain('from ConfigMap db/etcd-peer-settings (envFrom)');
    expect(envFrom?.fix).toContain('ETCD_PEER_CERT_FILE');
  });

  it('says etcd will not start when a flag and its variable are both set', async () => {
    const result = await scan({ base: FIXTURES, paths: ['env/precedence.yaml'], rules: AUTO_TLS_ONLY });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.message).toContain('etcd 3.4 and later will not start');
  });

  const pod = (container: string) => `apiVersion: v1
kind: Pod
metadata: {name: p, namespace: ns}
spec:
  containers:
  - name: c
${container}`;

  it('applies an envFrom prefix and lets env override envFrom', () => {
    const configMap =
      '---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm, namespace: ns}\ndata:\n  AUTO_TLS: "true"\n';
    const withPrefix = pod(
      '    command: [etcd]\n    envFrom:\n    - prefix: ETCD_\n      configMapRef: {name: cm}\n',
    );
    expect(where(findingsIn(withPrefix + configMap))).toEqual([{ rule: A, line: 16, column: 3 }]);
    const overridden = pod(
      '    command: [etcd]\n    envFrom:\n    - prefix: ETCD_\n      configMapRef: {name: cm}\n    env:\n    - {name: ETCD_AUTO_TLS, value: "false"}\n',
    );
    expect(findingsIn(overridden + configMap)).toEqual([]);
  });

  it('does not resolve a ConfigMap of another namespace', () => {
    const yaml = `${pod('    command: [etcd]\n    envFrom:\n    - configMapRef: {name: cm}\n')}---
apiVersion: v1
kind: ConfigMap
metadata: {name: cm, namespace: other}
data:
  ETCD_AUTO_TLS: "true"
`;
    expect(findingsIn(yaml)).toEqual([]);
  });

  it('reports an invalid variable value that means true, saying etcd will not start', () => {
    const [finding] = findingsIn(
      pod('    command: [etcd]\n    env:\n    - name: ETCD_AUTO_TLS\n      value: "yes"\n'),
    );
    expect(finding?.span.startLine).toBe(9);
    expect(finding?.message).toContain(
      'The value `yes` is not a boolean etcd accepts, so etcd will not start',
    );
  });

  it('ignores the variables of containers that do not run etcd', () => {
    expect(
      findingsIn(pod('    command: [sh]\n    env:\n    - {name: ETCD_AUTO_TLS, value: "true"}\n')),
    ).toEqual([]);
  });

  it('reads variables of a shell-wrapped etcd', () => {
    const yaml = pod(
      '    command: [sh, -c, exec etcd]\n    env:\n    - {name: ETCD_PEER_AUTO_TLS, value: "1"}\n',
    );
    expect(where(findingsIn(yaml))).toEqual([{ rule: P, line: 9, column: 8 }]);
  });
});

describe('ConfigMaps defined in several places', () => {
  it('resolves each workload to the ConfigMap nearest to its own file', () => {
    const pod = `apiVersion: v1\nkind: Pod\nmetadata: {name: etcd}\nspec:\n  containers:\n  - name: etcd\n    command: [etcd]\n    envFrom:\n    - configMapRef: {name: etcd-env}\n`;
    const cm = (value: string) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: etcd-env}\ndata:\n  ETCD_PEER_AUTO_TLS: "${value}"\n`;
    const findings = findingsInFiles({
      'overlays/dev/pod.yaml': pod,
      'overlays/dev/cm.yaml': cm('false'),
      'overlays/prod/pod.yaml': pod,
      'overlays/prod/cm.yaml': cm('true'),
    });
    expect(findings.map((f) => `${f.file.relPath}:${f.span.startLine} ${f.ruleId}`)).toEqual([
      'overlays/prod/cm.yaml:5 etcd-peer-auto-tls',
    ]);
  });
});

describe('ConfigMap data merged in with `<<:`', () => {
  it('reads a variable that a merge key brings into the data read by envFrom', () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: etcd-env}',
      'data:',
      '  <<: &base',
      '    ETCD_AUTO_TLS: "true"',
      '  ETCD_NAME: etcd-0',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: etcd}',
      'spec:',
      '  containers:',
      '  - name: etcd',
      '    command: [etcd]',
      '    envFrom:',
      '    - configMapRef: {name: etcd-env}',
      '',
    ].join('\n');
    const findings = findingsIn(text);
    expect(where(findings)).toEqual([{ rule: 'etcd-auto-tls', line: 6, column: 5 }]);
    expect(findings[0]?.message).toContain('`ETCD_AUTO_TLS=true` from ConfigMap etcd-env (envFrom)');
  });
});
