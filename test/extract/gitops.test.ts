import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBitnamiEtcdReference } from '../../src/extract/helm-release.js';
import { relevance } from '../../src/load/prefilter.js';
import type { Diagnostic } from '../../src/model.js';
import { RULES } from '../../src/rules/index.js';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../support/fixtures.js';
import { findingsInFiles } from '../support/scan-text.js';

const AUTO = 'etcd-auto-tls';
const PEER_AUTO = 'etcd-peer-auto-tls';

describe('GitOps Helm releases (fixtures/gitops, scanned as a repository)', async () => {
  const result = await scan({ base: path.join(FIXTURES, 'gitops') });

  it('reports each release at the value that turns the setting on, and nothing for other charts', () => {
    expect(
      result.findings.map((f) => [f.file.relPath, f.ruleId, f.span.startLine, f.span.startColumn, f.level]),
    ).toEqual([
      ['argo/appset.yaml', PEER_AUTO, 34, 17, 'warning'],
      ['argo/charts/kv/templates/statefulset.yaml', PEER_AUTO, 24, 15, 'error'],
      ['argo/charts/kv/templates/statefulset.yaml', AUTO, 27, 15, 'error'],
      ['argo/envs/prod/etcd-values.yaml', AUTO, 5, 5, 'error'],
      ['argo/envs/prod/etcd-values.yaml', 'etcd-peer-client-cert-auth-disabled', 6, 3, 'error'],
      ['argo/etcd-parameters.yaml', 'etcd-client-plaintext', 20, 9, 'error'],
      ['argo/etcd-parameters.yaml', PEER_AUTO, 25, 11, 'error'],
      ['argo/etcd-values.yaml', PEER_AUTO, 21, 13, 'error'],
      ['flux/etcd-values.yaml', PEER_AUTO, 10, 9, 'error'],
      ['flux/etcd-values.yaml', AUTO, 14, 13, 'error'],
      ['flux/missing-configmap.yaml', AUTO, 22, 9, 'error'],
      ['flux/oci.yaml', PEER_AUTO, 29, 9, 'error'],
      ['helmfile/gotmpl/helmfile.yaml.gotmpl', PEER_AUTO, 17, 13, 'warning'],
      ['helmfile/helmfile.yaml', AUTO, 18, 9, 'error'],
      ['k3s/config/store-auth.yaml', 'etcd-client-cert-auth-disabled', 11, 9, 'error'],
      ['k3s/config/store.yaml', AUTO, 10, 9, 'error'],
      ['k3s/etcd.yaml', 'etcd-client-plaintext', 14, 5, 'error'],
      ['k3s/etcd.yaml', 'etcd-peer-plaintext', 14, 5, 'error'],
      ['k3s/oci-set.yaml', PEER_AUTO, 16, 5, 'error'],
      ['kustomize/local/charts/kv/templates/statefulset.yaml', PEER_AUTO, 21, 15, 'error'],
      ['kustomize/remote/kustomization.yaml', PEER_AUTO, 14, 11, 'error'],
      ['kustomize/remote/values/prod.yaml', 'etcd-client-cert-auth-disabled', 3, 5, 'error'],
      ['scripts/install-etcd.sh', PEER_AUTO, 6, 40, 'error'],
      ['scripts/k3s-manifest.sh', 'etcd-client-plaintext', 15, 5, 'error'],
      ['scripts/k3s-manifest.sh', PEER_AUTO, 18, 9, 'error'],
      ['scripts/reuse-values.sh', AUTO, 4, 48, 'error'],
    ]);
  });

  it('says who applies the values, why a value counts, and where the rest of the chain is', () => {
    const at = (file: string, rule: string) =>
      result.findings.find((f) => f.file.relPath === file && f.ruleId === rule);
    expect(at('argo/etcd-parameters.yaml', PEER_AUTO)?.message).toContain(
      'Argo CD Application argocd/etcd-params (chart bitnami/etcd): `auth.peer.useAutoTLS=false` makes the bitnami/etcd chart set `ETCD_PEER_AUTO_TLS=true`',
    );
    expect(at('argo/etcd-parameters.yaml', PEER_AUTO)?.message).toContain(
      "Note: `false` is a string here, which the chart's Go templates take as true",
    );
    expect(at('argo/appset.yaml', PEER_AUTO)?.message).toContain(
      '(`auth.peer.useAutoTLS: {{ .autotls }}` is an ApplicationSet generator parameter); reported as a warning',
    );
    expect(at('helmfile/gotmpl/helmfile.yaml.gotmpl', PEER_AUTO)?.message).toContain(
      '`auth.peer.useAutoTLS: {{ .Values.autoTls }}` is a helmfile template expression',
    );
    // The values file's finding points back at the release entry that applies it.
    expect(
      at('argo/envs/prod/etcd-values.yaml', AUTO)?.related?.map((r) => [
        r.file.relPath,
        r.span?.startLine,
        r.message,
      ]),
    ).toEqual([
      [
        'argo/multi-source.yaml',
        11,
        'Argo CD Application argocd/etcd-prod (source 1) (chart bitnami/etcd), which reads this setting',
      ],
      ['argo/multi-source.yaml', 11, "the chart reference that makes these values the bitnami/etcd chart's"],
      [
        'argo/multi-source.yaml',
        15,
        'Argo CD Application argocd/etcd-prod (source 1) applies this values file',
      ],
    ]);
    expect(
      at('flux/etcd-values.yaml', PEER_AUTO)?.related?.map((r) => [r.file.relPath, r.span?.startLine]),
    ).toEqual([
      ['flux/etcd.yaml', 11],
      ['flux/etcd.yaml', 11],
      ['flux/etcd.yaml', 17],
    ]);
    // A chart directory's template, decided by the Application's parameter (a related location).
    const kv = at('argo/charts/kv/templates/statefulset.yaml', PEER_AUTO);
    expect(kv?.message).toContain('argo/local-chart.yaml sets `tls.selfSignedPeer=true` (line 16)');
    expect(kv?.related?.map((r) => [r.file.relPath, r.span?.startLine])).toEqual([
      ['argo/local-chart.yaml', 16],
    ]);
    expect(at('argo/charts/kv/templates/statefulset.yaml', AUTO)?.message).toContain(
      'scripts/kv-client.yaml sets `tls.selfSignedClient: true` (line 3)',
    );
  });

  it('reads k3s HelmCharts with the HelmChartConfig of the same name and namespace', () => {
    const at = (file: string, rule: string) =>
      result.findings.find((f) => f.file.relPath === file && f.ruleId === rule);
    const store = at('k3s/config/store.yaml', AUTO);
    expect(store?.message).toContain(
      'HelmChart kube-system/store (chart bitnami/etcd): `auth.client.useAutoTLS: true` makes the bitnami/etcd chart set `ETCD_AUTO_TLS=true`',
    );
    // The HelmChartConfig's own place is not repeated: the finding is in its file.
    expect(store?.related?.map((r) => [r.file.relPath, r.span?.startLine, r.message])).toEqual([
      [
        'k3s/with-config.yaml',
        9,
        'HelmChart kube-system/store (chart bitnami/etcd), which reads this setting',
      ],
      ['k3s/with-config.yaml', 9, "the chart reference that makes these values the bitnami/etcd chart's"],
    ]);
    // `set: {auth.peer.useAutoTLS: "true"}` is passed with --set, so it is the boolean true.
    expect(at('k3s/oci-set.yaml', PEER_AUTO)?.message).not.toContain('is a string here');
    // The chart's defaults, placed at the deepest key the valuesContent writes (`auth:`).
    expect(at('k3s/etcd.yaml', 'etcd-client-plaintext')?.message).toContain(
      "`auth.client.secureTransport` is not set, so the bitnami/etcd chart's default",
    );
    // Another chart, a packaged chart, values from a Secret, a HelmChartConfig of another namespace:
    // nothing.
    expect(
      result.findings.filter((f) =>
        ['k3s/chart-content.yaml', 'k3s/with-config.yaml'].includes(f.file.relPath),
      ),
    ).toEqual([]);
    expect(result.findings.filter((f) => f.message.includes('traefik'))).toEqual([]);
  });

  it('reads kustomize helmCharts: values file, valuesInline as valuesMerge says, additional files', () => {
    const at = (file: string, rule: string) =>
      result.findings.find((f) => f.file.relPath === file && f.ruleId === rule);
    expect(at('kustomize/remote/kustomization.yaml', PEER_AUTO)?.message).toContain(
      'kustomize helmCharts release kv (chart bitnami/etcd): `auth.peer.useAutoTLS: true` makes the bitnami/etcd chart set `ETCD_PEER_AUTO_TLS=true`',
    );
    // The additional values file wins over the values file; the chain names both files.
    expect(
      at('kustomize/remote/values/prod.yaml', 'etcd-client-cert-auth-disabled')?.related?.map((r) => [
        r.file.relPath,
        r.span?.startLine,
      ]),
    ).toEqual([
      ['kustomize/remote/kustomization.yaml', 6],
      ['kustomize/remote/kustomization.yaml', 6],
      ['kustomize/remote/kustomization.yaml', 10],
      ['kustomize/remote/kustomization.yaml', 16],
    ]);
    // A chart of the repository beside the kustomization: its condition decided by valuesInline.
    expect(at('kustomize/local/charts/kv/templates/statefulset.yaml', PEER_AUTO)?.message).toContain(
      'kustomize/local/kustomization.yaml sets `tls.selfSignedPeer: true` (line 8)',
    );
    // valuesMerge: merge lets the values file (or the chart's own values.yaml) win: no finding in
    // merge/, and nothing for the redis chart of remote/.
    expect(result.findings.filter((f) => f.file.relPath.startsWith('kustomize/merge/'))).toEqual([]);
  });

  it('raises no notice but the templates being partly analysed', () => {
    expect(result.diagnostics.map((d) => [d.file?.relPath, d.id])).toEqual([
      ['argo/charts/kv/templates/statefulset.yaml', 'template-partly-analysed'],
      ['helmfile/gotmpl/helmfile.yaml.gotmpl', 'template-partly-analysed'],
      ['kustomize/local/charts/kv/templates/statefulset.yaml', 'template-partly-analysed'],
    ]);
    expect(result.diagnostics.map((d) => /\((\d+ template actions?)\)/.exec(d.message)?.[1])).toEqual([
      '6 template actions',
      '1 template action',
      '3 template actions',
    ]);
  });
});

/** `rule line:column level` of every finding of the files, with every rule. */
function found(files: Record<string, string>, diagnostics: Diagnostic[] = []): string[] {
  return findingsInFiles(files, diagnostics, RULES)
    .map((f) => `${f.ruleId} ${f.file.relPath}:${f.span.startLine}:${f.span.startColumn} ${f.level}`)
    .sort();
}

const application = (source: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: etcd\nspec:\n  source:\n${source}`;
const BITNAMI_SOURCE =
  '    repoURL: https://charts.bitnami.com/bitnami\n    chart: etcd\n    targetRevision: 12.0.20\n';
/** Client and peer with TLS and client certificates: no posture finding of their own. */
const SECURE =
  'auth:\n  client:\n    secureTransport: true\n    enableAuthentication: true\n  peer:\n    secureTransport: true\n    enableAuthentication: true\n';

describe('Bitnami etcd chart by OCI reference', () => {
  it.each([
    ['oci://registry-1.docker.io/bitnamicharts/etcd', true],
    ['oci://registry-1.docker.io/bitnamicharts/etcd:12.0.20', true],
    ['oci://registry-1.docker.io/bitnamicharts/etcd@sha256:0123', true],
    ['oci://mirror:5000/bitnamicharts/etcd/', true],
    ['oci://registry-1.docker.io/bitnamicharts/etcd-operator:1.0', false],
    ['oci://registry-1.docker.io/other/etcd:1.0', false],
    ['oci://registry-1.docker.io/bitnamicharts:etcd', false],
  ])('%s: %s', (reference, expected) => {
    expect(isBitnamiEtcdReference(reference)).toBe(expected);
  });
});

describe('k3s HelmChart', () => {
  const helmChart = (spec: string) =>
    `apiVersion: helm.cattle.io/v1\nkind: HelmChart\nmetadata:\n  name: kv\nspec:\n  chart: oci://registry-1.docker.io/bitnamicharts/etcd\n${spec}`;

  it('passes a string `set` value with its commas escaped (--set-string), so it sets one key', () => {
    // Unescaped, `auth.peer.secureTransport=true` would be a second assignment and turn on TLS
    // with auto-TLS; escaped it is part of a string, and the peer listener stays plaintext.
    const chart = helmChart('  set:\n    auth.peer.useAutoTLS: "yes,auth.peer.secureTransport=true"\n');
    expect(found({ 'kv.yaml': chart })).toEqual([
      'etcd-client-plaintext kv.yaml:8:5 error',
      'etcd-peer-plaintext kv.yaml:8:5 error',
    ]);
  });

  it('says once when valuesContent is not YAML, and reports nothing of that release', () => {
    const diagnostics: Diagnostic[] = [];
    const chart = helmChart('  valuesContent: "auth: [unclosed"\n');
    expect(found({ 'kv.yaml': chart }, diagnostics)).toEqual([]);
    expect(diagnostics.map((d) => [d.id, d.span?.startLine, d.message])).toEqual([
      [
        'release-not-analysed',
        6,
        'not analysed: the `valuesContent` of HelmChart kv does not parse as a YAML map',
      ],
    ]);
  });

  it('passes an integer, a boolean or null with --set, any case', () => {
    const chart = helmChart(
      '  set:\n    auth.peer.secureTransport: "TRUE"\n    auth.peer.useAutoTLS: "True"\n    auth.client.secureTransport: "null"\n',
    );
    expect(found({ 'kv.yaml': chart })).toEqual([
      'etcd-client-plaintext kv.yaml:10:5 error',
      'etcd-peer-auto-tls kv.yaml:9:5 error',
    ]);
  });
});

describe('kustomize helmCharts', () => {
  const kustomization = (merge: string) =>
    `helmCharts:\n  - name: etcd\n    repo: https://charts.bitnami.com/bitnami\n    valuesFile: base.yaml\n${merge}    valuesInline:\n      auth:\n        peer:\n          useAutoTLS: true\n`;
  const base = 'auth:\n  peer:\n    secureTransport: true\n';

  it('with valuesMerge: replace, ignores the values file: no TLS, so no auto-TLS either', () => {
    expect(
      found({ 'kustomization.yaml': kustomization('    valuesMerge: replace\n'), 'base.yaml': base }),
    ).toEqual([
      'etcd-client-plaintext kustomization.yaml:7:7 error',
      'etcd-peer-plaintext kustomization.yaml:8:9 error',
    ]);
    expect(found({ 'kustomization.yaml': kustomization(''), 'base.yaml': base })).toEqual([
      'etcd-client-plaintext kustomization.yaml:6:7 error',
      'etcd-peer-auto-tls kustomization.yaml:8:11 error',
    ]);
  });

  it('says once when kustomize would refuse the valuesMerge option', () => {
    const diagnostics: Diagnostic[] = [];
    expect(
      found(
        { 'kustomization.yaml': kustomization('    valuesMerge: deep\n'), 'base.yaml': base },
        diagnostics,
      ),
    ).toEqual([]);
    expect(diagnostics.map((d) => [d.id, d.message])).toEqual([
      [
        'release-not-analysed',
        'not analysed: kustomize refuses `valuesMerge: deep` of kustomize helmCharts release etcd',
      ],
    ]);
  });
});

describe('Argo CD', () => {
  it('reads values, valuesObject over values, parameters over both', () => {
    const values = (block: string) =>
      `${BITNAMI_SOURCE}    helm:\n      values: |\n${block.replace(/^(?=.)/gm, '        ')}`;
    expect(found({ 'app.yaml': application(values(SECURE)) })).toEqual([]);
    expect(found({ 'app.yaml': application(values(`${SECURE}    useAutoTLS: true\n`)) })).toEqual([
      'etcd-peer-auto-tls app.yaml:19:13 error',
    ]);
    // valuesObject replaces the values string: the string's auto-TLS is not used.
    const object = `${values(`${SECURE}    useAutoTLS: true\n`)}      valuesObject:\n        auth:\n          peer:\n            secureTransport: true\n            enableAuthentication: true\n          client:\n            secureTransport: true\n            enableAuthentication: true\n`;
    expect(found({ 'app.yaml': application(object) })).toEqual([]);
    // A parameter over both, and --set-string of "false".
    const parameter = (value: string, force: boolean) =>
      `      parameters:\n        - name: auth.peer.useAutoTLS\n          value: "${value}"\n${force ? '          forceString: true\n' : ''}`;
    expect(found({ 'app.yaml': application(`${object}${parameter('true', false)}`) })).toEqual([
      'etcd-peer-auto-tls app.yaml:30:11 error',
    ]);
    expect(found({ 'app.yaml': application(`${object}${parameter('false', false)}`) })).toEqual([]);
    expect(found({ 'app.yaml': application(`${object}${parameter('false', true)}`) })).toEqual([
      'etcd-peer-auto-tls app.yaml:30:11 error',
    ]);
    // The last parameter of a name wins (Argo CD keeps one per name).
    expect(
      found({
        'app.yaml': application(
          `${object}${parameter('true', false)}        - name: auth.peer.useAutoTLS\n          value: "false"\n`,
        ),
      }),
    ).toEqual([]);
  });

  it("takes the chart's defaults when no values are given, anchored on the chart reference", () => {
    expect(found({ 'app.yaml': application(BITNAMI_SOURCE) })).toEqual([
      'etcd-client-plaintext app.yaml:8:5 error',
      'etcd-peer-plaintext app.yaml:8:5 error',
    ]);
  });

  it('identifies only Bitnami etcd, from a Bitnami repository, OCI reference or Git source', () => {
    const other = '    repoURL: https://example.com/charts\n    chart: etcd\n';
    expect(found({ 'app.yaml': application(other) })).toEqual([]);
    const redis = '    repoURL: https://charts.bitnami.com/bitnami\n    chart: redis\n';
    expect(found({ 'app.yaml': application(redis) })).toEqual([]);
    const git = '    repoURL: https://github.com/bitnami/charts.git\n    path: bitnami/etcd\n';
    expect(found({ 'app.yaml': application(git) })).toEqual([
      'etcd-client-plaintext app.yaml:8:5 error',
      'etcd-peer-plaintext app.yaml:8:5 error',
    ]);
    // A path that is no chart directory of the scan: not ours to judge.
    const path = '    repoURL: https://github.com/example/x.git\n    path: charts/etcd\n';
    expect(found({ 'app.yaml': application(path) })).toEqual([]);
  });

  it('leaves what it cannot see open: value files of a chart package, URLs, missing refs, old charts', () => {
    const withFile = (file: string) =>
      `${BITNAMI_SOURCE}    helm:\n      valueFiles:\n        - ${file}\n      parameters:\n        - name: auth.client.secureTransport\n          value: "true"\n        - name: auth.client.useAutoTLS\n          value: "true"\n`;
    // The explicit auto-TLS is reported; no default is assumed for what the file may set.
    for (const file of ['values-production.yaml', 'https://example.com/v.yaml', '$nowhere/v.yaml'])
      expect(found({ 'app.yaml': application(withFile(file)) })).toEqual([
        'etcd-auto-tls app.yaml:17:11 error',
      ]);
    const old = application(BITNAMI_SOURCE.replace('12.0.20', '4.12.2'));
    expect(found({ 'app.yaml': old })).toEqual([]);
  });

  it('an Application in a chart of Applications: a value a template action writes is a warning', () => {
    const app = application(
      `${BITNAMI_SOURCE}    helm:\n      values: |\n        auth:\n          peer:\n            secureTransport: true\n            useAutoTLS: {{ .Values.etcdAutoTls }}\n`,
    );
    expect(
      found({
        'apps/templates/etcd.yaml': app,
        'apps/Chart.yaml': 'apiVersion: v2\nname: apps\nversion: 1.0.0\n',
      }),
    ).toEqual([
      'etcd-client-plaintext apps/templates/etcd.yaml:12:9 error',
      'etcd-peer-auto-tls apps/templates/etcd.yaml:15:13 warning',
      // Without auto-TLS the chart renders certificates and no client-certificate authentication.
      'etcd-peer-client-cert-auth-disabled apps/templates/etcd.yaml:13:11 warning',
    ]);
  });

  it('says once, and goes on, when Helm would refuse the values', () => {
    const diagnostics: Diagnostic[] = [];
    const broken = application(`${BITNAMI_SOURCE}    helm:\n      values: "auth: [unclosed"\n`);
    expect(found({ 'app.yaml': broken }, diagnostics)).toEqual([]);
    expect(diagnostics.map((d) => [d.id, d.level, d.span?.startLine])).toEqual([
      ['release-not-analysed', 'note', 8],
    ]);
    const badSet = application(
      `${BITNAMI_SOURCE}    helm:\n      parameters:\n        - name: "a["\n          value: x\n`,
    );
    const more: Diagnostic[] = [];
    expect(found({ 'app.yaml': badSet }, more)).toEqual([]);
    expect(more.map((d) => d.message)).toEqual([
      'not analysed: Helm refuses a parameter of Argo CD Application etcd: bad index "=x"',
    ]);
  });

  it('bounds the assignments all parameters of a release lay on its values', () => {
    const parameters = (n: number) =>
      Array.from({ length: n }, (_, i) => `        - name: k${i}\n          value: "1"\n`).join('');
    const within: Diagnostic[] = [];
    found(
      { 'app.yaml': application(`${BITNAMI_SOURCE}    helm:\n      parameters:\n${parameters(2000)}`) },
      within,
    );
    expect(within).toEqual([]);
    const over: Diagnostic[] = [];
    expect(
      found(
        { 'app.yaml': application(`${BITNAMI_SOURCE}    helm:\n      parameters:\n${parameters(2001)}`) },
        over,
      ),
    ).toEqual([]);
    expect(over.map((d) => d.message)).toEqual([
      'not analysed: Helm refuses a parameter of Argo CD Application etcd: more than 2000 assignments for one set of values',
    ]);
  });
});

describe('Flux', () => {
  const repository =
    'apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: bitnami\nspec:\n  url: oci://registry-1.docker.io/bitnamicharts\n  type: oci\n';
  const release = (spec: string) =>
    `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: etcd\nspec:\n  chart:\n    spec:\n      chart: etcd\n      sourceRef:\n        kind: HelmRepository\n        name: bitnami\n${spec}`;

  it('identifies the chart through its HelmRepository, and nothing without one', () => {
    expect(found({ 'r.yaml': release(''), 'repo.yaml': repository })).toEqual([
      'etcd-client-plaintext r.yaml:8:7 error',
      'etcd-peer-plaintext r.yaml:8:7 error',
    ]);
    expect(found({ 'r.yaml': release('') })).toEqual([]);
    expect(
      found({ 'r.yaml': release(''), 'repo.yaml': repository.replace('bitnamicharts', 'example') }),
    ).toEqual([]);
  });

  it('merges valuesFrom in order and spec.values over them; targetPath as --set', () => {
    const cm = (data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: v\ndata:\n${data}`;
    const values = `  values:\n${SECURE.replace(/^(?=.)/gm, '    ')}`;
    const from = (entry: string) => `  valuesFrom:\n    - kind: ConfigMap\n      name: v\n${entry}`;
    // A quoted "false" at a targetPath is a string: true to the chart.
    const files = (data: string, entry: string) => ({
      'r.yaml': release(`${from(entry)}${values}`),
      'repo.yaml': repository,
      'cm.yaml': cm(data),
    });
    expect(
      found(
        files('  flag: \'"false"\'\n', '      valuesKey: flag\n      targetPath: auth.peer.useAutoTLS\n'),
      ),
    ).toEqual(['etcd-peer-auto-tls cm.yaml:6:10 error']);
    expect(
      found(files('  flag: "false"\n', '      valuesKey: flag\n      targetPath: auth.peer.useAutoTLS\n')),
    ).toEqual([]);
    // spec.values wins over valuesFrom.
    const over = `  values:\n    auth:\n      peer:\n        useAutoTLS: false\n`;
    expect(
      found({
        'r.yaml': release(`${from('')}${over}`),
        'repo.yaml': repository,
        'cm.yaml': cm(`  values.yaml: |\n${SECURE.replace(/^(?=.)/gm, '    ')}    useAutoTLS: true\n`),
      }),
    ).toEqual([]);
  });

  it('a ConfigMap or Secret outside the scan leaves the values open, never the defaults', () => {
    const missing = `  valuesFrom:\n    - kind: Secret\n      name: s\n`;
    expect(found({ 'r.yaml': release(missing), 'repo.yaml': repository })).toEqual([]);
    const optional = `  valuesFrom:\n    - kind: ConfigMap\n      name: elsewhere\n      optional: true\n`;
    expect(found({ 'r.yaml': release(optional), 'repo.yaml': repository })).toEqual([]);
  });

  it('postRenderers and substitution variables open what they touch', () => {
    const post = `  postRenderers:\n    - kustomize:\n        patches: []\n`;
    expect(found({ 'r.yaml': release(post), 'repo.yaml': repository })).toEqual([]);
    const variable = `  values:\n    auth:\n      peer:\n        secureTransport: true\n        useAutoTLS: \${ETCD_AUTO_TLS}\n`;
    expect(found({ 'r.yaml': release(variable), 'repo.yaml': repository })).toEqual([
      'etcd-client-plaintext r.yaml:13:5 error',
      'etcd-peer-auto-tls r.yaml:16:9 warning',
      // Without auto-TLS the chart renders certificates and no client-certificate authentication.
      'etcd-peer-client-cert-auth-disabled r.yaml:14:7 warning',
    ]);
  });
});

describe('helmfile', () => {
  const helmfile = (release: string, repositories = '') =>
    `${repositories}releases:\n  - name: etcd\n${release}`;
  const BITNAMI_REPO = 'repositories:\n  - name: bitnami\n    url: https://charts.bitnami.com/bitnami\n';

  it('identifies bitnami/etcd by a declared repository (or the undeclared alias bitnami)', () => {
    const release = `    chart: bitnami/etcd\n    values:\n      - ${SECURE.replace(/\n(?=.)/g, '\n        ')}`;
    expect(found({ 'helmfile.yaml': helmfile(release, BITNAMI_REPO) })).toEqual([]);
    const auto = `${release}    set:\n      - name: auth.peer.useAutoTLS\n        value: on,\n`;
    // `on,` is one string (helmfile escapes the comma): true to the chart.
    expect(found({ 'helmfile.yaml': helmfile(auto) })).toEqual([
      'etcd-peer-auto-tls helmfile.yaml:14:9 error',
    ]);
    const elsewhere = 'repositories:\n  - name: bitnami\n    url: https://mirror.example.com/charts\n';
    expect(found({ 'helmfile.yaml': helmfile(auto, elsewhere) })).toEqual([]);
  });

  it('reads values files relative to the state file, and leaves secrets and templates open', () => {
    const files = {
      'deploy/helmfile.yaml': helmfile('    chart: bitnami/etcd\n    values:\n      - etcd/values.yaml\n'),
      'deploy/etcd/values.yaml': `${SECURE}    useAutoTLS: true\n`,
    };
    expect(found(files)).toEqual(['etcd-peer-auto-tls deploy/etcd/values.yaml:8:5 error']);
    const secrets = helmfile('    chart: bitnami/etcd\n    secrets:\n      - secrets.yaml\n');
    expect(found({ 'helmfile.yaml': secrets })).toEqual([]);
  });
});

describe('helm install|upgrade|template in scripts', () => {
  const script = (command: string) => `#!/bin/sh\n${command}\n`;

  it('reports the --set assignment that turns it on, at its characters', () => {
    expect(
      found({
        'deploy.sh': script(
          'helm install etcd bitnami/etcd --set auth.peer.secureTransport=true,auth.peer.useAutoTLS=true --set auth.client.secureTransport=true --set auth.client.enableAuthentication=true',
        ),
      }),
    ).toEqual(['etcd-peer-auto-tls deploy.sh:2:69 error']);
    // In `sh -c`, `helm template | kubectl apply`, `--set=`, --generate-name, OCI.
    expect(
      found({
        'deploy.sh': script(
          'sh -c "helm template oci://registry-1.docker.io/bitnamicharts/etcd --generate-name --set=auth.client.secureTransport=true,auth.client.useAutoTLS=true" | kubectl apply -f -',
        ),
      }),
    ).toEqual(['etcd-auto-tls deploy.sh:2:123 error', 'etcd-peer-plaintext deploy.sh:2:90 error']);
  });

  it('reads grouped short flags as pflag does: `-gf FILE` is --generate-name, then -f FILE', () => {
    // Read as -g -f FILE, the chart is bitnami/etcd (its plaintext defaults reported at it); read as
    // two switches, `etcd.yaml` would be taken for the chart and nothing said.
    const files = {
      'deploy.sh': script('helm install -gf etcd.yaml bitnami/etcd'),
      'etcd.yaml': 'global:\n  storageClass: etcd-ssd\n',
    };
    expect(found(files)).toEqual([
      'etcd-client-plaintext deploy.sh:2:28 error',
      'etcd-peer-plaintext deploy.sh:2:28 error',
    ]);
  });

  it('reads variables the script sets, and leaves others unknown', () => {
    const set = script(
      'AUTO=true\nhelm install etcd bitnami/etcd --set auth.client.secureTransport=true,auth.client.useAutoTLS=$AUTO',
    );
    expect(found({ 'deploy.sh': set })).toEqual([
      'etcd-auto-tls deploy.sh:3:71 error',
      'etcd-peer-plaintext deploy.sh:3:38 error',
    ]);
    const unknown = script(
      'helm install etcd bitnami/etcd --set auth.client.secureTransport=true,auth.client.useAutoTLS=$AUTO',
    );
    expect(found({ 'deploy.sh': unknown })).toEqual([
      'etcd-auto-tls deploy.sh:2:71 warning',
      // Without auto-TLS the chart renders certificates and no client-certificate authentication.
      'etcd-client-cert-auth-disabled deploy.sh:2:38 warning',
      'etcd-peer-plaintext deploy.sh:2:38 error',
    ]);
  });

  it('knows which words are charts: flags with values, repositories the script adds', () => {
    expect(
      found({
        'deploy.sh': script('helm install -n etcd etcd bitnami/redis --set auth.peer.useAutoTLS=true'),
      }),
    ).toEqual([]);
    const mirror = script('helm repo add bitnami https://mirror.example.com\nhelm install etcd bitnami/etcd');
    expect(found({ 'deploy.sh': mirror })).toEqual([]);
    const repo = script(
      'helm install etcd etcd --repo https://charts.bitnami.com/bitnami --timeout 5m --wait',
    );
    expect(found({ 'deploy.sh': repo })).toEqual([
      'etcd-client-plaintext deploy.sh:2:19 error',
      'etcd-peer-plaintext deploy.sh:2:19 error',
    ]);
  });

  it('never throws on what Helm refuses, and stays bounded on long commands', () => {
    const diagnostics: Diagnostic[] = [];
    expect(
      found({ 'deploy.sh': script('helm install etcd bitnami/etcd --set a=1,a.b=2') }, diagnostics),
    ).toEqual([]);
    expect(diagnostics.map((d) => d.id)).toEqual(['release-not-analysed']);
    const many = Array.from({ length: 30_000 }, (_, i) => `k${i}=v`).join(',');
    const more: Diagnostic[] = [];
    expect(found({ 'deploy.sh': script(`helm install etcd bitnami/etcd --set ${many}`) }, more)).toEqual([]);
    expect(more.map((d) => d.message)).toEqual([
      'not analysed: Helm refuses a `--set` of `helm` in deploy.sh: more than 10000 assignments',
    ]);
  });
});

describe('what the prefilter keeps', () => {
  it('gives the same findings on fixtures/gitops with and without it', async () => {
    const base = path.join(FIXTURES, 'gitops');
    const key = (f: { ruleId: string; file: { relPath: string }; span: object; message: string }) =>
      JSON.stringify([f.ruleId, f.file.relPath, f.span, f.message]);
    const filtered = await scan({ base });
    const all = await scan({ base, prefilter: false });
    expect(filtered.findings.map(key)).toEqual(all.findings.map(key));
    expect(filtered.findings).toHaveLength(26);
  });

  it('remembers releases, Flux sources, HelmChartConfigs and helmfiles that name nothing of etcd', () => {
    const file = (relPath: string) => ({ absPath: `/x/${relPath}`, relPath });
    const release = 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nspec:\n  values: {}\n';
    expect(relevance(release, file('apps/kv.yaml'))).toBe('lookup');
    expect(relevance('{"kind": "HelmRepository"}', file('repo.json'))).toBe('lookup');
    expect(relevance('kind: Application\n', file('app.yaml'))).toBe('lookup');
    expect(relevance('kind: HelmChartConfig\nspec: {}\n', file('k3s/store.yaml'))).toBe('lookup');
    expect(relevance('releases: []\n', file('helmfile.d/10-apps.yaml.gotmpl'))).toBe('lookup');
    expect(relevance('releases: []\n', file('deploy/other.yaml'))).toBe('none');
  });

  it('reads hostile values without throwing', () => {
    const deep = `${'['.repeat(300)}${']'.repeat(300)}`;
    const wide = `{${Array.from({ length: 50_000 }, (_, i) => `k${i}: ${i}`).join(', ')}}`;
    for (const values of [deep, wide, '*unknown-alias', 'a: &x [*x]', '"\\x"']) {
      const app = application(`${BITNAMI_SOURCE}    helm:\n      values: ${JSON.stringify(values)}\n`);
      expect(() => found({ 'app.yaml': app })).not.toThrow();
    }
  });
});
