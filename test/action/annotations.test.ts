import { afterEach, describe, expect, it, vi } from 'vitest';
import { emitAnnotations, planAnnotations } from '../../src/action/annotations.js';
import type { Diagnostic } from '../../src/model.js';
import { makeFinding } from './make-finding.js';

/** Runs `work` and returns the lines @actions/core wrote to standard output. */
function stdoutOf(work: () => void): string[] {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    work();
  } finally {
    spy.mockRestore();
  }
  return written.join('').split('\n').filter(Boolean);
}

afterEach(() => vi.restoreAllMocks());

describe('annotation budget', () => {
  it('emits 10 error annotations for 25 error findings, then one notice counting the other 15', () => {
    const findings = Array.from({ length: 25 }, (_, i) =>
      makeFinding(`k8s/etcd-${String(i).padStart(2, '0')}.yaml`, 14),
    );
    const lines = stdoutOf(() => emitAnnotations(planAnnotations(findings, [])));
    expect(lines.filter((line) => line.startsWith('::error'))).toHaveLength(10);
    expect(lines.filter((line) => line.startsWith('::notice'))).toHaveLength(1);
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe(
      '::error title=etcd client auto-TLS is enabled [etcd-auto-tls],file=k8s/etcd-00.yaml,line=14,endLine=14,col=7,endColumn=22::etcd is started with `--auto-tls=true` in k8s/etcd-00.yaml',
    );
    expect(lines[9]).toContain('file=k8s/etcd-09.yaml');
    expect(lines[10]).toBe(
      '::notice title=etcd-tls-guard%3A more results than annotations::etcd-tls-guard: 15 findings (15 errors) not annotated, because GitHub shows at most 10 error, 10 warning and 10 notice annotations per step. The job summary and the SARIF report list every finding.',
    );
  });

  it('emits everything and no closing notice when each level fits', () => {
    const findings = [
      ...Array.from({ length: 10 }, (_, i) => makeFinding('a.yaml', i + 1)),
      ...Array.from({ length: 10 }, (_, i) => makeFinding('b.yaml', i + 1, { level: 'warning' })),
      ...Array.from({ length: 10 }, (_, i) => makeFinding('c.yaml', i + 1, { level: 'note' })),
    ];
    const plan = planAnnotations(findings, []);
    expect(plan.annotations).toHaveLength(30);
    expect(plan.annotations.every((a) => a.title !== 'etcd-tls-guard: more results than annotations')).toBe(
      true,
    );
  });

  it('orders errors before warnings before notices, changed files first, then file and line', () => {
    const findings = [
      makeFinding('z.yaml', 1, { level: 'note' }),
      makeFinding('b.yaml', 9, { level: 'warning' }),
      makeFinding('b.yaml', 3),
      makeFinding('a.yaml', 5),
      makeFinding('c.yaml', 2),
    ];
    const plan = planAnnotations(findings, [], { changedFiles: new Set(['c.yaml']) });
    expect(plan.annotations.map((a) => `${a.level} ${a.file}:${a.line}`)).toEqual([
      'error c.yaml:2',
      'error a.yaml:5',
      'error b.yaml:3',
      'warning b.yaml:9',
      'notice z.yaml:1',
    ]);
  });

  it('keeps findings in changed files when the budget cuts', () => {
    const findings = Array.from({ length: 15 }, (_, i) =>
      makeFinding(`f${String(i).padStart(2, '0')}.yaml`, 1),
    );
    const plan = planAnnotations(findings, [], { changedFiles: new Set(['f13.yaml', 'f14.yaml']) });
    const files = plan.annotations.filter((a) => a.level === 'error').map((a) => a.file);
    expect(files.slice(0, 2)).toEqual(['f13.yaml', 'f14.yaml']);
    expect(files).toHaveLength(10);
    expect(plan.omitted.error.findings).toBe(5);
  });

  it('leaves room for annotations the step emits itself (the failure message, warnings)', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => makeFinding('e.yaml', i + 1)),
      ...Array.from({ length: 12 }, (_, i) => makeFinding('w.yaml', i + 1, { level: 'warning' })),
    ];
    const plan = planAnnotations(findings, [], { reserved: { error: 1, warning: 2 } });
    const count = (level: string) => plan.annotations.filter((a) => a.level === level).length;
    expect(count('error')).toBe(9);
    expect(count('warning')).toBe(8);
    expect(count('notice')).toBe(1);
    expect(plan.annotations.at(-1)?.message).toContain('7 findings (3 errors, 4 warnings) not annotated');
  });

  it('gives the closing notice a notice slot when notices overflow', () => {
    const findings = Array.from({ length: 12 }, (_, i) => makeFinding('n.yaml', i + 1, { level: 'note' }));
    const plan = planAnnotations(findings, []);
    expect(plan.annotations).toHaveLength(10);
    expect(plan.annotations.at(-1)?.message).toContain('3 findings (3 notices) not annotated');
  });

  it('annotates suppression problems after the findings of their level and counts them apart', () => {
    const problem = (line: number): Diagnostic => ({
      level: 'warning',
      id: 'invalid-suppression',
      message: 'suppression comment without a reason is not applied',
      file: { absPath: '/ws/p.yaml', relPath: 'p.yaml' },
      span: { startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
    });
    const findings = Array.from({ length: 10 }, (_, i) => makeFinding('w.yaml', i + 1, { level: 'warning' }));
    const plan = planAnnotations(findings, [problem(1), problem(2)]);
    expect(plan.annotations.filter((a) => a.level === 'warning').every((a) => a.file === 'w.yaml')).toBe(
      true,
    );
    expect(plan.annotations.at(-1)?.message).toContain('etcd-tls-guard: 2 scan notices not annotated');
  });
});
