import type { EffectiveClient } from '../etcd/apiserver.js';
import type { EffectiveConfig } from '../etcd/resolve.js';
import type { Finding, Level } from '../model.js';

/** Everything the reports, `--list-rules` and the docs say about a rule, kept in one place. */
export interface RuleMeta {
  /** kebab-case id, also the name of its docs page and test table. */
  id: string;
  /** PascalCase name for SARIF `rule.name`. */
  name: string;
  /** The CIS Kubernetes Benchmark recommendation the rule implements (or is tagged with). */
  cis: string;
  /** The etcd setting the rule is about, e.g. `--auto-tls`. */
  setting: string;
  defaultLevel: Level;
  /** GitHub security-severity score (string holding a number, high band 7.0-8.9). */
  securitySeverity: string;
  precision: 'very-high' | 'high' | 'medium' | 'low';
  tags: string[];
  shortDescription: string;
  fullDescription: string;
  /** Plain-text help (SARIF help.text). */
  helpText: string;
  /** Markdown help with remediation and links (SARIF help.markdown, rendered by GitHub). */
  helpMarkdown: string;
  /** Repository-relative path of the rule's documentation page. */
  docsPath: string;
}

/**
 * A rule reads one etcd process's effective configuration (src/etcd/resolve.ts), or one
 * kube-apiserver's view of etcd (src/etcd/apiserver.ts), never YAML.
 */
export interface Rule {
  meta: RuleMeta;
  evaluate(effective: EffectiveConfig): Finding[];
  /** Rules about etcd's client, the kube-apiserver. */
  evaluateClient?(client: EffectiveClient): Finding[];
}
