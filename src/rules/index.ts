import { etcdAutoTls } from './etcd-auto-tls.js';
import { etcdPeerAutoTls } from './etcd-peer-auto-tls.js';
import type { Rule, RuleMeta } from './rule.js';

/** The rule registry: drives evaluation, SARIF rules[], --list-rules and the docs table. */
export const RULES: readonly Rule[] = [etcdAutoTls, etcdPeerAutoTls];
export const RULE_METAS: readonly RuleMeta[] = RULES.map((rule) => rule.meta);
