import { Meter } from 'react-aria-components';
import type { PassphraseStrength } from '../../../../shared/vault/passphrase';

const STEPS = [0, 1, 2, 3, 4] as const;

/** Live passphrase strength: a label, five steps and what to do about it. */
export function StrengthMeter({ strength, empty }: { strength: PassphraseStrength | null; empty: boolean }) {
  if (!strength || empty) {
    return (
      <div className="strength" data-score="none">
        <p className="strength-hint">A few uncommon words, at least 10 characters, make a passphrase you can type.</p>
      </div>
    );
  }
  return (
    <div className="strength" data-score={strength.score} data-acceptable={strength.acceptable || undefined}>
      <Meter className="strength-meter" value={strength.score} minValue={0} maxValue={4} valueLabel={strength.label}>
        {() => (
          <>
            <div className="strength-head">
              <span className="strength-caption">Strength</span>
              <span className="strength-label">{strength.label}</span>
            </div>
            <div className="strength-bar" aria-hidden="true">
              {STEPS.map((step) => (
                <span key={step} className="strength-step" data-on={step <= strength.score || undefined} />
              ))}
            </div>
          </>
        )}
      </Meter>
      <ul className="strength-feedback" aria-live="polite">
        {strength.feedback.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
