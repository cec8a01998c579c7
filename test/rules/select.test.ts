import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { selectRules } from '../../src/rules/select.js';

describe('rule selection (ScanOptions.rules, --rule/--skip-rule, the rules input)', () => {
  const ids = (selection: Parameters<typeof selectRules>[0]) =>
    selectRules(selection).map((rule) => rule.meta.id);

  it('runs every rule by default, in registry order', () => {
    expect(ids({})).toEqual(RULES.map((rule) => rule.meta.id));
  });

  it('runs only the named rules, or all but the skipped ones', () => {
    expect(ids({ only: ['etcd-client-plaintext', 'etcd-auto-tls'] })).toEqual([
      'etcd-auto-tls',
      'etcd-client-plaintext',
    ]);
    expect(ids({ skip: ['etcd-auto-tls'] })).not.toContain('etcd-auto-tls');
    expect(ids({ only: ['etcd-auto-tls', 'etcd-peer-auto-tls'], skip: ['etcd-auto-tls'] })).toEqual([
      'etcd-peer-auto-tls',
    ]);
  });

  it('refuses an unknown id, naming the known ones', () => {
    expect(() => selectRules({ only: ['etcd-auto-tsl'] })).toThrow(
      /^unknown rule id "etcd-auto-tsl" \(known: etcd-auto-tls, etcd-peer-auto-tls, /,
    );
    expect(() => selectRules({ skip: ['a', 'b'] })).toThrow(/^unknown rule ids "a", "b"/);
  });
});
