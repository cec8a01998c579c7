import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, FileRef, Finding, ScanResult } from '../../src/model.js';
import { lineHashes } from '../../src/report/fingerprint.js';
import { encodeUri, SARIF_SCHEMA_URI, serializeSarif, toSarif } from '../../src/report/sarif.js';
import type { RuleMeta } from '../../src/rules/rule.js';
import { INFORMATION_URI, TOOL_NAME, VERSION } from '../../src/version.js';
import { validateSarif } from '../support/sarif-validate.js';

const CLIENT_RULE: RuleMeta = {
  id: 'etcd-auto-tls',
  name: 'EtcdClientAutoTls',
  cis: '2.3',
  setting: '--auto-tls',
  defaultLevel: 'error',
  securitySeverity: '7.5',
  precision: 'very-high',
  tags: ['security', 'kubernetes', 'etcd', 'tls'],
  shortDescription: 'etcd client auto-TLS is enabled.',
  fullDescription: 'The etcd flag --auto-tls=true makes etcd generate self-signed client certificates.',
  helpText: 'Remove --auto-tls and set --cert-file and --key-file.',
  helpMarkdown: 'Remove `--auto-tls`.\n\n[etcd security guide](https://etcd.io/docs/v3.5/op-guide/security/)',
  docsPath: 'docs/rules/etcd-auto-tls.md',
};

// Deliberately without the `security` tag and with a duplicate, to prove the report adds one and dedupes.
const PEER_RULE: RuleMeta = {
  id: 'etcd-peer-auto-tls',
  name: 'EtcdPeerAutoTls',
  cis: '2.6',
  setting: '--peer-auto-tls',
  defaultLevel: 'warning',
  securitySeverity: '6.5',
  precision: 'high',
  tags: ['kubernetes', 'etcd', 'etcd'],
  shortDescription: 'etcd peer auto-TLS is enabled.',
  fullDescription: 'The etcd flag --peer-auto-tls=true makes etcd generate self-signed peer certificates.',
  helpText: 'Remove --peer-auto-tls and set --peer-cert-file and --peer-key-file.',
  helpMarkdown: 'Remove `--peer-auto-tls`.',
  docsPath: 'docs/rules/etcd-peer-auto-tls.md',
};

const RULES: readonly RuleMeta[] = [CLIENT_RULE, PEER_RULE];

// The sample manifest of research/sarif.md §7, whose line 12 hashes to ed8218595d7de3af:1.
const MANIFEST_TEXT = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: etcd',
  '  namespace: kube-system',
  'spec:',
  '  containers:',
  '  - name: etcd',
  '    image: registry.k8s.io/etcd:3.5.12-0',
  '    command:',
  '    - etcd',
  '    - --auto-tls=true',
  '    - --data-dir=/var/lib/etcd',
  '',
].join('\n');
const POD_TEXT = 'kind: Pod\nspec:\n  args: ["--peer-auto-tls"]\n';

const MANIFEST: FileRef = {
  absPath: '/runner/work/repo/manifests/etcd.yaml',
  relPath: 'manifests/etcd.yaml',
};
const POD: FileRef = { absPath: '/runner/work/repo/k8s/my pod#1.yaml', relPath: 'k8s/my pod#1.yaml' };
const BROKEN: FileRef = { absPath: '/runner/work/repo/broken/x.yaml', relPath: 'broken/x.yaml' };
const TEXTS = new Map([
  [MANIFEST.relPath, MANIFEST_TEXT],
  [POD.relPath, POD_TEXT],
]);

const CLIENT_FINDING: Finding = {
  ruleId: 'etcd-auto-tls',
  level: 'error',
  message: 'etcd is started with --auto-tls=true, so clients cannot verify its certificate.',
  title: 'etcd client auto-TLS',
  file: MANIFEST,
  span: { startLine: 12, startColumn: 7, endLine: 12, endColumn: 22 },
  subject: 'Pod kube-system/etcd, container etcd',
  fix: 'Remove --auto-tls=true.',
};
const PEER_FINDING: Finding = {
  ruleId: 'etcd-peer-auto-tls',
  level: 'warning',
  message: 'etcd is started with --peer-auto-tls, so peers cannot verify each other.',
  title: 'etcd peer auto-TLS',
  file: POD,
  span: { startLine: 3, startColumn: 10, endLine: 3, endColumn: 27 },
  subject: 'Pod etcd, container etcd',
  fix: 'Remove --peer-auto-tls.',
};
const PARSE_ERROR: Diagnostic = {
  level: 'warning',
  id: 'parse-error',
  message: 'YAML syntax error: bad indentation.',
  file: BROKEN,
  span: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 4 },
};
const NO_FILES: Diagnostic = { level: 'note', id: 'no-files', message: 'No files matched the patterns.' };

const SCAN: ScanResult = {
  findings: [CLIENT_FINDING, PEER_FINDING],
  diagnostics: [PARSE_ERROR, NO_FILES],
  filesScanned: 3,
  suppressed: [],
  sources: new Map(),
};

/** Builds the log and proves the exact bytes we would write are a valid GitHub upload. */
function build(scan: ScanResult = SCAN, category?: string, rules: readonly RuleMeta[] = RULES): Sarif.Log {
  const log = toSarif(scan, rules, { category, fileText: (file) => TEXTS.get(file.relPath) });
  expect(validateSarif(JSON.parse(serializeSarif(log)))).toEqual([]);
  return log;
}

function onlyRun(log: Sarif.Log): Sarif.Run {
  expect(log.runs).toHaveLength(1);
  return log.runs[0] as Sarif.Run;
}

describe('toSarif', () => {
  it('writes the log header and the tool driver', () => {
    const log = build();
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    const run = onlyRun(log);
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver).toMatchObject({
      name: TOOL_NAME,
      version: VERSION,
      semanticVersion: VERSION,
      informationUri: INFORMATION_URI,
    });
  });

  it('describes every rule for GitHub', () => {
    const [client, peer] = onlyRun(build()).tool.driver.rules ?? [];
    expect(client).toEqual({
      id: 'etcd-auto-tls',
      name: 'EtcdClientAutoTls',
      shortDescription: { text: CLIENT_RULE.shortDescription },
      fullDescription: { text: CLIENT_RULE.fullDescription },
      help: { text: CLIENT_RULE.helpText, markdown: CLIENT_RULE.helpMarkdown },
      helpUri: `${INFORMATION_URI}/blob/main/docs/rules/etcd-auto-tls.md`,
      defaultConfiguration: { level: 'error' },
      properties: {
        tags: ['security', 'kubernetes', 'etcd', 'tls'],
        precision: 'very-high',
        'problem.severity': 'error',
        'security-severity': '7.5',
      },
    });
    expect(peer?.properties?.tags).toEqual(['security', 'kubernetes', 'etcd']);
    expect(peer?.properties?.['problem.severity']).toBe('warning');
  });

  it('maps a note rule to problem.severity recommendation and keeps at most 10 tags', () => {
    const manyTags = Array.from({ length: 15 }, (_, i) => `tag${i}`);
    const rules = [CLIENT_RULE, { ...PEER_RULE, defaultLevel: 'note' as const, tags: manyTags }];
    const peer = onlyRun(build(SCAN, undefined, rules)).tool.driver.rules?.[1];
    expect(peer?.properties?.['problem.severity']).toBe('recommendation');
    expect(peer?.properties?.tags).toEqual(['security', ...manyTags.slice(0, 9)]);
  });

  it('reports each finding with an encoded uri, exact region, rule index, level and fingerprint', () => {
    const results = onlyRun(build()).results ?? [];
    expect(results).toEqual([
      {
        ruleId: 'etcd-peer-auto-tls',
        ruleIndex: 1,
        level: 'warning',
        message: { text: PEER_FINDING.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'k8s/my%20pod%231.yaml' },
              region: { startLine: 3, startColumn: 10, endLine: 3, endColumn: 27 },
            },
          },
        ],
        partialFingerprints: { primaryLocationLineHash: lineHashes(POD_TEXT)[2] },
        properties: { subject: 'Pod etcd, container etcd' },
      },
      {
        ruleId: 'etcd-auto-tls',
        ruleIndex: 0,
        level: 'error',
        message: { text: CLIENT_FINDING.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'manifests/etcd.yaml' },
              region: { startLine: 12, startColumn: 7, endLine: 12, endColumn: 22 },
            },
          },
        ],
        partialFingerprints: { primaryLocationLineHash: 'ed8218595d7de3af:1' },
        properties: { subject: 'Pod kube-system/etcd, container etcd' },
      },
    ]);
  });

  it('omits the fingerprint when the file text is unavailable, and reads each file once', () => {
    const reads: string[] = [];
    const second = { ...CLIENT_FINDING, span: { startLine: 13, startColumn: 7, endLine: 13, endColumn: 30 } };
    const scan = { ...SCAN, findings: [CLIENT_FINDING, second, PEER_FINDING] };
    const log = toSarif(scan, RULES, {
      fileText: (file) => {
        reads.push(file.relPath);
        return file === POD ? undefined : MANIFEST_TEXT;
      },
    });
    expect(validateSarif(log)).toEqual([]);
    expect(reads.sort()).toEqual(['k8s/my pod#1.yaml', 'manifests/etcd.yaml']);
    const [pod, line12, line13] = onlyRun(log).results ?? [];
    expect(pod?.partialFingerprints).toBeUndefined();
    expect(line12?.partialFingerprints?.primaryLocationLineHash).toBe('ed8218595d7de3af:1');
    expect(line13?.partialFingerprints?.primaryLocationLineHash).toBe(lineHashes(MANIFEST_TEXT)[12]);
  });

  it('carries every diagnostic as a tool execution notification', () => {
    const invocations = onlyRun(build()).invocations;
    expect(invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          { descriptor: { id: 'no-files' }, level: 'note', message: { text: NO_FILES.message } },
          {
            descriptor: { id: 'parse-error' },
            level: 'warning',
            message: { text: PARSE_ERROR.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'broken/x.yaml' },
                  region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 4 },
                },
              },
            ],
          },
        ],
      },
    ]);
  });

  it.each([
    ['ci', 'ci/'],
    ['ci/', 'ci/'],
    ['etcd/prod', 'etcd/prod/'],
  ])('category %j becomes automationDetails.id %j', (category, id) => {
    expect(onlyRun(build(SCAN, category)).automationDetails).toEqual({ id });
  });

  it('writes no automationDetails without a category', () => {
    expect('automationDetails' in onlyRun(build())).toBe(false);
    expect('automationDetails' in onlyRun(build(SCAN, ''))).toBe(false);
  });

  it('is byte-for-byte deterministic whatever the input order', () => {
    const extra = { ...CLIENT_FINDING, span: { startLine: 12, startColumn: 1, endLine: 12, endColumn: 5 } };
    const findings = [CLIENT_FINDING, PEER_FINDING, extra, { ...PEER_FINDING, message: 'Another message.' }];
    const diagnostics = [PARSE_ERROR, NO_FILES, { ...NO_FILES, message: 'A different note.' }];
    const expected = serializeSarif(
      build({ findings, diagnostics, filesScanned: 3, suppressed: [], sources: new Map() }),
    );
    const shuffled = serializeSarif(
      build({ ...SCAN, findings: [...findings].reverse(), diagnostics: [...diagnostics].reverse() }),
    );
    expect(shuffled).toBe(expected);
    expect(expected.endsWith('}\n')).toBe(true);
    expect(expected.startsWith('{\n  "$schema"')).toBe(true);
    expect(expected).not.toContain('/runner/work');
  });

  it('still writes results: [] for a clean scan', () => {
    const run = onlyRun(build({ ...SCAN, findings: [], diagnostics: [], filesScanned: 0 }));
    expect(run.results).toEqual([]);
    expect(run.invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });

  it('widens a faulty span instead of emitting a region GitHub rejects', () => {
    const bad = { ...CLIENT_FINDING, span: { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 } };
    const region = onlyRun(build({ ...SCAN, findings: [bad] })).results?.[0]?.locations?.[0]?.physicalLocation
      ?.region;
    expect(region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 });
  });

  it('refuses a finding whose rule is not in the rule list', () => {
    expect(() => toSarif(SCAN, [CLIENT_RULE], { fileText: () => undefined })).toThrow(/etcd-peer-auto-tls/);
  });
});

describe('encodeUri', () => {
  it.each([
    ['k8s/my pod#1.yaml', 'k8s/my%20pod%231.yaml'],
    ['manifests/etcd.yaml', 'manifests/etcd.yaml'],
    ['a b/c~d_e-f.g', 'a%20b/c~d_e-f.g'],
    ['100%/x?y.yaml', '100%25/x%3Fy.yaml'],
    ['c:/etcd.yaml', 'c%3A/etcd.yaml'],
    ["it's (copy)!*.yaml", 'it%27s%20%28copy%29%21%2A.yaml'],
    ['über/ü.yaml', '%C3%BCber/%C3%BC.yaml'],
    ['lone\uD800.yaml', 'lone%EF%BF%BD.yaml'],
  ])('%j -> %j', (relPath, uri) => {
    expect(encodeUri(relPath)).toBe(uri);
  });
});

describe('validateSarif catches what GitHub rejects', () => {
  function mutated(mutate: (run: Sarif.Run) => void): Sarif.Log {
    const log = structuredClone(build());
    mutate(onlyRun(log));
    return log;
  }

  function firstRegion(run: Sarif.Run): Sarif.Region {
    const region = run.results?.[0]?.locations?.[0]?.physicalLocation?.region;
    if (region === undefined) throw new Error('no region');
    return region;
  }

  function firstArtifact(run: Sarif.Run): Sarif.ArtifactLocation {
    const artifact = run.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation;
    if (artifact === undefined) throw new Error('no artifact location');
    return artifact;
  }

  it.each<[string, (run: Sarif.Run) => void, RegExp]>([
    [
      'a non-numeric security-severity',
      (run) => {
        const properties = run.tool.driver.rules?.[0]?.properties;
        if (properties) properties['security-severity'] = 'High';
      },
      /security-severity/,
    ],
    [
      'a zero security-severity',
      (run) => {
        const properties = run.tool.driver.rules?.[0]?.properties;
        if (properties) properties['security-severity'] = '0.0';
      },
      /security-severity/,
    ],
    ['a startLine of 0', (run) => Object.assign(firstRegion(run), { startLine: 0 }), /startLine/],
    ['an empty single-line region', (run) => Object.assign(firstRegion(run), { endColumn: 10 }), /endColumn/],
    [
      'a .. segment',
      (run) => Object.assign(firstArtifact(run), { uri: 'k8s/../etc/etcd.yaml' }),
      /\.\. segment/,
    ],
    [
      'an encoded .. segment',
      (run) => Object.assign(firstArtifact(run), { uri: 'k8s/%2E%2E/x.yaml' }),
      /\.\. segment/,
    ],
    ['a leading slash', (run) => Object.assign(firstArtifact(run), { uri: '/k8s/x.yaml' }), /must not start/],
    ['a leading ./', (run) => Object.assign(firstArtifact(run), { uri: './k8s/x.yaml' }), /must not start/],
    ['a scheme', (run) => Object.assign(firstArtifact(run), { uri: 'file:///k8s/x.yaml' }), /scheme/],
    ['a backslash', (run) => Object.assign(firstArtifact(run), { uri: 'k8s\\x.yaml' }), /backslash/],
    ['an empty uri', (run) => Object.assign(firstArtifact(run), { uri: '' }), /non-empty/],
    [
      'a raw space in the uri',
      (run) => Object.assign(firstArtifact(run), { uri: 'k8s/my pod.yaml' }),
      /uri-reference/,
    ],
    [
      'a ruleIndex pointing at another rule',
      (run) => Object.assign(run.results?.[0] ?? {}, { ruleIndex: 0 }),
      /ruleIndex/,
    ],
    ['an unknown ruleId', (run) => Object.assign(run.results?.[0] ?? {}, { ruleId: 'nope' }), /ruleId/],
    ['a missing level', (run) => delete run.results?.[0]?.level, /level/],
    ['no location', (run) => Object.assign(run.results?.[0] ?? {}, { locations: [] }), /exactly one/],
    ['missing help.markdown', (run) => delete run.tool.driver.rules?.[0]?.help?.markdown, /help\/markdown/],
    [
      'no security tag',
      (run) => Object.assign(run.tool.driver.rules?.[1]?.properties ?? {}, { tags: ['etcd'] }),
      /tags/,
    ],
    ['a missing results array', (run) => delete run.results, /results/],
    [
      'a category without /',
      (run) => Object.assign(run, { automationDetails: { id: 'ci' } }),
      /automationDetails/,
    ],
  ])('rejects %s', (_name, mutate, expected) => {
    const errors = validateSarif(mutated(mutate));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(expected);
  });

  it('rejects a log with two runs', () => {
    const log = build();
    const twice = { ...log, runs: [...log.runs, ...log.runs] };
    expect(validateSarif(twice).join('\n')).toMatch(/exactly one run/);
  });

  it('rejects something that is not SARIF at all', () => {
    expect(validateSarif({ hello: 'world' }).length).toBeGreaterThan(0);
  });
});

describe('evidence chain: relatedLocations', () => {
  const configMap: FileRef = { absPath: '/repo/k8s/configmap.yaml', relPath: 'k8s/configmap.yaml' };
  const workload: FileRef = { absPath: '/repo/k8s/etcd deploy.yaml', relPath: 'k8s/etcd deploy.yaml' };
  const finding: Finding = {
    ruleId: 'etcd-auto-tls',
    level: 'error',
    message:
      'Deployment db/etcd [a], container etcd: etcd gets `ETCD_AUTO_TLS=True` from ConfigMap db/etcd-env.',
    title: 'etcd client auto-TLS is enabled',
    file: configMap,
    span: { startLine: 7, startColumn: 3, endLine: 7, endColumn: 24 },
    related: [
      { file: workload, message: 'Deployment db/etcd [a], container etcd, which reads this setting' },
      {
        file: workload,
        span: { startLine: 10, startColumn: 9, endLine: 10, endColumn: 13 },
        message: 'its container',
      },
    ],
    subject: 'Deployment db/etcd [a], container etcd',
    fix: 'remove it',
  };
  const log = toSarif(
    { findings: [finding], suppressed: [], diagnostics: [], filesScanned: 2, sources: new Map() },
    RULES,
    { fileText: () => undefined },
  );
  const result = log.runs[0]?.results?.[0] as Sarif.Result;

  it('lists the other files with ids, repo-relative URIs and messages, linked from the result message', () => {
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: 'k8s/etcd%20deploy.yaml' } },
        message: { text: 'Deployment db/etcd \\[a\\], container etcd, which reads this setting' },
      },
      {
        id: 2,
        physicalLocation: {
          artifactLocation: { uri: 'k8s/etcd%20deploy.yaml' },
          region: { startLine: 10, startColumn: 9, endLine: 10, endColumn: 13 },
        },
        message: { text: 'its container' },
      },
    ]);
    expect(result.message.text).toBe(
      'Deployment db/etcd \\[a\\], container etcd: etcd gets `ETCD_AUTO_TLS=True` from ConfigMap db/etcd-env. ' +
        'Evidence: [Deployment db/etcd \\[a\\], container etcd, which reads this setting](1); [its container](2).',
    );
    // The primary location stays on the value's line.
    expect(result.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('k8s/configmap.yaml');
    expect(validateSarif(log)).toEqual([]);
  });

  it('escapes brackets from scanned files so they never form a link', () => {
    const plain = toSarif(
      {
        findings: [{ ...finding, related: undefined, message: 'Pod [approve](https://evil.example) x\\[y]' }],
        suppressed: [],
        diagnostics: [],
        filesScanned: 1,
        sources: new Map(),
      },
      RULES,
      { fileText: () => undefined },
    );
    expect(plain.runs[0]?.results?.[0]?.message.text).toBe(
      'Pod \\[approve\\](https://evil.example) x\\\\\\[y\\]',
    );
    expect(plain.runs[0]?.results?.[0]?.relatedLocations).toBeUndefined();
  });
});
