import type { TextFile } from '../load/load.js';
import { spanOf } from '../load/positions.js';
import type { Diagnostic, EtcdClientConfig, EtcdConfig, FileRef, Span } from '../model.js';
import type { ScanIndex } from './scan-index.js';
import type { YamlContext } from './yaml-context.js';

/** What extractors get besides their input: the cross-file index and a place for notices. */
export interface ExtractEnv {
  index: ScanIndex;
  /** Records a scan notice (a setting that has no effect, a file only partly analysed...). */
  notify(diagnostic: Diagnostic): void;
  /**
   * Records that a process reads this file (a unit's `EnvironmentFile=`): the file's own fragment
   * config is then dropped, since the process reports its settings with their full context.
   */
  consume(file: FileRef): void;
}

/** An input form found in YAML documents. */
export interface YamlExtractor {
  id: string;
  extract(context: YamlContext, env: ExtractEnv): EtcdConfig[];
}

/** An input form found in line-oriented files (systemd units, env files). */
export interface TextExtractor {
  id: string;
  extract(file: TextFile, env: ExtractEnv): EtcdConfig[];
}

/** A form that configures etcd's client, the kube-apiserver, found in YAML documents. */
export interface ClientYamlExtractor {
  id: string;
  extract(context: YamlContext, env: ExtractEnv): EtcdClientConfig[];
}

/** A form that configures the kube-apiserver, found in line-oriented files (systemd units). */
export interface ClientTextExtractor {
  id: string;
  extract(file: TextFile, env: ExtractEnv): EtcdClientConfig[];
}

/** A single-line span of [start, end) in a text file. */
export function textSpan(file: TextFile, start: number, end: number): Span {
  return spanOf(file.text, file.lineCounter, start, end);
}
