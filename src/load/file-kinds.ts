// What a file is by its name, where several stages need to know (discovery patterns, the
// prefilter, parsing, extraction). Kept free of parser imports: worker threads load it.

const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

function basename(relPath: string): string {
  return relPath.slice(relPath.lastIndexOf('/') + 1);
}

/** Whether a file is named as kustomize looks for it in a directory. */
export function isKustomizationName(relPath: string): boolean {
  return KUSTOMIZATION_NAMES.has(basename(relPath));
}

/** Names read as YAML (JSON included); every other discovered file is read as text. */
const YAML_NAME = /\.(ya?ml|json|manifest)$/i;

export function isYamlName(relPath: string): boolean {
  return YAML_NAME.test(relPath);
}

/**
 * Values files of a Helm chart directory: `values.yaml` and the override files kept beside it
 * (`values-prod.yaml`, `values.prod.yaml`, `prod-values.yaml`, `prod.values.yaml`, `_` too).
 */
export function isValuesFileName(name: string): boolean {
  const lower = basename(name).toLowerCase();
  const stem = lower.endsWith('.yaml')
    ? lower.slice(0, -5)
    : lower.endsWith('.yml')
      ? lower.slice(0, -4)
      : undefined;
  if (stem === undefined) return false;
  if (stem === 'values') return true;
  return (
    ['values-', 'values.', 'values_'].some((p) => stem.startsWith(p)) ||
    ['-values', '.values', '_values'].some((p) => stem.endsWith(p))
  );
}

/** Files that decide a template's conditions: values files, `Chart.yaml`, Ansible variable files. */
export function isTemplateValuesPath(relPath: string): boolean {
  const name = basename(relPath);
  if (isValuesFileName(name) || name === 'Chart.yaml') return true;
  const segments = relPath.split('/');
  if (segments.includes('group_vars') || segments.includes('host_vars')) return true;
  const parent = segments[segments.length - 2];
  return (parent === 'defaults' || parent === 'vars') && (name === 'main.yml' || name === 'main.yaml');
}
