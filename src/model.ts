// The data that flows through the pipeline: discover -> load -> extract -> evaluate -> report.
// Rules read only EtcdConfig; reporters read only Finding and Diagnostic.

/** A region of a file: 1-based lines and columns in UTF-16 code units, endColumn exclusive. */
export interface Span {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** A file chosen for scanning. */
export interface FileRef {
  /** Absolute path on disk (symbolic links resolved). */
  absPath: string;
  /** Path relative to the report base, forward slashes, not percent-encoded (e.g. `k8s/etcd pod.yaml`). */
  relPath: string;
}

export type RuleId = 'etcd-auto-tls' | 'etcd-peer-auto-tls';
export type Level = 'error' | 'warning' | 'note';

/** Result of reading a boolean as Go's strconv.ParseBool does. */
export type GoBool =
  | { kind: 'true' }
  | { kind: 'false' }
  /** Not accepted by ParseBool: etcd exits at start-up. `meansTrue` records the evident intent. */
  | { kind: 'invalid'; meansTrue: boolean };

/** How a setting reaches etcd. Extractors for new input forms add variants here. */
export type SettingOrigin =
  /** An argument on etcd's command line, as written in the file. */
  | { kind: 'flag'; inShellScript: boolean }
  /**
   * A field that a tool renders into `--name=value` on etcd's command line: kubeadm and Cluster
   * API `etcd.local.extraArgs`, k0s `extraArgs`/`rawArgs`, RKE `extra_args`.
   */
  | { kind: 'extra-arg'; tool: string; field: string; shape: 'map' | 'list' | 'raw' }
  /** An `ETCD_*` environment variable; `via` says where it is written. */
  | { kind: 'env'; via: string }
  /** A key of etcd's YAML configuration file (`--config-file`), e.g. `client-transport-security.auto-tls`. */
  | { kind: 'config-file'; key: string }
  /** A chart value that makes a Helm chart render the setting, e.g. `auth.peer.useAutoTLS`. */
  | { kind: 'chart-value'; chart: string; renders: string };

/** One etcd setting as written in a file. */
export interface Setting {
  /** etcd's flag name without dashes, e.g. `auto-tls`, `peer-cert-file` (env and config keys map to it). */
  name: string;
  /** The text of the setting as the user wrote it, for messages (e.g. `--auto-tls=true`). */
  text: string;
  /** The raw string value etcd would receive; undefined for a bare boolean flag. */
  rawValue: string | undefined;
  /**
   * The boolean etcd reads, when it is not Go's ParseBool of rawValue (config files are YAML 1.1:
   * `yes`/`on` are true, a quoted "true" is a type error).
   */
  bool?: GoBool;
  origin: SettingOrigin;
  span: Span;
  /** The file the setting is written in, when it is not the config's own file (a ConfigMap key). */
  file?: FileRef;
  /** A caveat on how this setting is applied (e.g. kubeadm duplicate ordering), for messages. */
  caveat?: string;
}

/** Why etcd would refuse to start with this command line, found while parsing it. */
export interface StartupProblem {
  message: string;
  span: Span;
  /** The flag whose value caused the problem, when there is one. */
  flag?: string;
}

/** Who renders etcd's final configuration, which decides implied settings and how to fix a finding. */
export type Launcher =
  | { kind: 'container'; objectKind: string; objectName: string; namespace?: string; container: string }
  /** kubeadm itself, or a tool that renders a kubeadm ClusterConfiguration (Cluster API, kubeadm-config). */
  | { kind: 'kubeadm'; apiVersion: string; objectKind: string; objectName?: string }
  /** An etcd YAML configuration file, standalone or held in a ConfigMap key. */
  | { kind: 'config-file'; where: string }
  | { kind: 'systemd'; unit: string }
  /** A file of `ETCD_*=value` lines read by etcd's service (`/etc/etcd/etcd.env`, `/etc/default/etcd`). */
  | { kind: 'env-file'; path: string }
  | { kind: 'compose'; service: string }
  /** A distribution that runs etcd from its own configuration (k0s, RKE). */
  | { kind: 'distribution'; distribution: string; objectName: string }
  /** A Helm values file of a chart that renders etcd's environment. */
  | { kind: 'chart-values'; chart: string };

/** One etcd server process and the settings it would start with. */
export interface EtcdConfig {
  /** The file the process is described in (report URI base-relative). */
  file: FileRef;
  launcher: Launcher;
  /** Command-line settings in the order etcd parses them (last one wins). */
  flags: Setting[];
  /** `ETCD_*` environment variables, in definition order (a later definition replaces an earlier one). */
  env: Setting[];
  /**
   * Settings from etcd's config file. Present when etcd is started with `--config-file` (or
   * `ETCD_CONFIG_FILE`), possibly empty when the file is not in the scanned set, or when the config
   * is the file itself. etcd then ignores every other flag and variable.
   */
  configFile?: Setting[];
  /** Settings the launcher always adds before the user's own (kubeadm: certificate files). */
  impliedFlags: readonly string[];
  /** Problems that stop etcd from starting whatever its settings are. */
  startupProblems: StartupProblem[];
}

/** A place on a finding's evidence chain other than its own location. */
export interface RelatedLocation {
  file: FileRef;
  /** Where in the file, when one place stands for it (the launcher); the whole file otherwise. */
  span?: Span;
  /** What the file contributes, e.g. `the workload that reads this ConfigMap`. */
  message: string;
}

export interface Finding {
  ruleId: RuleId;
  level: Level;
  /** First sentence stands alone: setting, object, risk. Then caveats and the fix. */
  message: string;
  /** Short title for annotations. */
  title: string;
  file: FileRef;
  span: Span;
  /**
   * The other files on the finding's evidence chain: the workload that reads a ConfigMap value, the
   * unit that reads an env file, the kustomization that applies a patch, the values file that
   * selects a chart. A change to any of them changes the finding (only-changed gating, SARIF
   * relatedLocations).
   */
  related?: RelatedLocation[];
  /** Human description of the object, e.g. `Pod kube-system/etcd, container etcd`. */
  subject: string;
  /** One-line fix. */
  fix: string;
  /** Set when an inline `etcd-tls-guard: ignore[...]` comment with a reason covers the finding. */
  suppression?: { reason: string; line: number };
  /** Set when a baseline was given: whether the finding was already known. */
  baselineState?: 'new' | 'unchanged';
}

/** A problem with the scan itself (unreadable or unparsable file, skipped file): never a crash. */
export interface Diagnostic {
  level: Level;
  /** Stable machine-readable id, e.g. `parse-error`, `file-too-large`. */
  id: string;
  message: string;
  file?: FileRef;
  span?: Span;
}

export interface ScanResult {
  /** Sorted by file, line, column, rule; suppressed findings are not here but in `suppressed`. */
  findings: Finding[];
  /** Findings covered by an inline suppression with a reason (left out of SARIF, counted in reports). */
  suppressed: Finding[];
  diagnostics: Diagnostic[];
  /** Files read (parsed, or skipped by the prefilter as unable to configure etcd). */
  filesScanned: number;
  /** The text of each file with findings, by absolute path (for SARIF fingerprints). */
  sources: ReadonlyMap<string, string>;
}
