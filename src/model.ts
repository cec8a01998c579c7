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
  /** kubeadm `etcd.local.extraArgs`, rendered by kubeadm into `--name=value`. */
  | { kind: 'kubeadm-extra-arg'; shape: 'map' | 'list'; apiVersion: string };

/** One etcd setting as written in a file. */
export interface Setting {
  /** etcd's flag name without dashes, e.g. `auto-tls`, `peer-cert-file`. */
  name: string;
  /** The text of the setting as the user wrote it, for messages (e.g. `--auto-tls=true`). */
  text: string;
  /** The raw string value etcd would receive; undefined for a bare boolean flag. */
  rawValue: string | undefined;
  origin: SettingOrigin;
  span: Span;
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

/** Who renders etcd's final command line, which decides implied settings and how to fix a finding. */
export type Launcher =
  | { kind: 'container'; objectKind: string; objectName: string; namespace?: string; container: string }
  | { kind: 'kubeadm'; apiVersion: string; objectKind: string; objectName?: string };

/** One etcd server process and the settings it would start with. */
export interface EtcdConfig {
  /** The file the settings were read from (report URI base-relative). */
  file: FileRef;
  launcher: Launcher;
  /** Command-line settings in the order etcd parses them (last one wins). */
  flags: Setting[];
  /** Settings the launcher always adds before the user's own (kubeadm: certificate files). */
  impliedFlags: string[];
  /** Problems that stop etcd from starting whatever its settings are. */
  startupProblems: StartupProblem[];
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
  /** Human description of the object, e.g. `Pod kube-system/etcd, container etcd`. */
  subject: string;
  /** One-line fix. */
  fix: string;
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
  /** Sorted by file, line, column, rule. */
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Files read (parsed, or skipped by the prefilter as unable to configure etcd). */
  filesScanned: number;
  /** The text of each file with findings, by absolute path (for SARIF fingerprints). */
  sources: ReadonlyMap<string, string>;
}
