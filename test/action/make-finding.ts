import type { Finding, Level, RuleId } from '../../src/model.js';

/** A finding with just enough in it for reports and the Action's bookkeeping. */
export function makeFinding(
  relPath: string,
  line: number,
  options: { level?: Level; ruleId?: RuleId; baselineState?: 'new' | 'unchanged'; reason?: string } = {},
): Finding {
  const ruleId = options.ruleId ?? 'etcd-auto-tls';
  return {
    ruleId,
    level: options.level ?? 'error',
    message: `etcd is started with \`--auto-tls=true\` in ${relPath}`,
    title: 'etcd client auto-TLS is enabled',
    file: { absPath: `/ws/${relPath}`, relPath },
    span: { startLine: line, startColumn: 7, endLine: line, endColumn: 22 },
    subject: `Pod kube-system/etcd-${line}, container etcd`,
    fix: 'remove `--auto-tls`',
    ...(options.baselineState ? { baselineState: options.baselineState } : {}),
    ...(options.reason ? { suppression: { reason: options.reason, line: line - 1 } } : {}),
  };
}
