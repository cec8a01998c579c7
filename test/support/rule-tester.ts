// ESLint-style rule tables: configs built in memory (test/support/configs.ts), each invalid case
// naming the exact line, column and level of every finding.

import { describe, expect, it } from 'vitest';
import { resolveClient } from '../../src/etcd/apiserver.js';
import { resolve } from '../../src/etcd/resolve.js';
import type { EtcdClientConfig, EtcdConfig, Level } from '../../src/model.js';
import type { Rule } from '../../src/rules/rule.js';

export interface ValidCase {
  name: string;
  config: EtcdConfig;
}

export interface InvalidCase extends ValidCase {
  findings: { line: number; column: number; level: Level; message?: string[] }[];
}

export function ruleTable(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.meta.id}`, () => {
    it.each(cases.valid)('valid: $name', ({ config }) => {
      expect(rule.evaluate(resolve(config))).toEqual([]);
    });
    it.each(cases.invalid)('invalid: $name', ({ config, findings }) => {
      const actual = rule.evaluate(resolve(config));
      expect(
        actual.map((finding) => ({
          line: finding.span.startLine,
          column: finding.span.startColumn,
          level: finding.level,
        })),
      ).toEqual(findings.map(({ line, column, level }) => ({ line, column, level })));
      for (const [i, expected] of findings.entries()) {
        expect(actual[i]?.ruleId).toBe(rule.meta.id);
        for (const part of expected.message ?? []) expect(actual[i]?.message).toContain(part);
      }
    });
  });
}

export interface ClientCase {
  name: string;
  config: EtcdClientConfig;
  findings?: { line: number; column: number; level: Level; message?: string[] }[];
}

/** The same tables for rules about the kube-apiserver (etcd's client). */
export function clientRuleTable(rule: Rule, cases: { valid: ClientCase[]; invalid: ClientCase[] }): void {
  describe(`${rule.meta.id}`, () => {
    const run = (config: EtcdClientConfig) => rule.evaluateClient?.(resolveClient(config)) ?? [];
    it.each(cases.valid)('valid: $name', ({ config }) => {
      expect(run(config)).toEqual([]);
    });
    it.each(cases.invalid)('invalid: $name', ({ config, findings = [] }) => {
      const actual = run(config);
      expect(
        actual.map((finding) => ({
          line: finding.span.startLine,
          column: finding.span.startColumn,
          level: finding.level,
        })),
      ).toEqual(findings.map(({ line, column, level }) => ({ line, column, level })));
      for (const [i, expected] of findings.entries()) {
        expect(actual[i]?.ruleId).toBe(rule.meta.id);
        for (const part of expected.message ?? []) expect(actual[i]?.message).toContain(part);
      }
    });
  });
}
