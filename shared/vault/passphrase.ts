import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

/** The weakest passphrase a vault accepts: zxcvbn score 3 ("safely unguessable") and 10 characters. */
export const MIN_PASSPHRASE_SCORE = 3;
export const MIN_PASSPHRASE_LENGTH = 10;

export interface PassphraseStrength {
  /** 0 (too guessable) to 4 (very unguessable). */
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  acceptable: boolean;
  /** What to do about it, in plain words; empty when the passphrase is strong. */
  feedback: string[];
}

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

let factory: ZxcvbnFactory | undefined;
function checker(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  return factory;
}

/** Rates a passphrase; `context` holds words the user would be tempted to use (vault name, production). */
export function rateOfPassphrase(passphrase: string, context: string[] = []): PassphraseStrength {
  const result = checker().check(passphrase.slice(0, 256), context);
  const feedback: string[] = [];
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    feedback.push(`Use at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
  if (result.feedback.warning) feedback.push(result.feedback.warning);
  if (result.score < MIN_PASSPHRASE_SCORE) feedback.push(...result.feedback.suggestions);
  if (feedback.length === 0 && result.score < MIN_PASSPHRASE_SCORE) {
    feedback.push('Add another uncommon word or two.');
  }
  return {
    score: result.score,
    label: LABELS[result.score],
    acceptable: result.score >= MIN_PASSPHRASE_SCORE && passphrase.length >= MIN_PASSPHRASE_LENGTH,
    feedback,
  };
}
