// Line-oriented files that are templates: by suffix (`etcd.service.j2`, `etcd.env.erb`,
// `etcd.sh.tmpl`), or by content where their own syntax never writes `{{` or `{%` (systemd units,
// env files) or where they live among templates (a `templates/` directory of an Ansible role or a
// Helm chart).

import { formPath, isDockerfileName, isShellScriptName, templateSyntaxOf } from './file-kinds.js';
import { analyseTemplate, type TemplateInfo } from './template.js';

/**
 * The template analysis of a text file, or undefined when it is no template. A shell script or a
 * Dockerfile outside `templates/` is read as written even when it holds `{{ }}`: there those are
 * Go-template format strings handed to `docker inspect -f` or `kubectl -o go-template`, which the
 * shell reader already takes as opaque placeholders.
 */
export function textTemplate(relPath: string, text: string): TemplateInfo | undefined {
  const syntax = templateSyntaxOf(relPath);
  if (syntax) return analyseTemplate(text, { syntax, lines: 'text' });
  if (!/(^|\/)templates\//.test(relPath) && scriptName(relPath)) return undefined;
  return analyseTemplate(text, { lines: 'text' });
}

function scriptName(relPath: string): boolean {
  const path = formPath(relPath);
  return (
    isShellScriptName(path) || isDockerfileName(path) || !path.slice(path.lastIndexOf('/') + 1).includes('.')
  );
}
