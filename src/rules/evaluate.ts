import { resolve } from '../etcd/resolve.js';
import type { Diagnostic, EtcdConfig, Finding } from '../model.js';
import { ineffectiveMessage } from './describe.js';
import { RULES } from './index.js';
import type { Rule } from './rule.js';

export interface Evaluation {
  findings: Finding[];
  /** Settings written where etcd never reads them (a note each). */
  notices: Diagnostic[];
}

/**
 * Resolves each process once and runs every rule on it. A setting reached twice (a node shared
 * through a YAML alias, a file read by two units) gives one finding per rule and place; the first
 * config to report it wins, so processes go before the fragments they read (see extract/index.ts).
 */
export function evaluate(configs: readonly EtcdConfig[], rules: readonly Rule[] = RULES): Evaluation {
  const findings: Finding[] = [];
  const notices: Diagnostic[] = [];
  const seenFindings = new Set<string>();
  const seenNotices = new Set<string>();
  for (const config of configs) {
    const effective = resolve(config);
    for (const rule of rules) {
      for (const finding of rule.evaluate(effective)) {
        const key = JSON.stringify([finding.ruleId, finding.file.relPath, finding.span]);
        if (seenFindings.has(key)) continue;
        seenFindings.add(key);
        findings.push(finding);
      }
    }
    for (const ineffective of effective.ineffective) {
      const file = ineffective.setting.file ?? config.file;
      const key = JSON.stringify([file.relPath, ineffective.setting.span]);
      if (seenNotices.has(key)) continue;
      seenNotices.add(key);
      notices.push({
        level: 'note',
        id: 'ineffective-setting',
        message: ineffectiveMessage(ineffective),
        file,
        span: ineffective.setting.span,
      });
    }
  }
  return { findings, notices };
}
