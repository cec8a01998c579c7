import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../support/fixtures.js';
import { AUTO_TLS_ONLY } from '../support/scan-text.js';

// Quoting inside a word that shells, systemd and YAML remove before etcd sees it: the prefilter
// keeps these files (it used to drop them: none spells `auto-tls` as written) and the scan finds them.
describe('auto-TLS spelled with quotes or escaped line breaks (fixtures/quoting)', () => {
  it('is found in every form, at the written word', async () => {
    const result = await scan({ base: FIXTURES, paths: ['quoting'], rules: AUTO_TLS_ONLY });
    expect(
      result.findings.map((f) => [f.file.relPath, f.span.startLine, f.span.startColumn, f.ruleId]),
    ).toEqual([
      ['quoting/escaped-line-break.yaml', 9, 12, 'etcd-auto-tls'],
      ['quoting/escaped-line-break.yaml', 12, 7, 'etcd-peer-auto-tls'],
      ['quoting/etcd-quoted.service', 2, 25, 'etcd-auto-tls'],
      ['quoting/sh-c-quoted.yaml', 8, 38, 'etcd-auto-tls'],
    ]);
  });
});
