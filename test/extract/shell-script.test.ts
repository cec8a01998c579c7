import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFiles } from '../../src/extract/index.js';
import type { Diagnostic, Finding } from '../../src/model.js';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../support/fixtures.js';
import { AUTO_TLS_ONLY, findingsInFiles, loadInMemory, where } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';
const BASE = path.join(FIXTURES, 'shell-script');

/** The text a finding's single-line region covers in its fixture. */
function covered(finding: Finding): string {
  const text = readFileSync(path.join(BASE, finding.file.relPath), 'utf8');
  const line = text.split('\n')[finding.span.startLine - 1] ?? '';
  return line.slice(finding.span.startColumn - 1, finding.span.endColumn - 1);
}

async function scanned(...paths: string[]) {
  const result = await scan({ base: BASE, paths, rules: AUTO_TLS_ONLY });
  return result.findings.map((f) => ({
    file: f.file.relPath,
    rule: f.ruleId,
    line: f.span.startLine,
    column: f.span.startColumn,
    text: covered(f),
  }));
}

describe('shell scripts: here-documents read as the file they write', () => {
  it('an etcd config written on a remote host (ssh "cat > ... << EOF")', async () => {
    expect(await scanned('binary-install.sh')).toEqual([
      { file: 'binary-install.sh', rule: A, line: 15, column: 3, text: 'auto-tls: true' },
    ]);
  });

  it('env files (<<- and a known variable), a unit with the env file it names, kubeadm on stdin; traps', async () => {
    expect(await scanned('heredocs.sh')).toEqual([
      // `${PEER_TLS}` is `true`, set on the straight line above; the tab of `<<-` is stripped.
      { file: 'heredocs.sh', rule: P, line: 8, column: 2, text: `ETCD_PEER_AUTO_TLS=\${PEER_TLS}` },
      // Read by the unit written at line 17 (EnvironmentFile=/etc/etcd/tls.env), not on its own.
      { file: 'heredocs.sh', rule: A, line: 23, column: 1, text: 'ETCD_AUTO_TLS="true"' },
      { file: 'heredocs.sh', rule: P, line: 33, column: 7, text: 'peer-auto-tls: "true"' },
    ]);
  });

  it('names the written file and the script, and the unit that reads the env file', async () => {
    const result = await scan({ base: BASE, paths: ['heredocs.sh'], rules: AUTO_TLS_ONLY });
    const messages = result.findings.map((f) => f.message.split(':')[0]);
    expect(messages).toEqual([
      'etcd environment file /etc/etcd/etcd.env (written by heredocs.sh)',
      'systemd unit /etc/systemd/system/etcd2.service (written by heredocs.sh)',
      'ClusterConfiguration in kubeadm --config - (here-document in heredocs.sh) (kubeadm.k8s.io/v1beta3)',
    ]);
    expect(result.findings[1]?.message).toContain('from EnvironmentFile=/etc/etcd/tls.env of etcd2.service');
    expect(result.diagnostics).toEqual([]);
  });

  it('a real installer: the config written to a path under $etcd_ssldir (k8s_install, Mulan PSL v2)', async () => {
    expect(await scanned('real/k8s_install-etcd_cluster.sh')).toEqual([
      { file: 'real/k8s_install-etcd_cluster.sh', rule: A, line: 56, column: 3, text: 'auto-tls: true' },
      { file: 'real/k8s_install-etcd_cluster.sh', rule: P, line: 62, column: 3, text: 'auto-tls: true' },
    ]);
  });
});

describe('shell scripts: etcd started by the script', () => {
  it('exec, nohup, $OPTS, env prefixes, docker run; echo, etcdctl, grpc-proxy, comments and unexported variables are traps', async () => {
    expect(await scanned('invocations.sh')).toEqual([
      // Exported under `if`: the script can set it (a warning, see below).
      { file: 'invocations.sh', rule: P, line: 14, column: 10, text: 'ETCD_PEER_AUTO_TLS=true' },
      // `$OPTS` is `--auto-tls --name n1`, set on the straight line above.
      { file: 'invocations.sh', rule: A, line: 18, column: 33, text: '$OPTS' },
      // The prefix wins over the conditional export of lines 13-15.
      { file: 'invocations.sh', rule: P, line: 19, column: 1, text: 'ETCD_PEER_AUTO_TLS=1' },
      { file: 'invocations.sh', rule: A, line: 21, column: 30, text: 'ETCD_AUTO_TLS=true' },
      { file: 'invocations.sh', rule: P, line: 21, column: 96, text: '--peer-auto-tls' },
    ]);
  });

  it.each<[string, string, { rule: string; line: number; column: number }[]]>([
    [
      'export before the command',
      'export ETCD_AUTO_TLS=true\nexec etcd --name x\n',
      [{ rule: A, line: 1, column: 8 }],
    ],
    [
      'export of an earlier assignment',
      'ETCD_AUTO_TLS=1\nexport ETCD_AUTO_TLS\netcd\n',
      [{ rule: A, line: 1, column: 1 }],
    ],
    [
      'set -a exports every later assignment',
      'set -a\nETCD_AUTO_TLS=true\nset +a\netcd\n',
      [{ rule: A, line: 2, column: 1 }],
    ],
    ['an assignment that is not exported', 'ETCD_AUTO_TLS=true\netcd\n', []],
    ['an export in a subshell stays there', '( export ETCD_AUTO_TLS=true )\netcd\n', []],
    [
      'a subshell shares its variables between its own commands',
      '( export ETCD_AUTO_TLS=true; exec etcd --name a )\n',
      [{ rule: A, line: 1, column: 10 }],
    ],
    [
      'a nested subshell sees the one around it, which does not see its own',
      '( export ETCD_AUTO_TLS=true; ( export ETCD_PEER_AUTO_TLS=true ); etcd )\n',
      [{ rule: A, line: 1, column: 10 }],
    ],
    ['an export in a pipeline stays there', 'export ETCD_AUTO_TLS=true | cat\netcd\n', []],
    ['an export after etcd started', 'etcd &\nexport ETCD_AUTO_TLS=true\n', []],
    ['env -i clears the environment', 'export ETCD_AUTO_TLS=true\nenv -i etcd\n', []],
    [
      'env -i keeps its own assignments',
      'env -i ETCD_AUTO_TLS=true etcd\n',
      [{ rule: A, line: 1, column: 8 }],
    ],
    ['sudo resets the environment', 'export ETCD_AUTO_TLS=true\nsudo etcd\n', []],
    ['sudo -E keeps it', 'export ETCD_AUTO_TLS=true\nsudo -E etcd\n', [{ rule: A, line: 1, column: 8 }]],
    ['a variable whose value is not known stays opaque', 'export ETCD_AUTO_TLS=$1\netcd\n', []],
    ['unset before the command', 'export ETCD_AUTO_TLS=true\nunset ETCD_AUTO_TLS\netcd\n', []],
    ['a flag through a known variable', 'F=--peer-auto-tls\netcd $F\n', [{ rule: P, line: 2, column: 6 }]],
    ['a quoted variable is one word', 'F="--peer-auto-tls --name x"\netcd "$F"\n', []],
    ['a variable set in a branch is not known', 'if x; then F=--auto-tls; fi\netcd $F\n', []],
    [
      'a flag cut by a continuation',
      'exec etcd \\\n  --name x \\\n  --auto-tls\n',
      [{ rule: A, line: 3, column: 3 }],
    ],
    [
      'bash -c with a single-quoted script',
      "bash -c 'exec etcd --auto-tls'\n",
      [{ rule: A, line: 1, column: 20 }],
    ],
    [
      'etcd inside a function',
      'start() {\n  exec etcd --auto-tls\n}\nstart\n',
      [{ rule: A, line: 2, column: 13 }],
    ],
    [
      'heredoc fed to a shell',
      'bash <<EOF\nexec etcd --peer-auto-tls\nEOF\n',
      [{ rule: P, line: 2, column: 11 }],
    ],
    [
      'heredoc fed to ssh',
      "ssh -p 22 root@h <<'EOF'\netcd --auto-tls\nEOF\n",
      [{ rule: A, line: 2, column: 6 }],
    ],
    [
      'a config file named by etcd --config-file',
      'cat > /tmp/etcd.conf <<EOF\nclient-transport-security:\n  auto-tls: true\nEOF\netcd --config-file /tmp/etcd.conf\n',
      [{ rule: A, line: 3, column: 3 }],
    ],
    [
      "a file that nothing reads as etcd's",
      'cat > /tmp/etcd.conf.txt <<EOF\nclient-transport-security:\n  auto-tls: true\nEOF\n',
      [],
    ],
    [
      'ETCD_ lines to a file of no known form are an env file',
      'cat > /opt/etcd/cfg/etcd <<EOF\nETCD_AUTO_TLS=true\nEOF\n',
      [{ rule: A, line: 2, column: 1 }],
    ],
    [
      'an unterminated here-document runs to the end',
      'cat > /etc/etcd/etcd.env <<EOF\nETCD_AUTO_TLS=true\n',
      [{ rule: A, line: 2, column: 1 }],
    ],
    ['a here-string is no document', 'kubeadm init --config - <<< "x"\n', []],
  ])('%s', (_name, script, expected) => {
    const diagnostics: Diagnostic[] = [];
    expect(where(findingsInFiles({ 'run.sh': script }, diagnostics))).toEqual(expected);
  });

  it('docker run --env-file: Docker keeps the quotes, so etcd gets `"true"` and will not start', () => {
    const script =
      'cat > /etc/etcd.env <<EOF\nETCD_AUTO_TLS="true"\nEOF\ndocker run --env-file=/etc/etcd.env -e ETCD_NAME=a quay.io/coreos/etcd:v3.5 etcd\n';
    const findings = findingsInFiles({ 'run.sh': script });
    expect(where(findings)).toEqual([{ rule: A, line: 2, column: 1 }]);
    expect(findings[0]?.message).toMatch(
      /^`docker run` of quay\.io\/coreos\/etcd:v3\.5 in run\.sh: etcd gets `ETCD_AUTO_TLS="true"` from `docker run --env-file \/etc\/etcd\.env`/,
    );
    expect(findings[0]?.message).toContain('will not start');
  });

  it('docker run --env-file of a templated env file: a value an action writes is unknown, a literal one is read', () => {
    // After kubespray's roles/etcd/templates/etcd.j2 and etcd.env.j2 (Apache-2.0): the Jinja action
    // is blanked for reading; Docker does not expand `$`, so the blank once read as an invalid boolean.
    const diagnostics: Diagnostic[] = [];
    const findings = findingsInFiles(
      {
        'roles/etcd/templates/etcd.j2':
          '#!/bin/bash\n/usr/bin/docker run --env-file=/etc/etcd.env --name=etcd quay.io/coreos/etcd:v3.5 /usr/local/bin/etcd "$@"\n',
        'roles/etcd/templates/etcd.env.j2':
          'ETCD_CLIENT_CERT_AUTH={{ etcd_secure_client | lower}}\nETCD_PEER_CLIENT_CERT_AUTH={{ x }}\nETCD_AUTO_TLS=true\n',
      },
      diagnostics,
    );
    expect(diagnostics.filter((d) => d.id === 'etcd-will-not-start')).toEqual([]);
    expect(where(findings).filter((f) => f.rule === A)).toEqual([{ rule: A, line: 3, column: 1 }]);
    expect(findings.find((f) => f.ruleId === A)?.file.relPath).toBe('roles/etcd/templates/etcd.env.j2');
  });

  it('marks an ETCD_ variable exported in a branch as conditional, reported as a warning', () => {
    const files = loadInMemory({
      'run.sh': 'if [ -n "$TLS" ]; then\n  export ETCD_AUTO_TLS=true\nfi\netcd\n',
    });
    const [config] = extractFiles(files).configs;
    expect(config?.env.map((s) => [s.key, s.conditional])).toEqual([
      ['ETCD_AUTO_TLS', { text: '`if [ -n "$TLS" ]; then`', script: true }],
    ]);
    // The script can set it: a warning that says under which condition.
    const findings = findingsInFiles({ 'run.sh': 'true && export ETCD_AUTO_TLS=true\netcd\n' });
    expect(findings.map((f) => [f.level, f.span.startLine])).toEqual([['warning', 1]]);
    expect(findings[0]?.message).toContain(
      'The script sets it only on some paths (under `true && export ETCD_AUTO_TLS=true`)',
    );
  });

  it('reads scripts by #! line whatever their name, and only those', () => {
    const script = 'exec etcd --auto-tls\n';
    expect(where(findingsInFiles({ 'bin/start-etcd': `#!/bin/sh\n${script}` }))).toEqual([
      { rule: A, line: 2, column: 11 },
    ]);
    expect(where(findingsInFiles({ 'bin/start-etcd': `#!/usr/bin/env -S bash -e\n${script}` }))).toHaveLength(
      1,
    );
    expect(findingsInFiles({ 'bin/start-etcd': `#!/usr/bin/python3\n${script}` })).toEqual([]);
    expect(findingsInFiles({ 'bin/start-etcd': script })).toEqual([]);
    expect(findingsInFiles({ 'start.bash': script })).toHaveLength(1);
  });

  it('says why a configuration may hold more than the script shows', () => {
    const files = loadInMemory({
      'run.sh':
        'source /etc/etcd/defaults\nexport ETCD_NAME=$(hostname)\ndocker run --env-file /e quay.io/coreos/etcd etcd $EXTRA\n',
    });
    const [config] = extractFiles(files).configs;
    expect(config?.completeness).toEqual({
      complete: false,
      reasons: [
        'the command line holds `$EXTRA`, whose value is not known here',
        'the script sources /etc/etcd/defaults, which may set variables',
        '--env-file /e is not in the scan',
      ],
    });
  });
});
