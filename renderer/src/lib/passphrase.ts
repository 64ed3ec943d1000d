import { useEffect, useMemo, useState } from 'react';
import type { PassphraseStrength } from '../../../shared/vault/passphrase';

type Rate = (passphrase: string, context?: string[]) => PassphraseStrength;

// zxcvbn's dictionaries are large: load them the first time a strength meter is shown, not at startup.
let loaded: Promise<Rate> | undefined;
function loadRater(): Promise<Rate> {
  loaded ??= import('../../../shared/vault/passphrase').then((m) => m.rateOfPassphrase);
  return loaded;
}

/** The live strength of a passphrase, or null while the rater is still loading. */
export function usePassphraseStrength(passphrase: string, context: string[] = []): PassphraseStrength | null {
  const [rate, setRate] = useState<Rate | null>(null);
  useEffect(() => {
    let live = true;
    loadRater().then((r) => {
      if (live) setRate(() => r);
    });
    return () => {
      live = false;
    };
  }, []);
  // The context array is compared by its contents, so callers may pass a fresh array each render.
  const contextKey = context.join('\n');
  return useMemo(
    () => (rate ? rate(passphrase, contextKey ? contextKey.split('\n') : []) : null),
    [rate, passphrase, contextKey],
  );
}
