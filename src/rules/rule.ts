import type { EtcdConfig, Finding, Level, RuleId } from '../model.js';

/** Everything the reports, `--list-rules` and the docs say about a rule, kept in one place. */
export interface RuleMeta {
  id: RuleId;
  /** PascalCase name for SARIF `rule.name`. */
  name: string;
  /** The CIS Kubernetes Benchmark recommendation the rule implements. */
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

export interface Rule {
  meta: RuleMeta;
  evaluate(config: EtcdConfig): Finding[];
}
