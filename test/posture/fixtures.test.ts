// The must-pass and must-flag fixtures of shared/research/semantics-tls-posture.md §5.5 and §5.6
// (copied to fixtures/posture/, each file naming its item), scanned with every rule: the must-pass
// files give no finding, the must-flag files exactly the stated findings at their exact places.

import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/model.js';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../support/fixtures.js';

interface Expected {
  file: string;
  line: number;
  column: number;
  rule: string;
  level: Level;
}

async function scanned(paths: string[]) {
  const result = await scan({ base: FIXTURES, paths });
  const found: Expected[] = result.findings.map((f) => ({
    file: f.file.relPath,
    line: f.span.startLine,
    column: f.span.startColumn,
    rule: f.ruleId,
    level: f.level,
  }));
  return { result, found };
}

describe('§5.5: must pass (no finding)', () => {
  it.each([
    'posture/pass/kubeadm-defaults.yaml',
    'posture/pass/kind-config.yaml',
    // §5.5 2: the kubeadm-generated static pod (a copy of corpus/real/otel-kubeadm/etcd.yaml).
    'negative/kubeadm-generated-static-pod.yaml',
    'posture/pass/kubeadm-static-pod-args.yaml',
    'posture/pass/client-cert-auth-spellings.yaml',
    'posture/pass/rke2',
    'posture/pass/k3s-config.yaml',
    'posture/pass/k0s.yaml',
    'posture/pass/talos.yaml',
    'posture/pass/rke-cluster.yml',
    // §5.5 9: the Bitnami chart's own templates and GCE's etcd.manifest are templates: unknown.
    'corpus/real/bitnami-charts/etcd-templates-statefulset.yaml',
    'corpus/real/kubernetes/gce-etcd.manifest',
    'posture/pass/envfrom-secret.yaml',
    'posture/pass/kustomize',
    'posture/pass/https-both-sides.yaml',
    'posture/pass/manifests',
    'posture/pass/kine-apiservers.yaml',
  ])('%s', async (file) => {
    const { found } = await scanned([file]);
    expect(found).toEqual([]);
  });

  it('says why a k3s etcd-arg has no effect (a notice, not a finding)', async () => {
    const { result } = await scanned(['posture/pass/k3s-config.yaml']);
    expect(result.diagnostics.map((d) => `${d.id} ${d.span?.startLine}:${d.span?.startColumn}`)).toEqual([
      'ineffective-setting 7:5',
    ]);
    expect(result.diagnostics[0]?.message).toContain(
      "so the launcher's own `client-transport-security.client-cert-auth` stays in force",
    );
  });
});

describe('§5.6: must flag, exactly', () => {
  const at = (file: string, line: number, column: number, rule: string, level: Level): Expected => ({
    file: `posture/flag/${file}`,
    line,
    column,
    rule,
    level,
  });
  it.each<{ item: string; files: string[]; expected: Expected[] }>([
    {
      item: '1 Milvus Compose: client plaintext at its URL; the default peer listener',
      files: ['posture/flag/milvus-compose.yml'],
      expected: [
        at('milvus-compose.yml', 13, 14, 'etcd-peer-plaintext', 'note'),
        at('milvus-compose.yml', 13, 79, 'etcd-client-plaintext', 'error'),
      ],
    },
    {
      item: '2 http with certificates and client-cert-auth: plaintext, nothing else',
      files: ['posture/flag/http-with-certificates.yaml'],
      expected: [at('http-with-certificates.yaml', 12, 28, 'etcd-client-plaintext', 'error')],
    },
    {
      item: '3 bare etcd in a complete Compose service and systemd unit',
      files: ['posture/flag/bare-compose.yml', 'posture/flag/bare.service'],
      expected: [
        at('bare-compose.yml', 5, 15, 'etcd-client-plaintext', 'warning'),
        at('bare-compose.yml', 5, 15, 'etcd-peer-plaintext', 'note'),
        at('bare.service', 7, 11, 'etcd-client-plaintext', 'warning'),
        at('bare.service', 7, 11, 'etcd-peer-plaintext', 'note'),
      ],
    },
    {
      item: '4 config files: an http listener; top-level TLS keys with http (plaintext) and https (notice)',
      files: [
        'posture/flag/etcd.conf.yml',
        'posture/flag/top-level-tls-http.conf.yml',
        'posture/flag/top-level-tls-https.conf.yml',
      ],
      expected: [
        at('etcd.conf.yml', 4, 21, 'etcd-client-plaintext', 'error'),
        at('top-level-tls-http.conf.yml', 2, 1, 'etcd-peer-plaintext', 'note'),
        at('top-level-tls-http.conf.yml', 4, 21, 'etcd-client-plaintext', 'error'),
        at('top-level-tls-https.conf.yml', 2, 1, 'etcd-peer-plaintext', 'note'),
      ],
    },
    {
      item: '5 kubeadm client-cert-auth "false", map and v1beta4 list: warnings (kubeadm keeps its CA)',
      files: ['posture/flag/kubeadm-client-cert-auth.yaml'],
      expected: [
        at('kubeadm-client-cert-auth.yaml', 8, 7, 'etcd-client-cert-auth-disabled', 'warning'),
        at('kubeadm-client-cert-auth.yaml', 15, 9, 'etcd-client-cert-auth-disabled', 'warning'),
      ],
    },
    {
      item: '6 https with certificate files only: error at the etcd word (absence)',
      files: ['posture/flag/https-no-ca.yaml'],
      expected: [at('https-no-ca.yaml', 10, 7, 'etcd-client-cert-auth-disabled', 'error')],
    },
    {
      item: '7 ETCD_PEER_CLIENT_CERT_AUTH=false, no peer CA, a network peer URL',
      files: ['posture/flag/peer-cert-auth-env.yaml'],
      expected: [at('peer-cert-auth-env.yaml', 31, 7, 'etcd-peer-client-cert-auth-disabled', 'error')],
    },
    {
      item: '8 Bitnami values: secureTransport false; secureTransport without enableAuthentication',
      files: ['posture/flag/bitnami-etcd', 'posture/flag/bitnami-tls'],
      expected: [
        at('bitnami-etcd/values.yaml', 4, 5, 'etcd-client-plaintext', 'error'),
        at('bitnami-tls/values.yaml', 3, 3, 'etcd-client-cert-auth-disabled', 'error'),
      ],
    },
    {
      item: '9 kubeadm external etcd: http endpoint; https endpoint without files',
      files: ['posture/flag/kubeadm-external.yaml'],
      expected: [
        at('kubeadm-external.yaml', 8, 9, 'apiserver-etcd-plaintext', 'error'),
        at('kubeadm-external.yaml', 13, 3, 'apiserver-etcd-cafile-missing', 'note'),
        at('kubeadm-external.yaml', 13, 3, 'apiserver-etcd-client-cert-missing', 'warning'),
      ],
    },
    {
      item: '10 RKE1 external_urls over http',
      files: ['posture/flag/rke-external.yml'],
      expected: [at('rke-external.yml', 9, 9, 'apiserver-etcd-plaintext', 'error')],
    },
    {
      item: '11 a loopback http override of the kube-apiserver: a warning at the override',
      files: ['posture/flag/apiserver-overrides.yaml'],
      expected: [at('apiserver-overrides.yaml', 13, 40, 'apiserver-etcd-plaintext', 'warning')],
    },
    {
      item: '12 coreos EtcdCluster without spec.TLS: both sides, at spec',
      files: ['posture/flag/etcd-operator.yaml'],
      expected: [
        at('etcd-operator.yaml', 6, 1, 'etcd-client-plaintext', 'error'),
        at('etcd-operator.yaml', 6, 1, 'etcd-peer-plaintext', 'error'),
      ],
    },
    {
      item: 'beyond: an RKE2 etcd pod trusting the CA its kube-apiserver pod (which names no etcd flag) uses for clients',
      files: ['posture/flag/shared-ca-rke2'],
      expected: [
        at('shared-ca-rke2/etcd.yaml', 12, 11, 'etcd-client-plaintext', 'warning'),
        at('shared-ca-rke2/etcd.yaml', 12, 11, 'etcd-peer-plaintext', 'note'),
        at('shared-ca-rke2/etcd.yaml', 17, 11, 'etcd-shared-ca', 'note'),
      ],
    },
    {
      item: 'beyond: aenix-io EtcdClusters without serverSecret, and with it but without clientSecret',
      files: ['posture/flag/aenix-operator.yaml'],
      expected: [
        at('aenix-operator.yaml', 11, 3, 'etcd-client-plaintext', 'error'),
        at('aenix-operator.yaml', 21, 3, 'etcd-client-cert-auth-disabled', 'error'),
      ],
    },
  ])('§5.6 $item', async ({ files, expected }) => {
    const { found } = await scanned(files);
    expect(found).toEqual(expected);
  });

  it('§5.6 4: https with top-level TLS keys is a start-up notice, and the keys are named as ignored', async () => {
    const { result } = await scanned(['posture/flag/top-level-tls-https.conf.yml']);
    expect(result.diagnostics.map((d) => `${d.id} ${d.span?.startLine}:${d.span?.startColumn}`)).toEqual([
      'etcd-will-not-start 4:21',
      'ineffective-setting 6:1',
      'ineffective-setting 7:1',
    ]);
    expect(result.diagnostics[0]?.message).toContain(
      'etcd will not start: TLS key/cert (--cert-file, --key-file) must be provided for client url https://10.0.0.5:2379 with HTTPS scheme',
    );
  });

  it('words the aenix-io operator findings with the Secret that fixes them', async () => {
    const { result } = await scanned(['posture/flag/aenix-operator.yaml']);
    const [plain, serverOnly] = result.findings;
    expect(plain?.message).toContain(
      'EtcdCluster plain (aenix-io/etcd-operator): aenix-io/etcd-operator starts etcd with `--listen-client-urls=http://0.0.0.0:2379` because `spec.security.tls.serverSecret` is not set',
    );
    expect(plain?.fix).toContain('set `spec.security.tls.serverSecret` to a Secret');
    expect(serverOnly?.message).toContain('no `--trusted-ca-file` is set');
    expect(serverOnly?.fix).toBe(
      "set `spec.security.tls.clientSecret` to a Secret holding the CA that signs the clients' certificates (`ca.crt`); the operator then passes it as `--trusted-ca-file` with `--client-cert-auth`.",
    );
  });

  it('words each finding with what etcd does, the limits of the exposure and the fix for its form', async () => {
    const { result } = await scanned(['posture/flag']);
    const message = (file: string, rule: string) =>
      result.findings.find((f) => f.file.relPath === `posture/flag/${file}` && f.ruleId === rule)?.message ??
      '';
    expect(message('milvus-compose.yml', 'etcd-client-plaintext')).toBe(
      'Compose service etcd: etcd is started with `-listen-client-urls http://0.0.0.0:2379`, which makes etcd serve client traffic without TLS on 0.0.0.0:2379; any host that reaches the port can read and write every key, including Secrets, and the traffic crosses the network in clear text (CIS Kubernetes 2.1). Fix: use `https://` in `--listen-client-urls` and give etcd `--cert-file`/`--key-file` signed by a CA, with `--trusted-ca-file` and `--client-cert-auth=true`.',
    );
    expect(message('http-with-certificates.yaml', 'etcd-client-plaintext')).toContain(
      'etcd ignores `--cert-file`/`--key-file` and client-certificate auth on a plaintext listener',
    );
    expect(message('kubeadm-client-cert-auth.yaml', 'etcd-client-cert-auth-disabled')).toContain(
      'etcd still requires client certificates signed by `--trusted-ca-file` at the TLS layer, so only the mapping of certificate names to etcd identities is lost',
    );
    expect(message('kubeadm-client-cert-auth.yaml', 'etcd-client-cert-auth-disabled')).toContain(
      'Fix: remove `client-cert-auth` from `etcd.local.extraArgs`; kubeadm passes `--client-cert-auth=true` with its own etcd CA.',
    );
    expect(message('bitnami-etcd/values.yaml', 'etcd-client-plaintext')).toContain(
      '`auth.client.secureTransport: false` makes the bitnami/etcd chart set `ETCD_LISTEN_CLIENT_URLS=http://0.0.0.0:2379`',
    );
    expect(message('bitnami-etcd/values.yaml', 'etcd-client-plaintext')).toContain(
      'Fix: set `auth.client.secureTransport: true` and give the chart CA-signed certificates (`auth.client.existingSecret`), with `auth.client.enableAuthentication: true`.',
    );
    expect(message('bitnami-tls/values.yaml', 'etcd-client-cert-auth-disabled')).toContain(
      "`auth.client.enableAuthentication` is not set, so the bitnami/etcd chart's default (`auth.client.enableAuthentication: false`) makes it leave `ETCD_CLIENT_CERT_AUTH` unset, which turns off client-certificate auth, and no `auth.client.caFilename` is set",
    );
    expect(message('apiserver-overrides.yaml', 'apiserver-etcd-plaintext')).toContain(
      'The endpoint is on loopback, so the traffic stays on the host.',
    );
    expect(message('etcd-operator.yaml', 'etcd-peer-plaintext')).toContain(
      'EtcdCluster example-etcd-cluster (coreos/etcd-operator): coreos/etcd-operator starts etcd with `--listen-peer-urls=http://0.0.0.0:2380` because `spec.TLS.static.member.peerSecret` is not set, which makes etcd replicate with its peers without TLS on 0.0.0.0:2380',
    );
  });
});

describe('SARIF carries each finding at its own level', () => {
  it('a warning under a rule whose default is error says warning', async () => {
    const { result } = await scanned(['posture/flag/bare.service']);
    const { toSarif } = await import('../../src/report/sarif.js');
    const { RULE_METAS } = await import('../../src/rules/index.js');
    const log = toSarif(result, RULE_METAS, { fileText: (file) => result.sources.get(file.absPath) });
    const results = log.runs[0]?.results ?? [];
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['etcd-client-plaintext', 'warning'],
      ['etcd-peer-plaintext', 'note'],
    ]);
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules.find((r) => r.id === 'etcd-client-plaintext')?.defaultConfiguration?.level).toBe('error');
  });
});
