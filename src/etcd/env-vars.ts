/**
 * etcd reads every flag from `ETCD_<NAME>` as well (pkg/flags FlagToEnv: upper-case, `-` → `_`).
 * Returns the flag name for an etcd variable, or undefined for any other name; the match is
 * case-sensitive, as etcd's is (`etcd_auto_tls` is not read).
 */
export function etcdFlagOfEnv(name: string): string | undefined {
  if (!/^ETCD_[A-Z0-9_]+$/.test(name)) return undefined;
  return name.slice(5).toLowerCase().replace(/_/g, '-');
}
