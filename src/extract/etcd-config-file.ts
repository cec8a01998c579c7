import type { Node, Pair } from 'yaml';
import { isScalar, isSeq } from 'yaml';
import { CONFIG_SECTIONS, ETCD_CONFIG_KEYS, flagOfConfigKey, settingSpec } from '../etcd/settings.js';
import type { EtcdConfig, Setting, StartupProblem } from '../model.js';
import type { YamlExtractor } from './extractor.js';
import { scalarValue } from './setting.js';
import type { YamlContext } from './yaml-context.js';
import { yaml11Bool } from './yaml11.js';

/**
 * An etcd YAML configuration file (`--config-file`), recognised by content: a map that is not a
 * Kubernetes object and has etcd's own keys. Works on standalone files and on documents embedded
 * in ConfigMap values (see configmap-embedded.ts). Every key becomes a setting as written; resolve
 * decides which etcd reads (TLS keys only under the transport-security blocks).
 */
export const etcdConfigFileExtractor: YamlExtractor = {
  id: 'etcd-config-file',
  extract(context) {
    const { nav } = context;
    const root = context.root;
    if (!nav.map(root) || nav.get(root, 'apiVersion') || nav.get(root, 'kind')) return [];
    const keys = nav.pairs(root).map((pair) => nav.keyText(pair) ?? '');
    const known = keys.filter((key) => ETCD_CONFIG_KEYS.has(key));
    const hasSection = keys.some((key) => (CONFIG_SECTIONS as readonly string[]).includes(key));
    if (!hasSection && known.length < 2) return [];
    const settings: Setting[] = [];
    const startupProblems: StartupProblem[] = [];
    for (const pair of nav.pairs(root)) {
      const key = nav.keyText(pair) ?? '';
      if ((CONFIG_SECTIONS as readonly string[]).includes(key)) {
        for (const inner of nav.pairs(nav.get(root, key))) {
          const innerKey = nav.keyText(inner) ?? '';
          const name = flagOfConfigKey([key, innerKey]) ?? `${key}.${innerKey}`;
          settings.push(configSetting(context, inner, `${key}.${innerKey}`, name));
        }
        continue;
      }
      const setting = configSetting(context, pair, key, flagOfConfigKey([key]) ?? key);
      settings.push(setting);
      const problem = listForString(context, pair, setting);
      if (problem) startupProblems.push(problem);
    }
    const config: EtcdConfig = {
      file: context.fileRef,
      launcher: { kind: 'config-file', where: context.embedded?.where ?? context.fileRef.relPath },
      span: context.firstKeySpan(),
      kind: 'process',
      completeness:
        context.file.template && !context.embedded
          ? { complete: false, reasons: ['the file is a template'] }
          : { complete: true },
      flags: [],
      env: [],
      configFile: settings,
      implied: [],
      startupProblems,
    };
    return [config];
  },
};

function configSetting(context: YamlContext, pair: Pair, key: string, name: string): Setting {
  const { nav } = context;
  const value = nav.resolve(pair.value) ?? null;
  const source = isScalar(value) ? (value.source ?? String(value.value ?? '')) : '';
  const rawValue = isScalar(value)
    ? value.value === null
      ? ''
      : (nav.text(value) ?? '')
    : isSeq(value)
      ? nav
          .items(value)
          .map((item) => nav.text(item) ?? '')
          .join(',')
      : '';
  const setting: Setting = {
    name,
    key,
    text: `${key}: ${source}`,
    rawValue,
    origin: { kind: 'config-file', key },
    span: context.pairSpan(pair),
    ...scalarValue(context, pair.value),
  };
  if (settingSpec(name)?.type === 'bool') setting.bool = yaml11Bool(value as Node | null);
  return setting;
}

/** URL keys are Go strings in etcd's config: a YAML list there fails decoding (EMPIRICAL C3). */
function listForString(context: YamlContext, pair: Pair, setting: Setting): StartupProblem | undefined {
  if (settingSpec(setting.name)?.type !== 'urls' || !isSeq(context.nav.resolve(pair.value))) return undefined;
  return {
    message: `etcd will not start: \`${setting.key}\` must be one comma-separated string in a config file, not a YAML list (cannot unmarshal array into a string)`,
    span: setting.span,
    flag: setting.name,
  };
}
