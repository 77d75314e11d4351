// How one incoming record version meets the local one. L = local hash, B = the base (version
// last synced here), T = theirs, P = their parent (the version theirs was built on).
// Fast-forward only when they built on exactly what we have; keep ours when theirs is the base
// we already built on; anything else with both sides changed is a conflict. Never a guess.

export type Decision = 'create' | 'unchanged' | 'fast-forward' | 'keep-mine' | 'conflict';

export type Versions = {
  readonly local: string | undefined;
  readonly base: string | undefined;
  readonly theirs: string;
  readonly parent: string | undefined;
};

export function decide({ local, base, theirs, parent }: Versions): Decision {
  if (local === undefined) {
    if (base === undefined) return 'create';
    // Deleted here: an unchanged copy from them does not bring it back; a changed one is a conflict.
    return base === theirs ? 'keep-mine' : 'conflict';
  }
  if (local === theirs) return 'unchanged';
  if (parent !== undefined && parent === local) return 'fast-forward';
  if (base !== undefined && base === theirs) return 'keep-mine';
  return 'conflict';
}
