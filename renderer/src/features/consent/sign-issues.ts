/** What the Sign dialog has on hand when Sign is pressed. */
export interface SignFields {
  mode: 'drawn' | 'typed';
  drawn: string | null;
  name: string;
  typed: string;
  witness: string;
}

/**
 * The message under each field the signature still needs, so an empty witness (or name) is said
 * in words at the field rather than refused silently by the browser's required check.
 */
export function signIssues(f: SignFields): Partial<Record<'drawn' | 'name' | 'typed' | 'witness', string>> {
  const out: Partial<Record<'drawn' | 'name' | 'typed' | 'witness', string>> = {};
  if (f.mode === 'drawn') {
    if (!f.drawn) out.drawn = 'Draw the signature in the box first.';
    if (f.name.trim() === '') out.name = 'Enter the name of the person signing.';
  } else if (f.typed.trim() === '') out.typed = 'Type the name of the person signing.';
  if (f.witness.trim() === '') out.witness = 'Enter the name of the witness to this signature.';
  return out;
}
