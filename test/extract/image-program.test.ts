import { describe, expect, it } from 'vitest';
import { containerProgram, imageDefaults } from '../../src/etcd/images.js';
import { cfgConfigKey } from '../../src/extract/bitnami-image.js';
import { findingsInFixture } from '../support/fixtures.js';
import { findingsIn, where } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';

describe('containers whose program comes from the image (fixtures/image-program)', () => {
  it('a rendered Bitnami chart: the StatefulSet is etcd, its pre-upgrade hook is not', () => {
    const findings = findingsInFixture('image-program/rendered-bitnami-etcd.yaml');
    expect(where(findings)).toEqual([{ rule: P, line: 29, column: 15 }]);
    expect(findings[0]?.subject).toBe('StatefulSet default/my-etcd, container etcd');
    expect(findings[0]?.message).toContain(
      'The container gives no command, so its program is taken from the image: the image `docker.io/bitnami/etcd:3.5.17-debian-12-r0` starts etcd',
    );
  });

  it('Compose: the Bitnami service is etcd, the etcdctl service of the same image is not', () => {
    const findings = findingsInFixture('image-program/compose-bitnami.yml');
    expect(where(findings)).toEqual([{ rule: A, line: 8, column: 9 }]);
    expect(findings[0]?.message).toContain('The service gives no entrypoint or command');
  });
});

const pod = (container: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: c
${container
  .split('\n')
  .map((line) => `      ${line}`)
  .join('\n')}
${extra}`;

const peerEnv = 'env:\n  - name: ETCD_PEER_AUTO_TLS\n    value: "true"';

describe('image programs in pod specs', () => {
  it.each([
    {
      name: 'Bitnami image, no command',
      container: `image: bitnami/etcd:3.5\n${peerEnv}`,
      expected: [[P, 10]],
    },
    {
      name: 'bitnamilegacy behind a mirror',
      container: `image: harbor.example.com:8443/dockerhub/bitnamilegacy/etcd@sha256:abc\n${peerEnv}`,
      expected: [[P, 10]],
    },
    {
      name: 'quay.io/coreos/etcd, no command',
      container: `image: quay.io/coreos/etcd:v3.5.12\n${peerEnv}`,
      expected: [[P, 10]],
    },
    {
      name: 'gcr.io/etcd-development/etcd, no command',
      container: `image: gcr.io/etcd-development/etcd:v3.6.0\n${peerEnv}`,
      expected: [[P, 10]],
    },
    // registry.k8s.io/etcd sets neither ENTRYPOINT nor CMD: without a command nothing is known.
    {
      name: 'registry.k8s.io/etcd, no command',
      container: `image: registry.k8s.io/etcd:3.5.15-0\n${peerEnv}`,
      expected: [],
    },
    {
      name: 'an unknown image called etcd',
      container: `image: example.com/etcd:1\n${peerEnv}`,
      expected: [],
    },
    { name: 'bitnami/etcd-operator', container: `image: bitnami/etcd-operator:1\n${peerEnv}`, expected: [] },
    {
      name: 'args replace the CMD of etcd release images: args[0] is the program',
      container: `image: quay.io/coreos/etcd:v3.5.12\nargs: [etcdctl, get, /]\n${peerEnv}`,
      expected: [],
    },
    {
      name: 'args without command on the release image: etcd flags after the program',
      container: 'image: quay.io/coreos/etcd:v3.5.12\nargs: [/usr/local/bin/etcd, --auto-tls]',
      expected: [[A, 9]],
    },
    {
      name: 'Bitnami hook: command entrypoint.sh, args preupgrade.sh',
      container: `image: bitnami/etcd:3.5\ncommand: [/opt/bitnami/scripts/etcd/entrypoint.sh]\nargs: [/opt/bitnami/scripts/etcd/preupgrade.sh]\n${peerEnv}`,
      expected: [],
    },
    {
      name: 'Bitnami: args run.sh with flags (entrypoint.sh execs it, run.sh passes them to etcd)',
      container: 'image: bitnami/etcd:3.5\nargs: [/opt/bitnami/scripts/etcd/run.sh, --auto-tls]',
      expected: [[A, 9]],
    },
    {
      name: 'Bitnami: command replaces the entrypoint and runs a shell',
      container: `image: bitnami/etcd:3.5\ncommand: [/bin/bash, -c, "sleep infinity"]\n${peerEnv}`,
      expected: [],
    },
    {
      name: 'Bitnami: ETCD_PEER_AUTO_TLS_FILE replaces the variable',
      container: `image: bitnami/etcd:3.5\n${peerEnv}\n  - name: ETCD_PEER_AUTO_TLS_FILE\n    value: /secrets/tls`,
      expected: [],
    },
    {
      name: 'Bitnami: ETCD_CFG_* variables give etcd a config file, which wins over ETCD_*',
      container: `image: bitnami/etcd:3.5\n${peerEnv}\n  - name: ETCD_CFG_LOG_LEVEL\n    value: debug`,
      expected: [],
    },
    {
      name: 'Bitnami: ETCD_CFG_PEER_AUTO_TLS is written into the config file',
      container: 'image: bitnami/etcd:3.5\nenv:\n  - name: ETCD_CFG_PEER_AUTO_TLS\n    value: "true"',
      expected: [[P, 10]],
    },
    {
      name: 'Bitnami: ETCD_CFG_AUTO_TLS=yes is a string in the config file (etcd refuses it; intent reported)',
      container: 'image: bitnami/etcd:3.5\nenv:\n  - name: ETCD_CFG_AUTO_TLS\n    value: "yes"',
      expected: [[A, 10]],
    },
  ])('$name', ({ container, expected }) => {
    const found = where(findingsIn(pod(container))).map((f) => [f.rule, f.line]);
    expect(found).toEqual(expected);
  });

  it('a ConfigMap mounted at /opt/bitnami/etcd/conf becomes the config file: ETCD_* are ignored', () => {
    const text = pod(
      `image: bitnami/etcd:3.5\n${peerEnv}\nvolumeMounts:\n  - name: conf\n    mountPath: /opt/bitnami/etcd/conf/`,
      '  volumes:\n    - name: conf\n      configMap:\n        name: etcd-conf\n',
    );
    expect(findingsIn(text)).toEqual([]);
  });

  it('the message of ETCD_CFG_* names the variable and the key it writes', () => {
    const [finding] = findingsIn(
      pod('image: bitnami/etcd:3.5\nenv:\n  - name: ETCD_CFG_PEER_AUTO_TLS\n    value: "true"'),
    );
    expect(finding?.message).toContain(
      "`ETCD_CFG_PEER_AUTO_TLS=true` makes the bitnami/etcd image write `peer-transport-security.auto-tls: true` into etcd's config file",
    );
    expect(finding?.fix).toContain('remove `ETCD_CFG_PEER_AUTO_TLS`');
  });
});

describe('containerProgram', () => {
  const k8s = (entrypoint: string[] | undefined, cmd: string[] | undefined) =>
    ({ runtime: 'kubernetes', entrypoint, cmd }) as const;
  it.each([
    { image: 'bitnami/etcd', given: k8s(undefined, undefined), kind: 'etcd' },
    { image: 'bitnami/etcd', given: k8s([], []), kind: 'etcd' },
    {
      image: 'bitnami/etcd',
      given: k8s(['/opt/bitnami/scripts/etcd/entrypoint.sh'], undefined),
      kind: 'none',
    },
    { image: 'quay.io/coreos/etcd', given: k8s(['sh'], undefined), kind: 'argv' },
    { image: 'busybox', given: k8s(undefined, undefined), kind: 'none' },
    { image: undefined, given: k8s(undefined, ['etcd']), kind: 'argv' },
    // Compose: an empty entrypoint list clears the image's ENTRYPOINT (and its CMD).
    {
      image: 'bitnami/etcd',
      given: { runtime: 'compose', entrypoint: [], cmd: undefined } as const,
      kind: 'none',
    },
  ])('$image $given', ({ image, given, kind }) => {
    expect(containerProgram(image, given).kind).toBe(kind);
  });

  it('knows images by repository, not registry or tag', () => {
    expect(imageDefaults('localhost:5000/bitnami/etcd:latest')?.repository).toBe('bitnami/etcd');
    expect(imageDefaults('BITNAMI/ETCD')?.repository).toBe('bitnami/etcd');
    expect(imageDefaults('etcd')).toBeUndefined();
    expect(imageDefaults('k8s.gcr.io/etcd:3.4.13-0')).toBeUndefined();
  });

  it('maps ETCD_CFG_* as libetcd.sh does', () => {
    expect(cfgConfigKey('ETCD_CFG_AUTO_TLS')).toBe('client-transport-security.auto-tls');
    expect(cfgConfigKey('ETCD_CFG_CLIENT_CERT_AUTH')).toBe('client-transport-security.client-cert-auth');
    expect(cfgConfigKey('ETCD_CFG_PEER_AUTO_TLS')).toBe('peer-transport-security.auto-tls');
    expect(cfgConfigKey('ETCD_CFG_LISTEN_CLIENT_URLS')).toBe('listen-client-urls');
  });
});
