import { resolveClient } from '../etcd/apiserver.js';
import { problemSide } from '../etcd/posture.js';
import { resolve } from '../etcd/resolve.js';
import type { Diagnostic, EtcdClientConfig, EtcdConfig, Finding } from '../model.js';
import { describeLauncher, ineffectiveMessage } from './describe.js';
import { describeClientLauncher } from './describe-tls.js';
import { RULES } from './index.js';
import type { Rule } from './rule.js';

export interface Evaluation {
  findings: Finding[];
  /** Settings written where etcd never reads them, and configurations etcd would not start with (a note each). */
  notices: Diagnostic[];
}

/**
 * Resolves each process once and runs every rule on it, then each kube-apiserver (etcd's client).
 * A setting reached twice (a node shared through a YAML alias, a file read by two units) gives one
 * finding per rule and place; the first config to report it wins, so processes go before the
 * fragments they read (see extract/index.ts). A configuration etcd would not start with gives a
 * notice per problem instead of TLS-posture findings for the side it stops.
 */
export function evaluate(
  configs: readonly EtcdConfig[],
  rules: readonly Rule[] = RULES,
  clients: readonly EtcdClientConfig[] = [],
): Evaluation {
  const findings: Finding[] = [];
  const notices: Diagnostic[] = [];
  const seenFindings = new Set<string>();
  const seenNotices = new Set<string>();
  const add = (finding: Finding) => {
    const key = JSON.stringify([finding.ruleId, finding.file.relPath, finding.span]);
    if (seenFindings.has(key)) return;
    seenFindings.add(key);
    findings.push(finding);
  };
  const notice = (diagnostic: Diagnostic & Required<Pick<Diagnostic, 'file' | 'span'>>) => {
    const key = JSON.stringify([diagnostic.file.relPath, diagnostic.span]);
    if (seenNotices.has(key)) return;
    seenNotices.add(key);
    notices.push(diagnostic);
  };
  for (const config of configs) {
    const effective = resolve(config);
    for (const rule of rules) for (const finding of rule.evaluate(effective)) add(finding);
    for (const ineffective of effective.ineffective) {
      notice({
        level: 'note',
        id: 'ineffective-setting',
        message: ineffectiveMessage(ineffective),
        file: ineffective.setting.file ?? config.file,
        span: ineffective.setting.span,
      });
    }
    for (const problem of effective.startupProblems) {
      const side = problemSide(problem);
      notice({
        level: 'note',
        id: 'etcd-will-not-start',
        message: `${describeLauncher(config.launcher)}: ${problem.message}. The TLS posture of ${side ? `its ${side} side` : 'this etcd'} is judged once it can start.`,
        file: problem.file ?? config.file,
        span: problem.span,
      });
    }
  }
  for (const config of clients) {
    const client = resolveClient(config);
    for (const rule of rules) for (const finding of rule.evaluateClient?.(client) ?? []) add(finding);
    for (const problem of client.startupProblems) {
      notice({
        level: 'note',
        id: 'kube-apiserver-will-not-start',
        message: `${describeClientLauncher(config.launcher)}: ${problem.message}. Its connection to etcd is judged once it can start.`,
        file: problem.file ?? config.file,
        span: problem.span,
      });
    }
  }
  return { findings, notices };
}
