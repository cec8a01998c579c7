// Rule templates for the kube-apiserver's connection to etcd (shared/research/semantics-tls-posture.md
// §2.6, §5.3): a plaintext endpoint, and a TLS connection without a client certificate or without
// etcd's CA. They read the resolved client (src/etcd/apiserver.ts), never YAML.

import type { ClientFileName, EffectiveClient, EtcdEndpoint } from '../etcd/apiserver.js';
import { urlSpan } from '../etcd/posture.js';
import { isTls } from '../etcd/urls.js';
import type { Finding, Level, Setting, Span } from '../model.js';
import { clientFix, describeClientLauncher, describeEndpoint } from './describe-tls.js';
import type { Rule, RuleMeta } from './rule.js';
import { conditionalCaveat, conditionalLevel, ownedFinding } from './templates.js';

function clientFinding(
  meta: RuleMeta,
  client: EffectiveClient,
  at: { span: Span; file?: EffectiveClient['config']['file'] | undefined; setting?: Setting | undefined },
  level: Level,
  title: string,
  message: string,
  fix: string,
): Finding {
  const subject = describeClientLauncher(client.config.launcher);
  return ownedFinding(meta, client.config, at, level, title, message, subject, fix);
}

/** Endpoints the rules may report: written by the user (a template's condition decides the level). */
function reportable(client: EffectiveClient): EtcdEndpoint[] {
  return client.endpoints.filter((endpoint) => endpoint.setting.origin.kind !== 'launcher-default');
}

/**
 * `http://` endpoints: the etcd client drops TLS for them whatever files are given (CredsDrop). One
 * finding per setting key (`--etcd-servers`, `--etcd-servers-overrides`, a tool's endpoint list) at
 * its worst endpoint; `unix://` (kine's local socket) is not reported.
 */
export function plaintextEndpoints(meta: RuleMeta, title: string): Rule {
  return {
    meta,
    evaluate: () => [],
    evaluateClient(client) {
      if (client.startupProblems.length > 0) return [];
      const byKey = new Map<string, EtcdEndpoint[]>();
      for (const endpoint of reportable(client)) {
        if (endpoint.url.scheme !== 'http') continue;
        byKey.set(endpoint.setting.key, [...(byKey.get(endpoint.setting.key) ?? []), endpoint]);
      }
      return [...byKey.values()].flatMap((endpoints) => {
        const worst = endpoints.find((e) => e.url.reach === 'network') ?? (endpoints[0] as EtcdEndpoint);
        const network = worst.url.reach === 'network';
        const level = conditionalLevel(worst.setting, network ? 'error' : 'warning');
        if (!level) return [];
        const subject = describeClientLauncher(client.config.launcher);
        const first = `${subject}: ${describeEndpoint(worst.setting)} makes the kube-apiserver talk to etcd at ${worst.url.text} without TLS: every object it stores, Secrets included, crosses ${network ? 'the network' : 'the host'} in clear text, whatever \`--etcd-certfile\`/\`--etcd-cafile\` say (the etcd client drops TLS for http:// endpoints) (CIS Kubernetes ${meta.cis}).`;
        const caveats = [
          ...conditionalCaveat(worst.setting),
          ...(network
            ? worst.setting.valueUnknown
              ? ['The host is a placeholder, so the endpoint may be on any machine.']
              : []
            : ['The endpoint is on loopback, so the traffic stays on the host.']),
        ];
        const fix = clientFix(client.config.launcher, 'https');
        const message = [first, ...caveats, `Fix: ${fix}`].join(' ');
        const at = {
          span: urlSpan(worst.setting, worst.url),
          file: worst.setting.file,
          setting: worst.setting,
        };
        return [clientFinding(meta, client, at, level, title, message, fix)];
      });
    },
  };
}

export interface MissingFileSpec {
  title: string;
  /** The files that must be given. */
  files: readonly ClientFileName[];
  /** What the kube-apiserver does without them, after `so`. */
  effect: string;
  what: 'certificate' | 'ca';
}

/**
 * A TLS endpoint (`https://`, `unixs://`, in `--etcd-servers` or an override) and a file flag that
 * is absent in a complete configuration, or written empty. One finding per kube-apiserver, on the
 * empty flag if there is one, else on the launcher.
 */
export function missingClientFile(meta: RuleMeta, spec: MissingFileSpec): Rule {
  return {
    meta,
    evaluate: () => [],
    evaluateClient(client) {
      if (client.startupProblems.length > 0) return [];
      const tls = client.endpoints.find((endpoint) => isTls(endpoint.url.scheme));
      if (!tls) return [];
      const files = spec.files.map((name) => client.file(name));
      if (!files.every((file) => file.state === 'absent' || file.state === 'empty')) return [];
      const written = files.find((file) => file.state === 'empty')?.setting;
      const level = written ? conditionalLevel(written, meta.defaultLevel) : meta.defaultLevel;
      if (!level) return [];
      const subject = describeClientLauncher(client.config.launcher);
      const flags = spec.files.map((name) => `\`--${name}\``).join('/');
      const first = `${subject}: the kube-apiserver dials etcd over TLS (${tls.url.text}) without ${flags}, so ${spec.effect} (CIS Kubernetes ${meta.cis}).`;
      const fix = clientFix(client.config.launcher, spec.what);
      const message = [first, ...(written ? conditionalCaveat(written) : []), `Fix: ${fix}`].join(' ');
      const at = written
        ? { span: written.span, file: written.file, setting: written }
        : { span: client.config.span };
      return [clientFinding(meta, client, at, level, spec.title, message, fix)];
    },
  };
}
