import { apiServerEtcdCaFileMissing } from './apiserver-etcd-cafile-missing.js';
import { apiServerEtcdClientCertMissing } from './apiserver-etcd-client-cert-missing.js';
import { apiServerEtcdPlaintext } from './apiserver-etcd-plaintext.js';
import { etcdAutoTls } from './etcd-auto-tls.js';
import { etcdClientCertAuthDisabled } from './etcd-client-cert-auth-disabled.js';
import { etcdClientPlaintext } from './etcd-client-plaintext.js';
import { etcdPeerAutoTls } from './etcd-peer-auto-tls.js';
import { etcdPeerClientCertAuthDisabled } from './etcd-peer-client-cert-auth-disabled.js';
import { etcdPeerPlaintext } from './etcd-peer-plaintext.js';
import { etcdSharedCa } from './etcd-shared-ca.js';
import type { Rule, RuleMeta } from './rule.js';

/** The rule registry: drives evaluation, SARIF rules[], --list-rules and the docs table. */
export const RULES: readonly Rule[] = [
  etcdAutoTls,
  etcdPeerAutoTls,
  etcdClientPlaintext,
  etcdPeerPlaintext,
  etcdClientCertAuthDisabled,
  etcdPeerClientCertAuthDisabled,
  etcdSharedCa,
  apiServerEtcdPlaintext,
  apiServerEtcdClientCertMissing,
  apiServerEtcdCaFileMissing,
];
export const RULE_METAS: readonly RuleMeta[] = RULES.map((rule) => rule.meta);
