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

export type RuleId = string;
export type Level = 'error' | 'warning' | 'note';

/** Result of reading a boolean as Go's strconv.ParseBool does. */
export type GoBool =
  | { kind: 'true' }
  | { kind: 'false' }
  /** Not accepted by ParseBool: etcd exits at start-up. `meansTrue` records the evident intent. */
  | { kind: 'invalid'; meansTrue: boolean };

/** Where an `ETCD_*` variable is written, for messages and fixes. */
export type EnvSource =
  /** The container's own `env:` list. */
  | { kind: 'container' }
  /** A ConfigMap key read by `envFrom` (every key) or `valueFrom.configMapKeyRef` (one key). */
  | { kind: 'configmap'; name: string; namespace?: string; key?: string; via: 'envFrom' | 'valueFrom' }
  /** An environment file on its own (`/etc/etcd/etcd.env`, `/etc/default/etcd`). */
  | { kind: 'env-file' }
  /** `Environment=` of a systemd unit or drop-in (`of` names it: `the unit`, `the drop-in x.conf`). */
  | { kind: 'unit-environment'; of: string }
  /** A file named by `EnvironmentFile=` of a unit or drop-in. */
  | { kind: 'unit-environment-file'; path: string; of: string }
  /** A Compose service's `environment:`. */
  | { kind: 'compose' }
  /** A field of a tool that puts variables in etcd's environment (kubeadm `extraEnvs`, RKE `extra_env`). */
  | { kind: 'tool-field'; tool: string; field: string }
  /**
   * A variable a script or Dockerfile gives the process: `export ETCD_X=...` earlier in the script,
   * `ETCD_X=... etcd` in front of the command, `docker run -e ETCD_X=...`, a Dockerfile's `ENV`.
   */
  | { kind: 'script'; via: 'export' | 'prefix' | 'docker-env' | 'dockerfile-env' }
  /** A file `docker run --env-file PATH` reads (Docker keeps quotes in values). */
  | { kind: 'docker-env-file'; path: string };

/** How a setting reaches etcd. Extractors for new input forms add variants here. */
export type SettingOrigin =
  /** An argument on etcd's command line, as written in the file. */
  | { kind: 'flag'; inShellScript: boolean }
  /**
   * A field that a tool renders into `--name=value` on etcd's command line: kubeadm and Cluster
   * API `etcd.local.extraArgs`, k0s `extraArgs`/`rawArgs`, RKE `extra_args`, Talos `extraArgs`,
   * k3s/RKE2 `etcd-arg` (which k3s writes into etcd's config file instead).
   */
  | { kind: 'extra-arg'; tool: string; field: string; shape: 'map' | 'list' | 'raw' }
  /** An `ETCD_*` environment variable. */
  | { kind: 'env'; from: EnvSource }
  /**
   * A key of etcd's YAML configuration file (`--config-file`), e.g. `client-transport-security.auto-tls`;
   * `writtenBy` when a tool writes the key from a variable (Bitnami's `ETCD_CFG_*`).
   */
  | { kind: 'config-file'; key: string; writtenBy?: { variable: string; tool: string } }
  /**
   * A chart value that makes a Helm chart render the setting as a variable, e.g.
   * `auth.peer.useAutoTLS`. `absent`: the value is not written, so the chart's own default renders it.
   */
  | { kind: 'chart-value'; chart: string; renders: string; absent?: boolean }
  /**
   * A flag an operator passes because of what its custom resource says or leaves out (the
   * aenix-io etcd-operator passes `--peer-auto-tls` when `field`, a peer certificate Secret, is not
   * set; the coreos etcd-operator listens with http when `field`, a TLS Secret, is not set): the
   * resource is where it is configured, so it is reported there.
   */
  | { kind: 'operator'; operator: string; field: string }
  /**
   * A value the launcher always passes (kubeadm's certificate files and https URLs...): part of the
   * effective configuration, never reported itself. `as` says how etcd receives it.
   */
  | { kind: 'launcher-default'; tool: string; as: 'flag' | 'config-file' };

/** One etcd setting as written in a file (or implied by its launcher). */
export interface Setting {
  /** etcd's flag name without dashes, e.g. `auto-tls`, `peer-cert-file` (env and config keys map to it). */
  name: string;
  /**
   * The key as written: `--auto-tls`, `ETCD_AUTO_TLS`, `client-transport-security.auto-tls`, the
   * extraArgs key `auto-tls`, the chart value `auth.peer.useAutoTLS`.
   */
  key: string;
  /** The text of the setting as the user wrote it, for messages (e.g. `--auto-tls=true`). */
  text: string;
  /** The raw string value etcd would receive; undefined for a bare boolean flag. */
  rawValue: string | undefined;
  /**
   * The value is a template expression or an unexpanded variable (`--auto-tls={{ .Values.x }}`,
   * `value: {{ .Values.y | quote }}`): the setting is there, its value is not known.
   */
  valueUnknown?: boolean;
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
  /**
   * Written under a template condition or loop (`{{ if }}`...`{{ end }}`): the file may render it
   * once, many times or never. Set by the extract stage from the file's template analysis, with the
   * decision when the repository's values decide it (src/extract/template-conditions.ts).
   */
  conditional?: TemplateCondition;
  /**
   * Where characters [from, to) of `rawValue` are written, when the extractor can place them (one
   * URL of a comma-separated list); undefined where it cannot, and the setting's span stands for it.
   */
  locateValue?: (from: number, to: number) => Span | undefined;
}

/** The template conditions a setting is written under, and whether the repository decides them. */
export interface TemplateCondition {
  /** The enclosing conditions as written, outermost first: `{{ if .Values.tls }}`, `{% if x %}`. */
  text: string;
  /** true: some values the repository applies render it; false: none does; absent: not decided. */
  rendered?: boolean;
  /** What decides it, for messages: `values.yaml sets \`tls.enabled: true\``. */
  because?: string;
  /**
   * Set when a shell script's own control flow holds it (`export ETCD_AUTO_TLS=true` inside an
   * `if`): the script, not a template, may or may not set it; `text` is the line that opens it.
   */
  script?: boolean;
  /** Where the value that decides it is written, when it is another file (a related location). */
  decidedBy?: RelatedLocation;
}

/** Why etcd would refuse to start with this configuration. */
export interface StartupProblem {
  message: string;
  span: Span;
  /** The file the problem is in, when it is not the config's own file. */
  file?: FileRef;
  /** The setting whose value caused the problem, when there is one. */
  flag?: string;
  /**
   * The side of etcd the problem is about, when `flag` does not say (a flag and its variable both
   * set). A problem of neither side stops the whole process.
   */
  side?: 'client' | 'peer';
}

/** Who renders etcd's final configuration, which decides implied settings and how to fix a finding. */
export type Launcher =
  | {
      kind: 'container';
      objectKind: string;
      objectName: string;
      namespace?: string;
      container: string;
      /** Set when the manifest does not name etcd and the image runs it: how (`the image x runs etcd (its CMD)`). */
      imageProgram?: string;
    }
  /** kubeadm itself, or a tool that renders a kubeadm ClusterConfiguration (Cluster API, kubeadm-config). */
  | { kind: 'kubeadm'; apiVersion: string; objectKind: string; objectName?: string }
  /** An etcd YAML configuration file, standalone or held in a ConfigMap key. */
  | { kind: 'config-file'; where: string }
  | { kind: 'systemd'; unit: string }
  /** A file of `ETCD_*=value` lines read by etcd's service (`/etc/etcd/etcd.env`, `/etc/default/etcd`). */
  | { kind: 'env-file'; path: string }
  | { kind: 'compose'; service: string; imageProgram?: string }
  /** A distribution that runs etcd from its own configuration (k0s, RKE, k3s/RKE2, Talos). */
  | { kind: 'distribution'; distribution: Distribution; objectName: string }
  /**
   * Helm values of a chart that renders etcd's environment: a values file, or a release that applies
   * values to the chart (`release`: an Argo CD Application, a Flux HelmRelease, a helmfile release,
   * `helm install` in a script).
   */
  | { kind: 'chart-values'; chart: string; release?: string }
  /** A command line of a shell script (or of a script inside it: `ssh host "..."`, `bash -c`). */
  | { kind: 'shell-script'; path: string }
  /** `docker run` (or podman, nerdctl) of an image with etcd as the command, in a script. */
  | { kind: 'docker-run'; path: string; image: string }
  /**
   * A Dockerfile's `CMD`/`ENTRYPOINT`, the program its image runs, or its `ENV` when the program
   * comes from the base image (`stage`: a named build stage other than the last).
   */
  | { kind: 'dockerfile'; path: string; instruction: 'CMD' | 'ENTRYPOINT' | 'ENV'; stage?: string }
  /**
   * A custom resource that an operator turns into etcd's command line (aenix-io etcd-operator's
   * EtcdCluster) or into etcd pods (coreos etcd-operator's EtcdCluster).
   */
  | { kind: 'operator'; operator: string; objectKind: string; objectName: string; namespace?: string };

export type Distribution = 'k0s' | 'RKE' | 'k3s/RKE2' | 'Talos';

/**
 * Whether the configuration shows everything etcd will get. Only a complete configuration lets a
 * rule read meaning into a setting's absence (etcd's plaintext defaults); an open one lists why
 * settings may come from elsewhere (an unresolved `envFrom`, a template placeholder...).
 */
export type Completeness = { complete: true } | { complete: false; reasons: readonly string[] };

/** One etcd server process (or a part of one) and the settings it would start with. */
export interface EtcdConfig {
  /** The file the process is described in (report URI base-relative). */
  file: FileRef;
  launcher: Launcher;
  /**
   * Where the launcher is written: the `etcd` word of the command, the config file's first key,
   * the extraArgs of kubeadm, the values key that selects the chart. A finding about a setting that
   * is absent is anchored here.
   */
  span: Span;
  /**
   * `process`: the whole of what starts etcd. `fragment`: a part whose process is out of sight (an
   * env file on its own, a unit drop-in without its unit): explicit values count, absence never.
   */
  kind: 'process' | 'fragment';
  completeness: Completeness;
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
  /** Settings the launcher always passes before the user's own (origin `launcher-default`). */
  implied: Setting[];
  /** Problems found while reading the configuration that stop etcd from starting. */
  startupProblems: StartupProblem[];
  /** Other files this process's settings come through (a kustomization, a values file). */
  related?: RelatedLocation[];
  /**
   * The kube-apiserver's `--client-ca-file` of the same cluster (kubeadm's `<certificatesDir>/ca.crt`,
   * or a kube-apiserver manifest next to this one), with which etcd must not share its trusted CA.
   */
  clusterClientCa?: Setting;
}

/** Who starts the kube-apiserver (an etcd client) and renders its `--etcd-*` flags. */
export type ClientLauncher =
  | { kind: 'container'; objectKind: string; objectName: string; namespace?: string; container: string }
  | { kind: 'systemd'; unit: string }
  /** A tool that runs the kube-apiserver against an external etcd: kubeadm/Cluster API, k0s, RKE. */
  | { kind: 'tool'; tool: string; objectKind: string; objectName?: string; field: string };

/**
 * A kube-apiserver (etcd's client) as a file describes it: the etcd endpoints it dials and the
 * files it dials them with. Flags are read as pflag reads them (src/etcd/apiserver.ts resolves).
 */
export interface EtcdClientConfig {
  file: FileRef;
  launcher: ClientLauncher;
  /** The `kube-apiserver` word, or the tool's field (`etcd.external`): absence is anchored here. */
  span: Span;
  completeness: Completeness;
  /**
   * `--etcd-servers`, `--etcd-servers-overrides`, `--etcd-certfile`, `--etcd-keyfile`,
   * `--etcd-cafile` in argv order (or the tool fields that render them, named as those flags).
   */
  flags: Setting[];
  /** Flags the tool passes itself (RKE always passes the three files): never reported. */
  implied: Setting[];
  /** Why the kube-apiserver (or the tool rendering it) would refuse to start. */
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
