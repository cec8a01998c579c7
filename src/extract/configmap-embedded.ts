import { parseEmbeddedDocuments } from '../load/yaml-parse.js';
import type { EtcdConfig } from '../model.js';
import { etcdConfigFileExtractor } from './etcd-config-file.js';
import type { YamlExtractor } from './extractor.js';
import { kubeadmExtractor } from './kubeadm.js';
import { kubernetesObjects } from './kubernetes-objects.js';
import { appendAll } from './shell-text.js';
import { YamlContext } from './yaml-context.js';

/** Forms that a ConfigMap value can hold as a whole file. */
const EMBEDDABLE: readonly YamlExtractor[] = [kubeadmExtractor, etcdConfigFileExtractor];

/**
 * ConfigMap values holding a whole YAML file: the `kube-system/kubeadm-config` ConfigMap (its
 * `ClusterConfiguration` key), or an etcd config file mounted into a pod. Each value is parsed as
 * its own document and read by the same extractors as a file would be, with spans mapped back to
 * the exact lines of the ConfigMap.
 */
export const configMapEmbeddedExtractor: YamlExtractor = {
  id: 'configmap-embedded',
  extract(context, env) {
    const { nav } = context;
    const configs: EtcdConfig[] = [];
    for (const object of kubernetesObjects(context)) {
      if (nav.text(nav.get(object, 'kind')) !== 'ConfigMap') continue;
      const metadata = nav.get(object, 'metadata');
      const name = context.shownText(nav.get(metadata, 'name')) ?? '(unnamed)';
      const namespace = context.shownText(nav.get(metadata, 'namespace'));
      for (const pair of nav.pairs(nav.get(object, 'data'))) {
        const value = nav.resolve(pair.value);
        const text = nav.text(value);
        const map = value ? context.scalarMap(value) : undefined;
        if (!value || !text || !map || !text.includes('\n') || !text.includes(':')) continue;
        const where = `ConfigMap ${namespace ? `${namespace}/` : ''}${name} key ${nav.keyText(pair) ?? ''}`;
        for (const doc of parseEmbeddedDocuments(text)) {
          const fallback = context.nodeSpan(value);
          const embedded = new YamlContext(context.file, doc, { text, map, where, fallback });
          for (const extractor of EMBEDDABLE) appendAll(configs, extractor.extract(embedded, env));
        }
      }
    }
    return configs;
  },
};
